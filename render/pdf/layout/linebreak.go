package layout

import "math"

// The line breaker is Knuth and Plass's total-fit algorithm ("Breaking
// paragraphs into lines", 1981): a paragraph is a list of boxes (text),
// glue (spaces that stretch and shrink) and penalties (other places to
// break); it chooses the breaks that minimise the demerits of the whole
// paragraph rather than filling each line greedily.

type itemKind uint8

const (
	box itemKind = iota
	glue
	penalty
)

// item is one element of a paragraph for the line breaker.
type item struct {
	kind    itemKind
	width   float64
	stretch float64
	shrink  float64
	penalty float64 // for penalties; ±infinity forbid or force a break
	flagged bool    // a break here ends the line with a hyphen already drawn
	frag    int     // index of the fragment a box draws; -1 for none
}

const (
	infPenalty   = 10000
	linePenalty  = 10
	flagDemerits = 3000
	fitDemerits  = 3000
)

// breakParams control one run of the breaker.
type breakParams struct {
	width     func(line int) float64 // available width of a line (0-based)
	tolerance float64                // largest adjustment ratio accepted
	ragged    float64                // extra stretch at every line end (ragged right or centred)
}

type node struct {
	pos      int // index of the break item; -1 for the start
	line     int // lines before this break
	fitness  int
	w, y, z  float64 // totals after the break
	demerits float64
	prev     *node
}

// breakLines returns the indices of the items the lines end at (the last is
// the final forced break), or nil when no set of breaks is within tolerance.
func breakLines(items []item, p breakParams) []int {
	var sumW, sumY, sumZ float64
	active := []*node{{pos: -1, fitness: 1}}
	for i, it := range items {
		switch it.kind {
		case box:
			sumW += it.width
			continue
		case glue:
			if i == 0 || items[i-1].kind != box {
				sumW, sumY, sumZ = sumW+it.width, sumY+it.stretch, sumZ+it.shrink
				continue
			}
		case penalty:
			if it.penalty >= infPenalty {
				continue
			}
		}
		active = tryBreak(items, i, active, sumW, sumY, sumZ, p)
		if len(active) == 0 {
			return nil
		}
		if it.kind == glue {
			sumW, sumY, sumZ = sumW+it.width, sumY+it.stretch, sumZ+it.shrink
		}
	}
	var best *node
	for _, a := range active {
		if a.pos == len(items)-1 && (best == nil || a.demerits < best.demerits) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	var breaks []int
	for n := best; n != nil && n.pos >= 0; n = n.prev {
		breaks = append(breaks, n.pos)
	}
	for i, j := 0, len(breaks)-1; i < j; i, j = i+1, j-1 {
		breaks[i], breaks[j] = breaks[j], breaks[i]
	}
	return breaks
}

// tryBreak considers a break at item b against every active node.
func tryBreak(items []item, b int, active []*node, sumW, sumY, sumZ float64, p breakParams) []*node {
	it := items[b]
	var best [4]*node
	kept := active[:0]
	for _, a := range active {
		length := sumW - a.w
		if it.kind == penalty {
			length += it.width
		}
		avail := p.width(a.line)
		var r float64
		switch {
		case length < avail:
			if st := sumY - a.y + p.ragged; st > 0 {
				r = (avail - length) / st
			} else {
				r = math.Inf(1)
			}
		case length > avail:
			if sh := sumZ - a.z; sh > 0 {
				r = (avail - length) / sh
			} else {
				r = math.Inf(-1)
			}
		}
		forced := it.kind == penalty && it.penalty <= -infPenalty
		if r >= -1 && !forced {
			kept = append(kept, a)
		}
		if r < -1 || r > p.tolerance {
			continue
		}
		bad := 100 * math.Pow(math.Abs(r), 3)
		d := linePenalty + bad
		d *= d
		if it.kind == penalty {
			switch {
			case it.penalty >= 0:
				d += it.penalty * it.penalty
			case it.penalty > -infPenalty:
				d -= it.penalty * it.penalty
			}
			if it.flagged && a.pos >= 0 && items[a.pos].kind == penalty && items[a.pos].flagged {
				d += flagDemerits
			}
		}
		fit := fitness(r)
		if a.pos >= 0 && absInt(fit-a.fitness) > 1 {
			d += fitDemerits
		}
		d += a.demerits
		if best[fit] == nil || d < best[fit].demerits {
			best[fit] = &node{pos: b, line: a.line + 1, fitness: fit, demerits: d, prev: a}
		}
	}
	// Totals after the break skip the glue and penalties that vanish there.
	w, y, z := sumW, sumY, sumZ
	for j := b; j < len(items); j++ {
		if items[j].kind == box || (j > b && items[j].kind == penalty && items[j].penalty <= -infPenalty) {
			break
		}
		if items[j].kind == glue {
			w, y, z = w+items[j].width, y+items[j].stretch, z+items[j].shrink
		}
	}
	for _, n := range best {
		if n != nil {
			n.w, n.y, n.z = w, y, z
			kept = append(kept, n)
		}
	}
	return kept
}

func fitness(r float64) int {
	switch {
	case r < -0.5:
		return 0
	case r <= 0.5:
		return 1
	case r <= 1:
		return 2
	default:
		return 3
	}
}

func absInt(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// greedyLines breaks first-fit, for paragraphs no total-fit solution fits
// (a word wider than the line); a line overflows only when one word does.
func greedyLines(items []item, p breakParams) []int {
	var breaks []int
	line, width, lastBreak := 0, 0.0, -1
	start := true
	for i := 0; i < len(items); i++ {
		it := items[i]
		if start && it.kind != box {
			if it.kind == penalty && it.penalty <= -infPenalty && i == len(items)-1 {
				breaks = append(breaks, i)
			}
			continue
		}
		start = false
		switch it.kind {
		case box:
			width += it.width
			if width > p.width(line) && lastBreak >= 0 {
				breaks = append(breaks, lastBreak)
				line++
				i, width, lastBreak, start = lastBreak, 0, -1, true
			}
		case glue:
			if items[i-1].kind == box {
				lastBreak = i
			}
			width += it.width
		case penalty:
			if it.penalty <= -infPenalty {
				breaks = append(breaks, i)
				line++
				width, lastBreak, start = 0, -1, true
			} else if it.penalty < infPenalty && width+it.width <= p.width(line) {
				lastBreak = i
			}
		}
	}
	return breaks
}
