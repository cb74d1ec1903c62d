// Package housestyle holds the ITU house-style values that every renderer
// shares: page, fonts, paragraph styles, indents and spacing. Lengths are in
// twips (1/20 pt, 567 ≈ 1 cm) as in ITU's Word templates; use [Pt] and [Cm]
// to convert. Sources are in house-style.md; figures marked there as seen in
// wtsa16-res1.docx follow that published resolution.
package housestyle

// Twips is a length in twentieths of a point.
type Twips int

// Pt returns the length in points.
func (t Twips) Pt() float64 { return float64(t) / 20 }

// Cm returns the length in centimetres.
func (t Twips) Cm() float64 { return float64(t) / 567 }

// Page setup: A4 portrait, ITU-R 12 pt template margins.
const (
	PageWidth      Twips = 11907
	PageHeight     Twips = 16840
	MarginTop      Twips = 1418
	MarginBottom   Twips = 1418
	MarginLeft     Twips = 1134
	MarginRight    Twips = 1134
	HeaderDistance Twips = 720
	FooterDistance Twips = 720
)

// TextWidth is the width of the text block.
const TextWidth = PageWidth - MarginLeft - MarginRight

// Fonts. The body face is Times New Roman; the PDF embeds the metric-compatible
// Liberation Serif, and HTML falls back through CSSFontStack.
const (
	BodyFont     = "Times New Roman"
	EmbeddedFont = "Liberation Serif"
	CSSFontStack = `"Times New Roman", Times, "Liberation Serif", serif`
	Lang         = "en-GB"
)

// Tab stops of the Normal style; the first is where item text starts after a label.
var TabStops = []Twips{794, 1191, 1588, 1985}

// LabelTab is the tab stop that item text starts at after its label (1.40 cm).
const LabelTab Twips = 794

// Align is paragraph alignment.
type Align int

const (
	Left Align = iota
	Center
	Justify
	Right
)

// Style is one paragraph style, named after ITU's Word styles.
type Style struct {
	ID         string // Word style id, also the HTML class
	Name       string // Word style name
	SizeHalfPt int    // font size in half-points (24 = 12 pt)
	Bold       bool
	Italic     bool
	Caps       bool
	Align      Align
	Before     Twips // space before
	After      Twips // space after
	Indent     Twips // left indent
	Hanging    Twips // hanging indent of the first line
	KeepNext   bool  // keep with next paragraph
	KeepLines  bool  // keep lines together
}

// SizePt returns the font size in points.
func (s Style) SizePt() float64 { return float64(s.SizeHalfPt) / 2 }

// BodyAlign is the alignment of body text: justified for Opinions (house-style.md §2 [P]).
var BodyAlign = Justify

// The paragraph styles (house-style.md §2).
var (
	Normal           = Style{ID: "Normal", Name: "Normal", SizeHalfPt: 24, Align: Justify, Before: 120}
	ResNo            = Style{ID: "ResNo", Name: "Res_No", SizeHalfPt: 28, Caps: true, Align: Center, Before: 0, KeepNext: true, KeepLines: true}
	Restitle         = Style{ID: "Restitle", Name: "Res_title", SizeHalfPt: 28, Bold: true, Align: Center, Before: 360, KeepNext: true, KeepLines: true}
	Resref           = Style{ID: "Resref", Name: "Res_ref", SizeHalfPt: 24, Italic: true, Align: Center, Before: 120, KeepNext: true}
	Normalaftertitle = Style{ID: "Normalaftertitle", Name: "Normal_after_title", SizeHalfPt: 24, Align: Justify, Before: 360}
	// Call: wtsa16-res1.docx, the published resolution, has 240 tw before a
	// call where house-style.md gives 160; the publication wins.
	Call         = Style{ID: "Call", Name: "Call", SizeHalfPt: 24, Italic: true, Align: Left, Before: 240, Indent: 794, KeepNext: true, KeepLines: true}
	Enumlev1     = Style{ID: "enumlev1", Name: "enumlev1", SizeHalfPt: 24, Align: Justify, Before: 80, Indent: 794, Hanging: 794}
	Enumlev2     = Style{ID: "enumlev2", Name: "enumlev2", SizeHalfPt: 24, Align: Justify, Before: 80, Indent: 1191, Hanging: 397}
	Enumlev3     = Style{ID: "enumlev3", Name: "enumlev3", SizeHalfPt: 24, Align: Justify, Before: 80, Indent: 1588, Hanging: 397}
	Headingb     = Style{ID: "Headingb", Name: "Heading_b", SizeHalfPt: 24, Bold: true, Align: Left, Before: 160, KeepNext: true}
	Note         = Style{ID: "Note", Name: "Note", SizeHalfPt: 22, Align: Justify, Before: 80}
	FootnoteText = Style{ID: "FootnoteText", Name: "footnote text", SizeHalfPt: 22, Align: Left, Before: 80, Indent: 255, Hanging: 255, KeepLines: true}
	Header       = Style{ID: "Header", Name: "header", SizeHalfPt: 18, Align: Center}
	Footer       = Style{ID: "Footer", Name: "footer", SizeHalfPt: 16, Caps: true, Align: Left}
	// SectionNo and Sectiontitle head the numbered sections of a resolution
	// ("SECTION 1" and its title), as in wtsa16-res1.docx.
	SectionNo    = Style{ID: "SectionNo", Name: "Section_No", SizeHalfPt: 28, Caps: true, Align: Center, Before: 720, KeepNext: true, KeepLines: true}
	Sectiontitle = Style{ID: "Sectiontitle", Name: "Section_title", SizeHalfPt: 28, Bold: true, Align: Center, Before: 360, After: 120, KeepNext: true, KeepLines: true}
	AnnexNo      = Style{ID: "AnnexNo", Name: "Annex_No", SizeHalfPt: 28, Caps: true, Align: Center, Before: 480, After: 80, KeepNext: true}
	Annextitle   = Style{ID: "Annextitle", Name: "Annex_title", SizeHalfPt: 28, Bold: true, Align: Center, Before: 240, After: 280, KeepNext: true}
	// Figure: wtsa16-res1.docx sets its figures and their captions
	// ("Figure 7.1a – …") in ITU's Figure style, centred.
	Figure = Style{ID: "Figure", Name: "Figure", SizeHalfPt: 24, Align: Center, Before: 240, After: 120, KeepNext: true, KeepLines: true}
)

// Enumlev returns the enumeration style for a nesting level (1-based);
// level 0 (items directly under a call) uses [Normal] with a label tab.
func Enumlev(level int) Style {
	switch {
	case level <= 0:
		return Normal
	case level == 1:
		return Enumlev1
	case level == 2:
		return Enumlev2
	default:
		return Enumlev3
	}
}

// Footnote reference mark: 9 pt, raised 3 pt.
const (
	NoteRefSizeHalfPt  = 18
	NoteRefRaiseHalfPt = 6
	// NoteTab is the tab between a footnote's number and its text.
	NoteTab Twips = 255
)

// ItalicLabels reports whether item labels of a call kind are set in italics:
// preambular labels a), b) are italic, operative labels 1, 2 roman.
func ItalicLabels(preambular bool) bool { return preambular }
