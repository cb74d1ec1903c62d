package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"opinionc/internal/diag"
	"opinionc/vocab"
)

// labelRE matches a label at the start of a line and the space after it
// (ASCII or no-break spaces: the dump has "d)\u00a0\tthat"). Labels: "a)",
// "b)bis", "ii)", "1.", "1", "1.1", "1bis.1.1", and the bullets "-", "–",
// "−", "•".
var labelRE = regexp.MustCompile(`^(` +
	`[a-z]{1,6}\)(?:bis|ter|quater)?` +
	`|\d{1,3}(?:bis|ter|quater)?(?:\.\d{1,3}(?:bis|ter|quater)?)*\.?` +
	`|[-–−•]` +
	`)(?:[ \x{00A0}\x{202F}]+|$)`)

// classify sorts each line of an Opinion into heading, call, item or
// paragraph. For items it splits the label from the text, leaving exactly
// one space between them.
func classify(op *opinion, _ *diag.List) {
	inSection := false
	title := 0 // title lines still allowed after a heading or section line
	for k, l := range op.lines {
		if l.drop {
			continue
		}
		if l.kind == headingLine {
			title = 0
			if op.standalone {
				title = 4
			}
			continue
		}
		if title > 0 {
			if isTitle(l.text) || title == 4 && !labelRE.MatchString(l.text) && !isCall(l.text) && !isFormula(l.text) {
				title--
				l.kind = titleLine
				if inSection {
					l.kind = sectionTitleLine
				}
				continue
			}
			title = 0
		}
		if op.standalone && sectionRE.MatchString(nbspToSpace(l.text)) {
			l.kind = sectionLine
			inSection, title = true, 3
			continue
		}
		if m := labelRE.FindStringSubmatch(l.text); m != nil {
			l.kind = itemLine
			l.label = m[1]
			l.body = l.text[len(m[0]):]
			l.text = l.label
			if l.body != "" {
				l.text += " " + l.body
			}
			continue
		}
		if c, known := vocab.Lookup(l.text); isCall(l.text) && (!inSection || known && c.Known) || op.standalone && isCommaCall(l.text, op.lines[k+1:]) {
			l.kind = callLine
		} else {
			l.kind = paraLine
		}
	}
}

// isTitle reports whether a line after a heading or a section line is a
// line of its title: no label, not the enacting formula ("The … ,"), not a
// call, and no closing punctuation (a paragraph ends in one).
func isTitle(s string) bool {
	if labelRE.MatchString(s) || isCall(s) || isFormula(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".,;:", last)
}

// isCommaCall reports whether a line is a long call closed by a comma
// ("continues to encourage all agencies … of the Union,"): its verb is in
// the vocabulary and the next line, its operative paragraph, starts "to ".
func isCommaCall(s string, rest []*line) bool {
	t, ok := strings.CutSuffix(s, ",")
	if !ok || !isCall(t) {
		return false
	}
	if _, known := vocab.Lookup(t); !known {
		return false
	}
	for _, n := range rest {
		if !n.drop {
			return strings.HasPrefix(n.text, "to ")
		}
	}
	return false
}

// isFormula reports whether a line looks like an enacting formula: "The
// Plenipotentiary Conference … (Dubai, 2018),".
func isFormula(s string) bool { return strings.HasPrefix(s, "The ") && strings.HasSuffix(s, ",") }

// isCall reports whether an unlabelled line is a call: it has no closing
// punctuation, starts with a lower-case word, and is either in the call
// vocabulary ("is of the view", "invites Member States, Sector Members and
// other stakeholders to work collaboratively") or starts with a word shaped
// like a call verb ("stressing", "continues to invite …"). A paragraph ends in
// punctuation; the formula starts with a capital; an operative paragraph
// starts with "to".
func isCall(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLower(first) || strings.ContainsRune(".,;:!?", last) {
		return false
	}
	if _, ok := vocab.Lookup(s); ok {
		return true
	}
	word, _, _ := strings.Cut(s, " ")
	return strings.HasSuffix(word, "ing") || strings.HasSuffix(word, "s") || strings.HasSuffix(word, "ed")
}

// inferNesting gives each item its nesting level. The dump has no
// indentation, so nesting is read off the labels:
//   - "i)" after an item other than "h)", or after an item ending in ":",
//     opens a nested list under that item; "ii)", "iii)", … continue it.
//     "i)" right after "h)" is the letter i. A roman list continues only
//     with the next numeral.
//   - an item in a style other than the lists open (letters, numbers, a
//     bullet) after an item ending in ":" opens a nested list too;
//   - otherwise an item returns to the innermost open list of its style, or
//     restarts the top level.
//
// A call or an unlabelled paragraph closes every list.
func inferNesting(op *opinion, _ *diag.List) {
	type list struct {
		style string
		last  string // label of its last item
	}
	var open []list
	var prev *line // previous item, while lists are open
	inSection := false
	for _, l := range op.lines {
		if l.drop {
			continue
		}
		switch {
		case l.kind == sectionLine:
			inSection = true
		case l.kind == callLine:
			inSection = false
		case l.kind == paraLine && inSection && prev != nil:
			// Body text of a section's numbered paragraph: it sits under
			// the item before it and leaves its lists open.
			l.level = min(prev.level+1, maxDepth-1)
			continue
		}
		if l.kind != itemLine {
			open, prev = nil, nil
			continue
		}
		style := labelStyle(l.label)
		// In a section, a list of another style after a numbered paragraph
		// is that paragraph's list, with or without a colon.
		afterColon := prev != nil && (strings.HasSuffix(prev.body, ":") || inSection && labelStyle(prev.label) == "number" && style != "number")
		parent := -1 // an open list whose last item is this dotted label's parent ("4" for "4.1")
		if p := numberParent(l.label); p != "" {
			for k := len(open) - 1; k >= 0; k-- {
				if strings.TrimSuffix(open[k].last, ".") == p {
					parent = k
					break
				}
			}
		}
		switch {
		case parent >= 0 && parent+1 < maxDepth:
			open = append(open[:parent+1], list{style, l.label})
		case prev != nil && romanValue(l.label) == 1 && (prev.label != "h)" || afterColon) && prev.level+1 < maxDepth:
			open = append(open[:prev.level+1], list{"roman", l.label})
		default:
			j := len(open) - 1
			for j >= 0 && !continues(open[j].style, open[j].last, l.label) {
				j--
			}
			switch {
			case j >= 0:
				open = append(open[:j], list{open[j].style, l.label})
			case afterColon && prev.level+1 < maxDepth:
				open = append(open[:prev.level+1], list{style, l.label})
			default:
				open = []list{{style, l.label}}
			}
		}
		l.level = len(open) - 1
		prev = l
	}
}

// maxDepth bounds inferred nesting, so that a run of "i)" items cannot
// indent without end; ITU texts use three levels at most.
const maxDepth = 8

// continues reports whether label can be the next item of an open list:
// a roman list continues only with the next numeral ("iv)" after "iii)"),
// any other list with a label of its style.
func continues(style, last, label string) bool {
	if style == "roman" {
		v := romanValue(label)
		return v > 0 && v == romanValue(last)+1
	}
	if style == "number" && labelStyle(label) == style {
		return numberParent(label) == numberParent(last)
	}
	return labelStyle(label) == style
}

// numberParent returns the label a dotted number label belongs under:
// "4" for "4.1", "1bis.1" for "1bis.1.2"; "" for others.
func numberParent(label string) string {
	label = strings.TrimSuffix(label, ".")
	if labelStyle(label) != "number" {
		return ""
	}
	i := strings.LastIndexByte(label, '.')
	if i < 0 {
		return ""
	}
	return label[:i]
}

// labelStyle names the family a label belongs to: "letter" ("a)", "b)bis"),
// "number" ("1.", "1.1"), or the bullet itself.
func labelStyle(label string) string {
	r, _ := utf8.DecodeRuneInString(label)
	switch {
	case r >= 'a' && r <= 'z':
		return "letter"
	case r >= '0' && r <= '9':
		return "number"
	}
	return label
}

// romanValue returns the value of a lower-case roman label such as "iv)",
// or 0 when the label is not one.
func romanValue(label string) int {
	s, ok := strings.CutSuffix(label, ")")
	if !ok || s == "" {
		return 0
	}
	digits := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total := 0
	for k := 0; k < len(s); k++ {
		v := digits[s[k]]
		if v == 0 {
			return 0
		}
		if k+1 < len(s) && digits[s[k+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if toRoman(total) != s {
		return 0 // not in canonical form, e.g. "iiii" or "vx"
	}
	return total
}

func toRoman(n int) string {
	vals := []int{100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for k, v := range vals {
		for n >= v {
			b.WriteString(syms[k])
			n -= v
		}
	}
	return b.String()
}
