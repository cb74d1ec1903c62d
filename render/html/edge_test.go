package html

import (
	"fmt"

	"opinionc/doc"
)

// hostileDocument puts markup, entities and quotes everywhere the source can
// put text: all of it must come out as text.
func hostileDocument() *doc.Document {
	const evil = `<script>alert("x")</script> &amp; & 'q' "dq" </p></li></ol></section>`
	fn := &doc.Footnote{Number: 1, ID: "fn1", Content: []doc.Inline{txt("note " + evil)}}
	return &doc.Document{
		Name: "hostile", ID: `op "1"`, Kind: doc.Opinion,
		Heading: "DRAFT OPINION </h1>" + evil,
		Title:   []doc.Inline{txt("title </title>" + evil), em(txt("<em>" + evil))},
		Formula: []doc.Inline{txt("formula " + evil)},
		Lang:    `en"><script>`,
		Blocks: []*doc.Block{
			{ID: `view"<x>`, Call: "call " + evil, Section: "SECTION " + evil, Kind: doc.Preambular, Items: []*doc.Item{
				{ID: `view.a"`, Label: `a)<b>`, Content: []doc.Inline{
					txt("item " + evil), bracket(txt("bracket " + evil)), &doc.NoteRef{Note: fn},
					&doc.Ref{Children: []doc.Inline{txt("ref " + evil)}, Targets: []string{`view.a"`}, Range: true, Label: `label "><script>` + evil},
				}},
			}},
		},
		Notes: []*doc.Footnote{fn},
	}
}

// hostileStrings are the source texts of hostileDocument that a reader must
// see verbatim.
func hostileStrings() []string {
	const evil = `<script>alert("x")</script> &amp; & 'q' "dq" </p></li></ol></section>`
	return []string{
		"DRAFT OPINION </h1>" + evil, "title </title>" + evil, "<em>" + evil, "formula " + evil,
		"call " + evil, "SECTION " + evil, "a)<b>", "item " + evil, "[bracket " + evil + "]",
		"ref " + evil, "note " + evil,
	}
}

// emptyDocument has nothing at all.
func emptyDocument() *doc.Document { return &doc.Document{Name: "empty"} }

// oddDocument has the shapes a renderer must survive: nil entries, empty
// items and calls, unresolved references, markers without notes, items
// nested ten deep, a footnote cited only inside a link, and a note that is
// not in Notes.
func oddDocument() *doc.Document {
	orphan := &doc.Footnote{Number: 2, ID: "fn2", Content: []doc.Inline{txt("a note missing from Notes")}}
	inLink := &doc.Footnote{Number: 1, ID: "fn1", Content: []doc.Inline{txt("a note cited inside a reference")}}
	deep := item("deep.a", "a)", txt("level 0"))
	cur := deep
	for level := 1; level < 10; level++ {
		next := item(fmt.Sprintf("%s.%d", cur.ID, level), fmt.Sprintf("%d)", level), txt(fmt.Sprintf("level %d", level)))
		next.Level = level
		cur.Items = append(cur.Items, next, nil)
		cur = next
	}
	return &doc.Document{
		Name: "odd", ID: "odd", Heading: "OPINION 9",
		Blocks: []*doc.Block{
			nil,
			{ID: "empty", Call: "", Kind: doc.UnknownCall},
			{ID: "deep", Call: "considering", Kind: doc.Preambular, Items: []*doc.Item{deep}},
			{ID: "odd", Call: "is of the view", Kind: doc.Operative, Items: []*doc.Item{
				nil,
				item("odd.1", "1", nil),
				item("odd.2", "2", &doc.Ref{Children: []doc.Inline{txt("unresolved ‘9’ above")}}, &doc.NoteRef{}, nil,
					&doc.Ref{Children: []doc.Inline{txt("is of the view 1"), &doc.NoteRef{Note: inLink},
						&doc.Ref{Children: []doc.Inline{txt(" nested")}, Targets: []string{"odd.1"}}}, Targets: []string{"odd.1"}},
					&doc.NoteRef{Note: orphan}, em(), bracket()),
				item("odd.2", "2", txt("a duplicate id")),
			}},
		},
		Notes: []*doc.Footnote{nil, inLink},
	}
}

// bigDocument has 10,000 items.
func bigDocument() *doc.Document {
	b := &doc.Block{ID: "view", Call: "is of the view", Kind: doc.Operative}
	for i := 1; i <= 10000; i++ {
		ref := &doc.Ref{Children: []doc.Inline{txt("is of the view 1 above")}, Targets: []string{"view.1"}}
		b.Items = append(b.Items, item(fmt.Sprintf("view.%d", i), fmt.Sprintf("%d", i), txt("that item "), ref, txt(";")))
	}
	return &doc.Document{Name: "big", ID: "big", Heading: "OPINION 10000", Title: []doc.Inline{txt("Many items")}, Blocks: []*doc.Block{b}}
}
