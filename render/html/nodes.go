package html

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// The goldmark node kinds the document model needs beyond Markdown's.
var (
	kindBracket = ast.NewNodeKind("UnagreedBracket")
	kindNoteRef = ast.NewNodeKind("FootnoteMarker")
	kindHidden  = ast.NewNodeKind("VisuallyHidden")
)

// bracketNode is square-bracketed, unagreed text. Its children exclude the
// brackets, which the renderer writes as visible text.
type bracketNode struct{ ast.BaseInline }

func (n *bracketNode) Kind() ast.NodeKind         { return kindBracket }
func (n *bracketNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// noteRefNode is a footnote marker: a superscript number linking to its note.
type noteRefNode struct {
	ast.BaseInline
	Number int
	ID     string // the marker's own id, target of the note's back-link
	Href   string // "#" + the note's id
	Linked bool   // false inside another link, where no link may start
}

func (n *noteRefNode) Kind() ast.NodeKind { return kindNoteRef }
func (n *noteRefNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Number": strconv.Itoa(n.Number), "ID": n.ID}, nil)
}

// hiddenNode is text for assistive technology only.
type hiddenNode struct {
	ast.BaseInline
	Value string
}

func (n *hiddenNode) Kind() ast.NodeKind { return kindHidden }
func (n *hiddenNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Value": n.Value}, nil)
}

// docNodeRenderer writes the node kinds above.
type docNodeRenderer struct{}

func (docNodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindBracket, renderBracket)
	reg.Register(kindNoteRef, renderNoteRef)
	reg.Register(kindHidden, renderHidden)
}

// renderBracket keeps the brackets visible and marks the span; the hidden
// words make screen readers announce it, since <mark> alone often is not.
func renderBracket(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(`<mark class="unagreed"><span class="vh">not agreed: </span>[`)
	} else {
		_, _ = w.WriteString(`]<span class="vh"> (end of text not agreed)</span></mark>`)
	}
	return ast.WalkContinue, nil
}

func renderNoteRef(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*noteRefNode)
	number := strconv.Itoa(n.Number)
	_, _ = w.WriteString(`<sup class="FootnoteReference">`)
	if n.Linked {
		_, _ = w.WriteString(`<a id="` + string(util.EscapeHTML([]byte(n.ID))) + `" href="` + string(util.EscapeHTML([]byte(n.Href))) + `">`)
		_, _ = w.WriteString(`<span class="vh">footnote </span>` + number + `</a>`)
	} else {
		_, _ = w.WriteString(`<span id="` + string(util.EscapeHTML([]byte(n.ID))) + `"><span class="vh">footnote </span>` + number + `</span>`)
	}
	_, _ = w.WriteString(`</sup>`)
	return ast.WalkSkipChildren, nil
}

func renderHidden(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		n := node.(*hiddenNode)
		_, _ = w.WriteString(`<span class="vh">`)
		_, _ = w.Write(util.EscapeHTML([]byte(n.Value)))
		_, _ = w.WriteString(`</span>`)
	}
	return ast.WalkSkipChildren, nil
}
