package layout

import (
	"math"
	"strings"

	"opinionc/doc"
	"opinionc/housestyle"
)

// paraKind says what a paragraph is, for pagination rules.
type paraKind uint8

const (
	kindBody paraKind = iota
	kindHeading
	kindCall
	kindNote
)

// paraSpec is a paragraph to set.
type paraSpec struct {
	kind      paraKind
	style     housestyle.Style
	align     housestyle.Align
	face      Face
	label     []doc.Inline // set in labelFace at labelX on the first line
	labelFace Face
	labelX    float64 // from the left of the text block
	firstX    float64 // where text starts on the first line
	restX     float64 // where later lines start
	content   []doc.Inline
	dests     []string
	bookmark  *Bookmark
	width     float64 // the measure, if not the text block's (a table cell)
	pageBreak bool    // the paragraph starts a new page
	toc       string  // a table-of-contents entry: the destination whose page number it shows
}

// setLine is a line of a set paragraph, relative to the text block's left
// edge and the line's own baseline.
type setLine struct {
	height, ascent float64
	runs           []Run
	marks          []Mark
	links          []Link
	notes          []*doc.Footnote
	strokes        []Stroke // table borders, relative to the line's top-left
	toc            string   // the destination whose page number ends this line (a contents entry)
	info           Line
}

// setPara is a paragraph broken into lines.
type setPara struct {
	kind      paraKind
	before    float64
	keepNext  bool
	keepLines bool
	dests     []string
	bookmark  *Bookmark
	lines     []setLine
	pageBreak bool
}

// set breaks a paragraph into lines of the text block's width.
func (l *layouter) set(p paraSpec) *setPara {
	size := p.style.SizePt()
	width := l.textWidth
	if p.width > 0 {
		width = p.width
	}
	b := &builder{ragged: p.align != housestyle.Justify, links: l.linkTarget, faces: &l.faces,
		measure: width - max(p.firstX, p.restX), frags: l.fragBuf[:0], items: l.itemBuf[:0]}
	defer func() { l.fragBuf, l.itemBuf = b.frags[:0], b.items[:0] }()
	sty := textStyle{face: p.face, size: size, caps: p.style.Caps}
	b.inlines(p.content, sty)
	b.finish()

	params := breakParams{
		width: func(line int) float64 {
			if line == 0 {
				return width - p.firstX
			}
			return width - p.restX
		},
		tolerance: 2,
	}
	if b.ragged {
		params.ragged = 3 * size // TeX's ragged right: \rightskip 0pt plus 3em, roughly
		params.tolerance = 4
	}
	var breaks []int
	if !l.firstFit {
		breaks = breakLines(b.items, params)
	}
	if breaks == nil && !l.firstFit {
		params.tolerance = 12
		breaks = breakLines(b.items, params)
	}
	if breaks == nil {
		breaks = greedyLines(b.items, params)
	}

	m := l.faces.get(p.face)
	lineHeight := size * (m.Ascender - m.Descender + m.LineGap)
	sp := &setPara{
		kind: p.kind, before: p.style.Before.Pt(), keepNext: p.style.KeepNext, keepLines: p.style.KeepLines,
		dests: p.dests, bookmark: p.bookmark, pageBreak: p.pageBreak,
	}
	start := 0
	for li, end := range breaks {
		x0 := p.restX
		if li == 0 {
			x0 = p.firstX
		}
		ln := l.setLine(b, start, end, x0, params.width(li), p.align, li == len(breaks)-1)
		if li == len(breaks)-1 {
			ln.toc = p.toc
		}
		ln.height, ln.ascent = lineHeight, size*m.Ascender
		ln.info.Call = p.kind == kindCall
		ln.info.Footnote = p.kind == kindNote
		ln.info.Index, ln.info.Of = li, len(breaks)
		sp.lines = append(sp.lines, ln)
		start = end + 1
	}
	if len(sp.lines) == 0 {
		sp.lines = []setLine{{height: lineHeight, ascent: size * m.Ascender}}
	}
	if len(p.label) > 0 {
		lb := &builder{ragged: true, faces: &l.faces}
		lb.inlines(p.label, textStyle{face: p.labelFace, size: size})
		lb.flush()
		x := p.labelX
		var runs []Run
		for _, f := range lb.frags {
			runs = append(runs, Run{X: x, Y: -f.rise, Text: f.text, Face: f.face, Size: f.size})
			x += f.width
		}
		sp.lines[0].runs = append(runs, sp.lines[0].runs...)
	}
	return sp
}

// setLine places items[start..end] (end is the break) on one line.
func (l *layouter) setLine(b *builder, start, end int, x0, avail float64, align housestyle.Align, last bool) setLine {
	items := b.items
	// Glue and penalties at the start of a line vanish.
	for start < end && items[start].kind != box {
		start++
	}
	var natural, stretch, shrink float64
	spaces := 0
	for i := start; i < end; i++ {
		it := items[i]
		switch it.kind {
		case box:
			natural += it.width
		case glue:
			natural += it.width
			stretch += it.stretch
			shrink += it.shrink
			if it.stretch < 1e5 {
				spaces++
			}
		}
	}
	if items[end].kind == penalty {
		natural += items[end].width
	}
	r := 0.0
	switch {
	case natural > avail && shrink > 0:
		r = math.Max((avail-natural)/shrink, -1)
	case natural < avail && stretch > 0 && align == housestyle.Justify:
		r = (avail - natural) / stretch
	}
	x := x0
	switch align {
	case housestyle.Center:
		x += (avail - natural) / 2
	case housestyle.Right:
		x += avail - natural
	}
	var ln setLine
	natSpace, spaceW := 0.0, 0.0
	for i := start; i < end; i++ {
		it := items[i]
		switch it.kind {
		case glue:
			w := it.width
			if r > 0 {
				w += r * it.stretch
			} else {
				w += r * it.shrink
			}
			if it.stretch < 1e5 {
				natSpace, spaceW = it.width, w
			}
			x += w
		case box:
			f := &b.frags[it.frag]
			text := f.text
			if f.space != 0 && i+1 < end {
				text += string(f.space)
			}
			ln.runs = append(ln.runs, Run{X: x, Y: -f.rise, Text: text, Face: f.face, Size: f.size})
			ln.marks = addMarks(ln.marks, f.bracket, x, f.width)
			if f.link != "" {
				ln.links = append(ln.links, Link{Rect: Rect{X: x, W: f.width}, Target: f.link})
			}
			if f.note != nil {
				ln.notes = append(ln.notes, f.note)
			}
			x += f.width
		}
	}
	ln.info = Line{Left: x0, Right: x, Limit: l.textWidth, Ratio: r, Justified: align == housestyle.Justify && !last,
		Spaces: spaces, Natural: natSpace, SpaceWidth: spaceW, Content: natural, Shrink: shrink, Next: nextWord(items, end)}
	ln.links = mergeLinks(ln.links)
	return ln
}

// addMarks extends, for each bracket enclosing a fragment, the band that
// shades that bracket on this line (a new band when it starts here).
func addMarks(ms []Mark, path string, x, w float64) []Mark {
	depth := 0
	for len(path) > 0 {
		i := strings.IndexByte(path, ',')
		id := path[:i]
		path = path[i+1:]
		depth++
		found := false
		for k := range ms {
			if ms[k].id == id {
				ms[k].W = x + w - ms[k].X
				found = true
			}
		}
		if !found {
			ms = append(ms, Mark{Rect: Rect{X: x, W: w}, Depth: depth, id: id})
		}
	}
	return ms
}

// mergeLinks joins the link areas of one reference on one line.
func mergeLinks(ls []Link) []Link {
	var out []Link
	for _, k := range ls {
		if n := len(out); n > 0 && out[n-1].Target == k.Target && k.X-(out[n-1].X+out[n-1].W) < 8 {
			out[n-1].W = k.X + k.W - out[n-1].X
			continue
		}
		out = append(out, k)
	}
	return out
}

// nextWord is the natural width that taking the next word onto a line
// ending at break end would add: the space, if the break is one, and the
// boxes up to the next break opportunity.
func nextWord(items []item, end int) float64 {
	w, j := 0.0, end
	if items[j].kind == glue {
		w += items[j].width
	}
	for j++; j < len(items) && items[j].kind != box; j++ {
		if items[j].kind == glue && items[j].stretch >= 1e5 {
			return 0 // the paragraph ends here
		}
	}
	for j < len(items) {
		switch {
		case items[j].kind == box:
			w += items[j].width
			j++
		case items[j].kind == penalty && items[j].penalty >= infPenalty && j+1 < len(items) &&
			items[j+1].kind == glue && items[j+1].stretch < 1e5:
			w += items[j+1].width // a no-break space binds the next word
			j += 2
		default:
			return w
		}
	}
	return w
}
