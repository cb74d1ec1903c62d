package docx

import (
	"opinionc/housestyle"
)

// Character styles of our own; the paragraph styles come from housestyle.
const (
	styleHyperlink = "Hyperlink"         // Word's built-in style for links
	styleNoteRef   = "FootnoteReference" // the footnote mark
	// styleUnagreed marks square-bracketed text with shading, which a
	// character style can carry in Word and LibreOffice alike (w:highlight
	// cannot be set in a style from Word's interface).
	styleUnagreed = "Unagreed"
	// linkColour is the colour of Word's built-in Hyperlink style.
	linkColour = "0000FF"
)

// paragraphStyles are written to styles.xml in this order; each is based on
// Normal and spells out every property that differs from it.
var paragraphStyles = []housestyle.Style{
	housestyle.ResNo,
	housestyle.Restitle,
	housestyle.Resref,
	housestyle.Normalaftertitle,
	housestyle.Call,
	housestyle.Enumlev1,
	housestyle.Enumlev2,
	housestyle.Enumlev3,
	housestyle.Headingb,
	housestyle.SectionNo,
	housestyle.Sectiontitle,
	housestyle.Note,
	housestyle.Figure,
	housestyle.FootnoteText,
	housestyle.Header,
	housestyle.Footer,
}

// clearsTabs lists the styles that drop Normal's label tab stops, as ITU's
// own styles do: centred headings and page furniture.
var clearsTabs = map[string]bool{
	housestyle.ResNo.ID: true, housestyle.Restitle.ID: true,
	housestyle.SectionNo.ID: true, housestyle.Sectiontitle.ID: true,
	housestyle.Header.ID: true, housestyle.Footer.ID: true,
}

// stylesXML returns word/styles.xml.
func stylesXML(lang string) string { return stylesXMLWith(lang, nil) }

// stylesXMLWith writes the styles and the extra paragraph styles (a report's).
func stylesXMLWith(lang string, extra []housestyle.Style) string {
	var w xw
	w.raw(xmlHeader, `<w:styles xmlns:w="`, nsW, `">`)
	w.raw(`<w:docDefaults><w:rPrDefault><w:rPr>`)
	fonts(&w)
	w.val("w:sz", itoa(housestyle.Normal.SizeHalfPt))
	w.val("w:szCs", itoa(housestyle.Normal.SizeHalfPt))
	w.raw("<w:lang")
	w.attr("w:val", lang)
	w.attr("w:eastAsia", lang)
	w.attr("w:bidi", "ar-SA")
	w.raw("/>")
	w.raw(`</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`)

	// Normal: the body paragraph with the label tab stops.
	n := housestyle.Normal
	w.raw(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>`)
	w.raw("<w:widowControl/><w:tabs>")
	for _, t := range housestyle.TabStops {
		w.raw(`<w:tab w:val="left" w:pos="`, itoa(t), `"/>`)
	}
	w.raw("</w:tabs>")
	spacing(&w, n)
	w.val("w:jc", jc(housestyle.BodyAlign))
	w.raw("</w:pPr><w:rPr>")
	fonts(&w)
	w.val("w:sz", itoa(n.SizeHalfPt))
	w.val("w:szCs", itoa(n.SizeHalfPt))
	w.raw("</w:rPr></w:style>")

	for _, s := range paragraphStyles {
		paragraphStyle(&w, s)
	}
	for _, s := range extra {
		paragraphStyle(&w, s)
	}

	w.raw(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	w.raw(`<w:style w:type="character" w:styleId="`, styleNoteRef, `"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr>`)
	w.val("w:position", itoa(housestyle.NoteRefRaiseHalfPt))
	w.val("w:sz", itoa(housestyle.NoteRefSizeHalfPt))
	w.val("w:szCs", itoa(housestyle.NoteRefSizeHalfPt))
	w.raw("</w:rPr></w:style>")
	w.raw(`<w:style w:type="character" w:styleId="`, styleHyperlink, `"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr>`)
	w.val("w:color", linkColour)
	w.val("w:u", "single")
	w.raw("</w:rPr></w:style>")
	w.raw(`<w:style w:type="character" w:customStyle="1" w:styleId="`, styleUnagreed, `"><w:name w:val="Unagreed"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr>`)
	w.raw(`<w:shd w:val="clear" w:color="auto" w:fill="`, housestyle.UnagreedBackground, `"/>`)
	w.raw("</w:rPr></w:style>")
	w.raw("</w:styles>")
	return w.String()
}

// paragraphStyle writes one house-style paragraph style based on Normal.
func paragraphStyle(w *xw, s housestyle.Style) {
	w.raw(`<w:style w:type="paragraph"`)
	if !builtin[s.ID] {
		w.raw(` w:customStyle="1"`)
	}
	w.attr("w:styleId", s.ID)
	w.raw(">")
	w.val("w:name", s.Name)
	w.raw(`<w:basedOn w:val="Normal"/>`)
	if next, ok := nextStyle[s.ID]; ok {
		w.val("w:next", next)
	}
	if !builtin[s.ID] {
		w.raw("<w:qFormat/>")
	}
	w.raw("<w:pPr>")
	if s.KeepNext {
		w.raw("<w:keepNext/>")
	}
	if s.KeepLines {
		w.raw("<w:keepLines/>")
	}
	if clearsTabs[s.ID] || s.ID == housestyle.FootnoteText.ID || tocStyles[s.ID] {
		w.raw("<w:tabs>")
		for _, t := range housestyle.TabStops {
			w.raw(`<w:tab w:val="clear" w:pos="`, itoa(t), `"/>`)
		}
		if s.ID == housestyle.FootnoteText.ID {
			w.raw(`<w:tab w:val="left" w:pos="`, itoa(housestyle.NoteTab), `"/>`)
		}
		if tocStyles[s.ID] {
			w.raw(`<w:tab w:val="right" w:leader="dot" w:pos="`, itoa(housestyle.TextWidth), `"/>`)
		}
		w.raw("</w:tabs>")
	}
	spacing(w, s)
	if s.Indent != 0 || s.Hanging != 0 {
		w.raw(`<w:ind w:left="`, itoa(s.Indent), `"`)
		if s.Hanging != 0 {
			w.raw(` w:hanging="`, itoa(s.Hanging), `"`)
		}
		w.raw("/>")
	}
	align := s.Align
	if align == housestyle.Justify {
		align = housestyle.BodyAlign // the left-aligned switch of house-style.md §2
	}
	w.val("w:jc", jc(align))
	if lvl, ok := outlineLevels[s.ID]; ok {
		w.raw(`<w:outlineLvl w:val="`, itoa(lvl), `"/>`)
	}
	w.raw("</w:pPr><w:rPr>")
	if s.Bold {
		w.raw("<w:b/><w:bCs/>")
	}
	if s.Italic {
		w.raw("<w:i/><w:iCs/>")
	}
	if s.Caps {
		w.raw("<w:caps/>")
	}
	w.val("w:sz", itoa(s.SizeHalfPt))
	w.val("w:szCs", itoa(s.SizeHalfPt))
	w.raw("</w:rPr></w:style>")
}

// builtin marks styles Word knows by name ("header", "footnote text"); the
// others are ITU's custom styles.
var builtin = map[string]bool{
	housestyle.FootnoteText.ID: true,
	housestyle.Header.ID:       true,
	housestyle.Footer.ID:       true,
	housestyle.Heading1.ID:     true,
	housestyle.Heading2.ID:     true,
	housestyle.Heading3.ID:     true,
	housestyle.TOC1.ID:         true,
	housestyle.TOC2.ID:         true,
	housestyle.TOC3.ID:         true,
	housestyle.TOCHeading.ID:   true,
	housestyle.Title.ID:        true,
}

// outlineLevels are the outline levels (0-based) of Word's heading styles:
// what the navigation pane and a TOC field read.
var outlineLevels = map[string]int{
	housestyle.Heading1.ID: 0,
	housestyle.Heading2.ID: 1,
	housestyle.Heading3.ID: 2,
}

// tocStyles are the contents entries' styles, which right-align the page
// number after a dot leader.
var tocStyles = map[string]bool{housestyle.TOC1.ID: true, housestyle.TOC2.ID: true, housestyle.TOC3.ID: true}

// nextStyle is the style Word gives the paragraph typed after one of these,
// as in ITU's template.
var nextStyle = map[string]string{
	housestyle.ResNo.ID:            housestyle.Restitle.ID,
	housestyle.Restitle.ID:         housestyle.Normalaftertitle.ID,
	housestyle.Normalaftertitle.ID: housestyle.Call.ID,
	housestyle.Call.ID:             housestyle.Normal.ID,
}

// fonts writes the body font for every script.
func fonts(w *xw) {
	f := housestyle.BodyFont
	w.raw("<w:rFonts")
	w.attr("w:ascii", f)
	w.attr("w:hAnsi", f)
	w.attr("w:eastAsia", f)
	w.attr("w:cs", f)
	w.raw("/>")
}

// spacing writes the space before and after a paragraph.
func spacing(w *xw, s housestyle.Style) {
	w.raw(`<w:spacing w:before="`, itoa(s.Before), `" w:after="`, itoa(s.After), `"/>`)
}

// jc returns the WordprocessingML value of an alignment.
func jc(a housestyle.Align) string {
	switch a {
	case housestyle.Center:
		return "center"
	case housestyle.Justify:
		return "both"
	case housestyle.Right:
		return "right"
	default:
		return "left"
	}
}
