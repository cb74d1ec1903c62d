package layout

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"opinionc/doc"
)

// frag is a piece of text of one style, drawn as one run.
type frag struct {
	text    string // mapped to the face's glyphs
	face    Face
	size    float64
	rise    float64 // baseline raised by (footnote marks)
	width   float64
	bracket string // ids of the enclosing square brackets, outermost first, each followed by ","
	link    string // destination of the cross-reference it belongs to
	note    *doc.Footnote
	space   rune // the space that follows in the source (' ' or no-break), drawn unless the line ends here; 0 for none
}

// textStyle is the state while walking inlines.
type textStyle struct {
	face    Face
	size    float64
	bracket string // as in frag
	link    string
	caps    bool
}

// builder turns inline content into fragments and line-breaker items.
type builder struct {
	frags   []frag
	items   []item
	ragged  bool
	word    strings.Builder
	wordSty textStyle
	links   func(target string) string // resolves a ref target to a destination, "" if none
	faces   *faceSet
	nextID  int     // next bracket id
	measure float64 // the line width: a word wider than this is split
}

// faceSet holds the metrics of the four faces.
type faceSet [4]*Metrics

func (fs *faceSet) get(f Face) *Metrics { return fs[int(f)&3] }

func italic(f Face, on bool) Face {
	if !on {
		return f
	}
	switch f {
	case Regular:
		return Italic
	case Bold:
		return BoldItalic
	}
	return f
}

const (
	Regular    = Face(0)
	Italic     = Face(1)
	Bold       = Face(2)
	BoldItalic = Face(3)
)

// inlines walks content in style s.
func (b *builder) inlines(in []doc.Inline, s textStyle) {
	for _, n := range in {
		switch n := n.(type) {
		case *doc.Text:
			b.text(n.Value, s)
		case *doc.Emphasis:
			t := s
			t.face = italic(s.face, true)
			b.inlines(n.Children, t)
		case *doc.Bracket:
			t := s
			b.nextID++
			t.bracket += strconv.Itoa(b.nextID) + ","
			b.text("[", t)
			b.inlines(n.Children, t)
			b.text("]", t)
		case *doc.Ref:
			t := s
			if len(n.Targets) > 0 && b.links != nil {
				t.link = b.links(n.Targets[0])
			}
			b.inlines(n.Children, t)
		case *doc.NoteRef:
			if n.Note == nil {
				continue
			}
			b.flush()
			t := s
			t.face = Regular
			t.size = s.size * 0.75 // 9 pt on 12 pt text
			mark := strconv.Itoa(n.Note.Number)
			b.addFrag(mark, t, s.size*0.25, n.Note)
		}
	}
}

// text adds running text: spaces become glue, '/' and '-' inside words
// become optional breaks.
func (b *builder) text(v string, s textStyle) {
	if s.caps {
		v = strings.ToUpper(v)
	}
	if b.wordSty != s && b.word.Len() > 0 {
		b.flush()
	}
	b.wordSty = s
	for i := 0; i < len(v); {
		r, n := utf8.DecodeRuneInString(v[i:])
		i += n
		switch r {
		case ' ', '\t', '\n', '\r':
			b.flush()
			b.space(s, ' ')
		case '\u00A0':
			// A no-break space stretches like any other but never breaks (TeX's tie).
			b.flush()
			b.space(s, r)
		case '/':
			// A break after a slash ("telecommunication/ICT") is allowed but
			// discouraged. Hyphens are not break points: text extractors
			// join a line ending in "-" to the next and drop the hyphen.
			b.word.WriteRune(r)
			if i < len(v) && v[i] != ' ' && b.word.Len() > 1 {
				b.flush()
				b.items = append(b.items, item{kind: penalty, penalty: 50, frag: -1})
			}
		default:
			b.word.WriteRune(r)
		}
	}
}

// flush ends the pending word fragment.
func (b *builder) flush() {
	if b.word.Len() == 0 {
		return
	}
	b.addFrag(b.word.String(), b.wordSty, 0, nil)
	b.word.Reset()
}

func (b *builder) addFrag(text string, s textStyle, rise float64, note *doc.Footnote) {
	m := b.faces.get(s.face)
	text = Glyphs(m, text)
	f := frag{text: text, face: s.face, size: s.size, rise: rise, bracket: s.bracket, link: s.link, note: note}
	f.width = m.Width(text, s.size)
	if b.measure > 0 && f.width > b.measure && note == nil {
		b.splitWide(f, m)
		return
	}
	b.frags = append(b.frags, f)
	b.items = append(b.items, item{kind: box, width: f.width, frag: len(b.frags) - 1})
}

// splitWide cuts a word wider than the line into pieces of half a line
// with discouraged breaks between them, so that no line overflows.
func (b *builder) splitWide(f frag, m *Metrics) {
	rest := f.text
	for first := true; rest != ""; first = false {
		cut, w := 0, 0.0
		for i, r := range rest {
			rw := m.Width(string(r), f.size)
			if w+rw > b.measure/2 && i > 0 {
				break
			}
			cut, w = i+utf8.RuneLen(r), w+rw
		}
		piece := f
		piece.text, piece.width = rest[:cut], w
		rest = rest[cut:]
		if rest != "" {
			piece.space = 0
		}
		if !first {
			b.items = append(b.items, item{kind: penalty, penalty: 1000, frag: -1})
		}
		b.frags = append(b.frags, piece)
		b.items = append(b.items, item{kind: box, width: w, frag: len(b.frags) - 1})
	}
}

// space adds inter-word glue, at most once between two boxes.
func (b *builder) space(s textStyle, r rune) {
	if len(b.items) == 0 || b.items[len(b.items)-1].kind == glue {
		return
	}
	last := b.items[len(b.items)-1]
	if last.kind == box {
		b.frags[last.frag].space = r
	}
	if r != ' ' {
		b.items = append(b.items, item{kind: penalty, penalty: infPenalty, frag: -1})
	}
	w := b.faces.get(s.face).Width(" ", s.size)
	g := item{kind: glue, width: w, frag: -1}
	if !b.ragged {
		// TeX's values for a roman face: stretch 1/2, shrink 1/3 of the space.
		g.stretch, g.shrink = w/2, w/3
	}
	b.items = append(b.items, g)
}

// finish ends the paragraph: trailing spaces vanish, the last line is
// filled with infinitely stretchable glue and a forced break.
func (b *builder) finish() {
	b.flush()
	for len(b.items) > 0 && b.items[len(b.items)-1].kind == glue {
		b.items = b.items[:len(b.items)-1]
	}
	if n := len(b.items); n > 0 && b.items[n-1].kind == box {
		b.frags[b.items[n-1].frag].space = 0
	}
	b.items = append(b.items,
		item{kind: penalty, penalty: infPenalty, frag: -1},
		item{kind: glue, stretch: 1e6, frag: -1},
		item{kind: penalty, penalty: -infPenalty, frag: -1})
}
