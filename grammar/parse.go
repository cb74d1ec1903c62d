package grammar

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"opinionc/internal/diag"
	"opinionc/internal/source"
	"opinionc/vocab"
)

var parser = participle.MustBuild[lineFile](
	participle.Lexer(lex),
	participle.UseLookahead(2),
)

// EBNF returns the line grammar in EBNF, for docs/grammar.ebnf.
func EBNF() string { return parser.String() }

// Parse parses a source file. It returns as much of the tree as it could
// build and the syntax diagnostics; it never panics on any input.
func Parse(filename string, src []byte) (*File, diag.List) {
	f := &File{Name: filename, Src: src}
	var diags diag.List
	if pos, msg, ok := badBytes(filename, src); !ok {
		diags.Errorf(pos, "syntax", "%s", msg)
		return f, diags
	}
	text := src
	if len(text) > 0 && text[len(text)-1] != '\n' {
		text = append(text[:len(text):len(text)], '\n')
	}
	tree, err := parser.ParseBytes(filename, text)
	if err != nil {
		diags.Errorf(errPos(filename, err), "syntax", "%s", errMsg(err))
		if tree == nil {
			return f, diags
		}
	}
	b := builder{file: f, src: src}
	for _, n := range tree.Lines {
		f.Lines = append(f.Lines, b.line(n))
	}
	classify(f, &diags)
	return f, diags
}

// badBytes reports the first invalid UTF-8 sequence or NUL byte.
func badBytes(filename string, src []byte) (source.Pos, string, bool) {
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		pos := source.Pos{File: filename, Line: line, Col: col, Offset: i}
		switch {
		case r == utf8.RuneError && size == 1:
			return pos, fmt.Sprintf("invalid UTF-8 (byte 0x%02x): source files must be UTF-8", src[i]), false
		case r == 0:
			return pos, "NUL byte: this looks like a binary file, not a source file", false
		case r == '\n':
			line, col = line+1, 1
		default:
			col++
		}
		i += size
	}
	return source.Pos{}, "", true
}

func errPos(filename string, err error) source.Pos {
	var perr participle.Error
	if errors.As(err, &perr) {
		p := perr.Position()
		return source.Pos{File: filename, Line: p.Line, Col: p.Column, Offset: p.Offset}
	}
	return source.Pos{File: filename, Line: 1, Col: 1}
}

func errMsg(err error) string {
	var perr participle.Error
	if errors.As(err, &perr) {
		return perr.Message()
	}
	return err.Error()
}

// builder turns participle's line nodes into [Line]s.
type builder struct {
	file *File
	src  []byte
}

func (b *builder) pos(p lexer.Position) source.Pos {
	return source.Pos{File: b.file.Name, Line: p.Line, Col: p.Column, Offset: p.Offset}
}

func (b *builder) line(n *lineNode) *Line {
	l := &Line{Pos: b.pos(n.Pos), Indent: n.Indent, Comment: n.Comment}
	l.Pos.Col = 1
	l.Pos.Offset = n.Pos.Offset - (n.Pos.Column - 1)
	if l.Pos.Offset < 0 {
		l.Pos.Offset = 0
	}
	l.End = b.lineEnd(l.Pos)
	l.Level = indentLevel(n.Indent)
	l.TextPos = b.pos(n.Pos)
	l.TextPos.Col += utf8.RuneCountInString(n.Indent)
	l.TextPos.Offset += len(n.Indent)
	switch {
	case n.Comment != "":
		l.Kind = CommentLine
	case n.NoteDef != "":
		l.NoteLabel = strings.TrimSuffix(strings.TrimSpace(n.NoteDef), "]:")[2:]
		l.Kind = NoteDefLine
		l.TextPos.Col += utf8.RuneCountInString(n.NoteDef)
		l.TextPos.Offset += len(n.NoteDef)
	case n.Label != "":
		l.Label = strings.TrimRight(n.Label, " \t")
		l.TextPos.Col += utf8.RuneCountInString(n.Label)
		l.TextPos.Offset += len(n.Label)
	}
	l.Content = b.inlines(n.Pieces)
	if l.Kind == BlankLine && len(l.Content) > 0 {
		l.Kind = ItemLine // classified later
	}
	if l.Kind == BlankLine && l.Label != "" {
		l.Kind = ItemLine
	}
	return l
}

// lineEnd returns the position of the end of the line starting at p.
func (b *builder) lineEnd(p source.Pos) source.Pos {
	end := len(b.src)
	if i := bytes.IndexByte(b.src[min(p.Offset, len(b.src)):], '\n'); i >= 0 {
		end = p.Offset + i
	}
	if end > p.Offset && b.src[end-1] == '\r' {
		end--
	}
	start := min(p.Offset, end)
	return source.Pos{File: p.File, Line: p.Line, Col: 1 + utf8.RuneCount(b.src[start:end]), Offset: end}
}

func indentLevel(indent string) int {
	level, spaces := 0, 0
	for _, r := range indent {
		if r == '\t' {
			level++
			spaces = 0
			continue
		}
		spaces++
		if spaces == 4 {
			level++
			spaces = 0
		}
	}
	return level
}

// frame is an open bracket or emphasis while inline content is built.
type frame struct {
	children *[]Inline
	bracket  *Bracket
	emph     *Emph
}

// inlines pairs brackets and emphasis marks into a tree. Unclosed ones stay
// open (Closed false); a closing bracket with no opening one is a
// [StrayClose]. The checker reports both.
func (b *builder) inlines(pieces []*piece) []Inline {
	var root []Inline
	stack := []frame{{children: &root}}
	top := func() *frame { return &stack[len(stack)-1] }
	addText := func(p source.Pos, s string) {
		ch := top().children
		if n := len(*ch); n > 0 {
			if t, ok := (*ch)[n-1].(*Text); ok {
				t.Value += s
				return
			}
		}
		*ch = append(*ch, &Text{Pos: p, Value: s})
	}
	for _, p := range pieces {
		pos := b.pos(p.Pos)
		switch {
		case p.Text != "":
			addText(pos, p.Text)
		case p.Escaped != "":
			addText(pos, p.Escaped[1:])
		case p.NoteRef != "":
			*top().children = append(*top().children, &NoteRef{Pos: pos, Label: p.NoteRef[2 : len(p.NoteRef)-1]})
		case p.Open != "":
			br := &Bracket{Pos: pos}
			*top().children = append(*top().children, br)
			stack = append(stack, frame{children: &br.Children, bracket: br})
		case p.Close != "":
			i := len(stack) - 1
			for i > 0 && stack[i].bracket == nil {
				i--
			}
			if i == 0 {
				*top().children = append(*top().children, &StrayClose{Pos: pos})
				continue
			}
			stack[i].bracket.Closed, stack[i].bracket.End = true, pos
			stack = stack[:i]
		case p.Star != "":
			if f := top(); f.emph != nil {
				f.emph.Closed = true
				stack = stack[:len(stack)-1]
				continue
			}
			em := &Emph{Pos: pos}
			*top().children = append(*top().children, em)
			stack = append(stack, frame{children: &em.Children, emph: em})
		}
	}
	return root
}

var headingRE = regexp.MustCompile(`^(?i:(DRAFT\s+)?(OPINION|RESOLUTION|DECISION|RECOMMENDATION))\s+(\S+)`)

// classify recognises the heading, title, formula, calls, items and
// footnote definitions among the lines.
func classify(f *File, diags *diag.List) {
	i := 0
	next := func() *Line { // next non-blank, non-comment line
		for i < len(f.Lines) {
			l := f.Lines[i]
			i++
			switch l.Kind {
			case BlankLine:
				continue
			case CommentLine:
				if strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(l.Comment, "%%")), "opinionc:") {
					f.Directives = append(f.Directives, l)
				}
				continue
			}
			return l
		}
		return nil
	}
	for h := next(); h != nil; h = nil {
		if h.Kind == NoteDefLine {
			f.Notes = append(f.Notes, h)
			continue
		}
		h.Kind = HeadingLine
		f.Heading = h
		if !headingRE.MatchString(strings.TrimSpace(h.Label + " " + h.Text())) {
			diags.Errorf(h.TextPos, "syntax", "expected a heading such as %q or %q, found %q",
				"DRAFT OPINION 1: Title", "RESOLUTION 1 (Rev. City, Year)", clip(strings.TrimSpace(h.Label+" "+h.Text())))
		}
	}
	if f.Heading == nil {
		return
	}
	// A title on the lines after the heading, up to a blank line.
	if !strings.Contains(f.Heading.Text(), ": ") {
		for i < len(f.Lines) {
			l := f.Lines[i]
			if l.Kind != ItemLine || l.Label != "" || looksLikeFormula(l) || isCallLine(l, true) {
				break
			}
			l.Kind = TitleLine
			f.Title = append(f.Title, l)
			i++
		}
	}
	var block *Block
	prevEndsBlock := true // start of the body, or the previous line closed a block
	for l := next(); l != nil; l = next() {
		blankBefore := i >= 2 && f.Lines[i-2].Kind == BlankLine
		switch {
		case l.Kind == NoteDefLine:
			f.Notes = append(f.Notes, l)
			continue
		case isCallLine(l, prevEndsBlock || blankBefore):
			l.Kind = CallLine
			l.Call, l.KnownCall = vocab.Lookup(strings.TrimSpace(l.Text()))
			block = &Block{Call: l}
			f.Blocks = append(f.Blocks, block)
		case f.Formula == nil && block == nil && l.Label == "":
			l.Kind = FormulaLine
			f.Formula = l
		default:
			if block == nil {
				block = &Block{}
				f.Blocks = append(f.Blocks, block)
			}
			if block.Call == nil {
				l.Kind = StrayLine
			} else {
				l.Kind = ItemLine
			}
			block.Items = append(block.Items, l)
		}
		t := strings.TrimSpace(l.Text())
		prevEndsBlock = l.Kind == FormulaLine || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".")
	}
}

func looksLikeFormula(l *Line) bool {
	t := strings.TrimSpace(l.Text())
	return strings.HasPrefix(t, "The ") && strings.HasSuffix(t, ",")
}

// isCallLine reports whether a line holds only a call phrase. A phrase the
// vocabulary knows is a call anywhere; an unknown one only at a block
// boundary and when it is short, unpunctuated and lower case.
func isCallLine(l *Line, atBoundary bool) bool {
	if l.Label != "" || l.Kind == NoteDefLine || l.Level > 0 {
		return false
	}
	for _, in := range l.Content {
		if _, ok := in.(*NoteRef); ok {
			return false
		}
	}
	t := strings.TrimSpace(l.Text())
	if t == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".,;:!?", last) {
		return false
	}
	if _, ok := vocab.Lookup(t); ok {
		return true
	}
	if !atBoundary || len(strings.Fields(t)) > 8 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "["))
	return unicode.IsLower(first)
}

func clip(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		return string([]rune(s)[:57]) + "..."
	}
	return s
}
