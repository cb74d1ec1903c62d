package importer

import (
	"strconv"

	"opinionc/internal/diag"
	"opinionc/internal/source"
)

// A File is one generated source file.
type File struct {
	Name string // e.g. "wtpf21-draft-opinion-1.opinion"
	Src  []byte // in canonical form
}

// An opinionPass is one step of the import of an Opinion. Passes run in the
// order of [passes]; each may rewrite lines, move text and report
// diagnostics.
type opinionPass func(op *opinion, diags *diag.List)

// passes is the import pipeline, run on each Opinion after the report has
// been cut up. A pass for damaged texts (footnotes at PDF page ends, markers
// glued to words, line-end hyphens) goes here.
var passes = []opinionPass{
	repairGlyphs,  // U+01E6 for a non-breaking hyphen
	pageFootnotes, // footnotes where a PDF page ended (standalone texts)
	moveFootnotes, // before tidy: definitions carry their own spacing
	tidyLines,
	gluedMarkers, // "countries1" → "countries[^1]", for page footnotes
	joinHyphens,  // "Secretary- General" → "Secretary-General" when certain
	splitRunTogether,
	classify,
	inferNesting,
}

// Import cuts the report in src (named filename in diagnostics) into one
// source file per Opinion of its Annex, in canonical form. When it finds no
// Opinion it reports an error at filename:1:1 and returns no files. It never
// panics.
func Import(filename string, src []byte) ([]File, diag.List) {
	var diags diag.List
	lines := splitLines(filename, src)
	for _, l := range lines {
		repairUTF8(l, &diags)
		dropBookmarks(l)
	}
	if op := standalone(lines); op != nil {
		for _, pass := range passes {
			pass(op, &diags)
		}
		return []File{{Name: textFileName(filename), Src: emit(op)}}, diags
	}
	ops := locate(lines)
	if len(ops) == 0 {
		diags.Errorf(source.Pos{File: filename, Line: 1, Col: 1}, "import-no-opinion",
			"no Opinion found: expected an Annex with headings like \"DRAFT OPINION 1: Title\"")
		return nil, diags
	}
	prefix := forum(filename, src)
	seen := map[string]int{}
	var files []File
	for _, op := range ops {
		for _, pass := range passes {
			pass(op, &diags)
		}
		name := fileName(prefix, op)
		if seen[name]++; seen[name] > 1 {
			heading := op.lines[0]
			diags.Warnf(heading.pos, "import-duplicate",
				"a second Opinion %s; writing it as %s", op.number, dup(name, seen[name]))
			name = dup(name, seen[name])
		}
		files = append(files, File{Name: name, Src: emit(op)})
	}
	return files, diags
}

// dup names the k-th Opinion with an already used file name.
func dup(name string, k int) string {
	const ext = ".opinion"
	return name[:len(name)-len(ext)] + "-" + strconv.Itoa(k) + ext
}
