import Testing
@testable import AnnalsCore

/// Table tests for `actors/function-words.tsv` and the shared
/// `text/name-words.tsv`: each class with a word it holds and a look-alike it
/// does not, every class read, and sentences where the data decides.
@Suite struct ActorWordsTests {
    static let recognizer = try! ActorRecognizer.builtIn()

    static func has(_ flag: UInt8, _ word: String) -> Bool { (recognizer.wordFlags[word] ?? 0) & flag != 0 }

    @Test(arguments: [
        ("determiner", "whose", "who"),
        ("locative", "near", "nearly"),
        ("locative", "inside", "to"),
        ("locative", "through", "throw"),
        ("not-name", "meanwhile", "mean"),
        ("not-name", "asked", "ask"),
    ])
    func classHolds(_ name: String, word: String, notWord: String) {
        let flag: UInt8 = switch name {
        case "determiner": WordFlags.determiner
        case "locative": WordFlags.locative
        default: WordFlags.notName
        }
        #expect(Self.has(flag, word))
        #expect(!Self.has(flag, notWord))
    }

    @Test func forceWords() {
        #expect(Self.recognizer.forceWords.isSuperset(of: ["fired", "ceasefire", "shelled"]))
        #expect(!Self.recognizer.forceWords.contains("talks"))
        #expect(!Self.recognizer.forceWords.contains("positions"))   // "the two sides' positions" in talks
    }

    @Test func nameParticles() {
        #expect(Self.recognizer.nameParticles.isSuperset(of: ["bin", "von", "der", "da"]))
        #expect(!Self.recognizer.nameParticles.contains("and"))
        let quoteParticles = try? QuoteLexicon.builtIn().nameParticles
        #expect(Self.recognizer.nameParticles == quoteParticles)
    }

    static func actorNames(_ text: String, words: String? = nil, names: String? = nil) throws -> [String] {
        let recognizer = try ActorRecognizer(
            knowledge: .builtIn(), nameHeads: .builtIn("actors/name-heads.tsv"),
            functionWords: words.map { DataFile(name: "actors/function-words.tsv", text: $0) } ?? .builtIn("actors/function-words.tsv"),
            nameWords: names.map { DataFile(name: "text/name-words.tsv", text: $0) } ?? .builtIn("text/name-words.tsv"))
        let doc = TextFixture.document(text)
        return recognizer.recognize(doc, times: []).map(\.name)
    }

    /// The data decides: the same sentences with a class changed in the file.
    @Test func theFileDecides() throws {
        let builtIn = try DataFile.builtIn("actors/function-words.tsv").lines.map { $0.fields.joined(separator: "\t") }
        func replacing(_ cls: String, _ words: String) -> String {
            builtIn.map { $0.hasPrefix(cls + "\t") ? cls + "\t" + words : $0 }.joined(separator: "\n")
        }
        // "in Baku" is a place, "Baku said" the government; without "in" as a locative the first is an actor too
        let inBaku = try Self.actorNames("Talks were held in Baku.")
        let inBakuNoLocative = try Self.actorNames("Talks were held in Baku.", words: replacing("locative", "near"))
        let bakuSaid = try Self.actorNames("Baku said it would reply.")
        #expect(!inBaku.contains("Azerbaijan"))
        #expect(inBakuNoLocative.contains("Azerbaijan"))
        #expect(bakuSaid.contains("Azerbaijan"))
        // a particle joins the two halves of a name
        let withBin = try Self.actorNames("Karim bin Hamad arrived on Monday.")
        let withoutBin = try Self.actorNames("Karim bin Hamad arrived on Monday.", names: "name-particle\tvon")
        #expect(withBin.contains("Karim bin Hamad"))
        #expect(!withoutBin.contains("Karim bin Hamad"))
    }

    @Test func errorsNameFileAndLine() throws {
        let kb = try ActorKnowledge.builtIn()
        let heads = try DataFile.builtIn("actors/name-heads.tsv")
        let names = try DataFile.builtIn("text/name-words.tsv")
        let missing = DataFile(name: "w.tsv", text: "# x\ndeterminer\tthe\nlocative\tin\n")
        #expect(throws: KnowledgeError(file: "w.tsv", line: 3, message: "class 'not-name' is missing")) {
            try ActorRecognizer(knowledge: kb, nameHeads: heads, functionWords: missing, nameWords: names)
        }
        let extra = DataFile(name: "w.tsv", text: "determiner\tthe\nlocative\tin\nnot-name\tso\nforce-word\tfired\nparticle\tvan\n")
        #expect(throws: KnowledgeError(file: "w.tsv", line: 5, message: "unknown class 'particle' (one of determiner, force-word, locative, not-name)")) {
            try ActorRecognizer(knowledge: kb, nameHeads: heads, functionWords: extra, nameWords: names)
        }
    }
}
