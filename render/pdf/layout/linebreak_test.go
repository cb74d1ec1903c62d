package layout

import (
	"math"
	"math/rand"
	"strings"
	"testing"

	"opinionc/doc"
)

// paragraph builds the line-breaker items of a text in the regular face.
func paragraph(t *testing.T, text string, ragged bool) *builder {
	t.Helper()
	var fs faceSet
	for i := range fs {
		m, err := FaceMetrics(Face(i))
		if err != nil {
			t.Fatal(err)
		}
		fs[i] = m
	}
	b := &builder{ragged: ragged, faces: &fs}
	b.inlines([]doc.Inline{&doc.Text{Value: text}}, textStyle{face: Regular, size: 12})
	b.finish()
	return b
}

// lineRatios returns the adjustment ratio of every line but the last.
func lineRatios(items []item, breaks []int, width float64) []float64 {
	var rs []float64
	start := 0
	for _, end := range breaks[:len(breaks)-1] {
		for start < end && items[start].kind != box {
			start++
		}
		var w, y, z float64
		for i := start; i < end; i++ {
			if items[i].kind != penalty {
				w, y, z = w+items[i].width, y+items[i].stretch, z+items[i].shrink
			}
		}
		r := 0.0
		if w < width && y > 0 {
			r = (width - w) / y
		} else if w > width && z > 0 {
			r = (width - w) / z
		} else if w > width {
			r = math.Inf(-1)
		}
		rs = append(rs, r)
		start = end + 1
	}
	return rs
}

// On random paragraphs of real words, total fit never sets an overfull
// line, and its lines are on the whole no looser than first fit's.
func TestTotalFitBeatsFirstFit(t *testing.T) {
	words := strings.Fields("that the development and deployment of new and emerging telecommunication/ICT services " +
		"and technologies should consider building confidence and security in those services, " +
		"including women and girls, children and youth, older persons, persons with disabilities")
	rng := rand.New(rand.NewSource(1))
	const width = 442.0
	var sumTotal, sumFirst float64
	for n := 0; n < 200; n++ {
		var ws []string
		for k := 20 + rng.Intn(80); k > 0; k-- {
			ws = append(ws, words[rng.Intn(len(words))])
		}
		b := paragraph(t, strings.Join(ws, " "), false)
		p := breakParams{width: func(int) float64 { return width }, tolerance: 2}
		total := breakLines(b.items, p)
		if total == nil {
			p.tolerance = 12
			total = breakLines(b.items, p)
		}
		first := greedyLines(b.items, p)
		if total == nil || first == nil {
			t.Fatalf("paragraph %d: no breaks", n)
		}
		for _, r := range lineRatios(b.items, total, width) {
			if r < -1 {
				t.Fatalf("paragraph %d: total fit set an overfull line (ratio %.2f)", n, r)
			}
			sumTotal += math.Abs(r)
		}
		for _, r := range lineRatios(b.items, first, width) {
			sumFirst += math.Abs(r)
		}
	}
	t.Logf("sum of |ratio|: total fit %.1f, first fit %.1f", sumTotal, sumFirst)
	if sumTotal > sumFirst {
		t.Errorf("total fit is looser overall than first fit: %.1f > %.1f", sumTotal, sumFirst)
	}
}

// A no-break space never ends a line; a slash may.
func TestBreakOpportunities(t *testing.T) {
	b := paragraph(t, "Resolution\u00a071 telecommunication/ICT", false)
	// items: "Resolution", the tie (infinite penalty, glue), "71", …
	if b.items[0].kind != box || b.items[1].kind != penalty || b.items[1].penalty < infPenalty || b.items[2].kind != glue {
		t.Errorf("the no-break space is a break opportunity: %+v", b.items[:3])
	}
	if b.frags[0].space != '\u00a0' {
		t.Errorf("the no-break space is not drawn after its word")
	}
	slash := false
	for _, it := range b.items {
		if it.kind == penalty && it.penalty > 0 && it.penalty < infPenalty {
			slash = true
		}
	}
	if !slash {
		t.Error("no break opportunity after the slash")
	}
}
