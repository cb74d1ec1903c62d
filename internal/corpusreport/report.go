// Package corpusreport imports and checks the real ITU texts in
// ../shared/itu-texts/ and reports, for each, what the import and the
// checker found: items, calls, references (resolved, unresolved, external,
// ambiguous) and diagnostics by rule, naming every error. `make
// corpus-report` prints it; its test keeps it as a golden file.
package corpusreport

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/importer"
	"opinionc/internal/diag"
)

// A Text is what the report says of one text.
type Text struct {
	File       string // the input, e.g. "pp18-res2.txt"
	Source     string // the imported source file's name
	Heading    string
	Items      int
	Calls      int
	Sections   int
	Notes      int
	Resolved   int
	Unresolved int
	External   int
	Ambiguous  int
	Rules      map[string]int // diagnostics by rule, import and check
	Errors     []string       // every error and every unresolved or ambiguous reference, as "line:col: message [rule]"
	Syntax     int            // syntax errors (must be 0)
	Src        []byte         // the imported source
}

// Texts imports and checks every *.txt file of dir, in name order.
func Texts(dir string) ([]*Text, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []*Text
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, One(filepath.Base(p), src))
	}
	return out, nil
}

// One imports and checks one text.
func One(name string, src []byte) *Text {
	t := &Text{File: name, Rules: map[string]int{}}
	files, idiags := importer.Import(name, src)
	for _, d := range idiags {
		t.Rules[d.Rule]++
		if d.Severity == diag.Error {
			t.Errors = append(t.Errors, fmt.Sprintf("import %d:%d: %s [%s]", d.Pos.Line, d.Pos.Col, d.Msg, d.Rule))
		}
	}
	if len(files) != 1 {
		t.Errors = append(t.Errors, fmt.Sprintf("import gave %d files, want 1", len(files)))
		return t
	}
	f := files[0]
	t.Source, t.Src = f.Name, f.Src
	d, cdiags := check.File(f.Name, f.Src, check.Options{})
	t.Heading = d.Heading
	for _, dg := range cdiags {
		t.Rules[dg.Rule]++
		if dg.Rule == "syntax" {
			t.Syntax++
		}
		if dg.Severity == diag.Error || strings.HasPrefix(dg.Rule, "ref-") {
			t.Errors = append(t.Errors, fmt.Sprintf("%d:%d: %s [%s]", dg.Pos.Line, dg.Pos.Col, dg.Msg, dg.Rule))
		}
	}
	t.Notes = len(d.Notes)
	for _, b := range d.Blocks {
		if b.Call != "" {
			t.Calls++
		}
		if b.Section != "" {
			t.Sections++
		}
	}
	d.Walk(func(_ *doc.Block, it *doc.Item) {
		t.Items++
		countRefs(t, it.Content)
	})
	return t
}

func countRefs(t *Text, in []doc.Inline) {
	for _, n := range in {
		switch n := n.(type) {
		case *doc.Ref:
			switch {
			case n.External:
				t.External++
			case n.Ambiguous:
				t.Ambiguous++
			case len(n.Targets) > 0:
				t.Resolved++
			default:
				t.Unresolved++
			}
		case *doc.Emphasis:
			countRefs(t, n.Children)
		case *doc.Bracket:
			countRefs(t, n.Children)
		}
	}
}

// Format prints the report.
func Format(texts []*Text) string {
	var b strings.Builder
	fmt.Fprintf(&b, "ITU texts: import and check (%d texts)\n", len(texts))
	var tot Text
	for _, t := range texts {
		fmt.Fprintf(&b, "\n%s → %s: %s\n", t.File, t.Source, t.Heading)
		fmt.Fprintf(&b, "  items %d, calls %d, sections %d, footnotes %d\n", t.Items, t.Calls, t.Sections, t.Notes)
		fmt.Fprintf(&b, "  references: resolved %d, unresolved %d, external %d, ambiguous %d\n", t.Resolved, t.Unresolved, t.External, t.Ambiguous)
		var rules []string
		for r := range t.Rules {
			rules = append(rules, r)
		}
		sort.Strings(rules)
		var parts []string
		for _, r := range rules {
			parts = append(parts, fmt.Sprintf("%s %d", r, t.Rules[r]))
		}
		if len(parts) == 0 {
			parts = []string{"none"}
		}
		fmt.Fprintf(&b, "  diagnostics: %s\n", strings.Join(parts, ", "))
		for _, e := range t.Errors {
			fmt.Fprintf(&b, "  ! %s\n", e)
		}
		tot.Items += t.Items
		tot.Calls += t.Calls
		tot.Resolved += t.Resolved
		tot.Unresolved += t.Unresolved
		tot.External += t.External
		tot.Ambiguous += t.Ambiguous
	}
	fmt.Fprintf(&b, "\ntotal: items %d, calls %d; references resolved %d, unresolved %d, external %d, ambiguous %d\n",
		tot.Items, tot.Calls, tot.Resolved, tot.Unresolved, tot.External, tot.Ambiguous)
	return b.String()
}
