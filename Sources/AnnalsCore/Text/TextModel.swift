/// The knowledge the text layer needs: abbreviations and sentence openers,
/// loaded from `Data/text/`.
public struct TextModel: Sendable {
    /// How an abbreviation's final period behaves before a capitalized word.
    public enum AbbreviationClass: Sendable {
        /// Precedes a name ("Dr. Smith"); never ends a sentence.
        case title
        /// A month ("Sept. 12"); ends a sentence only before a sentence opener.
        case month
        /// Any other abbreviation ("Inc."); ends a sentence only before a sentence opener.
        case other
        /// Precedes a number ("No. 10"); ends a sentence unless a number follows.
        case number
    }
    public let abbreviations: [String: AbbreviationClass]
    public let openers: Set<String>
    /// Word classes registered by the capabilities; the document looks every token up once.
    public var wordClasses = WordClasses()

    public init(abbreviations: DataFile, openers: DataFile) throws {
        var abbr: [String: AbbreviationClass] = [:]
        for line in abbreviations.lines {
            guard line.fields.count == 2 else { throw abbreviations.error(line, "expected 2 tab-separated fields (abbreviation, class), found \(line.fields.count)") }
            let word = String(line.fields[0])
            guard !word.isEmpty, word == word.lowercased(), !word.hasSuffix(".") else {
                throw abbreviations.error(line, "abbreviation '\(word)' must be lowercase, without its final period")
            }
            let cls: AbbreviationClass
            switch line.fields[1] {
            case "title": cls = .title
            case "month": cls = .month
            case "other": cls = .other
            case "number": cls = .number
            default: throw abbreviations.error(line, "unknown class '\(line.fields[1])' (title, month, other or number)")
            }
            guard abbr[word] == nil else { throw abbreviations.error(line, "duplicate abbreviation '\(word)'") }
            abbr[word] = cls
        }
        var op = Set<String>()
        for line in openers.lines {
            guard line.fields.count == 1, !line.fields[0].isEmpty, !line.fields[0].contains(" ") else { throw openers.error(line, "expected one word") }
            let word = String(line.fields[0])
            guard word == word.lowercased() else { throw openers.error(line, "sentence opener '\(word)' must be lowercase") }
            guard op.insert(word).inserted else { throw openers.error(line, "duplicate sentence opener '\(word)'") }
        }
        self.abbreviations = abbr
        self.openers = op
    }

    public static func builtIn() throws -> TextModel {
        try TextModel(abbreviations: .builtIn("text/abbreviations.tsv"), openers: .builtIn("text/sentence-openers.tsv"))
    }
}
