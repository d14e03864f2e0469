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
    ])
    func applies(_ text: String, _ topic: String) {
        #expect(Self.topics(text).contains(topic), "topics: \(Self.topics(text))")
    }

    @Test(arguments: [
        ("The striker scored twice as the league leaders won the match.", "natural-disaster"),
        ("The minister visited the factory and praised its workers.", "man-made-disaster"),
        ("A storm of criticism met the plan.", "natural-disaster"),   // one weak cue is not enough
    ])
    func doesNotApply(_ text: String, _ topic: String) {
        #expect(!Self.topics(text).contains(topic))
    }

    @Test func badLinesNameFileAndLine() {
        let topics = DataFile(name: "topics.tsv", text: "sports\t8\t3\t-\n")
        let cues = DataFile(name: "cues.tsv", text: "goal\tsports\t2\nflood\tweather\t3\n")
        #expect(throws: KnowledgeError(file: "cues.tsv", line: 2, message: "unknown topic 'weather'")) { try TopicModel(topics: topics, cues: cues) }
        let badRoot = DataFile(name: "topics.tsv", text: "war\t8\t3\t18,99\n")
        #expect(throws: KnowledgeError(file: "topics.tsv", line: 1, message: "'99' is not a CAMEO root 01-20")) { try TopicModel(topics: badRoot, cues: DataFile(name: "c", text: "")) }
    }
}
