/// Word classes shared by every capability: each layer registers the words
/// it tests, and the document looks each token up once, so a layer asks
/// "is this a speech verb?" with a bit test instead of a hash lookup.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Actors
    public static let actorKeyStart = WordClass(rawValue: 1 << 0)
    public static let determiner = WordClass(rawValue: 1 << 1)
    public static let locative = WordClass(rawValue: 1 << 2)
    public static let notName = WordClass(rawValue: 1 << 3)
    public static let actorLowerStart = WordClass(rawValue: 1 << 4)
    // Quotes
    public static let speechCue = WordClass(rawValue: 1 << 8)
    public static let evaluativeCue = WordClass(rawValue: 1 << 9)
    public static let pronoun = WordClass(rawValue: 1 << 10)
    public static let title = WordClass(rawValue: 1 << 11)
    public static let nonPersonHead = WordClass(rawValue: 1 << 12)
    public static let quoteNotName = WordClass(rawValue: 1 << 13)
    public static let adverb = WordClass(rawValue: 1 << 14)
    public static let clauseWord = WordClass(rawValue: 1 << 15)
    public static let innerWord = WordClass(rawValue: 1 << 16)
    public static let quoteDeterminer = WordClass(rawValue: 1 << 17)
    // Places
    public static let placeCommonWord = WordClass(rawValue: 1 << 18)
    public static let placeCue = WordClass(rawValue: 1 << 19)
    public static let placeConnector = WordClass(rawValue: 1 << 20)
    public static let placeSuffix = WordClass(rawValue: 1 << 21)
    public static let placeTitle = WordClass(rawValue: 1 << 22)
    // Events
    public static let eventTrigger = WordClass(rawValue: 1 << 24)
    public static let topicCue = WordClass(rawValue: 1 << 25)
    /// A word some trigger's pattern requires after the trigger (`TriggerEntry.byNext`).
    public static let eventNextWord = WordClass(rawValue: 1 << 26)
    // Time
    /// A form the time grammar reads at every token (`TimeLexicon.word`).
    public static let timeWord = WordClass(rawValue: 1 << 28)
}

/// The table from normalized word to its classes.
public struct WordClasses: Sendable {
    public private(set) var table: [String: WordClass] = [:]
    public init() {}

    public mutating func add(_ words: some Sequence<String>, _ cls: WordClass) {
        for w in words { table[w, default: []].formUnion(cls) }
    }

    @inline(__always) public func classes(of norm: String) -> WordClass { table[norm] ?? [] }
}
