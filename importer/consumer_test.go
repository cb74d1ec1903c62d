package importer_test

import (
	"os"
	"strings"
	"testing"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/importer"
	"opinionc/internal/diag"
)

// The real consumer of an import is the checker: every imported Opinion
// parses without errors, and its model has the structure of the printed
// text (nesting inferred, footnotes attached).
func TestImportChecksClean(t *testing.T) {
	src, err := os.ReadFile("testdata/wtpf21-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := importer.Import("wtpf21-report.txt", src)
	docs := map[string]*doc.Document{}
	for _, f := range files {
		d, diags := check.File(f.Name, f.Src, check.Options{})
		for _, e := range diags {
			if e.Severity == diag.Error {
				t.Errorf("%v", e)
			}
		}
		if d == nil {
			t.Fatalf("%s: no document", f.Name)
		}
		docs[strings.TrimSuffix(f.Name, ".opinion")] = d
	}
	tests := []struct {
		doc, call, label string
		nested           string // labels of the nested items, space-separated
	}{
		{"wtpf21-draft-opinion-2", "is of the view", "g)", "i) ii) iii) iv) v) vi)"},
		{"wtpf21-draft-opinion-5", "recognising", "g)", "i) ii) iii) iv)"},
		{"wtpf21-draft-opinion-4", "recognising", "i)", ""}, // the letter i, at the top
		{"wtpf21-draft-opinion-2", "recalling", "i)", ""},
	}
	for _, tt := range tests {
		item := find(docs[tt.doc], tt.call, tt.label)
		if item == nil {
			t.Errorf("%s: no top-level item %s under %q", tt.doc, tt.label, tt.call)
			continue
		}
		var got []string
		for _, n := range item.Items {
			got = append(got, n.Label)
		}
		if strings.Join(got, " ") != tt.nested {
			t.Errorf("%s %q %s: nested items %v, want %s", tt.doc, tt.call, tt.label, got, tt.nested)
		}
	}
	for name, want := range map[string]int{"wtpf21-draft-opinion-1": 0, "wtpf21-draft-opinion-2": 0,
		"wtpf21-draft-opinion-3": 1, "wtpf21-draft-opinion-4": 1, "wtpf21-draft-opinion-5": 1} {
		if d := docs[name]; d == nil || len(d.Notes) != want {
			t.Errorf("%s: want %d footnotes", name, want)
		}
	}
}

// find returns the top-level item with the label under the first call with
// the phrase.
func find(d *doc.Document, call, label string) *doc.Item {
	if d == nil {
		return nil
	}
	for _, b := range d.Blocks {
		if b.Call != call {
			continue
		}
		for _, it := range b.Items {
			if it.Label == label {
				return it
			}
		}
		return nil
	}
	return nil
}
