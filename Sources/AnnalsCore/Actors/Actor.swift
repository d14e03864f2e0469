/// Someone who acts or speaks in an article: a person, a government, an
/// organization or a group, with every span of text that refers to it.
public struct Actor: Sendable, Equatable {
    public enum Kind: String, Sendable { case person, organization, group, country }

    /// Canonical name: the knowledge base's name, or the fullest name in the text.
    public var name: String
    public var kind: Kind
    /// PLOVER country code (ISO 3166 alpha-3 or a pseudo-country such as EUR, UNO, IGO); nil when unknown.
    public var country: String?
    /// PLOVER sector code; nil when unknown.
    public var sector: String?
    /// The office held on the article's date, or the role the text gives.
    public var title: String?
    /// Mentions in text order: token ranges.
    public var mentions: [Range<Int>]
    /// Whether the actor comes from the knowledge base (true) or only from the text.
    public var known: Bool
    /// The other side, named by a word such as "enemy": its country comes
    /// only from the side that names it, never from where it acts.
    public var opponent = false

    /// First mention's first token.
    public var firstToken: Int { mentions.first?.lowerBound ?? 0 }
}
