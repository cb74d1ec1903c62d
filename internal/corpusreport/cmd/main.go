// Command cmd prints the corpus report of the ITU texts (make corpus-report):
//
//	go run ./internal/corpusreport/cmd [DIR]
//
// DIR defaults to ../shared/itu-texts.
package main

import (
	"fmt"
	"os"

	"opinionc/internal/corpusreport"
)

func main() {
	dir := "../shared/itu-texts"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	texts, err := corpusreport.Texts(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if len(texts) == 0 {
		fmt.Fprintf(os.Stderr, "no *.txt texts in %s\n", dir)
		os.Exit(2)
	}
	fmt.Print(corpusreport.Format(texts))
}
