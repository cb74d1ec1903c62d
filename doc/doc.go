// Package doc is the document model: what the checker builds from a syntax
// tree and what every renderer consumes. Nothing here parses text; inline
// content arrives already split into [Inline] nodes.
package doc

import (
	"strings"

	"opinionc/internal/source"
)

// Kind is the kind of ITU text.
type Kind int

const (
	Opinion Kind = iota
	Resolution
	Decision
	Recommendation
)

var kindNames = [...]string{"Opinion", "Resolution", "Decision", "Recommendation"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Text"
}

// A Document is one Opinion (or Resolution, Decision, Recommendation).
type Document struct {
	Name    string // base name of the source without extension, e.g. "wtpf21-draft-opinion-1"
	ID      string // anchor prefix, unique in a report, e.g. "opinion-1"
	Kind    Kind
	Draft   bool   // heading starts with DRAFT
	Number  string // "1", "[X-1]", "205"
	Heading string // the heading line as written, e.g. "DRAFT OPINION 1" or "RESOLUTION 2 (Rev. Dubai, 2018)"
	Title   []Inline
	Place   []Inline // the place-and-date line under the title, "(Hammamet, 2016)" (ITU's Res_ref); or nil
	Formula []Inline // enacting formula, e.g. "The sixth World ... (Geneva, 2021),"
	Blocks  []*Block
	Notes   []*Footnote // in order of first citation; Number runs 1, 2, …
	Lang    string      // BCP 47 language of the text, e.g. "en-GB"
	Pos     source.Pos  // position of the heading
}

// CallKind says whether a call is preambular or operative.
type CallKind int

const (
	Preambular CallKind = iota
	Operative
	UnknownCall
)

// A Block is a call line and the items under it.
type Block struct {
	ID      string // stable id from the call phrase, e.g. "view", "invites-ms"; unique in the document
	Call    string // the call phrase as written, e.g. "is of the view"
	Kind    CallKind
	Section string // heading of the section this block opens, if any (e.g. "SECTION 1"); usually ""
	// SectionTitle is the title of the section this block opens ("World
	// Telecommunication Standardization Assembly"); nil when there is none.
	// A block that opens a section may have no call (Call ""): its items
	// are the section's numbered paragraphs (1.1, 1.2, …).
	SectionTitle []Inline
	Items        []*Item
	Pos          source.Pos // position of the call line
}

// An Item is one paragraph under a call: labelled ("a)", "1.", "i)") or not.
type Item struct {
	ID      string // stable id: block id plus label path, e.g. "view.g.iv"; "view.p1" for unlabelled
	Label   string // the label as written ("a)", "1.", "b)bis", "•"); "" for an unlabelled paragraph
	Level   int    // nesting depth, 0 for items directly under the call
	Content []Inline
	Items   []*Item // nested items
	Note    bool    // a NOTE paragraph ("NOTE – …"), set in ITU's Note style
	Figure  bool    // a figure's caption ("Figure 7.1a – …"), set in ITU's Figure style
	Pos     source.Pos
}

// A Footnote is a numbered note. Numbers restart at 1 in each document.
type Footnote struct {
	Number  int
	ID      string // "fn1"
	Label   string // the label used in the source, e.g. "1" for [^1]
	Content []Inline
	Pos     source.Pos
}

// Inline is text inside a title, formula, item or footnote.
// The concrete types are *Text, *Emphasis, *Bracket, *Ref and *NoteRef.
type Inline interface{ inline() }

// Text is plain text, typographic quotes and dashes included.
type Text struct{ Value string }

// Emphasis is text set in italics (written *…* in source).
type Emphasis struct{ Children []Inline }

// Bracket is square-bracketed text not yet agreed. Children exclude the brackets.
type Bracket struct {
	Children []Inline
	Pos      source.Pos
}

// Ref is a cross-reference to items of the same document, as written,
// e.g. "is of the view ‘1’ above". Children hold the text as written.
type Ref struct {
	Children []Inline
	Targets  []string // item ids (or a block id for a whole-block reference), in order; Targets[0] is the link target
	Range    bool     // a range such as 1-5: Targets holds its first and last item
	Label    string   // what the reference names, for assistive technology, e.g. "invites Member States 1 to 5"
	Pos      source.Pos
	// External marks a reference into another document ("recognizing e) of
	// Resolution 4 (Dubai, 2012)", "§§ 27 c) and 50 d) of the Tunis
	// Agenda"): recognised, not resolved; Targets is empty.
	External bool
	// Ambiguous marks a reference that items of two blocks could satisfy;
	// Targets names the first, and the checker reports it.
	Ambiguous bool
}

// NoteRef is a footnote marker in the text.
type NoteRef struct {
	Note *Footnote
	Pos  source.Pos
}

func (*Text) inline()     {}
func (*Emphasis) inline() {}
func (*Bracket) inline()  {}
func (*Ref) inline()      {}
func (*NoteRef) inline()  {}

// Anchor returns the document-wide anchor for an item or block id:
// the HTML id, the DOCX bookmark (after renderer-specific mangling) and the
// PDF named destination of that item.
func (d *Document) Anchor(id string) string { return d.ID + "." + id }

// FullTitle returns the heading and title of a document as one line, e.g.
// "DRAFT OPINION 1: Enabling environment …": the HTML page title, the PDF
// outline entry. A document with neither is named by its file, else its kind.
func (d *Document) FullTitle() string {
	heading := strings.TrimSpace(d.Heading)
	title := strings.TrimSpace(PlainText(d.Title))
	switch {
	case heading != "" && title != "":
		return heading + ": " + title
	case heading != "" || title != "":
		return heading + title
	case d.Name != "":
		return d.Name
	}
	return d.Kind.String()
}

// PlainText returns the text of inlines without markup, brackets included.
func PlainText(in []Inline) string {
	if len(in) == 1 { // the common case: no markup, no copy
		if t, ok := in[0].(*Text); ok {
			return t.Value
		}
	}
	var b []byte
	var walk func([]Inline)
	walk = func(in []Inline) {
		for _, n := range in {
			switch n := n.(type) {
			case *Text:
				b = append(b, n.Value...)
			case *Emphasis:
				walk(n.Children)
			case *Bracket:
				b = append(b, '[')
				walk(n.Children)
				b = append(b, ']')
			case *Ref:
				walk(n.Children)
			case *NoteRef:
				// markers carry no text
			}
		}
	}
	walk(in)
	return string(b)
}

// Inspect calls f for every inline node of the document in reading order
// (title, enacting formula, items, footnotes), each before its children;
// when f returns false, the node's children are skipped.
func (d *Document) Inspect(f func(Inline) bool) {
	InspectInlines(d.Title, f)
	InspectInlines(d.Formula, f)
	d.Walk(func(_ *Block, it *Item) { InspectInlines(it.Content, f) })
	for _, n := range d.Notes {
		if n != nil {
			InspectInlines(n.Content, f)
		}
	}
}

// InspectInlines is [Document.Inspect] for one inline sequence.
func InspectInlines(in []Inline, f func(Inline) bool) {
	for _, n := range in {
		if !f(n) {
			continue
		}
		switch n := n.(type) {
		case *Emphasis:
			InspectInlines(n.Children, f)
		case *Bracket:
			InspectInlines(n.Children, f)
		case *Ref:
			InspectInlines(n.Children, f)
		}
	}
}

// Walk calls f for each item of the document in reading order, nested items
// after their parent.
func (d *Document) Walk(f func(b *Block, it *Item)) {
	var walk func(b *Block, items []*Item)
	walk = func(b *Block, items []*Item) {
		for _, it := range items {
			if it == nil {
				continue
			}
			f(b, it)
			walk(b, it.Items)
		}
	}
	for _, b := range d.Blocks {
		if b != nil {
			walk(b, b.Items)
		}
	}
}
