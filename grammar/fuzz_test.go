package grammar

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("../opinions/*.opinion")
	more, _ := filepath.Glob("../check/testdata/*.opinion")
	for _, file := range append(files, more...) {
		src, _ := os.ReadFile(file)
		f.Add(src)
	}
	f.Add([]byte(""))
	f.Add([]byte("\uFEFFOPINION 1\r\nTitle\r\n\r\nThe Forum,\r\nresolves\r\n1 [a [b] *c*] \\[ ]\r\n"))
}

// FuzzParse: no panic, and every diagnostic lies inside the file.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		_, diags := Parse("fuzz", src)
		checkPositions(t, src, diags)
	})
}

// FuzzFormat: formatting a file that parses gives a file that parses, and
// formatting it again changes nothing.
func FuzzFormat(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		file, diags := Parse("fuzz", src)
		if diags.HasErrors() {
			return
		}
		once := Format(file)
		again, diags := Parse("fuzz", once)
		if diags.HasErrors() {
			t.Fatalf("formatted text does not parse: %v\n%q", diags, once)
		}
		if twice := Format(again); !bytes.Equal(once, twice) {
			t.Fatalf("fmt is not idempotent:\n%q\n%q", once, twice)
		}
	})
}
