package layout

import (
	"sync"
	"unicode/utf8"

	"github.com/signintech/gopdf/fontmaker/core"

	"opinionc/fonts"
)

// Face is one of the four embedded Liberation Serif faces.
type Face = fonts.Style

// Metrics are the advance widths, character map and kerning of one face,
// read with gopdf's own TrueType parser so that what we measure is exactly
// what gopdf writes: widths in thousandths of an em, truncated as in the
// PDF /W array, and kerning truncated as in gopdf's TJ adjustments.
type Metrics struct {
	widths    []uint // per glyph, 1/1000 em
	chars     map[int]uint
	kern      map[uint32]int // left glyph<<16 | right glyph → kerning, 1/1000 em as gopdf truncates it
	Ascender  float64        // em
	Descender float64        // em, negative
	LineGap   float64        // em
	ascii     [128]int32     // glyph index per ASCII rune, -1 when absent: the hot path
}

var (
	metricsOnce [4]sync.Once
	metrics     [4]*Metrics
	metricsErr  [4]error
)

// FaceMetrics parses a face once per process and returns its metrics.
func FaceMetrics(f Face) (*Metrics, error) {
	i := int(f) & 3
	metricsOnce[i].Do(func() {
		var p core.TTFParser
		p.SetUseKerning(true)
		if err := p.ParseFontData(fonts.TTF(f)); err != nil {
			metricsErr[i] = err
			return
		}
		upem := int(p.UnitsPerEm())
		m := &Metrics{chars: p.Chars(), kern: map[uint32]int{}}
		if k := p.Kern(); k != nil {
			for left, pairs := range k.Kerning {
				for right, v := range pairs {
					m.kern[uint32(left)<<16|uint32(right)] = int(v) * 1000 / upem // truncates toward zero, as gopdf does
				}
			}
		}
		n := p.NumberOfHMetrics()
		for _, w := range p.Widths()[:n] {
			m.widths = append(m.widths, w*1000/uint(upem))
		}
		m.Ascender = float64(p.Ascender()) / float64(upem)
		m.Descender = float64(p.Descender()) / float64(upem)
		m.LineGap = lineGap(fonts.TTF(f)) / float64(upem)
		for r := range m.ascii {
			m.ascii[r] = -1
			if g, ok := m.chars[r]; ok {
				m.ascii[r] = int32(g)
			}
		}
		metrics[i] = m
	})
	return metrics[i], metricsErr[i]
}

// lineGap reads hhea.lineGap, which gopdf's parser does not expose.
func lineGap(ttf []byte) float64 {
	if len(ttf) < 12 {
		return 0
	}
	n := int(ttf[4])<<8 | int(ttf[5])
	for i := 0; i < n; i++ {
		o := 12 + 16*i
		if o+16 > len(ttf) {
			break
		}
		if string(ttf[o:o+4]) == "hhea" {
			off := int(ttf[o+8])<<24 | int(ttf[o+9])<<16 | int(ttf[o+10])<<8 | int(ttf[o+11])
			if off+10 <= len(ttf) {
				return float64(int16(uint16(ttf[off+8])<<8 | uint16(ttf[off+9])))
			}
		}
	}
	return 0
}

// glyph returns the glyph index of r and whether the face has it.
func (m *Metrics) glyph(r rune) (uint, bool) {
	if r >= 0 && r < 128 {
		g := m.ascii[r]
		return uint(g), g >= 0
	}
	g, ok := m.chars[int(r)]
	return g, ok
}

// Has reports whether the face draws r with a glyph of its own.
func (m *Metrics) Has(r rune) bool {
	_, ok := m.glyph(r)
	return ok
}

func (m *Metrics) glyphWidth(g uint) int {
	if int(g) >= len(m.widths) {
		g = uint(len(m.widths) - 1)
	}
	return int(m.widths[g])
}

// Units returns the advance of s in thousandths of an em, kerned pairwise
// as gopdf kerns one Text call. Runes must already be mapped (see [Glyphs]).
func (m *Metrics) Units(s string) int {
	sum := 0
	var left uint
	first := true
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		g, ok := m.glyph(r)
		if !ok {
			continue
		}
		if !first {
			sum += m.kern[uint32(left)<<16|uint32(g)]
		}
		sum += m.glyphWidth(g)
		left, first = g, false
	}
	return sum
}

// Width returns the advance of s at size pt.
func (m *Metrics) Width(s string, size float64) float64 {
	return float64(m.Units(s)) * size / 1000
}
