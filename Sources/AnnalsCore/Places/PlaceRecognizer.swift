import Foundation

/// A place an article mentions, resolved to one gazetteer entry, with every
/// span of text that names it and the reason it was chosen.
public struct ResolvedPlace: Sendable, Equatable {
    public var place: Place
    /// Mentions in text order: token ranges.
    public var mentions: [Range<Int>]
    /// Per mention: a country adjective ("Russian") rather than a name.
    public var adjectival: [Bool]
    /// Why this entry and not another of the same name ("only candidate",
    /// "country named in the article", "Town, State" …).
    public var reason: String
    /// The country an event here is coded in when the place lies in a territory that
    /// `places/event-countries.tsv` folds into another country (Hong Kong: CHN); nil otherwise.
    public var eventCountry: String? = nil

    public static func == (a: ResolvedPlace, b: ResolvedPlace) -> Bool {
        a.place == b.place && a.mentions == b.mentions && a.reason == b.reason
    }

    /// The record's feature word for the GeoNames class and code.
    public var feature: String { place.feature }

    public var firstToken: Int { mentions.first?.lowerBound ?? 0 }
}

extension Place {
    /// The kind of place a record is, as `feature` words it.
    public enum Feature: String, Sendable {
        case country, admin1, admin2, city, region, continent, water, landform, route, site
    }

    /// Decided on the bytes of the class and code (ASCII, as the gazetteer's load
    /// checks) by the rule the gazetteer's entries use (`Gazetteer.Entry.kind`),
    /// and compared as an enum rather than as a string.
    public var kind: Feature {
        let cls = featureClass.utf8
        guard cls.count == 1, let c = cls.first else { return .site }
        return Gazetteer.Entry.kind(class: c, code: featureCode.utf8)
    }

    /// "country", "admin1", "admin2", "city", "region", "continent", "water", "landform", "route", "site".
    public var feature: String { kind.rawValue }
}

/// Finds place names in an article and resolves each to a gazetteer entry.
///
/// 1. **Candidates.** A run of capitalized words (with inner "of", "de",
///    "al", hyphens and abbreviation periods: "Stratford-upon-Avon", "St.
///    Louis") whose folded key is a name in the gazetteer, the longest run
///    first; a country's names and adjectives from the actor knowledge base
///    ("U.S.", "Britain", "Russian") name the country; a state or province
///    abbreviation written with its periods names its area ("in S.C.", "the
///    S.C. Highway Patrol", "Mass. legislators"; abbreviations.tsv field 5).
/// 2. **Filters.** Not inside a person's name or a time expression, not
///    after a title ("Mr. Washington"), not a first name before a surname,
///    not a person's surname said alone once the text calls the person "he"
///    ("Roy Jones ... Jones said": a small town's name only), not a
///    contraction ("I've").
///    A word that is also an English word ("Reading", "Mobile") needs more
///    than its capital letter: a locative preposition before it, a
///    "Town, State" pattern, or being a country or a first-level area; and
///    when another capitalized word follows it, it begins a longer name
///    ("Police Headquarters", "Federal Express"), not a place, unless it is a
///    large city's name opening that name ("Shanghai Stock Exchange").
/// 3. **Resolution.** Each candidate entry is scored by its population
///    (log), its kind (countries and first-level areas are what a bare name
///    usually means), an explicit container after a comma ("Athens, Ga.",
///    "Lachin, Azerbaijan"), and then, in a second pass, by how many of the
///    article's other places lie in the same country and first-level area,
///    whether another name of the article is the candidate's first-level
///    area ("Minnesota" for Alexandria, Minnesota), and nearness. A bare name
///    that the article also names as a county ("DeKalb" beside "DeKalb
///    County") is that county when its chosen town lies away from it.
///    The reason of the winning term is recorded.
///
/// - Complexity: linear in the number of tokens; each capitalized run of up
///   to `maxTokens` tokens costs one binary search in the gazetteer index.
public final class PlaceRecognizer: Sendable {
    public let gazetteer: Gazetteer
    /// Key hash of a country name or adjective → (country place, is adjective).
    /// (A `KeyHashTable`: a dictionary hashed the key hash again with SipHash at each of the
    /// recognizer's lookups.)
    let countryForms: KeyHashTable<(place: PlaceRun.Candidate, adjective: Bool)>
    /// Key hash of a first-level area abbreviation ("ga", "calif", "ny") → the area,
    /// used only after "Town,".
    let abbreviations: KeyHashTable<PlaceRun.Candidate>
    /// An abbreviation that names its area standing alone, as written with its periods,
    /// lowercase and without spaces ("s.c.", "mass.", "w.va."; abbreviations.tsv field 5) → the
    /// area: "L.A." is not "La.".
    let standaloneAbbreviations: [String: PlaceRun.Candidate]
    /// The longest of them in bytes: a longer first token is no such abbreviation.
    let standaloneMaxBytes: Int
    /// English words that are also place names (`places/common-words.tsv`).
    let commonWords: Set<String>
    /// Words after which a capitalized word is a person's name, not a place ("Mr.", "Gen.").
    let titles: Set<String>
    let maxTokens = 7

    /// Words before a name that say a place follows ("in", "near").
    let locatives: Set<String>
    /// Locatives that say where an event happened (cue-words.tsv class `setting`), for EventPlaces.
    public let settings: Set<String>
    /// Lowercase words allowed inside a place name ("of", "upon").
    let connectors: Set<String>
    /// Lowercase generic words that may end a place name ("corridor").
    let suffixes: Set<String>
    /// Capitalized words after a name that make it a street's, square's or
    /// park's name ("Liberty Square", "Hyde Park", "Multan Road"): the name is
    /// kept as a place mention (toponym annotation counts it) but does not say
    /// where an event happened (EventPlaces).
    public let facilities: Set<String>
    /// Pronouns that stand for a person: an actor the text refers to with one
    /// ("Barnes ... he said") is a person (cue-words.tsv class `person-pronoun`).
    let personPronouns: Set<String>
    /// The sectors of a crowd that takes the country of its protest (`places/crowd-sectors.tsv`, EventPlaces.locateCrowds).
    public let crowdSectors: EventPlaces.CrowdSectors

    /// Territory ISO code -> the country its events are coded in (`places/event-countries.tsv`).
    let eventCountries: [String: String]

    /// The word lists the recognizer was built with.
    public let words: PlaceWords

    /// `crowdSectors` nil: the built-in `places/crowd-sectors.tsv`.
    public convenience init(gazetteer: Gazetteer, actors: ActorKnowledge, abbreviations abbrFile: DataFile, commonWords wordsFile: DataFile,
                cueWords cueFile: DataFile, crowdSectors crowdFile: DataFile? = nil) throws {
        try self.init(gazetteer: gazetteer, actors: actors, abbreviations: abbrFile,
                      words: PlaceWords(commonWords: wordsFile, cueWords: cueFile, crowdSectors: crowdFile))
    }

    /// The part that needs the gazetteer and the actor knowledge: each
    /// country's gazetteer entry and its names and adjectives, and the
    /// abbreviations of first-level areas.
    public init(gazetteer: Gazetteer, actors: ActorKnowledge, abbreviations abbrFile: DataFile, words: PlaceWords) throws {
        self.words = words
        crowdSectors = words.crowdSectors
        eventCountries = words.eventCountries
        settings = words.settings
        locatives = words.locatives
        connectors = words.connectors
        titles = words.titles
        suffixes = words.suffixes
        facilities = words.facilities
        personPronouns = words.personPronouns
        commonWords = words.commonWords
        self.gazetteer = gazetteer
        // countries: the gazetteer's PCL entry of each ISO code (read without its
        // alternate names, as the recognizer reads every candidate)
        var byISO: [String: PlaceRun.Candidate] = [:]
        for c in actors.countries {
            for name in [c.name] + c.names {
                if let p = gazetteer.firstCandidate(for: name, where: { $0.kind == .country && $0.country == c.key }) {
                    byISO[c.key] = PlaceRun.Candidate(gazetteer.entry(p.record), alternateOnly: false); break
                }
            }
        }
        var forms: [String: (place: PlaceRun.Candidate, adjective: Bool)] = [:]
        for c in actors.countries.sorted(by: { $0.key < $1.key }) {
            guard let p = byISO[c.key] else { continue }
            for n in [c.name] + c.names { let k = Gazetteer.key(n); if !k.isEmpty, forms[k] == nil { forms[k] = (p, false) } }
            for a in c.adjectives { let k = Gazetteer.key(a); if !k.isEmpty, forms[k] == nil { forms[k] = (p, true) } }
        }
        // plural demonyms as nouns ("Russians", "Palestinians"): the adjective + s
        // (in any order: each key k adds only k + "s", which no other key adds)
        for (k, f) in forms where f.adjective && !k.hasSuffix("s") && !k.hasSuffix("h") {
            if forms[k + "s"] == nil { forms[k + "s"] = f }
        }
        var hashed = KeyHashTable<(place: PlaceRun.Candidate, adjective: Bool)>(minimumCapacity: forms.count)
        for (k, f) in forms { hashed.set(Gazetteer.hash(Array(k.utf8)), f) }
        countryForms = hashed
        var abbr = KeyHashTable<PlaceRun.Candidate>()
        var alone: [String: PlaceRun.Candidate] = [:]
        for line in abbrFile.lines {
            guard line.fields.count == 5 else { throw abbrFile.error(line, "expected 5 tab-separated fields (country, admin1, name, abbreviations, standalone forms), found \(line.fields.count)") }
            let country = String(line.fields[0]), admin1 = String(line.fields[1]), name = String(line.fields[2])
            guard country.count == 3, country.uppercased() == country else { throw abbrFile.error(line, "country must be an ISO 3166-1 alpha-3 code") }
            guard !admin1.isEmpty else { throw abbrFile.error(line, "empty admin1 code") }
            guard let found = gazetteer.firstCandidate(for: name, where: { $0.kind == .admin1 && $0.country == country && $0.admin1 == admin1 }) else {
                throw abbrFile.error(line, "no first-level area '\(name)' with code \(country).\(admin1) in the gazetteer")
            }
            let area = PlaceRun.Candidate(gazetteer.entry(found.record), alternateOnly: false)
            for a in line.fields[3].split(separator: "|") {
                let k = Gazetteer.hash(Array(Gazetteer.key(String(a)).utf8))
                guard !Gazetteer.key(String(a)).isEmpty else { throw abbrFile.error(line, "empty abbreviation") }
                if let old = abbr[k], old.record != area.record {
                    throw abbrFile.error(line, "abbreviation '\(a)' already names \(gazetteer.summary(Int(old.record)).name)")
                }
                abbr.set(k, area)
            }
            let forms = Set(line.fields[3].split(separator: "|"))
            for a in line.fields[4].split(separator: "|") {
                guard forms.contains(a) else { throw abbrFile.error(line, "standalone form '\(a)' is not one of the abbreviations of field 4") }
                guard a.contains(".") else { throw abbrFile.error(line, "standalone form '\(a)' must be written with a period") }
                alone[a.lowercased().filter { $0 != " " }] = area
            }
        }
        abbreviations = abbr
        standaloneAbbreviations = alone
        standaloneMaxBytes = alone.keys.map(\.utf8.count).max() ?? 0
    }

    public static func builtIn(actors: ActorRecognizer) throws -> PlaceRecognizer {
        try PlaceRecognizer(builtInGazetteer: .builtIn(), actors: actors)
    }

    /// The built-in word files over a loaded gazetteer.
    public convenience init(builtInGazetteer gazetteer: Gazetteer, actors: ActorRecognizer) throws {
        try self.init(builtInGazetteer: gazetteer, actors: actors, words: .builtIn())
    }

    /// The built-in abbreviations over a loaded gazetteer and loaded word lists.
    public convenience init(builtInGazetteer gazetteer: Gazetteer, actors: ActorRecognizer, words: PlaceWords) throws {
        try self.init(gazetteer: gazetteer, actors: actors.knowledge, abbreviations: .builtIn("places/abbreviations.tsv"), words: words)
    }

    /// Registers the words this layer tests per token.
    public func register(into classes: inout WordClasses) {
        words.register(into: &classes)
    }

    /// The place classes of a normalized word, from the sets (for documents
    /// built without the shared word-class table).
    func classes(of norm: String) -> WordClass {
        var c: WordClass = []
        if commonWords.contains(norm) { c.insert(.placeCommonWord) }
        if locatives.contains(norm) { c.insert(.placeCue) }
        if connectors.contains(norm) { c.insert(.placeConnector) }
        if suffixes.contains(norm) { c.insert(.placeSuffix) }
        if titles.contains(norm) { c.insert(.placeTitle) }
        return c
    }

    /// (not inlined into `Annals.analyze`: the layer's cost stays one entry in a profile)
    @inline(never)
    public func recognize(_ doc: Document, times: [TimeExpression], actors: [Actor]) -> [ResolvedPlace] {
        var lookups = PlaceRun.Lookups()
        // room for the article's names from the start: growing the table rehashes every entry
        lookups.seen = KeyHashTable(minimumCapacity: doc.tokens.count / 4)
        let run = PlaceRun(r: self, doc: doc, times: times, actors: actors, lookups: &lookups)
        return run.recognize(&lookups)
    }
}

/// One article's place recognition.
struct PlaceRun {
    let r: PlaceRecognizer
    let doc: Document
    var blocked: [Bool]
    /// Tokens inside a guessed person's name: a country or a first-level area only.
    var soft: [Bool] = []

    /// What the run's lookups keep from one name to the next, passed inout
    /// rather than held in the run: the passes then read the run without
    /// `mutating`, which in Swift copies the whole run before every call of
    /// a non-mutating helper.
    struct Lookups {
        /// Lookups already made in this article, by key hash (names repeat); nil for a key that names no place.
        var seen = KeyHashTable<Found?>()
        /// The article's candidate lists one after another (`Found.candidates`,
        /// `Mention.candidates`): one array that grows, where an array per name cost an
        /// allocation, its release, and a retain and release whenever a list was passed on.
        var pool: [Candidate] = []
        /// The records of the key being looked up (`Gazetteer.records(hash:into:)`), one array for the article.
        var records: [Int] = []
        var folder = KeyFolder()

        /// Appends `c` to the pool as a list of its own.
        mutating func list(_ c: Candidate) -> Range<Int> {
            pool.append(c)
            return pool.count - 1 ..< pool.count
        }

        /// Appends the pool's candidates at `indices`, in that order, as a new list.
        mutating func list(copying indices: some Sequence<Int>) -> Range<Int> {
            let start = pool.count
            for j in indices { let c = pool[j]; pool.append(c) }
            return start ..< pool.count
        }
    }

    /// The entries a name may be: its key hash, its candidates (`Lookups.pool[candidates]`)
    /// and whether it is a country adjective.
    struct Found {
        var key: UInt64
        var candidates: Range<Int>
        var adjective: Bool
    }

    /// A name's candidate entry: what its gazetteer line says (`Gazetteer.Entry`), whether
    /// the name is only one of the entry's alternate names, and its score before context.
    /// It holds no reference: arrays of candidates are copied and freed without retains or
    /// releases (a `Place` has seven strings). The chosen entries' `Place`s are built at the end.
    struct Candidate: Sendable {
        let entry: Gazetteer.Entry
        /// The name is only one of the entry's alternate names.
        let alternateOnly: Bool
        /// The score before context: `baseScore`, less for a town known by the name only as an
        /// old or foreign alternate (a weaker reading).
        let base: Double

        init(_ entry: Gazetteer.Entry, alternateOnly: Bool) {
            self.entry = entry
            self.alternateOnly = alternateOnly
            let kind = entry.kind
            let score = PlaceRun.baseScore(population: entry.population, kind: kind, hasID: entry.hasID,
                                           capital: (kind == .city || kind == .route || kind == .site) && entry.isCapitalCode)
            base = score - (kind == .city && alternateOnly ? 1.5 : 0)
        }

        /// The gazetteer record: two candidates are the same place when their records are equal.
        var record: Int32 { entry.record }
        var kind: Place.Feature { entry.kind }
        var population: Int { entry.population }
        /// Neither a country nor a first-level area.
        var isOther: Bool { entry.kind != .country && entry.kind != .admin1 }
    }

    /// A struct of plain values (its candidates are a range of `Lookups.pool`): copied without
    /// a retain, and no allocation of its own.
    struct Mention {
        let tokens: Range<Int>
        /// Key hash of the name.
        let key: UInt64
        /// Its candidates: `Lookups.pool[candidates]`.
        let candidates: Range<Int>
        let adjective: Bool
        /// The area named right after "Town," and its tokens.
        let container: (area: Candidate, tokens: Range<Int>)?
        let cue: Bool
        /// The area after "Town," ("Ga." of "Athens, Ga."): it places that town, not the article.
        let afterComma: Bool

        init(tokens: Range<Int>, key: UInt64, candidates: Range<Int>, adjective: Bool,
             container: (area: Candidate, tokens: Range<Int>)?, cue: Bool, afterComma: Bool = false) {
            self.tokens = tokens; self.key = key; self.candidates = candidates
            self.adjective = adjective; self.container = container; self.cue = cue; self.afterComma = afterComma
        }
    }

    /// Each token's place word classes.
    let cls: [WordClass]
    /// Whether the article has the word "counties" or "parishes": `countyListMember` looks for
    /// a list of names before one, and most articles have none.
    let hasCountyNoun: Bool

    init(r: PlaceRecognizer, doc: Document, times: [TimeExpression], actors: [Actor], lookups: inout Lookups) {
        self.r = r; self.doc = doc
        cls = doc.classes.count == doc.tokens.count ? doc.classes : doc.norms.map { r.classes(of: $0) }
        // (a normalized form of ASCII letters is never longer than its token, and shorter only
        // when the token has other bytes: only tokens of 8 bytes that begin with c or p, and
        // longer ones in a text that is not all ASCII, have their form read)
        var countyNoun = false
        let ascii = doc.isASCII
        doc.tokens.withUnsafeBufferPointer { tokens in
            for k in tokens.indices {
                let length = tokens[k].end - tokens[k].start
                if length < 8 { continue }
                if length == 8 {
                    let c = doc.bytes[Int(tokens[k].start)].asciiLowercased
                    if c != UInt8(ascii: "c") && c != UInt8(ascii: "p") { continue }
                } else if ascii { continue }
                let w = doc.norms[k]
                if w.utf8.count == 8, w == "counties" || w == "parishes" { countyNoun = true; break }
            }
        }
        hasCountyNoun = countyNoun
        blocked = [Bool](filled: false, count: doc.tokens.count)
        for t in times { for k in t.tokens where k < blocked.count { blocked[k] = true } }
        soft = [Bool](filled: false, count: doc.tokens.count)
        for a in actors where a.kind == .person {
            // a guessed person whose full name is no place ("Roy Jones") and whom the text
            // also calls "he", "she" or "a judge" owns its surname mentions too ("Jones said"),
            // when the surname is only a small town's name (not "Toronto" of "CBC Toronto");
            // a "person" whose every name is a place ("from Los Angeles") is left to the places
            // (worked out only when a mention is a place name, which few are)
            var person: (full: Range<Int>, is: Bool)? = nil
            for m in a.mentions {
                if !a.known && isPlaceName(m, &lookups) {
                    if person == nil {
                        let full = a.mentions.max { $0.count < $1.count } ?? m
                        person = (full, !isPlaceName(full, &lookups) && a.mentions.contains { r in
                            r.lowerBound < doc.tokens.count
                                && (!doc.tokens[r.lowerBound].isCapitalized || self.r.personPronouns.contains(doc.norms[r.lowerBound]))
                        })
                    }
                    guard let p = person, p.is, m != p.full, isMinorPlaceName(m, &lookups) else { continue }
                }
                for k in m where k < blocked.count {
                    // a name the actor layer only guessed ("Acting U.S. Attorney Michelle Jacobs",
                    // "Texas Southern") may begin with a country or a state: only its last word is surely the name
                    if a.known || k == m.upperBound - 1 { blocked[k] = true } else { soft[k] = true }
                }
            }
        }
        // a later word of a known organization's name (or of a group named after one, "Boko Haram
        // fighters") that is only a small town's name is part of the name ("Haram" of "Boko Haram"
        // is no Norwegian town); its first word may still be a
        // place ("Kenya Airways"), and so may a country, an area or a larger town ("Bank of England")
        for a in actors where a.known && (a.kind == .organization || a.kind == .group) {
            for m in a.mentions where m.count >= 2 && m.upperBound <= blocked.count {
                // (not a word of a longer place name inside the organization's: "Central Bank of Sri
                // Lanka", "Papua New Guinea's government")
                for k in m.dropFirst() where isNameWord(k) && isMinorPlaceName(k ..< k + 1, &lookups)
                    && !inLongerPlaceName(k, within: m, &lookups) {
                    blocked[k] = true
                }
            }
        }
    }

    /// Whether tokens `m` are, as a whole, a country form or a gazetteer
    /// name: the actor layer takes unknown capitalized pairs for people
    /// ("from Los Angeles"); such a pair is left to the places.
    func isPlaceName(_ m: Range<Int>, _ lookups: inout Lookups) -> Bool {
        guard !m.isEmpty, m.upperBound <= doc.tokens.count else { return false }
        let k = key(m, &lookups)
        return r.countryForms[k.hash] != nil || (k.count >= 3 && r.gazetteer.contains(hash: k.hash))
    }

    /// Whether token `k` is a word of a place name of two to four words inside tokens `m`.
    func inLongerPlaceName(_ k: Int, within m: Range<Int>, _ lookups: inout Lookups) -> Bool {
        for lo in max(m.lowerBound, k - 3) ... k {
            for hi in (k + 1) ... min(m.upperBound, lo + 4) where hi - lo >= 2 {
                if isPlaceName(lo ..< hi, &lookups) { return true }
            }
        }
        return false
    }

    /// Whether tokens `m` name only towns below `wellKnown` people (no country, area or continent).
    func isMinorPlaceName(_ m: Range<Int>, _ lookups: inout Lookups) -> Bool {
        guard let c = candidates(m, &lookups), !c.adjective else { return false }
        return lookups.pool[c.candidates].allSatisfy { p in
            let f = p.kind
            return f != .country && f != .admin1 && f != .continent && p.population < PlaceRun.wellKnown
        }
    }

    // MARK: Candidates

    @inline(__always) func isNameWord(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        return (t.kind == .word || t.kind == .initialism) && t.isCapitalized
    }

    /// The key hash (and key length) of tokens `range`, dropping a final possessive "'s".
    func key(_ range: Range<Int>, _ lookups: inout Lookups) -> (hash: UInt64, count: Int) {
        var start = Int(doc.tokens[range.lowerBound].start), end = Int(doc.tokens[range.upperBound - 1].end)
        let b = doc.bytes
        if end - start > 2, b[end - 1] == UInt8(ascii: "s") || b[end - 1] == UInt8(ascii: "S") {
            if b[end - 2] == UInt8(ascii: "'") { end -= 2 } else if end - start > 4, b[end - 4] == 0xE2, b[end - 3] == 0x80, b[end - 2] == 0x99 { end -= 4 }
        }
        if start > end { start = end }
        // one word of ASCII letters (most names): the key is the word in lowercase, as the folder's
        // first branch makes it, hashed as `HashSink` does, in one pass that builds no slice
        var h = HashSink().h
        var k = start
        while k < end {
            guard let c = b[k].asciiLetterLowercased else { break }
            h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01b3
            k &+= 1
        }
        if k == end, end > start { return (h >> Gazetteer.recordBits, end - start) }
        // other ASCII names ("New York", "St. Louis"): the loader's loop of the folder's ASCII rules
        var count = 0
        if let (hash, empty) = b.withUnsafeBufferPointer({ Gazetteer.asciiKeyHash(UnsafeBufferPointer(rebasing: $0[start..<end]), count: &count) }) {
            return (empty ? 0 : hash, count)
        }
        var sink = HashSink()
        lookups.folder.fold(b[start..<end], into: &sink)
        return (sink.isEmpty ? 0 : sink.value, sink.count)
    }

    /// Ends (exclusive) of the token runs starting at `i` that could be a
    /// name, longest first, in `ends` (the caller's buffer, reused from run
    /// to run rather than allocated for each).
    func runEnds(from i: Int, into ends: inout [Int]) {
        ends.removeAll(keepingCapacity: true)
        var k = i
        let n = doc.tokens.count
        while k < n, k - i < r.maxTokens {
            let t = doc.tokens[k]
            if k > i {
                if t.newlinesBefore > 0 { break }
                let prev = doc.tokens[k - 1]
                let glued = !t.spaceBefore
                if t.kind == .dash || (t.kind == .punct && doc.norms[k] == ".") {
                    // a hyphen or an abbreviation period inside a name
                    guard glued || t.kind == .dash, k + 1 < n else { break }
                    if t.kind == .punct && !(prev.kind == .word && prev.isCapitalized) { break }
                    k += 1; continue
                }
                if t.kind == .word, !t.isCapitalized {
                    if cls[k].contains(.placeSuffix) { ends.append(k + 1); break }
                    guard cls[k].contains(.placeConnector) || (glued && prev.kind == .dash) else { break }
                    k += 1; continue
                }
            }
            guard isNameWord(k) || (k > i && doc.tokens[k].kind == .word && doc.tokens[k - 1].kind == .dash) else { break }
            if blocked[k] { break }
            ends.append(k + 1)
            k += 1
        }
        ends.reverse()
    }

    /// The entries a run may name. A 40-bit key hash stands for the key:
    /// with a million keys, a false match is a one-in-a-million event.
    func candidates(_ range: Range<Int>, _ lookups: inout Lookups) -> Found? {
        let (k, count) = key(range, &lookups)
        guard count > 0 else { return nil }
        if let hit = lookups.seen[k] { return hit }
        let found = lookup(k, count: count, &lookups)
        lookups.seen.set(k, found)
        return found
    }

    /// The entries of key hash `k` (of a key `count` bytes long), appended to the pool.
    func lookup(_ k: UInt64, count: Int, _ lookups: inout Lookups) -> Found? {
        let start = lookups.pool.count
        var adjective = false
        if let c = r.countryForms[k] { lookups.pool.append(c.place); adjective = c.adjective }
        // an adjective names only its country ("Georgian" is not a town);
        // one- and two-letter names ("I", "Y") are pronouns and initials far more often than places
        if !adjective, count >= 3, r.gazetteer.contains(hash: k) {
            // (the records are distinct lines, so a place can repeat only the country form's)
            let form = lookups.pool.count > start ? lookups.pool[start].record : -1
            r.gazetteer.records(hash: k, into: &lookups.records)
            for n in lookups.records.indices {
                let rec = lookups.records[n]
                let e = r.gazetteer.entry(rec)
                guard e.hasPoint, form != e.record else { continue }
                lookups.pool.append(Candidate(e, alternateOnly: r.gazetteer.nameHashes[rec] != k))
            }
        }
        return lookups.pool.count == start ? nil : Found(key: k, candidates: start ..< lookups.pool.count, adjective: adjective)
    }

    // MARK: Recognition

    func recognize(_ lookups: inout Lookups) -> [ResolvedPlace] {
        var mentions: [Mention] = []
        let n = doc.tokens.count
        var i = 0
        var sentence = 0
        var ends: [Int] = []
        while i < n {
            while sentence + 1 < doc.sentences.count, doc.sentences[sentence].tokens.upperBound <= i { sentence += 1 }
            guard isNameWord(i), !blocked[i] else { i += 1; continue }
            // a legislator's party and state, "D-W. Va.", "R-Ohio": the place starts after the hyphen
            if partyPrefix(i) { i += 2; continue }
            if let (area, tokens) = standaloneArea(from: i) {
                mentions.append(Mention(tokens: tokens, key: r.gazetteer.nameHashes[Int(area.record)], candidates: lookups.list(area),
                                        adjective: false, container: nil, cue: false))
                i = tokens.upperBound
                continue
            }
            var found: (Range<Int>, UInt64, Range<Int>, Bool)? = nil
            runEnds(from: i, into: &ends)
            if let m = countyListMember(ends, from: i, &lookups) {
                mentions.append(m)
                i = m.tokens.upperBound
                continue
            }
            for (e, end) in ends.enumerated() {
                guard let c = candidates(i..<end, &lookups) else { continue }
                found = (i..<end, c.key, c.candidates, c.adjective)
                // a longer name known only as an alternate ("Dublin City" for Dublin, Ireland) does
                // not hide the senses of its first words: "Dublin City Council" may be Ohio's; but
                // those words' country or state is not the longer name ("Quebec City" is no province)
                // (a first-level area's name with its type word, "Chin State", "Kherson region", is the area)
                if !c.adjective, lookups.pool[c.candidates].allSatisfy({ $0.alternateOnly }),
                   !lookups.pool[c.candidates].allSatisfy({ $0.kind == .admin1 }) {
                    for shorter in ends[(e + 1)...] {
                        guard let d = candidates(i..<shorter, &lookups), !d.adjective else { continue }
                        // (the longer name's list and these senses, as a new list of the pool)
                        var merged: Range<Int>? = nil
                        for j in d.candidates {
                            let p = lookups.pool[j]
                            guard p.kind != .admin1, p.kind != .country,
                                  !c.candidates.contains(where: { lookups.pool[$0].record == p.record }) else { continue }
                            if merged == nil { merged = lookups.list(copying: c.candidates) }
                            lookups.pool.append(p)
                            merged = merged!.lowerBound ..< lookups.pool.count
                        }
                        if let merged { found!.2 = merged }
                        break
                    }
                }
                break
            }
            guard let (range, key, candidates, adjective) = found else { i += 1; continue }
            let sentenceStart = doc.sentences.isEmpty ? 0 : doc.sentences[sentence].tokens.lowerBound
            i = range.upperBound
            if let m = accept(range, key: key, candidates: candidates, adjective: adjective, sentenceStart: sentenceStart, &lookups) {
                mentions.append(m)
                // "Athens, Ga.": the area after the comma is a mention of its own
                if let c = m.container {
                    mentions.append(Mention(tokens: c.tokens, key: r.gazetteer.nameHashes[Int(c.area.record)], candidates: lookups.list(c.area),
                                            adjective: false, container: nil, cue: false, afterComma: true))
                    i = c.tokens.upperBound
                }
            }
        }
        return resolve(mentions, lookups.pool)
    }

    /// Whether the text of `tokens` is the start of the place's own name and the place a city of
    /// `shortFormMinPopulation` people or more ("Frankfurt" for Frankfurt am Main): a short form
    /// of the name, not a foreign or old one (`resolve`'s stray alternates). Not a smaller town's
    /// ("Merck" is no Merck-Saint-Liévin, "Tate" no Tate de La Capilla).
    func namesItself(_ tokens: Range<Int>, _ p: Candidate) -> Bool {
        guard p.population >= Self.shortFormMinPopulation else { return false }
        let name = Array(Gazetteer.key(r.gazetteer.summary(Int(p.record)).name).utf8)
        let text = Array(Gazetteer.key(String(decoding: doc.bytes[Int(doc.tokens[tokens.lowerBound].start) ..< Int(doc.tokens[tokens.upperBound - 1].end)],
                                              as: UTF8.self)).utf8)
        return name.count > text.count && name[text.count] == 0x20 && name.starts(with: text)
    }

    /// "Becker, Clay and Otter Tail counties", "Caddo and Bossier parishes": each name of a list
    /// that ends in the plural "counties" or "parishes" is that county ("Becker County"), not a
    /// town of the name, even when it is an English word ("Clay", "Grant"). Not a town settled by
    /// "Town, State" nor a state after a comma ("Columbus, Ohio, and Franklin and Delaware
    /// counties": Ohio is no county there).
    func countyListMember(_ ends: [Int], from i: Int, _ lookups: inout Lookups) -> Mention? {
        guard hasCountyNoun, let longest = ends.first else { return nil }
        // the list goes on over names, commas and "and"/"or" to the plural noun
        // (a list of two names or more: "metro Athens counties", "Indiana counties" are no list)
        let n = doc.tokens.count
        func joins(_ k: Int) -> Bool {
            // the length first: most words are none of these, and a comparison with a literal costs a call
            let w = doc.norms[k]
            switch w.utf8.count {
            case 1: return w == "," || w == "&"
            case 2: return w == "or"
            case 3: return w == "and"
            default: return false
            }
        }
        var k = longest
        // ("and" may join a name's own words, "Trinidad and Tobago": the run can hold the list)
        var list = (i > 0 && joins(i - 1)) || (i..<longest).contains(where: joins)
        while k < n, k - longest < 40 {
            if joins(k) { list = true } else if !isNameWord(k) { break }
            k += 1
        }
        guard list, k < n, k > 0, isNameWord(k - 1) else { return nil }
        let noun = doc.norms[k]
        let suffix: String
        switch noun {
        case "counties": suffix = " County"
        case "parishes": suffix = " Parish"
        default: return nil
        }
        for end in ends {
            let range = i..<end
            guard container(after: range, &lookups) == nil else { return nil }
            let text = String(decoding: doc.bytes[Int(doc.tokens[i].start)..<Int(doc.tokens[end - 1].end)], as: UTF8.self)
            let name = Gazetteer.key(text + suffix)
            guard let found = lookup(Gazetteer.hash(Array(name.utf8)), count: name.utf8.count, &lookups) else { continue }
            let counties = found.candidates.filter { lookups.pool[$0].kind == .admin2 }
            guard !counties.isEmpty else { continue }
            if i >= 1, doc.norms[i - 1] == ",", let own = candidates(range, &lookups),
               lookups.pool[own.candidates].contains(where: { $0.kind == .admin1 || $0.kind == .country }) {
                return nil
            }
            return Mention(tokens: range, key: found.key, candidates: lookups.list(copying: counties), adjective: false, container: nil, cue: true)
        }
        return nil
    }

    /// A state or province abbreviation standing alone with its periods ("in S.C. today",
    /// "the S.C. Highway Patrol", "Mass. legislators", "D-W. Va."): the area
    /// (abbreviations.tsv field 5), as written ("L.A." is not "La."). Not after a number
    /// ("500 B.C."); a one-word form ("Mass.", "Ind.") only before a lowercase word, a number
    /// or punctuation on its line, since before a capital its period may end a sentence
    /// ("attended Mass. The").
    func standaloneArea(from i: Int) -> (area: Candidate, tokens: Range<Int>)? {
        let n = doc.tokens.count
        // most capitalized words are no abbreviation: an initialism or a word with a glued period only
        let first = doc.tokens[i]
        guard Int(first.end - first.start) <= r.standaloneMaxBytes,
              first.kind == .initialism || (i + 1 < n && doc.tokens[i + 1].kind == .punct && !doc.tokens[i + 1].spaceBefore && doc.norms[i + 1] == ".") else { return nil }
        var best: (area: Candidate, tokens: Range<Int>)? = nil
        var end = i
        while end < min(n, i + 4) {
            let t = doc.tokens[end]
            if end > i, t.newlinesBefore > 0 || !(isNameWord(end) || (t.kind == .punct && doc.norms[end] == "." && !t.spaceBefore)) { break }
            end += 1
            // written with its period: an initialism ("S.C.") or a word and its glued period
            let last = doc.tokens[end - 1]
            guard last.kind == .initialism || (last.kind == .punct && end - 1 > i) else { continue }
            let form = end == i + 1 ? doc.norms[i] : end == i + 2 ? doc.norms[i] + "." : doc.norms[i..<end].joined()
            if let a = r.standaloneAbbreviations[form] { best = (a, i..<end) }
        }
        guard let b = best else { return nil }
        if i > 0, doc.tokens[i - 1].kind == .number { return nil }
        if b.tokens.count == 2, doc.tokens[i].kind == .word {
            let next = b.tokens.upperBound
            guard next < n, doc.tokens[next].newlinesBefore == 0, !(doc.tokens[next].kind == .word && doc.tokens[next].isCapitalized) else { return nil }
        }
        return b
    }

    /// Token `i` is "D", "R" or "I" joined by a hyphen to a capitalized word.
    func partyPrefix(_ i: Int) -> Bool {
        guard i + 2 < doc.tokens.count else { return false }
        let t = doc.tokens[i], h = doc.tokens[i + 1], w = doc.tokens[i + 2]
        guard t.end - t.start == 1, h.start == t.end, w.start == h.end, doc.norms[i + 1] == "-", w.isCapitalized else { return false }
        let c = doc.bytes[Int(t.start)]
        return c == UInt8(ascii: "D") || c == UInt8(ascii: "R") || c == UInt8(ascii: "I")
    }

    /// Applies the filters; nil when the run is not a place here.
    func accept(_ range: Range<Int>, key: UInt64, candidates: Range<Int>, adjective: Bool, sentenceStart: Int,
                _ lookups: inout Lookups) -> Mention? {
        let first = range.lowerBound
        let prev = first > 0 ? first - 1 : nil
        let prevNorm = prev.map { doc.norms[$0] } ?? ""
        // a contraction ("I've", "We'll") is a pronoun and a verb, whatever its folded key ("ive") names
        if range.count == 1, PlaceRun.isContraction(doc.norms[first]) { return nil }
        // after a title: a person ("Mr. Washington", "President Jackson"); after a
        // publication word: a newspaper ("the newspaper Gara")
        if let p = prev, cls[p].contains(.placeTitle) || (doc.norms[p] == "." && p > 0 && cls[p - 1].contains(.placeTitle)) { return nil }
        let places = lookups.pool[candidates]
        let strong = places.contains { p in
            let f = p.kind
            return f == .country || f == .admin1 || f == .continent || !p.entry.hasID && f != .admin2
        }
        let after = range.upperBound < doc.tokens.count && doc.tokens[range.upperBound].newlinesBefore == 0 ? range.upperBound : nil
        // inside a guessed person's name ("Laurel County Clerk Dean Johnson"): a country, an area or a many-word name
        if !strong, range.count == 1 || !places.contains(where: { $0.kind == .admin2 || $0.kind == .city }),
           range.contains(where: { soft[$0] }) { return nil }
        // a cue word in lowercase ("in", "southern"), or opening the sentence ("In Baku, …")
        func cueAt(_ k: Int) -> Bool { cls[k].contains(.placeCue) && (!doc.tokens[k].isCapitalized || k == sentenceStart) }
        // a cue before the name ("in Reading", "in the Reading area"), before "of" and the name
        // ("north of Berdavan", "the village of Berdavan"), or a generic word after the name
        // ("Tavush province", "Gazakh district")
        let cue = prev.map(cueAt) == true || (prev != nil && prevNorm == "the" && first >= 2 && cueAt(first - 2))
            || (prevNorm == "of" && first >= 2 && cueAt(first - 2))
            || after.map { !doc.tokens[$0].isCapitalized && cls[$0].contains(.placeSuffix) } == true
        let container = self.container(after: range, &lookups)
        // an English word ("Reading", "Police") needs more than its capital: a cue, a
        // "Town, State" pattern, or a country, an area or a large town of that name
        // (and at the start of a sentence, where every word has a capital, a cue)
        // (in capitals too: "POLICE RECEIVED TIP-OFF" is a headline, not Police, Poland; a dateline,
        // "READING, England" or "MOBILE (Reuters) -", is the place)
        let allCaps = doc.tokens[first].isAllCaps
        let common = range.count == 1 && cls[first].contains(.placeCommonWord)
            && (!allCaps || !strong && !((first == 0 || doc.tokens[first].newlinesBefore > 0)
                && (after.map { [",", "(", "-", "\u{2014}", "\u{2013}"].contains(doc.norms[$0]) } ?? false)))
        var largest = 0   // (a loop: a `map` allocated an array per run)
        for p in places where p.population > largest { largest = p.population }
        // an English word that begins a longer capitalized name ("Police Headquarters", "Police
        // Scotland", "Rugby Football Union") is that name's first word, not the town of the word
        // ("Police", Poland); not before a time or a person ("in Reading Monday", "in Mobile Mayor
        // Sam Jones"), and a country, a first-level area or a large city that opens the name stays
        // itself ("Shanghai Stock Exchange"; not inside it, "the International Rugby Board")
        if common, !strong, container == nil, let a = after, isNameWord(a), !blocked[a], !cls[a].contains(.placeTitle),
           largest < PlaceRun.wellKnown || (prev.map { $0 > sentenceStart && isNameWord($0) && !cls[$0].contains(.placeCue) } ?? false) { return nil }
        // a short word in capitals ("SPA", "AGNY") is an acronym unless it names a country,
        // opens a dateline ("KIEV (Reuters) -", "BEIRUT, Lebanon") or stands in a headline in capitals
        if range.count == 1, doc.tokens[first].isAllCaps, doc.tokens[first].end - doc.tokens[first].start <= 5, !places.contains(where: { $0.kind == .country }) {
            let opensLine = first == 0 || doc.tokens[first].newlinesBefore > 0
            let next = range.upperBound < doc.tokens.count ? doc.norms[range.upperBound] : ""
            let dateline = opensLine && [",", "(", "-", "\u{2014}", "\u{2013}"].contains(next)
            let headline = (first > 0 && doc.tokens[first - 1].isAllCaps) || (range.upperBound < doc.tokens.count && doc.tokens[range.upperBound].isAllCaps)
            if !dateline && !headline && container == nil { return nil }
        }
        // a hamlet's name alone ("Arab", "Honda") is more often something else: it needs a cue or a "Town, State"
        if range.count == 1, !strong, !cue, container == nil, largest < PlaceRun.hamlet { return nil }
        if common && container == nil && !strong {
            if cue ? largest < PlaceRun.knownTown : (first == sentenceStart || largest < PlaceRun.wellKnown) { return nil }
        } else if common && container == nil && !cue && first == sentenceStart {
            return nil
        }
        return Mention(tokens: range, key: key, candidates: candidates, adjective: adjective, container: container, cue: cue)
    }

    /// The first-level area or country named right after "Town," ("Athens,
    /// Ga.", "Lachin, Azerbaijan", "Paris, Texas"), with its tokens.
    func container(after range: Range<Int>, _ lookups: inout Lookups) -> (area: Candidate, tokens: Range<Int>)? {
        let c = range.upperBound
        guard c + 1 < doc.tokens.count, doc.norms[c] == ",", isNameWord(c + 1), doc.tokens[c + 1].newlinesBefore == 0 else { return nil }
        // up to four tokens: "N.Y.", "New Mexico", "W. Va."
        var best: (area: Candidate, tokens: Range<Int>)? = nil
        var end = c + 1
        while end < min(doc.tokens.count, c + 5) {
            let t = doc.tokens[end]
            if end > c + 1, !(isNameWord(end) || (t.kind == .punct && doc.norms[end] == "." && !t.spaceBefore)) { break }
            end += 1
            let (k, count) = key(c + 1..<end, &lookups)
            if let a = r.abbreviations[k] { best = (a, c + 1..<end) }
            if let cf = r.countryForms[k], !cf.adjective { best = (cf.place, c + 1..<end) }
            if count >= 3, r.gazetteer.contains(hash: k) {
                for rec in r.gazetteer.records(hash: k) {
                    let e = r.gazetteer.entry(rec)
                    if e.kind == .admin1 || e.kind == .country { best = (Candidate(e, alternateOnly: false), c + 1..<end) }
                }
            }
        }
        // "Montreal, Quebec City": the area's name begins a longer name, which is no container
        if let b = best, b.tokens.upperBound < doc.tokens.count, isNameWord(b.tokens.upperBound) {
            var end = b.tokens.upperBound
            while end < min(doc.tokens.count, b.tokens.upperBound + 2), isNameWord(end) {
                end += 1
                let (k, count) = key(b.tokens.lowerBound..<end, &lookups)
                if count >= 3, r.gazetteer.contains(hash: k) { return nil }
            }
        }
        // "Town, St." – keep a final period that belongs to the abbreviation
        if let b = best, b.tokens.upperBound < doc.tokens.count, doc.norms[b.tokens.upperBound] == ".", !doc.tokens[b.tokens.upperBound].spaceBefore,
           doc.tokens[b.tokens.upperBound - 1].kind == .word, r.abbreviations[key(b.tokens, &lookups).hash] != nil {
            best = (b.area, b.tokens.lowerBound..<b.tokens.upperBound + 1)
        }
        return best
    }

    /// A word ending in an English contraction: 've, 'll, 're, 'm, 'd, n't.
    static func isContraction(_ norm: String) -> Bool {
        // on the UTF-8 bytes: most words have no apostrophe and cost one short scan
        guard norm.utf8.contains(UInt8(ascii: "'")) else { return false }
        let b = Array(norm.utf8.suffix(4))
        guard let q = b.lastIndex(of: UInt8(ascii: "'")) else { return false }
        let tail = b[(q + 1)...]
        if tail.elementsEqual("ve".utf8) || tail.elementsEqual("ll".utf8) || tail.elementsEqual("re".utf8)
            || tail.elementsEqual("m".utf8) || tail.elementsEqual("d".utf8) { return true }
        return tail.elementsEqual("t".utf8) && q > 0 && b[q - 1] == UInt8(ascii: "n")
    }

    /// Population from which a town's name is taken even when it is an English word.
    static let wellKnown = 100_000
    /// Below this population a one-word town's name needs a cue or a container.
    static let hamlet = 5_000
    /// Population from which a town named by an English word is taken after a cue ("in Reading", not "in West").
    static let knownTown = 10_000

    // MARK: Resolution

    /// The score of an entry before context: its population, its kind, whether it has a
    /// GeoNames id, and whether it is a capital (feature code PPLC; read for a town, route or
    /// site only). (Fields, not the `Place`: the caller's `candidates[k]` was copied, its strings
    /// retained, even for a `borrowing` parameter.)
    static func baseScore(population: Int, kind: Place.Feature, hasID: Bool, capital: Bool) -> Double {
        var s = log10(Double(population) + 10)
        switch kind {
        case .country: s += 5
        case .admin1: s += 2
        case .continent: s += 4
        case .region, .water, .landform: s += hasID ? 1 : 4
        case .admin2: s += 3
        default: if capital { s += 3.5 }
        }
        return s
    }

    /// Towns and counties lie near each other in local news: "Lebanon" and "Boone County" in one
    /// article are the Indiana pair, ten kilometres apart, not Lebanon, Pennsylvania. Each other
    /// name votes for the candidates lying within `nearKm` of one of its own points: a sure name
    /// (one entry, or settled by "Town, State") with its one point and a full vote, an ambiguous
    /// one with every candidate point and half a vote; not a town known by the name only as an
    /// old or foreign alternate ("Talla" for Tallaght). Countries and first-level areas take no
    /// part: they are too large for distance to mean containment (the area votes handle them).
    static let nearKm = 60.0
    static let nearWeight = 3.0
    /// Ambiguous names with more entries than this give no points (a common name says nothing).
    /// Nearness counts up to one sure name: enough to choose between small towns, not enough to
    /// move "Paris" from France to a Texas town because two other names have a candidate nearby.
    static let nearCap = 1.0
    static let nearMaxEntries = 40
    /// A town or county in a state or province that the article names ("Alexandria" in an article
    /// that names Minnesota) over a larger namesake elsewhere: the administrative hierarchy.
    static let namedAreaBonus = 2.0
    /// A town chosen by an alternate name alone is dropped when no other name of the article is
    /// in its country, some other name places the article elsewhere, and every other place with
    /// a point lies farther than this (km); not from this population (a large city's exonym).
    static let strayAlternateKm = 1_500.0
    static let strayAlternateMaxPopulation = 1_000_000
    static let shortFormMinPopulation = 500_000
    static let unnamed = UInt64.max

    /// A candidate without a first-level area (empty admin1).
    static let noArea = Gazetteer.Entry.noArea
    /// A "country.admin1" key longer than 8 bytes, numbered by its string (`Numbering.number(long:)`).
    static let longArea = Gazetteer.Entry.longArea

    /// The "country.admin1" key of a candidate whose packed key is `longArea`, as a string.
    func longAreaKey(_ c: Candidate) -> String {
        let p = r.gazetteer.summary(Int(c.record))
        return p.country + "." + p.admin1
    }

    /// Whether two candidates of one country have the same admin1 code: the same packed area
    /// key, or, when both keys are longer than 8 bytes, the same string (a long key and a short
    /// one of one country have admin1 codes of different lengths).
    func sameAdmin1(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.entry.area != Self.longArea || b.entry.area != Self.longArea { return a.entry.area == b.entry.area }
        return longAreaKey(a) == longAreaKey(b)
    }

    /// Numbers an article's countries or area keys 0, 1, 2 … in the order first given: packed
    /// keys (`Gazetteer.Entry.pack`) through a `KeyHashTable`, the rare longer ones by their string.
    struct Numbering {
        private var packed: KeyHashTable<Int>
        /// (made at the first long key: most articles have none, and it allocates three arrays)
        private var long: StringNumbering? = nil
        /// Per number of `long`: the number given.
        private var longNumbers: [Int] = []
        private(set) var count = 0

        init(minimumCapacity: Int) { packed = KeyHashTable(minimumCapacity: minimumCapacity) }

        mutating func number(packed key: UInt64) -> Int {
            if let k = packed.index(of: key) { return packed.values[k] }
            packed.set(key, count)
            count += 1
            return count - 1
        }

        mutating func number(long s: String) -> Int {
            if long == nil { long = StringNumbering() }
            let j = long!.number(s)
            if j == longNumbers.count { longNumbers.append(count); count += 1 }
            return longNumbers[j]
        }
    }

    struct PointVote { var key: UInt64; var weight: Double; var lat: Double; var lon: Double }

    /// What the resolution reads of a mention, gathered once: its candidates are
    /// `slots[start ..< end]`, each with its country's and area's numbers (the passes read
    /// two flat arrays, where per-mention arrays of numbers cost an allocation each).
    struct MentionInfo {
        var start: Int, end: Int
        /// Key hash of the name, and the name's number (names numbered in the order of their first mention).
        var key: UInt64
        var name: Int
        /// The first mention of its name.
        var first: Bool
        /// One candidate, or settled by "Town, State": the name votes fully.
        var sure: Bool
        var afterComma: Bool
        var hasContainer: Bool
        var count: Int { end - start }
    }

    /// A candidate of a mention with its country's and area's numbers (-1 for no area) and whether
    /// it lies in the area named after the comma ("Athens, Ga."), which does not change from pass to pass.
    struct Slot {
        var candidate: Candidate
        var country: Int
        var area: Int
        var inContainer: Bool
    }

    /// The points of each distinct name, one name's points next to each other
    /// (`nearness` relies on it), in `out` (emptied first).
    static func pointVotes(_ info: [MentionInfo], _ slots: [Slot], _ choice: [(Int, Int)], into out: inout [PointVote]) {
        out.removeAll(keepingCapacity: true)
        for i in info.indices where info[i].first {
            let m = info[i]
            if !m.sure && m.count > nearMaxEntries { continue }
            // a town known by this name only as an old or foreign alternate ("Talla" for Tallaght) marks no neighbourhood
            for j in m.sure ? m.start + choice[i].0 ..< m.start + choice[i].0 + 1 : m.start ..< m.end
            where slots[j].candidate.isOther && !slots[j].candidate.alternateOnly {
                let e = slots[j].candidate.entry
                guard e.kind != .continent, e.hasPoint else { continue }
                out.append(PointVote(key: m.key, weight: m.sure ? 1 : 0.5, lat: e.latitude, lon: e.longitude))
            }
        }
    }

    /// Per candidate of mention `m`: the summed votes of the other names with a point within
    /// `nearKm` (each name counted once), appended to `out`.
    static func nearness(_ m: MentionInfo, _ slots: [Slot], _ points: [PointVote], into out: inout [Double]) {
        for j in m.start ..< m.end {
            let e = slots[j].candidate.entry
            guard slots[j].candidate.isOther, e.hasPoint else { out.append(0); continue }
            let lat = e.latitude, lon = e.longitude
            var total = 0.0
            // a name's points are next to each other (`pointVotes`): once one of them counts,
            // the rest of that name is skipped by remembering the last name counted
            var counted = m.key
            let cosLat = cos(lat * .pi / 180)
            for v in points where v.key != m.key && v.key != counted {
                // equirectangular distance: exact enough at these ranges
                let dy = (v.lat - lat) * 111.2, dx = (v.lon - lon) * 111.2 * cosLat
                if dx * dx + dy * dy <= nearKm * nearKm { total += v.weight; counted = v.key }
            }
            out.append(total)
        }
    }

    /// `pool`: the candidate lists (`Lookups.pool`).
    func resolve(_ mentions: [Mention], _ pool: [Candidate]) -> [ResolvedPlace] {
        guard !mentions.isEmpty else { return [] }
        // pass 1: each mention alone
        // Why a candidate won: 0 prominence, 1 container, 2 area of the others, 3 country of the
        // others, 4 near the others, 5 the sense settled by "Town, State", 6 in a state or province
        // the article names; worded once, at the end.
        // `own`: this name's own vote, left out of the article's votes (without copying them);
        // its areas are those whose `ownAreas` entry is `i`, the mention's index.
        // Countries and "country.admin1" area keys are numbered once per article, so that the
        // votes are arrays indexed by number rather than dictionaries hashing the strings for
        // every candidate in every pass; an empty area key is -1. (Only equal keys must get equal
        // numbers: a vote adds to its own number's sum, in the order of the names.)
        // (plain loops over one table: numbering from closures that capture it
        // boxed it and checked every access to it)
        let candidateCount = mentions.reduce(0) { $0 + $1.candidates.count }
        var countryNumbering = Numbering(minimumCapacity: candidateCount), areaNumbering = Numbering(minimumCapacity: candidateCount)
        // the distinct names (key hashes) numbered in the order of their first mention, so that
        // each pass's per-name votes are arrays indexed by name rather than tables built per pass;
        // a name's number order is the order the tables kept their values in
        var nameNumbers = KeyHashTable<Int>(minimumCapacity: mentions.count)
        var gathered: [MentionInfo] = [], gatheredSlots: [Slot] = []
        gathered.reserveCapacity(mentions.count)
        gatheredSlots.reserveCapacity(candidateCount)
        for m in mentions {
            var name = nameNumbers.values.count, first = true
            if let e = nameNumbers.index(of: m.key) { name = nameNumbers.values[e]; first = false } else { nameNumbers.set(m.key, name) }
            let area = m.container?.area
            let start = gatheredSlots.count
            gathered.append(MentionInfo(start: start, end: start + m.candidates.count, key: m.key, name: name, first: first,
                                    sure: m.candidates.count == 1 || area != nil, afterComma: m.afterComma, hasContainer: area != nil))
            for p in pool[m.candidates] {
                // (a country is empty or three letters: it always packs)
                let a = p.entry.area
                var inside = false
                if let c = area {
                    inside = p.entry.country == c.entry.country && (!c.entry.isADM1Code || sameAdmin1(p, c))
                        && p.kind != .country && p.record != c.record
                }
                gatheredSlots.append(Slot(candidate: p, country: countryNumbering.number(packed: p.entry.country),
                                  area: a == Self.noArea ? -1 : a != Self.longArea ? areaNumbering.number(packed: a)
                                      : areaNumbering.number(long: longAreaKey(p)),
                                  inContainer: inside))
            }
        }
        // (constants from here: a nested function that captures a `var` boxes it)
        let info = gathered, slots = gatheredSlots
        let nameCount = nameNumbers.values.count
        func pick(_ i: Int, countries: [Double], areas: [Double], total: Double,
                  own: (country: Int, weight: Double, areaWeight: Double)?, ownAreas: [Int],
                  near: [Double], nearAt: (start: Int, count: Int), named: [UInt64]) -> (Int, Int) {
            let m = info[i]
            var best = 0, bestScore = -Double.infinity, bestWhy = 0
            let ambiguous = m.count > 1
            for j in m.start ..< m.end {
                let k = j - m.start
                var s = slots[j].candidate.base
                var why = 0
                if slots[j].inContainer { s += 8; why = 1 }
                let area = slots[j].area
                if total > 0, ambiguous {
                    let country = slots[j].country
                    var cv = countries[country]
                    if let own, own.country == country { cv -= own.weight }
                    let cs = cv / total
                    var a1 = 0.0
                    if area >= 0 {
                        var av = areas[area]
                        if let own, area < ownAreas.count, ownAreas[area] == i { av -= own.areaWeight }
                        a1 = av / total
                    }
                    if cs > 0 || a1 > 0 {
                        s += 6 * cs + 4 * a1
                        if why == 0, cs + a1 >= 0.3 { why = a1 > 0 ? 2 : 3 }
                    }
                }
                // (the values of the name's first ambiguous mention: `k` may lie past them)
                if k < nearAt.count, near[nearAt.start + k] > 0 {
                    let v = near[nearAt.start + k]
                    s += Self.nearWeight * min(v, Self.nearCap)
                    if why != 1, v >= 0.5 { why = 4 }
                }
                // named by another name of the article ("New York" alone does not name its own city's state)
                if ambiguous, slots[j].candidate.isOther, area >= 0, area < named.count,
                   named[area] != Self.unnamed, named[area] != m.key {
                    s += Self.namedAreaBonus
                    if why != 1 { why = 6 }
                }
                if s > bestScore { bestScore = s; best = k; bestWhy = why }
            }
            return (best, bestWhy)
        }
        var choice = info.indices.map { pick($0, countries: [], areas: [], total: 0, own: nil, ownAreas: [], near: [], nearAt: (0, 0), named: []) }
        // passes 2 and 3: the other places of the article as context. Each distinct name
        // votes once, for the country and area of its current choice; a name with one
        // entry (or settled by "Town, State") is sure and votes fully, another half.
        // (the passes' arrays made once and refilled)
        var vote = [(country: Int, weight: Double)](filled: (0, 0), count: nameCount)
        // per name: its areas (`areaList[start ..< end]`) and the weight of its area vote
        var areaVotes = [(start: Int, end: Int, weight: Double)](filled: (0, 0, 0), count: nameCount)
        var areaList: [Int] = []
        var countries = [Double](filled: 0, count: countryNumbering.count), areas = [Double](filled: 0, count: areaNumbering.count)
        var points: [PointVote] = []
        var named = [UInt64](filled: Self.unnamed, count: areaNumbering.count)
        // per name: where its nearness values start in `nearValues` and how many there are (those of
        // its first ambiguous mention in the pass); start -1 before they are worked out
        var nearAt = [(start: Int, count: Int)](filled: (-1, 0), count: nameCount)
        var nearValues: [Double] = []
        var ownAreas = [Int](filled: -1, count: areaNumbering.count)
        for pass in 0..<2 {
            if pass > 0 {
                for k in 0..<nameCount { vote[k] = (0, 0); areaVotes[k] = (0, 0, 0); nearAt[k] = (-1, 0) }
                areaList.removeAll(keepingCapacity: true)
                nearValues.removeAll(keepingCapacity: true)
                for k in countries.indices { countries[k] = 0 }
                for k in areas.indices { areas[k] = 0; named[k] = Self.unnamed; ownAreas[k] = -1 }
            }
            // (per name number; every name votes, its first mention at the latest)
            for i in info.indices {
                let m = info[i]
                let w = m.sure ? 1.0 : 0.5
                if !m.first, vote[m.name].weight >= w { continue }
                vote[m.name] = (slots[m.start + choice[i].0].country, w)
            }
            // states and provinces: a sure name votes for its own; an ambiguous one gives half a
            // vote to every area it could lie in, so that names sharing one area (Alexandria,
            // Brandon and Douglas County are all in Minnesota) pull each other there; a sense known
            // by the name only as an old or foreign alternate ("Torrington" for Great Torrington) gives none
            // (each name's areas listed once, in one array for all names: a `Set<Int>` per name cost
            // an allocation and a SipHash per area, and another per test in `pick`)
            for i in info.indices {
                let m = info[i]
                let w = m.sure ? 1.0 : 0.5
                if !m.first, areaVotes[m.name].weight >= w { continue }
                let listStart = areaList.count
                for j in m.sure ? m.start + choice[i].0 ..< m.start + choice[i].0 + 1 : m.start ..< m.end where !slots[j].candidate.alternateOnly {
                    let a = slots[j].area
                    if a >= 0, !areaList[listStart...].contains(a) { areaList.append(a) }
                }
                areaVotes[m.name] = (listStart, areaList.count, w)
            }
            var total = 0.0
            for v in vote {
                total += v.weight
                countries[v.country] += v.weight
            }
            for v in areaVotes { for a in areaList[v.start ..< v.end] { areas[a] += v.weight } }
            Self.pointVotes(info, slots, choice, into: &points)
            // the states and provinces the article names ("Minnesota"); not a state after "Town,"
            // ("convicted in Bronx County, N.Y."): local news adds the state to a town outside its own
            // state, so it places that town only
            // (per area number: the key of a name that names it, 0 when two different names do)
            for i in info.indices {
                let m = info[i], j = m.start + choice[i].0
                guard slots[j].candidate.kind == .admin1, slots[j].area >= 0, !m.afterComma else { continue }
                let a = slots[j].area
                named[a] = named[a] == Self.unnamed || named[a] == m.key ? m.key : 0
            }
            // `ownAreas`, per area number: the last mention whose own vote includes the area
            for i in info.indices where info[i].count > 1 {
                let m = info[i]
                // leave this name's own vote out
                let own = vote[m.name]
                let ownVote = areaVotes[m.name]
                for a in areaList[ownVote.start ..< ownVote.end] { ownAreas[a] = i }
                if nearAt[m.name].start < 0 {
                    nearAt[m.name] = (nearValues.count, m.count)
                    Self.nearness(m, slots, points, into: &nearValues)
                }
                choice[i] = pick(i, countries: countries, areas: areas, total: max(total - own.weight, 1),
                                 own: (own.country, own.weight, ownVote.weight), ownAreas: ownAreas,
                                 near: nearValues, nearAt: nearAt[m.name], named: named)
            }
        }
        // one sense per article: a name settled by "Town, State" keeps that sense everywhere
        var settled = KeyHashTable<Int32>()
        for i in info.indices where info[i].hasContainer && settled.index(of: info[i].key) == nil {
            settled.set(info[i].key, slots[info[i].start + choice[i].0].candidate.record)
        }
        if !settled.isEmpty {
            for i in info.indices where !info[i].hasContainer {
                guard let p = settled[info[i].key] else { continue }
                if let j = (info[i].start ..< info[i].end).first(where: { slots[$0].candidate.record == p }) { choice[i] = (j - info[i].start, 5) }
            }
        }
        // "DeKalb County ... DeKalb": a bare name that the article also names as a county, and
        // whose chosen sense lies away from that county, is the county (a town of the name
        // elsewhere has no claim the county's own article does not outweigh)
        var countyFor: [Int: Candidate] = [:]
        var counties = KeyHashTable<Candidate>()
        for i in info.indices {
            let p = slots[info[i].start + choice[i].0].candidate
            guard p.isOther, p.entry.isADM2Code, p.entry.hasPoint else { continue }
            let name = r.gazetteer.summary(Int(p.record)).name
            let bare = name.hasSuffix(" County") ? name.dropLast(7) : name.hasSuffix(" Parish") ? name.dropLast(7) : nil
            if let bare, case let key = Gazetteer.keyHash(String(bare)), counties.index(of: key) == nil { counties.set(key, p) }
        }
        if !counties.isEmpty {
            for i in info.indices where !info[i].hasContainer && !info[i].afterComma && slots[info[i].start + choice[i].0].candidate.isOther {
                guard let county = counties[info[i].key], county.entry.hasPoint else { continue }
                let clat = county.entry.latitude, clon = county.entry.longitude
                let p = slots[info[i].start + choice[i].0].candidate.entry
                guard !p.isADM2Code, p.hasPoint else { continue }
                let lat = p.latitude, lon = p.longitude
                let dy = (lat - clat) * 111.2, dx = (lon - clon) * 111.2 * cos(clat * .pi / 180)
                if dx * dx + dy * dy > Self.nearKm * Self.nearKm { countyFor[i] = county; choice[i].1 = 7 }
            }
        }
        // a town known by the name only as an old or foreign alternate, in a country no other name
        // of the article is in, far from every other place the article names: the name is not that
        // town ("Boni (Douentza, Mopti)" is a Malian village, not Bonn, whose alternates include
        // "Boni"; "Ber (Timbuktu)" is no Véroia; "Ramadan" beside Xinjiang no Saudi Turabah).
        // Not a large city's exonym ("Bombay", "Kiev"), nor a town near the others (a derived
        // spelling, "Avdiivka" beside "Moscow"), nor when the other names are countries alone
        // ("Russian forces shelled Kupiansk"). `stray[i]`: mention `i` is dropped.
        var stray: [Bool] = []
        for i in info.indices where !info[i].hasContainer {
            let p = slots[info[i].start + choice[i].0].candidate
            guard p.alternateOnly, p.kind == .city, p.population < Self.strayAlternateMaxPopulation, p.entry.hasPoint else { continue }
            var placed = false, shared = false, near = false
            for k in info.indices where info[k].name != info[i].name {
                let q = slots[info[k].start + choice[k].0].candidate
                if q.entry.country != 0, q.entry.country == p.entry.country { shared = true; break }
                guard q.kind != .country, q.entry.hasPoint else { continue }
                let dy = (q.entry.latitude - p.entry.latitude) * 111.2
                let dx = (q.entry.longitude - p.entry.longitude) * 111.2 * cos(p.entry.latitude * .pi / 180)
                if dx * dx + dy * dy < Self.strayAlternateKm * Self.strayAlternateKm { near = true; break }
                if q.entry.country != 0 { placed = true }
            }
            if placed, !shared, !near, !namesItself(mentions[i].tokens, p) {
                if stray.isEmpty { stray = [Bool](repeating: false, count: info.count) }
                stray[i] = true
            }
        }
        func reason(_ why: Int, _ count: Int) -> String {
            switch why {
            case 1: return "in the area named after the comma"
            case 2: return "in the state or province of the article's other places"
            case 3: return "in the country of the article's other places"
            case 4: return "near the article's other places"
            case 5: return "the sense the article settled with \"Town, State\""
            case 6: return "in the state or province the article names"
            case 7: return "the county the article names"
            default: return count > 1 ? "most prominent of \(count) entries" : "only entry"
            }
        }
        // one place per entry, mentions in text order
        var out: [ResolvedPlace] = []
        // (one entry is one gazetteer record; its `Place` is built here, once)
        var byRecord = KeyHashTable<Int>(minimumCapacity: mentions.count)
        for (i, m) in mentions.enumerated() {
            if !stray.isEmpty, stray[i] { continue }
            let c = choice[i]
            let chosen = slots[info[i].start + c.0].candidate
            let p = countyFor.isEmpty ? chosen : countyFor[i] ?? chosen
            let record = UInt64(UInt32(bitPattern: p.record))
            if let e = byRecord.index(of: record) {
                let k = byRecord.values[e]
                out[k].mentions.append(m.tokens); out[k].adjectival.append(m.adjective)
                continue
            }
            byRecord.set(record, out.count)
            let place = r.gazetteer.summary(Int(p.record))
            out.append(ResolvedPlace(place: place, mentions: [m.tokens], adjectival: [m.adjective],
                                     reason: reason(c.1, info[i].count), eventCountry: r.eventCountries[place.country]))
        }
        return out
    }
}
