package housestyle

// Styles of a report: the cover block, the table of contents, the chapters'
// headings and numbered paragraphs, quotations and tables. house-style.md
// gives no values for a report's narrative; these are proposals [P]
// modelled on ITU's Word templates (Heading 1–3 bold with the number
// hanging at the label tab; Table_title, Table_text at 10 pt; Word's toc 1–3).
var (
	// Cover block: the document number and date at the top right, then the
	// title, centred.
	DocNumber = Style{ID: "Docnumber", Name: "Doc_number", SizeHalfPt: 24, Bold: true, Align: Right, Before: 0}
	DocDate   = Style{ID: "Docdate", Name: "Doc_date", SizeHalfPt: 24, Align: Right, Before: 0}
	Title     = Style{ID: "Title", Name: "Title", SizeHalfPt: 28, Bold: true, Align: Center, Before: 720, After: 240, KeepNext: true, KeepLines: true}

	TOCHeading = Style{ID: "TOCHeading", Name: "TOC Heading", SizeHalfPt: 24, Bold: true, Align: Center, Before: 480, After: 120, KeepNext: true}
	TOC1       = Style{ID: "TOC1", Name: "toc 1", SizeHalfPt: 24, Align: Left, Before: 120}
	TOC2       = Style{ID: "TOC2", Name: "toc 2", SizeHalfPt: 24, Align: Left, Before: 60, Indent: 397}
	TOC3       = Style{ID: "TOC3", Name: "toc 3", SizeHalfPt: 24, Align: Left, Before: 60, Indent: 794}

	Heading1 = Style{ID: "Heading1", Name: "heading 1", SizeHalfPt: 24, Bold: true, Align: Left, Before: 360, Indent: 794, Hanging: 794, KeepNext: true, KeepLines: true}
	Heading2 = Style{ID: "Heading2", Name: "heading 2", SizeHalfPt: 24, Bold: true, Align: Left, Before: 240, Indent: 794, Hanging: 794, KeepNext: true, KeepLines: true}
	Heading3 = Style{ID: "Heading3", Name: "heading 3", SizeHalfPt: 24, Bold: true, Align: Left, Before: 200, Indent: 794, Hanging: 794, KeepNext: true, KeepLines: true}

	// Quotation: a quoted passage, indented on the left.
	Quotation = Style{ID: "Quotation", Name: "Quotation", SizeHalfPt: 24, Align: Justify, Before: 120, Indent: 794}

	TableTitle = Style{ID: "Tabletitle", Name: "Table_title", SizeHalfPt: 24, Bold: true, Align: Center, Before: 240, After: 120, KeepNext: true, KeepLines: true}
	TableText  = Style{ID: "Tabletext", Name: "Table_text", SizeHalfPt: 20, Align: Left, Before: 40, After: 40}
)

// HeadingStyle returns the style of a report heading level (1-based).
func HeadingStyle(level int) Style {
	switch {
	case level <= 1:
		return Heading1
	case level == 2:
		return Heading2
	default:
		return Heading3
	}
}

// TOCStyle returns the style of a table-of-contents entry at a level (1-based).
func TOCStyle(level int) Style {
	switch {
	case level <= 1:
		return TOC1
	case level == 2:
		return TOC2
	default:
		return TOC3
	}
}

// TableCellPadding is the space between a table cell's border and its text.
const TableCellPadding Twips = 108

// TableRuleWidth is the width of a table's borders, in points.
const TableRuleWidth = 0.5
