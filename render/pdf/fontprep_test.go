package pdf

import (
	"bytes"
	"encoding/binary"
	"testing"

	"opinionc/fonts"
)

// TestDehint: the fonts we embed keep every glyph's outline and lose only
// hinting — no glyph program and no fpgm, prep or cvt for one to call.
func TestDehint(t *testing.T) {
	for s := fonts.Style(0); s < 4; s++ {
		orig, emb := fonts.TTF(s), embeddable(s)
		for tag := range hintTables {
			if tableData(emb, tag) != nil {
				t.Errorf("style %d: %q is still embedded", s, tag)
			}
		}
		glyphs := func(ttf []byte) [][]byte {
			glyf, loca, head, maxp := tableData(ttf, "glyf"), tableData(ttf, "loca"), tableData(ttf, "head"), tableData(ttf, "maxp")
			n := int(binary.BigEndian.Uint16(maxp[4:]))
			long := binary.BigEndian.Uint16(head[50:]) == 1
			off := func(i int) int {
				if long {
					return int(binary.BigEndian.Uint32(loca[4*i:]))
				}
				return 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
			}
			var out [][]byte
			for g := 0; g < n; g++ {
				out = append(out, glyf[off(g):off(g+1)])
			}
			return out
		}
		a, b := glyphs(orig), glyphs(emb)
		if len(a) != len(b) {
			t.Fatalf("style %d: %d glyphs, embedded %d", s, len(a), len(b))
		}
		for g := range a {
			if len(a[g]) == 0 {
				if len(bytes.TrimRight(b[g], "\x00")) != 0 {
					t.Errorf("style %d glyph %d: empty glyph gained data", s, g)
				}
				continue
			}
			if !bytes.Equal(a[g][:10], b[g][:10]) { // contour count and bounding box
				t.Errorf("style %d glyph %d: header changed", s, g)
			}
			if c := int(int16(binary.BigEndian.Uint16(b[g]))); c >= 0 {
				if n := binary.BigEndian.Uint16(b[g][10+2*c:]); n != 0 {
					t.Errorf("style %d glyph %d: %d bytes of instructions left", s, g, n)
				}
			}
		}
	}
}
