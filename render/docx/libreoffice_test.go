package docx

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/doc"
	"opinionc/housestyle"
	"opinionc/internal/corpus"
	"opinionc/internal/testtool"
)

// pdfText returns the text of a PDF's text block, without the running
// head and footer: the page is cropped to the margins. Layout mode keeps a
// short item's label on its line (reading order would list a column of
// labels apart from their text).
func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	pdftotext := testtool.Need(t, "pdftotext")
	top := int(housestyle.MarginTop.Pt()) - 10
	height := int(housestyle.PageHeight.Pt()) - 2*top
	out, err := exec.Command(pdftotext, "-layout", "-enc", "UTF-8", "-x", "0", "-y", fmt.Sprint(top),
		"-W", fmt.Sprint(int(housestyle.PageWidth.Pt())), "-H", fmt.Sprint(height), pdf, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext %s: %v\n%s", pdf, err, out)
	}
	return string(out)
}

// squeeze drops white space and hyphens and undoes ligatures, so text compares across
// line breaks and justified spacing.
func squeeze(s string) string {
	s = strings.NewReplacer("ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff", "ﬃ", "ffi", "ﬄ", "ffl").Replace(s)
	// pdftotext joins a word hyphenated at a line end, dropping its hyphen.
	s = strings.ReplaceAll(s, "-", "")
	return strings.Join(strings.Fields(s), "")
}

// expectedText lists what must appear in the PDF, in order: heading, title,
// formula, then each call and its items (label and text); and the
// footnotes, each as number and text.
func expectedText(d *doc.Document) (body []string, notes []string) {
	body = append(body, d.Heading, corpus.Printed(d.Title), corpus.Printed(d.Formula))
	for _, b := range d.Blocks {
		if b == nil {
			continue
		}
		body = append(body, b.Call)
		var walk func([]*doc.Item)
		walk = func(items []*doc.Item) {
			for _, it := range items {
				if it == nil {
					continue
				}
				body = append(body, it.Label+corpus.Printed(it.Content))
				walk(it.Items)
			}
		}
		walk(b.Items)
	}
	for i, f := range cited(d) {
		notes = append(notes, fmt.Sprint(i+1)+corpus.Printed(f.Content))
	}
	return body, notes
}

// cited lists the footnotes in the order of their first marker, as Word
// numbers them.
func cited(d *doc.Document) []*doc.Footnote {
	seen := map[*doc.Footnote]bool{}
	var out []*doc.Footnote
	// The main text only: Word numbers the markers of the body, not of
	// the footnotes themselves.
	walk := func(in []doc.Inline) {
		doc.InspectInlines(in, func(n doc.Inline) bool {
			if n, ok := n.(*doc.NoteRef); ok && n.Note != nil && !seen[n.Note] {
				seen[n.Note] = true
				out = append(out, n.Note)
			}
			return true
		})
	}
	walk(d.Title)
	walk(d.Formula)
	d.Walk(func(_ *doc.Block, it *doc.Item) { walk(it.Content) })
	return out
}

// TestLibreOfficeReadsEveryDocument converts every corpus document, and
// the awkward hand-made ones, with LibreOffice (one call) and checks that
// each PDF gives back every item's text in order, and every footnote.
func TestLibreOfficeReadsEveryDocument(t *testing.T) {
	testtool.Need(t, "soffice")
	testtool.Need(t, "pdftotext")
	docs := append(corpus.Load(t), samples()...)
	docs = append(docs, deep(), oddities(), hostile())
	dir := t.TempDir()
	var files []string
	for i, d := range docs {
		f := filepath.Join(dir, fmt.Sprintf("%02d-%s.docx", i, safeName(d.Name)))
		if err := os.WriteFile(f, render(t, d), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	pdfs := testtool.LibreOfficePDF(t, files)
	if dir := os.Getenv("DOCX_PDF_DIR"); dir != "" { // keep the PDFs to look at them
		for _, p := range pdfs {
			data, _ := os.ReadFile(p)
			_ = os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o644)
		}
	}
	for i, d := range docs {
		if d == docs[len(docs)-1] {
			break // hostile text is mangled on purpose (U+FFFD); converting it is the test
		}
		text := squeeze(pdfText(t, pdfs[i]))
		body, notes := expectedText(d)
		for _, n := range notes {
			sq := squeeze(n)
			if !strings.Contains(text, sq) {
				t.Errorf("%s: footnote %q not in the PDF", d.Name, n)
			}
			text = strings.Replace(text, sq, "", 1) // a note may sit inside an item split across pages
		}
		rest := text
		for _, want := range body {
			sq := squeeze(want)
			at := strings.Index(rest, sq)
			if at < 0 {
				t.Errorf("%s: %q not found in order in the PDF text", d.Name, want)
				continue
			}
			rest = rest[at+len(sq):]
		}
	}
}

// safeName keeps letters, digits and dashes of a document name for a file name.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, s)
}
