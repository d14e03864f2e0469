import Testing
@testable import AnnalsCore

/// Table tests for `quotes/function-words.tsv`: each class with a word it
/// holds and a look-alike it does not, a check that the scanner reads the
/// file, and the validation every word-class file shares (`WordClassFile`).
@Suite struct QuoteWordsTests {
    static let lexicon = try! QuoteLexicon.builtIn()

    /// A class's words by its name in the file.
    static func list(_ name: String) -> Set<String> {
        switch name {
        case "pronoun": lexicon.pronouns
        case "person-pronoun": lexicon.personPronouns
        case "group-pronoun": lexicon.groupPronouns
        case "male": lexicon.male
        case "female": lexicon.female
        case "determiner": lexicon.determiners
        case "adverb": lexicon.adverbs
        case "not-name": lexicon.notNames
        case "ly-noun": lexicon.lyNouns
        case "coordinator": lexicon.coordinators
        case "preposition": lexicon.prepositions
        case "clause-word": lexicon.clauseWords
        case "descriptor": lexicon.descriptors
        case "inner-word": lexicon.innerWords
        case "noun-marker": lexicon.nounMarkers
        case "place-opener": lexicon.placeOpeners
        case "speaker-separator": lexicon.speakerSeparators
        case "name-particle": lexicon.nameParticles
        default: []
        }
    }

    @Test(arguments: [
        ("pronoun", "they", "them"),
        ("person-pronoun", "she", "it"),
        ("group-pronoun", "they", "them"),
        ("male", "mr", "mrs"),
        ("female", "ms", "mr"),
        ("determiner", "several", "seven"),
        ("determiner", "my", "me"),
        ("adverb", "repeatedly", "reportedly"),
        ("not-name", "meanwhile", "mean"),
        ("ly-noun", "rally", "really"),
        ("coordinator", "yet", "yes"),
        ("preposition", "despite", "despise"),
        ("clause-word", "whom", "home"),
        ("descriptor", "deputy", "depot"),
        ("inner-word", "of", "off"),
        ("noun-marker", "latest", "late"),
        ("place-opener", "santa", "saint-"),
        ("speaker-separator", "from", "of"),
        ("name-particle", "bin", "big"),
    ])
    func classHolds(_ name: String, word: String, notWord: String) {
        #expect(Self.list(name).contains(word))
        #expect(!Self.list(name).contains(notWord))
    }

    /// Every class of the file is read: none is left over, none is empty.
    @Test func everyClassOfTheFileIsRead() throws {
        let file = try DataFile.builtIn("quotes/function-words.tsv")
        for line in file.lines {
            #expect(!Self.list(String(line.fields[0])).isEmpty, "class \(line.fields[0])")
        }
    }

    /// The data decides: a name particle read from `text/name-words.tsv` keeps "bin" inside the speaker's name.
    @Test func nameParticleFromTheFileJoinsTheName() throws {
        let text = "\"We will not stop,\" said Hamza bin Salem."
        func speaker(particles: String) throws -> String? {
            let lexicon = try QuoteLexicon(cues: .builtIn("quotes/cues.tsv"), titles: .builtIn("quotes/titles.tsv"),
                                           nonPersonHeads: .builtIn("quotes/non-person-heads.tsv"),
                                           functionWords: .builtIn("quotes/function-words.tsv"),
                                           nameWords: DataFile(name: "text/name-words.tsv", text: "name-particle\t\(particles)"),
                                           givenNames: .builtIn("quotes/given-names.tsv"))
            let doc = TextFixture.document(text)
            return QuoteScanner(lexicon: lexicon).scan(doc).first?.speaker.map { doc.slice($0.start, $0.end) }
        }
        #expect(try speaker(particles: "bin") == "Hamza bin Salem")
        #expect(try speaker(particles: "al") != "Hamza bin Salem")
    }

    /// `quotes/given-names.tsv`: names of one sex, and names the file leaves out because both sexes bear them.
    @Test(arguments: [("theresa", true), ("tony", false), ("nikol", false), ("yulia", true), ("fatima", true), ("volodymyr", false),
                              ("shinichi", false), ("rené", false), ("rene", false), ("cesare", false), ("ngozi", true), ("priyanka", true)])
    func givenNameMarksSex(_ name: String, _ female: Bool) {
        #expect(Self.lexicon.givenNames[name] == female)
    }
    @Test(arguments: ["jordan", "jean", "kim", "andrea", "nicola", "ashley", "said", "may", "karen", "yuki", "kiran", "lilian"])
    func ambiguousOrNoGivenName(_ word: String) {
        #expect(Self.lexicon.givenNames[word] == nil)
    }

    // MARK: WordClassFile

    static func file(_ lines: [String]) -> DataFile { DataFile(name: "w.tsv", text: lines.joined(separator: "\n")) }

    @Test func takesClassesAndFinishes() throws {
        var f = try WordClassFile(Self.file(["# a comment", "a\tx y", "b\tz"]))
        #expect(try f.take("a") == ["x", "y"])
        #expect(try f.take("b") == ["z"])
        try f.finish()
    }

    @Test(arguments: [
        (["a\tx\ty"], "w.tsv:1: expected 2 tab-separated fields (class, words), found 3"),
        (["a\tx", "a\ty"], "w.tsv:2: class 'a' is listed twice"),
        (["a\tX"], "w.tsv:1: word 'X' must be lowercase, one space between words"),
        (["a\tx  y"], "w.tsv:1: word '' must be lowercase, one space between words"),
    ])
    func badFile(_ lines: [String], _ message: String) {
        #expect(throws: Error.self) { _ = try WordClassFile(Self.file(lines)) }
        do { _ = try WordClassFile(Self.file(lines)) } catch { #expect("\(error)" == message) }
    }

    @Test func missingAndUnknownClasses() throws {
        var f = try WordClassFile(Self.file(["a\tx", "c\ty"]))
        _ = try f.take("a")
        #expect(throws: KnowledgeError(file: "w.tsv", line: 2, message: "class 'b' is missing")) { _ = try f.take("b") }
        #expect(throws: KnowledgeError(file: "w.tsv", line: 2, message: "unknown class 'c' (one of a, b)")) { try f.finish() }
    }
}
