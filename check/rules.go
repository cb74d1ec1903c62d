package check

import (
	"sort"
	"strings"
)

// Rule describes one named check. Every rule can be switched off with
// `--disable NAME` or a `%% opinionc:disable NAME` line in the source;
// syntax errors cannot.
type Rule struct {
	Name    string
	Error   bool // an error (the document is wrong) rather than a warning (house style)
	Summary string
}

// Rules lists every rule the checker knows.
var Rules = []Rule{
	{"syntax", true, "the source does not parse"},
	{"structure", true, "a paragraph outside any call, or a document with no heading"},
	{"ref-unresolved", true, "a cross-reference names a call or label that does not exist"},
	{"ref-direction", true, "a cross-reference says above for a target below, or below for one above"},
	{"ref-ambiguous", true, "a cross-reference could name items of two blocks"},
	{"label-duplicate", true, "the same label twice in one call"},
	{"brackets-unbalanced", true, "a square bracket without its partner"},
	{"brackets-final", true, "square-bracketed text remains in a final build (--final)"},
	{"emphasis-unclosed", true, "an emphasis mark * without its partner"},
	{"note-undefined", true, "a footnote marker with no definition"},
	{"note-duplicate", true, "two definitions of one footnote"},
	{"label-sequence", false, "labels out of sequence: a gap or disorder"},
	{"label-kind", false, "letters label preambular items, numbers operative ones"},
	{"nesting", false, "an item indented more than one level below its parent"},
	{"punctuation-item", false, "items end in ';', the last of a call in ',', the last of the document in '.'"},
	{"punctuation-formula", false, "the enacting formula ends in ','"},
	{"punctuation-doubled", false, "doubled punctuation such as '.;'"},
	{"invites-to", false, "operative items of an invites/instructs call start with 'to'"},
	{"spelling-ize", false, "call words take -ize spellings (recognizing, not recognising)"},
	{"citation-format", false, "citations read 'Resolution 201 (Rev. Dubai, 2018)'"},
	{"note-unused", false, "a footnote definition no marker cites"},
	{"quotes-mixed", false, "straight and typographic double quotes mixed in one document"},
	{"prescriptive-call", false, "an Opinion is non-prescriptive: no resolves, decides or instructs"},
	{"call-unknown", false, "a call phrase the vocabulary does not know"},
	{"call-empty", false, "a call with no items"},
}

func ruleByName(name string) (Rule, bool) {
	for _, r := range Rules {
		if r.Name == name {
			return r, true
		}
	}
	return Rule{}, false
}

// RuleNames returns the names of all rules, sorted.
func RuleNames() []string {
	var names []string
	for _, r := range Rules {
		names = append(names, r.Name)
	}
	sort.Strings(names)
	return names
}

// ParseRuleList splits a comma-separated list of rule names, reporting the
// first unknown one.
func ParseRuleList(s string) (map[string]bool, string) {
	m := make(map[string]bool)
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if _, ok := ruleByName(name); !ok {
			return nil, name
		}
		m[name] = true
	}
	return m, ""
}
