// Package corpus loads the corpus in opinions/ (the five Draft Opinions and
// the report) for the renderers' tests. Only tests import it. It is apart
// from internal/testtool because it imports check: the tests of check and
// of the packages check imports can still use testtool.
package corpus

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/internal/diag"
	"opinionc/internal/testtool"
	"opinionc/report"
)

// Load returns the documents of opinions/*.opinion in file-name order,
// built by the real pipeline (check.File). Documents with errors are still
// returned, their errors logged: a renderer must cope with them, though
// `opinionc build` would not call it. Load fails the test when there is no
// corpus or a file gives no document.
func Load(t testing.TB) []*doc.Document {
	t.Helper()
	return load(t, false)
}

// LoadBuildable is Load, failing the test if a file has an error (does not
// build).
func LoadBuildable(t testing.TB) []*doc.Document {
	t.Helper()
	return load(t, true)
}

func load(t testing.TB, buildable bool) []*doc.Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testtool.Root(), "opinions", "*.opinion"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in opinions/: %v", err)
	}
	var docs []*doc.Document
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, diags := check.File(f, src, check.Options{})
		if buildable && diags.HasErrors() {
			t.Fatalf("%s does not build: %v", f, diags)
		}
		for _, e := range diags {
			if e.Severity == diag.Error {
				t.Logf("%s: %v", filepath.Base(f), e)
			}
		}
		if d == nil {
			t.Fatalf("%s: check.File returned no document", f)
		}
		docs = append(docs, d)
	}
	return docs
}

// Report returns the report opinions/wtpf21-report.md with its annex,
// failing the test if it does not build.
func Report(t testing.TB) *doc.Report {
	t.Helper()
	res, err := report.Load(filepath.Join(testtool.Root(), "opinions", "wtpf21-report.md"), check.Options{})
	if err != nil || res.Report == nil || res.Diags.HasErrors() {
		t.Fatalf("the report does not build: %v %v", err, res)
	}
	return res.Report
}

// Printed is the text a reader sees for inline content: brackets kept,
// references as written, each footnote marker printed as its number.
func Printed(in []doc.Inline) string {
	var b strings.Builder
	var walk func([]doc.Inline)
	walk = func(in []doc.Inline) {
		for _, n := range in {
			switch n := n.(type) {
			case *doc.Text:
				b.WriteString(n.Value)
			case *doc.Emphasis:
				walk(n.Children)
			case *doc.Bracket:
				b.WriteByte('[')
				walk(n.Children)
				b.WriteByte(']')
			case *doc.Ref:
				walk(n.Children)
			case *doc.NoteRef:
				if n.Note != nil {
					b.WriteString(strconv.Itoa(n.Note.Number))
				}
			}
		}
	}
	walk(in)
	return b.String()
}
