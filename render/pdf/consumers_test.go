package pdf_test

import (
	"encoding/json"
	"opinionc/internal/corpus"
	"strconv"
	"strings"
	"testing"

	"opinionc/doc"
	"opinionc/internal/testtool"
)

// qpdf finds no structural error in any PDF.
func TestQPDFCheck(t *testing.T) {
	testtool.Need(t, "qpdf")
	for _, r := range renderCorpus(t) {
		out := run(t, "qpdf", "--check", r.path)
		if !strings.Contains(out, "No syntax or stream encoding errors") {
			t.Errorf("%s: qpdf --check:\n%s", r.doc.Name, out)
		}
	}
}

// pdffonts lists only embedded, subset fonts with a Unicode map.
func TestFontsEmbedded(t *testing.T) {
	testtool.Need(t, "pdffonts")
	for _, r := range renderCorpus(t) {
		out := run(t, "pdffonts", r.path)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 3 {
			t.Fatalf("%s: pdffonts lists no font:\n%s", r.doc.Name, out)
		}
		for _, ln := range lines[2:] {
			f := strings.Fields(ln)
			// name type... encoding emb sub uni object ID: the flags are the 5th to 3rd fields from the end.
			emb, sub, uni := f[len(f)-5], f[len(f)-4], f[len(f)-3]
			if emb != "yes" || sub != "yes" || uni != "yes" || !strings.Contains(f[0], "LiberationSerif") {
				t.Errorf("%s: font not embedded, subset and mapped: %s", r.doc.Name, ln)
			}
		}
	}
}

// pdftotext gives back the text of every paragraph, in source order.
func TestTextInSourceOrder(t *testing.T) {
	testtool.Need(t, "pdftotext")
	for _, r := range renderCorpus(t) {
		raw := run(t, "pdftotext", "-enc", "UTF-8", r.path, "-")
		got := bodyText(raw, r.doc)
		pos := 0
		for _, want := range sourceOrder(r.doc) {
			w := normalise(want)
			i := strings.Index(got[pos:], w)
			if i < 0 {
				near := got[pos:min(len(got), pos+300)]
				t.Fatalf("%s: text not found in order:\n want %q\n next %q", r.doc.Name, w, near)
			}
			pos += i + len(w)
		}
	}
}

// bodyText is the extracted text without page furniture: the page numbers
// heading pages after the first, and the footnotes at their foot (checked
// separately, since they interrupt a paragraph that runs on to the next page).
func bodyText(raw string, d *doc.Document) string {
	pages := strings.Split(raw, "\f")
	for i := range pages {
		p := strings.TrimLeft(pages[i], "\n")
		if first, rest, ok := strings.Cut(p, "\n"); ok && i > 0 && first == strconv.Itoa(i+1) {
			p = rest
		}
		pages[i] = p
	}
	text := normalise(strings.Join(pages, "\n"))
	for _, n := range d.Notes {
		note := normalise(strconv.Itoa(n.Number) + " " + corpus.Printed(n.Content))
		text = strings.Replace(text, note, "", 1)
	}
	return normalise(text)
}

// sourceOrder lists the paragraphs of a document as a reader meets them.
func sourceOrder(d *doc.Document) []string {
	out := []string{d.Heading, corpus.Printed(d.Title), corpus.Printed(d.Formula)}
	for _, b := range d.Blocks {
		out = append(out, b.Call)
		var items func([]*doc.Item)
		items = func(its []*doc.Item) {
			for _, it := range its {
				out = append(out, strings.TrimSpace(it.Label+" "+corpus.Printed(it.Content)))
				items(it.Items)
			}
		}
		items(b.Items)
	}
	return out
}

// Every footnote is at the foot of the page whose text cites it.
func TestFootnotesOnCitingPage(t *testing.T) {
	testtool.Need(t, "pdftotext")
	for _, r := range renderCorpus(t) {
		raw := run(t, "pdftotext", "-enc", "UTF-8", r.path, "-")
		pages := strings.Split(raw, "\f")
		citing := citations(r.doc)
		for _, n := range r.doc.Notes {
			note := normalise(strconv.Itoa(n.Number) + " " + corpus.Printed(n.Content))
			found := false
			for _, p := range pages {
				p = normalise(p)
				if !strings.Contains(p, note) {
					continue
				}
				found = true
				if !strings.Contains(p, citing[n]) {
					t.Errorf("%s: footnote %d is not on the page citing it (%q)", r.doc.Name, n.Number, citing[n])
				}
			}
			if !found {
				t.Errorf("%s: footnote %d missing: %q", r.doc.Name, n.Number, note)
			}
		}
	}
}

// citations maps each footnote to the word that cites it, with its mark
// (e.g. "countries1").
func citations(d *doc.Document) map[*doc.Footnote]string {
	out := map[*doc.Footnote]string{}
	var walk func(prefix string, in []doc.Inline) string
	walk = func(prefix string, in []doc.Inline) string {
		for _, x := range in {
			switch x := x.(type) {
			case *doc.NoteRef:
				words := strings.Fields(prefix)
				w := ""
				if len(words) > 0 && !strings.HasSuffix(prefix, " ") {
					w = words[len(words)-1]
				}
				out[x.Note] = w + strconv.Itoa(x.Note.Number)
				prefix += strconv.Itoa(x.Note.Number)
			default:
				prefix += corpus.Printed([]doc.Inline{x})
			}
		}
		return prefix
	}
	d.Walk(func(_ *doc.Block, it *doc.Item) { walk("", it.Content) })
	return out
}

// qpdf's JSON view shows an outline of the document with its calls under
// it, open, and a Link annotation leading to a destination for every
// resolved reference.
func TestLinksAndOutline(t *testing.T) {
	testtool.Need(t, "qpdf")
	for _, r := range renderCorpus(t) {
		var j struct {
			QPDF []json.RawMessage `json:"qpdf"`
		}
		if err := json.Unmarshal([]byte(run(t, "qpdf", "--json", "--json-key=qpdf", r.path)), &j); err != nil {
			t.Fatalf("%s: qpdf --json: %v", r.doc.Name, err)
		}
		var objs map[string]struct {
			Value map[string]any `json:"value"`
		}
		if len(j.QPDF) < 2 || json.Unmarshal(j.QPDF[1], &objs) != nil {
			t.Fatalf("%s: unexpected qpdf JSON", r.doc.Name)
		}
		links := 0
		for _, o := range objs {
			if v := o.Value; v["/Subtype"] == "/Link" {
				if _, ok := v["/Dest"].([]any); !ok {
					t.Errorf("%s: link without destination: %v", r.doc.Name, v)
				}
				links++
			}
		}
		refs := 0
		r.doc.Walk(func(_ *doc.Block, it *doc.Item) { refs += countRefs(it.Content) })
		if refs > 0 && links < refs {
			t.Errorf("%s: %d links for %d references", r.doc.Name, links, refs)
		}

		outline := readOutline(t, r.path)
		var calls []string
		for _, b := range r.doc.Blocks {
			calls = append(calls, b.Call)
		}
		if len(outline) != 1 || outline[0].Title != r.doc.FullTitle() || !outline[0].Open {
			t.Errorf("%s: outline top level %q, want the document's title, open", r.doc.Name, titles(outline))
			continue
		}
		if got := titles(outline[0].Kids); strings.Join(got, "|") != strings.Join(calls, "|") {
			t.Errorf("%s: outline under the title %q, want the calls %q", r.doc.Name, got, calls)
		}
		t.Logf("%s: %d links, %d calls in the outline", r.doc.Name, links, len(outline[0].Kids))
	}
}

func countRefs(in []doc.Inline) int {
	n := 0
	for _, x := range in {
		switch x := x.(type) {
		case *doc.Ref:
			if len(x.Targets) > 0 {
				n++
			}
		case *doc.Emphasis:
			n += countRefs(x.Children)
		case *doc.Bracket:
			n += countRefs(x.Children)
		}
	}
	return n
}
