package layout

import (
	"strconv"
	"strings"

	"opinionc/doc"
	"opinionc/housestyle"
)

// tocLine is the last line of a contents entry, whose page number (with a
// dot leader) and link are added once pagination has placed its target.
type tocLine struct {
	page   *Page
	base   float64 // baseline
	right  float64 // right edge of the entry's text
	size   float64
	target string
}

// tocNumberWidth is the room kept at the right of a contents entry for its
// page number.
const tocNumberWidth = 36.0

// Report outline levels: chapters keep their heading levels (1–3); the
// annex is at level 1 and its Opinions at 2 (their calls stay out).
const (
	annexLevel   = 1
	opinionLevel = 2
)

// LayReport sets a whole report: the cover block, the table of contents
// (with page numbers, found in a second pass over the paginated result),
// the chapters, and the annex, each Opinion on a new page. Footnotes carry
// the numbers the report gave them.
func LayReport(r *doc.Report, opts Options) (*Result, error) {
	if r == nil {
		r = &doc.Report{ID: "report"}
	}
	l, err := newLayouter(&doc.Document{ID: r.ID}, opts)
	if err != nil {
		return nil, err
	}
	var specs []paraSpec
	// Cover block.
	if r.Symbol != "" {
		specs = append(specs, paraSpec{kind: kindHeading, style: housestyle.DocNumber, align: housestyle.Right, face: Bold,
			content: []doc.Inline{&doc.Text{Value: "Document " + r.Symbol}}})
	}
	if r.Date != "" {
		specs = append(specs, paraSpec{kind: kindHeading, style: housestyle.DocDate, align: housestyle.Right,
			content: []doc.Inline{&doc.Text{Value: r.Date}}})
	}
	if r.Title != "" {
		specs = append(specs, paraSpec{kind: kindHeading, style: housestyle.Title, align: housestyle.Center, face: Bold,
			content: []doc.Inline{&doc.Text{Value: r.Title}}, dests: []string{r.ID}})
	}
	// Contents.
	specs = append(specs, paraSpec{kind: kindHeading, style: housestyle.TOCHeading, align: housestyle.Center, face: Bold,
		content: []doc.Inline{&doc.Text{Value: "Contents"}}, dests: []string{r.Anchor("contents")},
		bookmark: &Bookmark{Title: "Contents", Level: 1}})
	for _, e := range Contents(r) {
		st := housestyle.TOCStyle(e.Level)
		specs = append(specs, paraSpec{style: st, align: housestyle.Left,
			firstX: st.Indent.Pt(), restX: st.Indent.Pt() + housestyle.TabStops[0].Pt()/2,
			width: l.textWidth - tocNumberWidth, toc: e.Anchor,
			content: []doc.Inline{&doc.Text{Value: e.Text}}})
	}
	var body []*setPara
	add := func(p *setPara) { body = append(body, l.numbered(p, len(body))) }
	for _, s := range specs {
		add(l.set(s))
	}
	// Chapters: they hold no cross-references, so each is set as it comes.
	notes := map[*doc.Footnote]*setPara{}
	for i, p := range r.Chapters {
		for k, sp := range l.chapterPart(r, p) {
			sp.pageBreak = i == 0 && k == 0 // the chapters start on the page after the contents
			add(sp)
		}
	}
	l.setNotes(notes, r.Notes)
	// Annex: its title on a new page, each Opinion on a new page after the first.
	if len(r.Annex) > 0 || r.AnnexTitle != "" {
		st := housestyle.AnnexNo
		st.Before = 0 // first on its page
		add(l.set(paraSpec{kind: kindHeading, style: st, align: housestyle.Center, pageBreak: true,
			content: []doc.Inline{&doc.Text{Value: annexTitle(r)}}, dests: []string{r.Anchor(doc.AnnexID)},
			bookmark: &Bookmark{Title: annexTitle(r), Level: annexLevel}}))
	}
	for k, d := range r.Annex {
		if d == nil {
			continue
		}
		l.doc = d
		ps := l.paragraphs()
		if len(ps) == 0 {
			continue
		}
		ps[0].pageBreak = k > 0
		for i := range ps {
			// The report's outline is its structure: each Opinion, not its calls.
			if b := ps[i].bookmark; b != nil && b.Level == 0 {
				nb := *b
				nb.Level += opinionLevel
				ps[i].bookmark = &nb
			} else {
				ps[i].bookmark = nil
			}
			for _, id := range ps[i].dests {
				l.dests[id] = true
			}
		}
		for _, s := range ps {
			add(l.set(s))
		}
		l.setNotes(notes, d.Notes)
	}
	res := paginateMarked(body, notes, opts)
	l.fillContents(res)
	return res, nil
}

// fillContents writes each contents entry's page number, after a dot
// leader, at the right margin, and makes the entry a link to its target.
func (l *layouter) fillContents(res *Result) {
	pageOf := PageNumbers(res)
	m := l.faces.get(Regular)
	right := housestyle.MarginLeft.Pt() + l.textWidth
	for _, t := range res.tocs {
		n, ok := pageOf[t.target]
		if !ok {
			continue
		}
		num := strconv.Itoa(n)
		w := m.Width(num, t.size)
		x := right - w
		t.page.Runs = append(t.page.Runs, Run{X: x, Y: t.base, Text: num, Face: Regular, Size: t.size})
		dot := m.Width(". ", t.size)
		if count := int((x - 6 - (t.right + 6)) / dot); count > 0 {
			t.page.Runs = append(t.page.Runs, Run{X: x - 4 - float64(count)*dot, Y: t.base,
				Text: strings.Repeat(". ", count), Face: Regular, Size: t.size})
		}
		t.page.Links = append(t.page.Links, Link{Rect: Rect{X: housestyle.MarginLeft.Pt(), Y: t.base - 0.85*t.size,
			W: l.textWidth, H: 1.1 * t.size}, Target: t.target})
	}
}

// PageNumbers maps every destination of a laid-out result to the number
// of the page it is on (1-based).
func PageNumbers(res *Result) map[string]int {
	out := map[string]int{}
	for i, p := range res.Pages {
		for _, d := range p.Dests {
			if _, seen := out[d.Name]; !seen {
				out[d.Name] = i + 1
			}
		}
	}
	return out
}

// chapterPart sets one block of the narrative.
func (l *layouter) chapterPart(r *doc.Report, part doc.Part) []*setPara {
	switch p := part.(type) {
	case *doc.Heading:
		st := housestyle.HeadingStyle(p.Level)
		s := paraSpec{kind: kindHeading, style: st, align: housestyle.Left, face: Bold, content: p.Content,
			restX: st.Indent.Pt(), firstX: st.Indent.Pt(), dests: []string{r.Anchor(p.ID)},
			bookmark: &Bookmark{Title: p.Text(), Level: p.Level}}
		if p.Number != "" {
			s.label, s.labelFace, s.labelX = []doc.Inline{&doc.Text{Value: p.Number}}, Bold, (st.Indent - st.Hanging).Pt()
			l.pushPastLabel(&s, p.Number)
		} else {
			s.firstX = 0
			s.restX = 0
		}
		return []*setPara{l.set(s)}
	case *doc.Paragraph:
		st := housestyle.Normal
		if p.Quote {
			st = housestyle.Quotation
		}
		s := paraSpec{style: st, align: housestyle.BodyAlign, content: p.Content, firstX: st.Indent.Pt(), restX: st.Indent.Pt()}
		if p.ID != "" {
			s.dests = []string{r.Anchor(p.ID)}
		}
		if p.Number != "" {
			s.label, s.labelFace, s.labelX = []doc.Inline{&doc.Text{Value: p.Number}}, Regular, 0
			s.firstX = housestyle.LabelTab.Pt()
			l.pushPastLabel(&s, p.Number)
		}
		return []*setPara{l.set(s)}
	case *doc.List:
		var out []*setPara
		var items func([]*doc.ListItem, int)
		items = func(its []*doc.ListItem, level int) {
			for _, it := range its {
				if it == nil {
					continue
				}
				st := housestyle.Enumlev(min(level, 3))
				s := paraSpec{style: st, align: housestyle.BodyAlign, content: it.Content, firstX: st.Indent.Pt(), restX: st.Indent.Pt()}
				if it.Label != "" {
					s.label, s.labelFace, s.labelX = []doc.Inline{&doc.Text{Value: it.Label}}, Regular, (st.Indent - st.Hanging).Pt()
					l.pushPastLabel(&s, it.Label)
				}
				out = append(out, l.set(s))
				items(it.Items, level+1)
			}
		}
		items(p.Items, 1)
		return out
	case *doc.Table:
		return l.table(r, p)
	}
	return nil
}

// table sets a table: its caption, then one unbreakable paragraph per row
// whose single line holds every cell and the row's borders. Column widths
// follow the automatic table layout of HTML: each column gets at least its
// longest word and shares the rest in proportion to its longest paragraph.
func (l *layouter) table(r *doc.Report, t *doc.Table) []*setPara {
	var out []*setPara
	if len(t.Caption) > 0 {
		st := housestyle.TableTitle
		out = append(out, l.set(paraSpec{kind: kindHeading, style: st, align: st.Align, face: Bold,
			content: t.Caption, dests: []string{r.Anchor(t.ID)}}))
	}
	rows, ncol := t.Grid()
	if ncol == 0 {
		return out
	}
	st := housestyle.TableText
	size := st.SizePt()
	pad := housestyle.TableCellPadding.Pt()
	m := l.faces.get(Regular)
	minW, maxW := make([]float64, ncol), make([]float64, ncol)
	for _, row := range rows {
		for i, c := range row {
			for _, p := range c.Paras {
				text := doc.PlainText(p)
				maxW[i] = max(maxW[i], m.Width(Glyphs(m, text), size)+2*pad)
				for _, w := range strings.Fields(text) {
					minW[i] = max(minW[i], m.Width(Glyphs(m, w), size)+2*pad)
				}
			}
		}
	}
	widths := housestyle.ColumnWidths(minW, maxW, l.textWidth)
	for ri, row := range rows {
		face := Regular
		if t.Header != nil && ri == 0 {
			face = Bold
		}
		var ln setLine
		type placed struct {
			line setLine
			top  float64 // within the cell
		}
		height := 0.0
		cells := make([][]placed, ncol)
		for i := 0; i < ncol && i < len(row); i++ {
			h := st.Before.Pt()
			for k, p := range row[i].Paras {
				sp := l.set(paraSpec{style: st, align: housestyle.Left, face: face, content: p, width: widths[i] - 2*pad})
				if k > 0 {
					h += sp.before
				}
				for _, sl := range sp.lines {
					cells[i] = append(cells[i], placed{sl, h})
					h += sl.height
				}
			}
			height = max(height, h+st.After.Pt())
		}
		x := 0.0
		for i, lines := range cells {
			for _, pl := range lines {
				for _, run := range pl.line.runs {
					run.X += x + pad
					run.Y += pl.top + pl.line.ascent
					ln.runs = append(ln.runs, run)
				}
				for _, k := range pl.line.links {
					k.X += x + pad
					ln.links = append(ln.links, k)
				}
				ln.notes = append(ln.notes, pl.line.notes...)
			}
			x += widths[i]
		}
		w := x
		ln.height, ln.ascent = height, 0
		lw := housestyle.TableRuleWidth
		ln.strokes = append(ln.strokes, Stroke{X1: 0, Y1: 0, X2: w, Y2: 0, Width: lw}, Stroke{X1: 0, Y1: height, X2: w, Y2: height, Width: lw})
		cx := 0.0
		ln.strokes = append(ln.strokes, Stroke{X1: 0, Y1: 0, X2: 0, Y2: height, Width: lw})
		for _, cw := range widths {
			cx += cw
			ln.strokes = append(ln.strokes, Stroke{X1: cx, Y1: 0, X2: cx, Y2: height, Width: lw})
		}
		ln.info = Line{Left: 0, Right: w, Limit: l.textWidth, Index: 0, Of: 1}
		out = append(out, &setPara{kind: kindBody, keepLines: true, lines: []setLine{ln}})
	}
	return out
}

// Entry is one line of a report's table of contents.
type Entry struct {
	Level  int
	Text   string
	Anchor string // the destination it leads to
}

// Contents lists the table of contents of a report: its headings, the
// annex and each Opinion of the annex.
func Contents(r *doc.Report) []Entry {
	var out []Entry
	for _, h := range r.Headings() {
		out = append(out, Entry{Level: h.Level, Text: h.Text(), Anchor: r.Anchor(h.ID)})
	}
	if len(r.Annex) > 0 || r.AnnexTitle != "" {
		out = append(out, Entry{Level: annexLevel, Text: annexTitle(r), Anchor: r.Anchor(doc.AnnexID)})
	}
	for _, d := range r.Annex {
		if d != nil {
			out = append(out, Entry{Level: opinionLevel, Text: d.FullTitle(), Anchor: d.ID})
		}
	}
	return out
}

func annexTitle(r *doc.Report) string {
	if r.AnnexTitle != "" {
		return r.AnnexTitle
	}
	return "Annex"
}
