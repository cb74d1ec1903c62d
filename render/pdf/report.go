package pdf

import (
	"bytes"
	"fmt"
	"io"

	"github.com/signintech/gopdf"

	"opinionc/doc"
	"opinionc/render/pdf/layout"
)

// RenderReport writes a whole report as one PDF to w: cover block, table of
// contents with page numbers, chapters, and the annex with each Opinion on
// a new page. The outline is the report's structure: the contents, each
// chapter with its sections under it, and the annex with each Opinion
// under it. Nothing is written when it fails.
func RenderReport(w io.Writer, r *doc.Report, opts Options) error {
	if r == nil {
		r = &doc.Report{ID: "report"}
	}
	res, err := layReport(r)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := drawResult(&buf, res, reportInfo(r, opts)); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// ReportPages returns the page (1-based) on which each anchor of the
// report is set in its PDF: what a DOCX table of contents shows as cached
// page numbers. Keys are chapter anchors (doc.Report.Anchor), the ID of
// each annex document, and each document anchor (doc.Document.Anchor).
func ReportPages(r *doc.Report) (map[string]int, error) {
	res, err := layReport(r)
	if err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return layout.PageNumbers(res), nil
}

func layReport(r *doc.Report) (*layout.Result, error) {
	mark := false
	for _, d := range r.Annex {
		mark = mark || d != nil && d.Draft
	}
	return layout.LayReport(r, layout.Options{MarkBrackets: mark})
}

func reportInfo(r *doc.Report, opts Options) gopdf.PdfInfo {
	date := opts.Date
	if date.IsZero() {
		date = FixedDate
	}
	subject := "Report"
	if r.Symbol != "" {
		subject = "Document " + r.Symbol
	}
	return gopdf.PdfInfo{
		Title:        r.Title,
		Subject:      subject,
		Creator:      "opinionc",
		Producer:     "opinionc (gopdf)",
		CreationDate: date.UTC(),
	}
}
