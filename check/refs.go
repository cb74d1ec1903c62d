package check

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"opinionc/doc"
	"opinionc/grammar"
	"opinionc/internal/source"
	"opinionc/vocab"
)

// A reference in running text is a call phrase, then labels, then "above"
// or "below": "is of the view ‘1’ above", "invites Member States 1-5 above",
// "considering c) ii) and e) above", "resolves above".
const (
	ws     = `[\s\x{00A0}]` // white space, no-break space included
	qOpen  = `[‘'"“]`
	qClose = `[’'"”]`
	lbl    = `(?:[a-z]{1,5}\)(?:bis|ter)?(?:` + ws + `*[ivx]{1,5}\))*|[0-9]{1,3}(?:bis)?(?:\.[0-9]{1,3})*|[a-z]{1,5})`
	one    = `(?:` + qOpen + lbl + qClose + `|` + lbl + `)`
	sep    = `(?:` + ws + `*,` + ws + `*(?:and` + ws + `+)?|` + ws + `+and` + ws + `+|` + ws + `*[-–—]` + ws + `*|` + ws + `+to` + ws + `+)`
	labels = one + `(?:` + sep + one + `)*`
	tail   = `(?:` + ws + `+(above|below))?(` + ws + `+of` + ws + `+(?:this` + ws + `+(?:resolution|opinion|decision|recommendation)\b|(?:Resolution|Opinion|Decision|Recommendation|the)\b))?`

	// dotted is a section paragraph number: 1.2, 1bis.1.1, 9.5.3.
	dotted = `[0-9]{1,2}(?:bis|ter)?(?:\.[0-9]{1,2}(?:bis|ter)?)+`
)

var (
	labelsRE = regexp.MustCompile(`^` + ws + `+(` + labels + `)` + tail)
	wholeRE  = regexp.MustCompile(`^` + ws + `+(above|below)\b`)
	oneRE    = regexp.MustCompile(one)
	sepRE    = regexp.MustCompile(sep)
	// refPhrases are the vocabulary's phrases, so that a reference to a call
	// the document lacks is found and reported.
	refPhrases = vocab.Phrases()

	// paraRE is a reference to section paragraphs with no call phrase:
	// "1.2 to 1.7 above", "9.3.1 and 9.3.3 above", "(see 7.1.10)";
	// looked for only in documents with sections.
	paraRE = regexp.MustCompile(`^(` + dotted + `(?:` + sep + dotted + `)*)` + tail)
	// sectionRefRE is a reference to a whole section: "Section 2".
	sectionRefRE = regexp.MustCompile(`^Section` + ws + `+([0-9]{1,2}(?:bis|ter)?)\b`)
	// figureRefRE is a reference to a figure: "Figure 7.1a".
	figureRefRE = regexp.MustCompile(`^Figure` + ws + `+([0-9]{1,2}(?:\.[0-9]{1,2})*[a-z]?)\b`)
	// paragraphRE is a reference into another document by its paragraph
	// numbers: "§§ 27 c) and 50 d) of the Tunis Agenda", "§ 50 d)".
	paragraphRE = regexp.MustCompile(`^§§?` + ws + `*[0-9]{1,3}(?:` + ws + `*[a-z]\))?(?:` + sep + `(?:[0-9]{1,3}` + ws + `*)?[a-z]\))*(?:` + ws + `+of` + ws + `+the(?:` + ws + `+[A-Z][\pL]*)+)?`)
)

type refInfo struct {
	ref  *doc.Ref
	from *itemInfo
}

// refMatcher is built once per document, from its call phrases and the
// vocabulary's.
func (c *checker) refMatcher() *phraseMatcher {
	if c.phrases == nil {
		var phrases []string
		for _, b := range c.blocks {
			phrases = append(phrases, b.norm)
		}
		c.phrases = vocabMatcher().with(phrases)
	}
	return c.phrases
}

// findRefs splits a text node into text and references.
func (c *checker) findRefs(t *grammar.Text, from *itemInfo) []doc.Inline {
	if from == nil {
		return []doc.Inline{&doc.Text{Value: t.Value}}
	}
	pm := c.refMatcher()
	var out []doc.Inline
	s := t.Value
	bare := c.hasSections || len(c.figures) > 0 || strings.Contains(s, "§")
	done := 0 // bytes of s already emitted
	for start := 0; start < len(s); {
		pStart, pEnd, ok := pm.next(s, start)
		if !ok {
			pStart = len(s)
		}
		var ref *doc.Ref
		end := 0
		if bare {
			if bStart, r, e := c.nextBare(t, s, start, pStart, from); r != nil {
				pStart, ref, end = bStart, r, e
			}
		}
		if ref == nil {
			if !ok {
				break
			}
			ref, end = c.parseRef(t, s, pStart, pEnd, from)
			if ref == nil {
				start = pEnd
				continue
			}
		}
		if pStart > done {
			out = append(out, &doc.Text{Value: s[done:pStart]})
		}
		out = append(out, ref)
		done, start = end, end
	}
	if done < len(s) {
		out = append(out, &doc.Text{Value: s[done:]})
	}
	if len(out) == 0 {
		out = append(out, &doc.Text{Value: s})
	}
	return out
}

// nextBare finds the first reference without a call phrase in s[start:limit]:
// a paragraph of another document ("§ 50 d)"), and in a document with
// sections a section ("Section 2") or section paragraphs ("1.2 to 1.7
// above"). It returns the reference's start, the reference and its end.
func (c *checker) nextBare(t *grammar.Text, s string, start, limit int, from *itemInfo) (int, *doc.Ref, int) {
	for i := start; i < limit; i++ {
		ch := s[i]
		switch {
		case ch == 0xc2 && i+1 < len(s) && s[i+1] == 0xa7: // §
			if m := paragraphRE.FindString(s[i:]); m != "" {
				end := i + len(strings.TrimRight(m, " \u00a0"))
				return i, &doc.Ref{Children: []doc.Inline{&doc.Text{Value: s[i:end]}}, Pos: at(t, i), External: true, Label: s[i:end]}, end
			}
		case ch == 'F' && len(c.figures) > 0 && (i == 0 || !isWordByte(s[i-1])):
			// A figure of this text is a reference to its caption; other
			// figures ("Figure 2 of Recommendation ITU-T A.1") are text.
			if m := figureRefRE.FindStringSubmatchIndex(s[i:]); m != nil {
				if it := c.figures[s[i+m[2]:i+m[3]]]; it != nil && it != from {
					end := i + m[1]
					ref := &doc.Ref{Children: []doc.Inline{&doc.Text{Value: s[i:end]}}, Pos: at(t, i), Targets: []string{it.item.ID}, Label: s[i:end]}
					c.refs = append(c.refs, &refInfo{ref: ref, from: from})
					return i, ref, end
				}
			}
		case !c.hasSections:
		case ch == 'S' && (i == 0 || !isWordByte(s[i-1])):
			if m := sectionRefRE.FindStringSubmatchIndex(s[i:]); m != nil {
				id := slug("section " + s[i+m[2]:i+m[3]])
				for _, b := range c.blocks {
					if b.section && b.block.ID == id {
						end := i + m[1]
						ref := &doc.Ref{Children: []doc.Inline{&doc.Text{Value: s[i:end]}}, Pos: at(t, i), Targets: []string{id}, Label: s[i:end]}
						c.refs = append(c.refs, &refInfo{ref: ref, from: from})
						return i, ref, end
					}
				}
			}
		case ch >= '0' && ch <= '9' && (i == 0 || !isWordByte(s[i-1]) && s[i-1] != '.' && s[i-1] != '-' && s[i-1] != '/'):
			if ref, end := c.paraRef(t, s, i, from); ref != nil {
				return i, ref, end
			}
			for i+1 < limit && (s[i+1] >= '0' && s[i+1] <= '9' || s[i+1] == '.' || isWordByte(s[i+1])) {
				i++
			}
		}
	}
	return 0, nil, 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// notParaWords are words before a dotted number that make it something other
// than a paragraph of this text: "Figure 7.1a", "clause 3.1", "ITU‑T A.1".
var notParaWords = map[string]bool{"Figure": true, "Figures": true, "Table": true, "Tables": true, "clause": true, "clauses": true, "Clause": true, "No.": true, "Nos.": true, "version": true, "Version": true, "Annex": true, "Appendix": true}

// paraRef parses a reference to section paragraphs at s[i:]. Numbers no item
// carries are not taken as a reference unless "above" or "below" says so.
func (c *checker) paraRef(t *grammar.Text, s string, i int, from *itemInfo) (*doc.Ref, int) {
	m := paraRE.FindStringSubmatchIndex(s[i:])
	if m == nil {
		return nil, 0
	}
	before := strings.Fields(s[max(0, i-12):i])
	if len(before) > 0 && notParaWords[before[len(before)-1]] {
		return nil, 0
	}
	labelText := s[i+m[2] : i+m[3]]
	dir := ""
	if m[4] >= 0 {
		dir = s[i+m[4] : i+m[5]]
	}
	end := i + m[3]
	if m[4] >= 0 {
		end = i + m[5]
	}
	ref := &doc.Ref{Pos: at(t, i)}
	if m[6] >= 0 && !strings.Contains(s[i+m[6]:i+m[7]], "this") {
		ref.External = true
		ref.Children = []doc.Inline{&doc.Text{Value: s[i:end]}}
		ref.Label = s[i:end]
		return ref, end
	}
	if m[6] >= 0 {
		end = i + m[1]
	}
	ref.Children = []doc.Inline{&doc.Text{Value: s[i:end]}}
	runs := splitLabels(labelText)
	var items []*itemInfo
	var label []string
	for k, r := range runs {
		it := c.findParagraph(r.text)
		if it == nil {
			if dir == "" && k == 0 {
				return nil, 0
			}
			c.refs = append(c.refs, &refInfo{ref: ref, from: from})
			c.report(ref.Pos, "ref-unresolved", "paragraph %s does not exist in this text", r.text)
			return ref, end
		}
		items = append(items, it)
		if r.rangeTo {
			label = append(label, "to")
			ref.Range = true
		} else if k > 0 {
			label = append(label, "and")
		}
		label = append(label, r.text)
	}
	ref.Label = strings.Join(label, " ")
	c.refs = append(c.refs, &refInfo{ref: ref, from: from})
	var positions []source.Pos
	for _, it := range items {
		ref.Targets = append(ref.Targets, it.item.ID)
		positions = append(positions, it.item.Pos)
	}
	c.checkDirection(ref, dir, from, positions, "")
	return ref, end
}

// findParagraph finds the item of a section labelled with a dotted number.
func (c *checker) findParagraph(label string) *itemInfo {
	for _, b := range c.blocks {
		if !b.section {
			continue
		}
		for _, it := range b.items {
			if labelKey(it.item.Label) == label {
				return it
			}
		}
	}
	return nil
}

// parseRef parses the labels after a call phrase at s[pStart:pEnd]. It
// returns nil when what follows is not a reference (a call word used as an
// ordinary word), or an external reference ("of Resolution 4").
func (c *checker) parseRef(t *grammar.Text, s string, pStart, pEnd int, from *itemInfo) (*doc.Ref, int) {
	phrase := s[pStart:pEnd]
	rest := s[pEnd:]
	pos := t.Pos
	pos.Col += utf8.RuneCountInString(s[:pStart])
	pos.Offset += pStart
	var (
		labelText string
		dir       string
		end       int
	)
	if m := wholeRE.FindStringSubmatchIndex(rest); m != nil {
		dir = rest[m[2]:m[3]]
		end = pEnd + m[1]
	} else if m := labelsRE.FindStringSubmatchIndex(rest); m != nil {
		labelText = rest[m[2]:m[3]]
		if m[4] >= 0 {
			dir = rest[m[4]:m[5]]
		}
		if !quoted(labelText) && hasBareLetter(labelText) {
			return nil, 0
		}
		if m[6] >= 0 && !strings.Contains(rest[m[6]:m[7]], "this") {
			// A reference into another document: "recognizing e) of
			// Resolution 4 (Dubai, 2012)".
			end = pEnd + m[3]
			if m[4] >= 0 {
				end = pEnd + m[5]
			}
			return &doc.Ref{Children: []doc.Inline{&doc.Text{Value: s[pStart:end]}}, Pos: pos, External: true, Label: s[pStart:end]}, end
		}
		end = pEnd + m[1]
		if m[6] < 0 && m[4] >= 0 {
			end = pEnd + m[5]
		} else if m[6] < 0 {
			end = pEnd + m[3]
		}
		if dir == "" && !quoted(labelText) && !endsClause(rest[m[3]:]) && !labelled(labelText) {
			return nil, 0
		}
	} else {
		return nil, 0
	}
	ref := &doc.Ref{Children: []doc.Inline{&doc.Text{Value: s[pStart:end]}}, Pos: pos}
	c.resolve(ref, phrase, labelText, dir, from)
	return ref, end
}

// labelled reports whether the labels of a reference without "above" are
// plainly labels: numbers ("instructs the ITU Council 2 should include") or
// letters with their parenthesis ("considering c)").
func labelled(s string) bool {
	runs := splitLabels(s)
	for _, r := range runs {
		if !strings.Contains(r.raw, ")") && (r.raw[0] < '0' || r.raw[0] > '9') {
			return false
		}
	}
	return len(runs) > 0
}

func quoted(s string) bool { return strings.ContainsAny(s, "‘'\"“") }

func endsClause(s string) bool {
	s = strings.TrimLeft(s, " ")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(",;.:)", r)
}

func hasBareLetter(s string) bool {
	for _, r := range splitLabels(s) {
		if !strings.Contains(r.raw, ")") && (r.raw[0] < '0' || r.raw[0] > '9') {
			return true
		}
	}
	return false
}

// labelRun is one label of a reference and whether it closes a range.
type labelRun struct {
	path    []string // label keys, e.g. ["c", "ii"]
	raw     string   // as written, quotes included
	text    string
	rangeTo bool // this label ends a range started by the previous one
}

// splitLabels splits the labels of a reference ("‘a’ and ‘c’", "1-5",
// "c) ii) and e)") into runs, marking the ends of ranges.
func splitLabels(s string) []labelRun {
	var runs []labelRun
	rangeTo := false
	for s != "" {
		m := oneRE.FindString(s)
		if m == "" {
			break
		}
		s = s[len(m):]
		text := strings.Trim(m, "‘’'\"“”")
		r := labelRun{raw: m, text: text, rangeTo: rangeTo}
		for _, part := range strings.Split(text, ")") {
			p := strings.TrimSpace(part)
			switch {
			case p == "":
			case (p == "bis" || p == "ter" || p == "quater") && len(r.path) > 0: // b)bis: key "bbis"
				r.path[len(r.path)-1] += p
			default:
				r.path = append(r.path, p)
			}
		}
		runs = append(runs, r)
		sp := sepRE.FindString(s)
		if sp == "" {
			break
		}
		s = s[len(sp):]
		b := strings.TrimSpace(sp)
		rangeTo = b == "-" || b == "–" || b == "—" || b == "to"
	}
	return runs
}

// resolve finds the targets of a reference and reports what does not resolve.
func (c *checker) resolve(ref *doc.Ref, phrase, labelText, dir string, from *itemInfo) {
	norm, _ := vocab.Normalize(phrase)
	c.refs = append(c.refs, &refInfo{ref: ref, from: from})
	cands := c.blocksNamed(norm)
	if len(cands) == 0 {
		var names []string
		for _, b := range c.blocks {
			names = append(names, b.block.Call)
		}
		c.report(ref.Pos, "ref-unresolved", "reference to %q, but this document has no such call (its calls: %s)", phrase, strings.Join(quoteAll(names), ", "))
		return
	}
	runs := splitLabels(labelText)
	var label []string
	for i, r := range runs {
		if r.rangeTo {
			label = append(label, "to")
		} else if i > 0 {
			label = append(label, "and")
		}
		label = append(label, r.text)
	}
	ref.Label = strings.TrimSpace(phrase + " " + strings.Join(label, " "))
	if len(runs) == 0 { // the whole block: a call written exactly so wins
		if exact := c.blocksExactly(norm); len(exact) > 0 {
			cands = exact
		}
		if len(cands) > 1 {
			c.ambiguous(ref, phrase, cands)
		}
		ref.Targets = []string{cands[0].block.ID}
		c.checkDirection(ref, dir, from, []source.Pos{cands[0].block.Pos}, phrase)
		return
	}
	var firstMiss string
	try := func(b *blockInfo) (hit, bool) {
		var items []*itemInfo
		for _, r := range runs {
			it := c.findItem(b, r.path)
			if it == nil {
				if firstMiss == "" {
					firstMiss = r.text
				}
				return hit{}, false
			}
			items = append(items, it)
		}
		return hit{b, items}, true
	}
	var hits []hit
	// With a direction, look at the nearest blocks on that side first; two
	// hits there settle it (one, or ambiguous), however many blocks repeat
	// the call. Otherwise, or when that finds nothing, try every block.
	if dir != "" && from != nil {
		exact, base := c.byNorm[norm], c.byBase[norm]
		for _, list := range [][]*blockInfo{exact, base} {
			found := 0
			nearestFirst(list, dir, from, func(b *blockInfo) bool {
				if h, ok := try(b); ok && c.directionOK(dir, from, h.items) {
					hits = append(hits, h)
					found++
				}
				return found == 2
			})
		}
	}
	if len(hits) == 0 {
		for _, b := range cands {
			if h, ok := try(b); ok {
				hits = append(hits, h)
			}
		}
	}
	if len(hits) > 1 && dir != "" { // the direction may settle it
		var kept []hit
		for _, h := range hits {
			if c.directionOK(dir, from, h.items) {
				kept = append(kept, h)
			}
		}
		if len(kept) > 0 {
			hits = kept
		}
	}
	switch {
	case len(hits) == 0:
		c.report(ref.Pos, "ref-unresolved", "%s %s does not exist; %s", phrase, firstMiss, c.nearest(cands[0], firstMiss))
		return
	case len(hits) > 1:
		var bs []*blockInfo
		for _, h := range hits {
			bs = append(bs, h.b)
		}
		c.ambiguous(ref, phrase, bs)
	}
	h := hits[0]
	var positions []source.Pos
	for i, it := range h.items {
		if runs[i].rangeTo && i > 0 {
			ref.Range = true
			if h.items[i-1].index > it.index {
				c.report(ref.Pos, "ref-unresolved", "range %s to %s runs backwards", runs[i-1].text, runs[i].text)
			}
		}
		ref.Targets = append(ref.Targets, it.item.ID)
		positions = append(positions, it.item.Pos)
	}
	c.checkDirection(ref, dir, from, positions, phrase)
}

func (c *checker) ambiguous(ref *doc.Ref, phrase string, bs []*blockInfo) {
	ref.Ambiguous = true
	bs = append([]*blockInfo{}, bs...)
	sort.Slice(bs, func(i, j int) bool { return bs[i].block.Pos.Offset < bs[j].block.Pos.Offset })
	var names []string
	for i, b := range bs {
		if i == 3 {
			names = append(names, fmt.Sprintf("%d more", len(bs)-i))
			break
		}
		names = append(names, fmt.Sprintf("%q at line %d", b.block.Call, b.block.Pos.Line))
	}
	d := c.report(ref.Pos, "ref-ambiguous", "reference %q could name items of %s", phrase, strings.Join(names, " or "))
	for _, b := range bs {
		d.Related = append(d.Related, b.block.Pos)
	}
}

func (c *checker) checkDirection(ref *doc.Ref, dir string, from *itemInfo, targets []source.Pos, phrase string) {
	if dir == "" || from == nil {
		return
	}
	here := from.item.Pos.Offset
	for _, p := range targets {
		if dir == "above" && p.Offset > here {
			c.report(ref.Pos, "ref-direction", "reference says %q but %s is below, at line %d", "above", ref.Label, p.Line)
			return
		}
		if dir == "below" && p.Offset < here {
			c.report(ref.Pos, "ref-direction", "reference says %q but %s is above, at line %d", "below", ref.Label, p.Line)
			return
		}
	}
}

// hit is a block in which every label of a reference was found.
type hit struct {
	b     *blockInfo
	items []*itemInfo
}

// nearestFirst calls f on the blocks of list (in document order) on the
// referenced side of from, nearest first, until f returns true.
func nearestFirst(list []*blockInfo, dir string, from *itemInfo, f func(*blockInfo) bool) {
	here := from.item.Pos.Offset
	// Blocks before from; the block holding from counts on both sides.
	k := sort.Search(len(list), func(i int) bool { return list[i].line.Pos.Offset >= here })
	if dir == "above" {
		for i := k - 1; i >= 0; i-- {
			if f(list[i]) {
				return
			}
		}
		return
	}
	if k > 0 && list[k-1] == from.block {
		k--
	}
	for i := k; i < len(list); i++ {
		if f(list[i]) {
			return
		}
	}
}

func (c *checker) directionOK(dir string, from *itemInfo, items []*itemInfo) bool {
	for _, it := range items {
		if (dir == "above") != (it.index < from.index) {
			return false
		}
	}
	return true
}

func (c *checker) blocksExactly(norm string) []*blockInfo {
	c.indexBlocks()
	return c.byNorm[norm]
}

// blocksNamed returns the blocks a phrase can name: those whose call is the
// phrase, then those whose call is the phrase with "further" or "also".
func (c *checker) blocksNamed(norm string) []*blockInfo {
	c.indexBlocks()
	exact, base := c.byNorm[norm], c.byBase[norm]
	if len(base) == 0 {
		return exact
	}
	if len(exact) == 0 {
		return base
	}
	return append(append([]*blockInfo{}, exact...), base...)
}

// indexBlocks maps call phrases to their blocks once per document, so that
// resolving a reference does not scan every block.
func (c *checker) indexBlocks() {
	if c.byNorm != nil {
		return
	}
	c.byNorm, c.byBase = map[string][]*blockInfo{}, map[string][]*blockInfo{}
	for _, b := range c.blocks {
		c.byNorm[b.norm] = append(c.byNorm[b.norm], b)
		if b.known && b.call.Phrase != b.norm {
			c.byBase[b.call.Phrase] = append(c.byBase[b.call.Phrase], b)
		}
	}
}

// findItem finds the item with a label path in a block: from the top
// level, or, for a single label not found there, anywhere in the block.
func (c *checker) findItem(b *blockInfo, path []string) *itemInfo {
	if b.top == nil { // first label of each top-level item
		b.top = map[string]*doc.Item{}
		for _, it := range b.block.Items {
			if k := labelKey(it.Label); b.top[k] == nil {
				b.top[k] = it
			}
		}
	}
	found := b.top[path[0]]
	for _, key := range path[1:] {
		if found == nil {
			break
		}
		var next *doc.Item
		for _, it := range found.Items {
			if labelKey(it.Label) == key {
				next = it
				break
			}
		}
		found = next
	}
	if found == nil && len(path) == 1 {
		for _, it := range b.items {
			if labelKey(it.item.Label) == path[0] {
				return it
			}
		}
		return nil
	}
	if found == nil {
		return nil
	}
	return c.itemOf[found]
}

// nearest names the labels a block does have, for an unresolved reference.
func (c *checker) nearest(b *blockInfo, missing string) string {
	var labels []string
	for _, it := range b.block.Items {
		if k := labelKey(it.Label); k != "" {
			labels = append(labels, k)
		}
	}
	if len(labels) == 0 {
		return fmt.Sprintf("%q has no labelled items", b.block.Call)
	}
	if len(labels) > 12 {
		labels = append(labels[:5], append([]string{"…"}, labels[len(labels)-5:]...)...)
	}
	return fmt.Sprintf("%q (line %d) has %s", b.block.Call, b.block.Pos.Line, strings.Join(labels, ", "))
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = fmt.Sprintf("%q", x)
	}
	return out
}
