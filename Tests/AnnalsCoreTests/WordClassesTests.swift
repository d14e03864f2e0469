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

private extension WordClass {
    /// A bit no capability uses.
    static let punctuationTestClass = WordClass(rawValue: 1 << 63)
}
