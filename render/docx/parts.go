package docx

import (
	"strings"
	"time"

	"opinionc/doc"
	"opinionc/housestyle"
)

// Relationship ids in word/_rels/document.xml.rels.
const (
	relStyles      = "rId1"
	relSettings    = "rId2"
	relFootnotes   = "rId3"
	relHeader      = "rId4"
	relHeaderFirst = "rId5"
	relFooter      = "rId6"
	relFooterFirst = "rId7"
)

const (
	ctMain = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	rtOff  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

func contentTypesXML() string {
	var w xw
	w.raw(xmlHeader, `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
		`<Default Extension="xml" ContentType="application/xml"/>`)
	over := func(part, typ string) {
		w.raw(`<Override PartName="/`, part, `" ContentType="`, typ, `"/>`)
	}
	over("word/document.xml", ctMain+"document.main+xml")
	over("word/styles.xml", ctMain+"styles+xml")
	over("word/settings.xml", ctMain+"settings+xml")
	over("word/footnotes.xml", ctMain+"footnotes+xml")
	over("word/header1.xml", ctMain+"header+xml")
	over("word/header2.xml", ctMain+"header+xml")
	over("word/footer1.xml", ctMain+"footer+xml")
	over("word/footer2.xml", ctMain+"footer+xml")
	over("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	over("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
	w.raw("</Types>")
	return w.String()
}

func packageRelsXML() string {
	var w xw
	w.raw(xmlHeader, `<Relationships xmlns="`, nsRel, `">`,
		`<Relationship Id="rId1" Type="`, rtOff, `officeDocument" Target="word/document.xml"/>`,
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
		`<Relationship Id="rId3" Type="`, rtOff, `extended-properties" Target="docProps/app.xml"/>`,
		`</Relationships>`)
	return w.String()
}

func documentRelsXML() string {
	var w xw
	w.raw(xmlHeader, `<Relationships xmlns="`, nsRel, `">`)
	rel := func(id, typ, target string) {
		w.raw(`<Relationship Id="`, id, `" Type="`, rtOff, typ, `" Target="`, target, `"/>`)
	}
	rel(relStyles, "styles", "styles.xml")
	rel(relSettings, "settings", "settings.xml")
	rel(relFootnotes, "footnotes", "footnotes.xml")
	rel(relHeader, "header", "header1.xml")
	rel(relHeaderFirst, "header", "header2.xml")
	rel(relFooter, "footer", "footer1.xml")
	rel(relFooterFirst, "footer", "footer2.xml")
	w.raw(`</Relationships>`)
	return w.String()
}

// settingsXML returns word/settings.xml: the footnote separators, one
// header for odd and even pages, and the document language.
func settingsXML(lang string) string { return settingsXMLWith(lang, false) }

// settingsXMLWith can ask Word to update every field (the table of
// contents) when it opens the file.
func settingsXMLWith(lang string, updateFields bool) string {
	var w xw
	w.raw(xmlHeader, `<w:settings xmlns:w="`, nsW, `">`)
	w.raw(`<w:defaultTabStop w:val="`, itoa(housestyle.LabelTab), `"/>`)
	w.raw(`<w:evenAndOddHeaders w:val="0"/>`)
	w.raw(`<w:characterSpacingControl w:val="doNotCompress"/>`)
	if updateFields {
		w.raw(`<w:updateFields w:val="true"/>`)
	}
	w.raw(`<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>`)
	w.raw(`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`)
	w.raw("<w:themeFontLang")
	w.attr("w:val", lang)
	w.raw("/>")
	w.raw(`</w:settings>`)
	return w.String()
}

// headerXML returns the running head of the pages after the first, as ITU
// sets it: the page number, then the heading, centred in the Header style.
func headerXML(heading string) string {
	var w xw
	w.raw(xmlHeader, `<w:hdr xmlns:w="`, nsW, `" xmlns:r="`, nsR, `">`)
	w.raw(`<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>`,
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`,
		`<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`,
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`,
		`<w:r><w:t>2</w:t></w:r>`,
		`<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
	w.raw(`<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>`)
	if heading != "" {
		w.raw(`<w:r><w:t xml:space="preserve">`)
		w.text(heading)
		w.raw(`</w:t></w:r>`)
	}
	w.raw(`</w:p></w:hdr>`)
	return w.String()
}

// firstHeaderXML returns the empty header of the first page, which opens
// with the heading itself.
func firstHeaderXML() string {
	return xmlHeader + `<w:hdr xmlns:w="` + nsW + `"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>`
}

// footerXML returns the footer: the document name in ITU's small-caps
// Footer style, on every page.
func footerXML(name string) string {
	var w xw
	w.raw(xmlHeader, `<w:ftr xmlns:w="`, nsW, `"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>`)
	if name != "" {
		w.raw(`<w:r><w:t xml:space="preserve">`)
		w.text(name)
		w.raw(`</w:t></w:r>`)
	}
	w.raw(`</w:p></w:ftr>`)
	return w.String()
}

// title is the document title for its properties: heading and title, as
// in "DRAFT OPINION 1: Enabling environment …".
func title(d *doc.Document) string {
	t := strings.TrimSpace(doc.PlainText(d.Title))
	switch {
	case d.Heading == "":
		return t
	case t == "":
		return d.Heading
	}
	return d.Heading + ": " + t
}

// subject names the kind of text, e.g. "ITU Draft Opinion".
func subject(d *doc.Document) string {
	if d.Draft {
		return "ITU Draft " + d.Kind.String()
	}
	return "ITU " + d.Kind.String()
}

func coreXML(d *doc.Document, lang string, date time.Time) string {
	return coreXMLFor(title(d), subject(d), lang, date)
}

func coreXMLFor(title, subject, lang string, date time.Time) string {
	var w xw
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	w.raw(xmlHeader, `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"`,
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"`,
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	elem := func(name, value string) {
		w.raw("<", name, ">")
		w.text(value)
		w.raw("</", name, ">")
	}
	elem("dc:title", title)
	elem("dc:subject", subject)
	elem("dc:creator", "opinionc")
	elem("cp:lastModifiedBy", "opinionc")
	elem("dc:language", lang)
	elem("cp:revision", "1")
	w.raw(`<dcterms:created xsi:type="dcterms:W3CDTF">`, stamp, `</dcterms:created>`)
	w.raw(`<dcterms:modified xsi:type="dcterms:W3CDTF">`, stamp, `</dcterms:modified>`)
	w.raw(`</cp:coreProperties>`)
	return w.String()
}

func appXML() string {
	return xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
		`<Application>opinionc</Application><DocSecurity>0</DocSecurity>` +
		`</Properties>`
}
