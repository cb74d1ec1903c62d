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
	qOpen  = `[‘'"“]`
	qClose = `[’'"”]`
	lbl    = `(?:[a-z]{1,5}\)(?:bis|ter)?(?:\s*[ivx]{1,5}\))*|[0-9]{1,3}(?:bis)?(?:\.[0-9]{1,3})*|[a-z]{1,5})`
	one    = `(?:` + qOpen + lbl + qClose + `|` + lbl + `)`
	sep    = `(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[-–—]\s*|\s+to\s+)`
	labels = one + `(?:` + sep + one + `)*`
	tail   = `(?:\s+(above|below))?(\s+of\s+(?:this\s+(?:resolution|opinion|decision|recommendation)\b|(?:Resolution|Opinion|Decision|Recommendation|the)\b))?`
)

var (
	labelsRE   = regexp.MustCompile(`^\s+(` + labels + `)` + tail)
	wholeRE    = regexp.MustCompile(`^\s+(above|below)\b`)
	oneRE      = regexp.MustCompile(one)
	sepRE      = regexp.MustCompile(sep)
	refPhrases []string // vocabulary phrases that can be referred to, for calls absent from a document
)

func init() {
	for _, p := range []string{"recalling", "considering", "recognizing", "noting", "bearing in mind", "reaffirming",
		"is of the view", "resolves", "decides", "invites Member States", "invites the Secretary-General",
		"instructs the Secretary-General", "taking into account"} {
		refPhrases = append(refPhrases, p)
	}
}

// phraseRE builds a pattern matching any of the phrases, longest first,
// with -ise and -ize spellings alike.
func phraseRE(phrases []string) *regexp.Regexp {
	sort.Slice(phrases, func(i, j int) bool { return len(phrases[i]) > len(phrases[j]) })
	var alts []string
	seen := map[string]bool{}
	for _, p := range phrases {
		if p == "" || seen[p] {
			continue
		}
		seen[p] = true
		q := regexp.QuoteMeta(p)
		q = strings.ReplaceAll(q, "iz", "i[sz]")
		q = strings.ReplaceAll(q, ` `, `\s+`)
		alts = append(alts, q)
	}
	if len(alts) == 0 {
		return nil
	}
	return regexp.MustCompile(`(?:^|[^\pL])(` + strings.Join(alts, "|") + `)`)
}

type refInfo struct {
	ref  *doc.Ref
	from *itemInfo
}

// refMatcher is built once per document, from its call phrases.
func (c *checker) refMatcher() *regexp.Regexp {
	if c.phraseRE == nil && !c.phraseDone {
		c.phraseDone = true
		phrases := append([]string{}, refPhrases...)
		for _, b := range c.blocks {
			phrases = append(phrases, b.norm)
		}
		c.phraseRE = phraseRE(phrases)
	}
	return c.phraseRE
}

// findRefs splits a text node into text and references.
func (c *checker) findRefs(t *grammar.Text, from *itemInfo) []doc.Inline {
	if from == nil {
		return []doc.Inline{&doc.Text{Value: t.Value}}
	}
	re := c.refMatcher()
	if re == nil {
		return []doc.Inline{&doc.Text{Value: t.Value}}
	}
	var out []doc.Inline
	s := t.Value
	done := 0 // bytes of s already emitted
	for start := 0; start < len(s); {
		m := re.FindStringSubmatchIndex(s[start:])
		if m == nil {
			break
		}
		pStart, pEnd := start+m[2], start+m[3]
		ref, end := c.parseRef(t, s, pStart, pEnd, from)
		if ref == nil {
			start = pEnd
			continue
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
	return out
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
	if m := labelsRE.FindStringSubmatchIndex(rest); m != nil {
		labelText = rest[m[2]:m[3]]
		if m[4] >= 0 {
			dir = rest[m[4]:m[5]]
		}
		if m[6] >= 0 && !strings.Contains(rest[m[6]:m[7]], "this") {
			return nil, 0 // a reference into another document
		}
		end = pEnd + m[1]
		if m[6] < 0 && m[4] >= 0 {
			end = pEnd + m[5]
		} else if m[6] < 0 {
			end = pEnd + m[3]
		}
		if dir == "" && !quoted(labelText) && !endsClause(rest[m[3]:]) {
			return nil, 0
		}
		if !quoted(labelText) && hasBareLetter(labelText) {
			return nil, 0
		}
	} else if m := wholeRE.FindStringSubmatchIndex(rest); m != nil {
		dir = rest[m[2]:m[3]]
		end = pEnd + m[1]
	} else {
		return nil, 0
	}
	ref := &doc.Ref{Children: []doc.Inline{&doc.Text{Value: s[pStart:end]}}, Pos: pos}
	c.resolve(ref, phrase, labelText, dir, from)
	return ref, end
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
	for _, l := range oneRE.FindAllString(s, -1) {
		if !strings.Contains(l, ")") && (l[0] < '0' || l[0] > '9') {
			return true
		}
	}
	return false
}

// labelRun is one label of a reference and whether it closes a range.
type labelRun struct {
	path    []string // label keys, e.g. ["c", "ii"]
	text    string
	rangeTo bool // this label ends a range started by the previous one
}

func splitLabels(s string) []labelRun {
	var runs []labelRun
	idx := oneRE.FindAllStringIndex(s, -1)
	for i, m := range idx {
		text := strings.Trim(s[m[0]:m[1]], "‘’'\"“”")
		r := labelRun{text: text}
		for _, part := range strings.Split(text, ")") {
			if p := strings.TrimSpace(part); p != "" {
				r.path = append(r.path, p)
			}
		}
		if i > 0 {
			between := s[idx[i-1][1]:m[0]]
			if sepRE.MatchString(between) {
				b := strings.TrimSpace(between)
				r.rangeTo = b == "-" || b == "–" || b == "—" || b == "to"
			}
		}
		runs = append(runs, r)
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
	if len(runs) == 0 { // the whole block
		if len(cands) > 1 {
			c.ambiguous(ref, phrase, cands)
		}
		ref.Targets = []string{cands[0].block.ID}
		c.checkDirection(ref, dir, from, []source.Pos{cands[0].block.Pos}, phrase)
		return
	}
	type hit struct {
		b     *blockInfo
		items []*itemInfo
	}
	var hits []hit
	var firstMiss string
	for _, b := range cands {
		var items []*itemInfo
		ok := true
		for _, r := range runs {
			it := c.findItem(b, r.path)
			if it == nil {
				if firstMiss == "" {
					firstMiss = r.text
				}
				ok = false
				break
			}
			items = append(items, it)
		}
		if ok {
			hits = append(hits, hit{b, items})
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
	var names []string
	for _, b := range bs {
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

// blocksNamed returns the blocks a phrase can name: those whose call is the
// phrase, or else those whose call is the phrase with "further" or "also".
func (c *checker) blocksNamed(norm string) []*blockInfo {
	var exact, base []*blockInfo
	for _, b := range c.blocks {
		switch {
		case b.norm == norm:
			exact = append(exact, b)
		case b.known && b.call.Phrase == norm:
			base = append(base, b)
		}
	}
	if len(exact) > 0 {
		return append(exact, base...)
	}
	return base
}

// findItem finds the item with a label path in a block: from the top
// level, or, for a single label not found there, anywhere in the block.
func (c *checker) findItem(b *blockInfo, path []string) *itemInfo {
	items := b.block.Items
	var found *doc.Item
	for _, key := range path {
		found = nil
		for _, it := range items {
			if labelKey(it.Label) == key {
				found = it
				break
			}
		}
		if found == nil {
			break
		}
		items = found.Items
	}
	if found == nil && len(path) == 1 {
		for _, it := range c.items {
			if it.block == b && labelKey(it.item.Label) == path[0] {
				return it
			}
		}
		return nil
	}
	for _, it := range c.items {
		if it.item == found && found != nil {
			return it
		}
	}
	return nil
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
