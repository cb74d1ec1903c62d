package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"opinionc/check"
	"opinionc/internal/diag"
	"opinionc/render/docx"
	"opinionc/render/html"
	"opinionc/render/pdf"
	"opinionc/report"
)

// A PATH ending in .md is a report source (docs/report.md): its manifest
// names the Opinion files of its annex.

// splitReports separates report sources from the other PATH arguments.
func splitReports(paths []string) (reports, rest []string) {
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), report.Ext) {
			reports = append(reports, p)
		} else {
			rest = append(rest, p)
		}
	}
	return reports, rest
}

// sourcePaths splits PATH arguments into report sources and the .opinion
// files that the other paths stand for.
func sourcePaths(paths []string) (reports, files []string, err error) {
	reports, rest := splitReports(paths)
	if len(rest) > 0 || len(reports) == 0 {
		if files, err = expand(rest); err != nil {
			return nil, nil, err
		}
	}
	return reports, files, nil
}

// checkReports builds each report and returns the diagnostics of its
// Markdown and of every Opinion it includes, with their sources.
func checkReports(paths []string, opts check.Options, stderr io.Writer) ([]*report.Result, diag.List, diag.Sources, int) {
	var all diag.List
	srcs := diag.Sources{}
	status := exitOK
	var results []*report.Result
	for _, p := range paths {
		res, err := report.Load(p, opts)
		if err != nil {
			fmt.Fprintf(stderr, "%s: cannot read: %v\n", p, unwrapPathError(err))
			status = exitUsage
			results = append(results, nil)
			continue
		}
		results = append(results, res)
		all = append(all, res.Diags...)
		for k, v := range res.Sources {
			srcs[k] = v
		}
	}
	return results, all, srcs, status
}

// buildReports builds each report into dir in the chosen formats (names
// as in --format). A report with errors gets no file.
func buildReports(paths []string, dir string, formatNames []string, opts check.Options, date time.Time, stderr io.Writer) int {
	results, all, srcs, status := checkReports(paths, opts, stderr)
	for i, res := range results {
		if res == nil || res.Report == nil || res.Diags.HasErrors() {
			continue
		}
		if err := writeReport(dir, paths[i], res, formatNames, date); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", paths[i], err)
			status = max(status, exitError)
		}
	}
	diag.PrintText(stderr, all, srcs)
	if all.HasErrors() {
		e, w := all.Count()
		fmt.Fprintf(stderr, "%d error(s), %d warning(s): nothing written for reports with errors\n", e, w)
		status = max(status, exitError)
	}
	return status
}

// writeReport renders every format in memory, concurrently, then writes
// each file atomically.
func writeReport(dir, path string, res *report.Result, formatNames []string, date time.Time) error {
	r := res.Report
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	outs := make([][]byte, len(formatNames))
	errs := make([]error, len(formatNames))
	parallel(len(formatNames), func(i int) {
		var buf bytes.Buffer
		var err error
		switch formatNames[i] {
		case "html":
			err = html.RenderReport(&buf, r, html.Options{})
		case "docx":
			var pages map[string]int
			if pages, err = pdf.ReportPages(r); err == nil {
				err = docx.RenderReport(&buf, r, docx.ReportOptions{Options: docx.Options{Date: date}, PageNumbers: pages})
			}
		case "pdf":
			err = pdf.RenderReport(&buf, r, pdf.Options{Date: date})
		}
		outs[i], errs[i] = buf.Bytes(), err
	})
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("%s: %v", formatNames[i], err)
		}
	}
	for i, f := range formatNames {
		if err := writeAtomic(filepath.Join(dir, name+"."+f), outs[i]); err != nil {
			return err
		}
	}
	return nil
}
