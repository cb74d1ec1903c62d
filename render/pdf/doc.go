// Package pdf renders a document as a PDF in ITU house style: A4, Liberation
// Serif embedded and subset, justified text set by our own total-fit line
// breaker (package layout), footnotes at the foot of their page, page
// numbers, an outline of the document and its calls, internal links for
// cross-references and document information. The same input gives the same
// bytes. gopdf writes the file; everything it is given is already placed.
package pdf
