import Foundation
import Testing
@testable import AnnalsCore

/// Text → sentences (each the exact original text of the sentence), and
/// text → paragraphs. Every row is written by hand for this suite.
@Suite struct SentenceSplitterTests {
    /// Where the splitter must split.
    @Test(arguments: [
        ("Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]),
        ("The U.S. economy grew. It slowed later.", ["The U.S. economy grew.", "It slowed later."]),
        ("He lives in the U.S. The rest stayed home.", ["He lives in the U.S.", "The rest stayed home."]),
        ("They met at 10 a.m. Police said nothing.", ["They met at 10 a.m.", "Police said nothing."]),
        ("It happened on Sept. 12 in Baku. Talks followed.", ["It happened on Sept. 12 in Baku.", "Talks followed."]),
        ("Gen. Mark Milley spoke. Then he left.", ["Gen. Mark Milley spoke.", "Then he left."]),
        ("John F. Kennedy was shot in 1963. Oswald was arrested.", ["John F. Kennedy was shot in 1963.", "Oswald was arrested."]),
        ("Growth was 3.5 percent. Prices rose 0.2 points.", ["Growth was 3.5 percent.", "Prices rose 0.2 points."]),
        ("\"He left.\" Then she came.", ["\"He left.\"", "Then she came."]),
        ("“He left.” Then she came.", ["“He left.”", "Then she came."]),
        ("‘No.’ Then silence.", ["‘No.’", "Then silence."]),
        ("(He left.) Then she came.", ["(He left.)", "Then she came."]),
        ("He called it “calm”. Nobody agreed.", ["He called it “calm”.", "Nobody agreed."]),
        ("\"Go.\" \"Stay.\"", ["\"Go.\"", "\"Stay.\""]),
        ("Is it over? Nobody knows! Wait... Yes.", ["Is it over?", "Nobody knows!", "Wait...", "Yes."]),
        ("He said no. Smith disagreed.", ["He said no.", "Smith disagreed."]),
        ("He works for Apple Inc. The company declined to comment.", ["He works for Apple Inc.", "The company declined to comment."]),
        ("She got an A. He got a B.", ["She got an A.", "He got a B."]),
        ("The vote was 5-4. It passed.", ["The vote was 5-4.", "It passed."]),
        ("He left.She stayed.", ["He left.", "She stayed."]),
        ("Prices rose in 2022. 12 people were hurt.", ["Prices rose in 2022.", "12 people were hurt."]),
        // headlines: a first line without final punctuation, then a line break
        ("Border talks resume as farmers block highway\nFarmers held a rally on Thursday.",
         ["Border talks resume as farmers block highway", "Farmers held a rally on Thursday."]),
        ("BAKU TALKS COLLAPSE\n\"We will stay,\" he said.", ["BAKU TALKS COLLAPSE", "\"We will stay,\" he said."]),
        ("Minister: “We will stay”\nThe minister spoke on Friday.", ["Minister: “We will stay”", "The minister spoke on Friday."]),
        ("Floods kill 12\r\n12 people died in the floods.", ["Floods kill 12", "12 people died in the floods."]),
        // paragraphs from blank lines, with any line endings
        ("First paragraph ends here\n\nsecond one starts lower.", ["First paragraph ends here", "second one starts lower."]),
        ("He left.\r\nShe stayed.\r\n\r\nA new paragraph.", ["He left.", "She stayed.", "A new paragraph."]),
        ("One.\n \t\nTwo.", ["One.", "Two."]),
        // no-break and other Unicode spaces
        ("He left.\u{A0}She stayed.", ["He left.", "She stayed."]),
        ("Dr.\u{A0}Smith left.\u{2003}He came back.", ["Dr.\u{A0}Smith left.", "He came back."]),
        // non-ASCII text
        ("Zoë Müller kam um 8 Uhr. Élise folgte.", ["Zoë Müller kam um 8 Uhr.", "Élise folgte."]),
        ("Он ушёл. Москва молчит.", ["Он ушёл.", "Москва молчит."]),
        ("東京で会議が開かれた。大阪でも同様だった。", ["東京で会議が開かれた。", "大阪でも同様だった。"]),
        ("本当？はい！", ["本当？", "はい！"]),
        ("قال الرئيس إن المحادثات ستستمر. وأضاف أن الوضع هادئ.", ["قال الرئيس إن المحادثات ستستمر.", "وأضاف أن الوضع هادئ."]),
        ("שלום עולם. מה נשמע?", ["שלום עולם.", "מה נשמע?"]),
        ("Great news 🎉. Everyone cheered 👏🏽!", ["Great news 🎉.", "Everyone cheered 👏🏽!"]),
        // degenerate texts
        ("", []),
        ("   \n\n \r\n ", []),
        ("?!", ["?!"]),
        ("...", ["..."]),
        (". . .", [". . ."]),
        ("“”", ["“”"]),
    ] as [(String, [String])])
    func splits(_ text: String, _ expected: [String]) {
        #expect(TextFixture.sentences(text) == expected)
        TextFixture.checkInvariants(TextFixture.document(text))
    }

    /// Where the splitter must not split: each text is one sentence.
    @Test(arguments: [
        "Dr. Jones met Gen. Lee and Mr. Brown in St. Petersburg.",
        "The U.S. Senate voted on the bill.",
        "The U.S. President spoke.",
        "He paid $3.50 for 2.5 kg of rice.",
        "John F. Kennedy spoke in Berlin.",
        "He met J. R. R. Tolkien once.",
        "On Sept. 12 they met again.",
        "No. 10 Downing Street said so.",
        "See Fig. 3 for details.",
        "He said \"stop.\" and left.",
        "“Why?” he asked.",
        "“We will stay,” he said.",
        "He tested e.g. the army and i.e. the navy.",
        "Visit example.com today.",
        "The vote was 5-4. it passed anyway.",
        "They met in Washington, D.C. on Monday.",
        "The meeting ran from 9 a.m. to noon.",
        "Wait... what happened?",
        // hard-wrapped lines are not headlines
        "Police said 12 people were detained after clashes near the\ntoll station on Tuesday.",
        "Police said twelve people were detained\nafter clashes at the station.",
        "In Baku, Aliyev said,\nNobody can influence us.",
        "Officials met with\nPresident Aliyev on Friday.",
        "The talks were held in\r\nBaku on Friday.",
    ])
    func doesNotSplit(_ text: String) {
        #expect(TextFixture.sentences(text) == [text])
    }

    @Test(arguments: [
        ("One.\n\nTwo. Three.\n\n\nFour", ["One.", "Two. Three.", "Four"]),
        ("A\r\n\r\nB", ["A", "B"]),
        ("A\nB", ["A\nB"]),
        ("\n\nA\n\n", ["A"]),
        ("", []),
    ] as [(String, [String])])
    func paragraphs(_ text: String, _ expected: [String]) {
        #expect(TextFixture.paragraphs(text) == expected)
    }

    /// The writer's paragraphs: each line when the lines are not hard-wrapped.
    @Test(arguments: [
        // a line longer than any hard-wrapped line: every line is a paragraph (a caption line in web text)
        ("Police detained twelve protesters on Friday after a march through the centre of the capital that the mayor's office had banned earlier in the week, their lawyers said.\nREAD MORE: Police detain activists\nThe march was the third this month.",
         ["Police detained twelve protesters on Friday after a march through the centre of the capital that the mayor's office had banned earlier in the week, their lawyers said.", "READ MORE: Police detain activists", "The march was the third this month."]),
        // hard-wrapped lines stay one paragraph
        ("Police detained twelve protesters on Friday after a march\nthrough the centre of the capital that the mayor's office\nhad banned earlier in the week, their lawyers said.",
         ["Police detained twelve protesters on Friday after a march\nthrough the centre of the capital that the mayor's office\nhad banned earlier in the week, their lawyers said."]),
        // a paragraph of short lines and a blank line
        ("A\nB\n\nC", ["A\nB", "C"]),
        ("", []),
    ] as [(String, [String])])
    func lineParagraphs(_ text: String, _ expected: [String]) {
        #expect(TextFixture.lineParagraphs(text) == expected)
    }

    /// Offsets are code points of the original text, whatever the
    /// normalized forms: NBSP, curly quotes, dashes and astral characters
    /// before a sentence all count as one code point each.
    @Test func codePointOffsetsOfSentences() throws {
        let text = "👍🏽\u{A0}“Go—now.” Then 東京."
        let doc = TextFixture.document(text)
        let spans = doc.sentences.map { (doc.scalarOffset(Int($0.start)), doc.scalarOffset(Int($0.end))) }
        // 👍 🏽 NBSP are code points 0-2; “ is 3, — is 6, ” is 11, the space 12;
        // "Then" starts at 13 and 東京. takes 18-20.
        #expect(spans.map(\.0) == [0, 13])
        #expect(spans.map(\.1) == [12, 21])
        #expect(doc.norms[doc.tokens.firstIndex { doc.slice(Int($0.start), Int($0.end)) == "“" }!] == "\"")
        TextFixture.checkInvariants(doc)
    }

    /// The invariants hold on every article of the shared development
    /// corpora (read at run time; skipped when ../shared is absent).
    @Test func invariantsOnSharedCorpus() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared").standardized
        let files = ["data/corpus/bbc_news_2004_2005.jsonl", "data/time/timebank_aquaint_docs.jsonl"]
            .map { root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !files.isEmpty else { return }   // no shared data here: nothing to check
        var checked = 0
        for file in files {
            let data = try Data(contentsOf: file)
            for (n, line) in data.split(separator: 0x0A).enumerated() where n % 7 == 0 {
                guard case .success(let article) = ArticleInput.jsonLine(line, line: n + 1) else { continue }
                let doc = Document(article, model: TextFixture.model)
                TextFixture.checkInvariants(doc)
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
