package importer

import (
	"path/filepath"
	"regexp"
	"strings"
)

// An opinion is one Opinion cut out of the report: its heading line first,
// then every line up to the next Opinion or the end of the Annex.
type opinion struct {
	number string // as in the heading, e.g. "1"
	draft  bool   // heading starts with DRAFT
	lines  []*line

	standalone bool   // a file holding one text (see [standalone]), not a report's Annex
	kind       string // "resolution", "decision", "recommendation" for a standalone text
	pageNotes  []pageNote
	notes      []*footnote     // definitions moved out of the text, in order of use
	noted      map[string]bool // labels in notes
}

// A footnote is a definition moved out of the text to the end of the file.
type footnote struct {
	label string // the dump's number, kept as the source label
	text  string
}

var (
	annexRE     = regexp.MustCompile(`^(?i:annex)\b`)
	headingRE   = regexp.MustCompile(`^(DRAFT\s+)?OPINION\s+(\[[^\]\s]*\]|[^\s:\[\]]+)\s*(:.*)?$`) // number: "1" or "[X-1]"
	separatorRE = regexp.MustCompile(`^_{5,}$`)
	forumRE     = regexp.MustCompile(`\(([A-Z]{2,})-(\d{2,4})\)`)
)

// locate cuts the Opinions out of the report. It looks for them after the
// Annex line, or anywhere when there is no Annex (or nothing after it). An
// Opinion runs to the next heading or to a "_____" separator line; what
// follows a separator up to the next heading is dropped.
func locate(lines []*line) []*opinion {
	start := 0
	for i, l := range lines {
		if annexRE.MatchString(foldSpace(l.text)) {
			start = i + 1
			break
		}
	}
	ops := cut(lines[start:])
	if len(ops) == 0 && start > 0 {
		ops = cut(lines)
	}
	return ops
}

func cut(lines []*line) []*opinion {
	var ops []*opinion
	var cur *opinion
	for _, l := range lines {
		t := foldSpace(l.text)
		if m := headingRE.FindStringSubmatch(t); m != nil {
			cur = &opinion{number: m[2], draft: m[1] != ""}
			ops = append(ops, cur)
			l.kind = headingLine
		} else if separatorRE.MatchString(t) {
			cur = nil
			continue
		}
		if cur != nil {
			cur.lines = append(cur.lines, l)
		}
	}
	return ops
}

// forum returns the file-name prefix: the forum's acronym in the report,
// "(WTPF-21)" giving "wtpf21", or else the input's base name.
func forum(filename string, src []byte) string {
	if m := forumRE.FindSubmatch(src); m != nil {
		return strings.ToLower(string(m[1]) + string(m[2]))
	}
	base := filepath.Base(filename)
	return slug(strings.TrimSuffix(base, filepath.Ext(base)))
}

// fileName names the source file of one Opinion, e.g.
// "wtpf21-draft-opinion-1.opinion".
func fileName(prefix string, op *opinion) string {
	kind := "-opinion-"
	if op.draft {
		kind = "-draft-opinion-"
	}
	return prefix + kind + slug(op.number) + ".opinion"
}

// slug keeps ASCII letters and digits (lower-cased) and turns every other
// run of characters into one hyphen.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}
