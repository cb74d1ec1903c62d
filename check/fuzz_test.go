package check

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzCheck: no panic on any input, and every diagnostic lies inside the
// file.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob("../opinions/*.opinion")
	more, _ := filepath.Glob("testdata/*.opinion")
	for _, file := range append(files, more...) {
		src, _ := os.ReadFile(file)
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, diags := File("fuzz.opinion", src, Options{Final: len(src)%2 == 0})
		checkInside(t, src, diags)
	})
}
