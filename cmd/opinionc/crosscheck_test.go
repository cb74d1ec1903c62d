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
