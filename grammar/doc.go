// Package grammar parses opinionc source files (docs/language.md) into a
// syntax tree that keeps the file, line, column and offset of every node,
// and prints the tree back in canonical form (opinionc fmt).
//
// Parsing runs in three steps. A hand-written lexer cuts every line into
// two tokens: its start (indentation plus a comment, a footnote definition,
// an item label, or nothing) and its content. A participle/v2 grammar over
// those tokens builds the lines (docs/grammar.ebnf). Then each line's
// content is scanned into inline nodes (text, footnote markers, square
// brackets, emphasis), and the lines are classified, with the call
// vocabulary of package vocab, into heading, title, enacting formula,
// calls, items, sections and footnote definitions.
//
// The grammar accepts any UTF-8 text: brackets and emphasis are paired
// after lexing, so an unbalanced bracket is left for the checker to report
// rather than failing the parse. Only bytes that are not UTF-8, and a first
// line that is not a heading, are syntax errors.
package grammar
