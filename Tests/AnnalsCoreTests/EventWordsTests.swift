import Testing
@testable import AnnalsCore

/// Table tests for `events/function-words.tsv`: each class with words it
/// holds and look-alikes it does not, and the file's validation.
@Suite struct EventWordsTests {
    static let words = try! EventWords.builtIn()

    /// A class's words by its name in the file.
    static func list(_ name: String) -> Set<String> {
        EventWords.List.allCases.first { $0.name == name }.map { words.words($0) } ?? []
    }

    @Test(arguments: [
        ("negator", "never", "nevertheless"),
        ("refusal", "refused", "refuted"),
        ("be", "was", "wasp"),
        ("future", "will", "willing"),
        ("possible", "might", "mighty"),
        ("intent", "plans", "planted"),
        ("threat", "threatened", "threat"),
        ("subject-skip", "reportedly", "reported"),
        ("bare-verb-context", "to", "too"),
        ("after-bare-verb", "against", "agents"),
        ("before-bare-verb", "then", "than"),
        ("object-opener", "their", "there"),
        ("court-step", "sentenced", "sent"),
        ("saying", "said", "sad"),
        ("clause-opener", "since", "sincere"),
        ("time-unit", "weeks", "weekly"),
        ("relative-opener", "whose", "whole"),
        ("until", "until", "unto"),
        ("not-participle", "including", "killing"),
        ("pronoun", "them", "then"),
        ("article", "an", "and"),
        ("possessive", "their", "there"),
        ("adjective-opener", "of", "off"),
        ("passive-clause-opener", "whether", "weather"),
        ("passive-particle", "over", "overrun"),
        ("denial", "denied", "dined"),
        ("cancel", "cancelled", "cancer"),
        ("denial-opener", "that", "than"),
        ("cancel-verb", "called", "calmed"),
        ("cancel-particle", "off", "of"),
        ("plan", "planned", "planted"),
        ("auxiliary", "been", "bean"),
        ("not-patient", "warrants", "workers"),
        ("aftermath-opener", "after", "afterwards"),
        ("adverbial-opener", "after", "afterwards"),
        ("date-opener", "on", "since"),
        ("condition-opener", "if", "of"),
        ("game-verb", "beaten", "killed"),
        ("postmodifier-opener", "with", "of"),
        ("whether-verb", "asked", "said"),
        ("act-noun", "bombing", "visit"),
    ])
    func classHolds(_ name: String, word: String, notWord: String) {
        #expect(Self.list(name).contains(word))
        #expect(!Self.list(name).contains(notWord))
    }

    /// The data decides: a negator read from the file negates the event.
    @Test func negatorFromTheFileNegates() throws {
        let engine = try Annals()
        let a = engine.analyze(Article(id: "t", date: CivilDate(iso: "2022-12-25"), text: "Police never arrested the activist."))
        #expect(a.events.first?.negated == true)
        let b = engine.analyze(Article(id: "t", date: CivilDate(iso: "2022-12-25"), text: "Police arrested the activist."))
        #expect(b.events.first?.negated == false)
    }

    /// One line per class of the built-in file, each with the single word "x".
    static let classLines = try! DataFile.builtIn("events/function-words.tsv").lines.map { "\($0.fields[0])\tx" }

    func load(replacing name: String? = nil, with line: String? = nil, adding extra: String? = nil) throws -> EventWords {
        var lines = Self.classLines.filter { name == nil || !$0.hasPrefix(name! + "\t") }
        if let line { lines.append(line) }
        if let extra { lines.append(extra) }
        return try EventWords(DataFile(name: "events/function-words.tsv", text: lines.joined(separator: "\n")))
    }

    /// The coder keeps a word's lists as bits of a 64-bit mask (`EventCoder.listMasks`).
    @Test func listsFitTheCodersMask() {
        #expect(EventWords.List.allCases.count <= UInt64.bitWidth)
    }

    @Test func everyClassPresentLoads() throws {
        let w = try load()
        #expect(w.words(.negators) == ["x"])
    }

    @Test(arguments: [
        ("negator", "negator\tnot never\tx", "expected 2 tab-separated fields (class, words), found 3"),
        ("negator", "negator\tNot", "word 'Not' must be lowercase, one space between words"),
        ("negator", "negator\tnot  never", "word '' must be lowercase, one space between words"),
    ])
    func badLine(name: String, line: String, message: String) {
        do {
            _ = try load(replacing: name, with: line)
            Issue.record("accepted: \(line)")
        } catch let e as KnowledgeError {
            #expect(e.message == message)
            #expect(e.line == Self.classLines.count)   // the last line, where the replacement stands
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func duplicateAndMissingClasses() {
        #expect(throws: KnowledgeError(file: "events/function-words.tsv", line: Self.classLines.count + 1, message: "class 'be' is listed twice")) {
            try load(adding: "be\twas")
        }
        #expect(throws: KnowledgeError(file: "events/function-words.tsv", line: Self.classLines.count - 1, message: "class 'until' is missing")) {
            try load(replacing: "until")
        }
        #expect(throws: KnowledgeError(file: "events/function-words.tsv", line: Self.classLines.count + 1, message: "unknown class 'negators' (one of act-noun, adjective-opener, adverbial-opener, after-bare-verb, aftermath-opener, article, auxiliary, bare-verb-context, be, before-bare-verb, cancel, cancel-particle, cancel-verb, clause-opener, condition-opener, court-step, date-opener, denial, denial-opener, future, game-verb, intent, negator, not-participle, not-patient, object-opener, passive-clause-opener, passive-particle, plan, possessive, possible, postmodifier-opener, pronoun, refusal, relative-opener, saying, subject-skip, threat, time-unit, until, whether-verb)")) {
            try load(adding: "negators\tnot")
        }
    }
}
