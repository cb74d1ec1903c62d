package importer

import (
	"path/filepath"
	"regexp"
	"strings"
)

// A standalone text is a file holding one ITU text: its first non-blank line
// is a heading such as "RESOLUTION 2 (Rev. Dubai, 2018)" or "DECISION 11
// (Rev. Dubai, 2018)", the title follows on its own line(s). The texts in
// ../shared/itu-texts/ (conversions of the PP-18 Final Acts and of the WTSA-16
// Word file) are of this kind.
var textHeadingRE = regexp.MustCompile(`^(DRAFT\s+)?(RESOLUTION|DECISION|RECOMMENDATION)\s+(\[[^\]\s]*\]|[^\s:\[\]]+)(\s+\(.*\))?$`)

// sectionRE matches the heading of a numbered section or appendix of a text
// on a line of its own: "SECTION 1", "Section 1bis", "Appendix I", "ANNEX 2".
var sectionRE = regexp.MustCompile(`^(?:SECTION|Section|APPENDIX|Appendix|ANNEX|Annex)\s+(?:[0-9]{1,3}|[IVX]{1,5}|[A-Z])(?:bis|ter)?$`)

// standalone returns the text when the first non-blank line of the dump is
// the heading of a Resolution, Decision or Recommendation; nil otherwise.
func standalone(lines []*line) *opinion {
	for i, l := range lines {
		t := foldSpace(nbspToSpace(l.text))
		if t == "" {
			continue
		}
		m := textHeadingRE.FindStringSubmatch(t)
		if m == nil {
			return nil
		}
		l.kind = headingLine
		return &opinion{number: m[3], draft: m[1] != "", kind: strings.ToLower(m[2]), lines: lines[i:], standalone: true}
	}
	return nil
}

// nbspToSpace maps no-break spaces to spaces, for matching only.
func nbspToSpace(s string) string {
	if !strings.Contains(s, "\u00a0") {
		return s
	}
	return strings.ReplaceAll(s, "\u00a0", " ")
}

// textFileName names the source of a standalone text after the input file:
// "pp18-res2.txt" gives "pp18-res2.opinion".
func textFileName(filename string) string {
	base := filepath.Base(filename)
	return slug(strings.TrimSuffix(base, filepath.Ext(base))) + ".opinion"
}
