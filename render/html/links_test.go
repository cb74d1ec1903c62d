package html

import (
	"html"
	"net/url"
	"testing"

	"opinionc/doc"
)

// pagesUnderTest are every page the consumers judge: the golden documents,
// the hostile one and the odd shapes.
func pagesUnderTest(t testing.TB) []*doc.Document {
	return append(goldenDocuments(t), hostileDocument(), emptyDocument(), oddDocument())
}

// Every internal link of every page has a target, and ids are unique (so
// footnote markers cited twice get their own ids).
func TestInternalLinksResolve(t *testing.T) {
	for _, d := range append(pagesUnderTest(t), bigDocument()) {
		page := render(t, d)
		have := map[string]bool{}
		for _, id := range ids(page) {
			if have[id] {
				t.Errorf("%s: duplicate id %q", d.Name, id)
			}
			have[id] = true
		}
		for _, m := range internalHref.FindAllStringSubmatch(page, -1) {
			frag, err := url.PathUnescape(html.UnescapeString(m[1]))
			if err != nil {
				t.Errorf("%s: bad fragment %q: %v", d.Name, m[1], err)
				continue
			}
			if !have[frag] {
				t.Errorf("%s: link #%s has no target", d.Name, frag)
			}
		}
	}
}

// Each resolved doc.Ref is exactly one link.
func TestEveryReferenceIsOneLink(t *testing.T) {
	for _, d := range goldenDocuments(t) {
		if got, want := len(xrefRE.FindAllString(render(t, d), -1)), countRefs(d); got != want {
			t.Errorf("%s: %d reference links, want %d", d.Name, got, want)
		}
	}
}
