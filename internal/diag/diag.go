// Package diag holds diagnostics: positioned messages from the parser, the
// checker and the command line, and their text, JSON and SARIF forms.
package diag

import (
	"fmt"
	"sort"

	"opinionc/internal/source"
)

// Severity of a diagnostic.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// A Diagnostic is one finding at a position.
type Diagnostic struct {
	Pos      source.Pos
	End      source.Pos // end of the offending span; or zero
	Severity Severity
	Rule     string // rule name, e.g. "ref-unresolved"; "syntax" for parse errors
	Msg      string
	Related  []source.Pos // secondary positions, e.g. candidate targets
}

func (d *Diagnostic) Error() string {
	return fmt.Sprintf("%s: %s: %s [%s]", d.Pos, d.Severity, d.Msg, d.Rule)
}

// List is a list of diagnostics.
type List []*Diagnostic

// Add appends a diagnostic.
func (l *List) Add(pos source.Pos, sev Severity, rule, format string, args ...any) *Diagnostic {
	d := &Diagnostic{Pos: pos, Severity: sev, Rule: rule, Msg: fmt.Sprintf(format, args...)}
	*l = append(*l, d)
	return d
}

// Errorf appends an error.
func (l *List) Errorf(pos source.Pos, rule, format string, args ...any) *Diagnostic {
	return l.Add(pos, Error, rule, format, args...)
}

// Warnf appends a warning.
func (l *List) Warnf(pos source.Pos, rule, format string, args ...any) *Diagnostic {
	return l.Add(pos, Warning, rule, format, args...)
}

// Sort orders the list by file, line, column, then message.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return l[i].Msg < l[j].Msg
	})
}

// HasErrors reports whether the list holds an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func (l List) Count() (errors, warnings int) {
	for _, d := range l {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}
