import Foundation
import Testing
@testable import AnnalsCore

@Suite struct ActorKnowledgeTests {
    static let kb: ActorKnowledge = {
        do { return try ActorKnowledge.builtIn() } catch { fatalError("\(error)") }
    }()

    static func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    @Test func builtInFilesLoad() throws {
        let kb = try ActorKnowledge.builtIn()
        #expect(kb.countries.count >= 249)
        #expect(kb.organizations.count >= 150)
        #expect(kb.sectorWords.count >= 200)
        #expect(kb.people.count >= 300)
    }

    @Test func loadsQuickly() throws {
        let start = Date()
        _ = try ActorKnowledge.builtIn()
        // A guard against pathological load times only: this runs in a debug build, in
        // parallel with other suites, on shared CI machines. The ≤ 100 ms target is for
        // release builds and is measured by `annals bench` (it reports the engine load).
        #expect(Date().timeIntervalSince(start) < 10.0)
    }

    @Test func everyISOCodeHasAnEntry() {
        let keys = Set(Self.kb.countries.map(\.key))
        #expect(PLOVERCodes.iso3166Alpha3.subtracting(keys).isEmpty)
        #expect(keys.contains("KOS"))
    }

    @Test func countryCodesAreValidPLOVERCountries() {
        for c in Self.kb.countries { #expect(Self.kb.isPLOVERCountry(c.country), "\(c.key) -> \(c.country)") }
        for o in Self.kb.organizations { #expect(Self.kb.isPLOVERCountry(o.country), "\(o.key) -> \(o.country)") }
        for p in Self.kb.people { for r in p.roles { #expect(Self.kb.isPLOVERCountry(r.country), "\(p.name)") } }
    }

    // MARK: Name lookups: (phrase, kind, country, first sector or nil)

    @Test(arguments: [
        ("Baku", ActorKnowledge.Entry.Kind.metonym, "AZE", "GOV"),
        ("Azerbaijani", .adjective, "AZE", nil),
        ("Azeri", .adjective, "AZE", nil),
        ("Azerbaijanis", .adjective, "AZE", nil),
        ("French", .adjective, "FRA", nil),
        ("Georgia", .countryName, "GEO", nil),
        ("the Kremlin", .metonym, "RUS", "GOV"),
        ("Kremlin", .metonym, "RUS", "GOV"),
        ("Washington", .metonym, "USA", "GOV"),
        ("the White House", .metonym, "USA", "GOV"),
        ("Foggy Bottom", .metonym, "USA", "GOV"),
        ("the Pentagon", .metonym, "USA", "MIL"),
        ("the Elysee", .metonym, "FRA", "GOV"),
        ("the Élysée", .metonym, "FRA", "GOV"),
        ("Downing Street", .metonym, "GBR", "GOV"),
        ("Whitehall", .metonym, "GBR", "GOV"),
        ("Beijing", .metonym, "CHN", "GOV"),
        ("Tehran", .metonym, "IRN", "GOV"),
        ("U.S.", .countryName, "USA", nil),
        ("United States", .countryName, "USA", nil),
        ("America", .countryName, "USA", nil),
        ("Americans", .adjective, "USA", nil),
        ("Britons", .adjective, "GBR", nil),
        ("Kosovo", .countryName, "KOS", nil),
        ("Taiwan", .countryName, "TWN", nil),
        ("Palestinian", .adjective, "PSE", nil),
        ("Hong Kong", .countryName, "HKG", nil),
        ("Puerto Rico", .countryName, "USA", nil),
        ("Greenland", .countryName, "DNK", nil),
        ("Côte d'Ivoire", .countryName, "CIV", nil),
        ("Cote d’Ivoire", .countryName, "CIV", nil),
        ("Türkiye", .countryName, "TUR", nil),
        ("Congolese", .adjective, "COD", nil),
    ] as [(String, ActorKnowledge.Entry.Kind, String, String?)])
    func countryLookup(_ phrase: String, _ kind: ActorKnowledge.Entry.Kind, _ country: String, _ sector: String?) throws {
        let e = try #require(Self.kb.entries(for: phrase).first { $0.kind == kind }, "\(phrase)")
        #expect(e.country == country)
        #expect(e.sectors.first == sector)
    }

    @Test(arguments: [
        ("Nagorno-Karabakh", "AZE"), ("Artsakh", "AZE"), ("Karabakh", "AZE"), ("Abkhazia", "GEO"),
        ("South Ossetia", "GEO"), ("Transnistria", "MDA"), ("Northern Cyprus", "CYP"), ("Somaliland", "SOM"),
        ("Western Sahara", "MAR"), ("Donetsk People's Republic", "UKR"),
    ])
    func disputedEntitiesFoldWithPRE(_ phrase: String, _ country: String) throws {
        let e = try #require(Self.kb.entries(for: phrase).first { $0.kind == .countryName }, "\(phrase)")
        #expect(e.country == country)
        #expect(e.sectors == ["PRE"])
    }

    @Test(arguments: [
        ("NATO", "IGO", "MIL"), ("United Nations", "UNO", "GOV"), ("UN Security Council", "UNO", "GOV"),
        ("UNHCR", "UNO", "GOV"), ("WHO", "UNO", "MED"), ("European Union", "EUR", "GOV"),
        ("European Commission", "EUR", "GOV"), ("European Parliament", "EUR", "LEG"), ("OSCE", "IGO", "GOV"),
        ("CSTO", "IGO", "MIL"), ("International Criminal Court", "IGO", "JUD"), ("ICJ", "UNO", "JUD"),
        ("Red Cross", "NGO", "SOC"), ("Amnesty International", "NGO", "SOC"), ("Doctors Without Borders", "NGO", "MED"),
        ("Hamas", "PSE", "REB"), ("Hezbollah", "LBN", "REB"), ("Islamic State", "IMG", "REB"),
        ("al-Shabaab", "SOM", "REB"), ("Wagner Group", "RUS", "PRM"), ("Brussels", "EUR", "GOV"),
        ("New Azerbaijan Party", "AZE", "PTY"), ("Civil Contract", "ARM", "PTY"), ("FSB", "RUS", "SPY"),
        ("Nagorno-Karabakh Defence Army", "AZE", "MIL"),
    ])
    func organizationLookup(_ phrase: String, _ country: String, _ sector: String) throws {
        let e = try #require(Self.kb.entries(for: phrase).first { $0.kind == .organization }, "\(phrase)")
        #expect(e.country == country)
        #expect(e.sectors.first == sector)
    }

    @Test func karabakhArmyCarriesPRE() throws {
        let e = try #require(Self.kb.entries(for: "Artsakh Defense Army").first)
        #expect(e.sectors == ["MIL", "PRE"])
    }

    @Test(arguments: [
        ("forces", "MIL"), ("troops", "MIL"), ("soldier", "MIL"), ("army", "MIL"), ("president", "GOV"),
        ("premier", "GOV"), ("prime minister", "GOV"), ("foreign minister", "GOV"), ("government", "GOV"),
        ("police", "COP"), ("protesters", "CVL"), ("demonstrators", "CVL"), ("rebels", "REB"),
        ("insurgents", "REB"), ("militants", "REB"), ("journalists", "JRN"), ("opposition", "OPP"),
        ("court", "JUD"), ("judge", "JUD"), ("parliament", "LEG"), ("lawmakers", "LEG"), ("activists", "CVL"),
        ("refugees", "REF"), ("students", "EDU"), ("businessmen", "BUS"), ("clergy", "REL"), ("gunmen", "UAF"),
        ("MEP", "LEG"), ("MSPs", "LEG"), ("member of parliament", "LEG"), ("councillor", "GOV"), ("assemblywoman", "LEG"),
        ("miscreants", "UAF"), ("goons", "UAF"), ("hoodlums", "UAF"), ("sicarios", "UAF"), ("jawans", "MIL"),
        ("law enforcers", "COP"), ("agitators", "CVL"),
    ])
    func sectorWords(_ phrase: String, _ sector: String) throws {
        let e = try #require(Self.kb.entries(for: phrase).first { $0.kind == .sectorWord }, "\(phrase)")
        #expect(e.sectors.first == sector)
        #expect(e.country == nil)
    }

    @Test func protestersAreCivilianOpposition() throws {
        let e = try #require(Self.kb.entries(for: "Protesters").first { $0.kind == .sectorWord })
        #expect(e.sectors == ["CVL", "OPP"])
    }

    /// Counter-examples: phrases that must not resolve to an actor entry.
    @Test(arguments: ["in Baku", "Azerbaijani forces", "the", "said", "Georgian Dreams", "Frenchy", "Kremlins", "", "council member"])
    func unknownPhrases(_ phrase: String) {
        #expect(Self.kb.entries(for: phrase).isEmpty, "\(phrase)")
    }

    @Test func acronymsRequireExactCase() throws {
        let who = try #require(Self.kb.entries(for: "who").first { $0.kind == .organization })
        #expect(who.exactCase)
        let us = try #require(Self.kb.entries(for: "us").first { $0.kind == .countryName })
        #expect(us.form == "US" && us.exactCase)
        let baku = try #require(Self.kb.entries(for: "Baku").first)
        #expect(!baku.exactCase)
    }

    @Test func maxPhraseWordsCoversLongNames() {
        #expect(Self.kb.maxPhraseWords >= 8)   // "United Kingdom of Great Britain and Northern Ireland"
    }

    // MARK: People and dated roles

    @Test(arguments: [
        ("Emmanuel Macron", "2022-12-23", "President of France", "FRA", "GOV"),
        ("Macron", "2022-12-23", "President of France", "FRA", "GOV"),
        ("Ilham Aliyev", "2022-12-23", "President of Azerbaijan", "AZE", "GOV"),
        ("Aliyev", "2022-12-23", "President of Azerbaijan", "AZE", "GOV"),
        ("Jeyhun Bayramov", "2022-12-23", "Foreign Minister of Azerbaijan", "AZE", "GOV"),
        ("Nikol Pashinyan", "2022-12-23", "Prime Minister of Armenia", "ARM", "GOV"),
        ("Ararat Mirzoyan", "2022-12-23", "Foreign Minister of Armenia", "ARM", "GOV"),
        ("Ruben Vardanyan", "2022-12-23", "State Minister of Nagorno-Karabakh", "AZE", "GOV"),
        ("Vladimir Putin", "2022-12-23", "President of Russia", "RUS", "GOV"),
        ("Putin", "2009-06-01", "Prime Minister of Russia", "RUS", "GOV"),
        ("Josep Borrell", "2022-12-23", "High Representative of the European Union for Foreign Affairs and Security Policy", "EUR", "GOV"),
        ("Borrell", "2024-11-30", "High Representative of the European Union for Foreign Affairs and Security Policy", "EUR", "GOV"),
        ("Kaja Kallas", "2024-12-01", "High Representative of the European Union for Foreign Affairs and Security Policy", "EUR", "GOV"),
        ("Heydar Aliyev", "2001-05-01", "President of Azerbaijan", "AZE", "GOV"),
        ("António Guterres", "2022-12-23", "Secretary-General of the United Nations", "UNO", "GOV"),
        ("Antonio Guterres", "2010-01-01", "United Nations High Commissioner for Refugees", "UNO", "GOV"),
        ("Jens Stoltenberg", "2022-12-23", "Secretary General of NATO", "IGO", "MIL"),
        ("Sergei Shoigu", "2022-12-23", "Defence Minister of Russia", "RUS", "GOV"),
    ])
    func roleOnDate(_ name: String, _ date: String, _ title: String, _ country: String, _ sector: String) throws {
        let kb = Self.kb
        let candidates = kb.entries(for: name).filter { $0.kind == .person }.map { kb.people[$0.index] }
        let roles = candidates.compactMap { kb.role(of: $0, on: Self.day(date)) }
        #expect(roles.count == 1, "\(name) on \(date): \(roles.map(\.title))")
        let role = try #require(roles.first)
        #expect(role.title == title)
        #expect(role.country == country)
        #expect(role.sectors.first == sector)
    }

    @Test func vardanyanIsAPartiallyRecognizedEntityMinister() throws {
        let p = try #require(Self.kb.person(named: "Ruben Vardanyan"))
        let r = try #require(Self.kb.role(of: p, on: Self.day("2022-12-23")))
        #expect(r.entity == "XNK")
        #expect(r.sectors == ["GOV", "PRE"])
        #expect(Self.kb.role(of: p, on: Self.day("2023-03-01")) == nil)
        #expect(Self.kb.role(of: p, on: Self.day("2022-11-03")) == nil)
    }

    /// Counter-examples: no role in force.
    @Test(arguments: [
        ("Josep Borrell", "2025-06-01"), ("Emmanuel Macron", "2016-01-01"), ("Heydar Aliyev", "2004-01-01"),
        ("Kaja Kallas", "2024-11-30"), ("Ruben Vardanyan", "2023-02-24"),
    ])
    func noRoleOnDate(_ name: String, _ date: String) throws {
        let p = try #require(Self.kb.person(named: name))
        #expect(Self.kb.roles(of: p, on: Self.day(date)).isEmpty, "\(name) on \(date)")
    }

    @Test func holdersOfAnOffice() {
        let h = Self.kb.holders(of: "President of the United States", country: "USA", on: Self.day("2022-12-23"))
        #expect(h.map(\.name) == ["Joe Biden"])
    }

    @Test func peopleRolesAreChronologicallySane() {
        for p in Self.kb.people {
            for r in p.roles { if let e = r.end { #expect(r.start <= e, "\(p.name)") } }
        }
    }

    /// No two holders of the same office overlap by more than a handover day.
    @Test func officesHaveOneHolderAtATime() {
        var byOffice: [String: [(String, ActorKnowledge.Role)]] = [:]
        for p in Self.kb.people { for r in p.roles { byOffice[r.country + "|" + r.title, default: []].append((p.name, r)) } }
        for (office, holders) in byOffice {
            let sorted = holders.sorted { $0.1.start < $1.1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                let aEnd = a.1.end ?? CivilDate(year: 9999, month: 12, day: 31)!
                // Overlap allowed only on the handover day (or a month when dates are month-precise).
                #expect(aEnd.dayNumber - b.1.start.dayNumber <= 31, "\(office): \(a.0) until \(aEnd) overlaps \(b.0) from \(b.1.start)")
            }
        }
    }

    // MARK: Validation errors with file:line

    static let goodCountries = """
        # header
        AZE\tAZE\tstate\tAzerbaijan\tAzerbaijani\tBaku
        XNK\tAZE\tdisputed\tNagorno-Karabakh\t\tStepanakert
        """
    static let goodOrgs = "NATO\tIGO\tMIL\tigo\tNATO\n"
    static let goodSectors = "troops\tMIL\tgroup\n"
    static let goodPeople = "Ilham Aliyev\tAliyev\tAZE\tGOV\tPresident of Azerbaijan\t2003-10-31\t\n"

    static func load(countries: String = goodCountries, orgs: String = goodOrgs, sectors: String = goodSectors,
                     people: String = goodPeople) throws -> ActorKnowledge {
        try ActorKnowledge(countries: DataFile(name: "countries.tsv", text: countries),
                           organizations: DataFile(name: "organizations.tsv", text: orgs),
                           sectors: DataFile(name: "sectors.tsv", text: sectors),
                           people: DataFile(name: "people.tsv", text: people))
    }

    @Test func smallFilesLoad() throws {
        let kb = try Self.load()
        #expect(kb.entries(for: "Stepanakert").first?.sectors == ["GOV", "PRE"])
        #expect(kb.entries(for: "Aliyev").first?.kind == .person)
    }

    @Test(arguments: [
        // (file, text, expected "file:line" prefix, message fragment)
        ("countries", "# c\nAZE\tAZE\tstate\tAzerbaijan\n", "countries.tsv:2", "expected 6"),
        ("countries", "AZX\tAZX\tstate\tAzerbaijan\t\t\n", "countries.tsv:1", "not an ISO 3166-1"),
        ("countries", "AZE\tAZE\tnation\tAzerbaijan\t\t\n", "countries.tsv:1", "unknown kind"),
        ("countries", "AZE\tAZE\tstate\tAzerbaijan\t\t\nAZE\tAZE\tstate\tAzerbaijan2\t\t\n", "countries.tsv:2", "duplicate key"),
        ("countries", "AZE\tAZE\tstate\tAzerbaijan\t\tBaku\nARM\tARM\tstate\tArmenia\t\tBaku\n", "countries.tsv:2", "already used"),
        ("countries", "AZE\tAZE\tstate\tAzerbaijan\t\tBaku=ARMY\n", "countries.tsv:1", "not a PLOVER sector"),
        ("countries", "AZE\tAZE\tstate\tAzerbaijan\t\t\nXNK\tARM\tdisputed\tKarabakh\t\t\n", "countries.tsv:2", "not a state"),
        ("countries", "AZE\tARM\tstate\tAzerbaijan\t\t\n", "countries.tsv:1", "its own country"),
        ("organizations", "NATO\tIGO\tMIL\tigo\n", "organizations.tsv:1", "expected 5"),
        ("organizations", "NATO\tXYZ\tMIL\tigo\tNATO\n", "organizations.tsv:1", "unknown country"),
        ("organizations", "NATO\tIGO\tARMY\tigo\tNATO\n", "organizations.tsv:1", "not a PLOVER sector"),
        ("organizations", "NATO\tIGO\tMIL\tigo\tNATO\n\nNATO\tIGO\tMIL\tigo\tOTAN\n", "organizations.tsv:3", "duplicate key"),
        ("organizations", "nato\tIGO\tMIL\tigo\tNATO\n", "organizations.tsv:1", "uppercase"),
        ("organizations", "NATO\tIGO\tMIL\tclub\tNATO\n", "organizations.tsv:1", "unknown kind"),
        ("sectors", "troops\tMIL\n", "sectors.tsv:1", "expected 3"),
        ("sectors", "side\tGOV\tbody\tbond\n", "sectors.tsv:1", "unknown fourth field"),
        ("sectors", "Troops\tMIL\tgroup\n", "sectors.tsv:1", "lowercase"),
        ("sectors", "troops\tMIL\tgroup\ntroops\tMIL\tgroup\n", "sectors.tsv:2", "duplicate phrase"),
        ("sectors", "troops\tMIL,MIL\tgroup\n", "sectors.tsv:1", "listed twice"),
        ("people", "X\t\tAZE\tGOV\tPresident\t2003-10-31\n", "people.tsv:1", "expected 7"),
        ("people", "X\t\tAZE\tGOV\tPresident\t2003-02-30\t\n", "people.tsv:1", "start '2003-02-30'"),
        ("people", "X\t\tAZE\tGOV\tPresident\t2003/10/31\t\n", "people.tsv:1", "not a valid date"),
        ("people", "X\t\tAZE\tGOV\tPresident\t2003-10-31\t2003-13\n", "people.tsv:1", "end '2003-13'"),
        ("people", "X\t\tAZE\tGOV\tPresident\t2010-01-01\t2009-12-31\n", "people.tsv:1", "after end"),
        ("people", "X\t\tUSSR\tGOV\tPresident\t2010-01-01\t\n", "people.tsv:1", "unknown country"),
        ("people", "X\t\tAZE\tBOSS\tPresident\t2010-01-01\t\n", "people.tsv:1", "not a PLOVER sector"),
        ("people", "X\t\tAZE\tGOV\t\t2010-01-01\t\n", "people.tsv:1", "empty title"),
        ("people", "# p\nX\t\tAZE\tGOV\tPresident\t2010-01-01\t\nX\t\tAZE\tGOV\tPresident\t2010-01-01\t2011-01-01\n", "people.tsv:3", "duplicate role"),
        ("people", "X\tA||B\tAZE\tGOV\tPresident\t2010-01-01\t\n", "people.tsv:1", "empty alias"),
        // list items are trimmed before they are compared, in ASCII and other fields alike
        ("people", "X\tA| |B\tAZE\tGOV\tPresident\t2010-01-01\t\n", "people.tsv:1", "empty alias"),
        ("people", "X\tAb|Ab \tAZE\tGOV\tPresident\t2010-01-01\t\n", "people.tsv:1", "alias 'Ab' listed twice"),
        ("people", "X\tBakı|Bakı \tAZE\tGOV\tPresident\t2010-01-01\t\n", "people.tsv:1", "alias 'Bakı' listed twice"),
        ("people", "X\tBakı|\tAZE\tGOV\tPresident\t2010-01-01\t\n", "people.tsv:1", "empty alias"),
        ("sectors", "troops\tMIL, MIL\tgroup\n", "sectors.tsv:1", "listed twice"),
        ("sectors", "troops\tMIL,\tgroup\n", "sectors.tsv:1", "'' is not a PLOVER sector"),
        ("sectors", "troops\tMIL,mil\tgroup\n", "sectors.tsv:1", "'mil' is not a PLOVER sector"),
        ("sectors", "troops\tMIL\tgroup\nThe  Troops\tMIL\tgroup\n", "sectors.tsv:2", "lowercase"),
        ("sectors", "the troops\tMIL\tgroup\ntroops\tMIL\tgroup\n", "sectors.tsv:2", "duplicate phrase"),
        ("sectors", "troops  of\tMIL\tgroup\ntroops of\tMIL\tgroup\n", "sectors.tsv:2", "duplicate phrase"),
    ])
    func validationErrors(_ file: String, _ text: String, _ location: String, _ fragment: String) {
        do {
            switch file {
            case "countries": _ = try Self.load(countries: text)
            case "organizations": _ = try Self.load(orgs: text)
            case "sectors": _ = try Self.load(sectors: text)
            default: _ = try Self.load(people: text)
            }
            Issue.record("expected an error for \(file): \(text.debugDescription)")
        } catch let e as KnowledgeError {
            #expect(e.description.hasPrefix(location + ": "), "\(e)")
            #expect(e.message.contains(fragment), "\(e)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func monthPrecisionDates() throws {
        let kb = try Self.load(people: "X\t\tAZE\tGOV\tMinister\t2010-02\t2010-02\n")
        let p = try #require(kb.person(named: "x"))
        #expect(p.roles[0].start.description == "2010-02-01")
        #expect(p.roles[0].end?.description == "2010-02-28")
    }

    /// Words of a key, as a split on spaces counts them.
    @Test(arguments: ["", "kremlin", "white house", "  the  white house ", "são paulo city", "a"])
    func wordCount(_ key: String) {
        #expect(ActorKnowledge.wordCount(key) == key.split(separator: " ").count)
    }
}
