import Foundation

/// The actor knowledge base: countries and territories with their names,
/// adjectives and government metonyms, international organizations, parties
/// and armed groups, sector words, and named people with dated roles. Loaded
/// from `Data/actors/` (see the `#` header of each file for its format) and
/// validated line by line; every problem is a `KnowledgeError` (`file:line:
/// message`).
///
/// Codes follow the PLOVER manual: a country is an ISO 3166-1 alpha-3 code,
/// PLOVER's `KOS` for Kosovo, or one of PLOVER's non-state codes (UNO, EUR,
/// IGO, NGO, ISM, IMG, MNC); a sector is a PLOVER sector code. Dependencies
/// fold into their controlling state, and partially recognized entities
/// (Abkhazia, Nagorno-Karabakh, Transnistria …) take the country that claims
/// them plus the `PRE` sector.
public struct ActorKnowledge: Sendable {
    // MARK: Countries

    public enum CountryKind: String, Sendable, Hashable {
        /// An independent state (PLOVER: COW system member, Holy See, Taiwan, Kosovo).
        case state
        /// A non-independent territory PLOVER codes on its own (Hong Kong, Palestine, Antarctica).
        case exception
        /// A dependency with an ISO code, folded into its controlling state.
        case dependency
        /// A partially recognized entity: the claiming state's code plus sector PRE.
        case disputed
    }

    /// A place-level political entity: what a country name, adjective or
    /// metonym refers to.
    public struct Country: Sendable, Hashable {
        /// ISO 3166-1 alpha-3, `KOS`, or a user-assigned `X..` key for a
        /// disputed entity without an ISO code. Unique in countries.tsv.
        public let key: String
        /// The PLOVER country code actors of this entity take.
        public let country: String
        public let kind: CountryKind
        /// Canonical English short name (the first name of the line).
        public let name: String
        public let names: [String]
        public let adjectives: [String]
        public let metonyms: [Metonym]
        /// Sectors every actor of this entity also takes (`PRE` for disputed ones).
        public var extraSectors: [String] { kind == .disputed ? ["PRE"] : [] }
    }

    /// A place or building that news uses for an institution: "Baku" (the
    /// government of Azerbaijan), "the Pentagon" (the US military).
    public struct Metonym: Sendable, Hashable {
        public let form: String
        public let sectors: [String]
    }

    // MARK: Organizations

    public enum OrganizationKind: String, Sendable, Hashable, CaseIterable {
        case igo, ngo, party, armed, agency, media, company
    }

    public struct Organization: Sendable, Hashable {
        /// Short unique key (`NATO`, `UNHCR`, `AZE-YAP`).
        public let key: String
        /// PLOVER country code (resolved from the entity written in the file).
        public let country: String
        /// The entity key as written (`IGO`, `AZE`, `XNK` …).
        public let entity: String
        public let sectors: [String]
        public let kind: OrganizationKind
        public let name: String
        public let names: [String]
    }

    // MARK: Sector words

    public enum SectorWordKind: String, Sendable, Hashable {
        /// Designates one person ("president", "soldier").
        case person
        /// Designates several people ("troops", "protesters").
        case group
        /// Designates an institution ("government", "army", "parliament").
        case body
    }

    public struct SectorWord: Sendable, Hashable {
        public let phrase: String
        public let sectors: [String]
        public let kind: SectorWordKind
        /// How the phrase names an actor (the fourth field of sectors.tsv).
        public let use: SectorWordUse
        /// Names an actor only after a country or an organization ("Armenian
        /// units", "an Israeli airstrike"), never alone ("housing units") nor
        /// before "of"; capitalized inside a name, part of the name
        /// ("European Currency Units"). Sides are bound too.
        public var bound: Bool { use == .bound || use == .side }

        public init(phrase: String, sectors: [String], kind: SectorWordKind, use: SectorWordUse = .free) {
            self.phrase = phrase; self.sectors = sectors; self.kind = kind; self.use = use
        }
    }

    /// The fourth field of sectors.tsv.
    public enum SectorWordUse: String, Sendable, Hashable {
        /// No fourth field: the phrase names an actor alone or after a modifier.
        case free
        /// Only after a country or an organization ("Armenian units").
        case bound
        /// A party to a conflict named by its country ("the Azerbaijani side"):
        /// bound, right after "the" and the country word, not before a
        /// capitalized name ("Italian side AC Milan"), and never where sport is
        /// told ("the Welsh side").
        case side
        /// The other side of whoever speaks in the sentence ("the enemy fired
        /// at Armenian positions, the Armenian ministry said"): a group with no
        /// country of its own, which takes the adversary of the speaker's
        /// country when `actors/adversaries.tsv` names one.
        case opponent
    }

    // MARK: People

    /// An office held from `start` through `end` (inclusive; `nil` = ongoing).
    public struct Role: Sendable, Hashable {
        public let title: String
        public let country: String
        public let entity: String
        public let sectors: [String]
        public let start: CivilDate
        public let end: CivilDate?
        public func isInForce(on date: CivilDate) -> Bool {
            start <= date && (end.map { date <= $0 } ?? true)
        }
    }

    public struct Person: Sendable, Hashable {
        public let name: String
        public let aliases: [String]
        /// In file order.
        public let roles: [Role]
    }

    // MARK: Lookup entries

    /// What a name phrase can refer to.
    public struct Entry: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case countryName, adjective, metonym, organization, sectorWord, person
        }
        public let kind: Kind
        /// The form as written in the knowledge file.
        public let form: String
        /// Index into `countries`, `organizations`, `sectorWords` or `people`.
        public let index: Int
        /// PLOVER country code; nil for sector words and people (whose country depends on the date).
        public let country: String?
        /// Sectors the phrase carries (metonym's institution, organization's
        /// sectors, a sector word's sectors, `PRE` for disputed entities).
        public let sectors: [String]
        /// The form has no lowercase letters ("US", "WHO", "U.S."): a matcher
        /// should require the text's case to match.
        public var exactCase: Bool {
            var upper = 0
            for c in form.unicodeScalars {
                if c.isASCII {   // the same answer without building Foundation's character sets
                    if UInt8(c.value).isASCIILower { return false }
                    if UInt8(c.value).isASCIIUpper { upper += 1 }
                    continue
                }
                if CharacterSet.lowercaseLetters.contains(c) { return false }
                if CharacterSet.uppercaseLetters.contains(c) { upper += 1 }
            }
            return upper > 0
        }
    }

    public let countries: [Country]
    public let organizations: [Organization]
    public let sectorWords: [SectorWord]
    public let people: [Person]
    /// The longest indexed phrase, in space-separated words.
    public let maxPhraseWords: Int

    let countryByKey: [String: Int]
    let personByName: [String: Int]
    let index: [String: [Entry]]

    // MARK: Lookups

    /// Everything a phrase can name. The phrase is normalized like the index:
    /// lowercased, diacritics removed, curly apostrophes straightened,
    /// whitespace collapsed and a leading "the " dropped.
    public func entries(for phrase: some StringProtocol) -> [Entry] {
        index[ActorKnowledge.normalize(phrase)] ?? []
    }

    /// The country, territory or entity with this key (`AZE`, `KOS`, `XNK`).
    public func country(key: some StringProtocol) -> Country? {
        countryByKey[String(key)].map { countries[$0] }
    }

    /// True for a code actors may carry as their country: a state, a PLOVER
    /// exception (HKG, PSE, ATA), or a non-state code (UNO, EUR, IGO …).
    public func isPLOVERCountry(_ code: some StringProtocol) -> Bool {
        if PLOVERCodes.nonStateCountries[String(code)] != nil { return true }
        guard let c = country(key: code) else { return false }
        return c.kind == .state || c.kind == .exception
    }

    /// The person with this canonical name (as in people.tsv, any case).
    public func person(named name: some StringProtocol) -> Person? {
        personByName[ActorKnowledge.normalize(name)].map { people[$0] }
    }

    /// The roles `person` holds on `date`, in file order (usually the main
    /// office first); empty when none is in force.
    public func roles(of person: Person, on date: CivilDate) -> [Role] {
        person.roles.filter { $0.isInForce(on: date) }
    }

    /// The first role in force on `date`, if any.
    public func role(of person: Person, on date: CivilDate) -> Role? {
        person.roles.first { $0.isInForce(on: date) }
    }

    /// A person known here but holding none of their roles on `date`: the
    /// one state all their state roles are of (roles in the UN, the EU or
    /// another international body aside: Ban Ki-moon is KOR), and `ELI` once
    /// their last role has ended ("Robert Kocharyan was arrested" in 2018:
    /// ARM ELI; PLOVER's elites are former officials). Nil when they served
    /// several states or none.
    public func outOfOffice(_ person: Person, on date: CivilDate) -> (country: String, sector: String?)? {
        let states = person.roles.lazy.map(\.country).filter { PLOVERCodes.nonStateCountries[$0] == nil }
        guard let country = states.first, states.allSatisfy({ $0 == country }) else { return nil }
        let former = person.roles.allSatisfy { $0.end.map { $0 < date } ?? false }
        return (country, former ? "ELI" : nil)
    }

    /// People holding a role of `country` (PLOVER code) with `title` on `date`.
    public func holders(of title: String, country: String, on date: CivilDate) -> [Person] {
        people.filter { p in p.roles.contains { $0.title == title && $0.country == country && $0.isInForce(on: date) } }
    }

    // MARK: Loading

    public static func builtIn() throws -> ActorKnowledge {
        try ActorKnowledge(
            countries: .builtIn("actors/countries.tsv"),
            organizations: .builtIn("actors/organizations.tsv"),
            sectors: .builtIn("actors/sectors.tsv"),
            people: .builtIn("actors/people.tsv"))
    }

    /// Diacritic and case folding. Foundation's folding moves the rest of the
    /// string for every mark it removes — quadratic in one long word ("é"
    /// written with combining accents 100,000 times) — so a long string is
    /// folded 64 characters at a time; folding works within a character, so
    /// the result is the same.
    /// - Complexity: O(n).
    static func fold(_ s: String) -> String {
        guard s.utf8.count > 1024 else { return s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var start = s.startIndex
        while start < s.endIndex {
            let stop = s.index(start, offsetBy: 64, limitedBy: s.endIndex) ?? s.endIndex
            out += s[start..<stop].folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            start = stop
        }
        return out
    }

    /// The lookup key of a phrase.
    public static func normalize(_ phrase: some StringProtocol) -> String {
        var s = String(phrase)
        if s.unicodeScalars.contains(where: { $0.value > 0x7F }) {
            s = fold(s)
            // One pass over the folded scalars: curly apostrophes and Unicode
            // hyphens to ASCII, and the letters the diacritic folding keeps (ı ł ø đ æ œ ß).
            if s.unicodeScalars.contains(where: { $0.value > 0x7F }) {
                var t = ""
                t.reserveCapacity(s.utf8.count)
                for u in s.unicodeScalars {
                    switch u {
                    case "\u{2019}", "\u{2018}": t += "'"
                    case "\u{2010}", "\u{2011}": t += "-"
                    case "ı": t += "i"
                    case "ł", "Ł": t += "l"
                    case "ø", "Ø": t += "o"
                    case "đ", "Đ": t += "d"
                    case "æ", "Æ": t += "ae"
                    case "œ", "Œ": t += "oe"
                    case "ß": t += "ss"
                    default: t.unicodeScalars.append(u)
                    }
                }
                s = t
            }
        }
        s = s.lowercased()
        // collapse whitespace (space, tab, newline, no-break space) over UTF-8 bytes
        let u = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var pendingSpace = false
        var i = 0
        while i < u.count {
            let b = u[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || (b == 0xC2 && i + 1 < u.count && u[i + 1] == 0xA0) {
                pendingSpace = !out.isEmpty
                i += b == 0xC2 ? 2 : 1
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
            i += 1
        }
        if out.count > 4, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out[3] == 0x20 { out.removeFirst(4) }   // "the "
        return String(decoding: out, as: UTF8.self)
    }
}
