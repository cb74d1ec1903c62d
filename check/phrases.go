package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"opinionc/vocab"
)

// phraseMatcher finds call phrases in running text, -ise and -ize spellings
// alike, in one pass over the words: faster than a regular expression
// alternation of every phrase, which is what made checking slow.
type phraseMatcher struct {
	byFirst map[string][][]string // first word (-ize) → phrases as words, longest first
	phrases map[string]bool
	// starts[len][b] is set when some phrase's first word is len bytes long
	// and starts with ASCII byte b: most words of running text fail this
	// test and are never looked up.
	starts [maxStartLen + 1][utf8.RuneSelf]bool
}

// maxStartLen is the longest first word starts records; longer ones are
// always looked up.
const maxStartLen = 23

// mayStart reports whether w could be the first word of a phrase.
func (pm *phraseMatcher) mayStart(w string) bool {
	return len(w) > maxStartLen || w[0] >= utf8.RuneSelf || pm.starts[len(w)][w[0]]
}

var (
	vocabOnce sync.Once
	vocabPM   *phraseMatcher
)

// vocabMatcher matches the vocabulary's phrases; built once per process.
func vocabMatcher() *phraseMatcher {
	vocabOnce.Do(func() {
		vocabPM = &phraseMatcher{byFirst: map[string][][]string{}, phrases: map[string]bool{}}
		vocabPM.add(refPhrases)
	})
	return vocabPM
}

// with returns a matcher that also knows the given phrases (a document's
// own calls); pm itself is not changed.
func (pm *phraseMatcher) with(phrases []string) *phraseMatcher {
	var extra []string
	for _, p := range phrases {
		if !pm.phrases[p] {
			extra = append(extra, p)
		}
	}
	if len(extra) == 0 {
		return pm
	}
	out := &phraseMatcher{byFirst: make(map[string][][]string, len(pm.byFirst)), phrases: make(map[string]bool, len(pm.phrases))}
	for k, v := range pm.byFirst {
		out.byFirst[k] = v[:len(v):len(v)]
	}
	out.starts = pm.starts
	for k := range pm.phrases {
		out.phrases[k] = true
	}
	out.add(extra)
	return out
}

func (pm *phraseMatcher) add(phrases []string) {
	for _, p := range phrases {
		if p == "" || pm.phrases[p] {
			continue
		}
		pm.phrases[p] = true
		words := strings.Fields(p)
		for i, w := range words {
			words[i] = izeKey(w)
		}
		// -ise and -ize spellings have the same length and first byte.
		if w := words[0]; len(w) <= maxStartLen && w[0] < utf8.RuneSelf {
			pm.starts[len(w)][w[0]] = true
		}
		list := append(pm.byFirst[words[0]], words)
		// longest first, so "invites Member States, Sector Members …" wins
		for k := len(list) - 1; k > 0 && len(list[k]) > len(list[k-1]); k-- {
			list[k], list[k-1] = list[k-1], list[k]
		}
		pm.byFirst[words[0]] = list
	}
}

// izeKey folds -ise spellings to -ize for matching.
func izeKey(w string) string {
	if !strings.Contains(w, "is") {
		return w
	}
	if n, ok := vocab.IzeWord(w); ok {
		return n
	}
	return w
}

// next finds the first phrase starting at or after byte from, at a word
// start; it returns the phrase's byte span.
func (pm *phraseMatcher) next(s string, from int) (int, int, bool) {
	for i := from; i < len(s); {
		ws, we := nextWord(s, i)
		if ws < 0 {
			return 0, 0, false
		}
		if !pm.mayStart(s[ws:we]) {
			i = we
			continue
		}
		if cands, ok := pm.byFirst[izeKey(s[ws:we])]; ok {
			for _, words := range cands {
				if end, ok := matchWords(s, ws, words); ok {
					return ws, end, true
				}
			}
		}
		i = we
	}
	return 0, 0, false
}

// nextWord returns the span of the next word at or after i: a run of
// letters, digits, hyphens and the punctuation phrases contain (,).
func nextWord(s string, i int) (int, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf { // ASCII fast path
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return -1, -1
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			break
		}
		j += n
	}
	return i, j
}

// matchWords matches phrase words at s[at:], separated by white space (a
// phrase word may carry a trailing comma, as in "invites Member States,
// Sector Members …"). It returns the end of the match.
func matchWords(s string, at int, words []string) (int, bool) {
	i := at
	for k, w := range words {
		if k > 0 {
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || strings.HasPrefix(s[j:], "\u00a0")) {
				if s[j] == 0xc2 {
					j += 2
				} else {
					j++
				}
			}
			if j == i {
				return 0, false
			}
			i = j
		}
		end := i + len(w)
		if end > len(s) || izeKey(s[i:end]) != w && !(strings.HasSuffix(w, ",") && izeKey(s[i:end-1]) == w[:len(w)-1] && s[end-1] == ',') {
			return 0, false
		}
		if end < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) {
				return 0, false
			}
		}
		i = end
	}
	return i, true
}
