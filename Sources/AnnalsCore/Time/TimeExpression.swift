/// A time expression found in a document, normalized to TIMEX3.
public struct TimeExpression: Sendable, Equatable {
    public enum Kind: String, Sendable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }

    /// Tokens covered, and their UTF-8 byte range in the document.
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
    public var type: Kind
    /// TIMEX3 value: 2022-12-23, 2022-12, 2022-W51, 2022-Q3, 199, P3D, PAST_REF, XXXX-12-12 …
    public var value: String
    /// TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, …
    public var mod: String?
    /// For event-anchored ordinals ("on the 14th day of the blockade"): the
    /// day the anchoring event began, inferred from the ordinal.
    public var impliedStart: String?

    public init(tokens: Range<Int>, start: Int, end: Int, type: Kind, value: String, mod: String? = nil, impliedStart: String? = nil) {
        self.tokens = tokens; self.start = start; self.end = end
        self.type = type; self.value = value; self.mod = mod; self.impliedStart = impliedStart
    }
}
