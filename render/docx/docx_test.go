package docx

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"opinionc/doc"
	"opinionc/housestyle"
)

// allDocs is every hand-made document, the awkward ones included.
func allDocs() []*doc.Document {
	return append(samples(), hostile(), deep(), many(), oddities(), &doc.Document{})
}

var wantParts = []string{
	"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
	"word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
	"word/settings.xml", "word/footnotes.xml", "word/header1.xml",
	"word/header2.xml", "word/footer1.xml", "word/footer2.xml",
}

func TestPartsWellFormed(t *testing.T) {
	for _, d := range allDocs() {
		p := open(t, render(t, d))
		if strings.Join(p.names, " ") != strings.Join(wantParts, " ") {
			t.Errorf("%s: parts %v, want %v", d.Name, p.names, wantParts)
		}
		for _, name := range p.names {
			wellFormed(t, d.Name+": "+name, p.parts[name])
		}
	}
}

func TestNilDocument(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	open(t, buf.Bytes())
}

func TestDeterministic(t *testing.T) {
	for _, d := range allDocs() {
		if a, b := render(t, d), render(t, d); !bytes.Equal(a, b) {
			t.Errorf("%s: two renders differ", d.Name)
		}
	}
}

func TestZipTimestampsFixed(t *testing.T) {
	p := open(t, render(t, samples()[0]))
	for _, f := range p.zip.File {
		if !f.Modified.Equal(fixedDate) {
			t.Errorf("%s: modified %v, want %v", f.Name, f.Modified, fixedDate)
		}
	}
	core := string(p.parts["docProps/core.xml"])
	if !strings.Contains(core, "1980-01-01T00:00:00Z") {
		t.Errorf("core.xml does not carry the fixed date:\n%s", core)
	}
	when := time.Date(2021, 12, 1, 10, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	if err := Render(&buf, samples()[0], Options{Date: when}); err != nil {
		t.Fatal(err)
	}
	p = open(t, buf.Bytes())
	if !p.zip.File[0].Modified.Equal(when) || !strings.Contains(string(p.parts["docProps/core.xml"]), "2021-12-01T10:00:00Z") {
		t.Errorf("Options.Date not used")
	}
}

func TestEveryLinkHasItsBookmark(t *testing.T) {
	for _, d := range allDocs() {
		p := open(t, render(t, d))
		marks := map[string]int{}
		var links []string
		for _, part := range []string{"word/document.xml", "word/footnotes.xml"} {
			for _, pa := range paragraphs(t, part, p.parts[part]) {
				for _, m := range pa.Bookmarks {
					marks[m]++
				}
				links = append(links, pa.Links...)
			}
		}
		for m, n := range marks {
			if n > 1 {
				t.Errorf("%s: bookmark %q placed %d times", d.Name, m, n)
			}
		}
		for _, l := range links {
			if marks[l] == 0 {
				t.Errorf("%s: hyperlink to %q has no bookmark", d.Name, l)
			}
		}
	}
}

var validBookmark = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,39}$`)

func TestBookmarkNames(t *testing.T) {
	for _, d := range allDocs() {
		p := open(t, render(t, d))
		for _, pa := range paragraphs(t, "document.xml", p.parts["word/document.xml"]) {
			for _, m := range pa.Bookmarks {
				if !validBookmark.MatchString(m) {
					t.Errorf("%s: invalid Word bookmark name %q", d.Name, m)
				}
			}
		}
	}
	// Each item and call of the corpus-like samples has its own bookmark,
	// named after its anchor.
	d := samples()[1]
	p := open(t, render(t, d))
	got := map[string]bool{}
	for _, pa := range paragraphs(t, "document.xml", p.parts["word/document.xml"]) {
		for _, m := range pa.Bookmarks {
			got[m] = true
		}
	}
	for _, want := range []string{"opinion_2_view_g_iv", "opinion_2_view", "opinion_2_noting_p1"} {
		if !got[want] {
			t.Errorf("no bookmark %s in %v", want, got)
		}
	}
}

func TestBookmarkName(t *testing.T) {
	for _, c := range []struct{ anchor, want string }{
		{"opinion-1.view.1", "opinion_1_view_1"},
		{"1st.a", "b1st_a"},
		{"", "b"},
		{"é.x", "b__x"}, // one rune, one underscore
		{strings.Repeat("a", 40), strings.Repeat("a", 40)},
	} {
		if got := bookmarkName(c.anchor); got != c.want {
			t.Errorf("bookmarkName(%q) = %q, want %q", c.anchor, got, c.want)
		}
	}
	long := bookmarkName(strings.Repeat("a", 41))
	if len(long) != 40 || !validBookmark.MatchString(long) || long == strings.Repeat("a", 40) {
		t.Errorf("long anchor gave %q", long)
	}
	m := newBookmarks()
	a, b := m.add("x.y"), m.add("x-y")
	if a == b || !validBookmark.MatchString(b) {
		t.Errorf("colliding anchors gave %q and %q", a, b)
	}
}

func TestEveryNoteRefHasItsFootnote(t *testing.T) {
	for _, d := range allDocs() {
		p := open(t, render(t, d))
		notes := map[string]string{}
		for _, pa := range paragraphs(t, "footnotes.xml", p.parts["word/footnotes.xml"]) {
			notes[pa.Footnote] += pa.Text
		}
		if _, ok := notes["-1"]; !ok {
			t.Errorf("%s: no separator footnote", d.Name)
		}
		if _, ok := notes["0"]; !ok {
			t.Errorf("%s: no continuation separator footnote", d.Name)
		}
		seen := map[string]bool{}
		for _, pa := range paragraphs(t, "document.xml", p.parts["word/document.xml"]) {
			for _, id := range pa.NoteRefs {
				if _, ok := notes[id]; !ok {
					t.Errorf("%s: footnote reference %s has no footnote", d.Name, id)
				}
				if seen[id] {
					t.Errorf("%s: footnote %s referenced twice", d.Name, id)
				}
				seen[id] = true
			}
		}
	}
	// The footnote holds its mark, a TAB and the text, in FootnoteText.
	d := samples()[2]
	p := open(t, render(t, d))
	var found bool
	for _, pa := range paragraphs(t, "footnotes.xml", p.parts["word/footnotes.xml"]) {
		if pa.Footnote == "1" {
			found = true
			if pa.Style != "FootnoteText" || pa.Text != "\t"+doc.PlainText(d.Notes[0].Content) {
				t.Errorf("footnote 1: style %q text %q", pa.Style, pa.Text)
			}
		}
	}
	if !found || !bytes.Contains(p.parts["word/footnotes.xml"], []byte("<w:footnoteRef/>")) {
		t.Errorf("footnote 1 missing or without its mark")
	}
}

// houseStyles are the ITU styles a document uses; styles.xml must define them.
var houseStyles = []string{"ResNo", "Restitle", "Normalaftertitle", "Call", "enumlev1", "FootnoteText"}

func TestHouseStylesDefinedAndUsed(t *testing.T) {
	d := samples()[1] // nested items, so enumlev1 too
	d.Notes = samples()[2].Notes
	d.Blocks[0].Items[0].Content = append(d.Blocks[0].Items[0].Content, noteRef(d.Notes[0]), ref("g) above", "view.g"))
	p := open(t, render(t, d))
	styles := string(p.parts["word/styles.xml"])
	defined := map[string]bool{}
	for _, m := range regexp.MustCompile(`w:styleId="([^"]+)"`).FindAllStringSubmatch(styles, -1) {
		defined[m[1]] = true
	}
	used := map[string]bool{}
	for _, part := range []string{"word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml"} {
		for _, pa := range paragraphs(t, part, p.parts[part]) {
			used[pa.Style] = true
			for _, r := range pa.Runs {
				if r.Style != "" {
					used[r.Style] = true
				}
			}
		}
	}
	for _, s := range append(houseStyles, "Normal", "enumlev2", "enumlev3", "Header", "Footer", "FootnoteReference", "Hyperlink", "Unagreed") {
		if !defined[s] {
			t.Errorf("styles.xml does not define %s", s)
		}
	}
	for _, s := range append(houseStyles, "Header", "Footer", "FootnoteReference", "Hyperlink", "Unagreed") {
		if !used[s] {
			t.Errorf("document does not use %s", s)
		}
	}
	for s := range used {
		if s != "" && !defined[s] {
			t.Errorf("document uses undefined style %q", s)
		}
	}
	if !strings.Contains(styles, `<w:lang w:val="en-GB"`) || !strings.Contains(styles, `w:ascii="Times New Roman"`) {
		t.Errorf("docDefaults lack en-GB or Times New Roman")
	}
	if !strings.Contains(styles, `<w:tab w:val="left" w:pos="794"/>`) {
		t.Errorf("Normal lacks the 794 tw label tab")
	}
}

// TestItemLayout checks what a reader sees of an item: the label, a TAB,
// the text; italic labels for preambular calls only; calls in Call style;
// nested items in enumlev styles; paragraphs without direct formatting.
func TestItemLayout(t *testing.T) {
	d := samples()[1]
	p := open(t, render(t, d))
	doc := string(p.parts["word/document.xml"])
	for _, direct := range []string{"<w:ind ", "<w:jc ", "<w:spacing ", "<w:sz "} {
		if strings.Contains(doc, direct) {
			t.Errorf("document.xml has direct formatting %s", direct)
		}
	}
	byStart := map[string]para{}
	for _, pa := range paragraphs(t, "document.xml", p.parts["word/document.xml"]) {
		byStart[pa.Text[:min(len(pa.Text), 12)]] = pa
	}
	check := func(start, style string, italicLabel bool) {
		t.Helper()
		pa, ok := byStart[start]
		if !ok {
			t.Errorf("no paragraph starting %q", start)
			return
		}
		if pa.Style != style {
			t.Errorf("%q: style %s, want %s", start, pa.Style, style)
		}
		if len(pa.Runs) < 2 || pa.Runs[1].Text != "\t" {
			t.Errorf("%q: label not followed by a TAB run", start)
			return
		}
		if pa.Runs[0].Italic != italicLabel {
			t.Errorf("%q: label italic %v, want %v", start, pa.Runs[0].Italic, italicLabel)
		}
		for _, r := range pa.Runs[2:] {
			if r.Italic && !strings.Contains(r.Text, "Strengthening") {
				t.Errorf("%q: item text %q is italic", start, r.Text)
			}
		}
	}
	check("e)\t[Resoluti", "Normal", true)
	check("d)\tthat all ", "Normal", false)
	check("g)\tthat the ", "Normal", false)
	check("iv)\tmoderniz", "enumlev1", false)
	if pa := byStart["is of the vi"]; pa.Style != "Call" {
		t.Errorf("call paragraph has style %q", pa.Style)
	}
	if pa := byStart["DRAFT OPINIO"]; pa.Style != "ResNo" {
		t.Errorf("heading paragraph has style %q", pa.Style)
	}
	if pa := byStart["the call by "]; pa.Style != "Normal" || len(pa.Runs) == 0 || strings.Contains(pa.Text, "\t") {
		t.Errorf("unlabelled item: %+v", pa)
	}
}

func TestEmphasisIsItalic(t *testing.T) {
	p := open(t, render(t, samples()[1]))
	for _, pa := range paragraphs(t, "document.xml", p.parts["word/document.xml"]) {
		for _, r := range pa.Runs {
			if strings.HasPrefix(r.Text, "Strengthening the role") && !r.Italic {
				t.Errorf("emphasis not italic: %q", r.Text)
			}
		}
	}
}

// TestBracketsKeptAndMarked: unagreed text keeps its brackets, nested
// ones included, and every run of it is in the Unagreed style.
func TestBracketsKeptAndMarked(t *testing.T) {
	d := samples()[1]
	p := open(t, render(t, d))
	want := "[endeavour to protect [personally identifiable information] [privacy] and mitigate vulnerabilities, and]"
	for _, pa := range paragraphs(t, "document.xml", p.parts["word/document.xml"]) {
		if !strings.Contains(pa.Text, "endeavour") {
			continue
		}
		var marked strings.Builder
		for _, r := range pa.Runs {
			if r.Style == styleUnagreed {
				marked.WriteString(r.Text)
			}
		}
		if marked.String() != want {
			t.Errorf("unagreed runs read %q, want %q", marked.String(), want)
		}
		return
	}
	t.Fatal("bracketed item not found")
}

func TestReferencesAreLinks(t *testing.T) {
	for i, want := range map[int][]string{
		0: {"opinion_1_recognizing_b", "opinion_1_view_1", "opinion_1_view_1"},
		4: {"opinion_5_invites_ms_1"},
	} {
		var got []string
		p := open(t, render(t, samples()[i]))
		for _, pa := range paragraphs(t, "document.xml", p.parts["word/document.xml"]) {
			got = append(got, pa.Links...)
			for _, r := range pa.Runs {
				if r.Link != "" && r.Style != styleHyperlink {
					t.Errorf("link run %q has style %q", r.Text, r.Style)
				}
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("opinion %d links %v, want %v", i+1, got, want)
		}
	}
}

// TestHostileText: markup characters in any string survive as text.
func TestHostileText(t *testing.T) {
	d := hostile()
	p := open(t, render(t, d))
	var all strings.Builder
	for _, part := range []string{"word/document.xml", "word/footnotes.xml"} {
		for _, pa := range paragraphs(t, part, p.parts[part]) {
			all.WriteString(pa.Text)
		}
	}
	for _, s := range []string{`<w:p>&amp; "quoted" 'apos' ]]> </w:t> &#0;`, "[" + "<w:p>", "note <w:p>", "tab\there"} {
		if !strings.Contains(all.String(), s) {
			t.Errorf("text %q lost; got %q", s, all.String())
		}
	}
	core := string(p.parts["docProps/core.xml"])
	if !strings.Contains(core, "DRAFT OPINION &lt;w:p&gt;&amp;amp;") {
		t.Errorf("title not escaped in core.xml:\n%s", core)
	}
}

func TestDocumentProperties(t *testing.T) {
	d := samples()[0]
	p := open(t, render(t, d))
	core := string(p.parts["docProps/core.xml"])
	for _, want := range []string{
		"<dc:title>DRAFT OPINION 1: Enabling environment for the development",
		"<dc:creator>opinionc</dc:creator>",
		"<dc:subject>ITU Draft Opinion</dc:subject>",
		"<dc:language>en-GB</dc:language>",
	} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s", want)
		}
	}
	header := string(p.parts["word/header1.xml"])
	if !strings.Contains(header, " PAGE ") || !strings.Contains(header, "DRAFT OPINION 1") {
		t.Errorf("header lacks the page number or heading:\n%s", header)
	}
	settings := string(p.parts["word/settings.xml"])
	if !strings.Contains(settings, `<w:footnote w:id="-1"/><w:footnote w:id="0"/>`) {
		t.Errorf("settings.xml lacks footnotePr")
	}
	doc := string(p.parts["word/document.xml"])
	if !strings.Contains(doc, `<w:pgSz w:w="11907" w:h="16840"/>`) {
		t.Errorf("page is not A4")
	}
	_ = housestyle.PageWidth
}
