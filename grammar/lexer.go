package grammar

import "github.com/alecthomas/participle/v2/lexer"

// labelPattern matches an item label at the start of a line, followed by
// white space: a), b)bis, xiv), A), 1, 1., 1.1, 1bis.1.1, and dash and
// bullet items (-, –, −, •).
const labelPattern = `(?:[a-z]{1,5}\)(?:bis|ter|quater)?` +
	`|[A-Z]\)` +
	`|[0-9]{1,4}(?:bis|ter)?(?:\.[0-9]{1,4}(?:bis|ter)?)*\.?` +
	`|[-–−•])[ \t]+`

// lex is line-oriented: at the start of a line it recognises indentation, a
// label, a footnote definition or a comment; the rest of the line is inline
// text, which knows footnote markers, square brackets and emphasis marks.
// Brackets and emphasis are single tokens here and are paired when the
// lines are lowered, so an unbalanced bracket is a diagnostic, not a parse
// failure.
var lex = lexer.MustStateful(lexer.Rules{
	"Root": append([]lexer.Rule{
		{Name: "BOM", Pattern: "\uFEFF"},
		{Name: "EOL", Pattern: `\r?\n`},
		{Name: "Comment", Pattern: `%%[^\r\n]*`},
		{Name: "Indent", Pattern: `[ \t]+`},
		{Name: "NoteDef", Pattern: `\[\^[^\]\s]+\]:[ \t]*`, Action: lexer.Push("Inline")},
		{Name: "Label", Pattern: labelPattern, Action: lexer.Push("Inline")},
	}, inlineRules(lexer.Push("Inline"))...),
	"Inline": append([]lexer.Rule{
		{Name: "EOL", Pattern: `\r?\n`, Action: lexer.Pop()},
	}, inlineRules(nil)...),
})

// inlineRules are the tokens of inline text; at the start of a line they
// also switch the lexer into the Inline state.
func inlineRules(action lexer.Action) []lexer.Rule {
	return []lexer.Rule{
		{Name: "NoteRef", Pattern: `\[\^[^\]\s]+\]`, Action: action},
		{Name: "Escaped", Pattern: `\\[\[\]\*\\]`, Action: action},
		{Name: "Open", Pattern: `\[`, Action: action},
		{Name: "Close", Pattern: `\]`, Action: action},
		{Name: "Star", Pattern: `\*`, Action: action},
		{Name: "Text", Pattern: `[^\[\]*\\\r\n]+|\\|\r`, Action: action},
	}
}
