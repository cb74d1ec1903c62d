package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"sync"
	"sync/atomic"
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

// A deflated is a part body compressed as a zip entry stores it.
type deflated struct {
	crc  uint32
	data []byte
}

// Most parts (styles, settings, relationships, headers) are the same in every
// document of a build; deflated keeps their compressed form by body, so a
// build of many documents compresses each once. Bodies up to maxMemoBody
// bytes are kept, at most maxMemoParts of them, so memory stays small.
var (
	deflatedParts sync.Map // body string → deflated
	memoCount     atomic.Int64
)

const (
	maxMemoBody  = 16 << 10
	maxMemoParts = 256
)

// deflate returns body compressed, from the memo when it is there.
func deflate(body string) (deflated, error) {
	memo := len(body) <= maxMemoBody
	if memo {
		if v, ok := deflatedParts.Load(body); ok {
			return v.(deflated), nil
		}
	}
	var buf bytes.Buffer
	fw, _ := compressor(&buf)
	if _, err := io.WriteString(fw, body); err != nil {
		return deflated{}, err
	}
	if err := fw.Close(); err != nil {
		return deflated{}, err
	}
	d := deflated{crc: crc32.ChecksumIEEE([]byte(body)), data: buf.Bytes()}
	if memo && memoCount.Add(1) <= maxMemoParts {
		deflatedParts.Store(body, d)
	}
	return d, nil
}

// writePackage writes the parts as a zip package in their fixed order, every
// entry dated date, so the same document gives the same bytes.
func writePackage(w io.Writer, parts []part, date time.Time) error {
	z := zip.NewWriter(w)
	dosDate, dosTime, extra := zipTime(date)
	for _, p := range parts {
		d, err := deflate(p.body)
		if err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
		f, err := z.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate,
			CreatorVersion: zipVersion20, ReaderVersion: zipVersion20,
			ModifiedDate: dosDate, ModifiedTime: dosTime, Extra: extra,
			CRC32: d.crc, CompressedSize64: uint64(len(d.data)), UncompressedSize64: uint64(len(p.body))})
		if err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
		if _, err := f.Write(d.data); err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	return nil
}

// zipVersion20 is the zip version (2.0) that deflate needs, as zip.Writer's
// CreateHeader writes it.
const zipVersion20 = 20

// zipTime encodes t (from 1980, see [Options.packageDate]) as CreateHeader
// does for FileHeader.Modified, which CreateRaw leaves to its caller: an
// MS-DOS date and time (2-second resolution) and an Info-ZIP extended
// timestamp.
func zipTime(t time.Time) (dosDate, dosTime uint16, extra []byte) {
	t = t.UTC()
	dosDate = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	dosTime = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	mt := uint32(t.Unix())
	extra = []byte{0x55, 0x54, 5, 0, 1, byte(mt), byte(mt >> 8), byte(mt >> 16), byte(mt >> 24)}
	return dosDate, dosTime, extra
}
