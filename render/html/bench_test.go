package html

import (
	"io"
	"testing"

	"opinionc/internal/corpus"
)

// BenchmarkRenderCorpus renders the five corpus Opinions.
func BenchmarkRenderCorpus(b *testing.B) {
	docs := corpus.LoadBuildable(b)
	for b.Loop() {
		for _, d := range docs {
			if err := Render(io.Discard, d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRenderBig renders one document of 10,000 items.
func BenchmarkRenderBig(b *testing.B) {
	d := bigDocument()
	for b.Loop() {
		if err := Render(io.Discard, d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
