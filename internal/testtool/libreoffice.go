package testtool

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sofficeBatch is how many files one soffice call converts: LibreOffice
// silently stops after about 247 files and still exits 0.
const sofficeBatch = 200

// LibreOfficePDF converts .docx files to PDF with LibreOffice and returns
// the PDF paths, failing the test if any PDF is missing.
func LibreOfficePDF(t testing.TB, files []string) []string {
	t.Helper()
	soffice := Need(t, "soffice")
	out := t.TempDir()
	profile := "file://" + filepath.ToSlash(t.TempDir()) // private: parallel runs must not share one
	for start := 0; start < len(files); start += sofficeBatch {
		batch := files[start:min(start+sofficeBatch, len(files))]
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", out}, batch...)
		msg, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("soffice: %v\n%s", err, msg)
		}
	}
	var pdfs []string
	for _, f := range files {
		pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(f), ".docx")+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Fatalf("LibreOffice did not convert %s", f)
		}
		pdfs = append(pdfs, pdf)
	}
	return pdfs
}
