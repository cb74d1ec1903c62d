package html

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"opinionc/doc"
	"opinionc/internal/corpus"
	"opinionc/internal/golden"
	"opinionc/internal/testtool"
)

func renderReport(t *testing.T, r *doc.Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := RenderReport(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// golden/report/wtpf21-report.html holds the report page; -update rewrites it.
func TestReportGolden(t *testing.T) {
	golden.Check(t, filepath.Join(testtool.Root(), "golden", "report", "wtpf21-report.html"), []byte(renderReport(t, corpus.Report(t))))
}

// The page's ids are unique, every internal link has a target, the
// contents link to every heading and Opinion, Table 1 is a table, and the
// footnotes are numbered 1, 2, 3 across the annex.
func TestReportStructure(t *testing.T) {
	r := corpus.Report(t)
	page := renderReport(t, r)
	seen := map[string]bool{}
	for _, id := range ids(page) {
		if seen[id] {
			t.Errorf("duplicate id %q", id)
		}
		seen[id] = true
	}
	for _, m := range internalHref.FindAllStringSubmatch(page, -1) {
		if !seen[m[1]] {
			t.Errorf("link to #%s has no target", m[1])
		}
	}
	toc := regexp.MustCompile(`(?s)<nav class="TOC".*?</nav>`).FindString(page)
	if n := strings.Count(toc, "<a href="); n != len(r.Headings())+1+len(r.Annex) {
		t.Errorf("contents has %d links, want %d", n, len(r.Headings())+1+len(r.Annex))
	}
	for _, d := range r.Annex {
		if !strings.Contains(toc, `href="#`+d.ID+`"`) {
			t.Errorf("contents do not link to %s", d.ID)
		}
	}
	if !strings.Contains(page, `<table class="Table"`) || strings.Count(page, "<tr>") != 22 ||
		!strings.Contains(page, `<caption class="Tabletitle">Table 1: Timetable`) {
		t.Error("Table 1 is not a table of 22 rows with its caption")
	}
	marks := regexp.MustCompile(`<span class="vh">footnote </span>(\d+)</a>`).FindAllStringSubmatch(page, -1)
	var nums []string
	for _, m := range marks {
		nums = append(nums, m[1])
	}
	if strings.Join(nums, ",") != "1,2,3" {
		t.Errorf("footnote marks %v, want 1,2,3", nums)
	}
	if strings.Count(page, "<h1") != 1 {
		t.Error("the page has more than one h1")
	}
}

func writeReport(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "wtpf21-report.html")
	if err := os.WriteFile(p, []byte(renderReport(t, corpus.Report(t))), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// vnu finds no error in the report page.
func TestReportValidHTML(t *testing.T) {
	java := testtool.Need(t, "java")
	jar := filepath.Join(testtool.NodeModules(t), "vnu-jar", "build", "dist", "vnu.jar")
	if _, err := os.Stat(jar); err != nil {
		testtool.Missing(t, "vnu.jar (npm ci --prefix tools/node)")
	}
	out, err := exec.Command(java, "-jar", jar, "--errors-only", "--format", "gnu", writeReport(t)).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("vnu found errors (%v):\n%s", err, out)
	}
}

// axe-core finds no serious violation in the report, and every internal
// link lands on its target.
func TestReportAccessibleInChromium(t *testing.T) {
	node := testtool.Need(t, "node")
	chromium := testtool.Need(t, "chromium")
	testtool.NodeModules(t)
	script := filepath.Join(testtool.Root(), "tools", "node", "axe-check.mjs")
	cmd := exec.Command(node, script, writeReport(t))
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	out, err := cmd.CombinedOutput()
	t.Logf("axe-check:\n%s", out)
	if err != nil {
		t.Errorf("axe-check failed (%v):\n%s", err, out)
	}
}
