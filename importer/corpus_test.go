package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"opinionc/internal/golden"
	"opinionc/internal/testtool"
)

// seedFile is a byte-for-byte copy of the WTPF-21 report (the project seed).
const seedFile = "testdata/wtpf21-report.txt"

func readSeed(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// The corpus in opinions/ is the import of the seed, byte for byte. With
// -update the test writes it.
func TestCorpusIsTheImportOfTheSeed(t *testing.T) {
	files, diags := Import("wtpf21-report.txt", readSeed(t))
	for _, d := range diags {
		t.Errorf("diagnostic on the seed: %v", d)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	want := "wtpf21-draft-opinion-1.opinion wtpf21-draft-opinion-2.opinion wtpf21-draft-opinion-3.opinion wtpf21-draft-opinion-4.opinion wtpf21-draft-opinion-5.opinion"
	if got := strings.Join(names, " "); got != want {
		t.Fatalf("files %s, want %s", got, want)
	}
	dir := filepath.Join(testtool.Root(), "opinions")
	for _, f := range files {
		path := filepath.Join(dir, f.Name)
		checkCanonical(t, f.Src)
		golden.Check(t, path, f.Src)
	}
	// No stale import is left beside them.
	stale, _ := filepath.Glob(filepath.Join(dir, "wtpf21-*.opinion"))
	sort.Strings(stale)
	for _, p := range stale {
		if !strings.Contains(want, filepath.Base(p)) {
			t.Errorf("%s is not produced by the import", p)
		}
	}
}

// The testdata copy is the seed itself, not an edited version.
func TestSeedCopyIsExact(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join(testtool.Shared(t), "seeds", "000_7ca565d59068b403.txt"))
	if err != nil {
		t.Skip("seed not in ../shared: ", err)
	}
	if !bytes.Equal(shared, readSeed(t)) {
		t.Errorf("%s is not a byte-for-byte copy of the seed", seedFile)
	}
}
