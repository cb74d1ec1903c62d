package pdf

import (
	"encoding/binary"
	"sort"
	"sync"

	"opinionc/fonts"
)

// hintTables hold the TrueType hinting programs. They go, but only
// together with every glyph's own instructions (see [dehint]): a glyph
// program that calls a function of a missing fpgm would fail in a viewer
// that runs hints. Hints only sharpen glyphs on low-resolution screens.
var hintTables = map[string]bool{"fpgm": true, "prep": true, "cvt ": true, "hdmx": true, "LTSH": true, "VDMX": true}

var (
	embedOnce [4]sync.Once
	embedTTF  [4][]byte
)

// embeddable returns the face without hinting, built once per process: the
// source of every document's subset (see [subsetFont]), which keeps none of
// the hinting tables, so its glyphs must not call them.
func embeddable(f fonts.Style) []byte {
	i := int(f) & 3
	embedOnce[i].Do(func() { embedTTF[i] = stripHints(fonts.TTF(f)) })
	return embedTTF[i]
}

// stripHints rewrites a TrueType file without hintTables and without glyph
// instructions. On anything unexpected it returns the file as is.
func stripHints(ttf []byte) []byte {
	if len(ttf) < 12 {
		return ttf
	}
	dehinted := dehint(ttf)
	if dehinted == nil {
		return ttf
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	var tables []sfntTable
	for i := 0; i < n; i++ {
		e := 12 + 16*i
		if e+16 > len(ttf) {
			return ttf
		}
		tag := string(ttf[e : e+4])
		off, length := int(binary.BigEndian.Uint32(ttf[e+8:])), int(binary.BigEndian.Uint32(ttf[e+12:]))
		if off < 0 || length < 0 || off+length > len(ttf) {
			return ttf
		}
		switch {
		case hintTables[tag]:
		case dehinted[tag] != nil:
			tables = append(tables, sfntTable{tag, dehinted[tag]})
		default:
			tables = append(tables, sfntTable{tag, ttf[off : off+length]})
		}
	}
	return assemble(ttf[:4], tables)
}

// sfntTable is one table of a TrueType file being assembled.
type sfntTable struct {
	tag  string
	data []byte
}

// assemble builds a TrueType file of the given sfnt version (4 bytes) from
// tables: directory sorted by tag, tables 4-byte aligned, checksums set.
func assemble(version []byte, tables []sfntTable) []byte {
	sort.Slice(tables, func(a, b int) bool { return tables[a].tag < tables[b].tag })

	out := make([]byte, 12+16*len(tables))
	copy(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(len(tables)))
	sel := 0
	for 1<<(sel+1) <= len(tables) {
		sel++
	}
	binary.BigEndian.PutUint16(out[6:], uint16(16<<sel))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(16*len(tables)-16<<sel))
	for i, t := range tables {
		e := 12 + 16*i
		copy(out[e:], t.tag)
		binary.BigEndian.PutUint32(out[e+4:], checksum(t.data))
		binary.BigEndian.PutUint32(out[e+8:], uint32(len(out)))
		binary.BigEndian.PutUint32(out[e+12:], uint32(len(t.data)))
		out = append(out, t.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// tableData returns the named table of a TrueType file; nil if absent.
func tableData(ttf []byte, tag string) []byte {
	if len(ttf) < 12 {
		return nil
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	for i := 0; i < n; i++ {
		e := 12 + 16*i
		if e+16 > len(ttf) {
			return nil
		}
		if string(ttf[e:e+4]) == tag {
			off, length := int(binary.BigEndian.Uint32(ttf[e+8:])), int(binary.BigEndian.Uint32(ttf[e+12:]))
			if off < 0 || length < 0 || off+length > len(ttf) {
				return nil
			}
			return ttf[off : off+length]
		}
	}
	return nil
}

// dehint returns new glyf, loca (long offsets) and head tables in which no
// glyph carries instructions, or nil when the font is not as expected.
func dehint(ttf []byte) map[string][]byte {
	glyf, loca, head, maxp := tableData(ttf, "glyf"), tableData(ttf, "loca"), tableData(ttf, "head"), tableData(ttf, "maxp")
	if glyf == nil || loca == nil || len(head) < 54 || len(maxp) < 6 {
		return nil
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	long := binary.BigEndian.Uint16(head[50:]) == 1
	offset := func(i int) int {
		if long {
			return int(binary.BigEndian.Uint32(loca[4*i:]))
		}
		return 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
	}
	if need := (numGlyphs + 1) * 2; long && len(loca) < 2*need || !long && len(loca) < need {
		return nil
	}
	var newGlyf []byte
	newLoca := make([]byte, 4*(numGlyphs+1))
	for g := 0; g < numGlyphs; g++ {
		binary.BigEndian.PutUint32(newLoca[4*g:], uint32(len(newGlyf)))
		start, end := offset(g), offset(g+1)
		if start > end || end > len(glyf) {
			return nil
		}
		out, ok := stripInstructions(glyf[start:end])
		if !ok {
			return nil
		}
		newGlyf = append(newGlyf, out...)
		for len(newGlyf)%4 != 0 {
			newGlyf = append(newGlyf, 0)
		}
	}
	binary.BigEndian.PutUint32(newLoca[4*numGlyphs:], uint32(len(newGlyf)))
	newHead := append([]byte(nil), head...)
	binary.BigEndian.PutUint16(newHead[50:], 1) // indexToLocFormat: long
	return map[string][]byte{"glyf": newGlyf, "loca": newLoca, "head": newHead}
}

// stripInstructions returns a glyph without its instructions.
func stripInstructions(g []byte) ([]byte, bool) {
	if len(g) == 0 {
		return g, true
	}
	if len(g) < 10 {
		return nil, false
	}
	contours := int(int16(binary.BigEndian.Uint16(g)))
	if contours >= 0 { // simple glyph: end points, instruction length, instructions, outline
		at := 10 + 2*contours
		if at+2 > len(g) {
			return nil, false
		}
		n := int(binary.BigEndian.Uint16(g[at:]))
		if at+2+n > len(g) {
			return nil, false
		}
		out := append([]byte(nil), g[:at]...)
		out = append(out, 0, 0)
		return append(out, g[at+2+n:]...), true
	}
	// Composite glyph: components, then instructions if a component says so.
	starts, end, ok := compositeParts(g)
	if !ok {
		return nil, false
	}
	out := append([]byte(nil), g[:end]...)
	for _, at := range starts {
		flags := binary.BigEndian.Uint16(out[at:])
		binary.BigEndian.PutUint16(out[at:], flags&^haveInstructions)
	}
	return out, true
}

// haveInstructions is the composite component flag saying instructions
// follow the last component.
const haveInstructions = 0x0100

// compositeParts walks the components of a composite glyph record: where
// each component's flags start, and where the components end (the glyph's
// instructions, if any, follow). ok is false for a truncated record.
func compositeParts(g []byte) (starts []int, end int, ok bool) {
	const (
		argsAreWords = 0x0001
		haveScale    = 0x0008
		moreComps    = 0x0020
		haveXYScale  = 0x0040
		haveTwoByTwo = 0x0080
	)
	for at := 10; ; {
		if at+4 > len(g) {
			return nil, 0, false
		}
		flags := binary.BigEndian.Uint16(g[at:])
		size := 4 + 2 // flags, glyph index, two byte arguments
		if flags&argsAreWords != 0 {
			size = 4 + 4
		}
		switch {
		case flags&haveScale != 0:
			size += 2
		case flags&haveXYScale != 0:
			size += 4
		case flags&haveTwoByTwo != 0:
			size += 8
		}
		if at+size > len(g) {
			return nil, 0, false
		}
		starts = append(starts, at)
		at += size
		if flags&moreComps == 0 {
			return starts, at, true
		}
	}
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
