package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"opinionc/internal/corpus"
	"opinionc/internal/testtool"
	"opinionc/render/docx"
	"opinionc/render/pdf"
)

// TestLayoutAgreesWithLibreOffice sets each corpus Opinion twice, with our
// own PDF layout and by LibreOffice from our DOCX. Both use the same metrics
// (Liberation Serif for Times New Roman) and the same house-style figures,
// so they must agree on the page count: a disagreement means one format's
// page, margins, spacing or keep rules drifted from house style.
func TestLayoutAgreesWithLibreOffice(t *testing.T) {
	pdfinfo := testtool.Need(t, "pdfinfo")
	dir := t.TempDir()
	var docxFiles, ours []string
	for _, d := range corpus.LoadBuildable(t) {
		var w, p bytes.Buffer
		if err := docx.Render(&w, d, docx.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := pdf.Render(&p, d, pdf.Options{}); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, d.Name)
		if err := os.WriteFile(name+".docx", w.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name+".pdf", p.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		docxFiles = append(docxFiles, name+".docx")
		ours = append(ours, name+".pdf")
	}
	theirs := testtool.LibreOfficePDF(t, docxFiles)
	for i := range ours {
		a, b := pages(t, pdfinfo, ours[i]), pages(t, pdfinfo, theirs[i])
		t.Logf("%s: %d pages ours, %d LibreOffice's", filepath.Base(ours[i]), a, b)
		if a != b {
			t.Errorf("%s: our PDF has %d pages, LibreOffice sets our DOCX on %d", filepath.Base(ours[i]), a, b)
		}
	}
}

func pages(t *testing.T, pdfinfo, file string) int {
	t.Helper()
	out, err := exec.Command(pdfinfo, file).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", file, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("pdfinfo %s: no page count", file)
	return 0
}

// TestReportPagesAgreeWithLibreOffice: LibreOffice sets the report's DOCX on
// as many pages as our PDF, with every Opinion starting on the same page.
// The DOCX contents carry page numbers from our layout, so this is what
// makes them right when the file is opened.
func TestReportPagesAgreeWithLibreOffice(t *testing.T) {
	pdfinfo := testtool.Need(t, "pdfinfo")
	testtool.Need(t, "pdftotext")
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	src := filepath.Join(testtool.Root(), "opinions", "wtpf21-report.md")
	if code := run([]string{"build", "-q", "--format", "docx,pdf", "-o", dir, src}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr.String())
	}
	ours := filepath.Join(dir, "wtpf21-report.pdf")
	theirs := testtool.LibreOfficePDF(t, []string{filepath.Join(dir, "wtpf21-report.docx")})[0]
	if a, b := pages(t, pdfinfo, ours), pages(t, pdfinfo, theirs); a != b {
		t.Errorf("our PDF has %d pages, LibreOffice sets our DOCX on %d", a, b)
	}
	var headings []string
	for _, d := range corpus.Report(t).Annex {
		headings = append(headings, d.Heading)
	}
	a, b := startPages(t, ours, headings), startPages(t, theirs, headings)
	for i, h := range headings {
		if a[i] == 0 || a[i] != b[i] {
			t.Errorf("%s starts on page %d of our PDF, page %d in LibreOffice", h, a[i], b[i])
		}
	}
}

// startPages returns the first page (from 1) of file on which each heading
// stands as a line of its own; 0 if none.
func startPages(t *testing.T, file string, headings []string) []int {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", file, err)
	}
	found := make([]int, len(headings))
	for p, page := range strings.Split(string(out), "\f") {
		for _, line := range strings.Split(page, "\n") {
			for i, h := range headings {
				if found[i] == 0 && strings.TrimSpace(line) == h {
					found[i] = p + 1
				}
			}
		}
	}
	return found
}
