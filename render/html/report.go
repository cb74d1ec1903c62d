package html

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"strings"

	"opinionc/doc"
	"opinionc/housestyle"
)

// RenderReport writes a whole report as one HTML page: the cover block (h1),
// a table of contents of links, the chapters, and the annex with each
// Opinion as an article. Ids are unique across the page: chapter anchors
// come from the report, each Opinion's from its own document ID.
func RenderReport(w io.Writer, r *doc.Report, opts Options) error {
	if r == nil {
		return fmt.Errorf("html: nil report")
	}
	ids := map[string]bool{}
	var out bytes.Buffer
	lang := firstValidLang(opts.Lang, r.Lang)
	title := strings.TrimSpace(r.Title)
	if title == "" {
		title = r.Name
	}
	fmt.Fprintf(&out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n", attr(lang))
	fmt.Fprintf(&out, "<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(&out, "<title>%s</title>\n", html.EscapeString(title))
	fmt.Fprintf(&out, "<style>\n%s%s</style>\n</head>\n<body>\n<main>\n", stylesheet, reportStylesheet)

	// The chapters are written by a page whose document is the report itself,
	// so their anchors and footnotes work as an Opinion's do.
	p := newPage(&doc.Document{ID: r.ID, Notes: r.Notes})
	p.ids = ids
	p.cover(r, title)
	p.contents(r)
	p.printf("<div class=\"Chapters\">\n")
	p.chapters(r)
	p.footnotes()
	p.printf("</div>\n")
	out.Write(p.buf.Bytes())

	if len(r.Annex) > 0 || r.AnnexTitle != "" {
		annexID := r.Anchor(doc.AnnexID)
		fmt.Fprintf(&out, "<section class=\"Annex\" aria-labelledby=\"%s\">\n", attr(annexID))
		fmt.Fprintf(&out, "<h2 class=\"%s\"%s>%s</h2>\n", housestyle.AnnexNo.ID, p.idAttr(annexID), html.EscapeString(annexTitle(r)))
		for _, d := range r.Annex {
			if d == nil {
				continue
			}
			dp := newPage(d)
			dp.ids = ids
			dp.level = 3
			dp.article()
			out.Write(dp.buf.Bytes())
		}
		out.WriteString("</section>\n")
	}
	out.WriteString("</main>\n</body>\n</html>\n")
	_, err := w.Write(out.Bytes())
	return err
}

func annexTitle(r *doc.Report) string {
	if r.AnnexTitle != "" {
		return r.AnnexTitle
	}
	return "Annex"
}

// cover writes the cover block: document number and date, then the title as h1.
func (p *page) cover(r *doc.Report, title string) {
	p.printf("<header class=\"Cover\">\n")
	if r.Symbol != "" {
		p.printf("<p class=\"%s\">Document %s</p>\n", housestyle.DocNumber.ID, html.EscapeString(r.Symbol))
	}
	if r.Date != "" {
		p.printf("<p class=\"%s\">%s</p>\n", housestyle.DocDate.ID, html.EscapeString(r.Date))
	}
	p.printf("<h1 class=\"%s\"%s>%s</h1>\n", housestyle.Title.ID, p.idAttr(r.ID), html.EscapeString(title))
	p.printf("</header>\n")
}

// contents writes the table of contents: a link to every heading, the
// annex and each Opinion.
func (p *page) contents(r *doc.Report) {
	id := r.Anchor("contents")
	p.printf("<nav class=\"TOC\" aria-labelledby=\"%s\">\n", attr(id))
	p.printf("<h2 class=\"%s\"%s>Contents</h2>\n<ul>\n", housestyle.TOCHeading.ID, p.idAttr(id))
	entry := func(level int, anchor, text string) {
		p.printf("<li class=\"%s\"><a href=\"%s\">%s</a></li>\n", housestyle.TOCStyle(level).ID, attr(href(anchor)), html.EscapeString(text))
	}
	for _, h := range r.Headings() {
		entry(h.Level, r.Anchor(h.ID), h.Text())
	}
	if len(r.Annex) > 0 || r.AnnexTitle != "" {
		entry(1, r.Anchor(doc.AnnexID), annexTitle(r))
	}
	for _, d := range r.Annex {
		if d != nil {
			entry(2, d.ID, d.FullTitle())
		}
	}
	p.printf("</ul>\n</nav>\n")
}

// chapters writes the narrative. Headings are h2–h4 under the title's h1.
func (p *page) chapters(r *doc.Report) {
	inQuote := false
	for _, part := range r.Chapters {
		if q, ok := part.(*doc.Paragraph); !ok || !q.Quote {
			if inQuote {
				p.printf("</blockquote>\n")
				inQuote = false
			}
		}
		switch x := part.(type) {
		case *doc.Heading:
			st := housestyle.HeadingStyle(x.Level)
			level := min(max(x.Level, 1), 3) + 1
			p.printf("<h%d class=\"%s\"%s>", level, st.ID, p.idAttr(r.Anchor(x.ID)))
			if x.Number != "" {
				p.printf("<span class=\"label\">%s</span>", html.EscapeString(x.Number))
			}
			p.inline(x.Content)
			p.printf("</h%d>\n", level)
		case *doc.Paragraph:
			if x.Quote {
				if !inQuote {
					p.printf("<blockquote class=\"%s\">\n", housestyle.Quotation.ID)
					inQuote = true
				}
				p.printf("<p>")
				p.inline(x.Content)
				p.printf("</p>\n")
				continue
			}
			id := ""
			if x.ID != "" {
				id = p.idAttr(r.Anchor(x.ID))
			}
			if x.Number == "" {
				p.printf("<p class=\"%s unlabelled\"%s>", housestyle.Normal.ID, id)
			} else {
				p.printf("<p class=\"%s\"%s><span class=\"label\">%s</span>", housestyle.Normal.ID, id, html.EscapeString(x.Number))
			}
			p.inline(x.Content)
			p.printf("</p>\n")
		case *doc.List:
			p.list(x.Items, 1)
		case *doc.Table:
			p.table(r, x)
		}
	}
	if inQuote {
		p.printf("</blockquote>\n")
	}
}

// list writes a list with its labels as text, as items are written.
func (p *page) list(items []*doc.ListItem, level int) {
	st := housestyle.Enumlev(min(level, 3))
	p.printf("<ul class=\"List\">\n")
	for _, it := range items {
		if it == nil {
			continue
		}
		p.printf("<li><p class=\"%s\">", st.ID)
		if it.Label != "" {
			p.printf("<span class=\"label\">%s</span>", html.EscapeString(it.Label))
		}
		p.inline(it.Content)
		p.printf("</p>")
		if len(it.Items) > 0 {
			p.printf("\n")
			p.list(it.Items, level+1)
		}
		p.printf("</li>\n")
	}
	p.printf("</ul>\n")
}

// table writes a table with its caption. Without a header row, the first
// cell of each row heads its row.
func (p *page) table(r *doc.Report, t *doc.Table) {
	p.printf("<table class=\"Table\"%s>\n", p.idAttr(r.Anchor(t.ID)))
	if len(t.Caption) > 0 {
		p.printf("<caption class=\"%s\">", housestyle.TableTitle.ID)
		p.inline(t.Caption)
		p.printf("</caption>\n")
	}
	cell := func(tag, scope string, c doc.Cell) {
		p.printf("<%s%s>", tag, scope)
		for _, para := range c.Paras {
			p.printf("<p class=\"%s\">", housestyle.TableText.ID)
			p.inline(para)
			p.printf("</p>")
		}
		p.printf("</%s>", tag)
	}
	if t.Header != nil {
		p.printf("<thead>\n<tr>")
		for _, c := range t.Header {
			cell("th", ` scope="col"`, c)
		}
		p.printf("</tr>\n</thead>\n")
	}
	p.printf("<tbody>\n")
	for _, row := range t.Rows {
		p.printf("<tr>")
		for i, c := range row {
			if i == 0 && t.Header == nil {
				cell("th", ` scope="row"`, c)
			} else {
				cell("td", "", c)
			}
		}
		p.printf("</tr>\n")
	}
	p.printf("</tbody>\n</table>\n")
}

// reportStylesheet adds the report's own classes to the page stylesheet.
var reportStylesheet = buildReportStylesheet()

func buildReportStylesheet() string {
	var b strings.Builder
	rule := func(selector string, decls ...string) {
		fmt.Fprintf(&b, "%s { %s }\n", selector, strings.Join(decls, "; "))
	}
	paragraph(&b, "."+housestyle.DocNumber.ID, housestyle.DocNumber)
	paragraph(&b, "."+housestyle.DocDate.ID, housestyle.DocDate)
	paragraph(&b, "h1."+housestyle.Title.ID, housestyle.Title)
	paragraph(&b, "h2."+housestyle.TOCHeading.ID, housestyle.TOCHeading)
	rule(".TOC ul", "list-style: none", "margin: 0", "padding: 0")
	for level := 1; level <= 3; level++ {
		paragraph(&b, "li."+housestyle.TOCStyle(level).ID, housestyle.TOCStyle(level))
	}
	for level := 1; level <= 3; level++ {
		s := housestyle.HeadingStyle(level)
		paragraph(&b, "."+s.ID, s)
		rule("."+s.ID+" > .label", "display: inline-block", "box-sizing: border-box",
			"min-width: "+cm(s.Hanging), "padding-right: 0.25em", "text-indent: 0")
	}
	paragraph(&b, "blockquote."+housestyle.Quotation.ID, housestyle.Quotation, "margin-right: 0")
	rule("blockquote."+housestyle.Quotation.ID+" p", "margin: "+pt(housestyle.Quotation.Before.Pt())+" 0 0 0", "text-align: justify")
	rule("ul.List", "list-style: none", "margin: 0", "padding: 0")
	rule("ul.List ul.List", "margin: 0")
	rule("table.Table", "border-collapse: collapse", "width: 100%", "margin-top: "+pt(housestyle.Normal.Before.Pt()))
	paragraph(&b, "caption."+housestyle.TableTitle.ID, housestyle.TableTitle)
	rule("table.Table th, table.Table td", "border: "+pt(housestyle.TableRuleWidth)+" solid #000",
		"padding: 0 "+cm(housestyle.TableCellPadding), "vertical-align: top", "text-align: left", "font-weight: normal")
	paragraph(&b, "p."+housestyle.TableText.ID, housestyle.TableText)
	paragraph(&b, "h2."+housestyle.AnnexNo.ID, housestyle.AnnexNo)
	b.WriteString("@media print {\n")
	rule("section.Annex, section.Annex > article + article", "break-before: page")
	rule(".Chapters", "break-before: page")
	b.WriteString("}\n")
	return b.String()
}
