package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"opinionc/doc"
	"opinionc/internal/diag"
	"opinionc/render/docx"
	"opinionc/render/html"
	"opinionc/render/pdf"
)

// A format is one output format and how to render it.
type format struct {
	ext    string
	render func(w io.Writer, d *doc.Document, date time.Time) error
}

var formats = map[string]format{
	"html": {".html", func(w io.Writer, d *doc.Document, _ time.Time) error { return html.Render(w, d, html.Options{}) }},
	"docx": {".docx", func(w io.Writer, d *doc.Document, t time.Time) error { return docx.Render(w, d, docx.Options{Date: t}) }},
	"pdf":  {".pdf", func(w io.Writer, d *doc.Document, t time.Time) error { return pdf.Render(w, d, pdf.Options{Date: t}) }},
}

var formatOrder = []string{"html", "docx", "pdf"}

func cmdBuild(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	var cf checkFlags
	cf.register(fs)
	outDir := fs.String("o", "out", "output directory")
	formatList := fs.String("format", strings.Join(formatOrder, ","), "comma-separated output formats: html, docx, pdf")
	quiet := fs.Bool("q", false, "print only diagnostics, no progress line")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage, err
	}
	var chosen []format
	var chosenNames []string
	for _, name := range strings.Split(*formatList, ",") {
		f, ok := formats[strings.TrimSpace(name)]
		if !ok {
			return exitUsage, usageError{fmt.Sprintf("unknown format %q: want html, docx or pdf", name)}
		}
		chosen = append(chosen, f)
		chosenNames = append(chosenNames, strings.TrimSpace(name))
	}
	opts, err := cf.options()
	if err != nil {
		return exitUsage, err
	}
	date, err := sourceDate()
	if err != nil {
		return exitUsage, err
	}
	reports, files, err := sourcePaths(paths)
	if err != nil {
		return exitUsage, err
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return exitUsage, err
	}

	// A build is a short batch job whose live heap is a few documents at a
	// time: collecting a quarter as often trades a little memory for time.
	defer debug.SetGCPercent(debug.SetGCPercent(400))

	prog := newProgress(stderr, len(files), *quiet)
	units := make([]*unit, len(files))
	writeErrs := make([]error, len(files))
	parallel(len(files), func(i int) {
		u := load(files[i], opts)
		units[i] = u
		if u.err == nil && !u.diags.HasErrors() {
			writeErrs[i] = writeOutputs(*outDir, u, chosen, date)
		}
		prog.done()
	})
	prog.finish()

	status := exitOK
	var all diag.List
	for i, u := range units {
		if u.err != nil {
			fmt.Fprintf(stderr, "%s: cannot read: %v\n", u.path, unwrapPathError(u.err))
			status = exitUsage
			continue
		}
		all = append(all, u.diags...)
		if writeErrs[i] != nil {
			fmt.Fprintf(stderr, "%s: %v\n", u.path, writeErrs[i])
			status = max(status, exitError)
		}
	}
	diag.PrintText(stderr, all, sources(units))
	if all.HasErrors() {
		e, w := all.Count()
		fmt.Fprintf(stderr, "%d error(s), %d warning(s): nothing written for files with errors\n", e, w)
		status = max(status, exitError)
	}
	if len(reports) > 0 {
		status = max(status, buildReports(reports, *outDir, chosenNames, opts, date, stderr))
	}
	return status, nil
}

// writeOutputs renders every format in memory first, then writes each file
// atomically, so an error leaves no half-written file behind.
func writeOutputs(dir string, u *unit, chosen []format, date time.Time) error {
	name := strings.TrimSuffix(filepath.Base(u.path), filepath.Ext(u.path))
	outs := make([][]byte, len(chosen))
	for i, f := range chosen {
		var buf bytes.Buffer
		if err := f.render(&buf, u.doc, date); err != nil {
			return fmt.Errorf("%s: %v", strings.TrimPrefix(f.ext, "."), err)
		}
		outs[i] = buf.Bytes()
	}
	for i, f := range chosen {
		if err := writeAtomic(filepath.Join(dir, name+f.ext), outs[i]); err != nil {
			return err
		}
	}
	return nil
}

// sourceDate is SOURCE_DATE_EPOCH as a time, or zero (each renderer's fixed
// date) when it is unset, so that builds are reproducible.
func sourceDate() (time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, usageError{fmt.Sprintf("SOURCE_DATE_EPOCH=%q is not a number of seconds", s)}
	}
	return time.Unix(n, 0).UTC(), nil
}

// progress shows "built N/M, K left, 1.2s" on a terminal.
type progress struct {
	w       io.Writer
	total   int
	n       atomic.Int64
	start   time.Time
	enabled bool
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	p := &progress{w: w, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok && !quiet && total > 1 {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.enabled = true
		}
	}
	return p
}

func (p *progress) done() {
	n := p.n.Add(1)
	if p.enabled {
		fmt.Fprintf(p.w, "\rbuilt %d/%d, %d left, %.1fs ", n, p.total, p.total-int(n), time.Since(p.start).Seconds())
	}
}

func (p *progress) finish() {
	if p.enabled {
		fmt.Fprintln(p.w)
	}
}
