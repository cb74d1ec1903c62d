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
	for _, l := range op.lines {
		if l.drop {
			continue
		}
		startsBlock := l.kind == headingLine || l.kind == callLine || !inCall
		if startsBlock && blockOpen {
			b.WriteByte('\n')
		}
		if l.kind == callLine {
			inCall = true
		}
		if l.kind == itemLine {
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
