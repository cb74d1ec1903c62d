package grammar

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/internal/diag"
	"opinionc/internal/golden"
)

func corpusFiles(t testing.TB) []string {
	files, _ := filepath.Glob("../opinions/*.opinion")
	if len(files) == 0 {
		t.Fatal("no corpus in ../opinions")
	}
	return files
}

// TestCorpusParses: every corpus file parses without a diagnostic and its
// structure is what a reader sees.
func TestCorpusParses(t *testing.T) {
	for _, file := range corpusFiles(t) {
		src, _ := os.ReadFile(file)
		f, diags := Parse(file, src)
		if len(diags) > 0 {
			t.Errorf("%s: %v", file, diags)
		}
		if f.Heading == nil || f.Formula == nil || len(f.Blocks) < 4 {
			t.Errorf("%s: heading %v formula %v blocks %d", file, f.Heading != nil, f.Formula != nil, len(f.Blocks))
		}
		for _, b := range f.Blocks {
			if b.Call == nil || !b.Call.KnownCall {
				t.Errorf("%s: block without a known call: %+v", file, b.Call)
			}
		}
	}
}

// TestCorpusCanonical: the committed corpus is already in canonical form.
func TestCorpusCanonical(t *testing.T) {
	for _, file := range corpusFiles(t) {
		src, _ := os.ReadFile(file)
		f, _ := Parse(file, src)
		if out := Format(f); !bytes.Equal(out, src) {
			t.Errorf("%s is not canonical; fmt gives:\n%s", file, out)
		}
	}
}

func TestNesting(t *testing.T) {
	src := "DRAFT OPINION 2: T\n\nThe Forum,\n\nis of the view\ng) that:\n    i) one;\n\tii) two;\nh) that;\ni) that i) after h) is a letter.\n"
	f, diags := Parse("n", []byte(src))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var got []string
	for _, l := range f.Blocks[0].Items {
		got = append(got, l.Label+strings.Repeat(">", l.Level))
	}
	if want := "g) i)> ii)> h) i)"; strings.Join(got, " ") != want {
		t.Errorf("labels and levels %q, want %q", strings.Join(got, " "), want)
	}
}

// TestTolerance: a BOM and CRLF line ends parse like plain LF text, with
// the same line and column for every line.
func TestTolerance(t *testing.T) {
	plain := "DRAFT OPINION 1: T\n\nThe Forum (Geneva, 2021),\n\nrecalling\na) one[^1],\n\n[^1]: Note.\n"
	crlf := "\uFEFF" + strings.ReplaceAll(plain, "\n", "\r\n")
	a, da := Parse("a", []byte(plain))
	b, db := Parse("b", []byte(crlf))
	if len(da)+len(db) > 0 {
		t.Fatal(da, db)
	}
	if !bytes.Equal(Format(a), Format(b)) {
		t.Errorf("BOM/CRLF formats differently:\n%q\n%q", Format(a), Format(b))
	}
	if got := b.Blocks[0].Items[0].TextPos; got.Line != 6 || got.Col != 4 {
		t.Errorf("item position %v, want 6:4", got)
	}
}

func TestSyntaxErrors(t *testing.T) {
	for _, tc := range []struct {
		src, want string
	}{
		{"\x00\x01binary", "1:1: error: NUL byte"},
		{"DRAFT OPINION 1: T\n\nThe Forum,\n\xff\xfe", "4:1: error: invalid UTF-8"},
		{"Hello world\n", "1:1: error: expected a heading"},
	} {
		_, diags := Parse("f", []byte(tc.src))
		if len(diags) == 0 || !strings.Contains(diags[0].Error(), tc.want) {
			t.Errorf("%q: got %v, want %q", tc.src, diags, tc.want)
		}
	}
}

// TestFormatCanonicalises: layout is normalised, wording kept.
func TestFormatCanonicalises(t *testing.T) {
	src := "DRAFT OPINION 1: Title  \n\n\nThe Forum,\nrecalling\na)\tone  two;   \n\n  b) three\\*,\n\t\tc) deep [x] *em*.\n[^1]: n.\n[^2]: m.\n"
	f, _ := Parse("f", []byte(src))
	want := "DRAFT OPINION 1: Title\n\nThe Forum,\n\nrecalling\na) one two;\nb) three\\*,\n        c) deep [x] *em*.\n\n[^1]: n.\n[^2]: m.\n"
	if got := string(Format(f)); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestEBNF: docs/grammar.ebnf is the grammar's EBNF; -update rewrites it.
func TestEBNF(t *testing.T) {
	golden.Check(t, "../docs/grammar.ebnf", []byte(EBNF()+"\n"))
}

// checkPositions asserts every diagnostic lies inside the source.
func checkPositions(t *testing.T, src []byte, diags diag.List) {
	t.Helper()
	lines := bytes.Count(src, []byte("\n")) + 1
	for _, d := range diags {
		if d.Pos.Offset < 0 || d.Pos.Offset > len(src) || d.Pos.Line < 1 || d.Pos.Line > lines || d.Pos.Col < 1 {
			t.Fatalf("diagnostic outside the file (%d bytes, %d lines): %v", len(src), lines, d)
		}
	}
}
