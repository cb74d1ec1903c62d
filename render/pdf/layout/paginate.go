package layout

import (
	"strconv"

	"opinionc/doc"
	"opinionc/housestyle"
)

// bodyLine is a line of the body with what pagination needs to know.
type bodyLine struct {
	para  *setPara
	index int // in its paragraph
	line  *setLine
}

// Space between the text and the footnote separator, and the separator's length.
const (
	noteSeparatorSpace = 12.0
	noteSeparatorLen   = 144.0 // 2 in, Word's footnote separator
)

// paginate breaks the body lines into pages, each with the footnotes its
// lines cite at its foot, and positions everything on the page.
func paginate(body []*setPara, notes map[*doc.Footnote]*setPara) *Result {
	r := &Result{Width: housestyle.PageWidth.Pt(), Height: housestyle.PageHeight.Pt()}
	var lines []bodyLine
	for _, p := range body {
		for i := range p.lines {
			lines = append(lines, bodyLine{para: p, index: i, line: &p.lines[i]})
		}
	}
	top, bottom := housestyle.MarginTop.Pt(), (housestyle.PageHeight - housestyle.MarginBottom).Pt()
	avail := bottom - top
	placed := map[*doc.Footnote]bool{}
	var carry []*setLine // footnote lines continued from the previous page

	for i := 0; i < len(lines) || len(carry) > 0; {
		// Fill the page as far as lines and their footnotes fit.
		y := 0.0
		noteH := carriedHeight(carry)
		pending := map[*doc.Footnote]bool{}
		j := i
		for ; j < len(lines); j++ {
			ln := lines[j]
			if j > i && ln.index == 0 && ln.para.pageBreak {
				break
			}
			h := ln.line.height
			if j > i && ln.index == 0 {
				h += ln.para.before
			}
			nh := newNotesHeight(ln.line.notes, notes, placed, pending, noteH == 0)
			if y+h+noteH+nh > avail {
				// A footnote is split only when it must: when with its line it
				// would not fit even on an empty page. Then the page ends
				// here, holding its first lines; placePage carries the rest.
				if h+nh > avail && y+h+noteH+minNoteSplit(ln.line.notes, notes) <= avail {
					j++
				}
				break
			}
			y += h
			noteH += nh
			for _, n := range ln.line.notes {
				pending[n] = true
			}
		}
		// Back up to a legal break: no orphan, widow, lone call or heading at the foot.
		k := j
		if j < len(lines) {
			for k > i && !canBreakBefore(lines, k) {
				k--
			}
			if k == i {
				k = max(j, i+1) // no legal break: a paragraph longer than the page
			}
		}
		if k > len(lines) {
			k = len(lines)
		}
		page := &Page{}
		r.Pages = append(r.Pages, page)
		pageNo := len(r.Pages)
		carry = placePage(r, page, pageNo, lines[i:k], notes, placed, carry, top, bottom)
		if pageNo > 1 {
			addPageNumber(page, pageNo, r.Width)
		}
		if k == i && len(carry) == 0 {
			break // nothing left to place (defensive: never loop forever)
		}
		i = k
	}
	return r
}

// minNoteSplit is the least of a line's footnotes that must stay on its
// page when the note is split: the separator and two lines.
func minNoteSplit(cited []*doc.Footnote, notes map[*doc.Footnote]*setPara) float64 {
	for _, n := range cited {
		if p := notes[n]; p != nil && len(p.lines) > 0 {
			return noteSeparatorSpace + p.before + 2*p.lines[0].height
		}
	}
	return 0
}

// canBreakBefore reports whether a page may end just before lines[k].
func canBreakBefore(lines []bodyLine, k int) bool {
	prev, next := lines[k-1], lines[k]
	if next.index == 0 && next.para.pageBreak {
		return true
	}
	if prev.para == next.para {
		p := prev.para
		n := len(p.lines)
		switch {
		case p.keepLines:
			return false
		case prev.index == 0: // orphan: a first line alone at the foot
			return false
		case next.index == n-1: // widow: a last line alone at the head
			return false
		}
		return true
	}
	return !prev.para.keepNext && prev.para.kind != kindCall && prev.para.kind != kindHeading
}

// newNotesHeight is the height the footnotes first cited by a line add to
// the page, the separator included when they are the page's first.
func newNotesHeight(cited []*doc.Footnote, notes map[*doc.Footnote]*setPara, placed, pending map[*doc.Footnote]bool, first bool) float64 {
	h := 0.0
	for _, n := range cited {
		p := notes[n]
		if p == nil || placed[n] || pending[n] {
			continue
		}
		if first && h == 0 {
			h += noteSeparatorSpace
		}
		h += p.before
		for _, l := range p.lines {
			h += l.height
		}
	}
	return h
}

func carriedHeight(carry []*setLine) float64 {
	if len(carry) == 0 {
		return 0
	}
	h := noteSeparatorSpace
	for _, l := range carry {
		h += l.height
	}
	return h
}

// placePage positions a page's body lines from the top of the text block
// and its footnotes up from the bottom. It returns the footnote lines that
// did not fit (only when one footnote is taller than the room left).
func placePage(r *Result, page *Page, pageNo int, lines []bodyLine, notes map[*doc.Footnote]*setPara,
	placed map[*doc.Footnote]bool, carry []*setLine, top, bottom float64) []*setLine {
	left := housestyle.MarginLeft.Pt()
	y := top
	var noteLines []*setLine
	var noteBefore []float64
	noteLines = append(noteLines, carry...)
	for range carry {
		noteBefore = append(noteBefore, 0)
	}
	for n, ln := range lines {
		if n > 0 && ln.index == 0 {
			y += ln.para.before
		}
		if ln.index == 0 {
			for _, name := range ln.para.dests {
				page.Dests = append(page.Dests, Dest{Name: name, Y: y})
			}
			if b := ln.para.bookmark; b != nil {
				page.Bookmarks = append(page.Bookmarks, Bookmark{Title: b.Title, Level: b.Level, Y: y})
			}
		}
		emitLine(r, page, pageNo, ln.line, left, y)
		y += ln.line.height
		for _, fn := range ln.line.notes {
			if p := notes[fn]; p != nil && !placed[fn] {
				placed[fn] = true
				for i := range p.lines {
					noteLines = append(noteLines, &p.lines[i])
					b := 0.0
					if i == 0 {
						b = p.before
					}
					noteBefore = append(noteBefore, b)
				}
			}
		}
	}
	if len(noteLines) == 0 {
		return nil
	}
	// Footnotes sit at the foot; what does not fit under the body goes on.
	room := bottom - y - noteSeparatorSpace
	h, fit := 0.0, 0
	for i, l := range noteLines {
		if h+noteBefore[i]+l.height > room && fit > 0 {
			break
		}
		h += noteBefore[i] + l.height
		fit++
	}
	ny := bottom - h
	page.Rules = append(page.Rules, Rule{X1: left, X2: left + noteSeparatorLen, Y: ny - noteSeparatorSpace/2, Width: 0.5})
	for i, l := range noteLines[:fit] {
		ny += noteBefore[i]
		emitLine(r, page, pageNo, l, left, ny)
		ny += l.height
	}
	return noteLines[fit:]
}

// emitLine copies a set line to the page with its top at y.
func emitLine(r *Result, page *Page, pageNo int, l *setLine, left, y float64) {
	base := y + l.ascent
	for _, run := range l.runs {
		run.X += left
		run.Y += base
		page.Runs = append(page.Runs, run)
	}
	size := l.height / 1.15
	for _, m := range l.marks {
		m.X += left
		m.Y, m.H = base-0.85*size, 1.1*size
		page.Marks = append(page.Marks, m)
	}
	for _, k := range l.links {
		k.X += left
		k.Y, k.H = base-0.85*size, 1.1*size
		page.Links = append(page.Links, k)
	}
	for _, s := range l.strokes {
		page.Strokes = append(page.Strokes, Stroke{X1: s.X1 + left, Y1: s.Y1 + y, X2: s.X2 + left, Y2: s.Y2 + y, Width: s.Width})
	}
	if l.toc != "" {
		r.tocs = append(r.tocs, tocLine{page: page, base: base, right: l.info.Right + left, size: size, target: l.toc})
	}
	info := l.info
	info.Page, info.Y = pageNo, base
	info.Left += left
	info.Right += left
	info.Limit += left
	r.Lines = append(r.Lines, info)
}

// addPageNumber puts the page number centred in the header (house-style §11).
func addPageNumber(page *Page, n int, width float64) {
	st := housestyle.Header
	m, err := FaceMetrics(Regular)
	if err != nil {
		return
	}
	text := strconv.Itoa(n)
	w := m.Width(text, st.SizePt())
	page.Runs = append(page.Runs, Run{X: (width - w) / 2, Y: housestyle.HeaderDistance.Pt() + m.Ascender*st.SizePt(),
		Text: text, Face: Regular, Size: st.SizePt()})
}
