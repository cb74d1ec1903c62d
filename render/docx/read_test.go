package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"opinionc/doc"
)

// pkg is a rendered .docx: its parts in zip order.
type pkg struct {
	names []string
	parts map[string][]byte
	zip   *zip.Reader
}

func render(t testing.TB, d *doc.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, d, Options{}); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

func open(t testing.TB, data []byte) *pkg {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip file: %v", err)
	}
	p := &pkg{parts: map[string][]byte{}, zip: z}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		p.names = append(p.names, f.Name)
		p.parts[f.Name] = b
	}
	return p
}

// para is a paragraph of document.xml or footnotes.xml as a reader sees it.
type para struct {
	Style     string
	Text      string // w:t text, w:tab as "\t"
	Runs      []run
	Bookmarks []string
	Links     []string // hyperlink anchors
	NoteRefs  []string // footnoteReference ids
	Footnote  string   // id of the enclosing w:footnote, in footnotes.xml
}

type run struct {
	Text   string
	Italic bool
	Style  string
	Link   string // anchor of the enclosing hyperlink
}

// paragraphs decodes the paragraphs of a part with encoding/xml, failing
// the test if the part is not well-formed.
func paragraphs(t testing.TB, name string, data []byte) []para {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out []para
	var p *para
	var r *run
	var inText bool
	var link, footnote string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Space != nsW {
				continue
			}
			switch tok.Name.Local {
			case "footnote":
				footnote = attr(tok, "id")
			case "p":
				out = append(out, para{Footnote: footnote})
				p = &out[len(out)-1]
			case "pStyle":
				p.Style = attr(tok, "val")
			case "r":
				p.Runs = append(p.Runs, run{Link: link})
				r = &p.Runs[len(p.Runs)-1]
			case "rStyle":
				r.Style = attr(tok, "val")
			case "i":
				if r != nil && attr(tok, "val") != "0" {
					r.Italic = true
				}
			case "t":
				inText = true
			case "tab":
				if r != nil {
					r.Text += "\t"
					p.Text += "\t"
				}
			case "bookmarkStart":
				p.Bookmarks = append(p.Bookmarks, attr(tok, "name"))
			case "hyperlink":
				link = attr(tok, "anchor")
				p.Links = append(p.Links, link)
			case "footnoteReference":
				p.NoteRefs = append(p.NoteRefs, attr(tok, "id"))
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "t":
				inText = false
			case "r":
				r = nil
			case "hyperlink":
				link = ""
			case "p":
				p = nil
			}
		case xml.CharData:
			if inText && r != nil {
				r.Text += string(tok)
				p.Text += string(tok)
			}
		}
	}
	return out
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// wellFormed decodes a whole part, failing the test on any XML error.
func wellFormed(t testing.TB, name string, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
	}
}

// normalize collapses white space, for comparing text across consumers.
func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }
