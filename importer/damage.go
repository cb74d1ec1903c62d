package importer

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"opinionc/internal/diag"
	"opinionc/vocab"
)

// Passes for texts damaged by a PDF conversion (the PP-18 Final Acts in
// ../shared/itu-texts/): a glyph error for the non-breaking hyphen,
// footnote texts where a page ended, footnote markers glued to a word,
// line-end hyphens left in words, items run together on one line. Each
// repairs only what is certain and keeps every word; what it cannot decide
// it leaves as it is, with a diagnostic.

// repairGlyphs replaces U+01E6 (Ǧ), which PDF converters produce for the
// non-breaking hyphen of ITU's fonts ("ITUǦcoordinated"), by U+2011.
func repairGlyphs(op *opinion, diags *diag.List) {
	for _, l := range op.lines {
		if !strings.Contains(l.text, "Ǧ") {
			continue
		}
		diags.Warnf(l.at("Ǧ"), "import-glyph", "U+01E6 (Ǧ) is a conversion error for a non-breaking hyphen; replaced by U+2011")
		l.text = strings.ReplaceAll(l.text, "Ǧ", "\u2011")
	}
}

// A pageNote is a footnote whose text sat where a PDF page ended.
type pageNote struct {
	label string
	sep   int   // index in op.lines of the separator line before it
	line  *line // the line that held its text
}

// noteLineRE matches the text of a footnote after a separator: its number
// (1, 2, 1bis), white space, and a text that starts with a capital letter
// (an item of the body starts "that …" or "to …").
var noteLineRE = regexp.MustCompile(`^([0-9]{1,2}(?:bis|ter)?)[ \t\x{00A0}]+(\p{Lu}.*)$`)

// pageFootnotes finds footnote texts after a separator line ("_____") in a
// standalone text: each following line that starts with the number of the
// next footnote (or a "bis" of the last one) and a capital letter is a
// footnote definition, moved to the end of the file. The separator is
// dropped. Markers are put in by [gluedMarkers].
func pageFootnotes(op *opinion, diags *diag.List) {
	if !op.standalone {
		return
	}
	next := 1
	for i := 0; i < len(op.lines); i++ {
		l := op.lines[i]
		if !separatorRE.MatchString(strings.TrimSpace(l.text)) {
			continue
		}
		l.text, l.drop = "", true
		found := 0
		for j := i + 1; j < len(op.lines); j++ {
			n := op.lines[j]
			m := noteLineRE.FindStringSubmatch(strings.TrimSpace(n.text))
			if m == nil || !expectedNote(m[1], next) {
				break
			}
			if prev := prevNumberLabel(op.lines[:i]); prev != "" && m[1] == nextNumber(prev) {
				diags.Warnf(n.pos, "import-footnote",
					"%q after a page break could be footnote %s or item %s; taken as the footnote", clipText(n.text), m[1], m[1])
			}
			op.addNote(m[1], m[2])
			op.pageNotes = append(op.pageNotes, pageNote{label: m[1], sep: i, line: n})
			n.text, n.drop = "", true
			next = noteNumber(m[1]) + 1
			found++
			i = j
		}
		if found == 0 {
			diags.Warnf(l.pos, "import-footnote", "a footnote separator with no footnote text after it; dropped")
		}
	}
}

// expectedNote reports whether label can be the next footnote: the number
// next, or a "bis"/"ter" of the one before.
func expectedNote(label string, next int) bool {
	n := noteNumber(label)
	if n == next {
		return !strings.ContainsAny(label, "bt")
	}
	return n == next-1 && strings.ContainsAny(label, "bt")
}

// noteNumber is the number of a footnote label: 1 for "1" and "1bis".
func noteNumber(label string) int {
	n, _ := strconv.Atoi(strings.TrimRight(label, "bister"))
	return n
}

// prevNumberLabel returns the label of the last plainly numbered item among
// lines ("7", not "4.2"), or "".
func prevNumberLabel(lines []*line) string {
	for k := len(lines) - 1; k >= 0; k-- {
		t := strings.TrimSpace(lines[k].text)
		if t == "" || lines[k].drop {
			continue
		}
		m := labelRE.FindStringSubmatch(t)
		if m == nil {
			return ""
		}
		if _, err := strconv.Atoi(m[1]); err == nil {
			return m[1]
		}
	}
	return ""
}

func nextNumber(label string) string {
	n, err := strconv.Atoi(label)
	if err != nil {
		return ""
	}
	return strconv.Itoa(n + 1)
}

// gluedMarkers puts in the markers of page footnotes: "countries1" becomes
// "countries[^1]" when footnote 1 exists. A marker is a footnote's label
// right after two lower-case letters and before a non-alphanumeric
// character, or a list of labels after the closing parenthesis that ends a
// line ("(Hammamet, 2016)1, 1bis"). It is looked for on the page before the
// footnote (after the previous separator), and failing that anywhere
// before it. A marker written apart ("organizations 2 involved") is taken
// when it is the only candidate on the page, with a warning; when there is
// none, the definition stays unused, with a warning.
func gluedMarkers(op *opinion, diags *diag.List) {
	if len(op.pageNotes) == 0 {
		return
	}
	labels := map[string]bool{}
	for _, pn := range op.pageNotes {
		labels[pn.label] = true
	}
	done := map[string]bool{}
	for _, l := range op.lines {
		if l.drop {
			continue
		}
		if t, got := markerListAfterParen(l.text, labels); got != nil {
			l.text = t
			for _, g := range got {
				done[g] = true
			}
		}
	}
	for k, pn := range op.pageNotes {
		if done[pn.label] {
			continue
		}
		from := 0
		if k > 0 {
			from = op.pageNotes[k-1].sep
		}
		n := markGlued(op.lines[from:pn.sep], pn.label)
		if n == 0 && from > 0 {
			n = markGlued(op.lines[:from], pn.label)
		}
		if n == 0 {
			if l := markSpaced(op.lines[from:pn.sep], pn.label); l != nil {
				diags.Warnf(l.pos, "import-footnote",
					"the marker of footnote %s is written apart from its word (%q); joined as [^%s]", pn.label, " "+pn.label+" ", pn.label)
				n = 1
			}
		}
		if n == 0 {
			diags.Warnf(pn.line.pos, "import-footnote",
				"no marker of footnote %s found in the text; its definition is kept, unused: put [^%s] where it is cited", pn.label, pn.label)
		}
	}
}

// markerListAfterParen turns "…2016)1, 1bis" into "…2016)[^1][^1bis]" when
// every label of the list is a page footnote.
func markerListAfterParen(s string, labels map[string]bool) (string, []string) {
	i := strings.LastIndexByte(s, ')')
	if i < 0 || i == len(s)-1 {
		return s, nil
	}
	var got []string
	for _, part := range strings.Split(s[i+1:], ",") {
		p := strings.TrimSpace(part)
		if !labels[p] {
			return s, nil
		}
		got = append(got, p)
	}
	var b strings.Builder
	b.WriteString(s[:i+1])
	for _, g := range got {
		b.WriteString("[^" + g + "]")
	}
	return b.String(), got
}

// markGlued replaces glued markers of label in lines; it returns how many.
func markGlued(lines []*line, label string) int {
	n := 0
	for _, l := range lines {
		if l.drop || l.kind == headingLine || !strings.Contains(l.text, label) {
			continue
		}
		s := l.text
		var b strings.Builder
		last := 0
		for i := 0; i < len(s); {
			k := strings.Index(s[i:], label)
			if k < 0 {
				break
			}
			at, end := i+k, i+k+len(label)
			if at >= 2 && isLowerASCII(s[at-1]) && isLowerASCII(s[at-2]) && (end == len(s) || !isAlnumASCII(s[end])) {
				b.WriteString(s[last:at])
				b.WriteString("[^" + label + "]")
				last = end
				n++
			}
			i = end
		}
		if last > 0 {
			b.WriteString(s[last:])
			l.text = b.String()
		}
	}
	return n
}

// markSpaced joins a marker written apart, "organizations 2 involved", when
// exactly one such place exists in lines: a lower-case word of three letters
// or more, the label, a lower-case word.
func markSpaced(lines []*line, label string) *line {
	var hit *line
	hitAt := -1
	pat := " " + label + " "
	for _, l := range lines {
		if l.drop || l.kind == headingLine {
			continue
		}
		s := l.text
		for i := 0; ; {
			k := strings.Index(s[i:], pat)
			if k < 0 {
				break
			}
			at := i + k
			end := at + len(pat)
			if at >= 3 && isLowerASCII(s[at-1]) && isLowerASCII(s[at-2]) && isLowerASCII(s[at-3]) && end < len(s) && isLowerASCII(s[end]) {
				if hit != nil {
					return nil // more than one candidate: not certain
				}
				hit, hitAt = l, at
			}
			i = at + 1
		}
	}
	if hit != nil {
		hit.text = hit.text[:hitAt] + "[^" + label + "]" + hit.text[hitAt+len(label)+1:]
	}
	return hit
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
func isAlnumASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// knownCompounds are hyphenated words of ITU texts: a line-end hyphen left
// inside one of them ("Secretary- General") is certainly the word's own.
var knownCompounds = map[string]bool{
	"secretary-general": true, "high-level": true, "above-mentioned": true, "capacity-building": true,
	"long-term": true, "short-term": true, "medium-term": true, "high-speed": true, "socio-economic": true,
	"public-private": true, "ip-based": true, "decision-making": true, "follow-up": true,
	"vice-chairman": true, "vice-chairmen": true, "vice-chair": true, "multi-stakeholder": true,
	"cross-border": true, "cross-sectoral": true, "non-governmental": true, "inter-sectoral": true,
	"policy-makers": true, "well-being": true,
}

// joinHyphens repairs line-end hyphens left in words, "Secretary- General":
// the space goes when the hyphenated word is a known compound or occurs
// elsewhere in the text. A suspended hyphen ("knowledge- and
// information-based") stays as it is; any other case stays, with a warning.
func joinHyphens(op *opinion, diags *diag.List) {
	var haystack string // the whole text, lower case, built on first need
	for _, l := range op.lines {
		if l.drop || !strings.Contains(l.text, "- ") {
			continue
		}
		s := l.text
		var b strings.Builder
		last := 0
		for i := 0; i < len(s); {
			k := strings.Index(s[i:], "- ")
			if k < 0 {
				break
			}
			at := i + k
			i = at + 2
			ws := wordStart(s, at)
			we := wordEnd(s, at+2)
			if ws == at || we == at+2 {
				continue // a spaced dash, or nothing after it
			}
			before, after := s[ws:at], s[at+2:we]
			switch strings.ToLower(after) {
			case "and", "or", "to":
				continue
			}
			joined := before + "-" + after
			lower := strings.ToLower(joined)
			if !knownCompounds[lower] {
				if haystack == "" {
					var hb strings.Builder
					for _, o := range op.lines {
						hb.WriteString(strings.ToLower(o.text))
						hb.WriteByte('\n')
					}
					haystack = hb.String()
				}
				if !containsWord(haystack, lower) {
					diags.Warnf(l.at(s[ws:we]), "import-hyphen",
						"%q may be a word broken at a line end (%q) or a hyphen and a word; kept as written", s[ws:we], joined)
					continue
				}
			}
			b.WriteString(s[last : at+1])
			last = at + 2
		}
		if last > 0 {
			b.WriteString(s[last:])
			l.text = b.String()
		}
	}
}

// containsWord reports whether w occurs in s between non-letters.
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		at, end := i+k, i+k+len(w)
		r1, _ := utf8.DecodeLastRuneInString(s[:at])
		r2, _ := utf8.DecodeRuneInString(s[end:])
		if (at == 0 || !isWordRune(r1)) && (end == len(s) || !isWordRune(r2)) {
			return true
		}
		i = at + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordStart returns the start of the word (letters, digits, hyphens) that
// ends at byte end of s.
func wordStart(s string, end int) int {
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isWordRune(r) && r != '-' {
			break
		}
		i -= n
	}
	for i < end && s[i] == '-' {
		i++
	}
	return i
}

// wordEnd returns the end of the word of letters and digits starting at
// byte start of s.
func wordEnd(s string, start int) int {
	i := start
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// splitRunTogether splits what a conversion ran into one line:
//   - an item and the next: "…; 10 that …" in item 9, or "…; ii) …" in
//     item i), when the label is the one that follows;
//   - a call swallowed by the item before it: "…, instructs the Director of
//     the Telecommunication Development Bureau" when what follows the last
//     comma is a call phrase of the vocabulary and the line ends there.
//
// Both are certain from the labels and the vocabulary; nothing else is split.
func splitRunTogether(op *opinion, diags *diag.List) {
	if !op.standalone {
		return
	}
	var out []*line
	for _, l := range op.lines {
		if l.drop {
			out = append(out, l)
			continue
		}
		out = append(out, splitLine(l, diags)...)
	}
	op.lines = out
}

func splitLine(l *line, diags *diag.List) []*line {
	t := strings.TrimSpace(l.text)
	m := labelRE.FindStringSubmatch(t)
	if m == nil {
		return []*line{l}
	}
	// A call swallowed at the end of an item.
	if k := strings.LastIndex(t, ", "); k > 0 {
		tail := t[k+2:]
		if c, ok := vocab.Lookup(tail); ok && c.Known && c.Kind == vocab.Operative && strings.Count(tail, " ") >= 1 {
			first, _ := utf8.DecodeRuneInString(tail)
			if unicode.IsLower(first) {
				diags.Warnf(l.at(tail), "import-split", "the call %q was run into the item before it; split onto its own line", tail)
				head := *l
				head.text = t[:k+1]
				call := *l
				call.text = tail
				return []*line{&head, &call}
			}
		}
	}
	next := followingLabel(m[1])
	if next == "" {
		return []*line{l}
	}
	pat := "; " + next + " "
	k := strings.Index(t, pat)
	if k < 0 {
		return []*line{l}
	}
	rest := t[k+2:]
	if r, _ := utf8.DecodeRuneInString(rest[len(next)+1:]); !unicode.IsLower(r) {
		return []*line{l}
	}
	diags.Warnf(l.at(rest), "import-split", "item %s was run into item %s; split onto its own line", next, m[1])
	head := *l
	head.text = t[:k+1]
	tail := *l
	tail.text = rest
	return append([]*line{&head}, splitLine(&tail, diags)...)
}

// followingLabel returns the label after label in its sequence ("9" → "10",
// "b)" → "c)", "ii)" → "iii)"), or "" when there is no certain one.
func followingLabel(label string) string {
	if n, err := strconv.Atoi(label); err == nil {
		return strconv.Itoa(n + 1)
	}
	if v := romanValue(label); v > 0 && v < 40 && label != "i)" && label != "v)" && label != "x)" {
		return toRoman(v+1) + ")"
	}
	if len(label) == 2 && label[1] == ')' && label[0] >= 'a' && label[0] < 'z' {
		return string(label[0]+1) + ")"
	}
	return ""
}

// clipText shortens a line for a message.
func clipText(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:37]) + "..."
	}
	return s
}
