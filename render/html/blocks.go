package html

import (
	"html"

	"opinionc/doc"
	"opinionc/housestyle"
)

// blocks writes one section per call. Calls are h2 headings, or h3 when the
// document has section headings (Block.Section), which are then the h2s.
func (p *page) blocks() {
	callLevel := p.level + 1
	for _, b := range p.d.Blocks {
		if b != nil && b.Section != "" {
			callLevel = p.level + 2
		}
	}
	for _, b := range p.d.Blocks {
		if b == nil {
			continue
		}
		if b.Section != "" {
			p.printf("<h%d><span class=\"%s\">%s</span>", p.level+1, housestyle.SectionNo.ID, html.EscapeString(b.Section))
			if len(b.SectionTitle) > 0 {
				p.printf("<span class=\"vh\">: </span><span class=\"%s\">", housestyle.Sectiontitle.ID)
				p.inline(b.SectionTitle)
				p.printf("</span>")
			}
			p.printf("</h%d>\n", p.level+1)
		}
		p.printf("<section class=\"Block %s\"%s>\n", kindClass(b.Kind), p.idAttr(p.anchor(b.ID)))
		if b.Call != "" {
			p.printf("<h%d class=\"%s\">%s</h%d>\n", callLevel, housestyle.Call.ID, html.EscapeString(b.Call), callLevel)
		}
		p.items(b, b.Items, 0)
		p.printf("</section>\n")
	}
}

func kindClass(k doc.CallKind) string {
	switch k {
	case doc.Preambular:
		return "preambular"
	case doc.Operative:
		return "operative"
	}
	return "unknown"
}

// items writes items as nested divs: each item's paragraph, then its own
// items one level deeper. The paragraph's class is the Word style of its
// level (Normal, enumlev1…3); the level comes from the nesting, not from
// Item.Level, so a malformed tree still renders consistently.
func (p *page) items(b *doc.Block, items []*doc.Item, level int) {
	style := housestyle.Enumlev(level)
	italic := level == 0 && housestyle.ItalicLabels(b.Kind == doc.Preambular)
	for _, it := range items {
		if it == nil {
			continue
		}
		p.printf("<div class=\"item\"%s>\n", p.idAttr(p.anchor(it.ID)))
		if it.Note && it.Label == "" {
			p.printf("<p class=\"%s\">", housestyle.Note.ID)
		} else if it.Figure && it.Label == "" {
			p.printf("<p class=\"%s\">", housestyle.Figure.ID)
		} else if it.Label == "" {
			p.printf("<p class=\"%s unlabelled\">", style.ID)
		} else {
			labelClass := "label"
			if italic {
				labelClass += " italic"
			}
			p.printf("<p class=\"%s\"><span class=\"%s\">%s</span>", style.ID, labelClass, html.EscapeString(it.Label))
		}
		p.inline(it.Content)
		p.printf("</p>\n")
		p.items(b, it.Items, level+1)
		p.printf("</div>\n")
	}
}
