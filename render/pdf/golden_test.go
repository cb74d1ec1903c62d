package pdf_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/internal/testtool"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The golden file of a document holds its page count and the text of
// every page as pdftotext -layout shows it: a review of a diff shows what
// moved where.
func TestGolden(t *testing.T) {
	testtool.Need(t, "pdftotext")
	for _, r := range renderCorpus(t) {
		raw := run(t, "pdftotext", "-layout", "-enc", "UTF-8", r.path, "-")
		pages := strings.Split(strings.TrimSuffix(raw, "\f"), "\f")
		var b strings.Builder
		fmt.Fprintf(&b, "pages: %d\n", len(pages))
		for i, p := range pages {
			fmt.Fprintf(&b, "\n--- page %d ---\n", i+1)
			for _, ln := range strings.Split(strings.TrimRight(p, "\n"), "\n") {
				b.WriteString(strings.TrimRight(ln, " ") + "\n")
			}
		}
		got := b.String()
		path := filepath.Join(testtool.Root(), "golden", "pdf", r.doc.Name+".txt")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./render/pdf -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: differs from %s at %s (run with -update and review the diff)", r.doc.Name, path, firstDiff(string(want), got))
		}
	}
}

// firstDiff names the first line where two texts differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n want %q\n got  %q", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("line %d (length)", min(len(al), len(bl))+1)
}
