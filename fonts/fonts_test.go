package fonts

import (
	"bytes"
	"os"
	"testing"
)

// The four faces are TrueType files of Liberation Serif 2.1.5, and the
// licence that allows shipping them is beside them.
func TestFaces(t *testing.T) {
	for _, s := range Styles {
		ttf := TTF(s)
		if !bytes.HasPrefix(ttf, []byte{0, 1, 0, 0}) {
			t.Errorf("%v: not a TrueType file", s)
		}
		if !bytes.Contains(ttf, []byte("Version 2.1.5")) && !bytes.Contains(ttf, utf16("Version 2.1.5")) {
			t.Errorf("%v: not version 2.1.5", s)
		}
	}
	lic, err := os.ReadFile("LICENSE")
	if err != nil || !bytes.Contains(lic, []byte("SIL OPEN FONT LICENSE Version 1.1")) {
		t.Errorf("fonts/LICENSE does not hold the SIL OFL 1.1: %v", err)
	}
}

func utf16(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}
