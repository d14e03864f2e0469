import CSQLite
import Foundation

/// What happened to one article handed to `Store.ingest`.
public enum IngestOutcome: Sendable, Equatable {
    /// New id: stored.
    case stored
    /// Known id, different content hash: the old analysis was replaced.
    case replaced
    /// Known id and the same content hash: nothing written.
    case skipped
}

/// Counts of what a store holds.
public struct StoreCounts: Sendable, Equatable, CustomStringConvertible {
    public var documents = 0, actors = 0, places = 0, quotes = 0, events = 0, participants = 0, evidence = 0, clusters = 0, clusterLinks = 0
    public var description: String {
        "documents \(documents), actors \(actors), places \(places), quotes \(quotes), events \(events), evidence \(evidence), clusters \(clusters)"
    }
}

/// The corpus store over one SQLite file (WAL mode). Used from one thread.
public final class Store {
    let db: Connection
    public let path: String
    let readOnly: Bool
    /// Two events closer than this (when both have coordinates) may be one real-world event.
    public var clusterRadiusKm = 100.0

    /// Opens (creating when needed) the store at `path`; `:memory:` for a private in-memory store.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        self.readOnly = readOnly
        if readOnly, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            throw StoreError("\(path): no such store (run 'annals ingest' first)")
        }
        db = try Connection(path: path, readOnly: readOnly)
        if !readOnly {
            // 16 KiB pages: fewer page writes for the long texts and records (only takes effect on a new file)
            try db.execute("PRAGMA page_size=16384")
            if path != ":memory:" { try db.execute("PRAGMA journal_mode=WAL") }
            try db.execute("PRAGMA synchronous=NORMAL")
            try db.execute("BEGIN IMMEDIATE")
            do {
                // older files first get the columns added since, so the index statements find them
                for (table, column, type) in Schema.addedColumns {
                    var exists = false, tableExists = false
                    try select("PRAGMA table_info(\(table))") { row in
                        tableExists = true
                        if row[1].string == column { exists = true }
                    }
                    if tableExists && !exists { try db.execute("ALTER TABLE \(table) ADD COLUMN \(column) \(type)") }
                }
                try db.execute("\(Schema.statements); INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '\(Schema.version)'); COMMIT;")
            } catch {
                try? db.execute("ROLLBACK")
                throw error
            }
            let v = try db.scalarText("SELECT value FROM meta WHERE key = 'schema_version'")
            guard v == String(Schema.version) else {
                throw StoreError("\(path): schema version \(v ?? "?") is not supported (this build reads version \(Schema.version))")
            }
        } else {
            guard (try? db.scalarText("SELECT value FROM meta WHERE key = 'schema_version'")) != nil else {
                throw StoreError("\(path): not an Annals store")
            }
        }
        try db.execute("PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY")
    }

    /// What the store holds, to skip known articles before analysing them:
    /// each id's content hash, and the input hash of each document that has one.
    public struct KnownDocuments: Sendable {
        /// id → content hash
        public var content: [String: String] = [:]
        /// input hash → id
        public var inputs: [String: String] = [:]
        public init() {}
    }

    /// Every stored id with its content hash and input hash (read from a covering index, not the table with its texts).
    public func knownDocuments() throws -> KnownDocuments {
        let s = try db.prepare("SELECT id, content_hash, input_hash FROM documents INDEXED BY documents_hash")
        defer { s.finalize() }
        var out = KnownDocuments()
        while try s.step() {
            let id = s.text(0) ?? ""
            out.content[id] = s.text(1) ?? ""
            if let input = s.text(2) { out.inputs[input] = id }
        }
        return out
    }

    /// Stores a batch of articles in one transaction: all of them or none.
    /// An id already stored with the same content hash is skipped; with a
    /// different hash, its old analysis is removed and the new one stored.
    @discardableResult
    public func ingest(_ batch: [PreparedDocument]) throws -> [IngestOutcome] {
        guard !batch.isEmpty else { return [] }
        defer { unindexedEvidence = nil }
        return try db.transaction {
            // one time of writing for the batch's documents: they are written in one transaction
            let now = try db.statement("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")
            guard try now.step(), let time = now.text(0) else { throw StoreError("SQLite: no time") }
            now.reset()
            let outcomes = try batch.map { try ingestOne($0, time: time) }
            try indexEvidence()
            return outcomes
        }
    }

    /// The row id of the first evidence row written since the full-text index was last
    /// brought up to date: every row from it on is new (row ids grow, and rows are only
    /// deleted after `indexEvidence`, so no later row reuses an id below it).
    private var unindexedEvidence: Int64? = nil

    /// Adds the evidence rows written since the last call to the full-text index in one
    /// statement (inside the batch's transaction, so a batch is stored and indexed, or
    /// neither). FTS5 indexes a batch this way at a fraction of the cost of one row at a time.
    private func indexEvidence() throws {
        guard let first = unindexedEvidence else { return }
        try db.statement("INSERT INTO evidence_fts(rowid, text) SELECT evidence, text FROM evidence WHERE evidence >= ?")
            .run([.int(first)])
        unindexedEvidence = nil
    }

    private func ingestOne(_ d: PreparedDocument, time: String) throws -> IngestOutcome {
        // a new id, as nearly every document of an ingest has, is written at once: its
        // look-up is the unique index's check that the insert makes anyway
        if try insertDocument(d, time: time) {
            try insertRows(d, doc: db.lastInsertRowID)
            return .stored
        }
        let find = try db.statement("SELECT doc, content_hash FROM documents WHERE id = ?")
        try find.bind([.text(d.id)])
        guard try find.step() else { find.reset(); throw StoreError("\(d.id): the document is stored and cannot be found") }
        let existing = find.int64(0)
        if find.text(1) == d.contentHash { find.reset(); return .skipped }
        find.reset()
        // the delete trigger takes the old rows out of the index, so they must be in it
        // (the same id twice in one batch)
        try indexEvidence()
        try deleteDocument(existing)
        guard try insertDocument(d, time: time) else { throw StoreError("\(d.id): the old document could not be replaced") }
        try insertRows(d, doc: db.lastInsertRowID)
        return .replaced
    }

    // MARK: writing

    /// Writes the document's row; false, writing nothing, when its id is already stored.
    private func insertDocument(_ d: PreparedDocument, time: String) throws -> Bool {
        try db.statement("""
            INSERT INTO documents(id, content_hash, input_hash, published, title, source, text, topics, record, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).runUnlessDuplicate([.text(d.id), .text(d.contentHash), .of(d.inputHash), .of(d.published), .of(d.title), .of(d.source),
                                     .text(d.text), .text(d.topics), .utf8(d.recordJSON), .text(time)])
    }

    /// Writes the rows of every other table for the document stored as `doc`.
    private func insertRows(_ d: PreparedDocument, doc: Int64) throws {

        // each statement's first parameters are the ids the store gives, then the row's values in their order
        let actorStmt = try db.statement("""
            INSERT INTO actors(doc, actor, name, country, sector, title, kind, mentions, first_start, first_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let placeStmt = try db.statement("""
            INSERT INTO places(doc, place, name, country, lat, lon, feature, geonameid, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let quoteStmt = try db.statement("""
            INSERT INTO quotes(doc, seq, kind, text, span_start, span_end, speaker_actor, speaker_name, speaker_text,
                               speaker_start, speaker_end, cue_text, cue_start, cue_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let eventStmt = try db.statement("""
            INSERT INTO events(doc, event_id, seq, plover_type, plover_mode, cameo_code, goldstein, quad, acled_type, acled_subtype,
                               event_date, date_text, date_basis, published, actor_name, actor_country, actor_sector,
                               recipient_name, recipient_country, recipient_sector, place_ref, place_name, lat, lon, negated, modality,
                               confidence, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let participantStmt = try db.statement("""
            INSERT OR IGNORE INTO participants(event, doc, role, seq, actor, name, country, sector, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let evidenceStmt = try db.statement("""
            INSERT INTO evidence(event, doc, seq, text, span_start, span_end, trigger_text, trigger_start, trigger_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let statements = [actorStmt, placeStmt, quoteStmt, eventStmt, participantStmt, evidenceStmt]
        // the text is bound where it lies in the rows' buffer, which only lives inside `read`
        defer { for s in statements { s.clearBindings() } }
        try d.rows.read { r in
            var event: Int64 = 0
            while let table = r.nextRow() {
                switch table {
                case .actors: try actorStmt.runRow(doc, nil, &r, table)
                case .places: try placeStmt.runRow(doc, nil, &r, table)
                case .quotes: try quoteStmt.runRow(doc, nil, &r, table)
                case .participants: try participantStmt.runRow(event, doc, &r, table)
                case .evidence:
                    try evidenceStmt.runRow(event, doc, &r, table)
                    if unindexedEvidence == nil { unindexedEvidence = db.lastInsertRowID }
                case .events:
                    let values = r.values(table)
                    try eventStmt.runRow(doc, values)
                    event = db.lastInsertRowID
                    // an event is matched against earlier events only: its participants and evidence change nothing here
                    if let probe = ClusterProbe(eventRow: values) { try cluster(event: event, documentID: d.id, probe) }
                }
            }
        }
    }

    /// Removes one document and everything derived from it; clusters left empty go too.
    private func deleteDocument(_ doc: Int64) throws {
        let affected = try db.statement("""
            SELECT DISTINCT l.cluster FROM cluster_links l JOIN events e ON e.event = l.event WHERE e.doc = ?
            """)
        try affected.bind([.int(doc)])
        var clusters: [Int64] = []
        while try affected.step() { clusters.append(affected.int64(0)) }
        affected.reset()
        try db.statement("DELETE FROM cluster_links WHERE event IN (SELECT event FROM events WHERE doc = ?)").run([.int(doc)])
        for sql: StaticString in ["DELETE FROM evidence WHERE event IN (SELECT event FROM events WHERE doc = ?)",
                    "DELETE FROM participants WHERE event IN (SELECT event FROM events WHERE doc = ?)", "DELETE FROM events WHERE doc = ?",
                    "DELETE FROM quotes WHERE doc = ?", "DELETE FROM actors WHERE doc = ?", "DELETE FROM places WHERE doc = ?",
                    "DELETE FROM documents WHERE doc = ?"] {
            try db.statement(sql).run([.int(doc)])
        }
        let drop = try db.statement("DELETE FROM clusters WHERE cluster = ? AND NOT EXISTS (SELECT 1 FROM cluster_links WHERE cluster = ?)")
        for c in clusters { try drop.run([.int(c), .int(c)]) }
    }

    // MARK: clusters

    /// Links a new event to the cluster of the closest earlier matching event
    /// (same PLOVER type, same actor and recipient country and sector, dates
    /// at most a day apart, places within `clusterRadiusKm` when both events
    /// have coordinates), or to a new cluster; the link records why. Only
    /// events that have a `ClusterProbe` are clustered.
    private func cluster(event: Int64, documentID: String, _ e: ClusterProbe) throws {
        let type = e.type, date = e.date, sc = e.sourceCountry, tc = e.targetCountry
        let candidates = try db.statement("""
            SELECT e.event, e.event_date, e.lat, e.lon, l.cluster, d.id, e.event_id,
                   abs(julianday(e.event_date) - julianday(?5)) AS gap
            FROM events e JOIN cluster_links l ON l.event = e.event JOIN documents d ON d.doc = e.doc
            WHERE e.plover_type = ?1 AND e.actor_country = ?2 AND e.recipient_country = ?3
              AND e.event_date BETWEEN date(?5, '-1 day') AND date(?5, '+1 day')
              AND e.actor_sector IS ?4 AND e.recipient_sector IS ?6 AND e.event <> ?7
            ORDER BY gap, e.event
            """)
        try candidates.bind([.text(type), .text(sc), .text(tc), .of(e.sourceSector), .text(date), .of(e.targetSector), .int(event)])
        var chosen: (event: Int64, cluster: Int64, doc: String, id: String, gap: Int, km: Double?)? = nil
        while try candidates.step() {
            var km: Double? = nil
            if let lat = e.lat, let lon = e.lon, !candidates.isNull(2), !candidates.isNull(3) {
                km = Store.distanceKm(lat, lon, candidates.double(2), candidates.double(3))
                if km! > clusterRadiusKm { continue }
            }
            chosen = (candidates.int64(0), candidates.int64(4), candidates.text(5) ?? "", candidates.text(6) ?? "",
                      Int(candidates.double(7).rounded()), km)
            break
        }
        candidates.reset()
        let link = try db.statement("""
            INSERT INTO cluster_links(event, cluster, matched_event, matched_document, matched_event_id, day_gap, distance_km, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let dyad = Store.dyad(type, sc, e.sourceSector, tc, e.targetSector)
        if let c = chosen {
            let reason = Store.matchReason(dyad: dyad, gap: c.gap, km: c.km, document: c.doc, event: c.id)
            try link.run([.int(event), .int(c.cluster), .int(c.event), .text(c.doc), .text(c.id), .int(Int64(c.gap)), .of(c.km), .text(reason)])
        } else {
            try db.statement("""
                INSERT INTO clusters(plover_type, actor_country, actor_sector, recipient_country, recipient_sector) VALUES (?, ?, ?, ?, ?)
                """).run([.text(type), .text(sc), .of(e.sourceSector), .text(tc), .of(e.targetSector)])
            let cluster = db.lastInsertRowID
            try link.run([.int(event), .int(cluster), .null, .null, .null, .null, .null,
                          .text("first report of \(dyad) on \(date) (\(documentID) \(e.eventID))")])
        }
    }

    /// "ASSAULT AZE/MIL -> ARM/CVL": a cluster's type and dyad, as its links' reasons name it.
    public static func dyad(_ type: String, _ sourceCountry: String, _ sourceSector: String?,
                            _ targetCountry: String, _ targetSector: String?) -> String {
        "\(type) \(sourceCountry)\(sourceSector.map { "/" + $0 } ?? "") -> \(targetCountry)\(targetSector.map { "/" + $0 } ?? "")"
    }

    /// Why a report joined an earlier report's cluster (both stores write the same words).
    public static func matchReason(dyad: String, gap: Int, km: Double?, document: String, event: String) -> String {
        var reason = "same \(dyad); dates \(gap) day\(gap == 1 ? "" : "s") apart"
        if let km { reason += String(format: "; places %.1f km apart", km) } else { reason += "; no coordinates to compare" }
        return reason + "; matched \(document) \(event)"
    }

    /// Great-circle distance (haversine, mean Earth radius 6371 km).
    public static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r
        let a = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dlon / 2) * sin(dlon / 2)
        return 2 * 6371 * asin(min(1, sqrt(a)))
    }

    // MARK: reading

    public func counts() throws -> StoreCounts {
        func n(_ table: String) throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM \(table)") ?? 0) }
        return StoreCounts(documents: try n("documents"), actors: try n("actors"), places: try n("places"), quotes: try n("quotes"),
                           events: try n("events"), participants: try n("participants"), evidence: try n("evidence"),
                           clusters: try n("clusters"), clusterLinks: try n("cluster_links"))
    }

    /// Documents, events and clusters: the counts an ingest summary shows
    /// (read from small indexes, so cheap on large stores).
    public func summaryCounts() throws -> (documents: Int, events: Int, clusters: Int) {
        func n(_ sql: String) throws -> Int { Int(try db.scalarInt(sql) ?? 0) }
        return (try n("SELECT count(*) FROM documents INDEXED BY documents_hash"), try n("SELECT count(*) FROM events INDEXED BY events_doc"),
                try n("SELECT count(*) FROM clusters"))
    }

    /// `PRAGMA integrity_check`, then (on a store opened for writing: FTS5
    /// runs its check as an insert command) FTS5's own check that `evidence_fts`
    /// indexes exactly the rows of `evidence`: "ok" or the problems found.
    public func integrityCheck() throws -> String {
        let s = try db.prepare("PRAGMA integrity_check")
        defer { s.finalize() }
        var lines: [String] = []
        while try s.step() { lines.append(s.text(0) ?? "") }
        if !readOnly {
            do {
                // rank 1: compare the index with the content table, so a missing or stale row is found
                try db.execute("INSERT INTO evidence_fts(evidence_fts, rank) VALUES ('integrity-check', 1)")
            } catch {
                if lines == ["ok"] { lines = [] }
                lines.append("evidence_fts: \(error)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Runs a read-only SQL statement and hands each row to `row` (used by queries and tests).
    public func select(_ sql: String, _ parameters: [StoreValue] = [], row: ([StoreValue]) throws -> Void) throws {
        let s = try db.prepare(sql)
        defer { s.finalize() }
        try s.bind(parameters.map(\.sql))
        let n = s.columnCount
        while try s.step() {
            try row((0..<n).map { StoreValue(s.value($0)) })
        }
    }

    /// The column names of a query.
    public func columns(_ sql: String) throws -> [String] {
        let s = try db.prepare(sql)
        defer { s.finalize() }
        return (0..<s.columnCount).map { s.columnName($0) }
    }

    /// Runs SQL that changes the store (used by the benchmark's generator).
    public func execute(_ sql: String) throws { try db.execute(sql) }
}

/// A value read from or bound to the store.
public enum StoreValue: Sendable, Equatable, CustomStringConvertible {
    case null
    case int(Int64)
    case double(Double)
    case text(String)

    init(_ v: SQLValue) {
        switch v {
        case .null: self = .null
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .text(let s): self = .text(s)
        case .utf8(let b): self = .text(String(decoding: b, as: UTF8.self))
        }
    }

    var sql: SQLValue {
        switch self {
        case .null: return .null
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .text(let s): return .text(s)
        }
    }

    public var string: String? { if case .text(let s) = self { return s }; return nil }
    public var int: Int? { if case .int(let i) = self { return Int(i) }; return nil }
    public var double: Double? {
        switch self { case .double(let d): return d; case .int(let i): return Double(i); default: return nil }
    }
    public var isNull: Bool { self == .null }

    /// As a table or CSV cell: empty for null.
    public var description: String {
        switch self {
        case .null: return ""
        case .int(let i): return String(i)
        case .double(let d): return JSON.number(d)
        case .text(let s): return s
        }
    }
}
