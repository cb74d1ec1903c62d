package docx

import (
	"io"
	"testing"
)

func BenchmarkRenderCorpus(b *testing.B) {
	docs := samples()
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if err := Render(io.Discard, d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkRender10000Items(b *testing.B) {
	d := many()
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
