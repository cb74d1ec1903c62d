package importer

import (
	"bytes"
	"strings"

	"opinionc/internal/source"
)

// A line is one line of the dump as the passes see it. Passes rewrite text
// and fill in the classification; raw and pos keep diagnostics pointing at
// the input.
type line struct {
	raw  string     // the line as in the input, without its line end
	pos  source.Pos // start of the line in the input
	text string     // current text, rewritten by the passes

	kind  lineKind
	label string // item label, e.g. "a)", "1.", "ii)"; for kind item
	body  string // text after the label; for kind item
	level int    // nesting depth of an item, 0 at the top
	drop  bool   // removed by a pass (blank, artefact only, …)
}

type lineKind int

const (
	unknownLine lineKind = iota
	headingLine
	callLine
	itemLine
	paraLine
	titleLine        // a title line after the heading of a standalone text
	sectionLine      // "SECTION 1", "Appendix I"
	sectionTitleLine // a title line after a section line
)

// splitLines cuts src into lines. A UTF-8 BOM and CRLF or CR line ends are
// tolerated; a final line end does not make an extra line.
func splitLines(filename string, src []byte) []*line {
	offset, start := 0, 0 // start: offset of the line's first byte (before a BOM)
	if bytes.HasPrefix(src, []byte("\ufeff")) {
		offset = 3
	}
	var lines []*line
	for n := 1; offset < len(src); n++ {
		end := offset
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		raw := string(src[offset:end])
		lines = append(lines, &line{
			raw:  raw,
			text: raw,
			pos:  source.Pos{File: filename, Line: n, Col: 1 + offset - start, Offset: offset},
		})
		if end < len(src) && src[end] == '\r' {
			end++
			if end < len(src) && src[end] == '\n' {
				end++
			}
		} else if end < len(src) {
			end++ // '\n'
		}
		offset, start = end, end
	}
	return lines
}

// at returns the position of the first occurrence of s in the line's raw
// text, or the start of the line when s does not occur there.
func (l *line) at(s string) source.Pos {
	p := l.pos
	if i := strings.Index(l.raw, s); i >= 0 {
		p.Col += i
		p.Offset += i
	}
	return p
}
