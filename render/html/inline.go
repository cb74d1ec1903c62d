package html

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"opinionc/doc"
)

// inlineRenderer is goldmark's HTML renderer plus the node kinds below.
// goldmark initialises it once, safely for concurrent use.
var inlineRenderer = renderer.NewRenderer(renderer.WithNodeRenderers(
	util.Prioritized(gmhtml.NewRenderer(), 1000),
	util.Prioritized(docNodeRenderer{}, 500),
))

// inline writes inline content through goldmark.
func (p *page) inline(in []doc.Inline) {
	root := ast.NewDocument()
	p.convert(root, in, false)
	// Writing to a bytes.Buffer cannot fail.
	_ = inlineRenderer.Render(&p.buf, nil, root)
}

// convert appends the goldmark nodes for in to parent. inLink is set inside a
// reference's link, where no other link may start.
func (p *page) convert(parent ast.Node, in []doc.Inline, inLink bool) {
	for _, n := range in {
		switch n := n.(type) {
		case *doc.Text:
			parent.AppendChild(parent, text(n.Value))
		case *doc.Emphasis:
			em := ast.NewEmphasis(1)
			p.convert(em, n.Children, inLink)
			parent.AppendChild(parent, em)
		case *doc.Bracket:
			br := &bracketNode{}
			p.convert(br, n.Children, inLink)
			parent.AppendChild(parent, br)
		case *doc.Ref:
			p.convertRef(parent, n, inLink)
		case *doc.NoteRef:
			if n.Note == nil {
				continue
			}
			id, link := p.marker(n.Note)
			parent.AppendChild(parent, &noteRefNode{Number: n.Note.Number, ID: id, Href: link, Linked: !inLink})
		}
	}
}

// convertRef makes a resolved reference a link to its first target. A range
// also names the whole range in hidden text, since the link goes to its
// first item only. An unresolved reference (or one nested in another) stays
// text.
func (p *page) convertRef(parent ast.Node, r *doc.Ref, inLink bool) {
	if len(r.Targets) == 0 || inLink {
		p.convert(parent, r.Children, inLink)
		return
	}
	link := ast.NewLink()
	link.Destination = []byte(href(p.anchor(r.Targets[0])))
	link.SetAttributeString("class", []byte("xref"))
	p.convert(link, r.Children, true)
	if r.Range && r.Label != "" {
		link.AppendChild(link, &hiddenNode{Value: " (" + r.Label + ")"})
	}
	parent.AppendChild(parent, link)
}

// text is a goldmark string written escaped but otherwise verbatim: raw, so
// goldmark neither resolves entities nor drops backslashes in it.
func text(s string) *ast.String {
	n := ast.NewString([]byte(s))
	n.SetRaw(true)
	return n
}
