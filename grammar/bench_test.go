package grammar

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseCorpus parses the five Opinions.
func BenchmarkParseCorpus(b *testing.B) {
	files, _ := filepath.Glob("../opinions/*.opinion")
	var srcs [][]byte
	total := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		srcs = append(srcs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			Parse("x.opinion", src)
		}
	}
}

// BenchmarkLex runs the line lexer alone.
func BenchmarkLex(b *testing.B) {
	src, _ := os.ReadFile("../opinions/wtpf21-draft-opinion-2.opinion")
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		l, _ := lineLexer{}.LexString("x", string(src))
		for {
			t, _ := l.Next()
			if t.EOF() {
				break
			}
		}
	}
}
