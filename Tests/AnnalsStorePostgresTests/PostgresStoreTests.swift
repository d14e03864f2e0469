import AnnalsStore
import AnnalsStorePostgres
import AnnalsTestSupport
import Foundation
import Testing

/// The PostgreSQL store against a real server: `ANNALS_TEST_POSTGRES` is a
/// connection URL (`.ci/run` starts a server and sets it). Without it the
/// tests are skipped, saying so. Each test works in a schema of its own.
enum PG {
    static let url = ProcessInfo.processInfo.environment["ANNALS_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static var skipMessage: Comment { "ANNALS_TEST_POSTGRES is not set: PostgreSQL tests skipped (set it to a connection URL, e.g. postgresql://postgres@127.0.0.1:5432/annals_test)" }

    /// A fresh schema; the URL that makes it the connection's search path.
    static func schema() throws -> (url: String, drop: () -> Void) {
        let base = try #require(url)
        let name = "annals_t_" + UUID().uuidString.prefix(8).lowercased()
        let admin = try PostgresStore(url: base, readOnly: true, checkSchema: false)
        try admin.execute("CREATE SCHEMA \(name)")
        let separator = base.contains("?") ? "&" : "?"
        let scoped = base + separator + "options=-csearch_path%3D\(name)"
        return (scoped, { try? admin.execute("DROP SCHEMA \(name) CASCADE") })
    }
}

/// The built `annals` binary (next to the test bundle, or `$ANNALS_BIN`).
enum Annals {
    static let binary: URL? = AnnalsBinary.url

    /// Starts `annals arguments…`; standard output and error go to files in `dir`.
    static func start(_ arguments: [String], in dir: URL, tag: String) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = try #require(binary, "the annals binary was not found; set ANNALS_BIN")
        process.arguments = arguments
        let out = dir.appendingPathComponent("\(tag).out"), err = dir.appendingPathComponent("\(tag).err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String], in dir: URL) throws -> Run {
        let (p, out, err) = try start(arguments, in: dir, tag: UUID().uuidString)
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                   stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

/// A JSON Lines corpus of similar reports of four conflicts over nine days,
/// so that the engine finds actors, quotes and events and reports cluster.
func corpus(_ range: Range<Int>, changed: Set<Int> = []) -> String {
    let sides = [("Azerbaijani", "Armenian", "Shusha", "Ilham Aliyev"), ("Russian", "Ukrainian", "Kharkiv", "Sergei Lavrov"),
                 ("Israeli", "Palestinian", "Gaza", "Benjamin Netanyahu"), ("Indian", "Pakistani", "Kashmir", "Narendra Modi")]
    var out = ""
    for i in range {
        let (a, b, place, leader) = sides[i % sides.count]
        var text = "\(a) forces attacked \(b) troops near \(place) on Thursday, the defence ministry said. "
        text += "\"This will have consequences,\" \(leader) told reporters. "
        text += "Diplomats met in Vienna to discuss a truce. Item \(i)."
        if changed.contains(i) { text += " A later version adds this sentence." }
        let object: [String: Any] = ["id": "pg-\(i)", "date": String(format: "2022-12-%02d", 2 + (i / sides.count) % 9),
                                     "title": "Report \(i)", "text": text]
        out += String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }
    return out
}

func tempDir() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("annals-pg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite(.serialized) struct PostgresStoreTests {
    @Test(.enabled(if: PG.url != nil, PG.skipMessage))
    func roundTripMatchesSQLite() throws {
        let (url, drop) = try PG.schema(); defer { drop() }
        let dir = try tempDir(); defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.jsonl")
        try corpus(0..<24).write(to: file, atomically: true, encoding: .utf8)
        let sqlite = dir.appendingPathComponent("c.db").path

        let pg = try Annals.run(["ingest", "--db", url, "--jsonl", file.path], in: dir)
        #expect(pg.status == 0, "\(pg.stderr)")
        #expect(pg.stderr.contains("24 stored, 0 replaced, 0 skipped"), "\(pg.stderr)")
        let lite = try Annals.run(["ingest", "--db", sqlite, "--jsonl", file.path], in: dir)
        #expect(lite.status == 0, "\(lite.stderr)")

        let store = try PostgresStore(url: url, readOnly: true)
        let counts = try store.counts()
        #expect(counts == (try Store(path: sqlite, readOnly: true).counts()), "same rows in both stores")
        #expect(counts.documents == 24 && counts.events > 0 && counts.quotes > 0 && counts.clusters > 0)

        // every query command and export gives the same output from both stores
        for command in [["events", "--format", "csv", "--limit", "0"], ["timeline", "--format", "csv"], ["quotes", "--format", "csv"],
                        ["actors", "--format", "csv"], ["export", "--format", "plover"], ["export", "--format", "acled"],
                        ["export", "--format", "csv"]] {
            let a = try Annals.run(command + ["--db", url], in: dir), b = try Annals.run(command + ["--db", sqlite], in: dir)
            #expect(a.status == 0, "\(command): \(a.stderr)")
            #expect(!a.stdout.isEmpty)
            // the ingest time differs between the two stores: compare the rest
            let day = #/"coded_date":"[0-9-]+"/#
            #expect(a.stdout.replacing(day, with: "") == b.stdout.replacing(day, with: ""), "\(command) differs between PostgreSQL and SQLite")
        }
    }

    @Test(.enabled(if: PG.url != nil, PG.skipMessage))
    func reingestSkipsAndChangedContentReplaces() throws {
        let (url, drop) = try PG.schema(); defer { drop() }
        let dir = try tempDir(); defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.jsonl"), changed = dir.appendingPathComponent("changed.jsonl")
        try corpus(0..<12).write(to: file, atomically: true, encoding: .utf8)
        try corpus(0..<12, changed: [2, 5]).write(to: changed, atomically: true, encoding: .utf8)

        #expect(try Annals.run(["ingest", "--db", url, "--jsonl", file.path], in: dir).status == 0)
        let before = try PostgresStore(url: url, readOnly: true).counts()
        let again = try Annals.run(["ingest", "--db", url, "--jsonl", file.path], in: dir)
        #expect(again.stderr.contains("0 stored, 0 replaced, 12 skipped"), "\(again.stderr)")
        #expect(try PostgresStore(url: url, readOnly: true).counts() == before)

        let third = try Annals.run(["ingest", "--db", url, "--jsonl", changed.path], in: dir)
        #expect(third.status == 0)
        #expect(third.stderr.contains("0 stored, 2 replaced, 10 skipped"), "\(third.stderr)")
        let store = try PostgresStore(url: url, readOnly: true)
        #expect(try store.counts().documents == 12)
        #expect(try store.counts().events == before.events, "a replaced article's events replace the old ones")
        let text = try store.select("SELECT text FROM documents WHERE id = ?", [.text("pg-5")])
        #expect(text.rows.first?.first?.string?.hasSuffix("adds this sentence.") == true)
        let orphans = try store.select("SELECT count(*) FROM clusters c WHERE NOT EXISTS (SELECT 1 FROM cluster_links l WHERE l.cluster = c.cluster)")
        #expect(orphans.rows.first?.first == .int(0), "no cluster is left without reports")
    }

    @Test(.enabled(if: PG.url != nil, PG.skipMessage))
    func concurrentIngestProcessesNeverDuplicate() throws {
        let (url, drop) = try PG.schema(); defer { drop() }
        let dir = try tempDir(); defer { try? FileManager.default.removeItem(at: dir) }
        // two overlapping corpora, and the same corpus twice, in four processes at once (small batches: many interleavings)
        let a = dir.appendingPathComponent("a.jsonl"), b = dir.appendingPathComponent("b.jsonl")
        try corpus(0..<60).write(to: a, atomically: true, encoding: .utf8)
        try corpus(30..<90).write(to: b, atomically: true, encoding: .utf8)
        let runs = try [a, b, a, b].enumerated().map { i, file in
            try Annals.start(["ingest", "--db", url, "--jsonl", "--batch", "4", "--jobs", "1", file.path], in: dir, tag: "p\(i)")
        }
        var stored = 0
        for (p, _, err) in runs {
            p.waitUntilExit()
            let message = String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self)
            #expect(p.terminationStatus == 0, "\(message)")
            // "N stored": each process stores what no other process stored before it
            if let m = message.firstMatch(of: #/([0-9]+) stored,/#) { stored += Int(m.1) ?? 0 }
        }
        #expect(stored == 90, "every article stored by exactly one process")
        let store = try PostgresStore(url: url, readOnly: true)
        let counts = try store.counts()
        #expect(counts.documents == 90)
        let dup = try store.select("SELECT count(*) FROM (SELECT doc, event_id FROM events GROUP BY doc, event_id HAVING count(*) > 1) x")
        #expect(dup.rows.first?.first == .int(0), "no event stored twice")

        // the same corpus ingested by one process into a fresh schema gives the same rows
        let (single, dropSingle) = try PG.schema(); defer { dropSingle() }
        let all = dir.appendingPathComponent("all.jsonl")
        try corpus(0..<90).write(to: all, atomically: true, encoding: .utf8)
        #expect(try Annals.run(["ingest", "--db", single, "--jsonl", all.path], in: dir).status == 0)
        let one = try PostgresStore(url: single, readOnly: true).counts()
        #expect(counts.events == one.events && counts.evidence == one.evidence && counts.participants == one.participants
                && counts.quotes == one.quotes && counts.actors == one.actors && counts.clusterLinks == one.clusterLinks)
    }

    @Test(.enabled(if: PG.url != nil, PG.skipMessage))
    func queriesWithFilters() throws {
        let (url, drop) = try PG.schema(); defer { drop() }
        let dir = try tempDir(); defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.jsonl")
        try corpus(0..<16).write(to: file, atomically: true, encoding: .utf8)
        #expect(try Annals.run(["ingest", "--db", url, "--jsonl", file.path], in: dir).status == 0)
        let store = try PostgresStore(url: url, readOnly: true)

        var f = QueryFilter()
        f.country = "aze"; f.from = "2022-12"; f.to = "2022-12"
        let events = try store.events(f)
        #expect(!events.rows.isEmpty)
        #expect(events.column("actor_country").allSatisfy { $0 == .text("AZE") })
        #expect(events.column("event_date").allSatisfy { ($0.string ?? "") >= "2022-12" && ($0.string ?? "") <= "2022-12~" })

        var search = QueryFilter()
        search.search = "attacked Kharkiv"
        let found = try store.events(search)
        #expect(!found.rows.isEmpty)
        #expect(found.column("evidence").allSatisfy { ($0.string ?? "").contains("Kharkiv") })

        var nobody = QueryFilter()
        nobody.actor = "Nobody At All"
        #expect(try store.events(nobody).rows.isEmpty)

        var speaker = QueryFilter()
        speaker.actor = "ilham aliyev"
        let quotes = try store.quotes(speaker)
        #expect(!quotes.rows.isEmpty, "names compare without case")

        let cli = try Annals.run(["events", "--db", url, "--country", "AZE", "--limit", "2", "--format", "jsonl"], in: dir)
        #expect(cli.status == 0, "\(cli.stderr)")
        #expect(cli.stdout.split(separator: "\n").count == 2)
    }

    /// The HTTP API's queries (pages, documents, records, daily counts, dyads, places) give the same rows in both stores.
    @Test(.enabled(if: PG.url != nil, PG.skipMessage))
    func apiQueriesMatchSQLite() throws {
        let (url, drop) = try PG.schema(); defer { drop() }
        let dir = try tempDir(); defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.jsonl")
        try corpus(0..<24).write(to: file, atomically: true, encoding: .utf8)
        let sqlitePath = dir.appendingPathComponent("c.db").path
        #expect(try Annals.run(["ingest", "--db", url, "--jsonl", file.path], in: dir).status == 0)
        #expect(try Annals.run(["ingest", "--db", sqlitePath, "--jsonl", file.path], in: dir).status == 0)
        let pg = try PostgresStore(url: url, readOnly: true), lite = try Store(path: sqlitePath, readOnly: true)

        func same(_ name: String, _ a: ResultSet, _ b: ResultSet) {
            #expect(a.columns == b.columns, "\(name): columns")
            #expect(a.rows.count == b.rows.count, "\(name): \(a.rows.count) rows in PostgreSQL, \(b.rows.count) in SQLite")
            for (x, y) in zip(a.rows, b.rows) {
                for (u, v) in zip(x, y) {
                    if let p = u.double, let q = v.double { #expect(abs(p - q) < 1e-9, "\(name): \(x) vs \(y)") }
                    else { #expect(u == v, "\(name): \(x) vs \(y)") }
                }
            }
        }
        var all = QueryFilter()
        let events = try lite.events(all)
        #expect(events.rows.count > 6)
        all.limit = 3; all.offset = 4
        same("events page", try pg.events(all), try lite.events(all))
        #expect(try lite.events(all).rows.map { $0[0] } == Array(events.rows[4..<7].map { $0[0] }))
        all.limit = nil
        same("events offset", try pg.events(all), try lite.events(all))
        #expect(try lite.events(all).rows.count == events.rows.count - 4)
        let f = QueryFilter()
        same("documents", try pg.documents(f), try lite.documents(f))
        same("daily", try pg.daily(f), try lite.daily(f))
        same("dyads", try pg.dyads(f), try lite.dyads(f))
        same("places", try pg.places(f), try lite.places(f))
        var byPublished = QueryFilter(); byPublished.dateField = .published; byPublished.country = "AZE"
        same("daily by published", try pg.daily(byPublished), try lite.daily(byPublished))
        #expect(try !lite.daily(f).rows.isEmpty)
        #expect(try !lite.dyads(f).rows.isEmpty)
        let id = try #require(try lite.documents(f).rows.first?.first?.string)
        let a = try #require(try pg.record(id: id)), b = try #require(try lite.record(id: id))
        #expect(a.record == b.record && a.text == b.text)
        #expect(a.text.contains("forces attacked"))
        #expect(try pg.record(id: "no such id") == nil)
    }
}
