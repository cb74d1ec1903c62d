package pdf_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/internal/testtool"
)

// TestPreview writes the corpus as PDF and 70 dpi PNG pages to
// $OPINIONC_PDF_PREVIEW, for a person to look at (make preview).
func TestPreview(t *testing.T) {
	dir := os.Getenv("OPINIONC_PDF_PREVIEW")
	if dir == "" {
		t.Skip("set OPINIONC_PDF_PREVIEW to a directory to write previews")
	}
	testtool.Need(t, "pdftoppm")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, r := range renderCorpus(t) {
		p := filepath.Join(dir, r.doc.Name+".pdf")
		if err := os.WriteFile(p, r.pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		run(t, "pdftoppm", "-png", "-r", "70", p, strings.TrimSuffix(p, ".pdf"))
	}
	t.Logf("previews in %s", dir)
}
