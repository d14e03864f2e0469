/// The result of analyzing one article: the document and every capability's
/// annotations. Capabilities not built yet leave their arrays empty.
public struct Analysis: Sendable {
    public var document: Document
    public var times: [TimeExpression]
    public var quotes: [Quote] = []
    public var topics: [String] = []
}

/// The engine: knowledge loaded once, then any number of articles analyzed,
/// from any number of threads. Capabilities run in a declared order over one
/// document: text → time → quotes (→ actors → places → events, to come).
public struct Annals: Sendable {
    public let text: TextModel
    public let time: TimeTagger
    public let quotes: QuoteScanner

    /// Loads the built-in knowledge; throws `KnowledgeError` (`file:line: message`).
    public init() throws {
        text = try .builtIn()
        time = try .builtIn()
        quotes = try .builtIn()
    }

    public init(text: TextModel, time: TimeTagger, quotes: QuoteScanner) {
        self.text = text; self.time = time; self.quotes = quotes
    }

    /// Analyzes one article.
    /// - Complexity: linear in the article's length.
    public func analyze(_ article: Article) -> Analysis {
        let doc = Document(article, model: text)
        let times = time.tag(doc)
        let quotes = self.quotes.scan(doc)
        return Analysis(document: doc, times: times, quotes: quotes)
    }
}
