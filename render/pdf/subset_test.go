package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/signintech/gopdf"
	"github.com/signintech/gopdf/fontmaker/core"

	"opinionc/fonts"
	"opinionc/internal/corpus"
	"opinionc/internal/testtool"
	"opinionc/render/pdf/layout"
)

// subsetSample has the typography of the corpus, composite glyphs
// (accented letters are composites in Liberation Serif), kerned pairs and
// runes the faces lack (the CJK and the emoji).
var subsetSample = []string{
	"AVATAR To Ty Yo We Wa LT P. F, “Quoted” ‘single’ — dash – en … so",
	"Résumé, naïve Åland, Müller, señor, § 5, 20 °C, Ærø, œuvre, Ça",
	"0123456789 ABCDEFGHIJKLM NOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz",
	"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ « » ¶ † ‡ • € £ ¥ © ® ™ ½ ×",
	"ITU-T Recommendation X.509 (10/2019) 漢字 😀 WTPF-21",
}

// sampleRunes are the runes of subsetSample.
func sampleRunes() []rune { return []rune(strings.Join(subsetSample, "")) }

var (
	corpusRunesOnce sync.Once
	corpusRunesSet  [4][]rune
)

// corpusRunes returns, per face, the runes the corpus draws with it.
func corpusRunes(tb testing.TB) [4][]rune {
	tb.Helper()
	corpusRunesOnce.Do(func() {
		docs := corpus.Load(tb)
		var seen [4]map[rune]bool
		for i := range seen {
			seen[i] = map[rune]bool{}
		}
		for _, d := range docs {
			res, err := layout.Lay(d, layout.Options{MarkBrackets: d.Draft})
			if err != nil {
				tb.Fatalf("%s: %v", d.Name, err)
			}
			for _, p := range res.Pages {
				for _, r := range p.Runs {
					for _, c := range r.Text {
						seen[int(r.Face)&3][c] = true
					}
				}
			}
		}
		for i, s := range seen {
			for r := range s {
				corpusRunesSet[i] = append(corpusRunesSet[i], r)
			}
			slices.Sort(corpusRunesSet[i])
		}
	})
	if len(corpusRunesSet[fonts.Regular]) == 0 {
		tb.Fatal("the corpus draws nothing in the regular face")
	}
	return corpusRunesSet
}

// testRunes are the corpus runes of a face and the sample's.
func testRunes(tb testing.TB, s fonts.Style) []rune {
	rs := append(slices.Clone(corpusRunes(tb)[s]), sampleRunes()...)
	slices.Sort(rs)
	return slices.Compact(rs)
}

func parseTTF(t testing.TB, ttf []byte) *core.TTFParser {
	t.Helper()
	var p core.TTFParser
	p.SetUseKerning(true)
	if err := p.ParseFontData(ttf); err != nil {
		t.Fatalf("gopdf cannot parse the font: %v", err)
	}
	return &p
}

func mustSubset(t testing.TB, ttf []byte, runes []rune) []byte {
	t.Helper()
	sub, err := subsetFont(ttf, runes)
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

// TestSubsetMetrics: gopdf reads from the subset the widths, kerning and
// vertical metrics it reads from the whole face, for every rune of the set.
func TestSubsetMetrics(t *testing.T) {
	for s := fonts.Style(0); s < 4; s++ {
		runes := testRunes(t, s)
		orig, sub := parseTTF(t, embeddable(s)), parseTTF(t, mustSubset(t, embeddable(s), runes))

		if orig.UnitsPerEm() != sub.UnitsPerEm() || orig.Ascender() != sub.Ascender() || orig.Descender() != sub.Descender() ||
			orig.CapHeight() != sub.CapHeight() || orig.ItalicAngle() != sub.ItalicAngle() || orig.XMax() != sub.XMax() ||
			orig.UnderlinePosition() != sub.UnderlinePosition() || orig.UnderlineThickness() != sub.UnderlineThickness() {
			t.Errorf("style %d: font-wide metrics differ", s)
		}
		width := func(p *core.TTFParser, g uint) uint { return p.Widths()[g] * 1000 / p.UnitsPerEm() }
		glyphs := map[uint]bool{0: true}
		for _, r := range runes {
			og, ok := orig.Chars()[int(r)]
			sg, sok := sub.Chars()[int(r)]
			if ok != sok {
				t.Errorf("style %d: %q: in the face %v, in the subset %v", s, r, ok, sok)
				continue
			}
			if !ok {
				continue
			}
			glyphs[og] = true
			if width(orig, og) != width(sub, sg) {
				t.Errorf("style %d: %q: width %d, in the subset %d", s, r, width(orig, og), width(sub, sg))
			}
		}

		if orig.Kern() == nil || sub.Kern() == nil {
			t.Fatalf("style %d: no kerning read", s)
		}
		kerned := 0
		for _, a := range runes {
			for _, b := range runes {
				oa, ok1 := orig.Chars()[int(a)]
				ob, ok2 := orig.Chars()[int(b)]
				if !ok1 || !ok2 {
					continue
				}
				ov := orig.Kern().Kerning[oa][ob]
				sv := sub.Kern().Kerning[sub.Chars()[int(a)]][sub.Chars()[int(b)]]
				if ov != sv {
					t.Errorf("style %d: kerning %q%q: %d, in the subset %d", s, a, b, ov, sv)
				}
				if ov != 0 {
					kerned++
				}
			}
		}
		if kerned < 20 {
			t.Errorf("style %d: only %d kerned pairs in the set: the test checks little", s, kerned)
		}

		comps := countComponents(t, sub)
		if n := int(sub.NumGlyphs()); n > len(glyphs)+comps || n < len(glyphs) {
			t.Errorf("style %d: %d glyphs in the subset for %d drawn and %d components", s, n, len(glyphs), comps)
		}
		if sub.NumGlyphs() > orig.NumGlyphs()/5 {
			t.Errorf("style %d: subset of %d glyphs out of %d", s, sub.NumGlyphs(), orig.NumGlyphs())
		}
	}
}

// record returns the glyf record of glyph g as gopdf locates it.
func record(p *core.TTFParser, g uint) []byte {
	glyf := p.GetTables()["glyf"]
	return p.FontData()[glyf.Offset+p.LocaTable[g] : glyf.Offset+p.LocaTable[g+1]]
}

// countComponents counts the components of the composite glyphs of a font.
func countComponents(t *testing.T, p *core.TTFParser) int {
	n := 0
	for g := uint(0); g < p.NumGlyphs(); g++ {
		c, err := components(uint16(g), record(p, g))
		if err != nil {
			t.Fatal(err)
		}
		n += len(c)
	}
	return n
}

// TestSubsetGlyphs: every glyph of the set keeps its outline byte for byte;
// a composite glyph's components are renumbered to the same outlines.
func TestSubsetGlyphs(t *testing.T) {
	for s := fonts.Style(0); s < 4; s++ {
		runes := testRunes(t, s)
		orig, sub := parseTTF(t, embeddable(s)), parseTTF(t, mustSubset(t, embeddable(s), runes))
		composites := 0
		var ids [][2]uint // original and subset IDs of the glyphs compared
		var same func(og, sg uint) bool
		same = func(og, sg uint) bool {
			ids = append(ids, [2]uint{og, sg})
			a, b := record(orig, og), record(sub, sg)
			if len(a) != len(b) {
				return false
			}
			ca, err := components(uint16(og), a)
			if err != nil {
				t.Fatal(err)
			}
			if len(ca) > 0 {
				composites++
			}
			a, b = slices.Clone(a), slices.Clone(b)
			for _, at := range ca {
				oc, sc := binary.BigEndian.Uint16(a[at:]), binary.BigEndian.Uint16(b[at:])
				if !same(uint(oc), uint(sc)) {
					t.Errorf("style %d glyph %d: component %d became %d, another outline", s, og, oc, sc)
				}
				binary.BigEndian.PutUint16(b[at:], oc)
			}
			return bytes.Equal(a, b)
		}
		if !same(0, 0) {
			t.Errorf("style %d: glyph 0 is not .notdef", s)
		}
		for _, r := range runes {
			if og, ok := orig.Chars()[int(r)]; ok && !same(og, sub.Chars()[int(r)]) {
				t.Errorf("style %d: %q: outline differs", s, r)
			}
		}
		// New IDs follow the original order, which keeps the output stable.
		slices.SortFunc(ids, func(a, b [2]uint) int { return int(a[0]) - int(b[0]) })
		for i := 1; i < len(ids); i++ {
			if ids[i][0] != ids[i-1][0] && ids[i][1] <= ids[i-1][1] {
				t.Errorf("style %d: glyphs %d and %d became %d and %d", s, ids[i-1][0], ids[i][0], ids[i-1][1], ids[i][1])
			}
		}
		for _, r := range "éüñ" { // composites in Liberation Serif: the test must see some
			if c, _ := components(0, record(orig, orig.Chars()[int(r)])); len(c) == 0 {
				t.Errorf("style %d: %q is not a composite glyph", s, r)
			}
		}
		if composites < 4 {
			t.Errorf("style %d: only %d composite glyphs checked", s, composites)
		}
	}
}

// TestSubsetTables: the file is laid out as the specification asks.
func TestSubsetTables(t *testing.T) {
	sub := mustSubset(t, embeddable(fonts.Regular), sampleRunes())
	n := int(binary.BigEndian.Uint16(sub[4:]))
	var tags []string
	for i := 0; i < n; i++ {
		e := sub[12+16*i:]
		tag, sum := string(e[:4]), binary.BigEndian.Uint32(e[4:])
		off, length := binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:])
		tags = append(tags, tag)
		if off%4 != 0 {
			t.Errorf("%s at %d: not 4-byte aligned", tag, off)
		}
		data := slices.Clone(sub[off : off+length])
		if tag == "head" {
			binary.BigEndian.PutUint32(data[8:], 0)
		}
		if checksum(data) != sum {
			t.Errorf("%s: checksum %08x, directory says %08x", tag, checksum(data), sum)
		}
	}
	want := []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "kern", "loca", "maxp", "name", "post"}
	if !slices.Equal(tags, want) {
		t.Errorf("tables %q, want %q", tags, want)
	}
	if !binarySearchHeader(sub[6:], 16, len(tags)) {
		t.Errorf("table directory: searchRange, entrySelector, rangeShift % x", sub[6:12])
	}
	if got := checksum(sub); got != 0xB1B0AFBA {
		t.Errorf("file checksum %08x, want B1B0AFBA", got)
	}
	if got := binary.BigEndian.Uint16(tableData(sub, "head")[50:]); got != 1 {
		t.Errorf("indexToLocFormat %d, want 1 (long)", got)
	}
	if got := len(tableData(sub, "post")); got != 32 {
		t.Errorf("post of %d bytes, want the 32-byte header", got)
	}
	kern := tableData(sub, "kern")
	pairs := int(binary.BigEndian.Uint16(kern[10:]))
	for i := 1; i < pairs; i++ {
		if bytes.Compare(kern[18+6*(i-1):18+6*(i-1)+4], kern[18+6*i:18+6*i+4]) >= 0 {
			t.Fatalf("kern pairs %d and %d are out of order", i-1, i)
		}
	}
	if !binarySearchHeader(kern[12:], 6, pairs) {
		t.Errorf("kern: searchRange, entrySelector, rangeShift % x for %d pairs", kern[12:18], pairs)
	}
	cmap4 := tableData(sub, "cmap")[12:]
	if segs := int(binary.BigEndian.Uint16(cmap4[6:])) / 2; !binarySearchHeader(cmap4[8:], 2, segs) {
		t.Errorf("cmap: searchRange, entrySelector, rangeShift % x for %d segments", cmap4[8:14], segs)
	}
}

// binarySearchHeader reports whether b starts with the searchRange,
// entrySelector and rangeShift of n entries of size bytes.
func binarySearchHeader(b []byte, size, n int) bool {
	sel := 0
	for 2<<sel <= n {
		sel++
	}
	want := []uint16{uint16(size << sel), uint16(sel), uint16(size*n - size<<sel)}
	return slices.Equal([]uint16{binary.BigEndian.Uint16(b), binary.BigEndian.Uint16(b[2:]), binary.BigEndian.Uint16(b[4:])}, want)
}

// TestSubsetCmap12: runes beyond the BMP get a format 12 subtable, which
// gopdf reads alongside the format 4 one.
func TestSubsetCmap12(t *testing.T) {
	sub := mustSubset(t, embeddable(fonts.Regular), []rune("AB"))
	id := glyphMap{0, 1, 2}
	cmap, err := buildCmap([]charGlyph{{'A', 1}, {'B', 2}, {0x1F600, 1}, {0x1F601, 2}}, id)
	if err != nil {
		t.Fatal(err)
	}
	p := parseTTF(t, withTable(t, sub, "cmap", cmap))
	if p.Chars()['A'] != 1 || p.Chars()['B'] != 2 || len(p.Chars()) != 2 {
		t.Errorf("format 4 maps %v", p.Chars())
	}
	want := []core.CmapFormat12GroupingTable{{StartCharCode: 'A', EndCharCode: 'B', GlyphID: 1}, {StartCharCode: 0x1F600, EndCharCode: 0x1F601, GlyphID: 1}}
	if got := p.GroupingTables(); !slices.Equal(got, want) {
		t.Errorf("format 12 groups %v, want %v", got, want)
	}
}

// withTable returns ttf with one table replaced.
func withTable(t *testing.T, ttf []byte, tag string, data []byte) []byte {
	t.Helper()
	var tables []sfntTable
	for i := 0; i < int(binary.BigEndian.Uint16(ttf[4:])); i++ {
		tg := string(ttf[12+16*i : 16+16*i])
		if tg == tag {
			tables = append(tables, sfntTable{tg, data})
		} else {
			tables = append(tables, sfntTable{tg, tableData(ttf, tg)})
		}
	}
	return assemble(ttf[:4], tables)
}

// samplePDF writes lines with a font as gopdf draws our pages, and returns
// the PDF and the width gopdf measures for each line.
func samplePDF(t *testing.T, ttf []byte, lines []string) ([]byte, []float64) {
	t.Helper()
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	if err := gp.AddTTFFontDataWithOption("F", ttf, gopdf.TtfOption{UseKerning: true}); err != nil {
		t.Fatal(err)
	}
	gp.AddPage()
	if err := gp.SetFont("F", "", 14); err != nil {
		t.Fatal(err)
	}
	var widths []float64
	for i, l := range lines {
		w, err := gp.MeasureTextWidth(l)
		if err != nil {
			t.Fatal(err)
		}
		widths = append(widths, w)
		gp.SetXY(20, 50+24*float64(i))
		if err := gp.Text(l); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := gp.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), widths
}

// TestSubsetRenders: gopdf embeds the subset and measures text with it as
// with the whole face; a reader extracts the text drawn and sees the same
// pixels. The runes the faces lack become spaces, as with the whole face.
func TestSubsetRenders(t *testing.T) {
	dir := t.TempDir()
	var paths [4][2]string // whole, subset
	for s := fonts.Style(0); s < 4; s++ {
		whole, ww := samplePDF(t, embeddable(s), subsetSample)
		sub, sw := samplePDF(t, mustSubset(t, embeddable(s), sampleRunes()), subsetSample)
		if !slices.Equal(ww, sw) {
			t.Errorf("style %d: lines %v wide, with the subset %v", s, ww, sw)
		}
		for i, pdf := range [][]byte{whole, sub} {
			paths[s][i] = filepath.Join(dir, fmt.Sprintf("%d-%d.pdf", s, i))
			if err := os.WriteFile(paths[s][i], pdf, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	testtool.Need(t, "pdftotext")
	testtool.Need(t, "pdftoppm")
	tool := func(name string, args ...string) []byte {
		out, err := exec.Command(name, args...).Output()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return out
	}
	want := strings.Fields(strings.NewReplacer("漢", " ", "字", " ", "😀", " ").Replace(strings.Join(subsetSample, "\n")))
	for s, p := range paths {
		if got := strings.Fields(string(tool("pdftotext", "-enc", "UTF-8", p[1], "-"))); !slices.Equal(got, want) {
			t.Errorf("style %d: extracted\n%q\nwant\n%q", s, got, want)
		}
		raster := func(path string) []byte { return tool("pdftoppm", "-r", "100", "-gray", "-singlefile", path) }
		if !bytes.Equal(raster(p[0]), raster(p[1])) {
			t.Errorf("style %d: the subset draws other pixels than the whole face", s)
		}
	}
}

// TestSubsetDeterministic: the output depends on the set of runes only.
func TestSubsetDeterministic(t *testing.T) {
	runes := testRunes(t, fonts.Regular)
	a := mustSubset(t, embeddable(fonts.Regular), runes)
	shuffled := append(slices.Clone(runes), runes[:10]...)
	rand.New(rand.NewSource(1)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	if b := mustSubset(t, embeddable(fonts.Regular), shuffled); !bytes.Equal(a, b) {
		t.Error("the same runes in another order give another font")
	}
	if b := mustSubset(t, a, runes); !bytes.Equal(a, b) {
		t.Error("subsetting the subset to the same runes changes it")
	}
}

// TestSubsetMalformed: broken fonts give an error, not a panic.
func TestSubsetMalformed(t *testing.T) {
	ttf := embeddable(fonts.Regular)
	runes := sampleRunes()
	cases := map[string][]byte{"empty": nil, "header only": ttf[:12]}
	for _, n := range []int{100, len(ttf) / 3, len(ttf) / 2, len(ttf) - 1} {
		cases[fmt.Sprintf("truncated at %d", n)] = ttf[:n]
	}
	rnd := rand.New(rand.NewSource(1))
	noise := make([]byte, 4096)
	rnd.Read(noise)
	cases["random"] = noise
	cases["random with a real directory"] = append(slices.Clone(ttf[:12+16*12]), noise...)

	// loca sends the glyph of 'A' past the end of glyf.
	g := parseTTF(t, ttf).Chars()['A']
	loca := slices.Clone(tableData(ttf, "loca"))
	binary.BigEndian.PutUint32(loca[4*(g+1):], uint32(len(tableData(ttf, "glyf"))+1000))
	cases["loca past glyf"] = withTable(t, ttf, "loca", loca)

	// A composite glyph names a component the font does not have.
	orig := parseTTF(t, ttf)
	glyf := slices.Clone(tableData(ttf, "glyf"))
	eacute := orig.Chars()['é']
	comps, err := components(uint16(eacute), record(orig, eacute))
	if err != nil || len(comps) == 0 {
		t.Fatalf("é is not a composite glyph (%v)", err)
	}
	binary.BigEndian.PutUint16(glyf[orig.LocaTable[eacute]+uint(comps[0]):], 0xFFF0)
	cases["component out of range"] = withTable(t, ttf, "glyf", glyf)

	cases["empty cmap"] = withTable(t, ttf, "cmap", nil)
	kern := tableData(ttf, "kern")
	cases["kern cut short"] = withTable(t, ttf, "kern", kern[:len(kern)/2])

	for name, data := range cases {
		if _, err := subsetFont(data, runes); err == nil {
			t.Errorf("%s: no error", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}

// FuzzSubsetFont: any input gives a font or an error, never a panic; a
// font made is its own subset for the same runes. The seeds are the face
// and a subset of it, cut short at several points; whole, the subset lets
// the fuzzer reach the successful paths (the face itself is too large to
// fuzz quickly; TestSubsetMalformed cuts it further on).
func FuzzSubsetFont(f *testing.F) {
	const text = "Résumé AVA"
	ttf := embeddable(fonts.Regular)
	sub := mustSubset(f, ttf, []rune(text))
	for _, n := range []int{0, 12, 100, 1000} {
		f.Add(ttf[:n], text)
	}
	for _, n := range []int{len(sub) / 4, len(sub) / 2, len(sub) - 1, len(sub)} {
		f.Add(sub[:n], text)
	}
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		runes := []rune(text)
		out, err := subsetFont(data, runes)
		if err != nil {
			return
		}
		again, err := subsetFont(out, runes)
		if err != nil {
			t.Fatalf("the subset cannot be subset: %v", err)
		}
		if !bytes.Equal(out, again) {
			t.Fatal("the subset of the subset differs")
		}
		var p core.TTFParser
		p.SetUseKerning(true)
		_ = p.ParseFontData(out) // must not panic; the name table may lack what gopdf wants
	})
}

// BenchmarkSubsetFont subsets the regular face for the runes the corpus
// draws with it.
func BenchmarkSubsetFont(b *testing.B) {
	ttf, runes := embeddable(fonts.Regular), corpusRunes(b)[fonts.Regular]
	var size int
	for b.Loop() {
		sub, err := subsetFont(ttf, runes)
		if err != nil {
			b.Fatal(err)
		}
		size = len(sub)
	}
	b.ReportMetric(float64(len(runes)), "runes")
	b.ReportMetric(float64(size), "bytes")
}

// BenchmarkSubsetWrite writes one page of text with gopdf from the whole
// face and from a subset (made once per document): the gain subsetFont is for.
func BenchmarkSubsetWrite(b *testing.B) {
	ttf, runes := embeddable(fonts.Regular), corpusRunes(b)[fonts.Regular]
	for _, subset := range []bool{false, true} {
		name := map[bool]string{false: "whole", true: "subset"}[subset]
		b.Run(name, func(b *testing.B) {
			var size int
			for b.Loop() {
				font := ttf
				if subset {
					var err error
					if font, err = subsetFont(ttf, runes); err != nil {
						b.Fatal(err)
					}
				}
				gp := &gopdf.GoPdf{}
				gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
				if err := gp.AddTTFFontDataWithOption("f", font, gopdf.TtfOption{UseKerning: true}); err != nil {
					b.Fatal(err)
				}
				gp.AddPage()
				if err := gp.SetFont("f", "", 11); err != nil {
					b.Fatal(err)
				}
				for i, l := range subsetSample[:3] {
					gp.SetXY(50, 50+20*float64(i))
					if err := gp.Text(l); err != nil {
						b.Fatal(err)
					}
				}
				var buf bytes.Buffer
				if _, err := gp.WriteTo(&buf); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			b.ReportMetric(float64(size), "pdf-bytes")
		})
	}
}
