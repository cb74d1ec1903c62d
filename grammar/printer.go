package grammar

import (
	"bytes"
	"strings"
)

// Format prints a parsed file in canonical form (see docs/language.md):
// labels followed by one space, four spaces of indentation per level, runs
// of spaces folded, no trailing white space, exactly one blank line before
// the formula, each call and the footnote definitions, and none elsewhere.
// It never changes wording, and formatting twice gives the same bytes.
func Format(f *File) []byte {
	var b bytes.Buffer
	var pending []*Line // comments waiting for the line they precede
	first := true
	prevNote := false
	afterSection := false // the previous line was a section heading or title line
	emit := func(l *Line) {
		blank := !first && (needsBlank(l) || afterSection && l != nil && l.Kind != SectionTitleLine) && !(prevNote && l != nil && l.Kind == NoteDefLine)
		if l != nil {
			afterSection = l.Kind == SectionLine || l.Kind == SectionTitleLine
		}
		for _, c := range pending {
			if blank {
				b.WriteByte('\n')
				blank = false
			}
			b.WriteString(strings.TrimRight(strings.TrimSpace(c.Comment), " \t"))
			b.WriteByte('\n')
		}
		pending = pending[:0]
		if l == nil {
			return
		}
		if blank {
			b.WriteByte('\n')
		}
		first = false
		prevNote = l.Kind == NoteDefLine
		printLine(&b, l)
	}
	for _, l := range f.Lines {
		switch l.Kind {
		case BlankLine:
			continue
		case CommentLine:
			pending = append(pending, l)
			continue
		}
		emit(l)
	}
	if len(pending) > 0 {
		emit(nil)
	}
	return b.Bytes()
}

func needsBlank(l *Line) bool {
	if l == nil {
		return false
	}
	switch l.Kind {
	case FormulaLine, CallLine, NoteDefLine, SectionLine:
		return true
	}
	return false
}

func printLine(b *bytes.Buffer, l *Line) {
	var line bytes.Buffer
	switch {
	case l.Kind == NoteDefLine:
		line.WriteString("[^" + l.NoteLabel + "]: ")
	default:
		// Indentation is meaning (an indented line is never a call), so
		// every line keeps its level, four spaces a level.
		line.WriteString(strings.Repeat("    ", l.Level))
		if l.Label != "" {
			line.WriteString(l.Label + " ")
		}
	}
	var content bytes.Buffer
	printInlines(&content, l.Content)
	line.WriteString(strings.TrimLeft(content.String(), " ")) // a stray CR may have become a leading space
	s := strings.TrimRight(line.String(), " \t")
	b.WriteString(s)
	b.WriteByte('\n')
}

var textEscaper = strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`, `*`, `\*`, "\t", " ")

func printInlines(b *bytes.Buffer, in []Inline) {
	for _, n := range in {
		switch n := n.(type) {
		case *Text:
			writeFolded(b, textEscaper.Replace(n.Value))
		case *Emph:
			b.WriteByte('*')
			printInlines(b, n.Children)
			if n.Closed {
				b.WriteByte('*')
			}
		case *Bracket:
			b.WriteByte('[')
			printInlines(b, n.Children)
			if n.Closed {
				b.WriteByte(']')
			}
		case *StrayClose:
			b.WriteByte(']')
		case *NoteRef:
			b.WriteString("[^" + n.Label + "]")
		}
	}
}

// writeFolded writes s with runs of spaces folded to one, also across
// inline boundaries.
func writeFolded(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' { // a lone carriage return inside a line is white space
			c = ' '
		}
		if c == ' ' && b.Len() > 0 && b.Bytes()[b.Len()-1] == ' ' {
			continue
		}
		b.WriteByte(c)
	}
}
