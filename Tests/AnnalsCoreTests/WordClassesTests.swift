import Testing
@testable import AnnalsCore

/// The word-class table is a hash table of its own (`WordClasses`): these
/// check it against a plain dictionary built from the same registrations.
@Suite struct WordClassesTests {
    @Test func registeredWordsHaveTheUnionOfTheirClasses() {
        var c = WordClasses()
        #expect(c.isEmpty)
        #expect(c.classes(of: "said") == [])
        c.add(["said", "told"], .speechCue)
        c.add(["said", "he"], .pronoun)
        #expect(!c.isEmpty)
        #expect(c.classes(of: "said") == [.speechCue, .pronoun])
        #expect(c.classes(of: "told") == .speechCue)
        #expect(c.classes(of: "he") == .pronoun)
        // counter-examples: a prefix, a longer word, another case, the empty word
        #expect(c.classes(of: "sai") == [])
        #expect(c.classes(of: "saidx") == [])
        #expect(c.classes(of: "Said") == [])
        #expect(c.classes(of: "") == [])
    }

    @Test func agreesWithADictionaryPastManyGrowths() {
        var c = WordClasses()
        var expected: [String: WordClass] = [:]
        let classes: [WordClass] = [.eventTrigger, .timeWord, .placeCue, .title]
        for i in 0..<5_000 {
            // ASCII, non-ASCII and long keys; every fourth word registered twice with another class
            let word = i % 3 == 0 ? "w\(i)" : i % 3 == 1 ? "é\(i)ü" : "a-rather-long-word-number-\(i)"
            let cls = classes[i % classes.count]
            c.add([word], cls)
            expected[word, default: []].formUnion(cls)
            if i % 4 == 0 {
                c.add([word], .adverb)
                expected[word, default: []].formUnion(.adverb)
            }
        }
        c.add([""], .punctuationTestClass)
        expected[""] = .punctuationTestClass
        for (word, cls) in expected { #expect(c.classes(of: word) == cls, "\(word)") }
        for i in 5_000..<5_200 { #expect(c.classes(of: "w\(i)") == []) }
    }
}

@Suite struct WordIDTests {
    @Test func aWordKeepsItsIDAsTheTableGrows() {
        var c = WordClasses()
        let said = c.add("said", .speechCue)
        let march = c.add("march", [])   // an id without a class
        #expect(said == 0 && march == 1)
        for i in 0..<3_000 { c.add("w\(i)", .title) }
        #expect(c.add("said", .pronoun) == said)   // adding again keeps the id
        #expect(c.id(of: "said") == said && c.id(of: "march") == march)
        #expect(c.classes(ofID: said) == [.speechCue, .pronoun])
        #expect(c.classes(of: "march") == [])
        #expect(c.count == 3_002)
        // counter-examples: unknown words and another case have no id
        #expect(c.id(of: "marched") == -1 && c.id(of: "March") == -1 && WordClasses().id(of: "said") == -1)
    }

    @Test func wordIndexAnswersOnlyTheIDsSet() {
        var index = WordIndex()
        #expect(index.isEmpty && index[0] == -1 && index[-1] == -1)
        index[5] = 2
        index[1_000] = 7
        #expect(index[5] == 2 && index[1_000] == 7)
        #expect(index[4] == -1 && index[6] == -1 && index[999] == -1 && index[100_000] == -1 && index[-1] == -1)
    }

    /// Trigger forms of one lemma share their follow-on table; `register`
    /// indexes a shared table once. Every form's table by id must still be
    /// its own `byNext`, and the sharing must be in use.
    @Test func everyTriggerFormKeepsItsFollowOnWords() throws {
        let engine = try Annals()
        let table = engine.events.patterns.triggerTable
        #expect(table.count > 1_000)
        var shared = 0
        for (form, entry) in table {
            #expect(engine.events.registeredNext(of: form, in: engine.text.wordClasses) == entry.byNext, "\(form)")
            if entry.shared >= 0 { shared += 1 }
        }
        #expect(shared > 0 && shared < table.count)
        let sharedGroups = Set(table.values.map(\.shared).filter { $0 >= 0 })
        #expect(sharedGroups.count < shared)   // some entries serve two forms or more
    }

    /// The time grammar and the event coder read a token's entries by word
    /// id when the document has ids; without the word classes they hash the
    /// token's string: both must give the same answers.
    @Test func layersByIDAgreeWithLayersByString() throws {
        let engine = try Annals()
        let plain = try TextModel.builtIn()   // no word classes: no ids
        let text = """
            Protesters marched on the parliament in Yerevan on Friday, and police arrested 20 of them. \
            The government said on Monday it would hold talks with the opposition next week. \
            Rebels shelled the town of Marib last month; the army was attacked by militants on Dec. 3.
            """
        let article = Article(id: "t", date: CivilDate(iso: "2022-12-25"), text: text)
        let byID = Document(article, model: engine.text)
        let byString = Document(article, model: plain)
        #expect(!byID.wordIDs.isEmpty && byString.wordIDs.isEmpty)
        let times = engine.time.tag(byID)
        #expect(times.map(\.value) == engine.time.tag(byString).map(\.value))
        #expect(times.count >= 4)
        let actors = engine.actors.recognize(byID, times: times)
        let events = engine.events.code(byID, times: times, actors: actors)
        let eventsByString = engine.events.code(byString, times: times, actors: actors)
        let describe = { (e: Event) in "\(e.cameo) \(e.rule) \(e.evidence.map(\.trigger)) \(e.sources) \(e.targets)" }
        #expect(events.map(describe) == eventsByString.map(describe))
        #expect(events.count >= 3)
    }
}

private extension WordClass {
    /// A bit no capability uses.
    static let punctuationTestClass = WordClass(rawValue: 1 << 63)
}
