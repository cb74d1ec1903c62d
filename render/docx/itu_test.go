package docx

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"path/filepath"
	"testing"

	"opinionc/internal/testtool"
)

// styleDef is what we compare of a paragraph style.
type styleDef struct {
	ID   string `xml:"styleId,attr"`
	Name struct {
		Val string `xml:"val,attr"`
	} `xml:"name"`
	BasedOn struct {
		Val string `xml:"val,attr"`
	} `xml:"basedOn"`
	Ind *struct {
		Left    string `xml:"left,attr"`
		Hanging string `xml:"hanging,attr"`
	} `xml:"pPr>ind"`
}

func readStyles(t *testing.T, data []byte) map[string]styleDef {
	t.Helper()
	var s struct {
		Styles []styleDef `xml:"style"`
	}
	if err := xml.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	m := map[string]styleDef{}
	for _, st := range s.Styles {
		m[st.ID] = st
	}
	return m
}

// indent resolves a style's indent through its basedOn chain.
func indent(m map[string]styleDef, id string) (left, hanging string) {
	for i := 0; i < 10 && id != ""; i++ {
		st := m[id]
		if st.Ind != nil {
			if left == "" {
				left = st.Ind.Left
			}
			if hanging == "" {
				hanging = st.Ind.Hanging
			}
		}
		id = st.BasedOn.Val
	}
	return left, hanging
}

// TestStylesMatchITU compares our styles with ITU's own, as published in
// WTSA-16 Resolution 1: same style ids and names, same indents for the
// calls, enumerations and footnotes.
func TestStylesMatchITU(t *testing.T) {
	z, err := zip.OpenReader(filepath.Join(testtool.Shared(t), "itu-docx", "wtsa16-res1.docx"))
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var witness []byte
	for _, f := range z.File {
		if f.Name == "word/styles.xml" {
			r, _ := f.Open()
			witness, _ = io.ReadAll(r)
			r.Close()
		}
	}
	itu := readStyles(t, witness)
	ours := readStyles(t, open(t, render(t, samples()[0])).parts["word/styles.xml"])
	for _, id := range []string{"Normal", "ResNo", "Restitle", "Resref", "Normalaftertitle", "Call",
		"enumlev1", "enumlev2", "enumlev3", "Note", "Figure", "FootnoteText", "FootnoteReference", "Header", "Footer", "Hyperlink"} {
		o, ok := ours[id]
		if !ok {
			t.Errorf("we do not define %s", id)
			continue
		}
		i, ok := itu[id]
		if !ok {
			t.Errorf("ITU does not define %s", id)
			continue
		}
		if o.Name.Val != i.Name.Val {
			t.Errorf("%s: name %q, ITU's is %q", id, o.Name.Val, i.Name.Val)
		}
	}
	for _, id := range []string{"Call", "enumlev1", "enumlev2", "enumlev3", "FootnoteText"} {
		ol, oh := indent(ours, id)
		il, ih := indent(itu, id)
		if ol != il || oh != ih {
			t.Errorf("%s: indent left %s hanging %s, ITU's is left %s hanging %s", id, ol, oh, il, ih)
		}
	}
}
