package check

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"opinionc/doc"
	"opinionc/grammar"
	"opinionc/internal/source"
	"opinionc/vocab"
)

func (c *checker) runRules() {
	if c.file.Heading == nil {
		return
	}
	c.formulaRule()
	last := len(c.blocks) - 1 // the last block with a call: the end of the operative part
	for last >= 0 && c.blocks[last].section {
		last--
	}
	for i, b := range c.blocks {
		c.labelRules(b.block.Items)
		if b.section { // a section's paragraphs are prose, not items of a call
			continue
		}
		c.callRules(b)
		c.punctuationRule(b, i == last) // sections after it: it ends the operative part with '.'
		c.invitesToRule(b)
	}
	c.textRules()
}

func (c *checker) formulaRule() {
	f := c.file.Formula
	if f == nil {
		if len(c.blocks) > 0 {
			c.report(c.blocks[0].block.Pos, "structure", "no enacting formula before the first call: expected a line such as %q", "The sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),")
		}
		return
	}
	if t := strings.TrimSpace(f.Text()); !strings.HasSuffix(t, ",") {
		c.report(f.End, "punctuation-formula", "the enacting formula should end with ','")
	}
}

var prescriptive = regexp.MustCompile(`^(?:further\s+)?(?:resolves|decides|instructs)\b`)

func (c *checker) callRules(b *blockInfo) {
	pos := b.block.Pos
	if !b.known {
		c.report(pos, "call-unknown", "unknown call phrase %q: not in the call vocabulary (vocab/calls.txt)", b.block.Call)
	}
	if b.call.IseSpelt {
		c.report(pos, "spelling-ize", "house style spells the call %q, not %q", b.norm, b.block.Call)
	}
	if c.doc.Kind == doc.Opinion && prescriptive.MatchString(b.norm) {
		c.report(pos, "prescriptive-call", "%q is prescriptive; an Opinion is non-prescriptive: use %q or %q", b.block.Call, "is of the view", "invites …")
	}
	if len(b.block.Items) == 0 {
		c.report(pos, "call-empty", "call %q has no items", b.block.Call)
	}
	if b.known {
		c.labelKindRule(b)
	}
}

// labelKindRule: preambular items take letters a), b); operative items take
// numbers 1, 2 (house-style.md §5).
func (c *checker) labelKindRule(b *blockInfo) {
	for _, it := range b.block.Items {
		st := labelStyle(it.Label)
		switch {
		case b.call.Kind == vocab.Preambular && st == styleNumber:
			c.report(it.Pos, "label-kind", "preambular items take letters a), b), …; found %q under %q", it.Label, b.block.Call)
			return
		case b.call.Kind == vocab.Operative && (st == styleLetter || st == styleRoman):
			c.report(it.Pos, "label-kind", "operative items take numbers 1, 2, …; found %q under %q", it.Label, b.block.Call)
			return
		}
	}
}

type labelKind int

const (
	styleNone labelKind = iota
	styleLetter
	styleRoman
	styleNumber
	styleBullet
)

var romanRE = regexp.MustCompile(`^(?:x{0,3})(?:ix|iv|v?i{0,3})$`)

func labelStyle(label string) labelKind {
	key := labelKey(label)
	switch {
	case label == "":
		return styleNone
	case key == "":
		return styleBullet
	case key[0] >= '0' && key[0] <= '9':
		return styleNumber
	case romanRE.MatchString(key) && key != "":
		return styleRoman
	default:
		return styleLetter
	}
}

// labelRules checks duplicates and sequence among sibling items.
func (c *checker) labelRules(items []*doc.Item) {
	seen := map[string]*doc.Item{}
	var prev *doc.Item
	roman := false // a list whose first label is i) counts in roman numerals
	for _, it := range items {
		if prev == nil && labelKey(it.Label) == "i" {
			roman = true
		}
		key := labelKey(it.Label)
		if key != "" {
			if first, dup := seen[key]; dup {
				c.report(it.Pos, "label-duplicate", "label %q is used twice in this list (first at line %d)", it.Label, first.Pos.Line)
			} else {
				seen[key] = it
			}
			if prev != nil {
				if want, ok := nextLabel(labelKey(prev.Label), roman); ok && key != want && !isSuffixed(key) {
					c.report(it.Pos, "label-sequence", "label %q follows %q; expected %q", it.Label, prev.Label, want)
				}
			}
			prev = it
		}
		c.labelRules(it.Items)
	}
}

// isSuffixed reports labels such as "bbis" (b)bis) that insert between two.
func isSuffixed(key string) bool {
	return strings.HasSuffix(key, "bis") || strings.HasSuffix(key, "ter") || strings.HasSuffix(key, "quater")
}

var romans = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"}

// nextLabel returns the label key that should follow key in its sequence.
func nextLabel(key string, roman bool) (string, bool) {
	if key == "" {
		return "", false
	}
	if i := strings.LastIndexByte(key, '.'); i >= 0 { // 1.2 → 1.3
		head, n, ok := key[:i+1], key[i+1:], true
		next, ok := incNumber(n)
		return head + next, ok
	}
	if key[0] >= '0' && key[0] <= '9' {
		return incNumber(key)
	}
	for i, r := range romans {
		if roman && key == r && i+1 < len(romans) {
			return romans[i+1], true
		}
	}
	if len(key) == 1 && key[0] >= 'a' && key[0] < 'z' {
		return string(key[0] + 1), true
	}
	return "", false
}

func incNumber(s string) (string, bool) {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", false
		}
		n = n*10 + int(r-'0')
	}
	return itoa(n + 1), true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// punctuationRule: every item ends ';' except the last of a block, which
// ends ',' — or '.' when it is the last of the document. A lead-in item
// (with nested items) ends ':'.
func (c *checker) punctuationRule(b *blockInfo, lastBlock bool) {
	leaves := b.items
	for i, it := range leaves {
		var want string
		switch {
		case len(it.item.Items) > 0:
			want = ":"
		case i < len(leaves)-1:
			want = ";"
		case lastBlock:
			want = "."
		default:
			want = ","
		}
		got, endPos := lastPunct(it.line)
		if got == want || (want == ":" && got == ";") || (want == ":" && got == ",") || (want == ";" && got == ":" && it.item.Label == "") {
			// (an unlabelled lead-in line ends with ':' before the items it introduces)
			continue
		}
		if want == "." && got == "," || want == "," && got == "." && i == len(leaves)-1 && strings.Count(it.line.Text(), ". ") > 0 {
			// a multi-sentence paragraph may close a block with '.'
			if want == "," {
				continue
			}
		}
		why := map[string]string{";": "an item that is not the last of its call", ",": "the last item of a call", ".": "the last item of the document", ":": "an item that introduces a list"}[want]
		if got == "" {
			c.report(endPos, "punctuation-item", "%s should end with %q", why, want)
		} else {
			c.report(endPos, "punctuation-item", "%s should end with %q, not %q", why, want, got)
		}
	}
}

// lastPunct returns the closing punctuation of a line (looking through
// closing quotes and brackets) and its position.
func lastPunct(l *grammar.Line) (string, source.Pos) {
	t := strings.TrimRightFunc(l.Text(), unicode.IsSpace)
	pos := l.End
	pos.Col = l.TextPos.Col + utf8.RuneCountInString(t) - 1
	pos.Offset = l.TextPos.Offset + len(t) - 1
	if pos.Col < 1 {
		pos = l.TextPos
	}
	s := strings.TrimRight(t, "”’\"')]")
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:", r) {
		return string(r), pos
	}
	r, _ = utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".,;:", r) {
		return string(r), pos
	}
	return "", pos
}

var addressed = regexp.MustCompile(`^(?:further\s+)?(?:invites|instructs|requests|encourages|urges|calls upon|authorizes)\b`)

// invitesToRule: operative items of an invites/instructs call start with "to".
func (c *checker) invitesToRule(b *blockInfo) {
	if !addressed.MatchString(b.norm) || strings.HasSuffix(b.norm, " to") {
		return
	}
	for _, it := range b.items {
		if len(it.item.Items) > 0 || it.item.Level > 0 || strings.HasSuffix(strings.TrimSpace(it.line.Text()), ":") {
			continue // a list's lead-in: "pursuant to his initiative on this matter:"
		}
		t := strings.TrimLeft(it.line.Text(), "[ ")
		w, rest, _ := strings.Cut(strings.Join(strings.Fields(t), " "), " ")
		if w != "to" && t != "" && !(w == "" && rest == "") {
			c.report(it.line.TextPos, "invites-to", "items of %q start with \"to\": write \"to %s…\"", b.block.Call, w)
		}
	}
}

var citationRE = regexp.MustCompile(`\((Rev\.\s*)?([A-Z][\pL]+(?: [A-Z][\pL]+)*) ((?:19|20)\d\d)\)$`)

// doubledPunct returns the offsets of doubled punctuation such as ".;" or
// ",,". An ellipsis and an abbreviation before a comma ("etc.,") are not
// doubled.
func doubledPunct(s string) []int {
	var out []int
	for i := 0; i+1 < len(s); i++ {
		a, b := s[i], s[i+1]
		if !isPunct(a) || !isPunct(b) {
			continue
		}
		if a == '.' && (b == '.' || b == ',') {
			continue
		}
		if b == '.' && i+2 < len(s) && s[i+2] == '.' {
			continue
		}
		out = append(out, i)
		i++
	}
	return out
}

// firstIndex returns the first offset of either substring, or -1.
func firstIndex(s, a, b string) int {
	i, j := strings.Index(s, a), strings.Index(s, b)
	if i < 0 || (j >= 0 && j < i) {
		return j
	}
	return i
}

func isPunct(c byte) bool { return c == '.' || c == ',' || c == ';' || c == ':' }

// citations finds "(Rev. Place Year)" citations without the comma before
// the year; each match is a FindStringSubmatchIndex result in s. Only the
// text before a ")" that closes four digits is given to the pattern.
func citations(s string) [][]int {
	var out [][]int
	for i := 6; i < len(s); i++ { // "(X 2020)": six bytes before the ")" at the least
		if s[i] != ')' || !isDigits(s[i-4:i]) || s[i-5] != ' ' || s[i-6] == ',' {
			continue
		}
		open := strings.LastIndexByte(s[:i], '(')
		if open < 0 || i-open > 80 {
			continue
		}
		if m := citationRE.FindStringSubmatchIndex(s[open : i+1]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += open
				}
			}
			out = append(out, m)
		}
	}
	return out
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// textRules runs the rules that look at running text: doubled punctuation,
// citation format, mixed quotes and, with --final, remaining brackets.
func (c *checker) textRules() {
	var straight, curly []source.Pos
	for _, l := range c.file.Lines {
		if l.Kind == CommentKind {
			continue
		}
		walkText(l.Content, func(t *grammar.Text) {
			for _, i := range doubledPunct(t.Value) {
				c.report(at(t, i), "punctuation-doubled", "doubled punctuation %q", t.Value[i:i+2])
			}
			for _, m := range citations(t.Value) {
				place, year := t.Value[m[4]:m[5]], t.Value[m[6]:m[7]]
				if place == "Council" { // Council decisions: "(Rev. Council 2020)"
					continue
				}
				rev := ""
				if m[2] >= 0 {
					rev = "Rev. "
				}
				c.report(at(t, m[0]), "citation-format", "citation should read %q, with a comma before the year", "("+rev+place+", "+year+")")
			}
			if i := strings.IndexByte(t.Value, '"'); i >= 0 {
				straight = append(straight, at(t, i))
			}
			if i := firstIndex(t.Value, "“", "”"); i >= 0 {
				curly = append(curly, at(t, i))
			}
		})
		if c.opts.Final {
			walkBrackets(l.Content, func(b *grammar.Bracket) {
				c.report(b.Pos, "brackets-final", "square-bracketed text is not agreed: a final text cannot keep it")
			})
		}
	}
	if len(straight) > 0 && len(curly) > 0 {
		minority, style := straight, "straight"
		if len(straight) > len(curly) {
			minority, style = curly, "typographic"
		}
		for _, p := range minority {
			c.report(p, "quotes-mixed", "%s double quotes here, while most of the document uses the other style", style)
		}
	}
}

// CommentKind is the line kind with no checked text.
const CommentKind = grammar.CommentLine

func at(t *grammar.Text, off int) source.Pos {
	p := t.Pos
	p.Col += utf8.RuneCountInString(t.Value[:off])
	p.Offset += off
	return p
}

func walkText(in []grammar.Inline, f func(*grammar.Text)) {
	for _, n := range in {
		switch n := n.(type) {
		case *grammar.Text:
			f(n)
		case *grammar.Emph:
			walkText(n.Children, f)
		case *grammar.Bracket:
			walkText(n.Children, f)
		}
	}
}

// walkBrackets calls f for each outermost bracket.
func walkBrackets(in []grammar.Inline, f func(*grammar.Bracket)) {
	for _, n := range in {
		switch n := n.(type) {
		case *grammar.Bracket:
			f(n)
		case *grammar.Emph:
			walkBrackets(n.Children, f)
		}
	}
}
