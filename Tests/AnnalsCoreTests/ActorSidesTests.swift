import Testing
@testable import AnnalsCore

/// Table tests for the parties of a conflict and the actors of ACLED's notes:
/// a side named by its country ("the Azerbaijani side", not a sports team),
/// "the enemy" in one side's statement (the other side, or no country),
/// unidentified attackers, state paramilitaries, armed groups whose names
/// begin with a lowercase particle ("al-Shabaab") and ACLED's actor names
/// with a country in brackets ("Rioters (France)"). Texts written for
/// these tests.
@Suite struct ActorSidesTests {
    static func actors(_ text: String, date: String = "2020-06-01") -> [Actor] {
        ActorRecognizerTests.engine.analyze(Article(id: "t", date: CivilDate(iso: date), text: text)).actors
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var name: String
        var country: String?
        var sector: String?
        var testDescription: String { String(text.prefix(60)) }
    }

    static let rows: [Row] = [
        // a side named by its country is a party to the conflict
        Row(text: "On 3 March 2019, the Azerbaijani side violated the ceasefire on the border.", name: "Azerbaijani side", country: "AZE", sector: "MIL"),
        Row(text: "The Armenian side fired at positions near Berd overnight.", name: "Armenian side", country: "ARM", sector: "MIL"),
        Row(text: "A conscript was wounded by fire from the Azerbaijani side near Berd.", name: "Azerbaijani side", country: "AZE", sector: "MIL"),
        // "the enemy" in one side's statement is the other side
        Row(text: "According to the Armenian Ministry of Defence, the enemy fired 300 shots at Armenian positions.", name: "enemy", country: "AZE", sector: "MIL"),
        Row(text: "The Azerbaijani Defence Ministry said the enemy fired at positions in Gadabay.", name: "enemy", country: "ARM", sector: "MIL"),
        Row(text: "Ukraine's General Staff said the enemy shelled Kharkiv overnight.", name: "enemy", country: "RUS", sector: "MIL"),
        Row(text: "Armenian forces said enemy forces had shelled the village.", name: "enemy forces", country: "AZE", sector: "MIL"),
        // ... and no country when that cannot be known: no speaker, a speaker with no adversary
        // listed, two countries named, or a disputed entity's army speaking
        Row(text: "He said the enemy within was more dangerous than any army.", name: "enemy", country: nil, sector: "MIL"),
        Row(text: "The French army said the enemy had withdrawn.", name: "enemy", country: nil, sector: "MIL"),
        Row(text: "Armenian and Russian officials said the enemy had withdrawn.", name: "enemy", country: nil, sector: "MIL"),
        Row(text: "The Artsakh Defence Army said the enemy shelled the town.", name: "enemy", country: nil, sector: "MIL"),
        // unidentified attackers
        Row(text: "Masked men attacked a journalist on Tuesday.", name: "Masked men", country: nil, sector: "UAF"),
        Row(text: "Unknown assailants shot dead a local official.", name: "Unknown assailants", country: nil, sector: "UAF"),
        Row(text: "Masked gunmen kidnapped a businessman.", name: "Masked gunmen", country: nil, sector: "UAF"),
        // a state's paramilitary forces are the state's
        Row(text: "On 5 May 2020, paramilitary Rangers arrested five suspects.", name: "Pakistan Rangers", country: "PAK", sector: "MIL"),
        Row(text: "The Frontier Corps cordoned off the area.", name: "Frontier Corps", country: "PAK", sector: "MIL"),
        Row(text: "The Border Security Force fired at smugglers.", name: "Border Security Force", country: "IND", sector: "MIL"),
        // armed groups, also when their name begins with a lowercase particle
        Row(text: "On 5 May 2020, al-Shabaab militants attacked a police station.", name: "al-Shabaab militants", country: "SOM", sector: "REB"),
        Row(text: "Al-Shabaab claimed the attack.", name: "al-Shabaab", country: "SOM", sector: "REB"),
        Row(text: "The attack was blamed on al-Qaeda.", name: "al-Qaeda", country: "IMG", sector: "REB"),
        Row(text: "CODECO fighters attacked a displacement camp.", name: "CODECO fighters", country: "COD", sector: "REB"),
        Row(text: "The New People's Army ambushed a patrol.", name: "New People's Army", country: "PHL", sector: "REB"),
        Row(text: "Anti-Balaka militiamen attacked the village.", name: "Anti-Balaka militiamen", country: "CAF", sector: "PRM"),
        // ACLED's actor names: the country in brackets is the group's, not its government
        Row(text: "On 5 May 2020, Rioters (France) set fire to cars in Paris.", name: "Rioters", country: "FRA", sector: "CVL"),
        Row(text: "On 5 May 2020, Protesters (Kenya) blocked a road in Nairobi.", name: "Protesters", country: "KEN", sector: "CVL"),
        Row(text: "Unidentified Armed Group (Somalia) attacked a checkpoint.", name: "Unidentified Armed Group", country: "SOM", sector: "UAF"),
    ]

    @Test(arguments: rows)
    func recognizes(_ row: Row) {
        let found = Self.actors(row.text)
        let a = found.first { $0.name == row.name }
        #expect(a != nil, "actors: \(found.map(\.name))")
        #expect(a?.country == row.country, "\(found.map { ($0.name, $0.country ?? "-") })")
        #expect(a?.sector == row.sector)
    }

    /// No side where sport is told, after a free word or a person, before a
    /// team's name, nor as a second sector word; no enemy of one's own or in a
    /// name; no bracketed country for a body; no government for the country
    /// in an ACLED actor's brackets.
    @Test(arguments: [
        ("The Welsh side were beaten 3-0 by England at Twickenham on Saturday.", "Welsh side"),
        ("They lost 2-0 to the French side on Saturday.", "French side"),
        ("The Welsh side lost the match after the coach was sent off.", "Welsh side"),
        ("Ferguson's side lost at home to Chelsea.", "side"),
        ("It was a side that lost 3-0 at home.", "side"),
        ("They were outplayed by an impressive Welsh side in Rome.", "Welsh side"),
        ("Mutu wants to train with the Romanian side Dinamo Bucharest.", "Romanian side"),
        ("Firms such as Snecma are on the military side of the show.", "military side"),
        ("He met his old enemy at the party.", "enemy"),
        ("The band Public Enemy played in London.", "Enemy"),
        ("A common enemy united them.", "enemy"),
        ("On 5 May 2020, Rioters (France) set fire to cars in Paris.", "France"),
        ("Rangers beat Celtic 2-1 at Ibrox.", "Pakistan Rangers"),
    ])
    func counterExamples(_ text: String, _ name: String) {
        let found = Self.actors(text)
        let names = found.map(\.name)
        #expect(!names.contains(name), "actors: \(names)")
        #expect(!found.contains { $0.name.hasSuffix("side") && $0.country != nil }, "actors: \(names)")
    }

    /// A body's name with a country in brackets is no ACLED actor name.
    @Test func aBodyTakesNoCountryFromBrackets() {
        let found = Self.actors("Lawrence Yeo, director of Citicorp Investment Bank (Singapore) Ltd, said so.")
        #expect(!found.contains { $0.name.hasSuffix("Bank") && $0.country != nil }, "\(found.map { ($0.name, $0.country ?? "-") })")
    }

    /// A whole sports report: its sides are teams, whatever the sentence.
    @Test func aSportsReportHasNoSides() {
        let text = """
        England coach Andy Robinson named his squad for the Six Nations on Tuesday. The Welsh side will be \
        without their captain for the match in Cardiff. Robinson said the players were ready and the \
        league season had been good for his team. The Irish side have won their last four games.
        """
        let found = Self.actors(text)
        #expect(!found.contains { $0.name.hasSuffix("side") }, "actors: \(found.map(\.name))")
    }

    /// `actors/adversaries.tsv`: every line's countries are known, and a
    /// country has one adversary; errors name the file and line.
    @Test func adversaryFileErrorsNameFileAndLine() throws {
        let kb = try ActorKnowledge.builtIn()
        #expect(try ActorRecognizer.adversaries(from: .builtIn("actors/adversaries.tsv"), knowledge: kb)["ARM"] == "AZE")
        let cases: [(String, String)] = [
            ("ARM\tAZE\nARM\tTUR\n", "adv.tsv:2:"),
            ("ARM\tXYZ\n", "adv.tsv:1:"),
            ("ARM\n", "adv.tsv:1:"),
            ("ARM\tARM\n", "adv.tsv:1:"),
        ]
        for (text, prefix) in cases {
            #expect {
                _ = try ActorRecognizer.adversaries(from: DataFile(name: "adv.tsv", text: text), knowledge: kb)
            } throws: { "\($0)".contains(prefix) }
        }
    }

    /// The sectors file's fourth field is one of bound, side and opponent.
    @Test func sectorUseFieldIsValidated() throws {
        let kb = try ActorKnowledge.builtIn()
        #expect(kb.sectorWords.first { $0.phrase == "side" }?.use == .side)
        #expect(kb.sectorWords.first { $0.phrase == "enemy" }?.use == .opponent)
        #expect(kb.sectorWords.first { $0.phrase == "units" }?.use == .bound)
        #expect(kb.sectorWords.first { $0.phrase == "forces" }?.use == .free)
    }
}
