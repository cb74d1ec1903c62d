package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"opinionc/report"
	"os"

	"opinionc/grammar"
	"opinionc/internal/diag"
)

func cmdFmt(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("fmt", flag.ContinueOnError)
	write := fs.Bool("w", false, "rewrite files in place")
	diff := fs.Bool("d", false, "print a diff instead of the formatted text")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage, err
	}
	if *write && *diff {
		return exitUsage, usageError{"-w and -d exclude each other"}
	}
	if reports, _ := splitReports(paths); len(reports) > 0 {
		return exitUsage, usageError{fmt.Sprintf("%s: a report (%s) is Markdown; %s takes %s sources", reports[0], report.Ext, "fmt", SourceExt)}
	}
	files, err := expand(paths)
	if err != nil {
		return exitUsage, err
	}
	status := exitOK
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "%s: cannot read: %v\n", path, unwrapPathError(err))
			status = exitUsage
			continue
		}
		f, diags := grammar.Parse(path, src)
		if diags.HasErrors() {
			// Formatting a file that does not parse could lose text.
			diag.PrintText(stderr, diags, diag.Sources{path: src})
			status = max(status, exitError)
			continue
		}
		out := grammar.Format(f)
		switch {
		case *write:
			if !bytes.Equal(src, out) {
				if err := writeAtomic(path, out); err != nil {
					fmt.Fprintf(stderr, "%s: %v\n", path, err)
					status = exitUsage
				}
			}
		case *diff:
			if !bytes.Equal(src, out) {
				unifiedDiff(stdout, path, src, out)
			}
		default:
			stdout.Write(out)
		}
	}
	return status, nil
}

// unifiedDiff prints one hunk covering everything between the common prefix
// and suffix lines of a and b: linear in the size of the files.
func unifiedDiff(w io.Writer, name string, a, b []byte) {
	al, bl := splitLines(a), splitLines(b)
	pre := 0
	for pre < len(al) && pre < len(bl) && al[pre] == bl[pre] {
		pre++
	}
	suf := 0
	for suf < len(al)-pre && suf < len(bl)-pre && al[len(al)-1-suf] == bl[len(bl)-1-suf] {
		suf++
	}
	ctx := 3
	start := max(pre-ctx, 0)
	aEnd, bEnd := min(len(al)-suf+ctx, len(al)), min(len(bl)-suf+ctx, len(bl))
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "--- %s\n+++ %s (formatted)\n", name, name)
	fmt.Fprintf(&buf, "@@ -%d,%d +%d,%d @@\n", start+1, aEnd-start, start+1, bEnd-start)
	for _, l := range al[start:pre] {
		buf.WriteString(" " + l + "\n")
	}
	for _, l := range al[pre : len(al)-suf] {
		buf.WriteString("-" + l + "\n")
	}
	for _, l := range bl[pre : len(bl)-suf] {
		buf.WriteString("+" + l + "\n")
	}
	for _, l := range al[len(al)-suf : aEnd] {
		buf.WriteString(" " + l + "\n")
	}
	w.Write(buf.Bytes())
}

func splitLines(b []byte) []string {
	s := string(b)
	if s == "" {
		return nil
	}
	lines := bytes.Split([]byte(s), []byte("\n"))
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = string(l)
	}
	return out
}
