package layout

import (
	"fmt"
	"strings"

	"opinionc/doc"
	"opinionc/housestyle"
)

// Options tune a layout.
type Options struct {
	// MarkBrackets shades square-bracketed (unagreed) text, as in draft builds.
	MarkBrackets bool
	// FirstFit breaks lines greedily, as a word processor does, instead of
	// by total fit: a baseline for measuring the line breaker.
	FirstFit bool
}

// layouter holds what setting one document needs.
type layouter struct {
	doc       *doc.Document
	faces     faceSet
	textWidth float64
	dests     map[string]bool // destinations that exist, so that links never dangle
	firstFit  bool

	// Scratch space of set, reused from paragraph to paragraph: what it
	// keeps of a paragraph (runs, strings) does not point into these.
	fragBuf []frag
	itemBuf []item
}

// Lay sets a document. Body text is aligned as housestyle.BodyAlign says.
func Lay(d *doc.Document, opts Options) (*Result, error) {
	l, err := newLayouter(d, opts)
	if err != nil {
		return nil, err
	}
	if d == nil {
		d = &doc.Document{}
		l.doc = d
	}
	specs := l.paragraphs()
	for _, s := range specs {
		for _, id := range s.dests {
			l.dests[id] = true
		}
	}
	body := make([]*setPara, 0, len(specs))
	for i, s := range specs {
		body = append(body, l.numbered(l.set(s), i))
	}
	notes := map[*doc.Footnote]*setPara{}
	l.setNotes(notes, d.Notes)
	return paginateMarked(body, notes, opts), nil
}

// setNotes sets a document's footnotes into notes, each numbered by its
// place in list.
func (l *layouter) setNotes(notes map[*doc.Footnote]*setPara, list []*doc.Footnote) {
	for i, n := range list {
		if n != nil {
			notes[n] = l.numbered(l.set(l.noteSpec(n)), i)
		}
	}
}

// paginateMarked paginates, keeping the shading of unagreed text only when
// opts asks for it.
func paginateMarked(body []*setPara, notes map[*doc.Footnote]*setPara, opts Options) *Result {
	r := paginate(body, notes)
	if !opts.MarkBrackets {
		for _, p := range r.Pages {
			p.Marks = nil
		}
	}
	return r
}

func newLayouter(d *doc.Document, opts Options) (*layouter, error) {
	l := &layouter{doc: d, textWidth: housestyle.TextWidth.Pt(), dests: map[string]bool{}, firstFit: opts.FirstFit}
	for i := range l.faces {
		m, err := FaceMetrics(Face(i))
		if err != nil {
			return nil, fmt.Errorf("layout: font %v: %w", Face(i), err)
		}
		l.faces[i] = m
	}
	return l, nil
}

// linkTarget returns the destination of a reference to an item or block
// id, or "" when the document has no such destination.
func (l *layouter) linkTarget(id string) string {
	name := l.doc.Anchor(id)
	if l.dests[name] {
		return name
	}
	return ""
}

// paragraphs lists the body paragraphs in reading order (house-style §3).
func (l *layouter) paragraphs() []paraSpec {
	d := l.doc
	var ps []paraSpec
	top := &Bookmark{Title: d.FullTitle(), Level: 0}
	if d.Heading != "" {
		ps = append(ps, paraSpec{kind: kindHeading, style: housestyle.ResNo, align: housestyle.Center,
			content: []doc.Inline{&doc.Text{Value: d.Heading}}, dests: []string{d.ID}, bookmark: top})
		top = nil
	}
	if len(d.Title) > 0 {
		ps = append(ps, paraSpec{kind: kindHeading, style: housestyle.Restitle, align: housestyle.Center,
			face: Bold, content: d.Title, bookmark: top})
		top = nil
	}
	if len(d.Place) > 0 {
		ps = append(ps, paraSpec{kind: kindHeading, style: housestyle.Resref, align: housestyle.Center,
			face: Italic, content: d.Place})
	}
	if len(d.Formula) > 0 {
		ps = append(ps, paraSpec{style: housestyle.Normalaftertitle, align: housestyle.BodyAlign, content: d.Formula, bookmark: top})
		top = nil
	}
	for _, b := range d.Blocks {
		if b == nil {
			continue
		}
		if b.Section != "" {
			ps = append(ps, paraSpec{kind: kindHeading, style: housestyle.SectionNo, align: housestyle.SectionNo.Align,
				content: []doc.Inline{&doc.Text{Value: b.Section}}})
		}
		if b.Call == "" && b.Section != "" { // a section with no call: its heading carries the block's anchor
			t := strings.TrimSpace(b.Section + " " + doc.PlainText(b.SectionTitle))
			ps = append(ps, paraSpec{kind: kindHeading, style: housestyle.Sectiontitle, align: housestyle.Sectiontitle.Align, face: Bold,
				content: b.SectionTitle, dests: []string{d.Anchor(b.ID)}, bookmark: &Bookmark{Title: t, Level: 1}})
		} else {
			if len(b.SectionTitle) > 0 {
				ps = append(ps, paraSpec{kind: kindHeading, style: housestyle.Sectiontitle, align: housestyle.Sectiontitle.Align, face: Bold,
					content: b.SectionTitle})
			}
			call := housestyle.Call
			ps = append(ps, paraSpec{kind: kindCall, style: call, align: call.Align, face: Italic,
				firstX: call.Indent.Pt(), restX: call.Indent.Pt(),
				content: []doc.Inline{&doc.Text{Value: b.Call}}, dests: []string{d.Anchor(b.ID)},
				bookmark: &Bookmark{Title: b.Call, Level: 1}})
		}
		labelFace := Regular
		if housestyle.ItalicLabels(b.Kind == doc.Preambular) {
			labelFace = Italic
		}
		ps = l.items(ps, b.Items, 0, labelFace)
	}
	return ps
}

// items adds the paragraphs of items at a nesting level, nested items after
// their parent. Only top-level labels take the call's label face.
func (l *layouter) items(ps []paraSpec, items []*Item, level int, labelFace Face) []paraSpec {
	const maxLevel = 3 // house style has three enumeration levels; deeper ones stay at the third
	for _, it := range items {
		if it == nil {
			continue
		}
		style := housestyle.Enumlev(min(level, maxLevel))
		p := paraSpec{style: style, align: housestyle.BodyAlign, content: it.Content, dests: []string{l.doc.Anchor(it.ID)}}
		switch {
		case it.Note && it.Label == "": // a NOTE paragraph: the Note style, at the margin
			p.style = housestyle.Note
		case it.Figure && it.Label == "": // a figure's caption, centred
			p.style, p.align = housestyle.Figure, housestyle.Center
		case level == 0:
			p.firstX, p.restX = 0, 0
		default:
			p.firstX, p.restX = style.Indent.Pt(), style.Indent.Pt()
		}
		if it.Label != "" {
			p.label = []doc.Inline{&doc.Text{Value: it.Label}}
			p.labelFace = Regular
			if level == 0 {
				p.labelFace = labelFace
				p.labelX, p.firstX = 0, housestyle.LabelTab.Pt()
			} else {
				p.labelX = (style.Indent - style.Hanging).Pt()
			}
			l.pushPastLabel(&p, it.Label)
		}
		ps = append(ps, p)
		ps = l.items(ps, it.Items, level+1, labelFace)
	}
	return ps
}

// pushPastLabel moves the first line's text on when the label is wider than
// its tab: to the next half tab stop, as often as needed.
func (l *layouter) pushPastLabel(p *paraSpec, label string) {
	m := l.faces.get(p.labelFace)
	size := p.style.SizePt()
	lw := m.Width(Glyphs(m, label), size) + m.Width(" ", size)
	for p.labelX+lw > p.firstX {
		p.firstX += housestyle.TabStops[0].Pt() / 2
	}
}

// Item is doc.Item, named here for brevity.
type Item = doc.Item

// noteSpec is the paragraph of a footnote: its number raised, a tab, the text.
func (l *layouter) noteSpec(n *doc.Footnote) paraSpec {
	st := housestyle.FootnoteText
	return paraSpec{kind: kindNote, style: st, align: st.Align, content: n.Content,
		label: []doc.Inline{&doc.NoteRef{Note: n}}, labelX: 0,
		firstX: housestyle.NoteTab.Pt(), restX: st.Indent.Pt()}
}

// numbered records a paragraph's index in its lines.
func (l *layouter) numbered(p *setPara, i int) *setPara {
	for k := range p.lines {
		p.lines[k].info.Para = i
	}
	return p
}
