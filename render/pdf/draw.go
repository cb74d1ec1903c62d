package pdf

import (
	"compress/zlib"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/signintech/gopdf"

	"opinionc/doc"
	"opinionc/fonts"
	"opinionc/render/pdf/layout"
)

// faceNames are the PDF font names of the four faces. The six capitals are
// the subset tag PDF asks of a subset font; being fixed, they keep the
// output reproducible.
var faceNames = [4]string{
	"OPNCAA+LiberationSerif",
	"OPNCAB+LiberationSerif-Italic",
	"OPNCAC+LiberationSerif-Bold",
	"OPNCAD+LiberationSerif-BoldItalic",
}

// markGrey is the shade of unagreed text per bracket depth (1 = outermost).
var markGrey = []uint8{0xE4, 0xD2, 0xC0}

// draw writes the laid-out document with gopdf.
func draw(w io.Writer, d *doc.Document, res *layout.Result, opts Options) error {
	return drawResult(w, res, info(d, opts.Date))
}

// drawResult writes a laid-out result with its document information.
func drawResult(w io.Writer, res *layout.Result, pdfInfo gopdf.PdfInfo) error {
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: gopdf.Rect{W: res.Width, H: res.Height}, Unit: gopdf.UnitPT})
	// Page content is many short positioned runs; the fastest deflate level
	// compresses it nearly as well as the default at a third of the time.
	gp.SetCompressLevel(zlib.BestSpeed)

	// Embed only the faces the document uses, each cut down to the glyphs
	// it draws: gopdf then parses and writes a font of a hundred glyphs
	// instead of a few thousand, for every document.
	var drawn [4]runeSet
	drawn[layout.Regular].add(' ') // destinations need a current font
	for _, p := range res.Pages {
		for _, r := range p.Runs {
			f := &drawn[int(r.Face)&3]
			f.add(' ') // gopdf draws a space for a rune it lacks
			for _, c := range r.Text {
				f.add(c)
			}
		}
	}
	for i, set := range drawn {
		if len(set.runes) == 0 {
			continue
		}
		font, err := subsetFont(embeddable(fonts.Style(i)), set.runes)
		if err != nil {
			return err
		}
		opt := gopdf.TtfOption{UseKerning: true, Style: gopdf.Regular}
		if err := gp.AddTTFFontDataWithOption(faceNames[i], font, opt); err != nil {
			return err
		}
	}

	var outline []outlineItem
	for _, p := range res.Pages {
		gp.AddPage()
		if err := drawPage(gp, p); err != nil {
			return err
		}
		// gopdf places a bookmark at (current y − 20) from the top; set y
		// so that it lands on the line top.
		for _, b := range p.Bookmarks {
			gp.SetY(b.Y + 20)
			outline = append(outline, outlineItem{gp.AddOutlineWithPosition(b.Title), b.Level})
		}
	}
	nestOutline(outline)
	gp.SetInfo(pdfInfo)
	_, err := gp.WriteTo(w)
	return err
}

func drawPage(gp *gopdf.GoPdf, p *layout.Page) error {
	// Shading first, outer brackets under inner ones, then text on top.
	if len(p.Marks) > 0 {
		marks := slices.Clone(p.Marks)
		slices.SortStableFunc(marks, func(a, b layout.Mark) int { return a.Depth - b.Depth })
		grey := -1
		for _, m := range marks {
			if g := markGrey[min(m.Depth, len(markGrey))-1]; int(g) != grey {
				grey = int(g)
				gp.SetFillColor(g, g, g)
			}
			gp.RectFromUpperLeftWithStyle(m.X, m.Y, m.W, m.H, "F")
		}
		gp.SetFillColor(0, 0, 0) // text is filled with the current colour: gopdf's grey mode sets none per run
	}

	face, size := -1, 0.0
	for _, r := range p.Runs {
		if r.Text == "" {
			continue
		}
		if int(r.Face) != face || r.Size != size {
			face, size = int(r.Face), r.Size
			if err := gp.SetFont(faceNames[face&3], "", size); err != nil {
				return err
			}
		}
		gp.SetXY(r.X, r.Y)
		if err := gp.Text(r.Text); err != nil {
			return err
		}
	}
	// Lines are stroked in black, the initial stroke colour of a page.
	width := -1.0
	line := func(x1, y1, x2, y2, w float64) {
		if w != width {
			width = w
			gp.SetLineWidth(w)
		}
		gp.Line(x1, y1, x2, y2)
	}
	for _, rule := range p.Rules {
		line(rule.X1, rule.Y, rule.X2, rule.Y, rule.Width)
	}
	for _, s := range p.Strokes {
		line(s.X1, s.Y1, s.X2, s.Y2, s.Width)
	}
	for _, k := range p.Links {
		gp.AddInternalLink(k.Target, k.X, k.Y, k.W, k.H)
	}
	// gopdf places a destination at (current y − font size) from the top;
	// set y so that it lands on the line top.
	const destSize = 12.0
	if len(p.Dests) > 0 {
		if err := gp.SetFont(faceNames[layout.Regular], "", destSize); err != nil {
			return err
		}
	}
	for _, dst := range p.Dests {
		gp.SetY(dst.Y + destSize)
		gp.SetAnchor(dst.Name)
	}
	return nil
}

// A runeSet collects the distinct runes a face draws, in first-seen order.
type runeSet struct {
	ascii [128]bool
	other map[rune]bool
	runes []rune
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 128 {
		if s.ascii[r] {
			return
		}
		s.ascii[r] = true
	} else {
		if s.other[r] {
			return
		}
		if s.other == nil {
			s.other = map[rune]bool{}
		}
		s.other[r] = true
	}
	s.runes = append(s.runes, r)
}

// An outlineItem is an entry of the PDF outline and its level (0 = top).
type outlineItem struct {
	obj   *gopdf.OutlineObj
	level int
}

// openLevels is how deep the outline shows when the document opens: the
// document and its calls, or the report, its chapters and the Opinions.
const openLevels = 2

// nestOutline links items, added in reading order, into a tree: an item's
// parent is the nearest item before it of a lower level. gopdf adds them as
// one flat list; its setters make the tree.
func nestOutline(items []outlineItem) {
	type node struct {
		outlineItem
		children []*node
	}
	var top []*node
	var stack []*node
	for _, it := range items {
		n := &node{outlineItem: it}
		for len(stack) > 0 && stack[len(stack)-1].level >= it.level {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			top = append(top, n)
		} else {
			parent := stack[len(stack)-1]
			parent.children = append(parent.children, n)
		}
		stack = append(stack, n)
	}
	// link sets the siblings' /Prev and /Next, the parent's /First, /Last
	// and /Count, and returns how many of them show when parent is open.
	var link func(parent *node, kids []*node, depth int) int
	link = func(parent *node, kids []*node, depth int) int {
		shown := 0
		for i, k := range kids {
			k.obj.SetPrev(-1)
			k.obj.SetNext(-1)
			if i > 0 {
				k.obj.SetPrev(kids[i-1].obj.GetIndex())
			}
			if i+1 < len(kids) {
				k.obj.SetNext(kids[i+1].obj.GetIndex())
			}
			if parent != nil {
				k.obj.SetParent(parent.obj.GetIndex())
			}
			shown++
			if len(k.children) == 0 {
				continue
			}
			k.obj.SetFirst(k.children[0].obj.GetIndex())
			k.obj.SetLast(k.children[len(k.children)-1].obj.GetIndex())
			n := link(k, k.children, depth+1)
			if depth+1 < openLevels {
				k.obj.SetCount(n)
				shown += n
			} else {
				k.obj.SetCount(-n)
			}
		}
		return shown
	}
	link(nil, top, 0)
}

// info is the document information dictionary.
func info(d *doc.Document, date time.Time) gopdf.PdfInfo {
	if date.IsZero() {
		date = FixedDate
	}
	title := strings.TrimSpace(doc.PlainText(d.Title))
	if title == "" {
		title = d.Heading
	}
	subject := d.Heading
	if subject == "" {
		subject = d.Kind.String()
	}
	return gopdf.PdfInfo{
		Title:        title,
		Subject:      subject,
		Creator:      "opinionc",
		Producer:     "opinionc (gopdf)",
		CreationDate: date.UTC(),
	}
}
