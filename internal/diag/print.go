package diag

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Sources maps file names to their contents, for quoting source lines.
type Sources map[string][]byte

// PrintText writes diagnostics as a compiler does: one line
// "FILE:LINE:COL: severity: message [rule]", then the source line and a caret.
func PrintText(w io.Writer, l List, src Sources) {
	var b bytes.Buffer
	for _, d := range l {
		fmt.Fprintf(&b, "%s\n", d.Error())
		if line, ok := sourceLine(src[d.Pos.File], d.Pos.Offset, d.Pos.Col); ok {
			fmt.Fprintf(&b, "    %s\n    %s^\n", line.text, line.pad)
		}
		for _, r := range d.Related {
			fmt.Fprintf(&b, "    %s: see here\n", r)
		}
	}
	w.Write(b.Bytes())
}

type quoted struct{ text, pad string }

// sourceLine returns the line holding offset, tabs expanded so the caret
// lines up, clipped to a readable width around the column.
func sourceLine(src []byte, offset, col int) (quoted, bool) {
	if src == nil || offset < 0 || offset > len(src) || col < 1 {
		return quoted{}, false
	}
	start := bytes.LastIndexByte(src[:offset], '\n') + 1
	end := bytes.IndexByte(src[offset:], '\n')
	if end < 0 {
		end = len(src)
	} else {
		end += offset
	}
	line := strings.TrimRight(string(src[start:end]), "\r")
	line = strings.ReplaceAll(line, "\t", " ")
	runes := []rune(line)
	c := col - 1
	if c > len(runes) {
		c = len(runes)
	}
	const width, before = 100, 40
	lo := 0
	if c > before && len(runes) > width {
		lo = c - before
	}
	hi := min(len(runes), lo+width)
	text := string(runes[lo:hi])
	if lo > 0 {
		text = "…" + text
	}
	if hi < len(runes) {
		text += "…"
	}
	pad := strings.Repeat(" ", c-lo)
	if lo > 0 {
		pad += " "
	}
	if !utf8.ValidString(text) {
		return quoted{}, false
	}
	return quoted{text, pad}, true
}

type jsonDiag struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Offset   int      `json:"offset"`
	Severity string   `json:"severity"`
	Rule     string   `json:"rule"`
	Message  string   `json:"message"`
	Related  []string `json:"related,omitempty"`
}

// PrintJSON writes diagnostics as a JSON array.
func PrintJSON(w io.Writer, l List) error {
	out := make([]jsonDiag, 0, len(l))
	for _, d := range l {
		j := jsonDiag{File: d.Pos.File, Line: d.Pos.Line, Col: d.Pos.Col, Offset: d.Pos.Offset,
			Severity: d.Severity.String(), Rule: d.Rule, Message: d.Msg}
		for _, r := range d.Related {
			j.Related = append(j.Related, r.String())
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// RuleInfo describes a rule for SARIF output.
type RuleInfo struct {
	Name, Summary string
	Error         bool
}

// PrintSARIF writes diagnostics as a SARIF 2.1.0 log, for code-scanning tools.
func PrintSARIF(w io.Writer, l List, rules []RuleInfo, version string) error {
	type msg struct {
		Text string `json:"text"`
	}
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
	}
	type physical struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region region `json:"region"`
	}
	type location struct {
		PhysicalLocation physical `json:"physicalLocation"`
	}
	type result struct {
		RuleID    string     `json:"ruleId"`
		Level     string     `json:"level"`
		Message   msg        `json:"message"`
		Locations []location `json:"locations"`
	}
	type rule struct {
		ID               string `json:"id"`
		ShortDescription msg    `json:"shortDescription"`
		DefaultConfig    struct {
			Level string `json:"level"`
		} `json:"defaultConfiguration"`
	}
	var rs []rule
	for _, r := range rules {
		x := rule{ID: r.Name, ShortDescription: msg{r.Summary}}
		x.DefaultConfig.Level = "warning"
		if r.Error {
			x.DefaultConfig.Level = "error"
		}
		rs = append(rs, x)
	}
	results := []result{}
	for _, d := range l {
		var loc location
		loc.PhysicalLocation.ArtifactLocation.URI = strings.ReplaceAll(d.Pos.File, "\\", "/")
		loc.PhysicalLocation.Region = region{StartLine: max(d.Pos.Line, 1), StartColumn: max(d.Pos.Col, 1)}
		results = append(results, result{RuleID: d.Rule, Level: d.Severity.String(), Message: msg{d.Msg}, Locations: []location{loc}})
	}
	log := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name": "opinionc", "version": version, "informationUri": "https://www.itu.int/", "rules": rs,
			}},
			"results": results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
