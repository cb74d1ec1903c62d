// Command opinionc checks ITU Opinion texts and publishes them as PDF, DOCX
// and HTML in ITU house style.
//
//	opinionc build  [-o DIR] [--format html,docx,pdf] [--final] [-q] PATH...
//	opinionc check  [--final] [--format text|json|sarif] [--brackets] [--disable RULES] PATH...
//	opinionc fmt    [-w | -d] PATH...
//	opinionc import [-o DIR] FILE...
//	opinionc dump   PATH
//	opinionc version
//
// Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad usage or
// unreadable input.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// version is set by the linker (-X main.version=…); otherwise it comes from
// the module's build information.
var version = ""

const usage = `usage:
  opinionc build  [-o DIR] [--format html,docx,pdf] [--final] [-q] PATH...
  opinionc check  [--final] [--format text|json|sarif] [--brackets] [--disable RULES] PATH...
  opinionc fmt    [-w | -d] PATH...
  opinionc import [-o DIR] FILE...
  opinionc dump   PATH
  opinionc version
PATH is a source file (.opinion), a directory of them, or a report (.md).
`

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1 // the input has errors
	exitUsage = 2 // bad usage or unreadable input
)

// usageError is bad usage: exit status 2, with the usage text.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status. A panic anywhere
// below is turned into an internal-error message, never a stack trace.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "opinionc: internal error: %v\nplease report this with the input that caused it\n", r)
			status = exitUsage
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmds := map[string]func([]string, io.Writer, io.Writer) (int, error){
		"build":   cmdBuild,
		"check":   cmdCheck,
		"fmt":     cmdFmt,
		"import":  cmdImport,
		"dump":    cmdDump,
		"version": cmdVersion,
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
			fmt.Fprint(stdout, usage)
			return exitOK
		}
		fmt.Fprintf(stderr, "opinionc: unknown command %q\n%s", args[0], usage)
		return exitUsage
	}
	code, err := cmd(args[1:], stdout, stderr)
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "opinionc %s: %s\n%s", args[0], ue.msg, usage)
			return exitUsage
		}
		fmt.Fprintf(stderr, "opinionc %s: %s\n", args[0], err)
		return exitUsage
	}
	return code
}

// parseArgs parses flags that may come before, between or after paths.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usageError{err.Error()}
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func cmdVersion(args []string, stdout, _ io.Writer) (int, error) {
	if len(args) > 0 {
		return exitUsage, usageError{"version takes no arguments"}
	}
	fmt.Fprintf(stdout, "opinionc %s\n", versionString())
	return exitOK, nil
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
