package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"opinionc/internal/diag"
)

// Word's bookmarks ("[bookmark: _Hlk83996987]") mark nothing a reader sees.
var bookmarkRE = regexp.MustCompile(`\[bookmark: [^\]]*\]`)

// dropBookmarks removes Word bookmarks anywhere in a line.
func dropBookmarks(l *line) {
	if strings.Contains(l.text, "[bookmark: ") {
		l.text = bookmarkRE.ReplaceAllString(l.text, "")
	}
}

// repairUTF8 replaces bytes that are not UTF-8 by U+FFFD, with a warning:
// a source file is UTF-8.
func repairUTF8(l *line, diags *diag.List) {
	if utf8.ValidString(l.text) {
		return
	}
	p := l.pos
	for i := 0; i < len(l.raw); {
		r, n := utf8.DecodeRuneInString(l.raw[i:])
		if r == utf8.RuneError && n == 1 {
			p.Col += i
			p.Offset += i
			break
		}
		i += n
	}
	diags.Warnf(p, "import-encoding", "the line is not valid UTF-8; invalid bytes replaced by U+FFFD")
	l.text = strings.ToValidUTF8(l.text, "\uFFFD")
}

// tidy puts one paragraph of text in canonical form: white space folded
// (see [foldSpace]) and a literal "*" escaped so it is not read as emphasis
// ("\*" is taken as already escaped).
func tidy(s string) string {
	s = foldSpace(s)
	if !strings.Contains(s, "*") {
		return s
	}
	var b strings.Builder
	escaped := false // the previous character was an unescaped backslash
	for _, r := range s {
		if r == '*' && !escaped {
			b.WriteByte('\\')
		}
		escaped = r == '\\' && !escaped
		b.WriteRune(r)
	}
	return b.String()
}

// foldSpace trims white space at both ends (NBSP included) and folds runs
// of spaces and tabs inside to one space. NBSPs inside the text are
// characters and stay.
func foldSpace(s string) string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\v', '\f':
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// tidyLines applies [tidy] to every line and footnote of an Opinion and
// drops lines left empty.
func tidyLines(op *opinion, _ *diag.List) {
	for _, l := range op.lines {
		l.text = tidy(l.text)
		if l.text == "" {
			l.drop = true
		}
	}
	for _, n := range op.notes {
		n.text = tidy(n.text)
	}
}
