import Testing
@testable import AnnalsCore

/// Document topics: texts written for these tests, with the topics that
/// must and must not apply.
@Suite struct TopicTests {
    static let engine = try! Annals()

    static func topics(_ text: String) -> [String] {
        engine.analyze(Article(id: "t", date: CivilDate(iso: "2024-03-15"), text: text)).topics
    }

    @Test(arguments: [
        ("A magnitude 6.8 earthquake struck the region overnight, and aftershocks and landslides hampered rescuers. Floods followed the quake.", "natural-disaster"),
        ("The striker scored twice as the league leaders won the match, and the coach praised his squad before the cup final at the stadium.", "sports"),
        ("Shares rose after the company reported quarterly profit and revenue above forecasts; investors welcomed the dividend and the merger with its rival, and the stock gained as sales grew.", "business"),
        ("Police seized cocaine worth millions from a cartel; the traffickers ran a smuggling and money laundering network for the gang.", "organized-crime"),
        ("A blast at the chemical factory started a blaze; firefighters searched the wreckage after the building collapsed.", "man-made-disaster"),
        ("Heavy floods swept through three districts on Sunday, leaving 12 people dead and thousands homeless.", "natural-disaster"),
        ("The cyclone made landfall on the coast, uprooting trees and killing at least 70 people.", "natural-disaster"),
        ("A bus plunged into a gorge in the mountains, killing 25 passengers.", "man-made-disaster"),
        ("A building collapsed in the old town, trapping dozens of people under the rubble.", "man-made-disaster"),
        // a one-sentence snippet: one strong cue is enough
        ("Floods killed 12 people in Assam.", "natural-disaster"),
        ("Gang members extorted money from shopkeepers in Cape Town.", "organized-crime"),
        ("Police in Sonora found a clandestine lab producing fentanyl pills.", "organized-crime"),
        ("A cloudburst swept away 12 houses in Kullu district.", "natural-disaster"),
        ("At least 30 people died as heavy monsoon rains lashed Karachi.", "natural-disaster"),
        ("Police seized shabu worth millions of pesos in Pampanga.", "organized-crime"),
        ("The Anti-Narcotics Force seized two tonnes of hashish near Chaman.", "organized-crime"),
        ("A flyover collapsed in Varanasi, killing 18 people.", "man-made-disaster"),
    ])
    func applies(_ text: String, _ topic: String) {
        #expect(Self.topics(text).contains(topic), "topics: \(Self.topics(text))")
    }

    @Test(arguments: [
        ("The striker scored twice as the league leaders won the match.", "natural-disaster"),
        ("The minister visited the factory and praised its workers.", "man-made-disaster"),
        ("A storm of criticism met the plan.", "natural-disaster"),   // one weak cue is not enough
        ("Good rains helped the wheat harvest in the north, traders said.", "natural-disaster"),
        ("Police said the bus driver was arrested in the capital.", "man-made-disaster"),
        // a weak cue alone in a snippet; a strong cue once in a long report
        ("A fire at the market was put out quickly.", "man-made-disaster"),
        (String(repeating: "The finance ministry said the budget for roads and schools would grow next year. ", count: 6)
            + "A flood of new orders lifted output.", "natural-disaster"),
    ])
    func doesNotApply(_ text: String, _ topic: String) {
        #expect(!Self.topics(text).contains(topic))
    }

    /// An event's CAMEO root read from its code's bytes is the number of `CAMEOCode.root`
    /// when that is a root 01-20, and 0 (the string is compared instead) otherwise.
    @Test(arguments: [("190", 19), ("01", 1), ("0211", 2), ("20", 20), ("145", 14),
                      ("00", 0), ("21", 0), ("1", 0), ("", 0), ("x9", 0), ("1x", 0), ("19\u{301}", 0)])
    func rootNumber(_ code: String, _ expected: Int) {
        #expect(TopicModel.rootNumber(code) == expected)
        if expected > 0 {
            let root = EventOntology.CAMEOCode(code: code, label: "", goldstein: 0, quad: 1, plover: nil, ploverBasis: .cue, acled: nil).root
            #expect(root == (expected < 10 ? "0\(expected)" : "\(expected)"))
        }
    }

    @Test func badLinesNameFileAndLine() {
        let topics = DataFile(name: "topics.tsv", text: "sports\t8\t3\t-\t-\n")
        let cues = DataFile(name: "cues.tsv", text: "goal\tsports\t2\nflood\tweather\t3\n")
        #expect(throws: KnowledgeError(file: "cues.tsv", line: 2, message: "unknown topic 'weather'")) { try TopicModel(topics: topics, cues: cues) }
        let badRoot = DataFile(name: "topics.tsv", text: "war\t8\t3\t18,99\t-\n")
        #expect(throws: KnowledgeError(file: "topics.tsv", line: 1, message: "'99' is not a CAMEO root 01-20")) { try TopicModel(topics: badRoot, cues: DataFile(name: "c", text: "")) }
        let badShort = DataFile(name: "topics.tsv", text: "war\t8\t3\t18\t5\n")
        #expect(throws: KnowledgeError(file: "topics.tsv", line: 1, message: "short-text cue weight '5' must be a number in (0, 3] or -")) { try TopicModel(topics: badShort, cues: DataFile(name: "c", text: "")) }
        let four = DataFile(name: "topics.tsv", text: "war\t8\t3\t18\n")
        #expect(throws: KnowledgeError(file: "topics.tsv", line: 1, message: "expected 5 tab-separated fields (topic, minimum score, distinct cues, event roots, short-text cue weight), found 4")) { try TopicModel(topics: four, cues: DataFile(name: "c", text: "")) }
    }
}
