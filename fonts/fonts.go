// Package fonts ships the typeface the PDF renderer embeds: Liberation Serif
// 2.1.5 (SIL Open Font License 1.1, see LICENSE), metric-compatible with
// Times New Roman, the ITU body font. The files come unmodified from Debian's
// fonts-liberation2 package.
package fonts

import _ "embed"

// Style selects one of the four faces.
type Style int

const (
	Regular Style = iota
	Italic
	Bold
	BoldItalic
)

var (
	//go:embed LiberationSerif-Regular.ttf
	regular []byte
	//go:embed LiberationSerif-Italic.ttf
	italic []byte
	//go:embed LiberationSerif-Bold.ttf
	bold []byte
	//go:embed LiberationSerif-BoldItalic.ttf
	boldItalic []byte
)

// Family is the family name of the embedded faces.
const Family = "Liberation Serif"

// TTF returns the TrueType file of a face. The slice is shared: do not modify it.
func TTF(s Style) []byte {
	switch s {
	case Italic:
		return italic
	case Bold:
		return bold
	case BoldItalic:
		return boldItalic
	default:
		return regular
	}
}

// Styles lists the four faces in order.
var Styles = []Style{Regular, Italic, Bold, BoldItalic}

func (s Style) String() string {
	switch s {
	case Italic:
		return "Italic"
	case Bold:
		return "Bold"
	case BoldItalic:
		return "BoldItalic"
	default:
		return "Regular"
	}
}
