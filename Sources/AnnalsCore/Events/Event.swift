/// One coded event: who did what to whom, when, with the text that supports it.
public struct Event: Sendable {
    public enum DateBasis: String, Sendable {
        /// A time expression in the text dates the event.
        case explicit
        /// Derived from the text, not stated ("the 14th day of the blockade" → its first day).
        case inferred
        /// No time in reach: the publication date.
        case publication
    }

    public struct EventDate: Sendable, Equatable {
        public var value: String?
        /// Index into `Analysis.times` of the expression that dates the event.
        public var time: Int?
        public var basis: DateBasis
    }

    /// A sentence that reports the event, and its trigger word(s).
    public struct Evidence: Sendable, Equatable {
        public var sentence: Int
        public var trigger: Range<Int>
    }

    public var cameo: EventOntology.CAMEOCode
    /// Actor indices into `Analysis.actors`.
    public var sources: [Int]
    public var targets: [Int]
    public var date: EventDate
    /// Index into `Analysis.places`: where the event happened (the clause's,
    /// sentence's, paragraph's or article's place); nil when none is known.
    public var place: Int? = nil
    public var negated: Bool
    /// "future", "intent", "threat", "possible" when the text does not report the event as done.
    public var modality: String?
    public var confidence: Double
    /// The first is the main evidence; more when the article reports the event again.
    public var evidence: [Evidence]
    /// The pattern that coded it (`file:line`), for auditing.
    public var rule: String
}
