package docx

import (
	"io"
	"strings"
	"unicode/utf8"

	"opinionc/doc"
	"opinionc/housestyle"
)

// reportStyles are the styles a report adds to an Opinion's.
var reportStyles = []housestyle.Style{
	housestyle.DocNumber, housestyle.DocDate, housestyle.Title,
	housestyle.TOCHeading, housestyle.TOC1, housestyle.TOC2, housestyle.TOC3,
	housestyle.Heading1, housestyle.Heading2, housestyle.Heading3,
	housestyle.Quotation, housestyle.TableTitle, housestyle.TableText,
	housestyle.AnnexNo,
}

// Outline levels (0-based) of the annex heading and of each Opinion's
// heading, set on the paragraphs: the navigation pane and the TOC field
// list them with the chapters.
const (
	annexOutline   = 0
	opinionOutline = 1
)

// RenderReport writes a whole report as one .docx: the cover block, a
// table of contents (a real TOC field whose cached entries link to their
// headings and show the page numbers of opts.PageNumbers), the chapters in
// Word's heading styles, and the annex, each Opinion starting on a new page.
// Footnotes are real Word footnotes numbered through the report.
func RenderReport(w io.Writer, r *doc.Report, opts ReportOptions) error {
	if r == nil {
		r = &doc.Report{ID: "report"}
	}
	date, lang := opts.packageDate(), orDefaultLang(r.Lang)
	marks := newBookmarks()
	marks.add(r.Anchor("contents"))
	for _, h := range r.Headings() {
		marks.add(r.Anchor(h.ID))
	}
	marks.add(r.Anchor(doc.AnnexID))
	for _, d := range r.Annex {
		if d == nil {
			continue
		}
		marks.add(d.ID)
		collectInto(marks, d)
	}
	chapters := &doc.Document{ID: r.ID, Notes: r.Notes}
	b := &body{d: chapters, marks: marks, notes: newNotes()}
	document := b.reportXML(r, opts)
	footnotes := b.footnotesXML()
	header := ""
	if r.Symbol != "" {
		header = "Document " + r.Symbol
	}
	subject := "Report"
	if r.Symbol != "" {
		subject = "Document " + r.Symbol
	}
	parts := []part{
		{"[Content_Types].xml", contentTypesXML()},
		{"_rels/.rels", packageRelsXML()},
		{"docProps/core.xml", coreXMLFor(r.Title, subject, lang, date)},
		{"docProps/app.xml", appXML()},
		{"word/document.xml", document},
		{"word/_rels/document.xml.rels", documentRelsXML()},
		{"word/styles.xml", stylesXMLWith(lang, reportStyles)},
		{"word/settings.xml", settingsXMLWith(lang, opts.PageNumbers == nil)},
		{"word/footnotes.xml", footnotes},
		{"word/header1.xml", headerXML(header)},
		{"word/header2.xml", firstHeaderXML()},
		{"word/footer1.xml", footerXML(r.Name)},
		{"word/footer2.xml", footerXML(r.Name)},
	}
	return writePackage(w, parts, date)
}

// ReportOptions adjust a report's output.
type ReportOptions struct {
	Options
	// PageNumbers maps anchors (chapter anchors, annex document IDs) to the
	// page they start on, as the PDF sets them: the cached page numbers of
	// the table of contents. Without it the entries have no number and Word
	// is asked to update the field when it opens the file.
	PageNumbers map[string]int
}

// reportXML returns word/document.xml of a report.
func (b *body) reportXML(r *doc.Report, opts ReportOptions) string {
	w := &b.w
	w.raw(xmlHeader, `<w:document xmlns:w="`, nsW, `" xmlns:r="`, nsR, `"><w:body>`)
	// Cover block.
	if r.Symbol != "" {
		b.paragraph(housestyle.DocNumber.ID, "", func() { b.textRun("Document "+r.Symbol, runStyle{}) })
	}
	if r.Date != "" {
		b.paragraph(housestyle.DocDate.ID, "", func() { b.textRun(r.Date, runStyle{}) })
	}
	b.paragraph(housestyle.Title.ID, "", func() { b.textRun(r.Title, runStyle{}) })
	b.contents(r, opts.PageNumbers)

	// Chapters, from a new page.
	first := true
	for _, part := range r.Chapters {
		pPr := ""
		if first {
			pPr, first = "<w:pageBreakBefore/>", false
		}
		b.chapterPart(r, part, pPr)
	}
	// Annex.
	if len(r.Annex) > 0 || r.AnnexTitle != "" {
		b.paragraphPr(housestyle.AnnexNo.ID, `<w:pageBreakBefore/><w:outlineLvl w:val="`+itoa(annexOutline)+`"/>`,
			b.marks.claim(r.Anchor(doc.AnnexID)), func() { b.textRun(annexTitle(r), runStyle{}) })
	}
	for k, d := range r.Annex {
		if d == nil {
			continue
		}
		b.d = d
		pPr := `<w:outlineLvl w:val="` + itoa(opinionOutline) + `"/>`
		if k > 0 {
			pPr = "<w:pageBreakBefore/>" + pPr
		}
		b.documentBody(pPr, b.marks.claim(d.ID))
	}
	sectPr(w)
	w.raw("</w:body></w:document>")
	return w.String()
}

func annexTitle(r *doc.Report) string {
	if r.AnnexTitle != "" {
		return r.AnnexTitle
	}
	return "Annex"
}

// contents writes the table of contents: a TOC field over headings 1–3 and
// paragraphs with outline levels, with cached entries that link to their
// bookmarks and show their page numbers through PAGEREF fields.
func (b *body) contents(r *doc.Report, pages map[string]int) {
	w := &b.w
	b.paragraph(housestyle.TOCHeading.ID, b.marks.claim(r.Anchor("contents")), func() { b.textRun("Contents", runStyle{}) })
	type entry struct {
		level        int
		text, anchor string
	}
	var entries []entry
	for _, h := range r.Headings() {
		entries = append(entries, entry{h.Level, h.Text(), r.Anchor(h.ID)})
	}
	if len(r.Annex) > 0 || r.AnnexTitle != "" {
		entries = append(entries, entry{annexOutline + 1, annexTitle(r), r.Anchor(doc.AnnexID)})
	}
	for _, d := range r.Annex {
		if d != nil {
			entries = append(entries, entry{opinionOutline + 1, d.FullTitle(), d.ID})
		}
	}
	fieldBegin := func(instr string) {
		w.raw(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">`)
		w.text(instr)
		w.raw(`</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
	}
	fieldEnd := func() { w.raw(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`) }
	if len(entries) == 0 {
		b.paragraph(housestyle.TOC1.ID, "", func() { fieldBegin(` TOC \o "1-3" \h \z \u `); fieldEnd() })
		return
	}
	for i, e := range entries {
		b.paragraph(housestyle.TOCStyle(e.level).ID, "", func() {
			if i == 0 {
				fieldBegin(` TOC \o "1-3" \h \z \u `)
			}
			mark := b.marks.lookup(e.anchor)
			if mark != "" {
				w.raw("<w:hyperlink")
				w.attr("w:anchor", mark)
				w.raw(` w:history="1">`)
			}
			b.textRun(e.text, runStyle{})
			w.raw("<w:r><w:tab/></w:r>")
			if mark != "" {
				fieldBegin(" PAGEREF " + mark + ` \h `)
				if n, ok := pages[e.anchor]; ok {
					w.raw("<w:r><w:t>", itoa(n), "</w:t></w:r>")
				}
				fieldEnd()
				w.raw("</w:hyperlink>")
			}
			if i == len(entries)-1 {
				fieldEnd()
			}
		})
	}
}

// chapterPart writes one block of the narrative.
func (b *body) chapterPart(r *doc.Report, part doc.Part, pPr string) {
	w := &b.w
	switch p := part.(type) {
	case *doc.Heading:
		b.paragraphPr(housestyle.HeadingStyle(p.Level).ID, pPr, b.marks.claim(r.Anchor(p.ID)), func() {
			if p.Number != "" {
				b.textRun(p.Number, runStyle{})
				w.raw("<w:r><w:tab/></w:r>")
			}
			b.inlines(p.Content, runStyle{})
		})
	case *doc.Paragraph:
		style := housestyle.Normal.ID
		if p.Quote {
			style = housestyle.Quotation.ID
		}
		b.paragraphPr(style, pPr, "", func() {
			if p.Number != "" {
				b.textRun(p.Number, runStyle{})
				w.raw("<w:r><w:tab/></w:r>")
			}
			b.inlines(p.Content, runStyle{})
		})
	case *doc.List:
		var items func([]*doc.ListItem, int)
		items = func(its []*doc.ListItem, level int) {
			for _, it := range its {
				if it == nil {
					continue
				}
				b.paragraphPr(housestyle.Enumlev(min(level, 3)).ID, pPr, "", func() {
					if it.Label != "" {
						b.textRun(it.Label, runStyle{})
					}
					w.raw("<w:r><w:tab/></w:r>")
					b.inlines(it.Content, runStyle{})
				})
				pPr = ""
				items(it.Items, level+1)
			}
		}
		items(p.Items, 1)
	case *doc.Table:
		b.table(r, p, pPr)
	}
}

// table writes a table: the caption paragraph, then a w:tbl with single
// borders and rows that do not split across pages. Column widths share the
// text width as the PDF's do, estimated from character counts.
func (b *body) table(r *doc.Report, t *doc.Table, pPr string) {
	w := &b.w
	if len(t.Caption) > 0 {
		b.paragraphPr(housestyle.TableTitle.ID, pPr, "", func() { b.inlines(t.Caption, runStyle{}) })
	} else if pPr != "" {
		b.paragraphPr(housestyle.Normal.ID, pPr, "", func() {})
	}
	rows, ncol := t.Grid()
	if ncol == 0 {
		return
	}
	const charWidth = 100 // twips per character at 10 pt, roughly
	pad := float64(2 * housestyle.TableCellPadding)
	minW, maxW := make([]float64, ncol), make([]float64, ncol)
	for _, row := range rows {
		for i, c := range row {
			for _, p := range c.Paras {
				text := doc.PlainText(p)
				maxW[i] = max(maxW[i], float64(utf8.RuneCountInString(text)*charWidth)+pad)
				for _, word := range strings.Fields(text) {
					minW[i] = max(minW[i], float64(utf8.RuneCountInString(word)*charWidth)+pad)
				}
			}
		}
	}
	widths := housestyle.ColumnWidths(minW, maxW, float64(housestyle.TextWidth))
	w.raw(`<w:tbl><w:tblPr><w:tblW w:w="`, itoa(housestyle.TextWidth), `" w:type="dxa"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		w.raw(`<w:`, side, ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	w.raw(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="`, itoa(housestyle.TableCellPadding),
		`" w:type="dxa"/><w:right w:w="`, itoa(housestyle.TableCellPadding), `" w:type="dxa"/></w:tblCellMar>`)
	w.raw(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, cw := range widths {
		w.raw(`<w:gridCol w:w="`, itoa(int(cw)), `"/>`)
	}
	w.raw(`</w:tblGrid>`)
	for ri, row := range rows {
		head := t.Header != nil && ri == 0
		w.raw(`<w:tr><w:trPr><w:cantSplit/>`)
		if head {
			w.raw(`<w:tblHeader/>`)
		}
		w.raw(`</w:trPr>`)
		for i := 0; i < ncol; i++ {
			w.raw(`<w:tc><w:tcPr><w:tcW w:w="`, itoa(int(widths[i])), `" w:type="dxa"/></w:tcPr>`)
			var paras [][]doc.Inline
			if i < len(row) {
				paras = row[i].Paras
			}
			if len(paras) == 0 {
				b.paragraph(housestyle.TableText.ID, "", func() {})
			}
			for _, p := range paras {
				b.paragraph(housestyle.TableText.ID, "", func() { b.inlines(p, runStyle{}) })
			}
			w.raw(`</w:tc>`)
		}
		w.raw(`</w:tr>`)
	}
	w.raw(`</w:tbl>`)
}
