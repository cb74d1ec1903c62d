// Package check builds the document model from a syntax tree: it nests
// items, gives every item its stable id, resolves cross-references written
// in running text, numbers footnotes, and runs the house-style rules. It
// returns the model and the diagnostics, and never panics on any input.
package check
