package grammar

import "github.com/alecthomas/participle/v2/lexer"

// The participle grammar. A source file is a sequence of lines; a line is
// a comment, a footnote definition, an item label or a plain start (each
// with its indentation), then its content. The structure above lines (heading, calls, items)
// is recognised by [Parse] after this grammar, because it depends on the
// call vocabulary, which is data; inline markup inside the content is
// scanned by [scanInline].

type lineFile struct {
	Lines []*lineNode `parser:"@@*"`
}

type lineNode struct {
	Pos     lexer.Position
	Label   string `parser:"( @Label"` // the most frequent first: fewer branches
	Plain   string `parser:"| @Plain"`
	NoteDef string `parser:"| @NoteDef"`
	Comment string `parser:"| @Comment )"`
	Content string `parser:"@Content"`
}
