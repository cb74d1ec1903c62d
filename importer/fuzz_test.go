package importer

import (
	"strings"
	"testing"

	"opinionc/internal/diag"
)

// FuzzImport: no panic on any input; every diagnostic points inside the
// input (its offset, line and column agree); every file is in canonical form
// and importing it again gives the same bytes.
func FuzzImport(f *testing.F) {
	f.Add(readSeed(f))
	for _, s := range []string{
		"", "\ufeff", "\r\n\r", "ANNEX\nOPINION 1\n",
		report("recalling\na)\tx[footnoteRef:1] y; [1:  note]\ng) list:\ni) one;\nii) two,\n"),
		report("is of the view\n1. a *b* [c [d]] \\* e;\ni) i) i) x\n[^2]: def\n_____\nafter\n"),
		"ANNEX\r\nDRAFT OPINION 2: T\r\n\xff\xfe\tb)\u00a0\tz  \u00a0\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		files, diags := Import("f.txt", src)
		starts := lineStarts(src)
		for _, d := range diags {
			p := d.Pos
			if p.File != "f.txt" || p.Line < 1 || p.Line > max(1, len(starts)) || p.Offset < 0 || p.Offset > len(src) {
				t.Fatalf("diagnostic outside the input (%d bytes, %d lines): %v", len(src), len(starts), d)
			}
			if p.Line <= len(starts) && p.Offset != starts[p.Line-1]+p.Col-1 {
				t.Fatalf("diagnostic line:col %d:%d does not match offset %d", p.Line, p.Col, p.Offset)
			}
		}
		if len(files) == 0 != diags.HasErrors() {
			t.Fatalf("%d files but errors=%v", len(files), diags.HasErrors())
		}
		seen := map[string]bool{}
		for _, file := range files {
			if seen[file.Name] || !strings.HasSuffix(file.Name, ".opinion") || strings.ContainsAny(file.Name, "/\\ ") {
				t.Fatalf("bad or repeated file name %q", file.Name)
			}
			seen[file.Name] = true
			checkCanonical(t, file.Src)
			if hasRule(diags, "import-ambiguous") {
				continue // the importer warned that the text reads differently
			}
			again, _ := Import(file.Name, file.Src)
			if len(again) != 1 || string(again[0].Src) != string(file.Src) {
				t.Fatalf("re-import of %s is not a fixed point:\n%q", file.Name, file.Src)
			}
		}
	})
}

// lineStarts returns the offset of each line's first byte; "\r\n", "\r"
// and "\n" end lines.
func lineStarts(src []byte) []int {
	var starts []int
	for i := 0; i < len(src); {
		starts = append(starts, i)
		for i < len(src) && src[i] != '\n' && src[i] != '\r' {
			i++
		}
		if i < len(src) && src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
		if i < len(src) {
			i++
		}
	}
	return starts
}

func hasRule(diags diag.List, rule string) bool {
	for _, d := range diags {
		if d.Rule == rule {
			return true
		}
	}
	return false
}
