// Package docx renders a [doc.Document] as a Word (WordprocessingML) file in
// ITU house style.
//
// The file is written with encoding/xml escaping and archive/zip only:
// paragraphs carry ITU's own style names (ResNo, Restitle, Normalaftertitle,
// Call, enumlev1…3, FootnoteText), items are labels followed by a TAB to the
// house-style tab stop, every item and call is bookmarked, every reference is
// an internal hyperlink to its target's bookmark, and footnotes are real Word
// footnotes. Square-bracketed (unagreed) text keeps its brackets and is set in
// the "Unagreed" character style, which shades it yellow.
//
// Output is deterministic: parts are written in a fixed order with fixed
// timestamps, so the same document gives the same bytes.
package docx
