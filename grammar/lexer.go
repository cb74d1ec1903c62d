package grammar

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types of the line lexer.
const (
	tokPlain lexer.TokenType = -(iota + 2)
	tokComment
	tokNoteDef
	tokLabel
	tokContent
)

// lineLexer is a hand-written lexer for participle: source text is
// line-oriented, and every line is exactly two tokens. The first holds the
// indentation and what starts the line: a comment (the whole line), a
// footnote definition ("[^1]: "), an item label ("a) ", "b)bis ", "1. ",
// "1.1 ", "- ", "• ") followed by white space, or nothing (Plain). Then
// Content, the rest of the line (possibly empty) up to and including its
// line break, which the token's value leaves out; its inline markup is
// scanned when the line is lowered (see inline.go). A grammar
// without optional parts is what makes participle fast here; the lexer is
// written by hand because it runs over every byte of every file.
type lineLexer struct{}

var symbols = map[string]lexer.TokenType{
	"EOF": lexer.EOF, "Plain": tokPlain, "Comment": tokComment,
	"NoteDef": tokNoteDef, "Label": tokLabel, "Content": tokContent,
}

func (lineLexer) Symbols() map[string]lexer.TokenType { return symbols }

func (d lineLexer) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

func (d lineLexer) LexBytes(filename string, b []byte) (lexer.Lexer, error) {
	return d.LexString(filename, string(b))
}

func (lineLexer) LexString(filename string, s string) (lexer.Lexer, error) {
	return &lineScanner{src: s, pos: lexer.Position{Filename: filename, Line: 1, Column: 1}}, nil
}

type lineScanner struct {
	src   string
	off   int
	pos   lexer.Position
	state int // 0 at a line start, 1 before content
	done  bool
}

func (l *lineScanner) Next() (lexer.Token, error) {
	if l.done {
		return lexer.EOFToken(l.pos), nil
	}
	rest := l.src[l.off:]
	switch l.state {
	case 0: // line start
		if len(rest) == 0 {
			l.done = true
			return lexer.EOFToken(l.pos), nil
		}
		l.state = 1
		ind := spaceLen(rest)
		body := rest[ind:]
		switch {
		case strings.HasPrefix(body, "%%"):
			return l.emit(tokComment, ind+contentLen(body)), nil
		case noteDefLen(body) > 0:
			return l.emit(tokNoteDef, ind+noteDefLen(body)), nil
		case labelLen(body) > 0:
			return l.emit(tokLabel, ind+labelLen(body)), nil
		}
		return l.emit(tokPlain, ind), nil
	default: // content, then the line break, which the token swallows
		l.state = 0
		n := contentLen(rest)
		tok := l.emit(tokContent, n)
		l.off += eolLen(rest[n:])
		l.pos.Offset = l.off
		l.pos.Line++
		l.pos.Column = 1
		return tok, nil
	}
}

func (l *lineScanner) emit(t lexer.TokenType, n int) lexer.Token {
	tok := lexer.Token{Type: t, Value: l.src[l.off : l.off+n], Pos: l.pos}
	l.off += n
	l.pos.Offset += n
	if t != tokContent { // content runs to the line break: no column is needed after it
		l.pos.Column += utf8.RuneCountInString(tok.Value)
	}
	return tok
}

func eolLen(s string) int {
	switch {
	case strings.HasPrefix(s, "\n"):
		return 1
	case strings.HasPrefix(s, "\r\n"):
		return 2
	}
	return 0
}

func spaceLen(s string) int {
	n := 0
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

// contentLen is the length of the rest of the line, without its line break.
func contentLen(s string) int {
	n := strings.IndexByte(s, '\n')
	if n < 0 {
		return len(s)
	}
	if n > 0 && s[n-1] == '\r' {
		n--
	}
	return n
}

// noteDefLen matches "[^LABEL]:" and the white space after it.
func noteDefLen(s string) int {
	if !strings.HasPrefix(s, "[^") {
		return 0
	}
	i := 2
	for i < len(s) && s[i] != ']' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '[' {
		i++
	}
	if i == 2 || !strings.HasPrefix(s[i:], "]:") {
		return 0
	}
	return i + 2 + spaceLen(s[i+2:])
}

// labelLen matches an item label followed by white space or the end of the
// line: a), b)bis, xiv),
// A), 1, 1., 1.1, 1bis.1.1, and dash and bullet items (-, –, −, •).
func labelLen(s string) int {
	n := labelBody(s)
	if n == 0 {
		return 0
	}
	sp := spaceLen(s[n:])
	if sp == 0 && n < len(s) && s[n] != '\n' && s[n] != '\r' {
		return 0 // "a)b" is text; "a)" alone on its line is an empty item
	}
	return n + sp
}

func labelBody(s string) int {
	for _, dash := range [...]string{"-", "–", "−", "•"} {
		if strings.HasPrefix(s, dash) {
			return len(dash)
		}
	}
	i := 0
	switch {
	case i < len(s) && s[i] >= 'a' && s[i] <= 'z':
		for i < len(s) && i < 5 && s[i] >= 'a' && s[i] <= 'z' {
			i++
		}
		if i >= len(s) || s[i] != ')' {
			return 0
		}
		i++
		return i + suffixLen(s[i:])
	case i < len(s) && s[i] >= 'A' && s[i] <= 'Z':
		if len(s) > 1 && s[1] == ')' {
			return 2
		}
		return 0
	case i < len(s) && s[i] >= '0' && s[i] <= '9':
		for {
			d := 0
			for i+d < len(s) && d < 5 && s[i+d] >= '0' && s[i+d] <= '9' {
				d++
			}
			if d == 0 || d > 4 {
				return 0
			}
			i += d
			i += suffixLen(s[i:])
			if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
				continue
			}
			if i < len(s) && s[i] == '.' {
				i++
			}
			return i
		}
	}
	return 0
}

func suffixLen(s string) int {
	for _, suf := range [...]string{"quater", "bis", "ter"} {
		if strings.HasPrefix(s, suf) {
			return len(suf)
		}
	}
	return 0
}
