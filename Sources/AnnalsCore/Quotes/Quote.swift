/// A quotation: the quoted or reported content, who said it and the word
/// that attributes it. All ranges are UTF-8 byte offsets into the document.
public struct Quote: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Words in quotation marks that stand as speech of their own ('"…," X said').
        case direct
        /// A few quoted words inside a reported sentence (urged Baku to "allow …").
        case partial
        /// Reported speech without quotation marks (X said that …).
        case indirect
    }

    /// The content, without its quotation marks.
    public var start: Int
    public var end: Int
    public var kind: Kind
    public var speaker: Speaker?
    /// The cue word ("said", "added", "according to"), when there is one.
    public var cue: Range<Int>?

    public init(start: Int, end: Int, kind: Kind, speaker: Speaker? = nil, cue: Range<Int>? = nil) {
        self.start = start; self.end = end; self.kind = kind; self.speaker = speaker; self.cue = cue
    }
}

/// The mention that names a quote's speaker ("Vardanyan", "he", "the
/// minister") and the name it resolves to within the article.
public struct Speaker: Sendable, Equatable {
    /// The mention's byte range.
    public var start: Int
    public var end: Int
    /// The speaker's fullest name in the article ("Ruben Vardanyan" for "he"); nil when unresolved.
    public var name: String?
    /// Token range of the mention.
    public var tokens: Range<Int>
    /// Index of the speaker in `Analysis.actors`, when the actor layer knows them.
    public var actor: Int? = nil
    /// Whether the mention is "he" or "she", resolved by the quote layer to `name`.
    public var isPronoun: Bool = false
}
