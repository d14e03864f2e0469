/// Finds time expressions and normalizes them to TIMEX3 against the
/// publication date (placeholder until the rules land).
public struct TimeTagger: Sendable {
    public static func builtIn() throws -> TimeTagger { TimeTagger() }
    public func tag(_ doc: Document) -> [TimeExpression] { [] }
}
