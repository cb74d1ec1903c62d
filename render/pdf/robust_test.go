package pdf_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"opinionc/doc"
	"opinionc/render/pdf"
	"opinionc/render/pdf/layout"
)

// The same input gives the same bytes; only an explicit date changes them.
func TestDeterministic(t *testing.T) {
	for _, r := range renderCorpus(t) {
		var again bytes.Buffer
		if err := pdf.Render(&again, r.doc, pdf.Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), r.pdf) {
			t.Errorf("%s: two renderings differ", r.doc.Name)
		}
		if !bytes.Contains(r.pdf, []byte("/CreationDate(D:20211216000000+00'00')")) {
			t.Errorf("%s: no fixed creation date", r.doc.Name)
		}
	}
	d := renderCorpus(t)[0].doc
	var dated bytes.Buffer
	date := time.Unix(1700000000, 0)
	if err := pdf.Render(&dated, d, pdf.Options{Date: date}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(dated.Bytes(), []byte("/CreationDate(D:20231114221320+00'00')")) {
		t.Error("Options.Date is not the creation date")
	}
}

// Document information names the document and opinionc.
func TestDocumentInfo(t *testing.T) {
	r := renderCorpus(t)[0]
	for _, want := range []string{"/Title <FEFF", "/Subject <FEFF", "/Creator <FEFF" + utf16hex("opinionc") + ">"} {
		if !bytes.Contains(r.pdf, []byte(want)) {
			t.Errorf("no %s in the document information", want)
		}
	}
}

func utf16hex(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(strings.ToUpper(strconv.FormatInt(int64(r), 16)))
	}
	out := b.String()
	var pad strings.Builder
	for i := 0; i < len(out); i += 2 {
		pad.WriteString("00" + out[i:i+2])
	}
	return pad.String()
}

func text(s string) []doc.Inline { return []doc.Inline{&doc.Text{Value: s}} }

// No document makes the renderer fail or panic: empty documents, empty
// items, nesting ten deep, a word wider than the page, 10,000 items.
func TestOddDocuments(t *testing.T) {
	deep := &doc.Item{ID: "v.0", Label: "a)", Content: text("level 0")}
	cur := deep
	for i := 1; i <= 10; i++ {
		n := &doc.Item{ID: "v." + strconv.Itoa(i), Label: "i)", Level: i, Content: text(strings.Repeat("nested text ", 30))}
		cur.Items = []*doc.Item{n}
		cur = n
	}
	many := &doc.Block{ID: "many", Call: "invites Member States", Kind: doc.Operative}
	for i := 0; i < 10000; i++ {
		many.Items = append(many.Items, &doc.Item{ID: "many." + strconv.Itoa(i), Label: strconv.Itoa(i+1) + ".", Content: text("to consider item " + strconv.Itoa(i) + ";")})
	}
	note := &doc.Footnote{Number: 1, ID: "fn1", Content: text(strings.Repeat("a very long footnote ", 400))}
	docs := map[string]*doc.Document{
		"nil":         nil,
		"empty":       {},
		"empty items": {Heading: "OPINION 1", Blocks: []*doc.Block{{ID: "b", Call: "noting", Items: []*doc.Item{{}, {Label: "a)"}, nil}}, nil}},
		"deep":        {Heading: "OPINION 2", Blocks: []*doc.Block{{ID: "v", Call: "is of the view", Items: []*doc.Item{deep}}}},
		"wide word":   {Title: text(strings.Repeat("x", 400)), Formula: text("a " + strings.Repeat("W", 300) + " b")},
		"long note":   {Heading: "OPINION 3", Notes: []*doc.Footnote{note}, Blocks: []*doc.Block{{ID: "c", Call: "considering", Items: []*doc.Item{{ID: "c.a", Label: "a)", Content: []doc.Inline{&doc.Text{Value: "cited"}, &doc.NoteRef{Note: note}, &doc.NoteRef{}}}}}}},
		"dangling":    {Blocks: []*doc.Block{{ID: "r", Call: "recalling", Items: []*doc.Item{{ID: "r.a", Content: []doc.Inline{&doc.Ref{Targets: []string{"nowhere"}, Children: text("recalling ‘z’ above")}, &doc.Ref{}, &doc.Bracket{}, &doc.Emphasis{}}}}}}},
		"10000 items": {Heading: "DRAFT OPINION 4", Draft: true, Blocks: []*doc.Block{many}},
		"odd runes":   {Title: text("\u202f\u0000\U0001F600\u2011\u00ad\ufeff\t\u200b")},
	}
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := pdf.Render(&buf, d, pdf.Options{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) || !bytes.HasSuffix(buf.Bytes(), []byte("%%EOF\n")) {
				t.Fatal("not a complete PDF")
			}
			if d == nil {
				return
			}
			res, err := layout.Lay(d, layout.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkLines(t, name, res)
			if name == "long note" {
				// the note is longer than a page: it runs on, never lost
				if len(res.Pages) < 2 {
					t.Errorf("a footnote longer than a page is on %d page(s)", len(res.Pages))
				}
			}
		})
	}
}

// Renderings run concurrently (the command line builds files in parallel)
// and give the same bytes as one at a time.
func TestConcurrentRender(t *testing.T) {
	all := renderCorpus(t)
	errs := make(chan string, len(all)*2)
	done := make(chan bool)
	for k := 0; k < 2; k++ {
		for _, r := range all {
			go func() {
				var buf bytes.Buffer
				if err := pdf.Render(&buf, r.doc, pdf.Options{}); err != nil || !bytes.Equal(buf.Bytes(), r.pdf) {
					errs <- r.doc.Name
				}
				done <- true
			}()
		}
	}
	for range 2 * len(all) {
		<-done
	}
	close(errs)
	for name := range errs {
		t.Errorf("%s: concurrent rendering differs", name)
	}
}
