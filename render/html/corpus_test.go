package html

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/internal/testtool"
)

// corpusRefs is the number of cross-references in the five WTPF-21 draft
// Opinions (Opinion 1: six "is of the view ‘1’ above" and similar, Opinion
// 2 and 5 the rest, "invites Member States 1-5 above" among them).
const corpusRefs = 11

// corpus returns the documents of opinions/*.opinion, built by the checker,
// in file-name order. It fails the test if a file does not build.
func corpus(t testing.TB) []*doc.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(testtool.Root(), "opinions", "*.opinion"))
	sort.Strings(files)
	var docs []*doc.Document
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, diags := check.File(f, src, check.Options{})
		if diags.HasErrors() || d == nil {
			t.Fatalf("%s does not build: %v", f, diags)
		}
		docs = append(docs, d)
	}
	return docs
}

// The corpus's cross-references are all links, and each link comes from a
// doc.Ref.
func TestCorpusReferencesAreLinks(t *testing.T) {
	docs := corpus(t)
	if len(docs) == 0 {
		testtool.Missing(t, "the corpus opinions/*.opinion")
	}
	refs, links := 0, 0
	for _, d := range docs {
		n := len(xrefRE.FindAllString(render(t, d), -1))
		if want := countRefs(d); n != want {
			t.Errorf("%s: %d reference links for %d references", d.Name, n, want)
		}
		refs += countRefs(d)
		links += n
	}
	if refs != corpusRefs || links != corpusRefs {
		t.Errorf("corpus has %d references and %d reference links, want %d", refs, links, corpusRefs)
	}
}
