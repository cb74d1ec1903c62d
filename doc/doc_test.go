package doc

import (
	"strings"
	"testing"
)

// Inspect visits title, formula, items (nested after their parent) and
// footnotes in reading order, each node before its children, and skips the
// children of a node when told to.
func TestInspect(t *testing.T) {
	txt := func(s string) *Text { return &Text{Value: s} }
	d := &Document{
		Title:   []Inline{txt("title")},
		Formula: []Inline{txt("formula")},
		Blocks: []*Block{{Items: []*Item{{
			Content: []Inline{txt("a"), &Bracket{Children: []Inline{txt("b"), &Emphasis{Children: []Inline{txt("c")}}}}},
			Items:   []*Item{{Content: []Inline{&Ref{Children: []Inline{txt("d")}}}}},
		}}}},
		Notes: []*Footnote{{Content: []Inline{txt("note")}}, nil},
	}
	var all []string
	d.Inspect(func(n Inline) bool {
		if x, ok := n.(*Text); ok {
			all = append(all, x.Value)
		}
		return true
	})
	if got := strings.Join(all, " "); got != "title formula a b c d note" {
		t.Errorf("visited %q", got)
	}
	var outer []string
	d.Inspect(func(n Inline) bool {
		if x, ok := n.(*Text); ok {
			outer = append(outer, x.Value)
		}
		_, bracket := n.(*Bracket)
		return !bracket
	})
	if got := strings.Join(outer, " "); got != "title formula a d note" {
		t.Errorf("skipping brackets' children, visited %q", got)
	}
}
