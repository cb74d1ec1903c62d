package html

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"

	"opinionc/doc"
	"opinionc/housestyle"
)

// Options adjust a rendering. The zero value renders in house style.
type Options struct {
	// Lang overrides the page language (BCP 47); by default it is the
	// document's, else [housestyle.Lang].
	Lang string
}

// Render writes d as one complete HTML page to w. The output depends only on
// d and opts: the same input gives the same bytes.
func Render(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		return fmt.Errorf("html: nil document")
	}
	p := newPage(d)
	p.document(opts)
	_, err := w.Write(p.buf.Bytes())
	return err
}

// page holds the state of one rendering: the output and the footnote
// markers written so far.
type page struct {
	d     *doc.Document
	buf   bytes.Buffer
	level int // heading level of the document's heading: 1 on its own page, deeper in a report

	ids     map[string]bool       // ids written so far, to keep them unique
	cited   map[*doc.Footnote]int // markers written per footnote
	notes   []*doc.Footnote       // footnotes to list: d.Notes, then any cited note missing from it
	inNotes map[*doc.Footnote]bool
}

func newPage(d *doc.Document) *page {
	p := &page{
		d:       d,
		level:   1,
		ids:     map[string]bool{},
		cited:   map[*doc.Footnote]int{},
		inNotes: map[*doc.Footnote]bool{},
	}
	for _, n := range d.Notes {
		if n != nil && !p.inNotes[n] {
			p.inNotes[n] = true
			p.notes = append(p.notes, n)
		}
	}
	return p
}

func (p *page) document(opts Options) {
	d := p.d
	lang := firstValidLang(opts.Lang, d.Lang)
	p.printf("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n", attr(lang))
	p.printf("<meta charset=\"utf-8\">\n")
	p.printf("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	p.printf("<title>%s</title>\n", html.EscapeString(d.FullTitle()))
	p.printf("<style>\n%s</style>\n</head>\n<body>\n<main>\n", stylesheet)
	p.article()
	p.printf("</main>\n</body>\n</html>\n")
}

// article writes the document as an <article>: heading, formula, calls and
// footnotes.
func (p *page) article() {
	d := p.d
	p.printf("<article class=\"%s\"%s>\n", d.Kind, p.idAttr(d.ID))
	p.heading()
	if len(d.Formula) > 0 {
		p.printf("<p class=\"%s\">", housestyle.Normalaftertitle.ID)
		p.inline(d.Formula)
		p.printf("</p>\n")
	}
	p.blocks()
	p.footnotes()
	p.printf("</article>\n")
}

// heading writes the h1: the heading line (ResNo) and the title (Restitle),
// joined for assistive technology by a hidden colon, as in the page title.
func (p *page) heading() {
	d := p.d
	heading, title := strings.TrimSpace(d.Heading), len(d.Title) > 0
	if heading == "" && !title {
		heading = d.FullTitle()
	}
	p.printf("<header>\n<h%d>", p.level)
	if heading != "" {
		p.printf("<span class=\"%s\">%s</span>", housestyle.ResNo.ID, html.EscapeString(heading))
	}
	if heading != "" && title {
		p.printf("<span class=\"vh\">: </span>")
	}
	if title {
		p.printf("<span class=\"%s\">", housestyle.Restitle.ID)
		p.inline(d.Title)
		p.printf("</span>")
	}
	p.printf("</h%d>\n", p.level)
	if len(d.Place) > 0 {
		p.printf("<p class=\"%s\">", housestyle.Resref.ID)
		p.inline(d.Place)
		p.printf("</p>\n")
	}
	p.printf("</header>\n")
}

func (p *page) printf(format string, args ...any) { fmt.Fprintf(&p.buf, format, args...) }

// anchor is the HTML id of an item, block or note id: the document anchor
// with any whitespace (not allowed in an id) replaced.
func (p *page) anchor(id string) string {
	return strings.Join(strings.Fields(p.d.Anchor(id)), "_")
}

// href is a link to an anchor of the page. Every byte but the URL's
// unreserved ones is percent-encoded, so the fragment is valid whatever the
// id holds, and goldmark (which resolves entities and backslash escapes in
// link destinations) passes it through unchanged; browsers decode it to
// find the id.
func href(anchor string) string {
	const hex = "0123456789ABCDEF"
	b := []byte{'#'}
	for i := 0; i < len(anchor); i++ {
		c := anchor[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			b = append(b, c)
		default:
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}

// idAttr returns ` id="…"` for a full anchor, made unique in the page if the
// document repeats it, or "" for an empty one.
func (p *page) idAttr(id string) string {
	id = strings.Join(strings.Fields(id), "_")
	if id == "" {
		return ""
	}
	unique := id
	for n := 2; p.ids[unique]; n++ {
		unique = fmt.Sprintf("%s-%d", id, n)
	}
	p.ids[unique] = true
	return ` id="` + attr(unique) + `"`
}

// attr escapes a value for a double-quoted attribute.
func attr(s string) string { return html.EscapeString(s) }

// langTag is the shape of a BCP 47 language tag, e.g. "en-GB", "zh-Hans".
var langTag = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

// firstValidLang returns the first well-formed language tag of tags, or
// the house-style language: a page never claims a malformed language.
func firstValidLang(tags ...string) string {
	for _, t := range tags {
		if langTag.MatchString(t) {
			return t
		}
	}
	return housestyle.Lang
}
