package main

import (
	"bytes"
	"os"
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
