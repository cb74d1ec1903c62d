package check

import (
	"path/filepath"
	"regexp"
	"strings"

	"opinionc/doc"
	"opinionc/grammar"
	"opinionc/housestyle"
	"opinionc/internal/diag"
	"opinionc/internal/source"
	"opinionc/vocab"
)

// Options configure a check.
type Options struct {
	Final    bool            // square brackets are errors
	Disabled map[string]bool // rules switched off
}

// File parses and checks one source file.
func File(filename string, src []byte, opts Options) (*doc.Document, diag.List) {
	f, diags := grammar.Parse(filename, src)
	d, more := Check(f, opts)
	all := append(diags, more...)
	all.Sort()
	return d, all
}

// Check builds the document model of a parsed file and runs the rules.
func Check(f *grammar.File, opts Options) (*doc.Document, diag.List) {
	c := &checker{file: f, opts: opts, disabled: map[string]bool{}, itemOf: map[*doc.Item]*itemInfo{}}
	for k, v := range opts.Disabled {
		c.disabled[k] = v
	}
	c.directives()
	c.build()
	c.runRules()
	return c.doc, c.diags
}

type checker struct {
	file     *grammar.File
	opts     Options
	disabled map[string]bool
	diags    diag.List
	doc      *doc.Document

	blocks []*blockInfo
	itemOf map[*doc.Item]*itemInfo
	items  []*itemInfo // all items in source order
	notes  map[string]*noteInfo
	refs   []*refInfo

	phrases     *phraseMatcher
	byNorm      map[string][]*blockInfo // blocks by call phrase (-ize, spaces folded)
	byBase      map[string][]*blockInfo // blocks with "further"/"also", by their plain phrase
	hasSections bool                    // some block is a section: bare references such as "1.2 to 1.7 above" are looked for
	figures     map[string]*itemInfo    // figure captions by number: "Figure 7.1a" is looked for when there are any
}

type blockInfo struct {
	block   *doc.Block
	line    *grammar.Line
	call    vocab.Call
	known   bool
	norm    string               // call phrase with -ize spellings and folded spaces
	items   []*itemInfo          // every item of the block, nested ones included, in source order
	section bool                 // a section's block ("SECTION 1"), with no call
	top     map[string]*doc.Item // top-level items by label key; built when first needed
}

type itemInfo struct {
	item   *doc.Item
	line   *grammar.Line
	block  *blockInfo
	parent *itemInfo
	index  int // order in the document
}

type noteInfo struct {
	note  *doc.Footnote
	line  *grammar.Line
	cited bool
}

func (c *checker) report(pos source.Pos, rule, format string, args ...any) *diag.Diagnostic {
	if c.disabled[rule] && rule != "syntax" {
		return &diag.Diagnostic{}
	}
	r, _ := ruleByName(rule)
	sev := diag.Warning
	if r.Error {
		sev = diag.Error
	}
	return c.diags.Add(pos, sev, rule, format, args...)
}

var directiveRE = regexp.MustCompile(`^%%\s*opinionc:disable\s+(.*)$`)

func (c *checker) directives() {
	for _, l := range c.file.Directives {
		m := directiveRE.FindStringSubmatch(strings.TrimSpace(l.Comment))
		if m == nil {
			c.report(l.TextPos, "syntax", "unknown directive %q; expected %q", strings.TrimSpace(l.Comment), "%% opinionc:disable rule[,rule]")
			continue
		}
		rules, bad := ParseRuleList(strings.ReplaceAll(m[1], " ", ","))
		if bad != "" {
			c.report(l.TextPos, "syntax", "unknown rule %q in directive; rules are: %s", bad, strings.Join(RuleNames(), ", "))
			continue
		}
		for r := range rules {
			c.disabled[r] = true
		}
	}
}

var headingRE = regexp.MustCompile(`^(?i:(DRAFT)\s+)?(?i:(OPINION|RESOLUTION|DECISION|RECOMMENDATION))\s+(\[[^\]]*\]|\S+?)(?:\s*:\s+|\s+|$)`)

func (c *checker) build() {
	f := c.file
	name := strings.TrimSuffix(filepath.Base(f.Name), filepath.Ext(f.Name))
	d := &doc.Document{Name: name, Lang: housestyle.Lang}
	c.doc = d
	if f.Heading == nil {
		if len(c.diags) == 0 {
			c.report(source.Pos{File: f.Name, Line: 1, Col: 1}, "structure", "empty document: expected a heading such as %q", "DRAFT OPINION 1: Title")
		}
		d.ID = "doc"
		return
	}
	d.Pos = f.Heading.Pos
	c.buildNotes()
	c.heading(f.Heading)
	title := f.Title
	if n := len(title); n > 1 && isPlaceLine(title[n-1]) {
		d.Place = c.inlines(title[n-1].Content, nil)
		title = title[:n-1]
	}
	for _, l := range title {
		if len(d.Title) > 0 {
			d.Title = append(d.Title, &doc.Text{Value: " "})
		}
		d.Title = append(d.Title, c.inlines(l.Content, nil)...)
	}
	if f.Formula != nil {
		d.Formula = c.inlines(f.Formula.Content, nil)
	}
	c.buildBlocks()
	// Inline content last: references need every block and item.
	for _, it := range c.items {
		it.item.Content = c.inlines(it.line.Content, it)
	}
	c.numberNotes()
}

// heading splits the heading line into kind, number and title.
func (c *checker) heading(h *grammar.Line) {
	d := c.doc
	text := strings.TrimSpace(h.Label + " " + grammar.PlainText(h.Content))
	m := headingRE.FindStringSubmatchIndex(text)
	if m == nil {
		d.Heading = text
		d.ID = "doc"
		return
	}
	d.Draft = m[2] >= 0
	switch strings.ToUpper(text[m[4]:m[5]]) {
	case "RESOLUTION":
		d.Kind = doc.Resolution
	case "DECISION":
		d.Kind = doc.Decision
	case "RECOMMENDATION":
		d.Kind = doc.Recommendation
	}
	d.Number = text[m[6]:m[7]]
	d.ID = strings.ToLower(d.Kind.String()) + "-" + slug(d.Number)
	colon := strings.Index(text, ": ")
	if colon < 0 {
		d.Heading = text
		return
	}
	d.Heading = strings.TrimSpace(text[:colon])
	// The title is the content after ": ", with its inline structure kept.
	d.Title = c.inlines(splitAfter(h, colon+2), nil)
}

// splitAfter returns the heading line's content from the given byte offset
// of its plain text (label included) on.
func splitAfter(h *grammar.Line, at int) []grammar.Inline {
	off := len(h.Label)
	if h.Label != "" {
		off++
	}
	var out []grammar.Inline
	for _, in := range h.Content {
		t, isText := in.(*grammar.Text)
		n := 0
		if isText {
			n = len(t.Value)
		} else if b, ok := in.(*grammar.Bracket); ok {
			n = len(grammar.PlainText([]grammar.Inline{b}))
		}
		switch {
		case off >= at:
			out = append(out, in)
		case isText && off+n > at:
			k := at - off
			p := t.Pos
			p.Col += len([]rune(t.Value[:k]))
			p.Offset += k
			out = append(out, &grammar.Text{Pos: p, Value: t.Value[k:]})
		}
		off += n
	}
	return out
}

// isPlaceLine reports a title line that is the place and date of the text,
// "(Hammamet, 2016)", footnote markers allowed after it: ITU sets it apart
// (Res_ref), in italics under the title.
func isPlaceLine(l *grammar.Line) bool {
	t := strings.TrimSpace(l.Text())
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}
