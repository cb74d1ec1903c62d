package diag

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"opinionc/internal/source"
)

func TestPrintText(t *testing.T) {
	src := []byte("line one\n\tcafé [x] here\n")
	var l List
	l.Errorf(source.Pos{File: "f.opinion", Line: 2, Col: 7, Offset: 15}, "brackets-unbalanced", "square bracket [ is not closed")
	l.Warnf(source.Pos{File: "f.opinion", Line: 1, Col: 1}, "spelling-ize", "house style")
	l.Sort()
	var b bytes.Buffer
	PrintText(&b, l, Sources{"f.opinion": src})
	want := "f.opinion:1:1: warning: house style [spelling-ize]\n" +
		"    line one\n" +
		"    ^\n" +
		"f.opinion:2:7: error: square bracket [ is not closed [brackets-unbalanced]\n" +
		"     café [x] here\n" +
		"          ^\n"
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if !l.HasErrors() {
		t.Error("HasErrors false")
	}
	if e, w := l.Count(); e != 1 || w != 1 {
		t.Errorf("count %d errors %d warnings", e, w)
	}
}

// TestLongLine: a caret into a 10 MB line shows a clipped window around it.
func TestLongLine(t *testing.T) {
	src := []byte(strings.Repeat("x", 5000) + "!" + strings.Repeat("y", 5000))
	var l List
	l.Errorf(source.Pos{File: "f", Line: 1, Col: 5001, Offset: 5000}, "r", "here")
	var b bytes.Buffer
	PrintText(&b, l, Sources{"f": src})
	lines := strings.Split(b.String(), "\n")
	if len(lines[1]) > 200 {
		t.Fatalf("source line not clipped: %d bytes", len(lines[1]))
	}
	caret := strings.Index(lines[2], "^")
	if []rune(lines[1])[caret] != '!' {
		t.Errorf("caret at %q, want under '!'", string([]rune(lines[1])[caret]))
	}
}

func TestSARIF(t *testing.T) {
	var l List
	l.Warnf(source.Pos{File: `dir\f.opinion`, Line: 3, Col: 4}, "citation-format", "citation")
	var b bytes.Buffer
	if err := PrintSARIF(&b, l, []RuleInfo{{Name: "citation-format", Summary: "s"}}, "v1"); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string
		Runs    []struct {
			Results []struct {
				RuleID    string
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	r := log.Runs[0].Results[0]
	loc := r.Locations[0].PhysicalLocation
	if log.Version != "2.1.0" || r.RuleID != "citation-format" || r.Level != "warning" ||
		loc.ArtifactLocation.URI != "dir/f.opinion" || loc.Region.StartLine != 3 || loc.Region.StartColumn != 4 {
		t.Errorf("unexpected SARIF: %s", b.String())
	}
}
