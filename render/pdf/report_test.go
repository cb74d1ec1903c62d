package pdf_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"opinionc/doc"
	"opinionc/internal/corpus"
	"opinionc/internal/golden"
	"opinionc/internal/testtool"
	"opinionc/render/pdf"
	"opinionc/render/pdf/layout"
)

// renderReport writes the report's PDF to a temporary file.
func renderReport(t *testing.T) (*doc.Report, string) {
	t.Helper()
	r := corpus.Report(t)
	var buf bytes.Buffer
	if err := pdf.RenderReport(&buf, r, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "wtpf21-report.pdf")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return r, p
}

// golden/report/wtpf21-report.pdf.txt holds the page count and every page
// as pdftotext -layout shows it.
func TestReportGolden(t *testing.T) {
	testtool.Need(t, "pdftotext")
	_, path := renderReport(t)
	golden.Check(t, filepath.Join(testtool.Root(), "golden", "report", "wtpf21-report.pdf.txt"), []byte(layoutText(t, path)))
}

// qpdf and pdffonts accept the report; pdftotext gives back each Opinion
// at the top of a page, every footnote (1, 2, 3) on the page citing it,
// and the contents with the page number of every Opinion.
func TestReportConsumers(t *testing.T) {
	testtool.Need(t, "qpdf")
	testtool.Need(t, "pdffonts")
	testtool.Need(t, "pdftotext")
	r, path := renderReport(t)
	if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	for _, ln := range strings.Split(strings.TrimSpace(run(t, "pdffonts", path)), "\n")[2:] {
		f := strings.Fields(ln)
		if f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
			t.Errorf("font not embedded, subset and mapped: %s", ln)
		}
	}
	pages := strings.Split(run(t, "pdftotext", "-enc", "UTF-8", path, "-"), "\f")
	start := map[string]int{} // heading → page (1-based)
	for i, p := range pages {
		body := strings.TrimLeft(p, "\n")
		if first, rest, ok := strings.Cut(body, "\n"); ok && first == strconv.Itoa(i+1) {
			body = strings.TrimLeft(rest, "\n")
		}
		for _, d := range r.Annex {
			if strings.HasPrefix(body, d.Heading+":") || strings.HasPrefix(body, d.Heading+"\n") {
				start[d.Heading] = i + 1
			}
		}
		if strings.HasPrefix(body, "ANNEX: DRAFT OPINIONS") {
			start["annex"] = i + 1
			if !strings.Contains(body, r.Annex[0].Heading) {
				t.Error("Opinion 1 does not open the annex's page")
			}
			start[r.Annex[0].Heading] = i + 1
		}
	}
	contents := normalise(pages[0]) + " "
	for _, d := range r.Annex {
		n, ok := start[d.Heading]
		if !ok {
			t.Errorf("%s does not start a page", d.Heading)
			continue
		}
		entry := normalise(d.FullTitle())
		at := strings.Index(contents, entry)
		if at < 0 || !strings.HasPrefix(strings.TrimLeft(contents[at+len(entry):], " ."), strconv.Itoa(n)+" ") {
			t.Errorf("contents do not give page %d for %s", n, d.Heading)
		}
	}
	num := 0
	for _, d := range r.Annex {
		for _, n := range d.Notes {
			num++
			if n.Number != num {
				t.Errorf("%s: footnote numbered %d, want %d", d.Name, n.Number, num)
			}
			note := normalise(strconv.Itoa(n.Number) + " " + corpus.Printed(n.Content))
			for _, p := range pages {
				if strings.Contains(normalise(p), note) && !strings.Contains(normalise(p), "countries"+strconv.Itoa(n.Number)) {
					t.Errorf("footnote %d is not on the page citing it", n.Number)
				}
			}
		}
	}
	if num != 3 {
		t.Errorf("%d footnotes, want 3", num)
	}
}

// The outline is the report's structure: the contents, each chapter with
// its sections under it, and the annex with the five Draft Opinions under
// it, each leading to the page the Opinion starts on.
func TestReportOutline(t *testing.T) {
	testtool.Need(t, "qpdf")
	testtool.Need(t, "pdftotext")
	r, path := renderReport(t)
	outline := readOutline(t, path)

	// The expected tree, from the report's headings and their levels.
	type want struct {
		title string
		kids  []string
	}
	var top []want
	for _, h := range r.Headings() {
		if h.Level <= 1 || len(top) == 0 {
			top = append(top, want{title: h.Text()})
			continue
		}
		top[len(top)-1].kids = append(top[len(top)-1].kids, h.Text())
	}
	top = append([]want{{title: "Contents"}}, top...)
	annex := want{title: r.AnnexTitle}
	for _, d := range r.Annex {
		annex.kids = append(annex.kids, d.FullTitle())
	}
	top = append(top, annex)

	if len(outline) != len(top) {
		t.Fatalf("outline top level %q, want %d entries", titles(outline), len(top))
	}
	for i, w := range top {
		e := outline[i]
		if e.Title != w.title {
			t.Errorf("outline entry %d is %q, want %q", i, e.Title, w.title)
		}
		if got := flatTitles(e.Kids); strings.Join(got, "|") != strings.Join(w.kids, "|") {
			t.Errorf("under %q: %q, want %q", w.title, got, w.kids)
		}
	}
	last := outline[len(outline)-1]
	if !last.Open {
		t.Errorf("the annex entry is closed: its Opinions do not show")
	}
	pages := strings.Split(run(t, "pdftotext", "-enc", "UTF-8", path, "-"), "\f")
	for i, e := range last.Kids {
		if e.Page < 1 || e.Page > len(pages) || !strings.Contains(pages[e.Page-1], r.Annex[i].Heading) {
			t.Errorf("%q leads to page %d, which does not hold the Opinion's heading %q", e.Title, e.Page, r.Annex[i].Heading)
		}
	}
}

// flatTitles lists the titles of entries and of all entries under them, in
// reading order.
func flatTitles(entries []outlineEntry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Title)
		out = append(out, flatTitles(e.Kids)...)
	}
	return out
}

// Table 1 is a real table: a grid of ruled cells, the dates in the first
// column and the activities in the second.
func TestReportTable(t *testing.T) {
	r := corpus.Report(t)
	res, err := layout.LayReport(r, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	strokes := 0
	var dateX, textX float64
	for _, p := range res.Pages {
		strokes += len(p.Strokes)
		for _, run := range p.Runs {
			if strings.HasPrefix(run.Text, "August,") && dateX == 0 {
				dateX = run.X
			}
			if strings.HasPrefix(run.Text, "Deadline") && textX == 0 {
				textX = run.X
			}
		}
	}
	// Each of 22 rows: top, bottom and three vertical rules.
	if strokes != 22*5 {
		t.Errorf("%d table rules, want %d", strokes, 22*5)
	}
	if !(dateX > 0 && textX > dateX+50) {
		t.Errorf("columns: dates at x=%.1f, activities at x=%.1f", dateX, textX)
	}
}
