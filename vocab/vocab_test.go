package vocab

import "testing"

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		line, id string
		kind     Kind
		known    bool
		ise      bool
	}{
		{"recalling", "recalling", Preambular, true, false},
		{"recognising", "recognizing", Preambular, true, true},
		{"recognizing further", "recognizing-further", Preambular, true, false},
		{"recognizing also", "recognizing-also", Preambular, true, false},
		{"further noting", "further-noting", Preambular, true, false},
		{"bearing  in mind", "bearing", Preambular, true, false},
		{"is of the view", "view", Operative, true, false},
		{"invites Member States", "invites-ms", Operative, true, false},
		{"invites Member States, Sector Members and other stakeholders to work collaboratively", "invites-ms-sm-stakeholders", Operative, true, false},
		{"further resolves", "resolves-further", Operative, true, false},
		{"instructs the Director of the Telecommunication Development Bureau, in coordination with the Directors of the other Bureaux", "instructs-bdt-coordination-d-b", Operative, false, false},
		{"resolves to instruct the ITU Council", "resolves-instruct-itu-c", Operative, false, false},
		{"continues to invite Member States", "continues-invite-ms", Operative, false, false},
		{"invites Member States to consider", "invites-ms-consider", Operative, false, false},
	} {
		c, ok := Lookup(tc.line)
		if !ok {
			t.Errorf("%q: not a call", tc.line)
			continue
		}
		if c.ID != tc.id || c.Kind != tc.kind || c.Known != tc.known || c.IseSpelt != tc.ise {
			t.Errorf("%q: got id %q kind %v known %v ise %v; want %q %v %v %v", tc.line, c.ID, c.Kind, c.Known, c.IseSpelt, tc.id, tc.kind, tc.known, tc.ise)
		}
	}
	for _, line := range []string{"that the first holds", "the Plenipotentiary Conference", "raise", ""} {
		if c, ok := Lookup(line); ok {
			t.Errorf("%q: taken for a call %+v", line, c)
		}
	}
}

func TestPhrases(t *testing.T) {
	ps := Phrases()
	if len(ps) < 50 {
		t.Fatalf("only %d phrases", len(ps))
	}
	for i := 1; i < len(ps); i++ {
		if ps[i-1] >= ps[i] {
			t.Fatalf("phrases not sorted and unique at %q, %q", ps[i-1], ps[i])
		}
	}
}
