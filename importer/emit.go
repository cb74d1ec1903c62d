package importer

import "strings"

// emit writes an Opinion in canonical form (see the package comment): the
// heading, then each line before the first call as a block of its own (the
// formula), then each call with its items and paragraphs, then the footnote
// definitions; one blank line between blocks.
func emit(op *opinion) []byte {
	var b strings.Builder
	blockOpen := false // a block has been written; the next one needs a blank line
	inCall := false
	prev := unknownLine
	for _, l := range op.lines {
		if l.drop {
			continue
		}
		var startsBlock bool
		switch l.kind {
		case headingLine, callLine, sectionLine:
			startsBlock = true
		case titleLine, sectionTitleLine:
			startsBlock = false
		default:
			startsBlock = !inCall || prev == sectionLine || prev == sectionTitleLine
		}
		if startsBlock && blockOpen {
			b.WriteByte('\n')
		}
		if l.kind == callLine || l.kind == sectionLine {
			inCall = true
		}
		prev = l.kind
		if l.kind == itemLine || l.kind == paraLine {
			b.WriteString(strings.Repeat("    ", l.level))
		}
		b.WriteString(l.text)
		b.WriteByte('\n')
		blockOpen = true
	}
	for i, n := range op.notes {
		if i == 0 && blockOpen {
			b.WriteByte('\n')
		}
		b.WriteString("[^" + n.label + "]:")
		if n.text != "" {
			b.WriteString(" " + n.text)
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}
