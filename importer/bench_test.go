package importer

import (
	"strings"
	"testing"
)

func BenchmarkImportSeed(b *testing.B) {
	src := readSeed(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Import("seed", src)
	}
}

// Big and odd inputs import without panic and in canonical form: 10,000
// items, 10,000 footnotes, and a run of "i)" items whose inferred nesting
// is bounded.
func TestLargeInputs(t *testing.T) {
	var items, notes, romans strings.Builder
	items.WriteString("recalling\n")
	notes.WriteString("recalling\n")
	romans.WriteString("recalling\na) list:\n")
	for i := range 10000 {
		items.WriteString("a) item;\n")
		notes.WriteString("b) text[footnoteRef:" + strings.Repeat("7", i%50+1) + "] more; [" + strings.Repeat("7", i%50+1) + ":  note]\n")
		romans.WriteString("i) again:\n")
	}
	for _, body := range []string{items.String(), notes.String(), romans.String()} {
		files, _ := Import("big.txt", []byte(report(body)))
		if len(files) != 1 {
			t.Fatalf("got %d files", len(files))
		}
		checkCanonical(t, files[0].Src)
		if indent := strings.Repeat("    ", maxDepth); strings.Contains(string(files[0].Src), indent) {
			t.Errorf("nesting deeper than %d levels", maxDepth)
		}
	}
}
