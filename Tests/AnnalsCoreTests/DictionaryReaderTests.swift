import Foundation
import Testing
@testable import AnnalsCore

/// The TABARI / PETRARCH dictionary reader: tiny dictionaries written for
/// these tests, what they hold, and the lines they skip (`file:line`).
@Suite struct DictionaryReaderTests {
    static func read(_ kind: CodingDictionaries.Kind, _ text: String, style: CodingDictionaries.Style = .petrarch) -> CodingDictionaries {
        CodingDictionaries(files: [.init(name: "t.\(kind.rawValue)", kind: kind, text: text)], style: style)
    }

    @Test func actorsWithSynonymsCodeLinesAndDates() {
        let d = Self.read(.actors, """
        <!-- a comment -->
        # another
        GONDOR [GON]
        +MINAS_TIRITH
        GOLLUM  # names first, codes after
        +SMEAGOL
        \t[HOB < 950601]
        \t[HOBGOV 19950601 - 19990815]
        \t[HOBREB > 990816]
        THE_UNITED_NATIONS_
        UN_
        \t[IGOUNO]
        THE_SHIRE [FRO/BIL/SAM]
        """)
        #expect(d.warnings.isEmpty, "\(d.warnings)")
        #expect(d.actorCount == 4)
        #expect(d.actorPhraseCount == 7)
        let gollum = d.actorEntries.first { $0.name == "GOLLUM" }!
        #expect(gollum.codes.count == 3)
        #expect(gollum.codes[0].to! < 19950601 && gollum.codes[0].from == nil)
        #expect(gollum.codes[1].from == 19950601 && gollum.codes[1].to == 19990815)
        #expect(gollum.codes[2].from == 19990816)
        #expect(d.actorEntries.last!.codes[0].codes == ["FRO", "BIL", "SAM"])
    }

    struct BadLine: Sendable, CustomTestStringConvertible {
        var kind: CodingDictionaries.Kind
        var text: String
        var line: Int
        var message: String
        var testDescription: String { "\(kind): \(message)" }
    }

    static let badLines: [BadLine] = [
        BadLine(kind: .actors, text: "ARNOR [ARN]\nGONDOR [GON 19820101]", line: 2, message: "cannot read the code"),
        BadLine(kind: .actors, text: "ARNOR [ARN]\n\nROHAN", line: 3, message: "has no code"),
        BadLine(kind: .actors, text: "+ORPHAN\nARNOR [ARN]", line: 1, message: "synonym with no actor"),
        BadLine(kind: .agents, text: "POLICE [~COP]\nSOLDIER", line: 2, message: "without a [~CODE]"),
        BadLine(kind: .agents, text: "POLICE [COP]", line: 1, message: "has no '~'"),
        BadLine(kind: .verbs, text: "--- A [010] ---\nATTACK\n- * &NOSUCH [011]", line: 3, message: "unknown synset"),
        BadLine(kind: .verbs, text: "--- A [010] ---\nATTACK\n- * HARD", line: 3, message: "without a [code]"),
        BadLine(kind: .verbs, text: "--- A [010] ---\nATTACK\n- HARD [011]", line: 3, message: "without '*'"),
        BadLine(kind: .verbs, text: "- * HARD [011]", line: 1, message: "outside a verb block"),
    ]

    @Test(arguments: badLines) func skippedLinesAreReported(_ row: BadLine) {
        let d = Self.read(row.kind, row.text)
        #expect(!d.warnings.isEmpty && d.warnings.allSatisfy { $0.line == row.line }, "\(d.warnings)")
        #expect(d.warnings.first?.file == "t.\(row.kind.rawValue)")
        #expect(d.warnings.first?.message.contains(row.message) == true, "\(d.warnings)")
    }

    @Test func verbsSynsetsPatternsAndForms() {
        let d = Self.read(.verbs, """
        &TIETYPES
        +MILITARY
        +ECONOMIC

        &ANY
        +&TIETYPES
        +CLOSER

        --- ABANDON [345] ---
        ABANDON
        +WALK_AWAY {+WALKED_AWAY}
        - * &TIETYPES TIES [902]
        - INCHING &ANY * [083]
        """)
        #expect(d.warnings.isEmpty, "\(d.warnings)")
        #expect(d.patternCount == 2)
        #expect(d.synsets["ANY"]?.count == 3)
        #expect(d.verbFormCount == 3)
        // regular forms of the verb
        #expect(!d.verbs.candidates("abandoned").isEmpty)
        #expect(!d.verbs.candidates("abandoning").isEmpty)
        #expect(d.verbs.candidates("abandonx").isEmpty)
    }

    @Test func tabariStemsAndExactWords() {
        let d = Self.read(.verbs, "RESTOR [064]\nDEPART_ [032]\nBAN= [191]\n{ BANNED_ }", style: .tabari)
        #expect(d.warnings.isEmpty, "\(d.warnings)")
        #expect(!d.verbs.candidates("restoring").isEmpty)
        #expect(!d.verbs.candidates("departed").isEmpty)
        #expect(d.verbs.candidates("departx").isEmpty)
        #expect(!d.verbs.candidates("ban").isEmpty)
        #expect(d.verbs.candidates("baning").isEmpty)
        #expect(!d.verbs.candidates("banned").isEmpty)
    }

    @Test func agentsAndDiscards() {
        let d = CodingDictionaries(files: [
            .init(name: "a.agents", kind: .agents, text: "!PERSON! = MAN, MEN\nPOLICE {} [~COP]\nCONGRESS!PERSON! [~LEG]\nMSF {} [NGO~]"),
            .init(name: "a.discards", kind: .discards, text: "+WORLD CUP\nBASEBALL # sentence"),
        ], style: .petrarch)
        #expect(d.warnings.isEmpty, "\(d.warnings)")
        #expect(d.agentCount == 4)
        #expect(d.discardCount == 2)
    }

    @Test func discovery() {
        let petr = DictionaryDiscovery.plan(names: ["PETR.Validate.verbs.txt", "PETR.Validate.actors.txt", "cameo.csv", "CAMEO.verbpatterns.txt"], project: nil)
        #expect(petr.style == .petrarch)
        #expect(petr.files.map(\.name) == ["CAMEO.verbpatterns.txt", "PETR.Validate.actors.txt", "PETR.Validate.verbs.txt"])
        #expect(petr.files.map(\.kind) == [.verbs, .actors, .verbs])
        let names = ["V.project", "A.actors", "B.verbs", "C.agents", "X.options"]
        #expect(DictionaryDiscovery.projectFile(in: names) == "V.project")
        let tab = DictionaryDiscovery.plan(names: names, project: ("V.project", "<actorsfile> A.actors\n<verbsfile>\tB.verbs\n<agentsfile> Missing.agents\n<optionsfile> X.options"))
        #expect(tab.style == .tabari)
        #expect(tab.files.map(\.name) == ["A.actors", "B.verbs"])
        #expect(tab.warnings.map(\.line) == [3])
    }
}

/// The dictionary coder on sentences written for these tests, with tiny
/// dictionaries: examples and counter-examples.
@Suite struct DictionaryCoderTests {
    static let actors = """
    ARNOR [ARN]
    GONDOR [GON]
    +MINAS_TIRITH
    OSGILIATH [OSG]
    ERIADOR [ERI]
    BOROMIR [---]
    SMEAGOL
    \t[HOB <950601]
    \t[HOBGOV 950601-990815]
    \t[HOBREB >990816]
    """
    static let agents = "POLICE [~COP]\nGOVERNMENT [~GOV]\nPRIME_MINISTER [~GOV]\nAMBASSADOR [~GOV]"
    static let verbs = """
    &TIETYPES
    +MILITARY
    +ECONOMIC

    --- RESTORE [064] ---
    RESTORE
    - * FXLL DIPLOMATIC [+++]
    - * &TIETYPES TIES [902]

    --- MEET [031:031] ---
    MEET {MET}

    --- OPPOSE [112] ---
    OPPOSE

    --- FREE [066] ---
    FREE
    - + * FROM $ [066]

    --- DELAY [191] ---
    POSTPONE
    - % HAVE * [191]

    --- SAY [023] ---
    SAY {SAID}
    """
    static let coder = makeCoder([
        .init(name: "t.actors", kind: .actors, text: actors),
        .init(name: "t.agents", kind: .agents, text: agents),
        .init(name: "t.verbs", kind: .verbs, text: verbs),
        .init(name: "t.discards", kind: .discards, text: "BASEBALL\n+TYPHOON"),
    ], style: .petrarch)
    static let model = try! TextModel.builtIn()

    /// A coder over dictionaries written for a test; they must load without a warning.
    static func makeCoder(_ files: [CodingDictionaries.DictionaryFile], style: CodingDictionaries.Style) -> DictionaryCoder {
        let d = CodingDictionaries(files: files, style: style)
        precondition(d.warnings.isEmpty, "\(d.warnings)")
        return DictionaryCoder(dictionaries: d, ontology: try! EventOntology.builtIn())
    }

    /// The sorted `SRC/TGT/CODE` triples `coder` finds in `text`.
    static func triples(_ text: String, date: String = "1995-01-01", coder: DictionaryCoder = coder) -> [String] {
        let doc = Document(Article(id: "t", date: CivilDate(iso: date), text: text), model: model)
        return coder.code(doc).map { "\($0.source ?? "---")/\($0.target ?? "---")/\($0.code)" }.sorted()
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: [String]
        var date = "1995-01-01"
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(text: "Arnor is about to restore full diplomatic ties with Gondor.", expected: ["ARN/GON/064"]),
        Row(text: "Arnor will restore economic ties with Gondor.", expected: ["ARN/GON/902"]),
        // [+++]: the pattern codes nothing
        Row(text: "Arnor will restore fxll diplomatic ties with Gondor.", expected: []),
        // agents compose with actors
        Row(text: "Gondor police will restore ties with Arnor.", expected: ["GONCOP/ARN/064"]),
        Row(text: "The government of Gondor restored ties with Arnor.", expected: ["GONGOV/ARN/064"]),
        Row(text: "Gondor's government restored ties with Arnor.", expected: ["GONGOV/ARN/064"]),
        Row(text: "Gondor Prime Minister Boromir met Arnor.", expected: ["ARN/GONGOV/031", "GONGOV/ARN/031"]),
        // compound actors
        Row(text: "Gondor and Osgiliath restored ties with Arnor.", expected: ["GON/ARN/064", "OSG/ARN/064"]),
        Row(text: "Gondor and Osgiliath have postponed their meeting.", expected: ["GON/OSG/191", "OSG/GON/191"]),
        // passive voice; the pattern's $ and +
        Row(text: "Eriador was opposed by Osgiliath.", expected: ["OSG/ERI/112"]),
        Row(text: "Eriador was freed from Osgiliath.", expected: ["OSG/ERI/066"]),
        // a synonym; a comma-delimited aside is set aside
        Row(text: "Minas Tirith restored ties with Arnor, a senior official said.", expected: ["GON/ARN/064"]),
        Row(text: "Arnor, the old foe of Eriador, restored ties with Gondor after a rift of twelve long years.", expected: ["ARN/GON/064"]),
        // TABARI's rule: a closing comma clause of 2-10 words is set aside too, even when it holds the verb
        Row(text: "Arnor, the old foe of Eriador, restored ties with Gondor.", expected: []),
        // [---] actors are not actors
        Row(text: "Arnor restored ties with Boromir in Gondor.", expected: ["ARN/GON/064"]),
        // dated codes, relative to the story date
        Row(text: "Smeagol restored ties with Gondor.", expected: ["HOB/GON/064"], date: "1995-01-01"),
        Row(text: "Smeagol restored ties with Gondor.", expected: ["HOBGOV/GON/064"], date: "1995-11-01"),
        Row(text: "Smeagol restored ties with Gondor.", expected: ["HOBREB/GON/064"], date: "2001-01-01"),
        // discards
        Row(text: "Arnor restored ties with Gondor after the baseball final.", expected: []),
        // counter-examples: no verb, no actor, an unknown word
        Row(text: "Arnor and Gondor.", expected: []),
        Row(text: "The crowd restored nothing.", expected: []),
        Row(text: "Arnor restoredx ties with Gondor.", expected: []),
    ]

    @Test(arguments: rows) func codes(_ row: Row) {
        #expect(Self.triples(row.text, date: row.date) == row.expected.sorted())
    }

    @Test func storyDiscardDropsTheWholeStory() {
        #expect(Self.triples("Arnor restored ties with Gondor. A typhoon hit Eriador.").isEmpty)
    }

    @Test func recordCarriesActorCodes() throws {
        let engine = try Annals()
        let a = engine.analyze(Article(id: "t", date: CivilDate(iso: "1995-01-01"), text: "Gondor police restored ties with Arnor."),
                               capabilities: [.events], dictionaries: Self.coder)
        #expect(a.events.count == 1)
        let json = String(decoding: AnalysisRecord.encode(a), as: UTF8.self)
        #expect(json.contains("\"code\":\"GONCOP\""))
        #expect(json.contains("\"code\":\"ARN\""))
        #expect(json.contains("\"cameo\":{\"code\":\"064\""))
    }
}

/// The dictionary coder in TABARI style: actor phrases whose words stand
/// apart, events need both a source and a target, the source is the first
/// actor of the clause. Examples and counter-examples.
@Suite struct TabariCoderTests {
    static let coder = DictionaryCoderTests.makeCoder([
        .init(name: "t.actors", kind: .actors, text: """
        ARNOR [ARN]
        GONDOR [GON]
        OSGILIATH [OSG]
        ITHILEN [ITH]
        ITHILEN TELEVISION [ITHTV]
        PRINCE DOL_AMROTH [DOL]
        """),
        .init(name: "t.agents", kind: .agents, text: "PRIME_MINISTER [~GOV]\nPOLICE [~COP]"),
        .init(name: "t.verbs", kind: .verbs, text: "RESTOR [064]\nWARN [160]\nAPPEAL [095]\nURGE [102]\nASK [090]\nATTACK [223]\nREJECT [111]\nVOICE [020]\n- { LOUDLY RAISED | FIRMLY_STATED } ITS * [043]\nSHOT_AND_WOUND [223]\nEXCHANG [060]\n- HAS * WITH % [067]"),
    ], style: .tabari)

    static func triples(_ text: String) -> [String] {
        DictionaryCoderTests.triples(text, date: "1999-08-09", coder: coder)
    }

    static let rows: [DictionaryCoderTests.Row] = [
        // words written apart in the dictionary may stand apart in the text
        .init(text: "Arnor appealed for peace on Ithilen state-run television.", expected: ["ARN/ITHTV/095"]),
        .init(text: "Ithilen warned the Prince of Dol_Amroth.", expected: ["ITH/DOL/160"]),
        .init(text: "Ithilen warned the Prince of Dol Amroth.", expected: ["ITH/DOL/160"]),
        // counter-examples: not across a comma; `_` words stay adjacent
        .init(text: "Arnor appealed for peace in Ithilen, on television.", expected: ["ARN/ITH/095"]),
        .init(text: "Arnor warned the Prince of Dol and Amroth.", expected: []),
        // no target (or no source): no event in TABARI
        .init(text: "Arnor restored ties almost five years after the crowds left.", expected: []),
        .init(text: "Ties were restored with Gondor.", expected: []),
        // the source is the first actor of the clause
        .init(text: "Arnor with Osgiliath restored ties with Gondor.", expected: ["ARN/GON/064"]),
        // the comma closing an aside opens no closing clause
        .init(text: "Arnor rejected reports, heard first in Ithilen, that Gondor attacked Osgiliath.", expected: ["ARN/GON/111"]),
        // counter-example: a closing clause after a single comma is set aside
        .init(text: "Arnor rejected the reports, that Gondor attacked Osgiliath.", expected: []),
        // a subject pronoun after "and" starts a clause; it stands for the source before
        .init(text: "Arnor urged Gondor to wait and then it warned Osgiliath.", expected: ["ARN/GON/102", "ARN/OSG/160"]),
        // an object pronoun after the verb is the source of the clause before
        .init(text: "Arnor urged Gondor to leave it soon and Osgiliath asked him to wait.", expected: ["ARN/GON/102", "OSG/ARN/090"]),
        // a capitalized word inside the sentence, or a word after a determiner, is no verb
        .init(text: "Arnor is about To Restore full diplomatic ties with Gondor almost five years after the crowds attacked the embassy of Osgiliath.", expected: ["ARN/OSG/223"]),
        .init(text: "Arnor is about the restore of full diplomatic ties with Gondor almost five years after the crowds attacked the embassy of Osgiliath.", expected: ["ARN/OSG/223"]),
        // counter-examples: lower case; a sentence set in capitals (a headline)
        .init(text: "Arnor is about to restore full diplomatic ties with Gondor almost five years after the crowds attacked the embassy of Osgiliath.", expected: ["ARN/GON/064"]),
        .init(text: "ARNOR IS ABOUT TO RESTORE TIES WITH GONDOR.", expected: ["ARN/GON/064"]),
        // words of an alternative written apart may have up to three words between them
        .init(text: "Arnor loudly and boldly raised its voice for Gondor.", expected: ["ARN/GON/043"]),
        .init(text: "Arnor loudly raised its voice for Gondor.", expected: ["ARN/GON/043"]),
        // counter-examples: `_` keeps them adjacent; more than three words between
        .init(text: "Arnor firmly and boldly stated its voice for Gondor.", expected: ["ARN/GON/020"]),
        .init(text: "Arnor loudly and very boldly and often raised its voice for Gondor.", expected: ["ARN/GON/020"]),
        // an agent right after a possessive qualifies the actor; with words between it does not
        .init(text: "Arnor's Prime Minister warned Gondor.", expected: ["ARNGOV/GON/160"]),
        .init(text: "Arnor's first deputy Prime Minister warned Gondor.", expected: ["ARN/GON/160"]),
        // a subject compound ends before the verb; counter-example: a compound subject
        .init(text: "Arnor shot and wounded Gondor in the fighting.", expected: ["ARN/GON/223"]),
        .init(text: "Arnor and Ithilen attacked Gondor.", expected: ["ARN/GON/223", "ITH/GON/223"]),
        // a former official is an elite, whatever the agent's code; counter-example: a serving one
        .init(text: "Arnor former police warned Gondor.", expected: ["ARNELI/GON/160"]),
        .init(text: "Former police in Arnor warned Gondor.", expected: ["ARNELI/GON/160"]),
        .init(text: "Arnor police warned former Gondor police.", expected: ["ARNCOP/GONELI/160"]),
        // `%` after the verb: the compound's members act on each other; counter-example: one actor
        .init(text: "Arnor has exchanged prisoners with Gondor and Osgiliath.", expected: ["GON/OSG/067", "OSG/GON/067"]),
        .init(text: "Arnor has exchanged prisoners with Gondor.", expected: ["ARN/GON/067"]),
        // counter-example: no clause before, no pronoun target
        .init(text: "Osgiliath asked him to leave.", expected: []),
    ]

    @Test(arguments: rows) func codes(_ row: DictionaryCoderTests.Row) {
        #expect(Self.triples(row.text) == row.expected.sorted())
    }
}

/// The shared validation dictionaries, when `../shared` is present.
@Suite struct SharedDictionaryTests {
    static let events = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/events")
    static let present = FileManager.default.fileExists(atPath: events.appendingPathComponent("PETR.Validate.verbs.txt").path)

    static func load(_ dir: URL) -> CodingDictionaries {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let project = DictionaryDiscovery.projectFile(in: names).map { (name: $0, text: (try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) ?? "") }
        let plan = DictionaryDiscovery.plan(names: names, project: project)
        let files = plan.files.map { f -> CodingDictionaries.DictionaryFile in
            let data = (try? Data(contentsOf: dir.appendingPathComponent(f.name))) ?? Data()
            return .init(name: f.name, kind: f.kind, text: String(decoding: data, as: UTF8.self))
        }
        return CodingDictionaries(files: files, style: plan.style)
    }

    @Test(.enabled(if: present)) func petrarchValidationDictionaries() {
        let d = Self.load(Self.events)
        #expect(d.style == .petrarch)
        #expect(d.warnings.isEmpty, "\(d.warnings.prefix(5))")
        #expect(d.actorCount > 100)
        #expect(d.patternCount > 300)
        #expect(d.agentCount > 50)
    }

    @Test(.enabled(if: present)) func tabariValidationDictionaries() {
        let d = Self.load(Self.events.appendingPathComponent("tabari"))
        #expect(d.style == .tabari)
        #expect(d.actorCount > 100)
        #expect(d.patternCount > 300)
        // the four [] code blocks in TABARI.Demo.actors are reported, not fatal
        #expect(d.warnings.count < 10, "\(d.warnings)")
    }

    @Test(.enabled(if: present)) func phoenixDictionaries() {
        let d = Self.load(Self.events.appendingPathComponent("phoenix"))
        #expect(d.actorPhraseCount > 30_000)
        #expect(d.patternCount > 10_000)
        // a handful of malformed dates in the data, each reported with its line
        #expect(d.warnings.count < 30)
        #expect(d.warnings.allSatisfy { $0.line > 0 })
    }
}

/// Which TABARI pattern codes a verb when several match: the one whose words
/// matched most (an alternative counts as the words it matched), then the one
/// with most letters; and words joined by `_` in a pattern are whole words.
/// Dictionary lines and sentences written for these tests.
@Suite struct TabariPatternChoiceTests {
    static let coder = DictionaryCoderTests.makeCoder([
        .init(name: "t.actors", kind: .actors, text: "ARNOR [ARN]\nGONDOR [GON]\nITHILEN [ITH]"),
        .init(name: "t.verbs", kind: .verbs, text: """
        VOW [170]
        - * RESIST { TO THE END | TO THE LAST MAN } [113]
        - * RESIST { TO THE END OF TIME | TO THE GRAVE } [115]
        - * RESISTANCE AGAINST THE INVADING [114]
        - * RESIST [112]
        SEEK [090]
        - * FOR_SHELTER [174]
        - * SHELTER [175]
        PRAISE [040]
        - * HERO~_DEED [041]
        EXPEL [200]
        - PLAN_TO_* [201]
        """),
    ], style: .tabari)

    static func triples(_ text: String) -> [String] {
        DictionaryCoderTests.triples(text, date: "1999-08-09", coder: coder)
    }

    static let rows: [DictionaryCoderTests.Row] = [
        // the longer alternative of a later pattern beats the shorter one of an earlier pattern
        .init(text: "Ithilen vowed to resist Gondor to the end of time.", expected: ["ITH/GON/115"]),
        // counter-example: only the short alternative is there
        .init(text: "Ithilen vowed to resist Gondor to the end.", expected: ["ITH/GON/113"]),
        // as many words matched: the pattern with more letters
        .init(text: "Ithilen vowed resistance to the end against the invading Gondor army.", expected: ["ITH/GON/114"]),
        // counter-example: none of the longer patterns matches
        .init(text: "Ithilen vowed to resist Gondor.", expected: ["ITH/GON/112"]),
        // FOR_ is the word "for" (with its endings), not the start of "foreign"
        .init(text: "Arnor seeks for shelter in Gondor.", expected: ["ARN/GON/174"]),
        .init(text: "Arnor seeks foreign shelter in Gondor.", expected: ["ARN/GON/175"]),
        // `~_` keeps a stem joined to the next word
        .init(text: "Arnor praised the heroic deeds of Gondor.", expected: ["ARN/GON/041"]),
        // a short word joined by `_` is that word exactly
        .init(text: "Arnor plans to expel the envoy of Gondor.", expected: ["ARN/GON/201"]),
        .init(text: "Arnor plans tos expel the envoy of Gondor.", expected: ["ARN/GON/200"]),
    ]

    @Test(arguments: rows) func codes(_ row: DictionaryCoderTests.Row) {
        #expect(Self.triples(row.text) == row.expected.sorted())
    }
}
