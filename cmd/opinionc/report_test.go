package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/internal/testtool"
)

// build opinions/wtpf21-report.md writes the report in the three formats,
// byte for byte the same each time.
func TestBuildReport(t *testing.T) {
	src := filepath.Join(testtool.Root(), "opinions", "wtpf21-report.md")
	var first [][]byte
	for round := 0; round < 2; round++ {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"build", "-q", "-o", dir, src}, nil, &stdout, &stderr); code != exitOK {
			t.Fatalf("exit %d:\n%s", code, stderr.String())
		}
		for i, ext := range []string{".html", ".docx", ".pdf"} {
			data, err := os.ReadFile(filepath.Join(dir, "wtpf21-report"+ext))
			if err != nil {
				t.Fatal(err)
			}
			if round == 0 {
				first = append(first, data)
			} else if !bytes.Equal(first[i], data) {
				t.Errorf("%s differs between two builds", ext)
			}
		}
	}
}

// check on a report with a missing annex file reports it at its manifest
// line, exits 1, and build writes nothing.
func TestCheckReportMissingAnnex(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "r.md")
	if err := os.WriteFile(md, []byte("---\ntitle: T\nannex:\n  - gone.opinion\n---\n\n# 1. One\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", md}, nil, &stdout, &stderr); code != exitError {
		t.Errorf("check: exit %d, want %d", code, exitError)
	}
	if !strings.Contains(stderr.String(), md+":4:5: error: cannot read annex file gone.opinion") {
		t.Errorf("check output:\n%s", stderr.String())
	}
	out := filepath.Join(dir, "out")
	if code := run([]string{"build", "-o", out, md}, nil, &stdout, &stderr); code != exitError {
		t.Errorf("build: exit %d, want %d", code, exitError)
	}
	if _, err := os.Stat(filepath.Join(out, "r.pdf")); err == nil {
		t.Error("build wrote a report with errors")
	}
}

// An edit to one Opinion's source shows up in all three formats of the
// report on the next build, the report's Markdown untouched.
func TestReportFollowsOpinionEdit(t *testing.T) {
	testtool.Need(t, "pdftotext")
	dir := t.TempDir()
	srcDir := filepath.Join(testtool.Root(), "opinions")
	entries, err := os.ReadDir(srcDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(srcDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const was, now = "Digital literacy and skills for inclusive access", "Digital literacy and skills for inclusive access everywhere"
	op := filepath.Join(dir, "wtpf21-draft-opinion-3.opinion")
	data, err := os.ReadFile(op)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(was)) {
		t.Fatalf("%s no longer has the title %q", op, was)
	}
	if err := os.WriteFile(op, bytes.Replace(data, []byte(was), []byte(now), 1), 0o644); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-q", "-o", out, filepath.Join(dir, "wtpf21-report.md")}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr.String())
	}
	html, err := os.ReadFile(filepath.Join(out, "wtpf21-report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(html, []byte(now)) {
		t.Error("the HTML report does not have the edited title")
	}
	if doc := docxText(t, filepath.Join(out, "wtpf21-report.docx")); !strings.Contains(doc, now) {
		t.Error("the DOCX report does not have the edited title")
	}
	pdfText, err := exec.Command("pdftotext", "-enc", "UTF-8", filepath.Join(out, "wtpf21-report.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(strings.Fields(string(pdfText)), " "), now) {
		t.Error("the PDF report does not have the edited title")
	}
}

// docxText returns the text of a DOCX file's main document part, its runs
// joined.
func docxText(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var b strings.Builder
		dec := xml.NewDecoder(r)
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			if cd, ok := tok.(xml.CharData); ok {
				b.Write(cd)
			}
		}
		return b.String()
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}
