// Package html renders a [doc.Document] as one self-contained HTML5 page in
// ITU house style: inline CSS (screen and print), no script, no external
// fetches.
//
// The page is semantic and accessible: the heading and title form the h1,
// each call opens a section whose heading is the call phrase (class Call),
// items carry their labels as real text in a hanging label box and their
// stable anchors as ids, cross-references are links, footnotes are linked
// both ways, and square-bracketed (unagreed) text is marked and announced.
// Classes are named after ITU's Word styles (ResNo, Restitle,
// Normalaftertitle, Call, enumlev1…), and every length comes from
// [housestyle].
//
// Inline content is turned into goldmark AST nodes and written by goldmark's
// HTML renderer, extended with node kinds for brackets, footnote markers and
// visually hidden text. Nothing is parsed from text: every character of the
// source is escaped.
package html
