package grammar

import "github.com/alecthomas/participle/v2/lexer"

// The participle grammar. A source file is a sequence of lines; a line is
// optional indentation, then a footnote definition, a label, a comment or
// nothing, then inline pieces. The structure above lines (heading, calls,
// items) is recognised by [Parse] after this grammar, because it depends on
// the call vocabulary, which is data.

type lineFile struct {
	BOM   bool        `parser:"@BOM?"`
	Lines []*lineNode `parser:"@@*"`
}

type lineNode struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	Indent  string   `parser:"@Indent?"`
	Comment string   `parser:"( @Comment"`
	NoteDef string   `parser:"| @NoteDef"`
	Label   string   `parser:"| @Label )?"`
	Pieces  []*piece `parser:"@@*"`
	EOL     string   `parser:"@EOL"`
}

// piece is one inline token. Only one field is set.
type piece struct {
	Pos     lexer.Position
	NoteRef string `parser:"  @NoteRef"`
	Escaped string `parser:"| @Escaped"`
	Open    string `parser:"| @Open"`
	Close   string `parser:"| @Close"`
	Star    string `parser:"| @Star"`
	Text    string `parser:"| @Text"`
}
