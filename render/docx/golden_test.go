package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"opinionc/doc"
	"opinionc/internal/golden"
	"opinionc/internal/testtool"
)

// checkGolden compares every XML part of d's rendering, pretty-printed,
// with golden/docx/<name>/<part>.
func checkGolden(t *testing.T, d *doc.Document) {
	t.Helper()
	checkGoldenParts(t, render(t, d), filepath.Join(testtool.Root(), "golden", "docx", d.Name))
}

// checkGoldenParts compares every XML part of a .docx, pretty-printed, with
// the files under dir.
func checkGoldenParts(t *testing.T, data []byte, dir string) {
	t.Helper()
	p := open(t, data)
	if golden.Updating() {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
	}
	for _, part := range p.names {
		golden.Check(t, filepath.Join(dir, filepath.FromSlash(part)), indentXML(t, part, p.parts[part]))
	}
}

// node is an element of a part, for pretty-printing.
type node struct {
	start    xml.StartElement
	text     string // character data of a text-only element
	children []*node
}

// indentXML pretty-prints a part: one element per line, indented by depth,
// text-only elements (w:t) on one line so their text is never changed.
func indentXML(t *testing.T, name string, data []byte) []byte {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{}
	stack := []*node{root}
	var out bytes.Buffer
	for {
		tok, err := dec.RawToken() // keeps the namespace prefixes as written
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.ProcInst:
			out.WriteString("<?" + tok.Target + " " + string(tok.Inst) + "?>\n")
		case xml.StartElement:
			n := &node{start: tok.Copy()}
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.text += string(tok)
		}
	}
	for _, n := range root.children {
		n.print(&out, 0)
	}
	return out.Bytes()
}

func (n *node) print(out *bytes.Buffer, depth int) {
	out.WriteString(strings.Repeat("  ", depth))
	name := qname(n.start.Name)
	out.WriteString("<" + name)
	for _, a := range n.start.Attr {
		out.WriteString(" " + qname(a.Name) + `="`)
		_ = xml.EscapeText(out, []byte(a.Value))
		out.WriteString(`"`)
	}
	switch {
	case len(n.children) > 0:
		out.WriteString(">\n")
		for _, c := range n.children {
			c.print(out, depth+1)
		}
		out.WriteString(strings.Repeat("  ", depth) + "</" + name + ">\n")
	case n.text != "":
		out.WriteString(">")
		_ = xml.EscapeText(out, []byte(n.text))
		out.WriteString("</" + name + ">\n")
	default:
		out.WriteString("/>\n")
	}
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// TestGoldenHostile keeps the escaping of markup characters in view.
func TestGoldenHostile(t *testing.T) {
	d := hostile()
	d.Name = "hostile" // its own name is hostile too, and names the directory
	checkGolden(t, d)
}
