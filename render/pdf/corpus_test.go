package pdf_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/internal/testtool"
)

// corpus returns the five WTPF-21 Draft Opinions through the real pipeline.
func corpus(t testing.TB) []*doc.Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testtool.Root(), "opinions", "*.opinion"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in opinions/: %v", err)
	}
	var docs []*doc.Document
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, diags := check.File(f, src, check.Options{})
		if d == nil {
			t.Fatalf("%s: no document: %v", f, diags)
		}
		if d.Name == "" {
			d.Name = strings.TrimSuffix(filepath.Base(f), ".opinion")
		}
		docs = append(docs, d)
	}
	return docs
}
