package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/internal/diag"
	"opinionc/internal/testtool"
)

// corpus returns the documents of opinions/*.opinion, built by the real
// pipeline (check.File). Documents with errors are still returned: a
// renderer must cope with them, though `opinionc build` would not call it.
func corpus(t *testing.T) []*doc.Document {
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
		for _, e := range diags {
			if e.Severity == diag.Error {
				t.Logf("%s: %v", filepath.Base(f), e)
			}
		}
		if d == nil {
			t.Fatalf("%s: check.File returned no document", f)
		}
		if d.Name == "" {
			d.Name = strings.TrimSuffix(filepath.Base(f), ".opinion")
		}
		docs = append(docs, d)
	}
	return docs
}

func TestGoldenCorpus(t *testing.T) {
	for _, d := range corpus(t) {
		t.Run(d.Name, func(t *testing.T) { checkGolden(t, d) })
	}
}
