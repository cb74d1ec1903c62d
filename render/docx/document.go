package docx

import (
	"strings"

	"opinionc/doc"
	"opinionc/housestyle"
)

// body writes word/document.xml and collects the footnotes it cites.
type body struct {
	w      xw
	d      *doc.Document
	marks  *bookmarks
	notes  *notes
	nextB  int  // next bookmark id
	inNote bool // writing footnotes.xml
}

// runStyle is the formatting a run inherits from the inlines around it.
type runStyle struct {
	italic   bool
	unagreed bool
	link     bool // inside a hyperlink: Hyperlink style, and no nested link
}

// documentXML returns word/document.xml.
func (b *body) documentXML() string {
	w := &b.w
	w.raw(xmlHeader, `<w:document xmlns:w="`, nsW, `" xmlns:r="`, nsR, `"><w:body>`)
	paras := b.documentBody("", "")
	if paras == 0 {
		w.raw("<w:p/>") // Word wants at least one paragraph in a body
	}
	sectPr(w)
	w.raw("</w:body></w:document>")
	return w.String()
}

// documentBody writes the paragraphs of b.d and returns how many blocks it
// wrote. The first paragraph (the heading) takes the extra paragraph
// properties pPr and the bookmark mark, as in a report's annex.
func (b *body) documentBody(pPr, mark string) int {
	d := b.d
	paras := 0
	first := func(style string, content func()) {
		b.paragraphPr(style, pPr, mark, content)
		pPr, mark = "", ""
	}
	if d.Heading != "" {
		first(housestyle.ResNo.ID, func() { b.textRun(d.Heading, runStyle{}) })
		paras++
	}
	if len(d.Title) > 0 {
		first(housestyle.Restitle.ID, func() { b.inlines(d.Title, runStyle{}) })
		paras++
	}
	if len(d.Place) > 0 {
		first(housestyle.Resref.ID, func() { b.inlines(d.Place, runStyle{}) })
		paras++
	}
	if len(d.Formula) > 0 {
		first(housestyle.Normalaftertitle.ID, func() { b.inlines(d.Formula, runStyle{}) })
		paras++
	}
	for _, blk := range d.Blocks {
		if blk == nil {
			continue
		}
		if blk.Section != "" {
			first(housestyle.SectionNo.ID, func() { b.textRun(blk.Section, runStyle{}) })
		}
		if pPr != "" || mark != "" {
			first(housestyle.Call.ID, func() {})
		}
		anchor := b.marks.claim(d.Anchor(blk.ID))
		if len(blk.SectionTitle) > 0 { // a section's title; the section's bookmark when it has no call
			titleMark := ""
			if blk.Call == "" {
				titleMark, anchor = anchor, ""
			}
			b.paragraph(housestyle.Sectiontitle.ID, titleMark, func() { b.inlines(blk.SectionTitle, runStyle{}) })
		}
		if blk.Call != "" || anchor != "" {
			b.paragraph(housestyle.Call.ID, anchor, func() { b.textRun(blk.Call, runStyle{}) })
		}
		b.items(blk, blk.Items)
		paras++
	}
	return paras
}

// items writes items and, after each, its nested items.
func (b *body) items(blk *doc.Block, items []*doc.Item) {
	for _, it := range items {
		if it == nil {
			continue
		}
		b.item(blk, it)
		b.items(blk, it.Items)
	}
}

// item writes one item: label, TAB to the label tab stop, text. Items
// directly under a call use Normal, whose first tab stop is the label tab;
// nested items use enumlev1…3, which hang at the same stop.
func (b *body) item(blk *doc.Block, it *doc.Item) {
	style := housestyle.Enumlev(it.Level).ID
	switch {
	case it.Note && it.Label == "":
		style = housestyle.Note.ID
	case it.Figure && it.Label == "":
		style = housestyle.Figure.ID
	}
	b.paragraph(style, b.marks.claim(b.d.Anchor(it.ID)), func() {
		switch {
		case style == housestyle.Note.ID, style == housestyle.Figure.ID: // at the margin, no tab
		case it.Label != "":
			italic := it.Level == 0 && housestyle.ItalicLabels(blk.Kind == doc.Preambular)
			b.textRun(it.Label, runStyle{italic: italic})
			b.w.raw("<w:r><w:tab/></w:r>")
		case it.Level > 0:
			// An unlabelled sub-paragraph starts where its siblings' text does.
			b.w.raw("<w:r><w:tab/></w:r>")
		}
		b.inlines(it.Content, runStyle{})
	})
}

// paragraph writes <w:p> with a style and, if mark is not "", a bookmark
// around its content.
func (b *body) paragraph(style, mark string, content func()) {
	b.paragraphPr(style, "", mark, content)
}

// paragraphPr is paragraph with more paragraph properties (markup written
// by this package, in schema order after w:pStyle).
func (b *body) paragraphPr(style, pPr, mark string, content func()) {
	w := &b.w
	w.raw("<w:p><w:pPr>")
	w.val("w:pStyle", style)
	w.raw(pPr, "</w:pPr>")
	id := ""
	if mark != "" {
		id = itoa(b.nextB)
		b.nextB++
		w.raw(`<w:bookmarkStart w:id="`, id, `"`)
		w.attr("w:name", mark)
		w.raw("/>")
	}
	content()
	if mark != "" {
		w.raw(`<w:bookmarkEnd w:id="`, id, `"/>`)
	}
	w.raw("</w:p>")
}

// inlines writes inline content as runs.
func (b *body) inlines(in []doc.Inline, st runStyle) {
	for _, n := range in {
		switch n := n.(type) {
		case *doc.Text:
			b.textRun(n.Value, st)
		case *doc.Emphasis:
			s := st
			s.italic = true
			b.inlines(n.Children, s)
		case *doc.Bracket:
			s := st
			s.unagreed = true
			b.textRun("[", s)
			b.inlines(n.Children, s)
			b.textRun("]", s)
		case *doc.Ref:
			b.ref(n, st)
		case *doc.NoteRef:
			b.noteRef(n)
		}
	}
}

// ref writes a cross-reference as an internal hyperlink to the bookmark of
// its first target; a reference whose target has no bookmark stays text.
func (b *body) ref(r *doc.Ref, st runStyle) {
	mark := ""
	if len(r.Targets) > 0 && !st.link {
		mark = b.marks.lookup(b.d.Anchor(r.Targets[0]))
	}
	if mark == "" {
		b.inlines(r.Children, st)
		return
	}
	b.w.raw("<w:hyperlink")
	b.w.attr("w:anchor", mark)
	if r.Label != "" {
		b.w.attr("w:tooltip", truncate(r.Label, maxTooltip))
	}
	b.w.raw(` w:history="1">`)
	s := st
	s.link = true
	b.inlines(r.Children, s)
	b.w.raw("</w:hyperlink>")
}

// noteRef writes a footnote mark: a real footnote reference the first time
// the note is cited, its number as a raised mark after that (Word allows one
// reference per footnote).
func (b *body) noteRef(n *doc.NoteRef) {
	if n.Note == nil {
		return
	}
	w := &b.w
	w.raw("<w:r><w:rPr>")
	w.val("w:rStyle", styleNoteRef)
	w.raw("</w:rPr>")
	if id, first := b.notes.cite(n.Note); first && !b.inNote {
		w.raw(`<w:footnoteReference w:id="`, itoa(id), `"/>`)
	} else {
		w.raw("<w:t>")
		w.text(itoa(id))
		w.raw("</w:t>")
	}
	w.raw("</w:r>")
}

// textRun writes one run of text; TABs and line breaks in the text become
// Word's own tab and break elements.
func (b *body) textRun(s string, st runStyle) {
	if s == "" {
		return
	}
	w := &b.w
	w.raw("<w:r>")
	props(w, st)
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			w.raw("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				w.raw("<w:tab/>")
			}
			if part == "" {
				continue
			}
			w.raw(`<w:t xml:space="preserve">`)
			w.text(part)
			w.raw("</w:t>")
		}
	}
	w.raw("</w:r>")
}

// props writes a run's properties: a character style (unagreed text wins
// over the link style, since a run has one) and italics.
func props(w *xw, st runStyle) {
	style := ""
	switch {
	case st.unagreed:
		style = styleUnagreed
	case st.link:
		style = styleHyperlink
	}
	if style == "" && !st.italic {
		return
	}
	w.raw("<w:rPr>")
	if style != "" {
		w.val("w:rStyle", style)
	}
	if st.italic {
		w.raw("<w:i/><w:iCs/>")
	}
	w.raw("</w:rPr>")
}

// sectPr writes the page setup: A4, house-style margins, a first page
// without running head, and the header and footer parts.
func sectPr(w *xw) {
	w.raw("<w:sectPr>")
	w.raw(`<w:headerReference w:type="default" r:id="`, relHeader, `"/>`)
	w.raw(`<w:headerReference w:type="first" r:id="`, relHeaderFirst, `"/>`)
	w.raw(`<w:footerReference w:type="default" r:id="`, relFooter, `"/>`)
	w.raw(`<w:footerReference w:type="first" r:id="`, relFooterFirst, `"/>`)
	w.raw(`<w:pgSz w:w="`, itoa(housestyle.PageWidth), `" w:h="`, itoa(housestyle.PageHeight), `"/>`)
	w.raw(`<w:pgMar w:top="`, itoa(housestyle.MarginTop), `" w:right="`, itoa(housestyle.MarginRight),
		`" w:bottom="`, itoa(housestyle.MarginBottom), `" w:left="`, itoa(housestyle.MarginLeft),
		`" w:header="`, itoa(housestyle.HeaderDistance), `" w:footer="`, itoa(housestyle.FooterDistance), `" w:gutter="0"/>`)
	w.raw(`<w:pgNumType w:start="1"/><w:titlePg/>`)
	w.raw("</w:sectPr>")
}

// maxTooltip is the longest hyperlink tooltip Word accepts.
const maxTooltip = 255

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
