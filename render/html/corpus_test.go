package html

import (
	"testing"

	"opinionc/internal/corpus"
)

// corpusRefs is the number of cross-references in the five WTPF-21 draft
// Opinions (Opinion 1: six "is of the view ‘1’ above" and similar, Opinion
// 2 and 5 the rest, "invites Member States 1-5 above" among them).
const corpusRefs = 11

// The corpus's cross-references are all links, and each link comes from a
// doc.Ref.
func TestCorpusReferencesAreLinks(t *testing.T) {
	docs := corpus.LoadBuildable(t)
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
