package check

import (
	"opinionc/doc"
	"opinionc/grammar"
)

// inlines converts a line's inline content to the document model, finding
// cross-references in the text of items (from is the item they are in; nil
// for titles, formulas and footnotes) and reporting unbalanced brackets,
// unclosed emphasis and markers with no footnote.
func (c *checker) inlines(in []grammar.Inline, from *itemInfo) []doc.Inline {
	var out []doc.Inline
	for _, n := range in {
		switch n := n.(type) {
		case *grammar.Text:
			out = append(out, c.findRefs(n, from)...)
		case *grammar.Emph:
			if !n.Closed {
				c.report(n.Pos, "emphasis-unclosed", "emphasis mark * is not closed on this line (write \\* for a literal asterisk)")
			}
			out = append(out, &doc.Emphasis{Children: c.inlines(n.Children, from)})
		case *grammar.Bracket:
			if !n.Closed {
				c.report(n.Pos, "brackets-unbalanced", "square bracket [ is not closed on this line")
			}
			out = append(out, &doc.Bracket{Children: c.inlines(n.Children, from), Pos: n.Pos})
		case *grammar.StrayClose:
			c.report(n.Pos, "brackets-unbalanced", "closing square bracket ] has no opening bracket on this line")
			out = append(out, &doc.Text{Value: "]"})
		case *grammar.NoteRef:
			note, ok := c.notes[n.Label]
			if !ok {
				c.report(n.Pos, "note-undefined", "footnote [^%s] has no definition; add a line %q", n.Label, "[^"+n.Label+"]: text")
				continue
			}
			out = append(out, &doc.NoteRef{Note: c.cite(n.Label, note), Pos: n.Pos})
		}
	}
	return mergeText(out)
}

func mergeText(in []doc.Inline) []doc.Inline {
	out := in[:0]
	for _, n := range in {
		if t, ok := n.(*doc.Text); ok && len(out) > 0 {
			if prev, ok := out[len(out)-1].(*doc.Text); ok {
				prev.Value += t.Value
				continue
			}
		}
		out = append(out, n)
	}
	return out
}
