package layout

import "strings"

// substitutes lists, for characters Liberation Serif lacks, what to draw
// instead, best first. A substitute is a character of the same job and a
// similar width, so that nothing the drafter wrote is dropped.
var substitutes = map[rune][]rune{
	'\u202F': {'\u2009', '\u00A0'},      // narrow no-break space → thin space
	'\u2007': {'\u2002', '\u00A0'},      // figure space
	'\u2008': {'\u2009', ' '},           // punctuation space
	'\u200A': {'\u2009', ' '},           // hair space
	'\u2011': {'\u2010', '-'},           // non-breaking hyphen
	'\u2010': {'-'},                     // hyphen
	'\u2212': {'\u2013', '-'},           // minus sign
	'\u2015': {'\u2014'},                // horizontal bar
	'\u2032': {'\'', '\u2019'},          // prime
	'\u2033': {'"', '\u201D'},           // double prime
	'\u2044': {'/'},                     // fraction slash
	'\u00AD': {'-'},                     // soft hyphen: shown, never silently lost
	'\t':     {' '},                     // stray tabs are spaces
	'\u2028': {' '},                     // line separator
	'\uFEFF': {'\u2060', '\u200B', ' '}, // zero-width no-break space
}

// Fallback is drawn for a character with no glyph and no substitute.
const Fallback = '\uFFFD'

// MapRune returns the rune drawn for r in face m: r itself if the face has
// it, else its best available substitute, else [Fallback] (or '?').
func MapRune(m *Metrics, r rune) rune {
	if m.Has(r) {
		return r
	}
	for _, s := range substitutes[r] {
		if m.Has(s) {
			return s
		}
	}
	if m.Has(Fallback) {
		return Fallback
	}
	return '?'
}

// Glyphs maps every rune of s that the face lacks; s is returned unchanged
// (no allocation) when the face has them all.
func Glyphs(m *Metrics, s string) string {
	ok := true
	for _, r := range s {
		if !m.Has(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(MapRune(m, r))
	}
	return b.String()
}
