// Package report builds a [doc.Report] from a report source: a Markdown
// file whose front matter (the manifest) names the report's title, document
// number, date and the Opinion sources of its annex, and whose body holds the
// narrative chapters. The Markdown is parsed once, by goldmark with its table
// and footnote extensions, into the report's block model; each annex source
// is checked by package check. Footnotes are renumbered to run on through the
// whole report, and every document gets an anchor prefix of its own.
//
// The source format is described in docs/report.md.
package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/housestyle"
	"opinionc/internal/diag"
)

// Ext is the extension of report sources.
const Ext = ".md"

// Rule names of the report's own diagnostics.
const (
	ruleManifest = "report-manifest" // the front matter
	ruleAnnex    = "report-annex"    // an annex file that cannot be read
	ruleMarkdown = "report-markdown" // Markdown the report model does not hold
	ruleNote     = "note-undefined"
)

// Result is a built report with everything a command needs to report on it.
type Result struct {
	Report  *doc.Report // nil only when the source has no manifest
	Diags   diag.List   // sorted; positions point into the Markdown or the .opinion files
	Sources diag.Sources
}

// Load reads and builds the report at path. The error is for an unreadable
// report source only; unreadable annex files are diagnostics.
func Load(path string, opts check.Options) (*Result, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Build(path, src, os.ReadFile, opts), nil
}

// Build builds the report whose Markdown source is src. Annex files are
// named relative to the directory of path and read with read.
func Build(path string, src []byte, read func(string) ([]byte, error), opts check.Options) *Result {
	res := &Result{Sources: diag.Sources{path: src}}
	lines := newLineIndex(path, src)
	m := parseManifest(path, src, lines, &res.Diags)
	if m == nil {
		return res
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	r := &doc.Report{Name: name, ID: "report", Title: m.title, Symbol: m.symbol, Date: m.date,
		AnnexTitle: m.annexTitle, Lang: housestyle.Lang, Pos: m.pos}
	res.Report = r

	// Blank out the manifest so goldmark's offsets are the file's.
	body := bytes.Clone(src)
	for i := 0; i < m.end && i < len(body); i++ {
		if body[i] != '\n' {
			body[i] = ' '
		}
	}
	c := &converter{src: body, lines: lines, diags: &res.Diags, report: r}
	c.convert()

	dir := filepath.Dir(path)
	ids := map[string]bool{r.ID: true}
	for _, e := range m.annex {
		file := e.file
		if !filepath.IsAbs(file) {
			file = filepath.Join(dir, file)
		}
		data, err := read(file)
		if err != nil {
			res.Diags.Errorf(e.pos, ruleAnnex, "cannot read annex file %s: %v", e.file, unwrap(err))
			continue
		}
		res.Sources[file] = data
		d, diags := check.File(file, data, opts)
		res.Diags = append(res.Diags, diags...)
		if d == nil {
			continue
		}
		d.ID = unique(ids, d.ID)
		r.Annex = append(r.Annex, d)
	}
	if len(m.annex) == 0 {
		res.Diags.Warnf(m.pos, ruleManifest, "the report has no annex: list its Opinion files under \"annex:\"")
	}
	renumber(r)
	res.Diags.Sort()
	return res
}

// unique returns id, or id with a suffix, such that it is not in ids yet,
// and records it.
func unique(ids map[string]bool, id string) string {
	if id == "" {
		id = "doc"
	}
	u := id
	for n := 2; ids[u]; n++ {
		u = id + "-" + strconv.Itoa(n)
	}
	ids[u] = true
	return u
}

// renumber numbers footnotes on through the report: the chapters' notes,
// then each annex document's, in order of first citation.
func renumber(r *doc.Report) {
	n := 0
	for _, f := range r.Notes {
		n++
		f.Number = n
	}
	for _, d := range r.Annex {
		for _, f := range d.Notes {
			if f == nil {
				continue
			}
			n++
			f.Number = n
		}
	}
}

func unwrap(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
