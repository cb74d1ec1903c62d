package docx

import (
	"fmt"
	"hash/fnv"
	"strings"
)

// maxBookmark is Word's limit on the length of a bookmark name.
const maxBookmark = 40

// bookmarks maps document anchors (doc.Document.Anchor) to Word bookmark
// names, which must start with a letter, hold only letters, digits and
// underscores, and be at most 40 characters long. Names are unique in the
// document and depend only on the anchors and their order.
type bookmarks struct {
	byAnchor map[string]string
	used     map[string]bool
	placed   map[string]bool
}

func newBookmarks() *bookmarks {
	return &bookmarks{byAnchor: map[string]string{}, used: map[string]bool{}, placed: map[string]bool{}}
}

// add registers an anchor and returns its bookmark name; adding the same
// anchor again returns "" so that a duplicate id gets no second bookmark.
func (b *bookmarks) add(anchor string) string {
	if _, dup := b.byAnchor[anchor]; dup {
		return ""
	}
	if anchor == "" {
		return ""
	}
	name := bookmarkName(anchor)
	if b.used[name] {
		// Two anchors mangled to the same name ("a.b" and "a-b"): the hash of
		// the full anchor tells them apart.
		name = withHash(name, anchor)
		for i := 2; b.used[name]; i++ {
			name = withHash(name, fmt.Sprint(anchor, "#", i))
		}
	}
	b.used[name] = true
	b.byAnchor[anchor] = name
	return name
}

// lookup returns the bookmark name of an anchor, or "" if it has none.
func (b *bookmarks) lookup(anchor string) string { return b.byAnchor[anchor] }

// bookmarkName mangles an anchor into a valid Word bookmark name.
func bookmarkName(anchor string) string {
	var s strings.Builder
	for _, r := range anchor {
		if r < 128 && (isLetter(byte(r)) || r >= '0' && r <= '9') {
			s.WriteRune(r)
		} else {
			s.WriteByte('_')
		}
	}
	name := s.String()
	if name == "" || !isLetter(name[0]) {
		name = "b" + name
	}
	if len(name) > maxBookmark {
		name = withHash(name, anchor)
	}
	return name
}

// withHash shortens name so that a 32-bit hash of key fits after it.
func withHash(name, key string) string {
	h := fnv.New32a()
	h.Write([]byte(key))
	suffix := fmt.Sprintf("_%08x", h.Sum32())
	if keep := maxBookmark - len(suffix); len(name) > keep {
		name = name[:keep]
	}
	return name + suffix
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// claim returns the bookmark name of an anchor the first time it is asked
// for and "" afterwards, so that each bookmark is placed once.
func (b *bookmarks) claim(anchor string) string {
	name := b.byAnchor[anchor]
	if name == "" || b.placed[name] {
		return ""
	}
	b.placed[name] = true
	return name
}
