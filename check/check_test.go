package check

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"opinionc/doc"
	"opinionc/internal/diag"
	"opinionc/internal/golden"
)

var wantRE = regexp.MustCompile(`^%%\s*want\s+(.+)$`)

// TestExpectations checks the sources in testdata: a line "%% want RULE…"
// expects a diagnostic of each named rule on the next non-comment line. Both
// unexpected and missing diagnostics fail.
func TestExpectations(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.opinion")
	if len(files) == 0 {
		t.Fatal("no test sources in testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]bool{} // "line:rule"
			var pending []string
			for i, line := range strings.Split(string(src), "\n") {
				if m := wantRE.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
					pending = append(pending, strings.Fields(m[1])...)
					continue
				}
				if strings.HasPrefix(strings.TrimSpace(line), "%%") {
					continue
				}
				for _, r := range pending {
					want[fmt.Sprintf("%d:%s", i+1, r)] = true
				}
				pending = nil
			}
			_, diags := File(file, src, Options{})
			got := map[string]bool{}
			for _, d := range diags {
				key := fmt.Sprintf("%d:%s", d.Pos.Line, d.Rule)
				got[key] = true
				if !want[key] {
					t.Errorf("unexpected: %s", d)
				}
			}
			for key := range want {
				if !got[key] {
					t.Errorf("missing: %s:%s", file, key)
				}
			}
		})
	}
}

func corpus(t testing.TB) []string {
	files, _ := filepath.Glob("../opinions/*.opinion")
	if len(files) != 5 {
		t.Fatalf("want the five WTPF-21 Opinions in opinions/, found %d", len(files))
	}
	return files
}

// TestCorpus checks the five Opinions: no errors, and their real defects
// reported as warnings, against golden/check/NAME.txt.
func TestCorpus(t *testing.T) {
	for _, file := range corpus(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".opinion")
		t.Run(name, func(t *testing.T) {
			src, _ := os.ReadFile(file)
			rel := "opinions/" + filepath.Base(file)
			d, diags := File(rel, src, Options{})
			if diags.HasErrors() {
				t.Errorf("corpus file has errors:\n%v", diags)
			}
			if d == nil || len(d.Blocks) == 0 {
				t.Fatal("no blocks")
			}
			var buf bytes.Buffer
			diag.PrintText(&buf, diags, diag.Sources{rel: src})
			golden.Check(t, filepath.Join("..", "golden", "check", name+".txt"), buf.Bytes())
		})
	}
}

// TestCorpusDefects pins the defects design.md names in the corpus.
func TestCorpusDefects(t *testing.T) {
	want := []string{
		"wtpf21-draft-opinion-1.opinion:33:.*doubled punctuation \".;\"",
		"wtpf21-draft-opinion-1.opinion:9:.*\\(Rev. Dubai, 2018\\)",
		"wtpf21-draft-opinion-3.opinion:14:.*\\(Rev. Buenos Aires, 2017\\)",
		"wtpf21-draft-opinion-2.opinion:54:.*should end with \",\", not \";\"",
		"wtpf21-draft-opinion-1.opinion:20:1: warning: .*recognizing.*\\[spelling-ize\\]",
		"wtpf21-draft-opinion-3.opinion:43:.*\\[invites-to\\]",
		"wtpf21-draft-opinion-2.opinion:36:.*\\[label-kind\\]",
		"wtpf21-draft-opinion-4.opinion:28:.*\\[quotes-mixed\\]",
	}
	var all []string
	for _, file := range corpus(t) {
		src, _ := os.ReadFile(file)
		_, diags := File(file, src, Options{})
		for _, d := range diags {
			all = append(all, d.Error())
		}
	}
	for _, w := range want {
		re := regexp.MustCompile(w)
		found := false
		for _, s := range all {
			found = found || re.MatchString(s)
		}
		if !found {
			t.Errorf("no diagnostic matches %q", w)
		}
	}
}

// TestCorpusReferences: the corpus's 11 cross-references resolve, and
// breaking any one of them (‘1’ → ‘9’) is an error at its line.
func TestCorpusReferences(t *testing.T) {
	total := 0
	for _, file := range corpus(t) {
		src, _ := os.ReadFile(file)
		d, _ := File(file, src, Options{})
		refs := collectRefs(d)
		total += len(refs)
		for _, r := range refs {
			if len(r.Targets) == 0 {
				t.Errorf("%s: reference %q has no target", r.Pos, r.Label)
			}
		}
		// Break each reference in turn.
		for _, r := range refs {
			text := doc.PlainText(r.Children)
			broken := regexp.MustCompile(`[1-9]|‘[a-z]’`).ReplaceAllStringFunc(text, func(s string) string {
				if strings.HasPrefix(s, "‘") {
					return "‘z’"
				}
				return "9"
			})
			mutated := append([]byte{}, src[:r.Pos.Offset]...)
			mutated = append(mutated, broken...)
			mutated = append(mutated, src[r.Pos.Offset+len(text):]...)
			_, diags := File(file, mutated, Options{})
			found := false
			for _, dg := range diags {
				if dg.Severity == diag.Error && dg.Rule == "ref-unresolved" && dg.Pos.Line == r.Pos.Line {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: breaking %q as %q gave no ref-unresolved error at line %d:\n%v", file, text, broken, r.Pos.Line, diags)
			}
		}
	}
	if total != 11 {
		t.Errorf("corpus has %d resolved references, want 11", total)
	}
}

func collectRefs(d *doc.Document) []*doc.Ref {
	var refs []*doc.Ref
	var walk func([]doc.Inline)
	walk = func(in []doc.Inline) {
		for _, n := range in {
			switch n := n.(type) {
			case *doc.Ref:
				refs = append(refs, n)
			case *doc.Bracket:
				walk(n.Children)
			case *doc.Emphasis:
				walk(n.Children)
			}
		}
	}
	d.Walk(func(_ *doc.Block, it *doc.Item) { walk(it.Content) })
	return refs
}

// TestFinal: --final turns the square brackets of Opinion 2 into errors.
func TestFinal(t *testing.T) {
	src, err := os.ReadFile("../opinions/wtpf21-draft-opinion-2.opinion")
	if err != nil {
		t.Fatal(err)
	}
	_, diags := File("o2", src, Options{Final: true})
	n := 0
	for _, d := range diags {
		if d.Rule == "brackets-final" && d.Severity == diag.Error {
			n++
		}
	}
	if n != 2 { // recalling e) and is of the view d)
		t.Errorf("want 2 bracket errors with --final, got %d:\n%v", n, diags)
	}
}

// TestItemIDs: ids are stable, readable and unique.
func TestItemIDs(t *testing.T) {
	src, _ := os.ReadFile("../opinions/wtpf21-draft-opinion-2.opinion")
	d, _ := File("o2", src, Options{})
	var ids []string
	seen := map[string]bool{}
	d.Walk(func(_ *doc.Block, it *doc.Item) {
		if seen[it.ID] {
			t.Errorf("duplicate id %s", it.ID)
		}
		seen[it.ID] = true
		ids = append(ids, it.ID)
	})
	for _, want := range []string{"recalling.a", "view.g", "view.g.iv", "invites-ms.1", "invites-ms-sm-stakeholders.6", "invites-sg.p1"} {
		if !seen[want] {
			sort.Strings(ids)
			t.Errorf("no item %s among %v", want, ids)
		}
	}
	if d.ID != "opinion-2" || !d.Draft || d.Number != "2" {
		t.Errorf("document id %q draft %v number %q", d.ID, d.Draft, d.Number)
	}
}

// TestDisableFlag: a rule switched off by option is not reported.
func TestDisableFlag(t *testing.T) {
	src, _ := os.ReadFile("../opinions/wtpf21-draft-opinion-1.opinion")
	_, diags := File("o1", src, Options{Disabled: map[string]bool{"spelling-ize": true}})
	for _, d := range diags {
		if d.Rule == "spelling-ize" {
			t.Errorf("disabled rule reported: %v", d)
		}
	}
}

// A paragraph is a NOTE or a figure's caption only in the forms ITU
// writes them; anything else stays an ordinary paragraph.
func TestNoteAndFigureParagraphs(t *testing.T) {
	for _, c := range []struct {
		text   string
		note   bool
		figure string // the caption's number; "" for no caption
	}{
		{"NOTE – The reports are published.", true, ""},
		{"NOTE 2 – Exceptionally, a period of up to four weeks.", true, ""},
		{"NOTES on procedure", false, ""},
		{"Figure 7.1a – Approval of new or revised Questions between WTSAs", false, "7.1a"},
		{"Figure 9.1 – Approval of new and revised Recommendations using TAP", false, "9.1"},
		{"Figure 3 - Timetable", false, "3"},
		{"Figure\u00a07.1b – Approval of new or revised Questions at WTSA", false, "7.1b"},
		{"Figure\u00a0", false, ""},
		{"Figureheads – no", false, ""},
		{"Figure 7.1a shows the approval of Questions.", false, ""},
		{"Figure A – a lettered figure", false, ""},
		{"Figures 1 – 3 apply", false, ""},
	} {
		if got := isNote(c.text); got != c.note {
			t.Errorf("isNote(%q) = %v, want %v", c.text, got, c.note)
		}
		if num, got := figureNumber(c.text); got != (c.figure != "") || num != c.figure {
			t.Errorf("figureNumber(%q) = %q, %v; want %q", c.text, num, got, c.figure)
		}
	}
}
