// Package source holds positions in source files.
package source

import "fmt"

// Pos is a position in a source file. The zero value means unknown.
type Pos struct {
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`   // 1-based
	Col    int    `json:"col,omitempty"`    // 1-based, in bytes
	Offset int    `json:"offset,omitempty"` // 0-based byte offset
}

// IsValid reports whether the position is known.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String returns file:line:col, or as much of it as is known.
func (p Pos) String() string {
	s := p.File
	if p.IsValid() {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprintf("%d:%d", p.Line, p.Col)
	}
	if s == "" {
		s = "-"
	}
	return s
}
