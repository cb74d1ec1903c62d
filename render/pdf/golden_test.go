package pdf_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/internal/golden"
	"opinionc/internal/testtool"
)

// The golden file of a document holds its page count and the text of
// every page as pdftotext -layout shows it: a review of a diff shows what
// moved where.
func TestGolden(t *testing.T) {
	testtool.Need(t, "pdftotext")
	for _, r := range renderCorpus(t) {
		golden.Check(t, filepath.Join(testtool.Root(), "golden", "pdf", r.doc.Name+".txt"), []byte(layoutText(t, r.path)))
	}
}

// layoutText returns the page count of the PDF at path and the text of
// every page as pdftotext -layout shows it, trailing blanks trimmed.
func layoutText(t *testing.T, path string) string {
	t.Helper()
	raw := run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")
	pages := strings.Split(strings.TrimSuffix(raw, "\f"), "\f")
	var b strings.Builder
	fmt.Fprintf(&b, "pages: %d\n", len(pages))
	for i, p := range pages {
		fmt.Fprintf(&b, "\n--- page %d ---\n", i+1)
		for _, ln := range strings.Split(strings.TrimRight(p, "\n"), "\n") {
			b.WriteString(strings.TrimRight(ln, " ") + "\n")
		}
	}
	return b.String()
}
