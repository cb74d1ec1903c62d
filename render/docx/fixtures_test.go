package docx

import (
	"fmt"
	"strings"

	"opinionc/doc"
)

// Tiny builders for hand-made documents.

func txt(s string) *doc.Text                { return &doc.Text{Value: s} }
func em(in ...doc.Inline) *doc.Emphasis     { return &doc.Emphasis{Children: in} }
func bracket(in ...doc.Inline) *doc.Bracket { return &doc.Bracket{Children: in} }
func noteRef(f *doc.Footnote) *doc.NoteRef  { return &doc.NoteRef{Note: f} }
func inl(in ...doc.Inline) []doc.Inline     { return in }
func ref(text string, targets ...string) *doc.Ref {
	return &doc.Ref{Children: inl(txt(text)), Targets: targets, Label: text}
}

func item(id, label string, in ...doc.Inline) *doc.Item {
	return &doc.Item{ID: id, Label: label, Content: in}
}

func block(id, call string, kind doc.CallKind, items ...*doc.Item) *doc.Block {
	return &doc.Block{ID: id, Call: call, Kind: kind, Items: items}
}

// nest sets the levels of nested items below it.
func nest(parent *doc.Item, children ...*doc.Item) *doc.Item {
	for _, c := range children {
		c.Level = parent.Level + 1
		setLevels(c)
	}
	parent.Items = append(parent.Items, children...)
	return parent
}

func setLevels(it *doc.Item) {
	for _, c := range it.Items {
		c.Level = it.Level + 1
		setLevels(c)
	}
}

func opinion(n int, title string, blocks ...*doc.Block) *doc.Document {
	return &doc.Document{
		Name:    fmt.Sprintf("sample-opinion-%d", n),
		ID:      fmt.Sprintf("opinion-%d", n),
		Kind:    doc.Opinion,
		Draft:   true,
		Number:  fmt.Sprint(n),
		Heading: fmt.Sprintf("DRAFT OPINION %d", n),
		Title:   inl(txt(title)),
		Formula: inl(txt("The sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),")),
		Blocks:  blocks,
		Lang:    "en-GB",
	}
}

// ldcNote is the standard footnote on "developing countries".
func ldcNote() *doc.Footnote {
	return &doc.Footnote{Number: 1, ID: "fn1", Label: "1", Content: inl(txt(
		"These include the least developed countries, small island developing states, landlocked developing countries and countries with economies in transition."))}
}

// samples mirror the corpus: Opinion 1's references to "is of the view ‘1’
// above", Opinion 2's nested items g) i)–vi) and nested square brackets,
// the footnotes of Opinions 3–5 and the range reference of Opinion 5.
func samples() []*doc.Document {
	o1 := opinion(1, "Enabling environment for the development and deployment of new and emerging telecommunication/ICT services and technologies to advance sustainable development",
		block("recalling", "recalling", doc.Preambular,
			item("recalling.a", "a)", txt("Resolution 75/202 of the UN General Assembly (UNGA) on “Information and Communications Technologies for Sustainable Development”;")),
			item("recalling.b", "b)", txt("UNGA Resolution 70/1 on “Transforming our world: the 2030 Agenda for Sustainable Development”,")),
		),
		block("recognizing", "recognising", doc.Preambular,
			item("recognizing.a", "a)", txt("that accelerating broadband development is a considerable challenge, especially in hard-to-reach, rural and remote areas;")),
			item("recognizing.b", "b)", txt("that investments in telecommunication/ICT services and technologies should also focus on all stages of development and deployment;")),
			item("recognizing.c", "c)", txt("that a coordinated government approach can drive the development of the services and technologies referred to in "),
				ref("recognizing ‘b’ above", "recognizing.b"), txt(" that are central to the digital economy,")),
		),
		block("view", "is of the view", doc.Operative,
			item("view.1", "1.", txt("that inclusive access to new and emerging technologies such as 5G, AI, IoT, Big Data, and OTTs, have the potential to accelerate progress across the UN Sustainable Development Goals;")),
			item("view.2", "2.", txt("that the establishment of an enabling environment for investment is critical to mobilizing such services and technologies as mentioned in "),
				ref("is of the view ‘1’ above", "view.1"), txt(" for sustainable development;")),
			item("view.3", "3.", txt("that use of services and technologies as mentioned in "), ref("is of the view ‘1’", "view.1"),
				txt(" for sustainable development can empower marginalised groups and persons with specific needs.;")),
		),
		block("invites-sg", "invites the Secretary-General", doc.Operative,
			item("invites-sg.p1", "", txt("to continue to strengthen ITU efforts to provide a platform for collaboration and dialogue among key stakeholders.")),
		),
	)

	g := nest(item("view.g", "g)", txt("that the following policies can be used to mobilize new and emerging telecommunications/ICTs for sustainable development:")),
		item("view.g.i", "i)", txt("streamlining the processes to facilitate deployment of wireless and wireline communications networks;")),
		item("view.g.ii", "ii)", txt("educating all levels of society − especially local government officials – about the importance of next generation connectivity;")),
		item("view.g.iii", "iii)", txt("making sufficient spectrum available for a wide array of new and emerging telecommunications/ICT and services;")),
		item("view.g.iv", "iv)", txt("modernizing regulatory frameworks applicable to small cell infrastructure;")),
		item("view.g.v", "v)", txt("mapping the coverage of existing networks in order to identify where broadband service is currently available;")),
		item("view.g.vi", "vi)", txt("ensuring that access to network connectivity is fully incorporated into national economic and social development plans,")),
	)
	o2 := opinion(2, "Affordable and secure connectivity in mobilising new and emerging telecommunications/ICTs for sustainable development",
		block("recalling", "recalling", doc.Preambular,
			item("recalling.e", "e)", bracket(txt("Resolution 102 (Rev. Dubai, 2018) of the Plenipotentiary Conference, on the ITU's role with regard to international public policy issues pertaining to the Internet")), txt(";")),
			item("recalling.f", "f)", txt("Resolution 130 (Rev. Dubai, 2018) of the Plenipotentiary Conference, "), em(txt("Strengthening the role of ITU in building confidence and security")), txt(",")),
		),
		block("noting", "noting", doc.Preambular,
			item("noting.p1", "", txt("the call by the UN General Assembly and the UN Secretary-General’s Roadmap for Digital Cooperation to provide universal and affordable access to the Internet by 2030,")),
		),
		block("view", "is of the view", doc.Operative,
			item("view.d", "d)", txt("that all stakeholders should "),
				bracket(txt("endeavour to protect "), bracket(txt("personally identifiable information")), txt(" "), bracket(txt("privacy")), txt(" and mitigate vulnerabilities, and")),
				txt(" work to strengthen confidence and security in the use of telecommunications/ICTs;")),
			g,
		),
		block("invites-ms", "invites Member States", doc.Operative,
			item("invites-ms.1", "1.", txt("to consider whether the adoption of the policies above would contribute to sustainable development in their own national context;")),
		),
	)

	n3 := ldcNote()
	o3 := opinion(3, "Digital literacy and skills for inclusive access",
		block("considering", "considering", doc.Preambular,
			item("considering.f", "f)", txt("that there is gender and age gap in digital literacy and Science, Technology, Engineering and Mathematics (STEM) education;")),
			item("considering.g", "g)", txt("that developing countries"), noteRef(n3), txt(" face specific challenges in digital skills development,")),
		),
		block("view", "is of the view", doc.Operative,
			item("view.1", "1.", txt("that digital skills in areas such as AI, IoT, 5G, Big Data and OTTs can help to leverage new and emerging technologies;")),
		),
	)
	o3.Notes = []*doc.Footnote{n3}

	n4 := ldcNote()
	o4 := opinion(4, "New and emerging technologies and services to facilitate the use of telecommunications/ICTs for sustainable development",
		block("recognizing", "recognising", doc.Preambular,
			item("recognizing.d", "d)", txt("that as countries take advantage of this potential, developing countries"), noteRef(n4), txt(" are at the highest risk of being left behind;")),
		),
		block("view", "is of the view", doc.Operative,
			item("view.1", "1.", txt("that new and emerging technologies can facilitate the use of telecommunications/ICTs;")),
			item("view.3", "3.", txt("that all stakeholders need to work closely together to harness the potential of the services and technologies referred to in "),
				ref(`is of the view "1" above`, "view.1"), txt(" for the benefit of all,")),
		),
	)
	o4.Notes = []*doc.Footnote{n4}

	n5 := ldcNote()
	ms := make([]*doc.Item, 0, 6)
	for i := 1; i <= 5; i++ {
		in := inl(txt(fmt.Sprintf("to cooperate and offer assistance number %d;", i)))
		if i == 1 {
			in = inl(txt("to cooperate and offer assistance and support, especially to developing countries"), noteRef(n5), txt(", in order to help mitigate the effects of COVID-19;"))
		}
		ms = append(ms, item(fmt.Sprintf("invites-ms.%d", i), fmt.Sprintf("%d.", i), in...))
	}
	ms = append(ms, item("invites-ms.6", "6.", txt("to identify and share best practices, particularly in the areas noted in "),
		&doc.Ref{Children: inl(txt("invites Member States 1-5 above")), Targets: []string{"invites-ms.1", "invites-ms.5"}, Range: true, Label: "invites Member States 1 to 5"},
		txt(", for possible use in response to future pandemics and epidemics,")))
	o5 := opinion(5, "Use of telecommunications/ICTs in COVID-19 and future pandemic and epidemic preparedness and response",
		block("view", "is of the view", doc.Operative,
			item("view.p1", "", txt("that telecommunications/ICTs have played a crucial role in the response to the COVID-19 pandemic,")),
		),
		block("invites-ms", "invites Member States", doc.Operative, ms...),
	)
	o5.Notes = []*doc.Footnote{n5}
	return []*doc.Document{o1, o2, o3, o4, o5}
}

// hostile is a document whose every string tries to break the XML.
func hostile() *doc.Document {
	bad := `<w:p>&amp; "quoted" 'apos' ]]> </w:t> &#0; ` + "\x00\x01\x0b\ufffe tab\there\nnewline"
	n := &doc.Footnote{Number: 1, ID: "fn1", Label: "1", Content: inl(txt("note " + bad))}
	return &doc.Document{
		Name:    `name<&>"`,
		ID:      `id"<&>`,
		Heading: "DRAFT OPINION " + bad,
		Title:   inl(txt("Title " + bad)),
		Formula: inl(em(txt(bad))),
		Blocks: []*doc.Block{{
			ID: `blk<&>"`, Call: "recalling " + bad, Section: "SECTION " + bad,
			Items: []*doc.Item{
				{ID: `x"y<z>&`, Label: `a)<&>"`, Content: inl(txt(bad), noteRef(n), bracket(txt(bad)))},
				{ID: "ok", Label: "b)", Content: inl(&doc.Ref{Children: inl(txt(bad)), Targets: []string{`x"y<z>&`}, Label: bad})},
			},
		}},
		Notes: []*doc.Footnote{n},
		Lang:  `en"GB`,
	}
}

// deep nests items ten levels deep.
func deep() *doc.Document {
	root := item("v.1", "1.", txt("level 0"))
	cur := root
	for i := 1; i <= 10; i++ {
		c := item(cur.ID+".1", "1)", txt(fmt.Sprintf("level %d", i)))
		c.Level = i
		cur.Items = []*doc.Item{c}
		cur = c
	}
	d := opinion(9, "Deep", block("v", "is of the view", doc.Operative, root))
	d.Name = "deep"
	return d
}

// many has 10,000 items, each referring to the one before.
func many() *doc.Document {
	items := make([]*doc.Item, 10000)
	for i := range items {
		id := fmt.Sprintf("v.%d", i+1)
		in := inl(txt(strings.Repeat("x", 40)))
		if i > 0 {
			in = append(in, ref("above", fmt.Sprintf("v.%d", i)))
		}
		items[i] = item(id, fmt.Sprintf("%d.", i+1), in...)
	}
	d := opinion(8, "Many", block("v", "is of the view", doc.Operative, items...))
	d.Name = "many"
	return d
}

// oddities holds what a checker with errors might still hand over: nil
// entries, empty content, unresolved references, a marker without a note,
// duplicate ids and anchors that mangle to the same bookmark name.
func oddities() *doc.Document {
	n := ldcNote()
	return &doc.Document{
		ID: "1st",
		Blocks: []*doc.Block{
			nil,
			{ID: "", Call: "", Items: []*doc.Item{nil, {}, {Label: "a)"}, {ID: "a.b", Level: 2}}},
			{ID: "a-b", Call: "noting", Items: []*doc.Item{
				{ID: "a.b", Label: "a)", Content: inl(ref("nowhere", "missing"), &doc.Ref{}, &doc.NoteRef{}, noteRef(n), noteRef(n))},
				{ID: strings.Repeat("long.", 20) + "1", Label: "b)"},
				{ID: strings.Repeat("long.", 20) + "2", Label: "c)", Content: inl(ref("up", strings.Repeat("long.", 20)+"1"))},
			}},
		},
		Notes: []*doc.Footnote{n},
	}
}
