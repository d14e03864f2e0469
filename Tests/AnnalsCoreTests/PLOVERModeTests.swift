import Testing
@testable import AnnalsCore

/// Table tests for `events/plover-modes.tsv`: the PLOVER mode an event takes
/// from its trigger, its sentence and its ACLED view instead of its CAMEO
/// code's. Sentences written for these tests; each rule with a
/// counter-example that keeps the code's own mode or takes another.
@Suite struct PLOVERModeTests {
    static let engine = try! Annals()

    /// The PLOVER view ("TYPE/mode") of the first event coded with a code under `code`.
    static func plover(_ text: String, code: String) -> String? {
        let a = engine.analyze(Article(id: "t", date: CivilDate(iso: "2023-05-04"), text: text))
        return a.events.first(where: { $0.cameo.code.hasPrefix(code) })?.cameo.plover?.description
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var code: String
        var plover: String
        var testDescription: String { String(text.prefix(60)) }
    }

    static let rows: [Row] = [
        // CAMEO 143: a strike, a walkout, a stoppage are strikes; a boycott is a boycott
        Row(text: "Dock workers went on strike in Durban over pay.", code: "143", plover: "PROTEST/strike"),
        Row(text: "Teachers staged a nationwide strike on Monday.", code: "143", plover: "PROTEST/strike"),
        Row(text: "Miners walked off the job at the Marikana mine.", code: "143", plover: "PROTEST/strike"),
        Row(text: "Nurses held a two-day walkout at the main hospital.", code: "143", plover: "PROTEST/strike"),
        Row(text: "The opposition boycotted the parliamentary elections.", code: "143", plover: "PROTEST/boycott"),
        Row(text: "Students called for a boycott of French products.", code: "143", plover: "PROTEST/boycott"),
        // a hunger strike keeps its own code and mode; a march keeps "demo"
        Row(text: "Jailed activists began a hunger strike on Monday.", code: "142", plover: "PROTEST/hunger"),
        Row(text: "Thousands of people marched through Santiago on Saturday.", code: "141", plover: "PROTEST/demo"),
        // a protest that turned violent is a riot
        Row(text: "Protesters marched through Abidjan and looted shops.", code: "141", plover: "PROTEST/riot"),
        // CAMEO 0874: forces that pull out withdraw; fighters who surrender disarm
        Row(text: "Troops withdrew from the town after the agreement.", code: "0874", plover: "RETREAT/withdraw"),
        Row(text: "Forty rebels surrendered to the army in Bukidnon and handed over their weapons.", code: "0874", plover: "RETREAT/disarm"),
        // a killing told beside an air strike, a drone or a shelling takes the weapon's mode
        Row(text: "An air strike killed 12 people in Idlib.", code: "1823", plover: "ASSAULT/aerial"),
        Row(text: "A drone strike killed four militants in North Waziristan.", code: "1823", plover: "ASSAULT/drone"),
        Row(text: "Militants killed two residents with mortars.", code: "1823", plover: "ASSAULT/heavy-weapons"),
        Row(text: "Gunmen killed four villagers in North Waziristan.", code: "1823", plover: "ASSAULT"),
        // a grenade thrown is an explosive; force on a protest that hurt no one badly is crowd control
        Row(text: "Attackers hurled a grenade at a police station.", code: "183", plover: "ASSAULT/explosives"),
        Row(text: "Police used tear gas against protesters.", code: "175", plover: "ASSAULT/crowd-control"),
        Row(text: "Police used tear gas against protesters and killed two of them.", code: "175", plover: "ASSAULT"),
    ]

    @Test(arguments: rows)
    func mode(_ row: Row) {
        #expect(Self.plover(row.text, code: row.code) == row.plover)
    }

    // MARK: The rules file

    static let pairs = """
        Violence against civilians\tAttack\tattack
        Explosions/Remote violence\tAir/drone strike\tair
        Protests\tPeaceful protest\tgathering
        """
    static let cameo = """
        14\t-6.5\t4\tPROTEST\t-\tcrosswalk\tProtests\tPeaceful protest\tprotest
        143\t-6.5\t4\tPROTEST\tboycott\tcrosswalk\tProtests\tPeaceful protest\tstrike or boycott
        18\t-9.0\t4\tASSAULT\t-\tcrosswalk\tViolence against civilians\tAttack\tassault
        """
    static let plover = """
        event\tASSAULT\t4\tviolence
        event\tPROTEST\t4\tprotest
        mode\tASSAULT\taerial\tmanned aircraft
        mode\tASSAULT\tdrone\tdrones
        mode\tPROTEST\tstrike\tworkers stop work
        mode\tPROTEST\tboycott\twithdrawal of relations
        """

    func load(_ rules: String) throws -> EventOntology {
        try EventOntology(cameo: DataFile(name: "events/cameo.tsv", text: Self.cameo),
                          plover: DataFile(name: "events/plover.tsv", text: Self.plover),
                          acled: DataFile(name: "events/acled.tsv", text: Self.pairs),
                          ploverModes: DataFile(name: "events/plover-modes.tsv", text: rules))
    }

    /// The first rule of the event's type that matches applies; a rule starts
    /// from a code (and the codes under it) or from the event's ACLED view.
    @Test func firstMatchingRuleApplies() throws {
        let o = try load("""
            PROTEST\t143\ttrigger\tboycott|boycotted\tboycott
            PROTEST\t14\t-\t-\tstrike
            ASSAULT\tAir/drone strike\tsentence-word\tdrone|drones\tdrone
            ASSAULT\tAir/drone strike\t-\t-\taerial
            """)
        let air = EventOntology.ACLEDView(type: "Explosions/Remote violence", subtype: "Air/drone strike")
        let attack = EventOntology.ACLEDView(type: "Violence against civilians", subtype: "Attack")
        let m = o.ploverModes
        #expect(m.mode(type: "PROTEST", of: .init(code: "143", view: nil, trigger: "boycotted")) == "boycott")
        #expect(m.mode(type: "PROTEST", of: .init(code: "143", view: nil, trigger: "staged")) == "strike")
        #expect(m.mode(type: "PROTEST", of: .init(code: "14", view: nil, trigger: "marched")) == "strike")
        #expect(m.mode(type: "ASSAULT", of: .init(code: "143", view: nil, trigger: "staged")) == nil, "another type's rules")
        #expect(m.mode(type: "ASSAULT", of: .init(code: "18", view: air, trigger: "killed", sentence: ["a", "drone", "strike"])) == "drone")
        #expect(m.mode(type: "ASSAULT", of: .init(code: "18", view: air, trigger: "killed", sentence: ["an", "air", "strike"])) == "aerial")
        #expect(m.mode(type: "ASSAULT", of: .init(code: "18", view: attack, trigger: "killed", sentence: ["a", "drone"])) == nil)
        #expect(m.mode(type: "ASSAULT", of: .init(code: "18", view: nil, trigger: "killed")) == nil)
    }

    /// A sentence word written with a hyphen matches its parts as the tokenizer splits them.
    @Test func hyphenatedSentenceWord() throws {
        let o = try load("PROTEST\t14\tsentence-word\tsit-in\tboycott\n")
        func mode(_ words: [String]) -> String? { o.ploverModes.mode(type: "PROTEST", of: .init(code: "14", view: nil, trigger: "began", sentence: ArraySlice(words))) }
        #expect(mode(["began", "a", "sit", "-", "in"]) == "boycott")
        #expect(mode(["sit", "in", "the", "square"]) == nil)
        #expect(mode(["a", "sit", "-", "down"]) == nil)
    }

    @Test(arguments: [
        ("PROTEST\t143\ttrigger\tboycott", "expected 5 tab-separated fields (PLOVER type, from, cue, values, mode), found 4"),
        ("RIOT\t143\ttrigger\tboycott\tboycott", "unknown PLOVER event type 'RIOT' (not in plover.tsv)"),
        ("PROTEST\t999\ttrigger\tboycott\tboycott", "unknown CAMEO code '999' (not in cameo.tsv)"),
        ("PROTEST\tSkirmish\ttrigger\tboycott\tboycott", "unknown ACLED sub-event type 'Skirmish' (not in acled.tsv)"),
        ("PROTEST\t143\tsentence-code\t14\tboycott", "unknown cue 'sentence-code' (one of actor-sector, recipient-sector, actor-word, recipient-word, trigger, sentence-word, or -)"),
        ("PROTEST\t143\t-\tboycott\tboycott", "a rule with no cue ('-') takes no values ('-')"),
        ("PROTEST\t143\ttrigger\tBoycott\tboycott", "word 'Boycott' must be one lower-case word"),
        ("PROTEST\t143\ttrigger\tsit-in\tboycott", "trigger 'sit-in' holds a hyphen: a trigger is one token, and the tokenizer splits words at hyphens"),
        ("PROTEST\t143\tsentence-word\tsit-\tboycott", "word 'sit-' must have a part on each side of every hyphen"),
        ("PROTEST\t143\tactor-sector\tARMY\tboycott", "unknown PLOVER sector 'ARMY'"),
        ("PROTEST\t143\ttrigger\tboycott\taerial", "'aerial' is not a mode of PROTEST (plover.tsv)"),
    ])
    func badRule(line: String, message: String) {
        do {
            _ = try load("# rules\n" + line)
            Issue.record("accepted: \(line)")
        } catch let e as KnowledgeError {
            #expect(e == KnowledgeError(file: "events/plover-modes.tsv", line: 2, message: message))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// Every mode the built-in rules give is a mode of the rule's type.
    @Test func builtInRulesLoad() throws {
        let o = try EventOntology.builtIn()
        #expect(!o.ploverModes.rules.isEmpty)
        for r in o.ploverModes.rules { #expect(o.plover(r.type)?.hasMode(r.mode) == true) }
    }
}
