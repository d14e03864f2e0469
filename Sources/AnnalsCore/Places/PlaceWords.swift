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

    /// `crowdSectors` nil: the built-in `places/crowd-sectors.tsv`. Validates
    /// every line (`file:line: message`): the crowd sectors first, then the
    /// cue words, then the common words.
    public init(commonWords wordsFile: DataFile, cueWords cueFile: DataFile, crowdSectors crowdFile: DataFile? = nil) throws {
        crowdSectors = try EventPlaces.crowdSectors(from: crowdFile ?? .builtIn("places/crowd-sectors.tsv"))
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
