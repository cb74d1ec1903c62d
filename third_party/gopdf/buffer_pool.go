package gopdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"sync"
)

// buffer pool to reduce GC
var buffers = sync.Pool{
	// New is called when a new instance is needed
	New: func() interface{} {
		return new(bytes.Buffer)
	},
}

// GetBuffer fetches a buffer from the pool
func GetBuffer() *bytes.Buffer {
	return buffers.Get().(*bytes.Buffer)
}

// PutBuffer returns a buffer to the pool
func PutBuffer(buf *bytes.Buffer) {
	buf.Reset()
	buffers.Put(buf)
}

// zlibWriters pools compressors per level: a new one allocates and clears
// about half a megabyte, more than compressing a page of text costs.
var zlibWriters [zlib.BestCompression - zlib.HuffmanOnly + 1]sync.Pool

// getZlibWriter returns a compressor at level writing to w.
func getZlibWriter(w io.Writer, level int) (*zlib.Writer, error) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return zlib.NewWriterLevel(w, level) // reports the bad level
	}
	if zw, ok := zlibWriters[level-zlib.HuffmanOnly].Get().(*zlib.Writer); ok {
		zw.Reset(w)
		return zw, nil
	}
	return zlib.NewWriterLevel(w, level)
}

// putZlibWriter returns a closed compressor at level to its pool.
func putZlibWriter(zw *zlib.Writer, level int) {
	if level >= zlib.HuffmanOnly && level <= zlib.BestCompression {
		zlibWriters[level-zlib.HuffmanOnly].Put(zw)
	}
}
