package docx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/doc"
	"opinionc/internal/corpus"
	"opinionc/internal/testtool"
)

// reportPages stands in for the PDF's page numbers (the renderers do not
// import each other): the contents' cached numbers come from here.
func reportPages(r *doc.Report) map[string]int {
	pages := map[string]int{}
	for i, h := range r.Headings() {
		pages[r.Anchor(h.ID)] = 2 + i/4
	}
	pages[r.Anchor(doc.AnnexID)] = 10
	for i, d := range r.Annex {
		pages[d.ID] = 10 + 3*i
	}
	return pages
}

func renderReport(t *testing.T, r *doc.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := RenderReport(&buf, r, ReportOptions{PageNumbers: reportPages(r)}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// golden/report/docx/ holds the report's parts, pretty-printed.
func TestReportGolden(t *testing.T) {
	checkGoldenParts(t, renderReport(t, corpus.Report(t)), filepath.Join(testtool.Root(), "golden", "report", "docx"))
}

// The report has Word headings, a TOC field with an entry per heading and
// Opinion, each Opinion on a new page, Table 1 as a w:tbl, and footnotes
// 1, 2, 3 across the annex.
func TestReportStructure(t *testing.T) {
	r := corpus.Report(t)
	p := open(t, renderReport(t, r))
	body := string(p.parts["word/document.xml"])
	for _, part := range p.names {
		wellFormed(t, part, p.parts[part])
	}
	if n := strings.Count(body, `<w:pStyle w:val="Heading`); n != len(r.Headings()) {
		t.Errorf("%d heading paragraphs, want %d", n, len(r.Headings()))
	}
	if !strings.Contains(body, `TOC \o &#34;1-3&#34; \h \z \u`) && !strings.Contains(body, `TOC \o "1-3" \h \z \u`) {
		t.Error("no TOC field")
	}
	if n := strings.Count(body, "PAGEREF "); n != len(r.Headings())+1+len(r.Annex) {
		t.Errorf("%d contents entries, want %d", n, len(r.Headings())+1+len(r.Annex))
	}
	// Chapters, the annex and Opinions 2–5 start a page; Opinion 1 opens the annex's.
	if n := strings.Count(body, "<w:pageBreakBefore/>"); n != 2+len(r.Annex)-1 {
		t.Errorf("%d page breaks, want %d", n, 2+len(r.Annex)-1)
	}
	for _, d := range r.Annex {
		if !strings.Contains(body, `w:name="`+bookmarkName(d.ID)+`"`) {
			t.Errorf("no bookmark for %s", d.ID)
		}
	}
	if strings.Count(body, "<w:tbl>") != 1 || strings.Count(body, "<w:tr>") != 22 {
		t.Error("Table 1 is not one w:tbl of 22 rows")
	}
	var ids []string
	for _, para := range paragraphs(t, "word/document.xml", p.parts["word/document.xml"]) {
		ids = append(ids, para.NoteRefs...)
	}
	if strings.Join(ids, ",") != "1,2,3" {
		t.Errorf("footnote references %v, want 1,2,3", ids)
	}
}

// LibreOffice converts the report; its text comes back in order: the
// headings and numbered paragraphs of the chapters, then each Opinion's
// heading, calls and items, and the footnotes 1, 2 and 3.
func TestReportLibreOffice(t *testing.T) {
	testtool.Need(t, "soffice")
	testtool.Need(t, "pdftotext")
	r := corpus.Report(t)
	f := filepath.Join(t.TempDir(), "wtpf21-report.docx")
	if err := os.WriteFile(f, renderReport(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	text := squeeze(pdfText(t, testtool.LibreOfficePDF(t, []string{f})[0]))

	var want []string
	for _, part := range r.Chapters {
		switch x := part.(type) {
		case *doc.Heading:
			want = append(want, x.Number+corpus.Printed(x.Content))
		case *doc.Paragraph:
			want = append(want, x.Number+corpus.Printed(x.Content))
		case *doc.List:
			for _, it := range x.Items {
				want = append(want, it.Label+corpus.Printed(it.Content))
			}
		case *doc.Table:
			// Cells sit side by side, so their lines interleave in the
			// extracted text: the caption comes in order, each cell's words anywhere.
			want = append(want, corpus.Printed(x.Caption))
			for _, row := range x.Rows {
				for _, c := range row {
					for _, para := range c.Paras {
						for _, w := range strings.FieldsFunc(corpus.Printed(para), func(r rune) bool { return r == ' ' || r == '-' }) {
							if !strings.Contains(text, squeeze(w)) {
								t.Errorf("table word %q not in LibreOffice's PDF", w)
							}
						}
					}
				}
			}
		}
	}
	want = append(want, r.AnnexTitle)
	for _, d := range r.Annex {
		for _, n := range d.Notes {
			sq := squeeze(itoa(n.Number) + corpus.Printed(n.Content))
			if !strings.Contains(text, sq) {
				t.Errorf("footnote %d (%s) not in LibreOffice's PDF", n.Number, d.Name)
			}
			text = strings.Replace(text, sq, "", 1)
		}
		want = append(want, d.Heading, corpus.Printed(d.Title), corpus.Printed(d.Formula))
		d.Walk(func(b *doc.Block, it *doc.Item) {
			if it == b.Items[0] {
				want = append(want, b.Call)
			}
			want = append(want, it.Label+corpus.Printed(it.Content))
		})
	}
	rest := text
	for _, w := range want {
		sq := squeeze(w)
		at := strings.Index(rest, sq)
		if at < 0 {
			t.Errorf("%q not found in order in LibreOffice's PDF", w)
			continue
		}
		rest = rest[at+len(sq):]
	}
}
