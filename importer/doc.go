// Package importer turns a plain-text dump of an ITU report (a Word document
// saved as text, like the WTPF-21 Secretary-General's report) into one
// opinionc source file per Opinion found in its Annex.
//
// The import is a pipeline of small line-level passes over each Opinion's
// lines (see [passes]): drop Word artefacts, move footnote definitions,
// normalise white space, escape markup characters, classify lines (heading,
// call, item, paragraph) and infer nesting. A later pass for damaged texts
// (footnotes where a PDF page ended, markers glued to words, line-end
// hyphens) slots into the same list.
//
// The importer never changes wording: every word and punctuation mark of the
// dump is kept, defects included. Finding them is the checker's job.
//
// # Canonical form
//
// The importer writes, and `opinionc fmt` prints, exactly this layout:
//
//	HEADING LINE                 e.g. "DRAFT OPINION 1: Title …", on one line
//	<blank>
//	FORMULA LINE                 e.g. "The sixth World … (Geneva, 2021),"
//	<blank>
//	call line                    e.g. "recalling"
//	item line                    "a) text": label, one space, text
//	    nested item              four spaces per nesting level
//	unlabelled paragraph line
//	<blank>
//	next call line
//	…
//	<blank>
//	[^1]: footnote text          one definition per line, in order of first use
//	[^2]: …
//
// Rules:
//   - Exactly one blank line between blocks (heading, formula, each call with
//     its items and paragraphs, the footnote definitions); no blank line
//     inside a block, none between footnote definitions.
//   - A line holds one paragraph; text is never re-wrapped.
//   - No leading white space except the nesting indent (four spaces per
//     level); no trailing white space (spaces, tabs, NBSP).
//   - A label is followed by exactly one space. Runs of spaces and tabs inside
//     text are one space; other characters (NBSP U+00A0, U+202F, …) are text
//     and kept as they are.
//   - A literal "*" is written "\*"; "[" and "]" mark unagreed text.
//   - The file is UTF-8 without BOM, uses "\n" line ends and ends with exactly
//     one "\n" (no blank line at the end).
package importer
