package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"opinionc/importer"
	"opinionc/internal/diag"
)

func cmdImport(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	out := fs.String("o", ".", "directory to write the source files to")
	files, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage, err
	}
	if len(files) == 0 {
		return exitUsage, usageError{"no FILE given"}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
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
		results, diags := importer.Import(path, src)
		diag.PrintText(stderr, diags, diag.Sources{path: src})
		if diags.HasErrors() {
			status = max(status, exitError)
			continue
		}
		for _, f := range results {
			dst := filepath.Join(*out, f.Name)
			if err := writeAtomic(dst, f.Src); err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", dst, err)
				status = exitUsage
				continue
			}
			fmt.Fprintln(stdout, dst)
		}
	}
	return status, nil
}
