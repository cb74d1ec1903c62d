package doc

import (
	"encoding/json"
	"fmt"
)

// MarshalJSON writes an inline node with a "type" field naming its kind.
func marshalInline(n Inline) any {
	switch n := n.(type) {
	case *Text:
		return map[string]any{"type": "text", "value": n.Value}
	case *Emphasis:
		return map[string]any{"type": "emphasis", "children": inlines(n.Children)}
	case *Bracket:
		return map[string]any{"type": "bracket", "pos": n.Pos.String(), "children": inlines(n.Children)}
	case *Ref:
		m := map[string]any{"type": "ref", "pos": n.Pos.String(), "targets": n.Targets, "range": n.Range, "label": n.Label, "children": inlines(n.Children)}
		if n.External {
			m["external"] = true
		}
		if n.Ambiguous {
			m["ambiguous"] = true
		}
		return m
	case *NoteRef:
		if n.Note == nil {
			return map[string]any{"type": "noteref"}
		}
		return map[string]any{"type": "noteref", "note": n.Note.Number, "id": n.Note.ID}
	}
	panic(fmt.Sprintf("doc: unknown inline %T", n))
}

func inlines(in []Inline) []any {
	out := make([]any, 0, len(in))
	for _, n := range in {
		out = append(out, marshalInline(n))
	}
	return out
}

func items(in []*Item) []any {
	out := make([]any, 0, len(in))
	for _, it := range in {
		m := map[string]any{"id": it.ID, "label": it.Label, "level": it.Level, "pos": it.Pos.String(), "content": inlines(it.Content)}
		if len(it.Items) > 0 {
			m["items"] = items(it.Items)
		}
		if it.Note {
			m["note"] = true
		}
		if it.Figure {
			m["figure"] = true
		}
		out = append(out, m)
	}
	return out
}

var callKinds = [...]string{"preambular", "operative", "unknown"}

// JSON returns the document model as indented JSON, for pipelines and
// debugging (opinionc dump).
func JSON(d *Document) ([]byte, error) {
	var blocks []any
	for _, b := range d.Blocks {
		m := map[string]any{"id": b.ID, "call": b.Call, "kind": callKinds[b.Kind], "pos": b.Pos.String(), "items": items(b.Items)}
		if b.Section != "" {
			m["section"] = b.Section
			m["section_title"] = inlines(b.SectionTitle)
		}
		blocks = append(blocks, m)
	}
	var notes []any
	for _, n := range d.Notes {
		notes = append(notes, map[string]any{"number": n.Number, "id": n.ID, "label": n.Label, "content": inlines(n.Content)})
	}
	m := map[string]any{
		"name": d.Name, "id": d.ID, "kind": d.Kind.String(), "draft": d.Draft, "number": d.Number,
		"heading": d.Heading, "title": inlines(d.Title), "place": inlines(d.Place), "formula": inlines(d.Formula), "lang": d.Lang,
		"blocks": blocks, "notes": notes,
	}
	return json.MarshalIndent(m, "", "  ")
}
