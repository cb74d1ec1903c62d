package html

import (
	"fmt"
	"strings"

	"opinionc/housestyle"
)

// stylesheet is the page's inline CSS, built once from the house-style
// values so that HTML, DOCX and PDF share one set of numbers.
var stylesheet = buildStylesheet()

func buildStylesheet() string {
	var b strings.Builder
	rule := func(selector string, decls ...string) {
		fmt.Fprintf(&b, "%s { %s }\n", selector, strings.Join(decls, "; "))
	}
	hs := housestyle.Normal
	rule("html", "color: #000", "background: #fff")
	rule("body",
		"font-family: "+housestyle.CSSFontStack,
		"font-size: "+pt(float64(hs.SizeHalfPt)/2),
		"line-height: 1.15",
		"max-width: "+cm(housestyle.TextWidth),
		"margin: 0 auto",
		"padding: "+cm(housestyle.MarginTop)+" 1em")
	rule("h1, h2, h3", "font-size: inherit", "font-weight: normal", "margin: 0")
	rule("p", "margin: 0")

	paragraph(&b, ".ResNo", housestyle.ResNo, "display: block")
	paragraph(&b, ".Restitle", housestyle.Restitle, "display: block")
	paragraph(&b, ".Resref", housestyle.Resref)
	paragraph(&b, ".SectionNo", housestyle.SectionNo, "display: block")
	paragraph(&b, ".Sectiontitle", housestyle.Sectiontitle, "display: block")
	paragraph(&b, ".Note", housestyle.Note)
	paragraph(&b, ".Figure", housestyle.Figure)
	paragraph(&b, "."+housestyle.Normalaftertitle.ID, housestyle.Normalaftertitle)
	paragraph(&b, "."+housestyle.Headingb.ID, housestyle.Headingb)
	paragraph(&b, "."+housestyle.Call.ID, housestyle.Call)

	// Items: the label sits in a box as wide as the hanging indent (for
	// Normal, up to the first tab stop), so the text starts at the tab stop;
	// a longer label pushes the text on, as a tab would.
	for level := 0; level <= 3; level++ {
		s := housestyle.Enumlev(level)
		sel := "p." + s.ID
		paragraph(&b, sel, s)
		rule(sel+" > .label", "display: inline-block", "box-sizing: border-box",
			"min-width: "+cm(labelBox(s)), "padding-right: 0.25em", "text-indent: 0")
		rule(sel+".unlabelled", "text-indent: 0")
	}
	rule(".label.italic", "font-style: italic")
	rule("section.Block > .item:first-of-type", "break-before: avoid")

	rule("a", "color: #003f87", "text-decoration: underline")
	rule("mark.unagreed", "color: inherit", "background: #fff2a8")
	rule("mark.unagreed mark.unagreed", "background: #ffe066")
	rule("sup.FootnoteReference", "font-size: "+pt(float64(housestyle.NoteRefSizeHalfPt)/2),
		"vertical-align: "+pt(float64(housestyle.NoteRefRaiseHalfPt)/2), "line-height: 0")

	fn := housestyle.FootnoteText
	rule(".Footnotes", "margin-top: "+pt(housestyle.Normalaftertitle.Before.Pt()))
	rule(".Footnotes::before", `content: ""`, "display: block", "width: 5cm", "border-top: 1px solid #000")
	rule(".Footnotes ol", "list-style: none", "margin: 0", "padding: 0")
	paragraph(&b, "li."+fn.ID, fn)
	rule("li."+fn.ID+" > .label", "display: inline-block", "box-sizing: border-box",
		"min-width: "+cm(housestyle.NoteTab), "padding-right: 0.25em", "text-indent: 0")
	rule(".FootnoteBack", "text-decoration: none")

	// Visually hidden, still read by screen readers.
	rule(".vh", "position: absolute", "width: 1px", "height: 1px", "padding: 0", "margin: -1px",
		"overflow: hidden", "clip: rect(0, 0, 0, 0)", "white-space: nowrap", "border: 0")

	fmt.Fprintf(&b, "@page { size: A4; margin: %s %s %s %s }\n",
		cm(housestyle.MarginTop), cm(housestyle.MarginRight), cm(housestyle.MarginBottom), cm(housestyle.MarginLeft))
	b.WriteString("@media print {\n")
	rule("body", "max-width: none", "margin: 0", "padding: 0")
	rule("a", "color: inherit", "text-decoration: none")
	rule("mark.unagreed, mark.unagreed mark.unagreed", "background: none")
	rule(".FootnoteBack", "display: none")
	b.WriteString("}\n")
	return b.String()
}

// paragraph writes the CSS rule for a house-style paragraph style.
func paragraph(b *strings.Builder, selector string, s housestyle.Style, extra ...string) {
	decls := []string{"font-size: " + pt(s.SizePt())}
	if s.Bold {
		decls = append(decls, "font-weight: bold")
	}
	if s.Italic {
		decls = append(decls, "font-style: italic")
	}
	if s.Caps {
		decls = append(decls, "text-transform: uppercase")
	}
	decls = append(decls, "text-align: "+align(s.Align),
		"margin: "+pt(s.Before.Pt())+" 0 "+pt(s.After.Pt())+" 0")
	if s.Indent != 0 {
		decls = append(decls, "padding-left: "+cm(s.Indent))
	}
	if s.Hanging != 0 {
		decls = append(decls, "text-indent: -"+cm(s.Hanging))
	}
	if s.KeepNext {
		decls = append(decls, "break-after: avoid")
	}
	if s.KeepLines {
		decls = append(decls, "break-inside: avoid")
	}
	decls = append(decls, extra...)
	fmt.Fprintf(b, "%s { %s }\n", selector, strings.Join(decls, "; "))
}

// labelBox is the width of an item's label box: the hanging indent, or for a
// style without one the distance to the label tab stop.
func labelBox(s housestyle.Style) housestyle.Twips {
	if s.Hanging > 0 {
		return s.Hanging
	}
	return housestyle.LabelTab
}

func align(a housestyle.Align) string {
	switch a {
	case housestyle.Center:
		return "center"
	case housestyle.Justify:
		return "justify"
	case housestyle.Right:
		return "right"
	}
	return "left"
}

func pt(v float64) string { return trimZeros(fmt.Sprintf("%.2f", v)) + "pt" }

func cm(t housestyle.Twips) string { return trimZeros(fmt.Sprintf("%.2f", t.Cm())) + "cm" }

// trimZeros drops trailing zeros of a fixed-point number: "12.00" → "12".
func trimZeros(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
