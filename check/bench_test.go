package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generated returns about size bytes of source as documents: the corpus
// repeated, each copy a file of its own.
func generated(tb testing.TB, size int) [][]byte {
	files, _ := filepath.Glob("../opinions/*.opinion")
	if len(files) == 0 {
		tb.Fatal("no corpus")
	}
	var docs [][]byte
	total := 0
	for total < size {
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, src)
			total += len(src)
		}
	}
	return docs
}

// bigDocument returns one document of about size bytes: many calls, each
// with many items, references and footnotes.
func bigDocument(size int) []byte {
	var b strings.Builder
	b.WriteString("DRAFT OPINION 1: A generated document\n\nThe sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),\n")
	for n := 1; b.Len() < size; n++ {
		fmt.Fprintf(&b, "\nconsidering\n")
		for i := 0; i < 26; i++ {
			fmt.Fprintf(&b, "%c) that item %d of block %d, as said in considering ‘a’ above, holds for developing countries[^1] and [unagreed [nested] text];\n", 'a'+i, i, n)
		}
		fmt.Fprintf(&b, "\nis of the view\n")
		for i := 1; i <= 20; i++ {
			fmt.Fprintf(&b, "%d. that is of the view ‘1’ above and Resolution 71 (Rev. Dubai, 2018) apply to item %d;\n", i, i)
		}
	}
	b.WriteString("\n[^1]: These include the least developed countries.\n")
	return []byte(b.String())
}

// BenchmarkCheckCorpus10MB parses and checks a generated 10 MB corpus of
// documents (the five Opinions repeated); target: 20 MB/s or more.
func BenchmarkCheckCorpus10MB(b *testing.B) {
	docs := generated(b, 10<<20)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			File(fmt.Sprintf("doc%d.opinion", i), d, Options{})
		}
	}
}

// BenchmarkCheckDocument parses and checks single documents of growing
// size: time and memory per byte should stay flat (linear growth).
func BenchmarkCheckDocument(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		src := bigDocument(size)
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				File("big.opinion", src, Options{})
			}
		})
	}
}
