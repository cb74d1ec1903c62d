package html

import (
	"path/filepath"
	"testing"

	"opinionc/doc"
	"opinionc/internal/corpus"
	"opinionc/internal/golden"
	"opinionc/internal/testtool"
)

// goldenDocuments are the documents with golden files: the corpus and the
// hand-built samples.
func goldenDocuments(t testing.TB) []*doc.Document {
	return append(corpus.LoadBuildable(t), samples()...)
}

// TestGolden compares each page with golden/html/<name>.html byte for byte;
// -update rewrites them.
func TestGolden(t *testing.T) {
	dir := filepath.Join(testtool.Root(), "golden", "html")
	for _, d := range goldenDocuments(t) {
		t.Run(d.Name, func(t *testing.T) {
			golden.Check(t, filepath.Join(dir, d.Name+".html"), []byte(render(t, d)))
		})
	}
}
