package docx

import (
	"opinionc/doc"
	"opinionc/housestyle"
)

// notes numbers footnotes in the order the text cites them; Word numbers
// its footnotes the same way, so the ids are also the printed numbers.
// Ids -1 and 0 are Word's separator and continuation separator.
type notes struct {
	ids   map[*doc.Footnote]int
	order []*doc.Footnote
}

func newNotes() *notes { return &notes{ids: map[*doc.Footnote]int{}} }

// cite returns the id of a footnote and whether this is its first citation.
func (n *notes) cite(f *doc.Footnote) (id int, first bool) {
	if id, ok := n.ids[f]; ok {
		return id, false
	}
	n.order = append(n.order, f)
	id = len(n.order)
	n.ids[f] = id
	return id, true
}

// footnotesXML returns word/footnotes.xml with the separators and every
// cited footnote. Marks inside a footnote's own text cannot open another
// footnote; they print as numbers.
func (b *body) footnotesXML() string {
	w := &b.w
	w.Reset()
	w.raw(xmlHeader, `<w:footnotes xmlns:w="`, nsW, `" xmlns:r="`, nsR, `">`)
	w.raw(`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`)
	w.raw(`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	b.inNote = true
	for i := 0; i < len(b.notes.order); i++ { // a note's text may cite a new note
		f := b.notes.order[i]
		w.raw(`<w:footnote w:id="`, itoa(i+1), `"><w:p><w:pPr>`)
		w.val("w:pStyle", housestyle.FootnoteText.ID)
		w.raw("</w:pPr><w:r><w:rPr>")
		w.val("w:rStyle", styleNoteRef)
		w.raw("</w:rPr><w:footnoteRef/></w:r><w:r><w:tab/></w:r>")
		b.inlines(f.Content, runStyle{})
		w.raw("</w:p></w:footnote>")
	}
	w.raw("</w:footnotes>")
	return w.String()
}
