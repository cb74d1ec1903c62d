package pdf_test

import (
	"testing"

	"opinionc/doc"
	"opinionc/internal/corpus"
	"opinionc/render/pdf/layout"
)

// Every character of the corpus is drawn by a glyph of every face, after
// mapping; none falls back to the replacement character. Liberation Serif
// 2.1.5 does have U+202F (narrow no-break space, in Opinion 1's title), as
// a thin-space-wide glyph; characters it lacks, such as U+2011 (non-breaking
// hyphen), are drawn as their nearest equivalent.
func TestEveryCorpusRuneHasAGlyph(t *testing.T) {
	runes := map[rune]bool{}
	add := func(s string) {
		for _, r := range s {
			runes[r] = true
		}
	}
	var walk func([]doc.Inline)
	walk = func(in []doc.Inline) {
		add(corpus.Printed(in))
	}
	for _, d := range corpus.Load(t) {
		add(d.Heading)
		walk(d.Title)
		walk(d.Formula)
		for _, b := range d.Blocks {
			add(b.Call)
			add(b.Section)
		}
		d.Walk(func(_ *doc.Block, it *doc.Item) {
			add(it.Label)
			walk(it.Content)
		})
		for _, n := range d.Notes {
			walk(n.Content)
		}
	}
	if !runes['\u202F'] {
		t.Error("the corpus has lost its narrow no-break space: this test no longer proves its mapping")
	}
	for _, face := range []layout.Face{layout.Regular, layout.Italic, layout.Bold, layout.BoldItalic} {
		m, err := layout.FaceMetrics(face)
		if err != nil {
			t.Fatal(err)
		}
		for r := range runes {
			if r == ' ' || r == '\t' || r == '\n' {
				continue // spaces are glue: drawn as space glyphs, checked below
			}
			g := layout.MapRune(m, r)
			if !m.Has(g) || g == layout.Fallback || g == '?' && r != '?' {
				t.Errorf("%v: %U %q has no glyph (mapped to %U)", face, r, r, g)
			}
		}
		if !m.Has(' ') || !m.Has('\u00A0') {
			t.Errorf("%v: no space glyphs", face)
		}
	}
	m, _ := layout.FaceMetrics(layout.Regular)
	if g := layout.MapRune(m, '\u202F'); m.Units(string(g)) != m.Units("\u2009") {
		t.Errorf("U+202F is drawn as %U, not as wide as a thin space", g)
	}
	for r, want := range map[rune]rune{'\u2011': '\u2010', '\u2212': '\u2013', '\u2015': '\u2014'} {
		if m.Has(r) {
			continue
		}
		if g := layout.MapRune(m, r); g != want && g != '-' {
			t.Errorf("%U is drawn as %U, want %U", r, g, want)
		}
	}
}
