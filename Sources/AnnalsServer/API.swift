import AnnalsCore
import AnnalsIngest
import AnnalsStore
import Foundation
import Hummingbird
import NIOCore
import Synchronization

/// What the server is given: the store, the write token and the body limit.
public struct ServerSettings: Sendable {
    /// Bearer token that `POST /api/documents` requires; nil: writes are refused.
    public var token: String?
    /// Largest request body accepted, in bytes.
    public var maxBody: Int
    /// POST requests in progress at once (reading, analyzing or waiting); more are refused with 503.
    public var maxWrites: Int
    /// Bytes of pages and documents built but not yet read by their clients; a page that would exceed it is refused with 503.
    public var maxAnswerBytes: Int
    public init(token: String?, maxBody: Int, maxWrites: Int = 4, maxAnswerBytes: Int = 256 << 20) {
        self.token = token; self.maxBody = maxBody; self.maxWrites = maxWrites; self.maxAnswerBytes = maxAnswerBytes
    }
}

/// The JSON API over a store (docs/api.md). Every handler parses and
/// validates its parameters first, then runs its query on the store's pool.
public struct API: Sendable {
    let pool: StorePool
    let settings: ServerSettings
    let engine: LazyEngine
    /// POST requests in progress.
    let writes = WriteGate()
    /// Bytes of answers not yet sent.
    let answers: AnswerBudget

    public init(pool: StorePool, settings: ServerSettings, engine: LazyEngine = LazyEngine()) {
        self.pool = pool; self.settings = settings; self.engine = engine
        answers = AnswerBudget(limit: settings.maxAnswerBytes)
    }

    // MARK: responses

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        json(ByteBuffer(string: text), status: status)
    }

    static func json(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: jsonHeaders, body: .init(byteBuffer: body))
    }

    static let jsonHeaders: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]

    /// A large answer (a page, a document, a network), counted against the answer budget until it is sent.
    func answer(_ text: String) throws -> Response { try answers.response(ByteBuffer(string: text), headers: Self.jsonHeaders) }

    static func errorBody(_ message: String) -> String { JSON.object([("error", JSON.quote(message))]) }

    /// A page of rows: `{"items": […], "limit", "offset", "next_offset"}`; `rows` holds up to limit + 1 rows.
    func page(_ r: ResultSet, _ page: Page, raw: Set<String> = [], bool: Set<String> = []) throws -> Response {
        var out = JSONText(capacity: 1024 + r.rows.count * 512)
        out.raw("{\"items\":[")
        let n = min(r.rows.count, page.limit)
        let keys = JSONText.keys(r.columns), kinds = JSONText.kinds(r.columns, raw: raw, bool: bool)
        for i in 0..<n {
            if i > 0 { out.bytes.append(0x2C) }
            out.row(keys, kinds, r.rows[i])
        }
        out.raw("],\"limit\":"); out.int(page.limit)
        out.raw(",\"offset\":"); out.int(page.offset)
        out.raw(",\"next_offset\":")
        if r.rows.count > page.limit { out.int(page.offset + page.limit) } else { out.raw("null") }
        out.raw("}")
        return try answers.response(ByteBuffer(bytes: out.bytes), headers: Self.jsonHeaders)
    }

    /// Runs a read on the pool; store errors become 500, or 400 when `search`
    /// was given and the error is not one of the store itself (SQLite reports
    /// FTS5 syntax errors — an unterminated string, an unknown column — as
    /// plain errors of the query).
    func query<T: Sendable>(search: String? = nil, _ body: @escaping @Sendable (any CorpusStore) throws -> T) async throws -> T {
        do { return try await pool.read(body) } catch let e as StoreError {
            let storeTrouble = ["locked", "busy", "I/O", "corrupt", "malformed", "readonly", "no such table", "out of memory", "cannot open"]
            if search != nil, !storeTrouble.contains(where: { e.message.localizedCaseInsensitiveContains($0) }) {
                throw APIError.badRequest("search: \(e.message)")
            }
            throw APIError(500, e.message)
        }
    }

    /// The record with the article's text as a first member `"text"` (the
    /// record has offsets into the text but not the text itself).
    static func withText(_ record: String, _ text: String) -> String {
        guard record.first == "{" else { return record }
        let rest = record.dropFirst().drop { $0 == " " || $0 == "\n" }
        return "{\"text\":" + JSON.quote(text) + (rest.first == "}" ? "" : ",") + rest
    }

    // MARK: handlers

    func health() async throws -> Response {
        let c = try await query { try $0.summaryCounts() }
        return Self.json(JSON.object([("status", "\"ok\""), ("documents", String(c.documents)), ("events", String(c.events)),
                                      ("clusters", String(c.clusters))]))
    }

    func list(_ request: Request, allowed: Set<String>, raw: Set<String> = [], bool: Set<String> = [],
              _ run: @escaping @Sendable (any CorpusStore, QueryFilter) throws -> ResultSet) async throws -> Response {
        let q = try QueryParameters(request.uri.query, allowed: allowed)
        let page = try Page(q)
        let filter = try QueryFilter(q, page: page)
        let r = try await query(search: filter.search) { try run($0, filter) }
        return try self.page(r, page, raw: raw, bool: bool)
    }

    func document(id raw: String) async throws -> Response {
        let id = raw.removingPercentEncoding ?? raw
        guard let found = try await query({ try $0.record(id: id) }) else {
            throw APIError(404, "no document with id \(JSON.quote(id))")
        }
        return try answer(Self.withText(found.record, found.text))
    }

    /// `{"nodes": […], "edges": […]}`: the dyads merged by participant, edges
    /// with at least `min` events (most first, at most `limit`), and the nodes they join.
    func network(_ request: Request) async throws -> Response {
        let q = try QueryParameters(request.uri.query, allowed: ParameterSet.events.union(["min"]))
        let page = try Page(q)
        let minEvents = try q.int("min", default: 1, range: 1...1_000_000_000)
        var filter = try QueryFilter(q, page: page)
        filter.limit = nil; filter.offset = 0
        let f = filter
        let rows = try await query(search: f.search) { try $0.dyads(f) }
        return try answer(Network(rows).json(minEvents: minEvents, limit: page.limit, offset: page.offset))
    }

    // MARK: writing

    func post(_ request: Request) async throws -> Response {
        guard let token = settings.token else {
            throw APIError(403, "writing is disabled: start the server with --token or ANNALS_TOKEN to accept POST /api/documents")
        }
        guard let auth = request.headers[.authorization] else {
            throw APIError(401, "POST /api/documents needs the header 'Authorization: Bearer TOKEN'")
        }
        guard auth.hasPrefix("Bearer "), constantTimeEqual(Array(auth.dropFirst(7).utf8), Array(token.utf8)) else {
            throw APIError(403, "wrong token")
        }
        // a bounded number of bodies in memory: at most maxWrites × maxBody bytes
        guard writes.enter(limit: settings.maxWrites) else {
            throw APIError(503, "too many articles being stored at once (\(settings.maxWrites)); try again shortly")
        }
        defer { writes.leave() }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: settings.maxBody) } catch is NIOTooManyBytesError {
            throw APIError(413, "request body larger than the limit of \(settings.maxBody) bytes")
        }
        let bytes = body.readableBytesView
        let parsed: [Result<Article, InputError>]
        switch ArticleInput.jsonDocuments(bytes) {
        case .failure(let e): throw APIError.badRequest(e.message)
        case .success(let items): parsed = items
        }
        if !parsed.contains(where: { if case .success = $0 { true } else { false } }) {
            var message = "no article could be read"
            if case .failure(let e) = parsed.first { message += ": " + e.message }
            throw APIError.badRequest(message)
        }
        let engine = self.engine
        // the stored content hashes, so that an unchanged article is not analyzed again
        let known = try await query { try $0.knownDocuments() }
        let report = try await pool.analyze { () -> IngestReport in
            var report = IngestReport()
            var articles: [Article] = []
            var seen = Set<String>()
            for item in parsed {
                switch item {
                case .success(let a):
                    if seen.insert(a.id).inserted { articles.append(a) } else { report.errors.append((a.id, "\(a.id): given twice in one request")) }
                case .failure(let e): report.errors.append((e.id, e.message))
                }
            }
            report.prepare(articles, known: known, engine: engine)
            return report
        }
        let batch = report.prepared
        let outcomes: [IngestOutcome]
        do { outcomes = try await pool.write { try $0.ingest(batch) } } catch let e as StoreError { throw APIError(500, e.message) }
        var stored: [String] = [], unchanged = report.unchanged
        for (d, o) in zip(batch, outcomes) {
            if o == .skipped { unchanged.append(d.id) } else { stored.append(d.id) }
        }
        let errors = report.errors.map { JSON.object([("id", JSON.string($0.0)), ("error", JSON.quote($0.1))]) }
        return Self.json(JSON.object([("stored", JSON.array(stored.map(JSON.quote))), ("unchanged", JSON.array(unchanged.map(JSON.quote))),
                                      ("errors", JSON.array(errors))]))
    }
}

/// What a POST makes of its articles before the store write.
struct IngestReport: Sendable {
    var prepared: [PreparedDocument] = []
    var unchanged: [String] = []
    var errors: [(String?, String)] = []

    /// Content hash, skip unchanged, analyze: the path of `annals ingest` (AnnalsIngest).
    mutating func prepare(_ articles: [Article], known: Store.KnownDocuments, engine: LazyEngine) {
        for a in articles {
            switch ArticlePreparer.prepare(a, inputHash: nil, known: known, engine: engine) {
            case .prepared(let d): prepared.append(d)
            case .known(let a, _): unchanged.append(a.id)
            case .failed(let m): errors.append((a.id, m))
            }
        }
    }
}

/// Counts requests in progress against a limit.
final class WriteGate: Sendable {
    private let count = Atomic<Int>(0)
    func enter(limit: Int) -> Bool {
        if count.wrappingAdd(1, ordering: .relaxed).newValue > limit { count.wrappingSubtract(1, ordering: .relaxed); return false }
        return true
    }
    func leave() { count.wrappingSubtract(1, ordering: .relaxed) }
}

/// Compares two byte strings in time that depends only on their lengths.
func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var diff: UInt8 = 0
    for i in 0..<a.count { diff |= a[i] ^ b[i] }
    return diff == 0
}
