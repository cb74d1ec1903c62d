package html

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"opinionc/doc"
	"opinionc/internal/testtool"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDocuments are the documents with golden files: the corpus and the
// hand-built samples.
func goldenDocuments(t testing.TB) []*doc.Document {
	return append(corpus(t), samples()...)
}

// TestGolden compares each page with golden/html/<name>.html byte for byte;
// -update rewrites them.
func TestGolden(t *testing.T) {
	dir := filepath.Join(testtool.Root(), "golden", "html")
	for _, d := range goldenDocuments(t) {
		t.Run(d.Name, func(t *testing.T) {
			got := []byte(render(t, d))
			path := filepath.Join(dir, d.Name+".html")
			if *update {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./render/html -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s at %s (run go test ./render/html -update and review the diff)", d.Name, path, firstDiff(got, want))
			}
		})
	}
}

// firstDiff says where two outputs first differ, as line:column.
func firstDiff(a, b []byte) string {
	line, col := 1, 1
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			break
		}
		col++
		if a[i] == '\n' {
			line, col = line+1, 1
		}
	}
	return fmt.Sprintf("%d:%d", line, col)
}
