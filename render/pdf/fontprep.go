package pdf

import (
	"encoding/binary"
	"sort"
	"sync"

	"opinionc/fonts"
)

// dropTables are TrueType tables a PDF viewer never reads: OpenType layout
// (we kern from the kern table), FontForge's timestamp. gopdf copies every
// table into each subset it embeds, so dropping them makes files smaller
// and faster to write. The post table keeps its header only (version 3:
// no glyph names), as PDF subsets usually do.
var dropTables = map[string]bool{"GPOS": true, "GSUB": true, "GDEF": true, "FFTM": true}

var (
	embedOnce [4]sync.Once
	embedTTF  [4][]byte
)

// embeddable returns the face's TrueType file as gopdf should embed it,
// built once per process.
func embeddable(f fonts.Style) []byte {
	i := int(f) & 3
	embedOnce[i].Do(func() { embedTTF[i] = stripTables(fonts.TTF(f)) })
	return embedTTF[i]
}

// stripTables rewrites a TrueType file without dropTables and with a
// version 3 post table. On anything unexpected it returns the file as is.
func stripTables(ttf []byte) []byte {
	if len(ttf) < 12 {
		return ttf
	}
	type table struct {
		tag  string
		data []byte
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	var tables []table
	for i := 0; i < n; i++ {
		e := 12 + 16*i
		if e+16 > len(ttf) {
			return ttf
		}
		tag := string(ttf[e : e+4])
		off, length := int(binary.BigEndian.Uint32(ttf[e+8:])), int(binary.BigEndian.Uint32(ttf[e+12:]))
		if off < 0 || length < 0 || off+length > len(ttf) {
			return ttf
		}
		if dropTables[tag] {
			continue
		}
		data := ttf[off : off+length]
		if tag == "post" && length >= 32 {
			post := append([]byte(nil), data[:32]...)
			binary.BigEndian.PutUint32(post, 0x00030000)
			data = post
		}
		tables = append(tables, table{tag, data})
	}
	sort.Slice(tables, func(a, b int) bool { return tables[a].tag < tables[b].tag })

	out := make([]byte, 12+16*len(tables))
	copy(out, ttf[:4])
	binary.BigEndian.PutUint16(out[4:], uint16(len(tables)))
	sel := 0
	for 1<<(sel+1) <= len(tables) {
		sel++
	}
	binary.BigEndian.PutUint16(out[6:], uint16(16<<sel))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(16*len(tables)-16<<sel))
	for i, t := range tables {
		e := 12 + 16*i
		copy(out[e:], t.tag)
		binary.BigEndian.PutUint32(out[e+4:], checksum(t.data))
		binary.BigEndian.PutUint32(out[e+8:], uint32(len(out)))
		binary.BigEndian.PutUint32(out[e+12:], uint32(len(t.data)))
		out = append(out, t.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
