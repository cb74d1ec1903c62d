package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// xmlHeader opens every part.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Namespaces used by the parts.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
)

// xw builds an XML part. Every piece of user text goes through [xw.text] or
// [xw.attr], which escape it, so hostile input cannot break the markup.
type xw struct{ strings.Builder }

// raw appends markup written by this package.
func (w *xw) raw(s ...string) {
	for _, p := range s {
		w.WriteString(p)
	}
}

// text appends escaped character data. encoding/xml replaces characters
// that XML 1.0 forbids (control characters, lone surrogates) by U+FFFD.
func (w *xw) text(s string) { _ = xml.EscapeText(w, []byte(s)) }

// attr appends ` name="value"` with the value escaped.
func (w *xw) attr(name, value string) {
	w.raw(" ", name, `="`)
	w.text(value)
	w.raw(`"`)
}

// val appends an empty element carrying one w:val attribute, e.g. <w:sz w:val="24"/>.
func (w *xw) val(elem, value string) {
	w.raw("<", elem)
	w.attr("w:val", value)
	w.raw("/>")
}

// itoa formats a number for an attribute.
func itoa[T ~int](n T) string { return strconv.Itoa(int(n)) }
