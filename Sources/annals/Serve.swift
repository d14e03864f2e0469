import AnnalsServer
import AnnalsStore
import AnnalsStorePostgres
import ArgumentParser
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the store over HTTP: a JSON API (docs/api.md) and the analyst's web page.",
        discussion: """
        The API answers GET requests under /api/ (events, clusters, actors,
        quotes, documents, timeline/daily, network, places, health) with the
        filters of the query commands, and is described at /openapi.json; the
        page is at /. POST /api/documents analyzes and stores articles; it
        needs a bearer token (--token or $ANNALS_TOKEN), and is refused when
        none is set. One JSON line per request goes to standard error.

        Binds to 127.0.0.1 unless --host says otherwise: the API has no
        authentication for reading, so expose it only where that is wanted.

        Examples:
          annals serve --db corpus.db
          annals serve --db corpus.db --port 9000
          ANNALS_TOKEN=secret annals serve --db corpus.db
          curl 'http://127.0.0.1:8080/api/events?country=AZE&from=2022-12&limit=10'
          curl -H 'Authorization: Bearer secret' --data-binary @articles.jsonl http://127.0.0.1:8080/api/documents
        """)

    @OptionGroup var store: DatabaseOption

    @Option(name: .long, help: "Address to listen on (default 127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port (default 8080).")
    var port = 8080

    @Option(name: .long, help: "Bearer token for POST /api/documents (default: $ANNALS_TOKEN; none: writes refused).")
    var token: String?

    @Option(name: .customLong("max-body"), help: "Largest request body in bytes (default 10000000).")
    var maxBody = 10_000_000

    @Option(name: .long, help: "Store connections and threads for queries (default: the number of cores, at least 2).")
    var connections: Int?

    @Option(name: .customLong("max-answer-bytes"),
            help: "Bytes of pages and documents built but not yet read by their clients; past it, a page is refused with 503 (default 268435456).")
    var maxAnswerBytes = 256 << 20

    func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port must be from 1 to 65535") }
        if maxBody < 1 { throw ValidationError("--max-body must be positive") }
        if maxAnswerBytes < 1 { throw ValidationError("--max-answer-bytes must be positive") }
        if let connections, connections < 1 { throw ValidationError("--connections must be at least 1") }
        if let token, token.isEmpty { throw ValidationError("--token must not be empty") }
    }

    func run() async throws {
        let location = store.path
        let token = self.token ?? ProcessInfo.processInfo.environment["ANNALS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let isPostgres = PostgresStore.handles(location)
        // a new SQLite file is created (empty) so that a server can start before the first ingest
        if !isPostgres, !FileManager.default.fileExists(atPath: location) { _ = try store.open(readOnly: false) }
        let size = connections ?? max(2, ProcessInfo.processInfo.activeProcessorCount)
        let pool: StorePool
        do {
            pool = try StorePool(size: size) { readOnly in
                if isPostgres { return try PostgresStore(url: location, readOnly: readOnly) }
                return try Store(path: location, readOnly: readOnly)
            }
        } catch let e as StoreError { throw ValidationError(e.message) }
        let api = API(pool: pool, settings: ServerSettings(token: token, maxBody: maxBody, maxAnswerBytes: maxAnswerBytes))
        logLineToStandardError(JSON.object([("message", "\"listening\""), ("url", JSON.quote("http://\(host):\(port)/")),
                                            ("store", JSON.quote(store.displayName)), ("connections", String(size)),
                                            ("writes", token == nil ? "false" : "true")]))
        try await makeApplication(api: api, host: host, port: port).runService()
    }
}
