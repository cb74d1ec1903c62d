package html

import (
	"fmt"
	"html"
	"strconv"

	"opinionc/doc"
	"opinionc/housestyle"
)

// noteAnchor is the id of a footnote in the notes list.
func (p *page) noteAnchor(n *doc.Footnote) string { return p.anchor(noteID(n)) }

// markerAnchor is the id of the k-th marker (1-based) citing n; the first
// is the target of the note's back-link.
func (p *page) markerAnchor(n *doc.Footnote, k int) string {
	id := p.anchor(noteID(n) + "-ref")
	if k > 1 {
		id += "-" + strconv.Itoa(k)
	}
	return id
}

func noteID(n *doc.Footnote) string {
	if n.ID != "" {
		return n.ID
	}
	return "fn" + strconv.Itoa(n.Number)
}

// marker records one more citation of n and returns its marker's id and
// the link to the note. A note missing from d.Notes is listed after them,
// so the link still has a target.
func (p *page) marker(n *doc.Footnote) (id, link string) {
	if !p.inNotes[n] {
		p.inNotes[n] = true
		p.notes = append(p.notes, n)
	}
	p.cited[n]++
	return p.markerAnchor(n, p.cited[n]), href(p.noteAnchor(n))
}

// footnotes writes the notes at the end of the document, each with its
// number as text and a back-link to its first marker.
func (p *page) footnotes() {
	if len(p.notes) == 0 {
		return
	}
	headingID := p.anchor("footnotes")
	p.printf("<section class=\"Footnotes\" aria-labelledby=\"%s\">\n", attr(headingID))
	title := "Footnotes"
	if p.level > 1 && p.d.Heading != "" { // in a report: one notes section per Opinion, each named
		title += " to " + p.d.Heading
	}
	p.printf("<h%d class=\"vh\"%s>%s</h%d>\n<ol>\n", p.level+1, p.idAttr(headingID), html.EscapeString(title), p.level+1)
	// An index loop: a note's text may cite a note not listed yet.
	for i := 0; i < len(p.notes); i++ {
		n := p.notes[i]
		number := strconv.Itoa(n.Number)
		p.printf("<li class=\"%s\"%s><span class=\"label\">%s</span>", housestyle.FootnoteText.ID, p.idAttr(p.noteAnchor(n)), number)
		p.inline(n.Content)
		if p.cited[n] > 0 {
			p.printf(" <a class=\"FootnoteBack\" href=\"%s\"><span aria-hidden=\"true\">↑</span><span class=\"vh\">%s</span></a>",
				href(p.markerAnchor(n, 1)), fmt.Sprintf("Back to the text of footnote %s", number))
		}
		p.printf("</li>\n")
	}
	p.printf("</ol>\n</section>\n")
}
