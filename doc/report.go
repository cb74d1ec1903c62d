package doc

import "opinionc/internal/source"

// A Report is a whole report: a cover (title, document number, date),
// narrative chapters, and an annex of Opinions. Package report builds it from
// a Markdown source; renderers walk it and never re-parse its text.
type Report struct {
	Name       string      // base name of the source without extension, e.g. "wtpf21-report"
	ID         string      // anchor prefix of the chapters, unique in the report: "report"
	Title      string      // e.g. "Report by the ITU Secretary-General for …"
	Symbol     string      // document number as written, e.g. "WTPF-21/1-E"; or ""
	Date       string      // date as written, e.g. "1 December 2021"; or ""
	Lang       string      // BCP 47 language, e.g. "en-GB"
	Chapters   []Part      // the narrative, in reading order
	Notes      []*Footnote // footnotes of the chapters, in order of first citation
	AnnexTitle string      // heading of the annex as written; or ""
	Annex      []*Document // the Opinions of the annex, in order; each has a distinct ID
	Pos        source.Pos  // position of the manifest
}

// Part is a block of a report's narrative: *Heading, *Paragraph, *Table or *List.
type Part interface{ part() }

// Heading is a chapter or section heading, its number as written.
type Heading struct {
	Level   int    // 1 for a chapter ("1. Preamble"), 2 for "1.1 …", 3 for "2.8.1 …"
	Number  string // "1.", "1.1", "2.8.1"; or ""
	Content []Inline
	ID      string // anchor id within the report (Report.Anchor gives the full anchor), e.g. "s1.1"
	Pos     source.Pos
}

// Paragraph is a paragraph of the narrative: numbered ("1.1.1 …", number as
// written), plain, or quoted.
type Paragraph struct {
	Number  string // "1.1.1", "2.7.6"; "" for a plain paragraph
	Quote   bool   // set off as a quotation
	Content []Inline
	ID      string // anchor id of a numbered paragraph, e.g. "p1.1.1"; or ""
	Pos     source.Pos
}

// Table is a table with an optional caption ("Table 1: …") and header row.
type Table struct {
	Caption []Inline
	Header  []Cell // nil when the table has no header row
	Rows    [][]Cell
	ID      string // anchor id, e.g. "table1"
	Pos     source.Pos
}

// Grid returns the table's rows, the header row first when there is one,
// and the number of columns (that of its longest row).
func (t *Table) Grid() (rows [][]Cell, cols int) {
	rows = t.Rows
	if t.Header != nil {
		rows = append([][]Cell{t.Header}, rows...)
	}
	for _, row := range rows {
		cols = max(cols, len(row))
	}
	return rows, cols
}

// Cell is a table cell: one or more paragraphs.
type Cell struct{ Paras [][]Inline }

// List is a list of labelled items: lettered questions ("a.", "b."),
// numbered or bulleted items. Labels are as written.
type List struct {
	Items []*ListItem
	Pos   source.Pos
}

// ListItem is one item of a list, with the items nested under it.
type ListItem struct {
	Label   string // "a.", "1.", "•"
	Content []Inline
	Items   []*ListItem
	Pos     source.Pos
}

func (*Heading) part()   {}
func (*Paragraph) part() {}
func (*Table) part()     {}
func (*List) part()      {}

// Anchor returns the report-wide anchor of a chapter id (a heading,
// paragraph, table or footnote), e.g. "report.s1.1".
func (r *Report) Anchor(id string) string { return r.ID + "." + id }

// AnnexID is the anchor id of the annex heading.
const AnnexID = "annex"

// Text returns a heading's text as a reader sees it: number and title.
func (h *Heading) Text() string {
	t := PlainText(h.Content)
	if h.Number == "" {
		return t
	}
	return h.Number + " " + t
}

// Headings returns the report's headings in reading order.
func (r *Report) Headings() []*Heading {
	var out []*Heading
	for _, p := range r.Chapters {
		if h, ok := p.(*Heading); ok {
			out = append(out, h)
		}
	}
	return out
}
