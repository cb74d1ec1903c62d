package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"opinionc/check"
)

// FuzzRender: whatever the checker makes of a source, errors included, the
// three renderers do not panic on it.
func FuzzRender(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{"../../opinions/*.opinion", "../../check/testdata/*.opinion"} {
		files, _ := filepath.Glob(pattern)
		seeds = append(seeds, files...)
	}
	for _, file := range seeds {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, _ := check.File("fuzz.opinion", src, check.Options{})
		for name, fm := range formats {
			if err := fm.render(io.Discard, d, time.Time{}); err != nil {
				t.Logf("%s: %v", name, err) // an error is fine; a panic is not
			}
		}
	})
}
