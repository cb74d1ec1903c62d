package grammar

import (
	"strings"
	"unicode/utf8"

	"opinionc/internal/source"
)

// frame is an open bracket or emphasis while inline content is scanned.
type frame struct {
	children *[]Inline
	bracket  *Bracket
	emph     *Emph
}

// scanInline scans the content of a line into inline nodes: footnote
// markers [^1], square brackets, *emphasis*, escapes \[ \] \* \\ and text.
// Brackets and emphasis are paired with a stack; unclosed ones stay open
// (Closed false) and a closing bracket with no opening one is a
// [StrayClose], for the checker to report, so any line scans. It also
// returns the position after the content.
func scanInline(s string, pos source.Pos) ([]Inline, source.Pos) {
	var root []Inline
	stack := []frame{{children: &root}}
	top := func() *frame { return &stack[len(stack)-1] }
	add := func(n Inline) { *top().children = append(*top().children, n) }
	var text strings.Builder
	var textPos source.Pos
	flush := func() {
		if text.Len() > 0 {
			add(&Text{Pos: textPos, Value: text.String()})
			text.Reset()
		}
	}
	at := pos
	for i := 0; i < len(s); {
		c := s[i]
		n := 1 // bytes consumed
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(`[]*\`, s[i+1]) >= 0:
			if text.Len() == 0 {
				textPos = at
			}
			text.WriteByte(s[i+1])
			n = 2
		case c == '[' && noteRefLen(s[i:]) > 0:
			flush()
			n = noteRefLen(s[i:])
			add(&NoteRef{Pos: at, Label: s[i+2 : i+n-1]})
		case c == '[':
			flush()
			br := &Bracket{Pos: at}
			add(br)
			stack = append(stack, frame{children: &br.Children, bracket: br})
		case c == ']':
			flush()
			k := len(stack) - 1
			for k > 0 && stack[k].bracket == nil {
				k--
			}
			if k == 0 {
				add(&StrayClose{Pos: at})
			} else {
				stack[k].bracket.Closed, stack[k].bracket.End = true, at
				stack = stack[:k]
			}
		case c == '*':
			flush()
			if f := top(); f.emph != nil {
				f.emph.Closed = true
				stack = stack[:len(stack)-1]
			} else {
				em := &Emph{Pos: at}
				add(em)
				stack = append(stack, frame{children: &em.Children, emph: em})
			}
		default:
			// A run of ordinary bytes up to the next special one.
			j := len(s)
			if k := strings.IndexAny(s[i+1:], `\[]*`); k >= 0 {
				j = i + 1 + k
			}
			if text.Len() == 0 {
				textPos = at
			}
			text.WriteString(s[i:j])
			n = j - i
		}
		at.Col += utf8.RuneCountInString(s[i : i+n])
		at.Offset += n
		i += n
	}
	flush()
	return root, at
}

// noteRefLen matches a footnote marker "[^LABEL]".
func noteRefLen(s string) int {
	if !strings.HasPrefix(s, "[^") {
		return 0
	}
	i := 2
	for i < len(s) && s[i] != ']' && s[i] != '[' && s[i] != ' ' && s[i] != '\t' {
		i++
	}
	if i == 2 || i >= len(s) || s[i] != ']' {
		return 0
	}
	return i + 1
}
