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

var parser = participle.MustBuild[lineFile](participle.Lexer(lineLexer{}))

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
	b := builder{file: f, src: src}
	text := src
	if bytes.HasPrefix(text, []byte("\uFEFF")) { // a BOM: offsets and columns of line 1 count it
		b.base, b.col0 = 3, 1
		text = text[3:]
	}
	tree, err := parser.ParseBytes(filename, text)
	if err != nil {
		diags.Errorf(b.errPos(err), "syntax", "%s", errMsg(err))
	}
	if tree != nil {
		for _, n := range tree.Lines {
			f.Lines = append(f.Lines, b.line(n))
		}
	}
	classify(f, &diags)
	return f, diags
}

// badBytes reports the first invalid UTF-8 sequence or NUL byte.
func badBytes(filename string, src []byte) (source.Pos, string, bool) {
	if utf8.Valid(src) && bytes.IndexByte(src, 0) < 0 {
		return source.Pos{}, "", true
	}
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

func (b *builder) errPos(err error) source.Pos {
	var perr participle.Error
	if errors.As(err, &perr) {
		return b.pos(perr.Position())
	}
	return b.pos(lexer.Position{Line: 1, Column: 1})
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
	base int // bytes before the lexed text: 3 after a BOM
	col0 int // columns before line 1: 1 after a BOM
}

// pos turns a lexer position into one in the file.
func (b *builder) pos(p lexer.Position) source.Pos {
	col := p.Column
	if p.Line == 1 {
		col += b.col0
	}
	return source.Pos{File: b.file.Name, Line: p.Line, Col: col, Offset: b.base + p.Offset}
}

func (b *builder) line(n *lineNode) *Line {
	prefix := n.Comment + n.NoteDef + n.Label + n.Plain // one of them is set
	indent := prefix[:spaceLen(prefix)]
	l := &Line{Pos: b.pos(n.Pos), Indent: indent, Level: indentLevel(indent)}
	l.TextPos = l.Pos
	l.TextPos.Col += utf8.RuneCountInString(prefix)
	l.TextPos.Offset += len(prefix)
	switch {
	case n.Comment != "":
		l.Kind = CommentLine
		l.Comment = prefix[len(indent):]
		l.End = l.TextPos
		return l
	case n.NoteDef != "":
		l.NoteLabel = strings.TrimSpace(prefix[len(indent):])
		l.NoteLabel = l.NoteLabel[2 : len(l.NoteLabel)-2]
		l.Kind = NoteDefLine
	case n.Label != "":
		l.Label = strings.TrimRight(prefix[len(indent):], " \t")
	}
	l.Content, l.End = scanInline(n.Content, l.TextPos)
	if l.Label == "" && blankContent(l.Content) {
		l.Content = nil // white space only, a stray CR included
	}
	if l.Kind == BlankLine && (len(l.Content) > 0 || l.Label != "") {
		l.Kind = ItemLine // classified later
	}
	return l
}

func blankContent(in []Inline) bool {
	for _, n := range in {
		t, ok := n.(*Text)
		if !ok || strings.TrimSpace(t.Value) != "" {
			return false
		}
	}
	return true
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

var headingRE = regexp.MustCompile(`^(?i:(DRAFT\s+)?(OPINION|RESOLUTION|DECISION|RECOMMENDATION))\s+(\S+)`)

// classify recognises the heading, title, formula, calls, items and
// footnote definitions among the lines.
func classify(f *File, diags *diag.List) {
	i := 0
	blankBefore := false   // a blank line came before the line next returned
	next := func() *Line { // next non-blank, non-comment line
		blankBefore = false
		for i < len(f.Lines) {
			l := f.Lines[i]
			i++
			switch l.Kind {
			case BlankLine:
				blankBefore = true
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
		switch {
		case l.Kind == NoteDefLine:
			f.Notes = append(f.Notes, l)
			continue
		case blankBefore && isSectionLine(l):
			l.Kind = SectionLine
			block = &Block{Section: l}
			f.Blocks = append(f.Blocks, block)
			for i < len(f.Lines) && f.Lines[i].Kind == ItemLine && f.Lines[i].Label == "" && f.Lines[i].Level == 0 {
				f.Lines[i].Kind = SectionTitleLine
				block.SectionTitle = append(block.SectionTitle, f.Lines[i])
				i++
			}
			prevEndsBlock = false
			continue
		case isCallLine(l, (prevEndsBlock || blankBefore) && (block == nil || block.Section == nil)) || blankBefore && isCommaCall(l, f.Lines, i):
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
			if block.Call == nil && block.Section == nil {
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

// isCommaCall reports whether a line is a long call that a text closes
// with a comma ("continues to encourage all agencies … of the Union,"):
// its verb is in the vocabulary, and the next line is its operative
// paragraph, which starts with "to".
func isCommaCall(l *Line, lines []*Line, next int) bool {
	if l.Label != "" || l.Level > 0 || next >= len(lines) || lines[next].Label != "" {
		return false
	}
	t := strings.TrimSpace(l.Text())
	if !strings.HasSuffix(t, ",") || !strings.HasPrefix(strings.TrimSpace(lines[next].Text()), "to ") {
		return false
	}
	_, ok := vocab.Lookup(strings.TrimSuffix(t, ","))
	first, _ := utf8.DecodeRuneInString(t)
	return ok && unicode.IsLower(first)
}

// isSectionLine reports whether a line is a section heading of its own:
// "SECTION 1", "Section 1bis", "APPENDIX I", "Annex A".
func isSectionLine(l *Line) bool {
	if l.Label != "" || l.Level > 0 || len(l.Content) != 1 {
		return false
	}
	t, ok := l.Content[0].(*Text)
	if !ok || len(t.Value) < 7 || t.Value[0] != 'S' && t.Value[0] != 'A' {
		return false
	}
	f := strings.Fields(t.Value)
	if len(f) != 2 {
		return false
	}
	switch f[0] {
	case "SECTION", "Section", "APPENDIX", "Appendix", "ANNEX", "Annex":
	default:
		return false
	}
	n := strings.TrimSuffix(strings.TrimSuffix(f[1], "bis"), "ter")
	if n == "" || len(n) > 5 {
		return false
	}
	digits, roman := true, true
	for _, r := range n {
		digits = digits && r >= '0' && r <= '9'
		roman = roman && strings.ContainsRune("IVX", r)
	}
	return digits || roman || len(n) == 1 && n[0] >= 'A' && n[0] <= 'Z'
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
