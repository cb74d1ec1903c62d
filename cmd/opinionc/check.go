package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/internal/diag"
)

// checkFlags are the options that check and build share.
type checkFlags struct {
	final   bool
	disable string
}

func (c *checkFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&c.final, "final", false, "square-bracketed text is an error")
	fs.StringVar(&c.disable, "disable", "", "comma-separated rules to switch off")
}

func (c *checkFlags) options() (check.Options, error) {
	disabled, bad := check.ParseRuleList(c.disable)
	if bad != "" {
		return check.Options{}, usageError{fmt.Sprintf("unknown rule %q; rules are: %s", bad, strings.Join(check.RuleNames(), ", "))}
	}
	return check.Options{Final: c.final, Disabled: disabled}, nil
}

func cmdCheck(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	var cf checkFlags
	cf.register(fs)
	format := fs.String("format", "text", "diagnostics format: text, json or sarif")
	brackets := fs.Bool("brackets", false, "list every square-bracketed span")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage, err
	}
	if *format != "text" && *format != "json" && *format != "sarif" {
		return exitUsage, usageError{fmt.Sprintf("unknown --format %q: want text, json or sarif", *format)}
	}
	opts, err := cf.options()
	if err != nil {
		return exitUsage, err
	}
	reports, files, err := sourcePaths(paths)
	if err != nil {
		return exitUsage, err
	}
	units := loadAll(files, opts)
	results, all, srcs, status := checkReports(reports, opts, stderr)
	for _, u := range units {
		if u.err != nil {
			fmt.Fprintf(stderr, "%s: cannot read: %v\n", u.path, unwrapPathError(u.err))
			status = exitUsage
			continue
		}
		all = append(all, u.diags...)
	}
	if *brackets {
		for _, u := range units {
			if u.doc != nil {
				listBrackets(stdout, u.doc)
			}
		}
		for _, res := range results {
			if res != nil && res.Report != nil {
				for _, d := range res.Report.Annex {
					listBrackets(stdout, d)
				}
			}
		}
	}
	for k, v := range sources(units) {
		srcs[k] = v
	}
	switch *format {
	case "json":
		diag.PrintJSON(stdout, all)
	case "sarif":
		var rules []diag.RuleInfo
		for _, r := range check.Rules {
			rules = append(rules, diag.RuleInfo{Name: r.Name, Summary: r.Summary, Error: r.Error})
		}
		diag.PrintSARIF(stdout, all, rules, versionString())
	default:
		diag.PrintText(stderr, all, srcs)
		if e, w := all.Count(); e+w > 0 {
			fmt.Fprintf(stderr, "%d error(s), %d warning(s) in %d file(s)\n", e, w, len(srcs))
		}
	}
	if status == exitOK && all.HasErrors() {
		status = exitError
	}
	return status, nil
}

// listBrackets prints every outermost square-bracketed span: what is still
// open before a meeting.
func listBrackets(w io.Writer, d *doc.Document) {
	d.Inspect(func(n doc.Inline) bool {
		switch n := n.(type) {
		case *doc.Bracket:
			fmt.Fprintf(w, "%s: %s\n", n.Pos, doc.PlainText([]doc.Inline{n}))
			return false // its nested brackets are in the text printed
		case *doc.Ref:
			return false // a reference holds no brackets of its own
		}
		return true
	})
}
