import Testing
@testable import AnnalsCore

/// Table tests for actor recognition: texts written for these tests, with
/// the actors expected (name, country, sector) and counter-examples.
@Suite struct ActorRecognizerTests {
    static let engine = try! Annals()

    static func actors(_ text: String, date: String = "2022-12-25") -> [Actor] {
        engine.analyze(Article(id: "t", date: CivilDate(iso: date), text: text)).actors
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var name: String
        var country: String?
        var sector: String?
        var testDescription: String { String(text.prefix(60)) }
    }

    static let rows: [Row] = [
        // composition of a country word and a sector word
        Row(text: "Azerbaijani forces shelled the village.", name: "Azerbaijani forces", country: "AZE", sector: "MIL"),
        // a weapon that acts stands for the force that flies it
        Row(text: "An Azerbaijani drone struck a truck near the border.", name: "Azerbaijani drone", country: "AZE", sector: "MIL"),
        Row(text: "Rioters torched cars after the verdict.", name: "Rioters", country: nil, sector: "CVL"),
        Row(text: "A soldier was wounded by Azerbaijani sniper fire.", name: "Azerbaijani sniper", country: "AZE", sector: "MIL"),
        Row(text: "Armenian protesters gathered outside.", name: "Armenian protesters", country: "ARM", sector: "CVL"),
        Row(text: "The Russian government denied it.", name: "Russian government", country: "RUS", sector: "GOV"),
        // titled people from the knowledge base, with the role in force on the date
        Row(text: "French President Emmanuel Macron spoke on Friday.", name: "Emmanuel Macron", country: "FRA", sector: "GOV"),
        Row(text: "Aliyev rejected the offer.", name: "Ilham Aliyev", country: "AZE", sector: "GOV"),
        // people the knowledge base does not know take their role from the text
        Row(text: "The Karabakh premier, Ruben Vardanyan, said so.", name: "Ruben Vardanyan", country: "AZE", sector: "GOV"),
        Row(text: "Maria Lopes, the Portuguese foreign minister, arrived.", name: "Maria Lopes", country: "PRT", sector: "GOV"),
        Row(text: "Brazilian Defence Minister Joao Tavares resigned.", name: "Joao Tavares", country: "BRA", sector: "GOV"),
        // a known person out of office keeps the state of their roles; once every role has ended, an elite
        Row(text: "Serzh Sargsyan spoke on Friday.", name: "Serzh Sargsyan", country: "ARM", sector: "ELI"),
        Row(text: "Ban Ki-moon spoke on Friday.", name: "Ban Ki-moon", country: "KOR", sector: "ELI"),
        Row(text: "Javier Solana spoke on Friday.", name: "Javier Solana", country: nil, sector: nil),   // served no state here
        // metonyms: the capital stands for the government
        Row(text: "Macron urged Baku to reopen the road.", name: "Azerbaijan", country: "AZE", sector: "GOV"),
        Row(text: "The Kremlin said nothing.", name: "Russia", country: "RUS", sector: "GOV"),
        // unknown names stay, with unknown country and sector
        Row(text: "Peter Okafor told reporters he would stay.", name: "Peter Okafor", country: nil, sector: nil),
        // a hyphenated surname ends the name
        Row(text: "Amir Abdul-Hamid told reporters he would stay.", name: "Amir Abdul-Hamid", country: nil, sector: nil),
        // an organization's descriptive name after another country's word is that country's institution
        Row(text: "The Russian Security Council met on Friday.", name: "Russian Security Council", country: "RUS", sector: "GOV"),
        Row(text: "The Ukrainian Security Service detained two men.", name: "Ukrainian Security Service", country: "UKR", sector: "SPY"),
        Row(text: "Nigeria's House of Representatives passed the bill.", name: "Nigeria's House of Representatives", country: "NGA", sector: "LEG"),
        // ... but not after its own country's word, nor a one-word name or an acronym
        Row(text: "The US State Department said so.", name: "State Department", country: "USA", sector: "GOV"),
        Row(text: "The Afghan Taliban denied it.", name: "Taliban", country: "AFG", sector: "REB"),
        Row(text: "Afghan UN staff were evacuated.", name: "United Nations", country: "UNO", sector: "GOV"),
        Row(text: "The Security Council met on Friday.", name: "United Nations Security Council", country: "UNO", sector: "GOV"),
        // a country's name after "of" when nothing came before: ACLED's "Military Forces of Azerbaijan"
        Row(text: "Military Forces of Azerbaijan and Military Forces of Armenia exchanged fire.", name: "Military Forces of Azerbaijan", country: "AZE", sector: "MIL"),
        Row(text: "Military Forces of Azerbaijan and Military Forces of Armenia exchanged fire.", name: "Military Forces of Armenia", country: "ARM", sector: "MIL"),
        Row(text: "Police Forces of Armenia detained two activists.", name: "Police Forces of Armenia", country: "ARM", sector: "COP"),
        Row(text: "The Haitian police force withdrew from the district.", name: "Haitian police force", country: "HTI", sector: "COP"),
        Row(text: "The armed forces of Armenia shelled the village.", name: "armed forces of Armenia", country: "ARM", sector: "MIL"),
        // ... but not after a modifier, nor for one person
        Row(text: "Azerbaijani forces of the border service fired at the post.", name: "Azerbaijani forces", country: "AZE", sector: "MIL"),
        Row(text: "The president of France, Emmanuel Macron, met the prime minister.", name: "Emmanuel Macron", country: "FRA", sector: "GOV"),
        Row(text: "Bank of Japan governor Satoshi Sumita said rates would stay.", name: "Satoshi Sumita", country: "JPN", sector: "GOV"),
        // bound sector words, after a country word: units, an air strike
        Row(text: "Armenian units fired at the positions.", name: "Armenian units", country: "ARM", sector: "MIL"),
        Row(text: "Azerbaijani armed units fired mortar rounds at the village.", name: "Azerbaijani armed units", country: "AZE", sector: "MIL"),
        Row(text: "An Israeli airstrike killed a commander in Gaza City.", name: "Israeli airstrike", country: "ISR", sector: "MIL"),
        Row(text: "Armenian air defence units shot down a drone.", name: "Armenian air defence units", country: "ARM", sector: "MIL"),
        // a ministry named in full is one actor
        Row(text: "The Armenian Ministry of Defence said the border was calm.", name: "Armenian Ministry of Defence", country: "ARM", sector: "GOV"),
        // crowds and attackers named by a word of their own
        Row(text: "Unidentified persons set fire to the office.", name: "Unidentified persons", country: nil, sector: "UAF"),
        Row(text: "Opposition supporters rallied outside.", name: "Opposition supporters", country: nil, sector: "OPP"),
        Row(text: "Supporters of the mayor rallied outside.", name: "Supporters", country: nil, sector: "CVL"),
        Row(text: "Supporters of Prosperous Armenia rallied outside.", name: "Prosperous Armenia", country: "ARM", sector: "PTY"),
    ]

    /// A bound sector word names no actor alone, nor before "of".
    @Test(arguments: [
        ("The company sold 200 housing units.", "units"),
        ("Turkish units of the coalition moved north.", "Turkish units"),
        ("The bank priced the bonds in European Currency Units.", "European Currency"),
        ("Units of the Azerbaijani army shelled the village.", "Units"),
        ("Airstrikes hit the town overnight.", "Airstrikes"),
    ])
    func boundSectorWordsNeedACountry(_ text: String, _ name: String) {
        let names = Self.actors(text).map(\.name)
        #expect(!names.contains(name), "actors: \(names)")
    }

    @Test(arguments: rows)
    func recognizes(_ row: Row) {
        let found = Self.actors(row.text)
        let a = found.first { $0.name == row.name }
        #expect(a != nil, "actors: \(found.map(\.name))")
        #expect(a?.country == row.country)
        #expect(a?.sector == row.sector)
    }

    /// A hyphen joins a surname that ends a name, not a compound of places
    /// with more name after it, a dash, or an organization's head word.
    @Test(arguments: [
        ("Amir Abdul-Hamid told reporters he would stay.", "Amir Abdul-Hamid", true),
        ("Officers of Miami-Dade Fire Rescue told reporters he would stay.", "Miami-Dade Fire Rescue", false),
        ("Dr Lena Hart of Pittsburgh Medical Center\u{2014}Shadyside told reporters so.", "Pittsburgh Medical Center\u{2014}Shadyside", false),
        ("After The Atlanta Journal-Constitution wrote about it, Ana Ruiz resigned.", "Atlanta Journal-Constitution", false),
    ])
    func hyphenatedSurnames(_ text: String, _ name: String, _ joined: Bool) {
        let names = Self.actors(text).map(\.name)
        #expect(names.contains(name) == joined, "actors: \(names)")
    }

    @Test func laterMentionsResolveToTheSameActor() {
        let text = "Jana Novak, the Czech foreign minister, met the envoy. Novak said the talks went well. The minister left, and she flew home."
        let found = Self.actors(text)
        let jana = found.first { $0.name == "Jana Novak" }
        #expect(jana?.mentions.count == 4)   // Jana Novak, Novak, the minister, she
        #expect(jana?.country == "CZE")
    }

    @Test func roleInForceOnTheArticleDate() {
        let old = Self.actors("Putin spoke by phone.", date: "2009-06-01").first { $0.name == "Vladimir Putin" }
        #expect(old?.title?.contains("Prime Minister") == true)
        let now = Self.actors("Putin spoke by phone.", date: "2022-12-25").first { $0.name == "Vladimir Putin" }
        #expect(now?.title?.contains("President") == true)
    }

    /// The words a group mention spans: an adjective after a determiner or a country word is part
    /// of it; a bare word before the sector word (a verb, a preposition) is not.
    @Test(arguments: [
        ("Police told reporters the road was closed.", "reporters"),
        ("Talks resume as farmers block the highway.", "farmers"),
        ("The minister met farmers on Monday.", "farmers"),
        ("Later the political leaders gathered.", "the political leaders"),
        ("Shelling resumed after Azerbaijani security forces arrived.", "Azerbaijani security forces"),
    ])
    func groupMentionSpan(_ text: String, _ mention: String) {
        let a = ActorRecognizerTests.engine.analyze(Article(id: "t", date: CivilDate(iso: "2022-12-25"), text: text))
        let spans = a.actors.flatMap { actor in actor.mentions.map { a.document.text(ofTokens: $0) } }
        #expect(spans.contains(mention), "mentions: \(spans)")
    }

    // Counter-examples: places, times and sentence openers are not actors.
    @Test(arguments: [
        ("Speaking in Baku on Saturday, the talks resumed.", "Azerbaijan"),
        ("Trucks waited along the Lachin corridor.", "Lachin"),
        ("Meanwhile, prices rose.", "Meanwhile"),
        ("On Friday, nothing happened.", "Friday"),
        ("I'm not going to leave.", "I'm"),
        ("A bus plunged into a gorge in Himachal Pradesh, killing 25 passengers.", "Himachal Pradesh"),
        ("Shelling was reported in the Donetsk Oblast on Monday.", "Donetsk Oblast"),
        // an organization's name of several words after another capitalized word ends a longer name
        ("Agents of the National Security Service detained him.", "MI5"),
        ("The Social Democratic Party won.", "Democratic Party"),
        ("The Maryland General Assembly adjourned.", "United Nations General Assembly"),
    ])
    func notAnActor(_ text: String, _ name: String) {
        #expect(!Self.actors(text).contains { $0.name == name })
    }

    @Test func nameHeadFileErrorsNameFileAndLine() throws {
        let kb = try ActorKnowledge.builtIn()
        let bad = DataFile(name: "name-heads.tsv", text: "# x\ncorridor\tplace\nministry\tbuilding\n")
        #expect(throws: KnowledgeError(file: "name-heads.tsv", line: 3, message: "unknown class 'building' (organization, place or other)")) {
            try ActorRecognizer(knowledge: kb, nameHeads: bad, functionWords: .builtIn("actors/function-words.tsv"), nameWords: .builtIn("text/name-words.tsv"))
        }
    }

    /// "Armenian and Azerbaijani troops": two actors, each of its own country with
    /// the shared sector; a language after "spoke" is no actor.
    @Test func adjectivesSharingASectorWord() {
        let found = Self.actors("Armenian and Azerbaijani troops exchanged fire near the border.")
            .map { (name: $0.name, country: $0.country ?? "", sector: $0.sector ?? "") }
        #expect(found.contains { (a: (name: String, country: String, sector: String)) -> Bool in a == ("Armenian troops", "ARM", "MIL") })
        #expect(found.contains { (a: (name: String, country: String, sector: String)) -> Bool in a == ("Azerbaijani troops", "AZE", "MIL") })
        #expect(Self.actors("He spoke Armenian and Russian fluently.").isEmpty)
    }
}

@Suite struct SpeakerActorTests {
    @Test func aNamedSpeakerOutsideTheDictionariesBecomesAnActor() throws {
        let engine = try Annals()
        let a = engine.analyze(Article(id: "t", date: CivilDate(iso: "2024-03-15"), text: "\"The plan will fail,\" Caddell said on Monday."))
        let speaker = try #require(a.quotes.first?.speaker)
        let actor = try #require(speaker.actor)
        #expect(a.actors[actor].name == "Caddell")
        #expect(a.actors[actor].country == nil)
        // actors stay in order of first mention
        #expect(a.actors.map(\.firstToken) == a.actors.map(\.firstToken).sorted())
    }

    /// Counter-examples: a pronoun at a sentence's start is capitalized but names no one.
    @Test(arguments: ["It", "They", "We"]) func aPronounSpeakerIsNoActor(_ pronoun: String) throws {
        let engine = try Annals()
        let a = engine.analyze(Article(id: "t", date: CivilDate(iso: "2024-03-15"),
                                       text: "The ministry issued a statement. \(pronoun) said the plan \"will fail\" in the end."))
        #expect(!a.quotes.isEmpty)
        #expect(!a.actors.contains { $0.name == pronoun })
    }

    /// `titleContains` (the byte search for ASCII) answers as `lowercased().contains` does.
    @Test(arguments: [
        ("Prime Minister", "minister", true), ("Prime Minister", "prime", true), ("Prime Minister", "premier", false),
        ("Foreign Minister", "Minister", false), ("Chief", "chief", true), ("Chief", "chiefs", false),
        ("", "chief", false), ("Premier of Quebec", "quebec", true), ("Ministre délégué", "délégué", true),
        ("PRÉSIDENT", "président", true), ("Président", "president", false), ("army chief", "y c", true), ("army chief", "armies", false),
    ])
    func titleContains(_ title: String, _ word: String, _ expected: Bool) {
        #expect(ActorRecognizer.titleContains(title, word) == expected)
        #expect(ActorRecognizer.titleContains(title, word) == title.lowercased().contains(word))
    }

    /// `SurnameTable` answers as a dictionary does, on both sides of the length where
    /// its list hands over to a dictionary, with surnames named again and reassigned.
    @Test func surnameTableActsAsADictionary() {
        var table = SurnameTable()
        var reference: [String: Int] = [:]
        let count = SurnameTable.scanLimit * 2 + 3
        for k in 0..<count * 2 {
            // every third step names an earlier surname again, for another actor
            let name = k % 3 == 2 ? "name\(k / 3)" : "name\(k)"
            table.set(name, k)
            reference[name] = k
            for probe in ["name\(k / 2)", "name\(k)", "nobody"] {
                #expect(table.actor(probe) == reference[probe], "after \(k + 1) sets, \(probe)")
            }
        }
        #expect(reference.count > SurnameTable.scanLimit + 1)
    }
}
