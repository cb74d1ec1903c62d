// Package vocab is the call vocabulary: the phrases that open a block of an
// ITU text ("recalling", "is of the view", "invites Member States"), which
// are preambular and which operative, and the stable id stem of each. The
// phrases are data (calls.txt), not code.
package vocab

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
)

//go:embed calls.txt
var callsTxt string

// Kind tells preambular from operative calls.
type Kind int

const (
	Preambular Kind = iota
	Operative
)

// A Call is what the vocabulary knows of a call line.
type Call struct {
	Phrase   string // the canonical phrase (-ize spelling, modifier removed)
	ID       string // stable id stem, e.g. "view", "invites-ms", "considering-further"
	Kind     Kind
	Modifier string // "further", "also" or ""
	Known    bool   // the whole phrase is in the vocabulary (not only its verb)
	IseSpelt bool   // written with an -ise spelling where house style has -ize
}

type entry struct {
	kind   Kind
	id     string
	phrase string
	verb   bool
}

var (
	phrases map[string]entry // canonical phrase → entry
	verbs   []entry          // verb heads, longest first
)

func init() {
	phrases = make(map[string]entry)
	for _, line := range strings.Split(callsTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, " ", 3)
		if len(f) != 3 {
			panic("vocab: bad line in calls.txt: " + line)
		}
		e := entry{id: f[1], phrase: f[2]}
		switch f[0] {
		case "pre":
			e.kind = Preambular
		case "op":
			e.kind = Operative
		case "verb":
			e.kind, e.verb = Operative, true
		default:
			panic("vocab: bad kind in calls.txt: " + line)
		}
		if e.verb {
			verbs = append(verbs, e)
		} else {
			phrases[e.phrase] = e
		}
	}
	// Longest verb heads first, so "resolves to instruct" wins over a bare verb.
	for i := 1; i < len(verbs); i++ {
		for j := i; j > 0 && len(verbs[j].phrase) > len(verbs[j-1].phrase); j-- {
			verbs[j], verbs[j-1] = verbs[j-1], verbs[j]
		}
	}
}

// IzeWord maps an -ise spelling of a word to -ize ("recognising" →
// "recognizing"), reporting whether it changed anything.
func IzeWord(w string) (string, bool) { return izeWord(w) }

// izeWord maps an -ise spelling of a word to -ize ("recognising" →
// "recognizing"); other words are returned unchanged.
func izeWord(w string) (string, bool) {
	for _, suf := range [...]string{"ising", "ises", "ise", "ised"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			stem := w[:len(w)-len(suf)]
			return stem + "iz" + suf[2:], true
		}
	}
	return w, false
}

// Normalize folds white space and maps -ise spellings of the leading words to
// -ize. It reports whether any -ise spelling was found.
func Normalize(s string) (string, bool) {
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) })
	ise := false
	for i, w := range words {
		if i > 1 { // only the call verb itself ("recognising", "further emphasising")
			break
		}
		if nw, ok := izeWord(w); ok {
			if _, known := lookupExact(strings.Join(append(append([]string{}, words[:i]...), nw), " ")); known || isKnownWord(nw) {
				words[i], ise = nw, true
			}
		}
	}
	return strings.Join(words, " "), ise
}

func isKnownWord(w string) bool {
	for p := range phrases {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	for _, v := range verbs {
		if strings.HasPrefix(v.phrase, w) {
			return true
		}
	}
	return false
}

// longestPrefix returns the longest whole operative phrase that s starts
// with, followed by a space or a comma.
func longestPrefix(s string) (entry, bool) {
	var best entry
	found := false
	for p, e := range phrases {
		if e.kind != Operative || len(p) >= len(s) || !strings.HasPrefix(s, p) || (s[len(p)] != ' ' && s[len(p)] != ',') {
			continue
		}
		if !found || len(p) > len(best.phrase) {
			best, found = e, true
		}
	}
	return best, found
}

func lookupExact(s string) (entry, bool) {
	e, ok := phrases[s]
	return e, ok
}

// Lookup reports what the vocabulary knows of a call line. ok is false when
// the line does not start with a known phrase or verb.
func Lookup(line string) (c Call, ok bool) {
	s, ise := Normalize(line)
	c.IseSpelt = ise
	base, mod := s, ""
	switch {
	case strings.HasSuffix(s, " further"):
		base, mod = strings.TrimSuffix(s, " further"), "further"
	case strings.HasSuffix(s, " also"):
		base, mod = strings.TrimSuffix(s, " also"), "also"
	case strings.HasPrefix(s, "further "):
		base, mod = strings.TrimPrefix(s, "further "), "further"
	case strings.HasPrefix(s, "also "):
		base, mod = strings.TrimPrefix(s, "also "), "also"
	}
	if mod == "further" && strings.HasPrefix(s, "further ") {
		if _, known := phrases[s]; known { // "further noting" is a phrase of its own
			base, mod = s, ""
		}
	}
	// "recognizing further" → phrase "recognizing"; also "noting also".
	c.Modifier = mod
	if e, known := phrases[base]; known {
		c.Phrase, c.Kind, c.Known = e.phrase, e.kind, true
		c.ID = withModifier(e.id, mod)
		return c, true
	}
	// A known phrase with a longer addressee ("instructs the Director of the
	// Telecommunication Development Bureau, in coordination with …") keeps
	// that phrase's id stem, the rest of the addressee slugged after it.
	if e, ok := longestPrefix(base); ok {
		c.Phrase, c.Kind = base, e.kind
		c.ID = withModifier(e.id+slug(base[len(e.phrase):]), mod)
		return c, true
	}
	for _, v := range verbs {
		if base == v.phrase || strings.HasPrefix(base, v.phrase+" ") {
			c.Phrase, c.Kind = base, v.kind
			c.ID = withModifier(v.id+slug(strings.TrimPrefix(base, v.phrase)), mod)
			return c, true
		}
	}
	return c, false
}

func withModifier(id, mod string) string {
	if mod == "" {
		return id
	}
	return id + "-" + mod
}

// stopWords are left out of slugs.
var stopWords = map[string]bool{"the": true, "of": true, "and": true, "to": true, "in": true, "on": true, "with": true, "their": true, "within": true, "a": true, "an": true, "other": true, "for": true}

// slug turns an addressee into a short id part: initials of capitalized word
// runs ("Member States" → "ms") and other words in full, dash-separated.
func slug(s string) string {
	var parts []string
	var initials []rune
	flush := func() {
		if len(initials) > 0 {
			parts = append(parts, string(initials))
			initials = initials[:0]
		}
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		w = strings.Trim(w, "-")
		if w == "" || stopWords[strings.ToLower(w)] {
			flush()
			continue
		}
		r := []rune(w)
		if unicode.IsUpper(r[0]) && w != "ITU" {
			initials = append(initials, unicode.ToLower(r[0]))
			continue
		}
		flush()
		parts = append(parts, strings.ToLower(w))
	}
	flush()
	if len(parts) == 0 {
		return ""
	}
	if len(parts) > 4 {
		parts = parts[:4]
	}
	return "-" + strings.Join(parts, "-")
}

// Phrases returns every whole call phrase of the vocabulary.
func Phrases() []string {
	out := make([]string, 0, len(phrases))
	for p := range phrases {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}
