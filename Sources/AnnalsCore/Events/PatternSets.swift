/// The named sets of `Data/events/pattern-sets.tsv` that event patterns refer
/// to with `$name`: sector sets in a slot's condition (`SRC:$armed`) and word
/// sets in a literal (`$strike-adjectives`). Expanded at load, so a pattern
/// written with a set is the pattern written out.
public struct PatternSets: Sendable {
    /// Set name → PLOVER sector codes, in file order.
    public let sectors: [String: [String]]
    /// Set name → lowercase words, in file order.
    public let words: [String: [String]]

    /// The sector sets the coder reads by name (`EventCoder`).
    static let required = ["people-of", "not-at-play"]
    /// The word sets the coder reads by name (`EventCoder.plannedModifiers`).
    static let requiredWords = ["planned-modifiers"]

    public static let none = PatternSets(sectors: [:], words: [:])

    init(sectors: [String: [String]], words: [String: [String]]) {
        self.sectors = sectors; self.words = words
    }

    public init(_ file: DataFile) throws {
        var sectors: [String: [String]] = [:]
        var words: [String: [String]] = [:]
        for line in file.lines {
            guard line.fields.count == 3 else {
                throw file.error(line, "expected 3 tab-separated fields (kind, name, members), found \(line.fields.count)")
            }
            let kind = line.fields[0], name = String(line.fields[1])
            guard !name.isEmpty, name.utf8.allSatisfy({ $0.isASCIILower || $0.isASCIIDigit || $0 == UInt8(ascii: "-") }) else {
                throw file.error(line, "set name '\(name)' must be lowercase letters, digits and hyphens")
            }
            guard sectors[name] == nil, words[name] == nil else { throw file.error(line, "set '\(name)' is defined twice") }
            var members: [String] = []
            for m in line.fields[2].split(separator: "|", omittingEmptySubsequences: false).map(String.init) {
                guard !members.contains(m) else { throw file.error(line, "'\(m)' listed twice in set '\(name)'") }
                members.append(m)
            }
            switch kind {
            case "sectors":
                for m in members where !PLOVERCodes.sectors.contains(m) {
                    throw file.error(line, "'\(m)' in set '\(name)' is not a PLOVER sector code (\(PLOVERCodes.sectors.sorted().joined(separator: " ")))")
                }
                sectors[name] = members
            case "words":
                for m in members {
                    guard EventPatterns.isLiteralWord(m) else { throw file.error(line, "'\(m)' in set '\(name)' is not a lowercase word") }
                    if let h = EventPatterns.hyphenated(m.utf8) { throw file.error(line, h) }
                }
                words[name] = members
            default:
                throw file.error(line, "kind must be 'sectors' or 'words', found '\(kind)'")
            }
        }
        self.sectors = sectors; self.words = words
    }

    public static func builtIn() throws -> PatternSets {
        let file = try DataFile.builtIn("events/pattern-sets.tsv")
        let sets = try PatternSets(file)
        for name in required where sets.sectors[name] == nil {
            throw KnowledgeError(file: file.name, line: 0, message: "sector set '\(name)', which the event coder reads, is missing")
        }
        for name in requiredWords where sets.words[name] == nil {
            throw KnowledgeError(file: file.name, line: 0, message: "word set '\(name)', which the event coder reads, is missing")
        }
        return sets
    }

    /// The members of set `$name` (`ref` with its `$`) of one kind, or the error
    /// for the pattern line that names it.
    func expand(_ ref: Substring, sectorSet: Bool, _ file: DataFile, _ line: DataFile.Line) throws -> [String] {
        let name = String(ref.dropFirst())
        if let m = (sectorSet ? sectors : words)[name] { return m }
        let other = (sectorSet ? words : sectors)[name] != nil
        throw file.error(line, other ? "'\(ref)' is a \(sectorSet ? "word" : "sector") set, not a \(sectorSet ? "sector" : "word") set"
                                     : "unknown set '\(ref)' (events/pattern-sets.tsv)")
    }
}
