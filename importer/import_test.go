package importer

import (
	"strings"
	"testing"

	"opinionc/internal/golden"
)

// report wraps the body of one Opinion in the smallest report the importer
// accepts: a forum acronym, an Annex, a heading and a formula.
func report(body string) string {
	return "Report to the forum (WTPF-21)\n\nANNEX: DRAFT OPINIONS\n" +
		"DRAFT OPINION 1: Title\nThe sixth Forum (Geneva, 2021),\n" + body
}

// importOne imports a one-Opinion report and returns the file's text after
// the heading and formula, failing on any diagnostic.
func importOne(t *testing.T, body string) string {
	t.Helper()
	files, diags := Import("report.txt", []byte(report(body)))
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %v", d)
	}
	if len(files) != 1 {
		t.Fatalf("got %d files, want 1", len(files))
	}
	checkCanonical(t, files[0].Src)
	const head = "DRAFT OPINION 1: Title\n\nThe sixth Forum (Geneva, 2021),\n\n"
	got, ok := strings.CutPrefix(string(files[0].Src), head)
	if !ok {
		t.Fatalf("file does not start with heading and formula:\n%s", files[0].Src)
	}
	return got
}

// checkCanonical asserts the layout rules of the canonical form.
func checkCanonical(t *testing.T, src []byte) {
	t.Helper()
	s := string(src)
	if s == "" {
		t.Fatal("empty file")
	}
	if !strings.HasSuffix(s, "\n") || strings.HasSuffix(s, "\n\n") {
		t.Errorf("file must end with exactly one newline: %q", s[max(0, len(s)-20):])
	}
	if strings.HasPrefix(s, "\n") || strings.Contains(s, "\n\n\n") {
		t.Errorf("leading or doubled blank line:\n%s", s)
	}
	for n, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if strings.TrimRight(l, " \t\u00a0") != l {
			t.Errorf("line %d: trailing white space: %q", n+1, l)
		}
		if strings.Contains(l, "\t") || strings.Contains(strings.TrimLeft(l, " "), "  ") {
			t.Errorf("line %d: tab or doubled space: %q", n+1, l)
		}
		if indent := len(l) - len(strings.TrimLeft(l, " ")); indent%4 != 0 {
			t.Errorf("line %d: indent %d is not a multiple of four: %q", n+1, indent, l)
		}
	}
}

func TestBookmarksDropped(t *testing.T) {
	src := "Report (WTPF-21)\nANNEX: DRAFT OPINIONS\n" +
		"[bookmark: _Hlk88399766]DRAFT OPINION 2: Title\nThe Forum,\nrecalling\n" +
		"a) [bookmark: _Hlk83996987]Resolution 75/202 of the UNGA[bookmark: _Hlk1];\n"
	files, diags := Import("r.txt", []byte(src))
	if len(diags) != 0 || len(files) != 1 {
		t.Fatalf("files %d, diags %v", len(files), diags)
	}
	want := "DRAFT OPINION 2: Title\n\nThe Forum,\n\nrecalling\na) Resolution 75/202 of the UNGA;\n"
	if got := string(files[0].Src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFootnoteMoved(t *testing.T) {
	got := importOne(t, "considering\n"+
		"g) that developing countries[footnoteRef:1] face challenges, [1:  These include the LDCs.] \n"+
		"\n"+
		"is of the view\n"+
		"1. that countries[footnoteRef:2] and states[footnoteRef:3] act; [2:  Note two.] [3:  Note [three].]   \n")
	want := "considering\n" +
		"g) that developing countries[^1] face challenges,\n" +
		"\n" +
		"is of the view\n" +
		"1. that countries[^2] and states[^3] act;\n" +
		"\n" +
		"[^1]: These include the LDCs.\n" +
		"[^2]: Note two.\n" +
		"[^3]: Note [three].\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFootnoteWithoutDefinitionWarns(t *testing.T) {
	src := report("recalling\na) text[footnoteRef:7] more;\n")
	files, diags := Import("r.txt", []byte(src))
	if len(files) != 1 || len(diags) != 1 {
		t.Fatalf("files %d, diags %v", len(files), diags)
	}
	d := diags[0]
	line := strings.Count(src[:strings.Index(src, "[footnoteRef")], "\n") + 1
	if d.Pos.Line != line || d.Pos.Col != len("a) text")+1 || d.Rule != "import-footnote" {
		t.Errorf("diagnostic at %v [%s], want line %d col %d", d.Pos, d.Rule, line, len("a) text")+1)
	}
	if !strings.Contains(string(files[0].Src), "a) text[^7] more;") {
		t.Errorf("marker not converted:\n%s", files[0].Src)
	}
}

func TestNestingInferred(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{{
		name: "roman after g) is nested",
		body: "is of the view\nf) that x;\ng) that the following policies can be used:\ni)\tstreamlining;\nii)\teducating;\niii) making,\ninvites Member States\n1. to act.\n",
		want: "is of the view\nf) that x;\ng) that the following policies can be used:\n    i) streamlining;\n    ii) educating;\n    iii) making,\n\ninvites Member States\n1. to act.\n",
	}, {
		name: "i) after h) is a letter",
		body: "recognising\ng) that a;\nh) that b;\ni) that c;\nj) that d,\n",
		want: "recognising\ng) that a;\nh) that b;\ni) that c;\nj) that d,\n",
	}, {
		name: "i) after h) ending in a colon is nested",
		body: "recognising\nh) including:\ni) one;\nii) two,\n",
		want: "recognising\nh) including:\n    i) one;\n    ii) two,\n",
	}, {
		name: "back to the letters after the nested list",
		body: "recognising\ng) including:\ni) one;\nii) two;\nh) that b,\n",
		want: "recognising\ng) including:\n    i) one;\n    ii) two;\nh) that b,\n",
	}, {
		name: "bullets after a colon, two levels",
		body: "resolves\n1 that:\ni) one:\n• first;\n• second;\nii) two;\n2 that x.\n",
		want: "resolves\n1 that:\n    i) one:\n        • first;\n        • second;\n    ii) two;\n2 that x.\n",
	}, {
		name: "v) continues iv)",
		body: "considering\na) list:\ni) 1;\nii) 2;\niii) 3;\niv) 4;\nv) 5;\nvi) 6,\n",
		want: "considering\na) list:\n    i) 1;\n    ii) 2;\n    iii) 3;\n    iv) 4;\n    v) 5;\n    vi) 6,\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := importOne(t, tt.body); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestWhiteSpaceNormalised(t *testing.T) {
	got := importOne(t, "\trecalling  \n"+
		"a)\tResolution 70/1 of  the UNGA;\u00a0 \n"+
		"b)\u00a0\tthat\u00a0 governments   act;\u00a0\u00a0\t\n"+
		"e)  that\t\tthe responsible use;\n"+
		"\n\n"+
		"invites the Secretary-General  \n"+
		"  to continue\u202fto act.\u00a0\n")
	want := "recalling\n" +
		"a) Resolution 70/1 of the UNGA;\n" +
		"b) that\u00a0 governments act;\n" +
		"e) that the responsible use;\n" +
		"\n" +
		"invites the Secretary-General\n" +
		"to continue\u202fto act.\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestMarkupEscaped(t *testing.T) {
	got := importOne(t, "noting\nthe *starred* text, [unagreed [nested] text] and \\* kept,\n")
	want := "noting\nthe \\*starred\\* text, [unagreed [nested] text] and \\* kept,\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestDefectsKept(t *testing.T) {
	body := "recalling\n" +
		"d) Resolution 201 (Rev. Dubai 2018) of the Plenipotentiary Conference;\n" +
		"recognising\n" +
		"5. that use can empower indigenous people.;\n" +
		"6. that the last item ends wrongly;\n"
	want := "recalling\n" +
		"d) Resolution 201 (Rev. Dubai 2018) of the Plenipotentiary Conference;\n\n" +
		"recognising\n" +
		"5. that use can empower indigenous people.;\n" +
		"6. that the last item ends wrongly;\n"
	if got := importOne(t, body); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCallsAndParagraphs(t *testing.T) {
	got := importOne(t, "noting\nthe call by the UN General Assembly,\nis of the view\n"+
		"expanding affordable access will play a role,\n"+
		"invites Member States, Sector Members and other stakeholders to work collaboratively\n"+
		"1. to act;\nstressing\ncontinues to invite all stakeholders\nto work.\n")
	want := "noting\nthe call by the UN General Assembly,\n\nis of the view\n" +
		"expanding affordable access will play a role,\n\n" +
		"invites Member States, Sector Members and other stakeholders to work collaboratively\n" +
		"1. to act;\n\nstressing\n\ncontinues to invite all stakeholders\nto work.\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFileNames(t *testing.T) {
	src := "Report of the forum (WTPF-21)\nANNEX: OPINIONS\n" +
		"DRAFT OPINION 1: One\nThe Forum,\n" +
		"OPINION 2: Two\nThe Forum,\n" +
		"DRAFT OPINION 1: Again\nThe Forum,\n" +
		"_____\n• http://www.itu.int/WTPF •\n"
	files, diags := Import("r.txt", []byte(src))
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	want := "wtpf21-draft-opinion-1.opinion wtpf21-opinion-2.opinion wtpf21-draft-opinion-1-2.opinion"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("names %s, want %s", got, want)
	}
	if len(diags) != 1 || diags[0].Rule != "import-duplicate" || diags[0].Pos.Line != 7 {
		t.Errorf("want one import-duplicate warning at line 7, got %v", diags)
	}
	if last := string(files[2].Src); strings.Contains(last, "itu.int") || strings.Contains(last, "___") {
		t.Errorf("text after the separator kept:\n%s", last)
	}
	// Without a forum acronym the input's name is the prefix.
	files, _ = Import("dir/My Report.txt", []byte("ANNEX\nOPINION 3: T\nThe Forum,\n"))
	if len(files) != 1 || files[0].Name != "my-report-opinion-3.opinion" {
		t.Errorf("got %+v", files)
	}
}

func TestNoOpinionIsAnError(t *testing.T) {
	for _, src := range []string{"", "\n", "ANNEX: DRAFT OPINIONS\n", "Just a report mentioning draft Opinions.\n"} {
		files, diags := Import("r.txt", []byte(src))
		if len(files) != 0 || len(diags) != 1 || !diags.HasErrors() {
			t.Errorf("%q: files %d, diags %v", src, len(files), diags)
			continue
		}
		if p := diags[0].Pos; p.File != "r.txt" || p.Line != 1 || p.Col != 1 {
			t.Errorf("%q: error at %v, want r.txt:1:1", src, p)
		}
	}
}

func TestCRLFAndBOM(t *testing.T) {
	src := "\ufeffANNEX\r\nDRAFT OPINION 1: T\r\nThe Forum,\r\nrecalling\r\na)\tx;\r\n"
	files, diags := Import("r.txt", []byte(src))
	if len(files) != 1 || len(diags) != 0 {
		t.Fatalf("files %d, diags %v", len(files), diags)
	}
	want := "DRAFT OPINION 1: T\n\nThe Forum,\n\nrecalling\na) x;\n"
	if got := string(files[0].Src); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestInvalidUTF8Warns(t *testing.T) {
	src := report("recalling\na) bad \xff byte;\n")
	files, diags := Import("r.txt", []byte(src))
	if len(files) != 1 || len(diags) != 1 || diags[0].Rule != "import-encoding" {
		t.Fatalf("files %d, diags %v", len(files), diags)
	}
	if off := diags[0].Pos.Offset; src[off] != 0xff {
		t.Errorf("diagnostic at offset %d, not at the bad byte", off)
	}
	if !strings.Contains(string(files[0].Src), "a) bad \ufffd byte;") {
		t.Errorf("bad byte not replaced:\n%s", files[0].Src)
	}
}

// Importing an imported file changes nothing: the canonical form is a
// fixed point, footnote definitions included.
func TestImportIsIdempotent(t *testing.T) {
	files, _ := Import("seed", readSeed(t))
	for _, f := range files {
		again, diags := Import(f.Name, f.Src)
		if len(diags) != 0 || len(again) != 1 {
			t.Fatalf("%s: re-import gave %d files, %v", f.Name, len(again), diags)
		}
		if string(again[0].Src) != string(f.Src) {
			t.Errorf("%s: re-import differs at %s", f.Name, golden.FirstDiff(again[0].Src, f.Src))
		}
	}
}
