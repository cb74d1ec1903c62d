package report

import (
	"bytes"
	"strings"

	"opinionc/internal/diag"
	"opinionc/internal/source"
)

// manifest is the front matter of a report source:
//
//	---
//	title: Report by the ITU Secretary-General …
//	document: WTPF-21/1-E
//	date: 1 December 2021
//	annex-title: ANNEX: DRAFT OPINIONS …
//	annex:
//	  - wtpf21-draft-opinion-1.opinion
//	---
//
// Only `key: value` lines, `  - file` lines under `annex:`, blank lines and
// `#` comments. Its bytes are blanked out before the Markdown is parsed, so
// that positions in the Markdown are positions in the file.
type manifest struct {
	title, symbol, date, annexTitle string
	titlePos                        source.Pos
	annex                           []annexEntry
	end                             int // byte offset just after the closing ---
	pos                             source.Pos
}

type annexEntry struct {
	file string
	pos  source.Pos // of the file name
}

// knownKeys are the manifest keys.
var knownKeys = map[string]bool{"title": true, "document": true, "date": true, "annex-title": true, "annex": true}

// parseManifest reads the front matter at the start of src. It reports
// problems in diags; with no front matter at all it returns nil.
func parseManifest(name string, src []byte, lines *lineIndex, diags *diag.List) *manifest {
	rest := src
	if bytes.HasPrefix(rest, []byte("\uFEFF")) {
		rest = rest[3:]
	}
	first, _, _ := bytes.Cut(rest, []byte("\n"))
	if strings.TrimRight(string(first), " \t\r") != "---" {
		diags.Errorf(source.Pos{File: name, Line: 1, Col: 1}, ruleManifest,
			"a report starts with a manifest: a line \"---\", then \"title: …\", \"document: …\", \"date: …\", \"annex:\" with its files, and \"---\"")
		return nil
	}
	m := &manifest{pos: source.Pos{File: name, Line: 1, Col: 1}}
	off := len(src) - len(rest) + len(first) + 1
	inAnnex := false
	closed := false
	for off < len(src) {
		end := bytes.IndexByte(src[off:], '\n')
		next := len(src)
		if end >= 0 {
			next = off + end + 1
			end += off
		} else {
			end = len(src)
		}
		line := strings.TrimRight(string(src[off:end]), " \t\r")
		start := off
		off = next
		trimmed := strings.TrimSpace(line)
		switch {
		case line == "---":
			closed = true
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case strings.HasPrefix(trimmed, "- ") || trimmed == "-":
			file := strings.TrimSpace(strings.TrimPrefix(trimmed, "-"))
			col := start + strings.Index(line, "-") + 1
			for col < end && (src[col] == ' ' || src[col] == '\t') {
				col++
			}
			p := lines.pos(col)
			if !inAnnex {
				diags.Errorf(p, ruleManifest, "a list item belongs under \"annex:\"")
				continue
			}
			if file == "" {
				diags.Errorf(p, ruleManifest, "empty annex entry: expected a file name such as %q", "opinion-1.opinion")
				continue
			}
			m.annex = append(m.annex, annexEntry{file: unquote(file), pos: p})
		default:
			key, value, ok := strings.Cut(trimmed, ":")
			p := lines.pos(start + strings.Index(line, trimmed))
			if !ok {
				diags.Errorf(p, ruleManifest, "expected \"key: value\" in the manifest, found %q", trimmed)
				continue
			}
			key = strings.ToLower(strings.TrimSpace(key))
			value = unquote(strings.TrimSpace(value))
			inAnnex = false
			switch key {
			case "title":
				m.title, m.titlePos = value, p
			case "document":
				m.symbol = value
			case "date":
				m.date = value
			case "annex-title":
				m.annexTitle = value
			case "annex":
				inAnnex = true
				if value != "" {
					diags.Errorf(p, ruleManifest, "list the annex files on the lines under \"annex:\", one \"  - FILE\" a line")
				}
			}
			if !knownKeys[key] {
				diags.Warnf(p, ruleManifest, "unknown manifest key %q; keys are title, document, date, annex-title, annex", key)
			}
		}
		if closed {
			m.end = off
			break
		}
	}
	if !closed {
		diags.Errorf(m.pos, ruleManifest, "the manifest is not closed: expected a line \"---\" after it")
		m.end = len(src)
	}
	if m.title == "" {
		diags.Errorf(m.pos, ruleManifest, "the manifest has no \"title:\"")
	}
	return m
}

// unquote drops one pair of matching quotes around a value.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// lineIndex turns byte offsets into positions.
type lineIndex struct {
	file   string
	src    []byte
	starts []int
}

func newLineIndex(file string, src []byte) *lineIndex {
	li := &lineIndex{file: file, src: src, starts: []int{0}}
	for i, c := range src {
		if c == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

func (li *lineIndex) pos(off int) source.Pos {
	if off < 0 {
		off = 0
	}
	if off > len(li.src) {
		off = len(li.src)
	}
	lo, hi := 0, len(li.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if li.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return source.Pos{File: li.file, Line: lo + 1, Col: off - li.starts[lo] + 1, Offset: off}
}
