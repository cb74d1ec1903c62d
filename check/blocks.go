package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"opinionc/doc"
	"opinionc/grammar"
	"opinionc/vocab"
)

// buildBlocks makes a doc.Block per call and nests its items by indentation.
func (c *checker) buildBlocks() {
	usedIDs := map[string]int{}
	for _, gb := range c.file.Blocks {
		if gb.Call == nil && gb.Section != nil {
			c.sectionBlock(gb, usedIDs)
			continue
		}
		if gb.Call == nil {
			for _, l := range gb.Items {
				c.report(l.TextPos, "structure", "paragraph before the first call: expected a call such as %q on its own line", "considering")
			}
			continue
		}
		b := &doc.Block{Call: strings.TrimSpace(gb.Call.Text()), Pos: gb.Call.TextPos}
		bi := &blockInfo{block: b, line: gb.Call, call: gb.Call.Call, known: gb.Call.KnownCall}
		bi.norm, _ = vocab.Normalize(b.Call)
		switch {
		case !bi.known:
			b.Kind = doc.UnknownCall
			b.ID = slug(b.Call)
		case bi.call.Kind == vocab.Operative:
			b.Kind = doc.Operative
			b.ID = bi.call.ID
		default:
			b.ID = bi.call.ID
		}
		if b.ID == "" {
			b.ID = "call"
		}
		if n := usedIDs[b.ID]; n > 0 {
			usedIDs[b.ID] = n + 1
			b.ID = fmt.Sprintf("%s-%d", b.ID, n+1)
		} else {
			usedIDs[b.ID] = 1
		}
		c.blocks = append(c.blocks, bi)
		c.doc.Blocks = append(c.doc.Blocks, b)
		c.nest(bi, gb.Items)
	}
}

// sectionBlock makes the doc.Block of a section ("SECTION 1" and its
// title): a block with no call whose items are the section's paragraphs.
func (c *checker) sectionBlock(gb *grammar.Block, usedIDs map[string]int) {
	text := strings.Join(strings.Fields(gb.Section.Text()), " ")
	b := &doc.Block{Section: text, Kind: doc.Operative, Pos: gb.Section.TextPos}
	for _, l := range gb.SectionTitle {
		if len(b.SectionTitle) > 0 {
			b.SectionTitle = append(b.SectionTitle, &doc.Text{Value: " "})
		}
		b.SectionTitle = append(b.SectionTitle, c.inlines(l.Content, nil)...)
	}
	b.ID = slug(text)
	if b.ID == "" {
		b.ID = "section"
	}
	if n := usedIDs[b.ID]; n > 0 {
		usedIDs[b.ID] = n + 1
		b.ID = fmt.Sprintf("%s-%d", b.ID, n+1)
	} else {
		usedIDs[b.ID] = 1
	}
	bi := &blockInfo{block: b, line: gb.Section, section: true}
	c.blocks = append(c.blocks, bi)
	c.doc.Blocks = append(c.doc.Blocks, b)
	c.hasSections = true
	c.nest(bi, gb.Items)
}

// nest builds the item tree of a block from the items' indentation levels.
func (c *checker) nest(bi *blockInfo, lines []*grammar.Line) {
	var stack []*itemInfo // open ancestors, stack[i] at level i
	for _, l := range lines {
		level := l.Level
		if level > len(stack) {
			c.report(l.Pos, "nesting", "item indented %d levels but its parent is at level %d; treated as one level deeper", level, len(stack)-1)
			level = len(stack)
		}
		stack = stack[:level]
		it := &itemInfo{line: l, block: bi, index: len(c.items)}
		it.item = &doc.Item{Label: l.Label, Level: level, Pos: l.TextPos, Note: l.Label == "" && isNote(l.Text())}
		if num, ok := figureNumber(l.Text()); ok && l.Label == "" {
			it.item.Figure = true
			if c.figures == nil {
				c.figures = map[string]*itemInfo{}
			}
			if _, dup := c.figures[num]; !dup {
				c.figures[num] = it
			}
		}
		if l.Label == "" {
			it.item.Pos = l.TextPos
		}
		if level > 0 {
			it.parent = stack[level-1]
			it.parent.item.Items = append(it.parent.item.Items, it.item)
		} else {
			bi.block.Items = append(bi.block.Items, it.item)
		}
		c.items = append(c.items, it)
		bi.items = append(bi.items, it)
		c.itemOf[it.item] = it
		stack = append(stack, it)
	}
	c.assignIDs(bi.block.ID, bi.block.Items)
}

// assignIDs gives items ids from their label path: "view.g.iv"; unlabelled
// items are numbered "p1", "p2" among their siblings. A dotted number label
// is a path of its own: "4.1" under "resolves 4" is "resolves.4.1", "7.1.10"
// in Section 7 is "section-7.7.1.10". A duplicate label gets a suffix so ids
// stay unique; the duplicate itself is reported by a rule.
func (c *checker) assignIDs(prefix string, items []*doc.Item) {
	block, _, _ := strings.Cut(prefix, ".")
	seen := map[string]int{}
	unlabelled := 0
	for _, it := range items {
		key := labelKey(it.Label)
		base := prefix
		if strings.Contains(key, ".") && key[0] >= '0' && key[0] <= '9' {
			base = block
		}
		if key == "" {
			unlabelled++
			key = fmt.Sprintf("p%d", unlabelled)
		}
		if n := seen[key]; n > 0 {
			seen[key] = n + 1
			key = fmt.Sprintf("%s-%d", key, n+1)
		} else {
			seen[key] = 1
		}
		it.ID = base + "." + key
		c.assignIDs(it.ID, it.Items)
	}
}

// isNote reports a NOTE paragraph: "NOTE – …" or "NOTE 2 – …".
func isNote(text string) bool {
	rest, ok := strings.CutPrefix(text, "NOTE ")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, "0123456789 ")
	return strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ")
}

// figureNumber reports a figure's caption standing as its own paragraph,
// "Figure 7.1a – Approval of …" (the figure itself is not part of a
// source), and returns its number. ITU texts often bind the number to
// "Figure" with a no-break space.
func figureNumber(text string) (string, bool) {
	rest, ok := strings.CutPrefix(text, "Figure")
	if r, _ := utf8.DecodeRuneInString(rest); !ok || !unicode.IsSpace(r) {
		return "", false
	}
	fields := strings.Fields(rest) // splits at no-break spaces too
	if len(fields) < 3 {
		return "", false
	}
	num, dash := fields[0], fields[1]
	if num[0] < '0' || num[0] > '9' || strings.Trim(num, "0123456789.abcdefghijklmnopqrstuvwxyz") != "" || dash != "–" && dash != "-" {
		return "", false
	}
	return num, true
}

// labelKey is a label without its punctuation: "a)" → "a", "1." → "1",
// "b)bis" → "bbis", "1.1" → "1.1", "•" → "".
func labelKey(label string) string {
	s := strings.TrimSuffix(label, ".")
	s = strings.Replace(s, ")", "", 1)
	switch s {
	case "-", "–", "−", "•":
		return ""
	}
	return s
}
