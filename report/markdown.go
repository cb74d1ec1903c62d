package report

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"opinionc/doc"
	"opinionc/internal/diag"
	"opinionc/internal/source"
)

// md is the Markdown parser: CommonMark with GFM tables and footnotes.
// goldmark's parser is safe for concurrent use.
var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote))

var (
	// headingNumber is a number written at the start of a heading: "1.", "1.1", "2.8.1".
	headingNumber = regexp.MustCompile(`^(\d+(?:\.\d+)*\.?)[ \t]+`)
	// paraNumber is a paragraph number as written: "1.1.1", "2.7" (two or more parts).
	paraNumber = regexp.MustCompile(`^(\d+(?:\.\d+)+)\.?[ \t]+`)
	// letterLabel opens a lettered item: "a. ", "b) ".
	letterLabel = regexp.MustCompile(`^([a-z][.)])[ \t]+`)
	// caption opens a table's caption: "Table 1: …".
	caption = regexp.MustCompile(`^Table\s+\S+?[:.]`)
)

// converter turns goldmark's syntax tree into the report's block model.
type converter struct {
	src    []byte
	lines  *lineIndex
	diags  *diag.List
	report *doc.Report

	notes   map[int]*doc.Footnote // goldmark footnote index → note
	defs    map[int]*east.Footnote
	tables  int
	anchors map[string]bool

	pendingCaption []doc.Inline // a "Table n: …" paragraph waiting for its table
}

func (c *converter) convert() {
	root := md.Parser().Parse(text.NewReader(c.src))
	c.notes = map[int]*doc.Footnote{}
	c.defs = map[int]*east.Footnote{}
	c.anchors = map[string]bool{}
	// Footnote definitions first, so markers can find them.
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if fl, ok := n.(*east.FootnoteList); ok {
			for f := fl.FirstChild(); f != nil; f = f.NextSibling() {
				if fn, ok := f.(*east.Footnote); ok {
					c.defs[fn.Index] = fn
				}
			}
		}
	}
	var parts []doc.Part
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		parts = c.block(parts, n, false)
	}
	c.report.Chapters = parts
	// Note contents last: they may cite further notes.
	for i := 0; i < len(c.report.Notes); i++ {
		f := c.report.Notes[i]
		var content []doc.Inline
		for p := c.defs[f.Number].FirstChild(); p != nil; p = p.NextSibling() {
			if len(content) > 0 {
				content = append(content, &doc.Text{Value: " "})
			}
			content = append(content, c.inlines(p)...)
		}
		f.Content = trimSpace(content)
	}
	for i, f := range c.report.Notes { // goldmark's index was a placeholder
		f.Number = i + 1
		f.ID = "fn" + strconv.Itoa(i+1)
	}
}

// block appends the parts of one top-level block.
func (c *converter) block(parts []doc.Part, n ast.Node, quote bool) []doc.Part {
	pos := c.pos(n)
	switch n := n.(type) {
	case *ast.Heading:
		h := &doc.Heading{Level: n.Level, Content: c.inlines(n), Pos: pos}
		if num, rest := cutPrefix(h.Content, headingNumber); num != "" {
			h.Number, h.Content = num, rest
		}
		h.ID = c.anchor("s", strings.TrimSuffix(h.Number, "."))
		return append(parts, h)
	case *ast.Paragraph, *ast.TextBlock:
		content := c.inlines(n)
		if !quote {
			if num, rest := cutPrefix(content, paraNumber); num != "" {
				return append(parts, &doc.Paragraph{Number: num, Content: rest, ID: c.anchor("p", num), Pos: pos})
			}
			if label, rest := cutPrefix(content, letterLabel); label != "" {
				it := &doc.ListItem{Label: label, Content: rest, Pos: pos}
				if k := len(parts); k > 0 {
					if l, ok := parts[k-1].(*doc.List); ok && len(l.Items) > 0 && lettered(l) {
						l.Items = append(l.Items, it)
						return parts
					}
				}
				return append(parts, &doc.List{Items: []*doc.ListItem{it}, Pos: pos})
			}
			if _, ok := n.NextSibling().(*east.Table); ok && caption.MatchString(doc.PlainText(content)) {
				c.pendingCaption = content // the table takes this paragraph as its caption
				return parts
			}
		}
		return append(parts, &doc.Paragraph{Quote: quote, Content: content, Pos: pos})
	case *ast.Blockquote:
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			parts = c.block(parts, ch, true)
		}
		return parts
	case *east.Table:
		return append(parts, c.table(n, pos))
	case *ast.List:
		return append(parts, c.list(n, pos))
	case *east.FootnoteList:
		return parts
	case *ast.ThematicBreak:
		return parts
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		c.diags.Warnf(pos, ruleMarkdown, "code and HTML blocks are not part of a report; their text is kept as a plain paragraph")
		var b strings.Builder
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			b.Write(seg.Value(c.src))
		}
		t := strings.Join(strings.Fields(b.String()), " ")
		if t == "" {
			return parts
		}
		return append(parts, &doc.Paragraph{Content: []doc.Inline{&doc.Text{Value: t}}, Pos: pos})
	default:
		c.diags.Warnf(pos, ruleMarkdown, "unsupported Markdown block (%s) left out", n.Kind())
		return parts
	}
}

// lettered reports whether a list holds lettered items ("a.", "b)").
func lettered(l *doc.List) bool { return letterLabel.MatchString(l.Items[0].Label + " ") }

func (c *converter) table(n *east.Table, pos source.Pos) *doc.Table {
	c.tables++
	t := &doc.Table{Caption: c.pendingCaption, Pos: pos, ID: c.anchor("table", strconv.Itoa(c.tables))}
	c.pendingCaption = nil
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []doc.Cell
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, c.cell(cell))
		}
		if _, head := row.(*east.TableHeader); head {
			if !allEmpty(cells) {
				t.Header = cells
			}
			continue
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

func allEmpty(cells []doc.Cell) bool {
	for _, c := range cells {
		if len(c.Paras) > 0 {
			return false
		}
	}
	return true
}

// cell splits a cell's content into paragraphs at each <br>.
func (c *converter) cell(n ast.Node) doc.Cell {
	var cell doc.Cell
	var cur []doc.Inline
	flush := func() {
		cur = trimSpace(cur)
		if len(cur) > 0 {
			cell.Paras = append(cell.Paras, cur)
		}
		cur = nil
	}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		if isBreak(ch, c.src) {
			flush()
			continue
		}
		cur = c.inline(cur, ch)
	}
	flush()
	return cell
}

// isBreak reports whether n is a raw <br> tag.
func isBreak(n ast.Node, src []byte) bool {
	raw, ok := n.(*ast.RawHTML)
	if !ok {
		return false
	}
	var b strings.Builder
	for i := 0; i < raw.Segments.Len(); i++ {
		seg := raw.Segments.At(i)
		b.Write(seg.Value(src))
	}
	tag := strings.ToLower(strings.Join(strings.Fields(b.String()), ""))
	return tag == "<br>" || tag == "<br/>"
}

func (c *converter) list(n *ast.List, pos source.Pos) *doc.List {
	l := &doc.List{Pos: pos}
	k := n.Start
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		label := "•"
		if n.IsOrdered() {
			label = strconv.Itoa(k) + string(n.Marker)
			k++
		}
		li := &doc.ListItem{Label: label, Pos: c.pos(it)}
		for ch := it.FirstChild(); ch != nil; ch = ch.NextSibling() {
			if sub, ok := ch.(*ast.List); ok {
				li.Items = append(li.Items, c.list(sub, c.pos(sub)).Items...)
				continue
			}
			if len(li.Content) > 0 {
				li.Content = append(li.Content, &doc.Text{Value: " "})
			}
			li.Content = append(li.Content, c.inlines(ch)...)
		}
		l.Items = append(l.Items, li)
	}
	return l
}

// inlines converts the inline children of a block.
func (c *converter) inlines(n ast.Node) []doc.Inline {
	var out []doc.Inline
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		out = c.inline(out, ch)
	}
	out = trimSpace(merge(out))
	for _, x := range out {
		if t, ok := x.(*doc.Text); ok {
			if i := strings.Index(t.Value, "[^"); i >= 0 && strings.Contains(t.Value[i:], "]") {
				c.diags.Errorf(c.pos(n), ruleNote, "footnote marker %s has no definition (\"[^label]: text\")", t.Value[i:i+strings.Index(t.Value[i:], "]")+1])
			}
		}
	}
	return out
}

func (c *converter) inline(out []doc.Inline, n ast.Node) []doc.Inline {
	switch n := n.(type) {
	case *ast.Text:
		out = append(out, &doc.Text{Value: string(n.Segment.Value(c.src))})
		if n.SoftLineBreak() || n.HardLineBreak() {
			out = append(out, &doc.Text{Value: " "})
		}
	case *ast.String:
		out = append(out, &doc.Text{Value: string(n.Value)})
	case *ast.Emphasis:
		var kids []doc.Inline
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			kids = c.inline(kids, ch)
		}
		if n.Level == 1 {
			out = append(out, &doc.Emphasis{Children: merge(kids)})
		} else {
			out = append(out, kids...) // the model has no bold: strong text stays roman
		}
	case *ast.CodeSpan:
		var b strings.Builder
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			if t, ok := ch.(*ast.Text); ok {
				b.Write(t.Segment.Value(c.src))
			}
		}
		out = append(out, &doc.Text{Value: b.String()})
	case *ast.Link, *ast.Image:
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			out = c.inline(out, ch)
		}
	case *ast.AutoLink:
		out = append(out, &doc.Text{Value: string(n.Label(c.src))})
	case *ast.RawHTML:
		if isBreak(n, c.src) {
			out = append(out, &doc.Text{Value: " "})
			break
		}
		c.diags.Warnf(c.pos(n), ruleMarkdown, "raw HTML is not part of a report; it is kept as text")
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			out = append(out, &doc.Text{Value: string(seg.Value(c.src))})
		}
	case *east.FootnoteLink:
		out = append(out, &doc.NoteRef{Note: c.note(n.Index), Pos: c.pos(n)})
	default:
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			out = c.inline(out, ch)
		}
	}
	return out
}

// note returns the footnote of a goldmark footnote index, in order of first
// citation. Its Number holds the index until convert renumbers.
func (c *converter) note(index int) *doc.Footnote {
	if f := c.notes[index]; f != nil {
		return f
	}
	f := &doc.Footnote{Number: index}
	if def := c.defs[index]; def != nil {
		f.Label = string(def.Ref)
		f.Pos = c.pos(def)
	}
	c.notes[index] = f
	c.report.Notes = append(c.report.Notes, f)
	return f
}

// anchor returns a chapter anchor id made of a prefix and a number, unique
// in the report.
func (c *converter) anchor(prefix, number string) string {
	id := prefix + number
	if number == "" {
		id = prefix
	}
	return unique(c.anchors, id)
}

// pos is the position of a node: its first line, or its first child's.
func (c *converter) pos(n ast.Node) source.Pos {
	for n != nil {
		switch t := n.(type) {
		case *ast.Text:
			return c.lines.pos(t.Segment.Start)
		}
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return c.lines.pos(n.Lines().At(0).Start)
		}
		n = n.FirstChild()
	}
	return c.report.Pos
}

// cutPrefix removes a number or label matched by re from the start of the
// content and returns it with the rest.
func cutPrefix(in []doc.Inline, re *regexp.Regexp) (string, []doc.Inline) {
	if len(in) == 0 {
		return "", in
	}
	t, ok := in[0].(*doc.Text)
	if !ok {
		return "", in
	}
	m := re.FindStringSubmatchIndex(t.Value)
	if m == nil {
		return "", in
	}
	label := t.Value[m[2]:m[3]]
	rest := append([]doc.Inline{&doc.Text{Value: t.Value[m[1]:]}}, in[1:]...)
	return label, trimSpace(rest)
}

// merge joins adjacent text nodes.
func merge(in []doc.Inline) []doc.Inline {
	var out []doc.Inline
	for _, n := range in {
		if t, ok := n.(*doc.Text); ok {
			if k := len(out); k > 0 {
				if prev, ok := out[k-1].(*doc.Text); ok {
					out[k-1] = &doc.Text{Value: prev.Value + t.Value}
					continue
				}
			}
		}
		out = append(out, n)
	}
	return out
}

// trimSpace drops white space at both ends of inline content.
func trimSpace(in []doc.Inline) []doc.Inline {
	in = merge(in)
	if k := len(in); k > 0 {
		if t, ok := in[0].(*doc.Text); ok {
			in[0] = &doc.Text{Value: strings.TrimLeft(t.Value, " \t")}
		}
		if t, ok := in[k-1].(*doc.Text); ok {
			in[k-1] = &doc.Text{Value: strings.TrimRight(t.Value, " \t")}
		}
	}
	var out []doc.Inline
	for _, n := range in {
		if t, ok := n.(*doc.Text); ok && t.Value == "" {
			continue
		}
		out = append(out, n)
	}
	return out
}
