package check

import (
	"strconv"

	"opinionc/doc"
)

func (c *checker) buildNotes() {
	c.notes = map[string]*noteInfo{}
	for _, l := range c.file.Notes {
		if prev, dup := c.notes[l.NoteLabel]; dup {
			c.report(l.Pos, "note-duplicate", "footnote [^%s] is defined twice (first at line %d)", l.NoteLabel, prev.line.Pos.Line)
			continue
		}
		c.notes[l.NoteLabel] = &noteInfo{line: l, note: &doc.Footnote{Label: l.NoteLabel, Pos: l.Pos}}
	}
}

// cite returns the footnote a marker cites, numbering footnotes in order of
// first citation; nil (and an error) when there is no definition.
func (c *checker) cite(label string, n *noteInfo) *doc.Footnote {
	if !n.cited {
		n.cited = true
		n.note.Number = len(c.doc.Notes) + 1
		n.note.ID = "fn" + strconv.Itoa(n.note.Number)
		c.doc.Notes = append(c.doc.Notes, n.note)
	}
	return n.note
}

// numberNotes fills in footnote contents (which may cite further notes) and
// reports unused definitions.
func (c *checker) numberNotes() {
	for i := 0; i < len(c.doc.Notes); i++ { // Notes may grow while we go
		fn := c.doc.Notes[i]
		c.notes[fn.Label].note.Content = c.inlines(c.notes[fn.Label].line.Content, nil)
	}
	for _, l := range c.file.Notes {
		if n := c.notes[l.NoteLabel]; n != nil && n.line == l && !n.cited {
			c.report(l.Pos, "note-unused", "footnote [^%s] is defined but never cited", l.NoteLabel)
		}
	}
}
