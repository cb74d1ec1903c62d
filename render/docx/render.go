package docx

import (
	"io"
	"time"

	"opinionc/doc"
	"opinionc/housestyle"
)

// Options adjust the output.
type Options struct {
	// Date is written as the document's creation and modification date and
	// as the time of every zip entry. The zero value means 1980-01-01, the
	// earliest date a zip file can hold, so builds are reproducible; a
	// pipeline may pass SOURCE_DATE_EPOCH here.
	Date time.Time
}

// fixedDate is the date of reproducible builds.
var fixedDate = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// packageDate is Options.Date, or fixedDate for the zero value and any date
// a zip file cannot hold.
func (o Options) packageDate() time.Time {
	if o.Date.Before(fixedDate) {
		return fixedDate
	}
	return o.Date
}

// orDefaultLang is lang, or house style's language when it is not given.
func orDefaultLang(lang string) string {
	if lang == "" {
		return housestyle.Lang
	}
	return lang
}

// part is one file in the package.
type part struct{ name, body string }

// Render writes d as a .docx file to w. It writes nothing but what the zip
// writer emits, and returns the first write error.
func Render(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		d = &doc.Document{}
	}
	date, lang := opts.packageDate(), orDefaultLang(d.Lang)
	b := &body{d: d, marks: collectBookmarks(d), notes: newNotes()}
	document := b.documentXML()
	footnotes := b.footnotesXML()

	// [Content_Types].xml comes first, as Word writes it; the order is fixed.
	parts := []part{
		{"[Content_Types].xml", contentTypesXML()},
		{"_rels/.rels", packageRelsXML()},
		{"docProps/core.xml", coreXML(d, lang, date)},
		{"docProps/app.xml", appXML()},
		{"word/document.xml", document},
		{"word/_rels/document.xml.rels", documentRelsXML()},
		{"word/styles.xml", stylesXML(lang)},
		{"word/settings.xml", settingsXML(lang)},
		{"word/footnotes.xml", footnotes},
		{"word/header1.xml", headerXML(d.Heading)},
		{"word/header2.xml", firstHeaderXML()},
		{"word/footer1.xml", footerXML(d.Name)},
		{"word/footer2.xml", footerXML(d.Name)},
	}
	return writePackage(w, parts, date)
}

// collectBookmarks names the bookmark of every call and item, in reading
// order, before any reference to them is written.
func collectBookmarks(d *doc.Document) *bookmarks {
	m := newBookmarks()
	collectInto(m, d)
	return m
}

// collectInto adds the bookmarks of a document's calls and items.
func collectInto(m *bookmarks, d *doc.Document) {
	var walk func([]*doc.Item)
	walk = func(items []*doc.Item) {
		for _, it := range items {
			if it == nil {
				continue
			}
			if it.ID != "" {
				m.add(d.Anchor(it.ID))
			}
			walk(it.Items)
		}
	}
	for _, blk := range d.Blocks {
		if blk == nil {
			continue
		}
		if blk.ID != "" {
			m.add(d.Anchor(blk.ID))
		}
		walk(blk.Items)
	}
}
