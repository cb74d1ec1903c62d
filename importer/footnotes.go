package importer

import (
	"regexp"
	"sort"
	"strings"

	"opinionc/internal/diag"
)

// Word writes a footnote as "[footnoteRef:n]" where it is cited and puts its
// definition "[n:  text]" later on the same line (after the item's text).
var noteRefRE = regexp.MustCompile(`\[footnoteRef:\s*([^\[\]\s]+)\s*\]`)

// noteDefRE matches a definition already in source form, "[^1]: text", so
// that importing an imported file changes nothing.
var noteDefRE = regexp.MustCompile(`^\s*\[\^([^\]\s]+)\]:(.*)$`)

// moveFootnotes turns each "[footnoteRef:n]" into the marker "[^n]" and
// moves its definition "[n:  text]" out of the text into op.notes. A
// definition is looked for on the citing line and, failing that, on later
// lines of the same Opinion (a damaged dump may put it on a line of its own).
func moveFootnotes(op *opinion, diags *diag.List) {
	cited := map[string]*line{} // label → citing line, until defined
	rank := map[string]int{}    // label → order of first citation
	var order []string
	for _, l := range op.lines {
		if m := noteDefRE.FindStringSubmatch(l.text); m != nil {
			if op.noted[m[1]] {
				diags.Warnf(l.pos, "import-footnote", "a second definition of footnote %s", m[1])
			}
			op.addNote(m[1], m[2])
			l.text = ""
			continue
		}
		for _, m := range noteRefRE.FindAllStringSubmatch(l.text, -1) {
			if _, seen := cited[m[1]]; !seen && !op.noted[m[1]] {
				cited[m[1]] = l
				rank[m[1]] = len(order)
				order = append(order, m[1])
			}
		}
		l.text = noteRefRE.ReplaceAllString(l.text, "[^$1]")
		l.text = takeDefinitions(l.text, op, cited)
		if noteDefRE.MatchString(l.text) {
			diags.Warnf(l.pos, "import-ambiguous",
				"the line starts with a footnote marker and a colon, so it will read as a footnote definition; reword it")
		}
	}
	for _, label := range order {
		if l, open := cited[label]; open {
			diags.Warnf(l.at("[footnoteRef:"+label), "import-footnote",
				"footnote %s has no definition in the dump; add \"[^%s]: text\" at the end of the file", label, label)
		}
	}
	// Definitions are written in order of first citation.
	sort.SliceStable(op.notes, func(i, j int) bool {
		return position(rank, op.notes[i].label) < position(rank, op.notes[j].label)
	})
}

// defOpenRE matches the opening of a definition in the dump, "[n:" and a
// space.
var defOpenRE = regexp.MustCompile(`\[([^\[\]\s:]+):[ \t]`)

// takeDefinitions removes from text the definitions of cited footnotes,
// records them in op.notes and returns what is left. Each definition runs
// to the start of the next definition or to the end of the line; its
// closing "]" is dropped.
func takeDefinitions(text string, op *opinion, cited map[string]*line) string {
	if len(cited) == 0 || !strings.Contains(text, ":") {
		return text
	}
	type span struct {
		label      string
		start, off int // start of "[n:", start of the text after it
	}
	var spans []span
	for _, m := range defOpenRE.FindAllStringSubmatchIndex(text, -1) {
		label := text[m[2]:m[3]]
		if _, open := cited[label]; open {
			spans = append(spans, span{label, m[0], m[1]})
			delete(cited, label)
		}
	}
	if len(spans) == 0 {
		return text
	}
	for k, s := range spans {
		end := len(text)
		if k+1 < len(spans) {
			end = spans[k+1].start
		}
		def := strings.TrimSpace(text[s.off:end])
		def = strings.TrimSuffix(def, "]")
		op.addNote(s.label, def)
	}
	return text[:spans[0].start]
}

// addNote records a definition.
func (op *opinion) addNote(label, text string) {
	if op.noted == nil {
		op.noted = map[string]bool{}
	}
	op.noted[label] = true
	op.notes = append(op.notes, &footnote{label: label, text: text})
}

// position ranks a definition by its first citation; definitions already in
// source form ("[^n]: text") that are never cited keep their place after
// the cited ones.
func position(rank map[string]int, label string) int {
	if r, ok := rank[label]; ok {
		return r
	}
	return len(rank)
}
