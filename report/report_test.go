package report

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/internal/testtool"
)

func corpusReport(t *testing.T) *Result {
	t.Helper()
	res, err := Load(filepath.Join(testtool.Root(), "opinions", "wtpf21-report.md"), check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() || res.Report == nil {
		t.Fatalf("the report does not build: %v", res.Diags)
	}
	return res
}

// words is the text's words: white space folded, nothing else changed.
func words(s string) []string { return strings.Fields(s) }

// chapterText is every word of the report before its annex, as a reader
// meets it: title, headings and paragraphs with their numbers, the table's
// caption and cells, the lettered questions, and the annex heading.
func chapterText(r *doc.Report) string {
	var b strings.Builder
	add := func(s ...string) {
		for _, x := range s {
			b.WriteString(x + " ")
		}
	}
	add(r.Title)
	for _, p := range r.Chapters {
		switch p := p.(type) {
		case *doc.Heading:
			add(p.Number, doc.PlainText(p.Content))
		case *doc.Paragraph:
			add(p.Number, doc.PlainText(p.Content))
		case *doc.List:
			for _, it := range p.Items {
				add(it.Label, doc.PlainText(it.Content))
			}
		case *doc.Table:
			add(doc.PlainText(p.Caption))
			for _, row := range p.Rows {
				for _, c := range row {
					for _, para := range c.Paras {
						add(doc.PlainText(para))
					}
				}
			}
		}
	}
	add(r.AnnexTitle)
	return b.String()
}

// The chapters keep the seed's wording exactly: the words of lines 1–172
// (title to the annex heading) of the Secretary-General's report, in order.
func TestWordingKept(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(testtool.Root(), "importer", "testdata", "wtpf21-report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(seed), "\n")
	want := words(strings.Join(lines[:172], "\n"))
	got := words(chapterText(corpusReport(t).Report))
	for i := 0; i < len(want) && i < len(got); i++ {
		if want[i] != got[i] {
			t.Fatalf("word %d: got %q, want %q\n got  …%s\n want …%s", i, got[i], want[i],
				strings.Join(got[max(0, i-8):min(len(got), i+4)], " "), strings.Join(want[max(0, i-8):min(len(want), i+4)], " "))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d words, want %d", len(got), len(want))
	}
}

func TestStructure(t *testing.T) {
	r := corpusReport(t).Report
	if r.Title == "" || r.Symbol == "" || r.Date == "" {
		t.Errorf("cover: title %q, document %q, date %q", r.Title, r.Symbol, r.Date)
	}
	var heads []string
	tables, lists := 0, 0
	for _, p := range r.Chapters {
		switch p := p.(type) {
		case *doc.Heading:
			heads = append(heads, p.Number)
		case *doc.Table:
			tables++
			if len(p.Rows) != 22 || len(p.Rows[0]) != 2 || p.Header != nil {
				t.Errorf("Table 1: %d rows of %d cells, header %v; want 22 rows of 2, no header", len(p.Rows), len(p.Rows[0]), p.Header)
			}
			if c := doc.PlainText(p.Caption); !strings.HasPrefix(c, "Table 1: Timetable") {
				t.Errorf("caption %q", c)
			}
			if got := len(p.Rows[1][1].Paras); got != 2 {
				t.Errorf("row 2, cell 2: %d paragraphs, want 2", got)
			}
		case *doc.List:
			lists++
			if p.Items[0].Label != "a." {
				t.Errorf("list starts with %q", p.Items[0].Label)
			}
		}
	}
	want := []string{"1.", "1.1", "1.2", "2.", "2.8", "2.8.1", "2.8.2", "2.8.3", "2.8.4", "2.8.5", "2.8.6"}
	if !reflect.DeepEqual(heads, want) {
		t.Errorf("headings %v, want %v", heads, want)
	}
	if tables != 1 || lists != 6 {
		t.Errorf("%d tables and %d lettered lists, want 1 and 6", tables, lists)
	}
}

// Footnote numbers run on through the annex: Opinions 3, 4 and 5 each
// have one note, numbered 1, 2 and 3; and every document has its own ids.
func TestFootnotesRunOn(t *testing.T) {
	r := corpusReport(t).Report
	if len(r.Annex) != 5 {
		t.Fatalf("%d annex documents, want 5", len(r.Annex))
	}
	var got []int
	ids := map[string]bool{r.ID: true}
	for _, d := range r.Annex {
		for _, n := range d.Notes {
			got = append(got, n.Number)
		}
		if ids[d.ID] {
			t.Errorf("duplicate document id %q", d.ID)
		}
		ids[d.ID] = true
	}
	if !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Errorf("footnote numbers %v, want [1 2 3]", got)
	}
}

// copyCorpus copies opinions/ to a temporary directory.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(testtool.Root(), "opinions", "*"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A change to one Opinion's source shows in the report; the Markdown is
// untouched.
func TestAnnexFollowsOpinionFile(t *testing.T) {
	dir := copyCorpus(t)
	op := filepath.Join(dir, "wtpf21-draft-opinion-3.opinion")
	src, _ := os.ReadFile(op)
	changed := strings.Replace(string(src), "Digital literacy and skills for inclusive access", "Digital literacy, skills and inclusive access for all", 1)
	if changed == string(src) {
		t.Fatal("Opinion 3's title not found")
	}
	if err := os.WriteFile(op, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Load(filepath.Join(dir, "wtpf21-report.md"), check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Report.Annex[2].FullTitle(); got != "DRAFT OPINION 3: Digital literacy, skills and inclusive access for all" {
		t.Errorf("Opinion 3 in the report: %q", got)
	}
}

// Diagnostics point into the file they concern: a missing annex file at
// its manifest line, an Opinion's error in the .opinion file.
func TestDiagnosticsPointIntoFiles(t *testing.T) {
	dir := copyCorpus(t)
	md := filepath.Join(dir, "wtpf21-report.md")
	src, _ := os.ReadFile(md)
	bad := strings.Replace(string(src), "wtpf21-draft-opinion-2.opinion", "missing.opinion", 1)
	op := filepath.Join(dir, "wtpf21-draft-opinion-1.opinion")
	osrc, _ := os.ReadFile(op)
	if err := os.WriteFile(op, []byte(strings.Replace(string(osrc), "is of the view ‘1’ above", "is of the view ‘9’ above", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	res := Build(md, []byte(bad), os.ReadFile, check.Options{})
	var annex, ref bool
	for _, d := range res.Diags {
		switch {
		case d.Rule == ruleAnnex:
			annex = true
			if d.Pos.File != md || d.Pos.Line != 10 || d.Pos.Col != 5 {
				t.Errorf("missing annex file reported at %s, want %s:10:5", d.Pos, md)
			}
		case d.Rule == "ref-unresolved":
			ref = true
			if d.Pos.File != op {
				t.Errorf("unresolved reference reported in %s, want %s", d.Pos.File, op)
			}
		}
	}
	if !annex || !ref {
		t.Errorf("want a %s and a ref-unresolved error; got %v", ruleAnnex, res.Diags)
	}
	if len(res.Report.Annex) != 4 {
		t.Errorf("%d annex documents, want the 4 that exist", len(res.Report.Annex))
	}
}

// Odd sources give diagnostics, never a panic.
func TestOddSources(t *testing.T) {
	read := func(string) ([]byte, error) { return nil, os.ErrNotExist }
	for _, src := range []string{
		"",
		"no manifest",
		"---\n",
		"---\ntitle: T\n---\n",
		"---\ntitle: T\nannex: x\n  - \n- y\nbogus\nkey: v\n---\n# \n## 1.\n\n1.1\n\na.\n\n| a |\n|---|\n\nTable 1: x\n\n| | |\n|-|-|\n\n[^1] and [^2]\n\n[^2]: n\n\n```\ncode\n```\n\n<div>x</div>\n\n> q\n\n- a\n  - b\n\n1. x\n\n***\n",
		"\uFEFF---\r\ntitle: \"Q\"\r\n---\r\ntext *em* **strong** `code` <br> [l](u) <https://x>\n",
	} {
		res := Build("odd.md", []byte(src), read, check.Options{})
		if res == nil {
			t.Fatalf("%q: nil result", src)
		}
	}
}
