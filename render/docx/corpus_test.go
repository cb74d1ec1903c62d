package docx

import (
	"testing"

	"opinionc/internal/corpus"
)

func TestGoldenCorpus(t *testing.T) {
	for _, d := range corpus.Load(t) {
		t.Run(d.Name, func(t *testing.T) { checkGolden(t, d) })
	}
}
