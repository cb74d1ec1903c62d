package main

import (
	"io"
)

func cmdBuild(args []string, stdout, stderr io.Writer) (int, error) {
	return exitUsage, usageError{"build: not yet wired"}
}
