package check

import (
	"bytes"
	"strings"
	"testing"

	"opinionc/internal/diag"
)

const head = "DRAFT OPINION 1: T\n\nThe sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),\n\n"

func nested(depth int) string {
	var b strings.Builder
	b.WriteString(head + "considering\n")
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("    ", i) + "a) that:\n")
	}
	return b.String()
}

// TestBadInput: every kind of bad input gets a diagnostic or works; none
// panics or hangs (the test binary's timeout would catch a hang).
func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		rule      string // a diagnostic of this rule is expected; "" for none required
	}{
		{"empty", "", "structure"},
		{"blank lines", "\n\n\n", "structure"},
		{"heading only", "DRAFT OPINION 1: Title\n", ""},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", "syntax"},
		{"invalid UTF-8", head + "considering\na) caf\xe9;\n", "syntax"},
		{"10 MB line", head + "considering\na) " + strings.Repeat("word ", 2<<20) + ",\n", ""},
		{"10,000 items", head + "considering\n" + strings.Repeat("a) that;\n", 10000), "label-duplicate"},
		{"1,000 levels", nested(1000), ""},
		{"unbalanced brackets", head + "considering\na) [one [two] three,\n", "brackets-unbalanced"},
		{"stray bracket", head + "considering\na) one] two,\n", "brackets-unbalanced"},
		{"call with no items", head + "considering\n\nnoting\na) that.\n", "call-empty"},
		{"label that is not a label", head + "considering\nzzzzzz) that,\n", ""},
		{"item before any call", head + "a) that.\n", "structure"},
		{"no formula", "DRAFT OPINION 1: T\n\nconsidering\na) that.\n", "structure"},
		{"not a heading", "Dear colleagues,\n\nconsidering\na) that.\n", "syntax"},
		{"1,000 brackets deep", head + "considering\na) " + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + ".\n", ""},
		{"footnote loops", head + "considering\na) x[^1].\n\n[^1]: see[^2]\n[^2]: see[^1]\n", ""},
		{"CR only", "DRAFT OPINION 1: T\r\rThe Forum,\r", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, diags := File("bad.opinion", []byte(tc.src), Options{})
			if d == nil {
				t.Fatal("no document")
			}
			checkInside(t, []byte(tc.src), diags)
			if tc.rule == "" {
				return
			}
			for _, dg := range diags {
				if dg.Rule == tc.rule {
					return
				}
			}
			t.Errorf("no %s diagnostic; got %v", tc.rule, diags)
		})
	}
}

// checkInside asserts every diagnostic lies inside the source.
func checkInside(t *testing.T, src []byte, diags diag.List) {
	t.Helper()
	lines := bytes.Count(src, []byte("\n")) + 1
	for _, d := range diags {
		if d.Pos.Offset < 0 || d.Pos.Offset > len(src) || d.Pos.Line < 1 || d.Pos.Line > lines || d.Pos.Col < 1 {
			t.Fatalf("diagnostic outside the file (%d bytes, %d lines): %v", len(src), lines, d)
		}
	}
}
