package importer

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Every word of each Opinion in the seed survives the import: the
// white-space-separated tokens of the seed's Opinion (Word artefacts and
// footnote syntax removed) equal those of the imported file (footnote syntax
// and escapes removed). The test cuts the seed up on its own, so it does not
// trust the importer's cutting.
func TestEveryWordKept(t *testing.T) {
	var (
		heading   = regexp.MustCompile(`^(\[bookmark: [^\]]*\])?DRAFT OPINION (\d):`)
		separator = regexp.MustCompile(`^_{5,}`)
		bookmark  = regexp.MustCompile(`\[bookmark: [^\]]*\]`)
		seedRef   = regexp.MustCompile(`\[footnoteRef:\d+\]`)
		seedDef   = regexp.MustCompile(`\[\d+:\s(.*)\]\s*$`)
		srcRef    = regexp.MustCompile(`\[\^\d+\]:?`)
	)
	seed := map[string][]string{} // opinion number → its lines in the seed
	cur := ""
	for _, l := range strings.Split(string(readSeed(t)), "\n") {
		if m := heading.FindStringSubmatch(l); m != nil {
			cur = m[2]
		} else if separator.MatchString(l) {
			cur = ""
		}
		if cur != "" {
			seed[cur] = append(seed[cur], l)
		}
	}
	files, _ := Import("seed", readSeed(t))
	if len(files) != 5 || len(seed) != 5 {
		t.Fatalf("%d files, %d opinions in the seed; want 5", len(files), len(seed))
	}
	for _, f := range files {
		n := strings.TrimSuffix(strings.TrimPrefix(f.Name, "wtpf21-draft-opinion-"), ".opinion")
		var body, notes []string // seed words in order; footnote words apart
		for _, l := range seed[n] {
			l = bookmark.ReplaceAllString(l, "")
			l = seedRef.ReplaceAllString(l, "")
			if m := seedDef.FindStringSubmatchIndex(l); m != nil {
				notes = append(notes, strings.Fields(l[m[2]:m[3]])...)
				l = l[:m[0]]
			}
			body = append(body, strings.Fields(l)...)
		}
		var outBody, outNotes []string
		for _, l := range strings.Split(string(f.Src), "\n") {
			isNote := strings.HasPrefix(l, "[^") && strings.Contains(l, "]: ")
			l = strings.ReplaceAll(srcRef.ReplaceAllString(l, ""), `\*`, "*")
			if isNote {
				outNotes = append(outNotes, strings.Fields(l)...)
			} else {
				outBody = append(outBody, strings.Fields(l)...)
			}
		}
		// In order, outside the footnotes; and as a multiset, all of them.
		if !slices.Equal(body, outBody) {
			t.Errorf("%s: words differ from the seed's Opinion %s at %s", f.Name, n, firstWordDiff(body, outBody))
		}
		all, outAll := append(body, notes...), append(outBody, outNotes...)
		slices.Sort(all)
		slices.Sort(outAll)
		if !slices.Equal(all, outAll) || len(notes) == 0 && n >= "3" {
			t.Errorf("%s: the multiset of words differs from the seed's (footnotes: %d words in the seed, %d in the import)", f.Name, len(notes), len(outNotes))
		}
	}
}

func firstWordDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return "word " + a[i] + " / " + b[i] + " after …" + strings.Join(a[max(0, i-5):i], " ")
		}
	}
	return "the end (lengths differ)"
}
