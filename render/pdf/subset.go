package pdf

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
)

// subsetFont returns a TrueType file holding only the glyphs needed to draw
// runes with ttf (plus .notdef and the components of composite glyphs),
// renumbered densely from 0 in the order of their original IDs, so that the
// output depends only on its input. Runes the font lacks are skipped.
//
// gopdf parses a font whole and writes full-length loca and hmtx tables
// into every PDF; handed a subset of the glyphs a document draws, it does
// far less work. The file keeps what gopdf's parser reads and nothing else:
// cmap, glyf, loca (long), hmtx (one metric per glyph), hhea, maxp, head,
// kern (one format 0 subtable), name, OS/2 and a version 3 post header.
func subsetFont(ttf []byte, runes []rune) ([]byte, error) {
	f, err := parseFace(ttf)
	if err != nil {
		return nil, err
	}
	chars, err := f.charGlyphs(runes)
	if err != nil {
		return nil, err
	}
	keep, err := f.closure(chars)
	if err != nil {
		return nil, err
	}
	newID := make(glyphMap, f.numGlyphs)
	for i := range newID {
		newID[i] = -1
	}
	for i, g := range keep {
		newID[g] = int32(i)
	}
	glyf, loca, err := f.subsetGlyphs(keep, newID)
	if err != nil {
		return nil, err
	}
	hmtx, err := f.subsetHmtx(keep)
	if err != nil {
		return nil, err
	}
	cmap, err := buildCmap(chars, newID)
	if err != nil {
		return nil, err
	}
	tables := []sfntTable{
		{"cmap", cmap},
		{"glyf", glyf},
		{"loca", loca},
		{"hmtx", hmtx},
		{"head", f.subsetHead()},
		{"hhea", withUint16(f.hhea, 34, len(keep))}, // numberOfHMetrics
		{"maxp", withUint16(f.maxp, 4, len(keep))},  // numGlyphs
		{"name", f.name},
		{"OS/2", f.os2},
		{"post", f.subsetPost()},
	}
	kern, err := f.subsetKern(newID)
	if err != nil {
		return nil, err
	}
	if kern != nil {
		tables = append(tables, sfntTable{"kern", kern})
	}
	out := assemble([]byte{0, 1, 0, 0}, tables)
	// The head checksum in the directory was taken with the adjustment 0,
	// as the specification asks; the adjustment makes the file sum to a
	// fixed value.
	binary.BigEndian.PutUint32(tableData(out, "head")[8:], 0xB1B0AFBA-checksum(out))
	return out, nil
}

// subsetErr is an error about the font being subset.
func subsetErr(format string, args ...any) error {
	return fmt.Errorf("font subset: "+format, args...)
}

// face holds the tables of a TrueType file that a subset is made from.
type face struct {
	glyf, loca, hmtx, cmap, kern      []byte
	head, hhea, maxp, name, os2, post []byte
	numGlyphs, numHMetrics            int
	longLoca                          bool
	cmap4, cmap12                     []byte // (3,1) format 4 and (3,10) format 12 subtables
}

// parseFace finds the tables subsetFont reads and checks their headers.
func parseFace(ttf []byte) (*face, error) {
	if len(ttf) < 12 {
		return nil, subsetErr("file of %d bytes is too short", len(ttf))
	}
	// A table that runs past the end, its padding to four bytes included,
	// means a truncated file, even when it is one the subset does not read.
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	for i := 0; i < n; i++ {
		e := 12 + 16*i
		if e+16 > len(ttf) {
			return nil, subsetErr("table directory of %d entries is cut short", n)
		}
		off, length := uint64(binary.BigEndian.Uint32(ttf[e+8:])), uint64(binary.BigEndian.Uint32(ttf[e+12:]))
		if off+(length+3)&^3 > uint64(len(ttf)) {
			return nil, subsetErr("%s table runs past the end of the file", ttf[e:e+4])
		}
	}
	f := &face{}
	for _, t := range []struct {
		tag string
		min int
		dst *[]byte
	}{
		{"head", 54, &f.head}, {"hhea", 36, &f.hhea}, {"maxp", 6, &f.maxp},
		{"hmtx", 4, &f.hmtx}, {"loca", 4, &f.loca}, {"glyf", 0, &f.glyf},
		{"cmap", 4, &f.cmap}, {"name", 6, &f.name}, {"OS/2", 78, &f.os2},
		{"post", 32, &f.post},
	} {
		*t.dst = tableData(ttf, t.tag)
		if *t.dst == nil {
			return nil, subsetErr("no %s table", t.tag)
		}
		if len(*t.dst) < t.min {
			return nil, subsetErr("%s table of %d bytes is too short", t.tag, len(*t.dst))
		}
	}
	f.kern = tableData(ttf, "kern") // optional
	if binary.BigEndian.Uint32(f.head[12:]) != 0x5F0F3CF5 {
		return nil, subsetErr("head table has a bad magic number")
	}
	f.longLoca = binary.BigEndian.Uint16(f.head[50:]) == 1
	f.numGlyphs = int(binary.BigEndian.Uint16(f.maxp[4:]))
	f.numHMetrics = int(binary.BigEndian.Uint16(f.hhea[34:]))
	if f.numGlyphs == 0 || f.numHMetrics == 0 {
		return nil, subsetErr("%d glyphs, %d horizontal metrics", f.numGlyphs, f.numHMetrics)
	}
	if f.locaOffset(f.numGlyphs+1) > len(f.loca) {
		return nil, subsetErr("loca table of %d bytes for %d glyphs", len(f.loca), f.numGlyphs)
	}
	return f, f.findCmaps()
}

// findCmaps finds the Unicode subtables gopdf reads: (3,1) format 4 for the
// BMP, which it requires, and (3,10) format 12 beyond.
func (f *face) findCmaps() error {
	n := int(binary.BigEndian.Uint16(f.cmap[2:]))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(f.cmap) {
			return subsetErr("cmap table is truncated")
		}
		platform, encoding := binary.BigEndian.Uint16(f.cmap[rec:]), binary.BigEndian.Uint16(f.cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(f.cmap[rec+4:]))
		if off < 0 || off+2 > len(f.cmap) {
			return subsetErr("cmap subtable (%d,%d) is outside the table", platform, encoding)
		}
		sub, format := f.cmap[off:], binary.BigEndian.Uint16(f.cmap[off:])
		switch {
		case platform == 3 && encoding == 1 && format == 4:
			f.cmap4 = sub
		case platform == 3 && encoding == 10 && format == 12:
			f.cmap12 = sub
		}
	}
	if f.cmap4 == nil {
		return subsetErr("no Windows Unicode BMP (3,1) format 4 cmap")
	}
	if len(f.cmap4) < 14 {
		return subsetErr("cmap format 4 subtable is truncated")
	}
	segX2 := int(binary.BigEndian.Uint16(f.cmap4[6:]))
	if segX2%2 != 0 || 16+4*segX2 > len(f.cmap4) {
		return subsetErr("cmap format 4 subtable: bad segment count")
	}
	if f.cmap12 != nil && (len(f.cmap12) < 16 || 16+12*int(binary.BigEndian.Uint32(f.cmap12[12:])) > len(f.cmap12)) {
		return subsetErr("cmap format 12 subtable is truncated")
	}
	return nil
}

// charGlyph is a rune and the glyph that draws it.
type charGlyph struct {
	r rune
	g uint16
}

// charGlyphs maps runes to glyphs, sorted by rune, without duplicates or
// runes the font lacks.
func (f *face) charGlyphs(runes []rune) ([]charGlyph, error) {
	rs := slices.Clone(runes)
	slices.Sort(rs)
	rs = slices.Compact(rs)
	var out []charGlyph
	for _, r := range rs {
		if r == 0xFFFF { // a noncharacter, where gopdf's format 4 parser stops
			continue
		}
		g, err := f.lookup(r)
		if err != nil {
			return nil, err
		}
		if g != 0 && int(g) < f.numGlyphs {
			out = append(out, charGlyph{r, g})
		}
	}
	return out, nil
}

// lookup returns the glyph of r, 0 if none, as gopdf maps it: format 4
// within the BMP, format 12 beyond.
func (f *face) lookup(r rune) (uint16, error) {
	if r < 0 || r > 0x10FFFF {
		return 0, nil
	}
	if r > 0xFFFF {
		return f.lookup12(r), nil
	}
	sub, c := f.cmap4, int(r)
	segX2 := int(binary.BigEndian.Uint16(sub[6:]))
	word := func(at int) int { return int(binary.BigEndian.Uint16(sub[at:])) }
	ends, starts, deltas, ranges := 14, 16+segX2, 16+2*segX2, 16+3*segX2
	i := 2 * sort.Search(segX2/2, func(i int) bool { return word(ends+2*i) >= c })
	if i == segX2 || word(starts+i) > c {
		return 0, nil
	}
	delta, ro := word(deltas+i), word(ranges+i)
	if ro == 0 {
		return uint16(c + delta), nil
	}
	at := ranges + i + ro + 2*(c-word(starts+i))
	if at+2 > len(sub) {
		return 0, subsetErr("cmap format 4: glyph of U+%04X is outside the subtable", r)
	}
	if g := word(at); g != 0 {
		return uint16(g + delta), nil
	}
	return 0, nil
}

// lookup12 returns the glyph of r in the format 12 subtable, 0 if none.
func (f *face) lookup12(r rune) uint16 {
	sub := f.cmap12
	if sub == nil {
		return 0
	}
	n := int(binary.BigEndian.Uint32(sub[12:]))
	c := uint32(r)
	i := sort.Search(n, func(i int) bool { return binary.BigEndian.Uint32(sub[16+12*i+4:]) >= c })
	if i == n {
		return 0
	}
	grp := sub[16+12*i:]
	start, g := binary.BigEndian.Uint32(grp), uint64(binary.BigEndian.Uint32(grp[8:]))
	if c < start || g+uint64(c-start) > 0xFFFF {
		return 0
	}
	return uint16(g + uint64(c-start))
}

// locaOffset returns where entry i of loca starts.
func (f *face) locaOffset(i int) int {
	if f.longLoca {
		return 4 * i
	}
	return 2 * i
}

// glyph returns the glyf record of glyph g.
func (f *face) glyph(g uint16) ([]byte, error) {
	at := func(i int) int {
		o := f.locaOffset(i)
		if f.longLoca {
			return int(binary.BigEndian.Uint32(f.loca[o:]))
		}
		return 2 * int(binary.BigEndian.Uint16(f.loca[o:]))
	}
	start, end := at(int(g)), at(int(g)+1)
	if start < 0 || start > end || end > len(f.glyf) {
		return nil, subsetErr("glyph %d: loca gives %d..%d in a glyf table of %d bytes", g, start, end, len(f.glyf))
	}
	return f.glyf[start:end], nil
}

// closure returns .notdef, the glyphs of chars and, recursively, the
// components of composite glyphs, in the order of their IDs.
func (f *face) closure(chars []charGlyph) ([]uint16, error) {
	seen := make([]bool, f.numGlyphs)
	seen[0] = true
	keep := []uint16{0}
	for _, c := range chars {
		if !seen[c.g] {
			seen[c.g] = true
			keep = append(keep, c.g)
		}
	}
	for i := 0; i < len(keep); i++ { // keep grows as components are found
		rec, err := f.glyph(keep[i])
		if err != nil {
			return nil, err
		}
		comps, err := components(keep[i], rec)
		if err != nil {
			return nil, err
		}
		for _, at := range comps {
			c := binary.BigEndian.Uint16(rec[at:])
			if int(c) >= f.numGlyphs {
				return nil, subsetErr("glyph %d: component %d of %d glyphs", keep[i], c, f.numGlyphs)
			}
			if !seen[c] {
				seen[c] = true
				keep = append(keep, c)
			}
		}
	}
	slices.Sort(keep)
	return keep, nil
}

// components returns where the component glyph indices of a composite
// glyph record are; none for a simple or empty glyph.
func components(g uint16, rec []byte) ([]int, error) {
	if len(rec) == 0 {
		return nil, nil
	}
	if len(rec) < 10 {
		return nil, subsetErr("glyph %d: record of %d bytes", g, len(rec))
	}
	if int16(binary.BigEndian.Uint16(rec)) >= 0 {
		return nil, nil
	}
	starts, _, ok := compositeParts(rec)
	if !ok {
		return nil, subsetErr("glyph %d: composite record is truncated", g)
	}
	out := make([]int, len(starts))
	for i, at := range starts {
		out[i] = at + 2 // the glyph index follows the flags
	}
	return out, nil
}

// glyphMap maps original glyph IDs to new ones, -1 for glyphs left out.
type glyphMap []int32

// get returns the new ID of glyph g and whether it is kept.
func (m glyphMap) get(g uint16) (uint16, bool) {
	if int(g) >= len(m) || m[g] < 0 {
		return 0, false
	}
	return uint16(m[g]), true
}

// subsetGlyphs returns the glyf and long loca tables of the kept glyphs,
// composite glyphs pointing at their components' new IDs. Records stay
// 4-byte aligned, as dehint leaves them.
func (f *face) subsetGlyphs(keep []uint16, newID glyphMap) (glyf, loca []byte, err error) {
	recs := make([][]byte, len(keep))
	size := 0
	for i, g := range keep {
		if recs[i], err = f.glyph(g); err != nil {
			return nil, nil, err
		}
		size += len(recs[i]) + 3
	}
	glyf, loca = make([]byte, 0, size), make([]byte, 4*(len(keep)+1))
	for i, g := range keep {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		rec := recs[i]
		comps, err := components(g, rec)
		if err != nil {
			return nil, nil, err
		}
		start := len(glyf)
		glyf = append(glyf, rec...)
		for _, at := range comps {
			binary.BigEndian.PutUint16(glyf[start+at:], uint16(newID[binary.BigEndian.Uint16(rec[at:])]))
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	binary.BigEndian.PutUint32(loca[4*len(keep):], uint32(len(glyf)))
	return glyf, loca, nil
}

// subsetHmtx returns an hmtx table with a full metric for each kept glyph.
// Past numberOfHMetrics a glyph has the last advance and its own bearing.
func (f *face) subsetHmtx(keep []uint16) ([]byte, error) {
	out := make([]byte, 4*len(keep))
	n := f.numHMetrics
	for i, g := range keep {
		adv, lsb := 4*min(int(g), n-1), 4*int(g)+2
		if int(g) >= n {
			lsb = 4*n + 2*(int(g)-n)
		}
		if adv+2 > len(f.hmtx) || lsb+2 > len(f.hmtx) {
			return nil, subsetErr("glyph %d has no metric in an hmtx table of %d bytes", g, len(f.hmtx))
		}
		copy(out[4*i:], f.hmtx[adv:adv+2])
		copy(out[4*i+2:], f.hmtx[lsb:lsb+2])
	}
	return out, nil
}

// subsetHead returns the head table with long loca offsets and the
// checksum adjustment zeroed, to be set once the file is assembled.
func (f *face) subsetHead() []byte {
	head := withUint16(f.head, 50, 1)
	binary.BigEndian.PutUint32(head[8:], 0)
	return head
}

// subsetPost returns the post header as version 3: no glyph names.
func (f *face) subsetPost() []byte {
	post := slices.Clone(f.post[:32])
	binary.BigEndian.PutUint32(post, 0x00030000)
	return post
}

// withUint16 returns a copy of table with v at offset at.
func withUint16(table []byte, at, v int) []byte {
	out := slices.Clone(table)
	binary.BigEndian.PutUint16(out[at:], uint16(v))
	return out
}

// buildCmap returns a cmap table mapping chars to their new glyphs: a
// (3,1) format 4 subtable, which gopdf requires, and a (3,10) format 12
// one when a rune lies beyond the BMP.
func buildCmap(chars []charGlyph, newID glyphMap) ([]byte, error) {
	sub4, err := cmapFormat4(chars, newID)
	if err != nil {
		return nil, err
	}
	subs := [][]byte{sub4}
	if len(chars) > 0 && chars[len(chars)-1].r > 0xFFFF {
		subs = append(subs, cmapFormat12(chars, newID))
	}
	encodings := []uint16{1, 10}
	out := make([]byte, 4+8*len(subs))
	binary.BigEndian.PutUint16(out[2:], uint16(len(subs)))
	for i, sub := range subs {
		binary.BigEndian.PutUint16(out[4+8*i:], 3)
		binary.BigEndian.PutUint16(out[4+8*i+2:], encodings[i])
		binary.BigEndian.PutUint32(out[4+8*i+4:], uint32(len(out)))
		out = append(out, sub...)
	}
	return out, nil
}

// cmapFormat4 returns a format 4 subtable for the BMP runes of chars: one
// segment per run of consecutive runes with consecutive glyphs, by idDelta
// alone, then the closing 0xFFFF segment. U+FFFF itself is left out:
// gopdf's parser stops at it.
func cmapFormat4(chars []charGlyph, newID glyphMap) ([]byte, error) {
	type segment struct{ start, end, delta uint16 }
	var segs []segment
	for _, c := range chars {
		if c.r >= 0xFFFF {
			break
		}
		r, delta := uint16(c.r), uint16(newID[c.g])-uint16(c.r)
		if n := len(segs); n > 0 && segs[n-1].end+1 == r && segs[n-1].delta == delta {
			segs[n-1].end = r
			continue
		}
		segs = append(segs, segment{r, r, delta})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, subsetErr("%d cmap segments do not fit a format 4 subtable", n)
	}
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	out := make([]byte, length)
	put := func(at, v int) { binary.BigEndian.PutUint16(out[at:], uint16(v)) }
	put(0, 4)
	put(2, length)
	put(6, 2*n)
	put(8, 2<<sel) // searchRange
	put(10, sel)   // entrySelector
	put(12, 2*n-2<<sel)
	for i, s := range segs {
		put(14+2*i, int(s.end))
		put(16+2*n+2*i, int(s.start))
		put(16+4*n+2*i, int(s.delta)) // idRangeOffset (16+6n) stays 0
	}
	return out, nil
}

// cmapFormat12 returns a format 12 subtable for all of chars: one group
// per run of consecutive runes with consecutive glyphs.
func cmapFormat12(chars []charGlyph, newID glyphMap) []byte {
	type group struct{ start, end, glyph uint32 }
	var groups []group
	for _, c := range chars {
		r, g := uint32(c.r), uint32(newID[c.g])
		if n := len(groups); n > 0 && groups[n-1].end+1 == r && groups[n-1].glyph+r-groups[n-1].start == g {
			groups[n-1].end = r
			continue
		}
		groups = append(groups, group{r, r, g})
	}
	out := make([]byte, 16+12*len(groups))
	binary.BigEndian.PutUint16(out, 12)
	binary.BigEndian.PutUint32(out[4:], uint32(len(out)))
	binary.BigEndian.PutUint32(out[12:], uint32(len(groups)))
	for i, g := range groups {
		binary.BigEndian.PutUint32(out[16+12*i:], g.start)
		binary.BigEndian.PutUint32(out[16+12*i+4:], g.end)
		binary.BigEndian.PutUint32(out[16+12*i+8:], g.glyph)
	}
	return out
}

// subsetKern returns a kern table of the pairs between kept glyphs, nil if
// there are none. It reads what gopdf reads: a version 0 table whose last
// format 0 subtable holds all the pairs (gopdf starts its map afresh at
// each subtable). Pairs are read by count, not by subtable length, which
// overflows in fonts with many pairs.
func (f *face) subsetKern(newID glyphMap) ([]byte, error) {
	k := f.kern
	if len(k) < 4 || binary.BigEndian.Uint16(k) != 0 {
		return nil, nil
	}
	type pair struct {
		glyphs uint32 // left<<16 | right, new IDs
		value  int16
	}
	var coverage uint16
	var pairs []pair
	at := 4
	for range int(binary.BigEndian.Uint16(k[2:])) {
		if at+6 > len(k) {
			return nil, subsetErr("kern table is truncated")
		}
		length, cov := int(binary.BigEndian.Uint16(k[at+2:])), binary.BigEndian.Uint16(k[at+4:])
		if cov>>8 != 0 { // not format 0: skip by length
			if length < 6 {
				return nil, subsetErr("kern subtable of %d bytes", length)
			}
			at += length
			continue
		}
		if at+14 > len(k) {
			return nil, subsetErr("kern table is truncated")
		}
		n := int(binary.BigEndian.Uint16(k[at+6:]))
		at += 14
		if at+6*n > len(k) {
			return nil, subsetErr("kern table of %d bytes is too short for %d pairs", len(k), n)
		}
		coverage, pairs = cov, pairs[:0]
		for ; n > 0; n, at = n-1, at+6 {
			l, lok := newID.get(binary.BigEndian.Uint16(k[at:]))
			r, rok := newID.get(binary.BigEndian.Uint16(k[at+2:]))
			if lok && rok {
				pairs = append(pairs, pair{uint32(l)<<16 | uint32(r), int16(binary.BigEndian.Uint16(k[at+4:]))})
			}
		}
	}
	// By left, then right, as the specification asks; of a pair listed
	// twice the last counts, as in gopdf's map.
	slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(a.glyphs, b.glyphs) })
	kept := pairs[:0]
	for i, p := range pairs {
		if i+1 == len(pairs) || pairs[i+1].glyphs != p.glyphs {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return nil, nil
	}
	n := len(kept)
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	out := make([]byte, 18+6*n)
	put := func(at, v int) { binary.BigEndian.PutUint16(out[at:], uint16(v)) }
	put(2, 1)      // nTables
	put(6, 14+6*n) // subtable length: wraps past 10920 pairs, as in fonts; read by count
	put(8, int(coverage))
	put(10, n)
	put(12, 6<<sel) // searchRange
	put(14, sel)    // entrySelector
	put(16, 6*n-6<<sel)
	for i, p := range kept {
		binary.BigEndian.PutUint32(out[18+6*i:], p.glyphs)
		put(18+6*i+4, int(p.value))
	}
	return out, nil
}
