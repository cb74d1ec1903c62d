package html

import "opinionc/doc"

// Hand-built documents that mirror the corpus (the five WTPF-21 draft
// Opinions): they stand in for it until the checker can build it, and keep
// testing constructs the corpus has only once.

func txt(s string) *doc.Text                { return &doc.Text{Value: s} }
func em(in ...doc.Inline) *doc.Emphasis     { return &doc.Emphasis{Children: in} }
func bracket(in ...doc.Inline) *doc.Bracket { return &doc.Bracket{Children: in} }

func item(id, label string, content ...doc.Inline) *doc.Item {
	return &doc.Item{ID: id, Label: label, Content: content}
}

// sampleOpinion2 has nested items g) i)–vi), nested square brackets and a
// reference to an item.
func sampleOpinion2() *doc.Document {
	g := item("view.g", "g)", txt("that the following policies can be used to mobilize new and emerging telecommunications/ICTs for sustainable development:"))
	for i, l := range []string{"i", "ii", "iii", "iv", "v", "vi"} {
		sub := item("view.g."+l, l+")", txt("policy "+l+" – streamlining the processes to facilitate deployment of wireless and wireline communications networks;"))
		sub.Level = 1
		if i == 5 {
			sub.Content = []doc.Inline{txt("ensuring that access to network connectivity is fully incorporated into national plans,")}
		}
		g.Items = append(g.Items, sub)
	}
	ref := &doc.Ref{Children: []doc.Inline{txt("is of the view ‘a’ above")}, Targets: []string{"view.a"}, Label: "is of the view a"}
	return &doc.Document{
		Name: "sample-opinion-2", ID: "opinion-2", Kind: doc.Opinion, Draft: true, Number: "2",
		Heading: "DRAFT OPINION 2",
		Title:   []doc.Inline{txt("Mobilizing new and emerging telecommunications/ICTs for sustainable development")},
		Formula: []doc.Inline{txt("The sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),")},
		Lang:    "en-GB",
		Blocks: []*doc.Block{
			{ID: "noting", Call: "noting", Kind: doc.Preambular, Items: []*doc.Item{
				item("noting.p1", "", txt("the call by the UN General Assembly and the UN Secretary-General’s Roadmap for Digital Cooperation to provide universal and affordable access to the Internet by 2030,")),
			}},
			{ID: "view", Call: "is of the view", Kind: doc.Operative, Items: []*doc.Item{
				item("view.a", "a)", txt("that all stakeholders, including governments, should endeavour to work towards building confidence and security in the use of telecommunications/ICTs;")),
				item("view.d", "d)", txt("that all stakeholders should "),
					bracket(txt("endeavour to protect "), bracket(txt("personally identifiable information")), txt(" "), bracket(txt("privacy")), txt(" and mitigate vulnerabilities, and")),
					txt(" work to strengthen confidence and security in the use of telecommunications/ICTs;")),
				g,
			}},
			{ID: "invites-ms", Call: "invites Member States", Kind: doc.Operative, Items: []*doc.Item{
				item("invites-ms.1", "1.", txt("to consider whether the adoption of the policies in "), ref, txt(" would contribute to sustainable development in their own national context;")),
				item("invites-ms.2", "2.", txt("to continue to promote "), em(txt("affordable")), txt(" connectivity,")),
			}},
			{ID: "invites-sg", Call: "invites the Secretary-General", Kind: doc.Operative, Items: []*doc.Item{
				item("invites-sg.p1", "", txt("to continue to facilitate and strengthen ITU efforts to promote universal, affordable, and secure connectivity.")),
			}},
		},
	}
}

// sampleOpinion5 has footnotes (one cited twice), a range reference and an
// unlabelled paragraph under "is of the view".
func sampleOpinion5() *doc.Document {
	fn := &doc.Footnote{Number: 2, ID: "fn2", Label: "2", Content: []doc.Inline{txt("These include the least developed countries, small island developing states, landlocked developing countries and countries with economies in transition.")}}
	fn2 := &doc.Footnote{Number: 1, ID: "fn1", Label: "1", Content: []doc.Inline{txt("See "), em(txt("Resolution 136 (Rev. Dubai, 2018)")), txt(".")}}
	rangeRef := &doc.Ref{Children: []doc.Inline{txt("invites Member States 1-2 above")}, Targets: []string{"invites-ms.1", "invites-ms.2"}, Range: true, Label: "invites Member States 1 to 2"}
	return &doc.Document{
		Name: "sample-opinion-5", ID: "opinion-5", Kind: doc.Opinion, Draft: true, Number: "5",
		Heading: "DRAFT OPINION 5",
		Title:   []doc.Inline{txt("Use of telecommunications/ICTs in COVID-19 and future pandemic and epidemic preparedness and response")},
		Formula: []doc.Inline{txt("The sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),")},
		Blocks: []*doc.Block{
			{ID: "recalling", Call: "recalling", Kind: doc.Preambular, Items: []*doc.Item{
				item("recalling.a", "a)", txt("Resolution 74/270 of the United Nations General Assembly (UNGA) on “Global solidarity to fight the coronavirus disease 2019 (COVID-19)”;")),
				item("recalling.b", "b)", txt("Resolution 136 (Rev. Dubai, 2018) of the Plenipotentiary Conference"), &doc.NoteRef{Note: fn2}, txt(","))}},
			{ID: "view", Call: "is of the view", Kind: doc.Operative, Items: []*doc.Item{
				item("view.p1", "", txt("expanding affordable access and connectivity to telecommunications/ICTs will continue to play a critical role in helping to mitigate and manage the effects of the COVID-19 pandemic,")),
			}},
			{ID: "invites-ms", Call: "invites Member States", Kind: doc.Operative, Items: []*doc.Item{
				item("invites-ms.1", "1.", txt("to cooperate and offer assistance, especially to developing countries"), &doc.NoteRef{Note: fn}, txt(";")),
				item("invites-ms.2", "2.", txt("to support developing countries"), &doc.NoteRef{Note: fn}, txt(" in their response;")),
				item("invites-ms.3", "3.", txt("to identify and share best practices, particularly in the areas noted in "), rangeRef, txt(", for possible use in response to future pandemics,")),
			}},
		},
		Notes: []*doc.Footnote{fn2, fn},
	}
}

// samples are the hand-built documents, by golden-file name.
func samples() []*doc.Document { return []*doc.Document{sampleOpinion2(), sampleOpinion5()} }
