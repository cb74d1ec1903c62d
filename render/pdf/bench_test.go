package pdf_test

import (
	"bytes"
	"testing"

	"opinionc/internal/corpus"
	"opinionc/render/pdf"
	"opinionc/render/pdf/layout"
)

// BenchmarkRenderCorpus renders the five Opinions; BenchmarkLayoutCorpus
// times the layout alone (the rest is gopdf writing the file).
func BenchmarkRenderCorpus(b *testing.B) {
	docs := corpus.Load(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			var buf bytes.Buffer
			if err := pdf.Render(&buf, d, pdf.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkLayoutCorpus(b *testing.B) {
	docs := corpus.Load(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := layout.Lay(d, layout.Options{MarkBrackets: d.Draft}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
