package corpusreport

import (
	"path/filepath"
	"testing"

	"opinionc/check"
	"opinionc/grammar"
	"opinionc/importer"
	"opinionc/internal/golden"
	"opinionc/internal/testtool"
)

const goldenFile = "golden/itu-texts/report.txt"

// The corpus report of the twelve ITU texts is the golden file: every text
// imports to one source and checks without a syntax error; each error
// left is named there (and explained in docs/itu-texts.md).
func TestCorpusReport(t *testing.T) {
	dir := filepath.Join(testtool.Shared(t), "itu-texts")
	texts, err := Texts(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != 12 {
		t.Fatalf("%d texts in %s, want 12", len(texts), dir)
	}
	for _, x := range texts {
		if x.Syntax > 0 || x.Source == "" {
			t.Errorf("%s: %d syntax errors, source %q", x.File, x.Syntax, x.Source)
		}
		if x.Calls == 0 || x.Items == 0 {
			t.Errorf("%s: %d calls, %d items", x.File, x.Calls, x.Items)
		}
	}
	got := Format(texts)
	golden.Check(t, filepath.Join(testtool.Root(), goldenFile), []byte(got))
}

// Each imported text is in canonical form: fmt leaves it as it is, and
// importing it again gives the same bytes.
func TestImportedTextsAreCanonical(t *testing.T) {
	dir := filepath.Join(testtool.Shared(t), "itu-texts")
	texts, err := Texts(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range texts {
		f, _ := grammar.Parse(x.Source, x.Src)
		if got := grammar.Format(f); string(got) != string(x.Src) {
			t.Errorf("%s: fmt changes the imported source", x.File)
		}
		files, _ := importer.Import(x.Source, x.Src)
		if len(files) != 1 || string(files[0].Src) != string(x.Src) {
			t.Errorf("%s: importing the imported source changes it", x.File)
		}
		if _, diags := check.File(x.Source, x.Src, check.Options{}); len(diags) > 0 && diags[0].Rule == "syntax" {
			t.Errorf("%s: %v", x.File, diags[0])
		}
	}
}
