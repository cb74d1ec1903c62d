package grammar

import (
	"opinionc/internal/source"
	"opinionc/vocab"
)

// File is the syntax tree of one source file.
type File struct {
	Name       string
	Src        []byte
	Lines      []*Line  // every line of the file, in order, classified
	Heading    *Line    // the heading line; or nil for an empty file
	Title      []*Line  // title lines when the title is not on the heading line
	Formula    *Line    // the enacting formula; or nil
	Blocks     []*Block // the calls and their paragraphs
	Notes      []*Line  // footnote definitions (Kind NoteDefLine)
	Directives []*Line  // "%% opinionc:disable …" lines
}

// LineKind classifies a source line.
type LineKind int

const (
	BlankLine LineKind = iota
	CommentLine
	HeadingLine
	TitleLine
	FormulaLine
	CallLine
	ItemLine // a labelled or unlabelled paragraph inside a call
	NoteDefLine
	StrayLine        // a paragraph before any call that is not heading, title or formula
	SectionLine      // a section heading on its own line: "SECTION 1", "Section 1bis", "Appendix I"
	SectionTitleLine // a line of a section's title, after its SectionLine up to a blank line
)

// Line is one source line.
type Line struct {
	Kind      LineKind
	Pos       source.Pos // start of the line
	TextPos   source.Pos // start of the content after indentation and label
	End       source.Pos // end of the line (before the line break)
	Level     int        // indentation level (four spaces or one tab a level)
	Indent    string     // indentation as written
	Label     string     // item label without the space after it; or ""
	NoteLabel string     // footnote definition label ("1" for "[^1]:"); or ""
	Comment   string     // comment text for CommentLine, including "%%"
	Content   []Inline   // inline content
	Call      vocab.Call // for CallLine: what the vocabulary knows
	KnownCall bool       // for CallLine: the phrase or its verb is in the vocabulary
}

// Text returns the plain text of the line's content, brackets included.
func (l *Line) Text() string { return PlainText(l.Content) }

// Block is a call line and the paragraphs under it, in source order. Nesting
// is given by each paragraph's Level; the checker builds the item tree.
type Block struct {
	Call         *Line   // nil for paragraphs that precede every call, and for a section
	Section      *Line   // the section heading this block opens ("SECTION 1"); or nil
	SectionTitle []*Line // the section's title lines
	Items        []*Line
}

// Inline is a piece of inline content: *Text, *Emph, *Bracket or *NoteRef.
type Inline interface {
	Position() source.Pos
	inline()
}

// Text is a run of text. Its value has escapes removed.
type Text struct {
	Pos   source.Pos
	Value string
}

// Emph is text between asterisks. Closed is false when the line ended first.
type Emph struct {
	Pos      source.Pos
	Children []Inline
	Closed   bool
}

// Bracket is square-bracketed (unagreed) text. Closed is false when the line
// ended before its closing bracket.
type Bracket struct {
	Pos      source.Pos
	End      source.Pos // position of the closing bracket; or zero
	Children []Inline
	Closed   bool
}

// NoteRef is a footnote marker such as [^1].
type NoteRef struct {
	Pos   source.Pos
	Label string
}

// StrayClose is a closing bracket with no opening bracket on its line.
type StrayClose struct{ Pos source.Pos }

func (n *Text) Position() source.Pos       { return n.Pos }
func (n *Emph) Position() source.Pos       { return n.Pos }
func (n *Bracket) Position() source.Pos    { return n.Pos }
func (n *NoteRef) Position() source.Pos    { return n.Pos }
func (n *StrayClose) Position() source.Pos { return n.Pos }
func (*Text) inline()                      {}
func (*Emph) inline()                      {}
func (*Bracket) inline()                   {}
func (*NoteRef) inline()                   {}
func (*StrayClose) inline()                {}

// PlainText returns inline content as plain text, brackets included, without
// emphasis marks or footnote markers.
func PlainText(in []Inline) string {
	if len(in) == 1 { // the common case: no markup, no copy
		if t, ok := in[0].(*Text); ok {
			return t.Value
		}
	}
	var b []byte
	var walk func([]Inline)
	walk = func(in []Inline) {
		for _, n := range in {
			switch n := n.(type) {
			case *Text:
				b = append(b, n.Value...)
			case *Emph:
				walk(n.Children)
			case *Bracket:
				b = append(b, '[')
				walk(n.Children)
				if n.Closed {
					b = append(b, ']')
				}
			case *StrayClose:
				b = append(b, ']')
			}
		}
	}
	walk(in)
	return string(b)
}
