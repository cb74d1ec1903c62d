package html

import (
	"bytes"
	"strings"
	"testing"

	"opinionc/doc"
	"opinionc/housestyle"
)

func TestPageHeadAndTitle(t *testing.T) {
	page := render(t, sampleOpinion2())
	for _, want := range []string{
		"<!DOCTYPE html>\n",
		`<html lang="en-GB">`,
		`<meta charset="utf-8">`,
		"<title>DRAFT OPINION 2: Mobilizing new and emerging telecommunications/ICTs for sustainable development</title>",
		`<h1><span class="ResNo">DRAFT OPINION 2</span><span class="vh">: </span><span class="Restitle">Mobilizing new`,
		`<p class="Normalaftertitle">The sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := count(page, "<h1"); n != 1 {
		t.Errorf("%d h1 elements, want 1", n)
	}
}

func TestLanguage(t *testing.T) {
	d := sampleOpinion5() // no Lang
	if page := render(t, d); !strings.Contains(page, `<html lang="`+housestyle.Lang+`">`) {
		t.Errorf("a document without a language is not in %s", housestyle.Lang)
	}
	d.Lang = "fr"
	if page := render(t, d); !strings.Contains(page, `<html lang="fr">`) {
		t.Error("the document's language is not used")
	}
	var b bytes.Buffer
	if err := Render(&b, d, Options{Lang: "es"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `<html lang="es">`) {
		t.Error("Options.Lang does not override the document's language")
	}
}

// The page is self-contained: no scripts, no fetches of any kind.
func TestSelfContained(t *testing.T) {
	for _, d := range append(samples(), hostileDocument()) {
		page := strings.ToLower(render(t, d))
		for _, bad := range []string{"<script", "<link", "src=", "url(", "@import", "http:", "https:"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s: page contains %q", d.Name, bad)
			}
		}
	}
}

func TestCallsAreSectionsWithItalicHeadings(t *testing.T) {
	d := sampleOpinion2()
	page := render(t, d)
	if got := count(page, `<section class="Block `); got != len(d.Blocks) {
		t.Errorf("%d sections, want one per call (%d)", got, len(d.Blocks))
	}
	for _, b := range d.Blocks {
		want := `<section class="Block ` + kindClass(b.Kind) + `" id="` + d.Anchor(b.ID) + "\">\n<h2 class=\"Call\">" + b.Call + "</h2>"
		if !strings.Contains(page, want) {
			t.Errorf("no section for call %q: want %q", b.Call, want)
		}
	}
	if !strings.Contains(stylesheet, ".Call { font-size: 12pt; font-style: italic; text-align: left; margin: 12pt 0 0pt 0; padding-left: 1.4cm; break-after: avoid") {
		t.Errorf("Call style is not italic, indented 1.4 cm and kept with the next item:\n%s", stylesheet)
	}
}

func TestLabelsAreTextInAHangingBox(t *testing.T) {
	page := render(t, sampleOpinion5())
	for _, want := range []string{
		// preambular labels italic, operative roman
		`<div class="item" id="opinion-5.recalling.a">` + "\n" + `<p class="Normal"><span class="label italic">a)</span>Resolution 74/270`,
		`<div class="item" id="opinion-5.invites-ms.1">` + "\n" + `<p class="Normal"><span class="label">1.</span>to cooperate`,
		`<p class="Normal unlabelled">expanding affordable access`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// The label box runs to the 1.40 cm tab stop of house style.
	if !strings.Contains(stylesheet, "p.Normal > .label { display: inline-block; box-sizing: border-box; min-width: 1.4cm;") {
		t.Error("the label box of Normal items does not reach the 1.4 cm tab stop")
	}
	if !strings.Contains(stylesheet, "p.enumlev1 { font-size: 12pt; text-align: justify; margin: 4pt 0 0pt 0; padding-left: 1.4cm; text-indent: -1.4cm }") {
		t.Error("enumlev1 is not a hanging paragraph of 1.4 cm")
	}
}

func TestNestedItemsAreNested(t *testing.T) {
	d := sampleOpinion2()
	page := render(t, d)
	parents := itemParents(page)
	for _, l := range []string{"i", "ii", "iii", "iv", "v", "vi"} {
		id := d.Anchor("view.g." + l)
		if got, want := parents[id], d.Anchor("view.g"); got != want {
			t.Errorf("item %s is inside %q, want %q", id, got, want)
		}
	}
	if got := parents[d.Anchor("view.g")]; got != "" {
		t.Errorf("item g) is nested in %q", got)
	}
	if !strings.Contains(page, `<div class="item" id="opinion-2.view.g.iv">`+"\n"+`<p class="enumlev1"><span class="label">iv)</span>`) {
		t.Error("nested items are not enumlev1 paragraphs with roman labels")
	}
	// Ten levels deep: the classes stop at enumlev3, the nesting does not.
	odd := render(t, oddDocument())
	depth, id := 0, "odd.deep.a.1.2.3.4.5.6.7.8.9"
	for p := itemParents(odd); id != ""; id = p[id] {
		depth++
	}
	if depth != 10 {
		t.Errorf("the item 10 levels deep is nested %d levels", depth)
	}
}

func TestEveryItemHasItsAnchor(t *testing.T) {
	for _, d := range samples() {
		page := render(t, d)
		have := map[string]bool{}
		for _, id := range ids(page) {
			have[id] = true
		}
		d.Walk(func(_ *doc.Block, it *doc.Item) {
			if !have[d.Anchor(it.ID)] {
				t.Errorf("%s: item %s has no id %q", d.Name, it.Label, d.Anchor(it.ID))
			}
		})
	}
}

func TestReferencesAreLinks(t *testing.T) {
	page := render(t, sampleOpinion2())
	if want := `<a href="#opinion-2.view.a" class="xref">is of the view ‘a’ above</a>`; !strings.Contains(page, want) {
		t.Errorf("page lacks %q", want)
	}
	// A range links to its first item and names the whole range.
	page = render(t, sampleOpinion5())
	if want := `<a href="#opinion-5.invites-ms.1" class="xref">invites Member States 1-2 above<span class="vh"> (invites Member States 1 to 2)</span></a>`; !strings.Contains(page, want) {
		t.Errorf("page lacks %q", want)
	}
	// Unresolved references stay text; references inside references are not
	// nested links.
	odd := render(t, oddDocument())
	if !strings.Contains(odd, "unresolved ‘9’ above") || strings.Contains(odd, `class="xref">unresolved`) {
		t.Error("an unresolved reference is not plain text")
	}
	if strings.Count(odd, `class="xref"`) != 1 {
		t.Errorf("nested references made %d links, want 1", strings.Count(odd, `class="xref"`))
	}
}

func TestFootnotes(t *testing.T) {
	d := sampleOpinion5()
	page := render(t, d)
	// Markers: superscript numbers linking to their note, each with its own id.
	for _, want := range []string{
		`<sup class="FootnoteReference"><a id="opinion-5.fn1-ref" href="#opinion-5.fn1"><span class="vh">footnote </span>1</a></sup>`,
		`<sup class="FootnoteReference"><a id="opinion-5.fn2-ref" href="#opinion-5.fn2"><span class="vh">footnote </span>2</a></sup>`,
		`<sup class="FootnoteReference"><a id="opinion-5.fn2-ref-2" href="#opinion-5.fn2"><span class="vh">footnote </span>2</a></sup>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks marker %q", want)
		}
	}
	// Notes at the end, in order, each with a back-link to its first marker.
	notes := page[strings.Index(page, `<section class="Footnotes"`):]
	first, second := strings.Index(notes, `id="opinion-5.fn1"`), strings.Index(notes, `id="opinion-5.fn2"`)
	if first < 0 || second < first {
		t.Fatalf("notes are missing or out of order:\n%s", notes)
	}
	for _, want := range []string{
		`<li class="FootnoteText" id="opinion-5.fn2"><span class="label">2</span>These include the least developed countries`,
		`<a class="FootnoteBack" href="#opinion-5.fn2-ref">`,
		`<a class="FootnoteBack" href="#opinion-5.fn1-ref">`,
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q", want)
		}
	}
	if strings.Contains(render(t, sampleOpinion2()), `<section class="Footnotes"`) {
		t.Error("a document without footnotes has a notes section")
	}
}

func TestSquareBracketsAreVisibleAndMarked(t *testing.T) {
	page := render(t, sampleOpinion2())
	if n := count(page, `<mark class="unagreed"><span class="vh">not agreed: </span>[`); n != 3 {
		t.Errorf("%d marked brackets, want 3 (one outer, two nested)", n)
	}
	want := "that all stakeholders should [endeavour to protect [personally identifiable information] [privacy] and mitigate vulnerabilities, and] work"
	if !strings.Contains(visibleText(page), want) {
		t.Errorf("visible text lacks %q", want)
	}
	if !strings.Contains(textContent(page), "should not agreed: [endeavour to protect not agreed: [personally") {
		t.Error("unagreed text is not announced to screen readers")
	}
}

func TestPrintStylesheet(t *testing.T) {
	for _, want := range []string{
		"font-family: " + housestyle.CSSFontStack,
		"@page { size: A4; margin: 2.5cm 2cm 2.5cm 2cm }",
		"@media print {",
		"a { color: inherit; text-decoration: none }",
	} {
		if !strings.Contains(stylesheet, want) {
			t.Errorf("stylesheet lacks %q", want)
		}
	}
}

// Everything from the source is text: markup, entities and quotes in any
// field come out as the characters written, and nothing escapes into markup.
func TestHostileTextIsEscaped(t *testing.T) {
	page := render(t, hostileDocument())
	if n := count(strings.ToLower(page), "<script"); n != 0 {
		t.Errorf("%d script elements in the page", n)
	}
	text := textContent(page)
	for _, s := range hostileStrings() {
		if !strings.Contains(text, s) {
			t.Errorf("text of page lacks %q", s)
		}
	}
	if want := "<title>DRAFT OPINION &lt;/h1&gt;&lt;script&gt;"; !strings.Contains(page, want) {
		t.Errorf("page lacks %q", want)
	}
	if want := `<html lang="en-GB">`; !strings.Contains(page, want) {
		t.Errorf("a malformed language is not replaced: page lacks %q", want)
	}
	// An entity in the source is text, not an entity: goldmark must not resolve it.
	if !strings.Contains(page, "item &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp; &amp; ") {
		t.Error("an entity written in the source was resolved or not escaped")
	}
}

func TestDeterministic(t *testing.T) {
	for _, d := range append(samples(), oddDocument()) {
		a, b := render(t, d), render(t, d)
		if a != b {
			t.Errorf("%s: two renderings differ", d.Name)
		}
	}
}

func TestNoPanicOnOddDocuments(t *testing.T) {
	for _, d := range []*doc.Document{emptyDocument(), oddDocument(), bigDocument(), hostileDocument()} {
		page := render(t, d)
		if !strings.HasSuffix(page, "</html>\n") {
			t.Errorf("%s: page is not complete", d.Name)
		}
		if strings.Contains(page, "<title></title>") {
			t.Errorf("%s: empty title", d.Name)
		}
	}
	if err := Render(&bytes.Buffer{}, nil, Options{}); err == nil {
		t.Error("a nil document rendered without error")
	}
	if n := count(render(t, bigDocument()), `<div class="item"`); n != 10000 {
		t.Errorf("10,000 items gave %d item divs", n)
	}
}
