/// A token is a kind and a byte range of the document's UTF-8 text; its
/// normalized form (lowercased, curly quotes and dashes folded) lives in
/// `Document.norms` at the same index. Tokens never own text.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case word        // letters, with inner apostrophes ("don't", "O'Neil")
        case number      // digits, with inner . , : / between digits ("3.5", "12/12/2022", "10:30")
        case alnum       // digits and letters ("1990s", "14th", "Q3", "10am")
        case initialism  // letters joined by periods, the final period included ("U.S.", "a.m.")
        case quote       // " ' “ ” ‘ ’ « » „ ‹ ›
        case dash        // - – — ‒ ―
        case punct       // anything else
    }

    /// UTF-8 byte offsets into `Document.text`, end exclusive.
    public var start: Int32
    public var end: Int32
    public var kind: Kind
    /// Line breaks in the whitespace just before this token (capped at 255).
    public var newlinesBefore: UInt8
    /// Whether whitespace separates this token from the previous one.
    public var spaceBefore: Bool
    /// First character is an uppercase letter.
    public var isCapitalized: Bool
    /// Every letter is uppercase (and there are at least two letters).
    public var isAllCaps: Bool

    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// A run of tokens with its byte range; sentences and paragraphs are spans.
public struct TokenSpan: Sendable, Equatable {
    public var tokens: Range<Int>
    public var start: Int32
    public var end: Int32
}
