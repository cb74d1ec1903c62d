package importer

import (
	"strings"
	"testing"
)

// A standalone Resolution with the damage of a PDF conversion: a footnote
// where a page ended, its marker glued to a word, a line-end hyphen, the
// Ǧ glyph, items run together, and a section.
func TestStandaloneResolutionRepaired(t *testing.T) {
	src := "RESOLUTION 9 (REV. DUBAI, 2018)\nA title\n\n" +
		"The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n" +
		"considering\na) that developing countries1 need ITUǦcoordinated help;\n" +
		"____________________\n1 These include the least developed countries.\n" +
		"b) that the Secretary- General reports; c) that knowledge- and skills matter,\n\n" +
		"resolves\n1 that x holds; 2 that y holds,\n\nSECTION 1\nProcedures\n1.1 The first rule.\n1.1.1 Its detail.\n"
	files, diags := Import("res9.txt", []byte(src))
	if len(files) != 1 || files[0].Name != "res9.opinion" {
		t.Fatalf("files %v, diags %v", files, diags)
	}
	checkCanonical(t, files[0].Src)
	want := "RESOLUTION 9 (REV. DUBAI, 2018)\nA title\n\n" +
		"The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n" +
		"considering\na) that developing countries[^1] need ITU\u2011coordinated help;\n" +
		"b) that the Secretary-General reports;\nc) that knowledge- and skills matter,\n\n" +
		"resolves\n1 that x holds;\n2 that y holds,\n\nSECTION 1\nProcedures\n\n1.1 The first rule.\n    1.1.1 Its detail.\n\n" +
		"[^1]: These include the least developed countries.\n"
	if got := string(files[0].Src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	var rules []string
	for _, d := range diags {
		rules = append(rules, d.Rule)
	}
	if got := strings.Join(rules, " "); got != "import-glyph import-split import-split" {
		t.Errorf("diagnostics %q", got)
	}
	again, _ := Import("res9.opinion", files[0].Src)
	if len(again) != 1 || string(again[0].Src) != want {
		t.Errorf("import is not idempotent:\n%s", again[0].Src)
	}
}

// A hyphen that is neither a known compound nor found joined elsewhere is
// kept, with a warning; a footnote with no marker keeps its definition.
func TestUncertainRepairsWarn(t *testing.T) {
	src := "RESOLUTION 9 (Dubai, 2018)\nTitle\n\nThe Conference (Dubai, 2018),\n\n" +
		"considering\na) that tele- communication matters,\n_____\n1 A note nobody cites.\n"
	files, diags := Import("r.txt", []byte(src))
	if len(files) != 1 || !strings.Contains(string(files[0].Src), "tele- communication") {
		t.Fatalf("files %v", files)
	}
	var rules []string
	for _, d := range diags {
		rules = append(rules, d.Rule)
	}
	if got := strings.Join(rules, " "); got != "import-footnote import-hyphen" {
		t.Errorf("diagnostics %q", got)
	}
}
