package main

import (
	"flag"
	"fmt"
	"io"
	"opinionc/report"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/internal/diag"
)

func cmdDump(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("dump", flag.ContinueOnError)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage, err
	}
	if len(paths) != 1 {
		return exitUsage, usageError{"dump takes exactly one PATH"}
	}
	if reports, _ := splitReports(paths); len(reports) > 0 {
		return exitUsage, usageError{fmt.Sprintf("%s: a report (%s) is Markdown; %s takes %s sources", reports[0], report.Ext, "dump", SourceExt)}
	}
	files, err := expand(paths)
	if err != nil {
		return exitUsage, err
	}
	units := loadAll(files, check.Options{})
	status := exitOK
	for _, u := range units {
		if u.err != nil {
			fmt.Fprintf(stderr, "%s: cannot read: %v\n", u.path, unwrapPathError(u.err))
			status = exitUsage
			continue
		}
		diag.PrintText(stderr, u.diags, diag.Sources{u.path: u.src})
		if u.diags.HasErrors() {
			status = max(status, exitError)
		}
		out, err := doc.JSON(u.doc)
		if err != nil {
			return exitUsage, err
		}
		stdout.Write(append(out, '\n'))
	}
	return status, nil
}
