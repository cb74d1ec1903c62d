package pdf

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"opinionc/doc"
	"opinionc/render/pdf/layout"
)

// Options tune a rendering.
type Options struct {
	// Date is the creation date written in the document information;
	// zero gives [FixedDate], so that builds are reproducible. The command
	// line passes SOURCE_DATE_EPOCH here when it is set.
	Date time.Time
}

// FixedDate is the creation date of a PDF rendered without Options.Date.
var FixedDate = time.Date(2021, time.December, 16, 0, 0, 0, 0, time.UTC)

// Render writes d as a PDF to w. Nothing is written when it fails.
func Render(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		d = &doc.Document{}
	}
	res, err := layout.Lay(d, layout.Options{MarkBrackets: d.Draft})
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := draw(&buf, d, res, opts); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}
