package docx

import (
	"archive/zip"
	"compress/flate"
	"fmt"
	"io"
	"sync"
	"time"
)

// flateWriters keeps deflate writers for reuse: a new one allocates about a
// megabyte of state, and a build of many documents writes thousands of parts.
var flateWriters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// pooledFlate is a zip compressor that returns its writer to the pool.
type pooledFlate struct{ *flate.Writer }

func (p pooledFlate) Close() error {
	err := p.Writer.Close()
	flateWriters.Put(p.Writer)
	return err
}

// compressor deflates at the fastest level: parts are small XML, where it
// compresses nearly as well as the default at a fraction of the time.
func compressor(w io.Writer) (io.WriteCloser, error) {
	fw := flateWriters.Get().(*flate.Writer)
	fw.Reset(w)
	return pooledFlate{fw}, nil
}

// writePackage writes the parts as a zip package in their fixed order, every
// entry dated date, so the same document gives the same bytes.
func writePackage(w io.Writer, parts []part, date time.Time) error {
	z := zip.NewWriter(w)
	z.RegisterCompressor(zip.Deflate, compressor)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: date.UTC()})
		if err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	return nil
}
