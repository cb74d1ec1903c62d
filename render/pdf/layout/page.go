// Package layout sets a document in ITU house style: it breaks paragraphs
// into lines (total-fit, with the fonts' real advance widths and kerning),
// paginates them (keep-with-next, widows and orphans, footnotes at the foot
// of the page that cites them) and returns positioned text, rules, links,
// destinations and bookmarks. It draws nothing: package pdf turns the
// result into a PDF.
package layout

// All coordinates are in points from the top-left corner of the page;
// a Run's Y is its baseline.

// Run is text drawn in one face at one position.
type Run struct {
	X, Y float64
	Text string // runes the face has (see [Glyphs]); may end in a space glyph
	Face Face
	Size float64
}

// Rect is a rectangle by its top-left corner.
type Rect struct{ X, Y, W, H float64 }

// Mark shades unagreed (square-bracketed) text; Depth is its nesting (1 = outermost).
type Mark struct {
	Rect
	Depth int
	id    string
}

// Link is a cross-reference: a clickable area leading to a [Dest].
type Link struct {
	Rect
	Target string // the destination's name
}

// Dest is a named destination: the top of an item or call.
type Dest struct {
	Name string
	Y    float64
}

// Bookmark is an entry of the PDF outline.
type Bookmark struct {
	Title string
	Level int // 0 for the document, 1 for its calls
	Y     float64
}

// Rule is a horizontal line (the footnote separator).
type Rule struct{ X1, X2, Y, Width float64 }

// Stroke is a straight line from (X1, Y1) to (X2, Y2): a table border.
type Stroke struct{ X1, Y1, X2, Y2, Width float64 }

// Line records where a line of text was set, for quality checks.
type Line struct {
	Page       int
	Y          float64 // baseline
	Left       float64 // where its text box starts
	Right      float64 // the right edge of its last glyph
	Limit      float64 // the right edge of the text block
	Ratio      float64 // adjustment ratio of its spaces (>0 stretched, <0 shrunk)
	Justified  bool    // spaces were stretched to fill the measure
	Spaces     int     // number of inter-word spaces
	SpaceWidth float64 // width of one stretched space, pt
	Natural    float64 // natural width of one space, pt
	Content    float64 // natural width of the line's text, spaces included
	Shrink     float64 // how much its spaces may shrink in all
	Next       float64 // natural width the next word would add (space included); 0 on a last line
	Call       bool    // the line is a call line
	Footnote   bool
	Para       int // index of its paragraph (body and footnotes counted apart)
	Index, Of  int // its place in the paragraph: line Index (0-based) of Of
}

// Page is one laid-out page.
type Page struct {
	Runs      []Run
	Marks     []Mark
	Links     []Link
	Dests     []Dest
	Bookmarks []Bookmark
	Rules     []Rule
	Strokes   []Stroke
}

// Result is a laid-out document.
type Result struct {
	Width, Height float64
	Pages         []*Page
	Lines         []Line // every body and footnote line, in order

	tocs []tocLine // contents entries whose page numbers are filled in after pagination
}
