package pdf_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"

	"opinionc/doc"
	"opinionc/internal/corpus"
	"opinionc/render/pdf"
)

// rendered holds the corpus rendered once per test binary, written to a
// directory the real consumers read.
type rendered struct {
	doc  *doc.Document
	pdf  []byte
	path string
}

var (
	renderOnce sync.Once
	renderDir  string
	renderAll  []rendered
)

func renderCorpus(t *testing.T) []rendered {
	t.Helper()
	docs := corpus.Load(t)
	renderOnce.Do(func() {
		dir, err := os.MkdirTemp("", "opinionc-pdf-")
		if err != nil {
			t.Fatal(err)
		}
		renderDir = dir
		for _, d := range docs {
			var buf bytes.Buffer
			if err := pdf.Render(&buf, d, pdf.Options{}); err != nil {
				t.Fatalf("%s: %v", d.Name, err)
			}
			p := filepath.Join(dir, d.Name+".pdf")
			if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			renderAll = append(renderAll, rendered{doc: d, pdf: buf.Bytes(), path: p})
		}
	})
	if len(renderAll) != len(docs) {
		t.Fatal("corpus rendering failed earlier")
	}
	return renderAll
}

func TestMain(m *testing.M) {
	code := m.Run()
	if renderDir != "" {
		os.RemoveAll(renderDir)
	}
	os.Exit(code)
}

// run runs a tool and returns its standard output, failing on error.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

// normalise folds every run of white space (no-break and thin spaces
// included) to one space, and rejoins words broken after a slash at a line end.
func normalise(s string) string {
	s = strings.ReplaceAll(s, "/\n", "/")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u00A0' || r == '\u2009' || r == '\u202F'
	}), " ")
}

// An outlineEntry is an entry of a PDF outline as qpdf reads it.
type outlineEntry struct {
	Title  string         `json:"title"`
	Object string         `json:"object"`
	Open   bool           `json:"open"`
	Page   int            `json:"destpageposfrom1"`
	Kids   []outlineEntry `json:"kids"`
}

// readOutline returns the outline of the PDF at path as qpdf reads it, and
// checks that every entry's /Parent is the entry it is under, or the
// outline dictionary for the top level: viewers walk the tree both ways.
func readOutline(t *testing.T, path string) []outlineEntry {
	t.Helper()
	var tree struct {
		Outlines []outlineEntry `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json", "--json-key=outlines", path)), &tree); err != nil {
		t.Fatalf("qpdf --json outlines: %v", err)
	}
	var j struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	var objs map[string]struct {
		Value map[string]any `json:"value"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json", "--json-key=qpdf", path)), &j); err != nil || len(j.QPDF) < 2 || json.Unmarshal(j.QPDF[1], &objs) != nil {
		t.Fatalf("unexpected qpdf JSON (%v)", err)
	}
	root := ""
	for key, o := range objs {
		if o.Value["/Type"] == "/Outlines" {
			root = strings.TrimPrefix(key, "obj:")
		}
	}
	var check func(parent string, entries []outlineEntry)
	check = func(parent string, entries []outlineEntry) {
		for _, e := range entries {
			if got := objs["obj:"+e.Object].Value["/Parent"]; got != parent {
				t.Errorf("outline entry %q: /Parent is %v, want %s", e.Title, got, parent)
			}
			check(e.Object, e.Kids)
		}
	}
	check(root, tree.Outlines)
	return tree.Outlines
}

// titles lists the titles of entries.
func titles(entries []outlineEntry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Title)
	}
	return out
}
