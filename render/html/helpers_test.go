package html

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"opinionc/doc"
)

// render renders d with default options, failing the test on error.
func render(t testing.TB, d *doc.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, d, Options{}); err != nil {
		t.Fatalf("Render(%s): %v", d.Name, err)
	}
	return b.String()
}

// Attribute values and text are always escaped, so in our output a literal
// id=" or href=" can only be markup: plain regexps suffice to read it.
var (
	idAttrRE     = regexp.MustCompile(`\sid="([^"]*)"`)
	internalHref = regexp.MustCompile(`href="#([^"]*)"`)
	xrefRE       = regexp.MustCompile(`<a href="#([^"]*)" class="xref">`)
	tagRE        = regexp.MustCompile(`<[^>]*>`)
	hiddenRE     = regexp.MustCompile(`<span class="vh">[^<]*</span>`)
	bodyRE       = regexp.MustCompile(`(?s)<body>.*</body>`)
)

// ids returns every id in the page, in order.
func ids(page string) []string {
	var out []string
	for _, m := range idAttrRE.FindAllStringSubmatch(page, -1) {
		out = append(out, html.UnescapeString(m[1]))
	}
	return out
}

// textContent is the text of the page's body as a screen reader gets it
// (hidden text included); visibleText is what a sighted reader sees.
func textContent(page string) string {
	return html.UnescapeString(tagRE.ReplaceAllString(bodyRE.FindString(page), ""))
}

func visibleText(page string) string {
	return textContent(hiddenRE.ReplaceAllString(page, ""))
}

// itemParents maps each item id to the id of the item it is nested in ("" at
// the top of its section), read from the nesting of the item divs.
func itemParents(page string) map[string]string {
	tok := regexp.MustCompile(`<div class="item"(?: id="([^"]*)")?>|</div>`)
	parents := map[string]string{}
	var stack []string
	for _, m := range tok.FindAllStringSubmatch(page, -1) {
		if m[0] == "</div>" {
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			continue
		}
		parent := ""
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		id := html.UnescapeString(m[1])
		parents[id] = parent
		stack = append(stack, id)
	}
	return parents
}

// countRefs counts the doc.Ref nodes of a document that have a target.
func countRefs(d *doc.Document) int {
	n := 0
	d.Inspect(func(x doc.Inline) bool {
		if r, ok := x.(*doc.Ref); ok && len(r.Targets) > 0 {
			n++
		}
		return true
	})
	return n
}

func count(s, sub string) int { return strings.Count(s, sub) }
