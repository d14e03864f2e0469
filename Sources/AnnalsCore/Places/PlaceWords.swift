/// The place layer's word lists: the cue words (`places/cue-words.tsv`), the
/// English words that are also place names (`places/common-words.tsv`) and
/// the sectors of a crowd that takes the country of its protest
/// (`places/crowd-sectors.tsv`). They need neither the gazetteer nor the
/// actor knowledge, so `Annals()` reads them, and registers them in the word
/// classes, while the gazetteer is still loading on another thread.
public struct PlaceWords: Sendable {
    /// English words that are also place names.
    public let commonWords: Set<String>
    /// Words after which a capitalized word is a person's name, not a place
    /// ("Mr.", "Gen."); publication words count as titles.
    public let titles: Set<String>
    /// Words before a name that say a place follows ("in", "near"); settings included.
    public let locatives: Set<String>
    /// Locatives that say where an event happened (class `setting`).
    public let settings: Set<String>
    /// Lowercase words allowed inside a place name ("of", "upon").
    public let connectors: Set<String>
    /// Lowercase generic words that may end a place name ("corridor").
    public let suffixes: Set<String>
    /// Capitalized words after a name that make it a street's, square's or park's name.
    public let facilities: Set<String>
    /// Pronouns that stand for a person (class `person-pronoun`).
    public let personPronouns: Set<String>
    /// The sectors of a crowd that takes the country of its protest.
    public let crowdSectors: EventPlaces.CrowdSectors
    /// Territory ISO code -> the country its events are coded in (`places/event-countries.tsv`).
    public let eventCountries: [String: String]

    /// `crowdSectors` nil: the built-in `places/crowd-sectors.tsv`. Validates
    /// every line (`file:line: message`): the crowd sectors first, then the
    /// cue words, then the common words.
    /// `eventCountries` nil: the built-in `places/event-countries.tsv`.
    public init(commonWords wordsFile: DataFile, cueWords cueFile: DataFile, crowdSectors crowdFile: DataFile? = nil,
                eventCountries countriesFile: DataFile? = nil) throws {
        crowdSectors = try EventPlaces.crowdSectors(from: crowdFile ?? .builtIn("places/crowd-sectors.tsv"))
        eventCountries = try PlaceWords.eventCountries(from: countriesFile ?? .builtIn("places/event-countries.tsv"))
        var cues: [String: Set<String>] = [:]
        for line in cueFile.lines {
            guard line.fields.count == 2 else { throw cueFile.error(line, "expected 2 tab-separated fields (word, class), found \(line.fields.count)") }
            let w = String(line.fields[0]), cls = String(line.fields[1])
            guard w == w.lowercased(), !w.utf8.contains(0x20) else { throw cueFile.error(line, "'\(w)' must be one lowercase word") }
            guard PlaceWords.cueClasses.contains(cls) else {
                throw cueFile.error(line, "unknown class '\(cls)' (locative, setting, connector, title, publication, suffix, facility or person-pronoun)")
            }
            guard cls != "locative" || cues["setting"]?.contains(w) != true, cls != "setting" || cues["locative"]?.contains(w) != true else {
                throw cueFile.error(line, "'\(w)' is both locative and setting (a setting is a locative already)")
            }
            guard cues[cls]?.contains(w) != true else { throw cueFile.error(line, "duplicate word '\(w)'") }
            cues[cls, default: []].insert(w)
        }
        settings = cues["setting"] ?? []
        locatives = (cues["locative"] ?? []).union(settings)
        connectors = cues["connector"] ?? []
        // a publication word does for the name after it what a title does: it is no place
        titles = (cues["title"] ?? []).union(cues["publication"] ?? [])
        suffixes = cues["suffix"] ?? []
        facilities = cues["facility"] ?? []
        personPronouns = cues["person-pronoun"] ?? []
        var words = Set<String>()
        words.reserveCapacity(wordsFile.lines.count)
        for line in wordsFile.lines {
            guard line.fields.count == 1 else { throw wordsFile.error(line, "expected one word a line") }
            let w = String(line.fields[0])
            // bytes, not `contains(" ")`: Foundation's string search cost 4,000 instructions a word
            guard w == w.lowercased(), !w.utf8.contains(0x20) else { throw wordsFile.error(line, "'\(w)' must be one lowercase word") }
            words.insert(w)
        }
        commonWords = words
    }

    /// Reads `places/event-countries.tsv`: two tab-separated ISO 3166-1 alpha-3 codes a line,
    /// a territory and the country its events are coded in; different codes, a territory listed
    /// once and never itself a country another territory is folded into.
    public static func eventCountries(from file: DataFile) throws -> [String: String] {
        var out: [String: String] = [:]
        func isCode(_ s: Substring) -> Bool { s.utf8.count == 3 && s.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }
        for line in file.lines {
            guard line.fields.count == 2 else { throw file.error(line, "expected 2 tab-separated fields (territory, country), found \(line.fields.count)") }
            let t = line.fields[0], c = line.fields[1]
            guard isCode(t), isCode(c) else { throw file.error(line, "'\(t)', '\(c)': expected ISO 3166-1 alpha-3 codes in capitals") }
            guard t != c else { throw file.error(line, "'\(t)' is folded into itself") }
            guard out[String(t)] == nil else { throw file.error(line, "duplicate territory '\(t)'") }
            guard out[String(c)] == nil, !out.values.contains(String(t)) else {
                throw file.error(line, "'\(t)' -> '\(c)': a territory is never the country of another")
            }
            out[String(t)] = String(c)
        }
        return out
    }

    static let cueClasses: Set<String> = ["locative", "setting", "connector", "title", "publication", "suffix", "facility", "person-pronoun"]

    /// The built-in word files.
    public static func builtIn() throws -> PlaceWords {
        try PlaceWords(commonWords: .builtIn("places/common-words.tsv"), cueWords: .builtIn("places/cue-words.tsv"))
    }

    /// Registers the words the place layer tests per token.
    public func register(into classes: inout WordClasses) {
        classes.add(commonWords, .placeCommonWord)
        classes.add(locatives, .placeCue)
        classes.add(connectors, .placeConnector)
        classes.add(suffixes, .placeSuffix)
        classes.add(titles, .placeTitle)
    }
}
