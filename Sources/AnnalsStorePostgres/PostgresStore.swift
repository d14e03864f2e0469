import AnnalsCore
import AnnalsStore
import Foundation

/// The corpus store in a PostgreSQL database (`--db postgresql://…`): the
/// same tables as the SQLite store and the same commands. Several
/// processes may ingest into one database at once: documents have a
/// unique id and every derived row a unique key, each batch is one
/// transaction, and batches from different processes are written one
/// after the other (a transaction-scoped advisory lock), so a document is
/// stored once and its events once, and clusters see every earlier batch.
/// Used from one thread at a time.
public final class PostgresStore: CorpusStore {
    let db: PGConnection
    /// The URL with its password hidden.
    public let location: String
    /// Two events closer than this (when both have coordinates) may be one real-world event.
    public var clusterRadiusKm = 100.0

    /// The advisory lock that orders writers ("annals" in ASCII).
    static let writerLock: Int64 = 0x616e_6e61_6c73

    /// Whether `--db` names a PostgreSQL database rather than a SQLite file.
    public static func handles(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// Connects; unless `readOnly`, creates the schema when it is missing.
    /// `checkSchema: false` only connects (to create or drop schemas, say).
    public init(url: String, readOnly: Bool = false, checkSchema: Bool = true) throws {
        location = PGConnection.redacted(url)
        db = try PGConnection(url: url)
        guard checkSchema else { return }
        do {
            if !readOnly {
                // two processes creating the tables at once would collide in the catalog: one at a time
                try db.execute("BEGIN; SELECT pg_advisory_xact_lock(\(PostgresStore.writerLock)); \(PostgresSchema.statements) COMMIT;")
            }
            let version = try? db.query("SELECT value FROM meta WHERE key = 'schema_version'").text(0, 0)
            guard let version else { throw StoreError("\(location): not an Annals store (run 'annals ingest' first)") }
            guard version == String(PostgresSchema.version) else {
                throw StoreError("\(location): schema version \(version) is not supported (this build reads version \(PostgresSchema.version))")
            }
        } catch let f as PGConnection.Failure {
            try? db.execute("ROLLBACK")
            throw StoreError("\(location): \(f.message)")
        }
    }

    /// Runs `body`, turning server errors into `StoreError`s.
    func call<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let f as PGConnection.Failure { throw StoreError("PostgreSQL: \(f.message)") }
    }

    public func knownDocuments() throws -> Store.KnownDocuments {
        try call {
            let r = try db.query("SELECT id, content_hash, input_hash FROM documents")
            var out = Store.KnownDocuments()
            for i in 0..<r.rowCount {
                let id = r.text(i, 0) ?? ""
                out.content[id] = r.text(i, 1) ?? ""
                if let input = r.text(i, 2) { out.inputs[input] = id }
            }
            return out
        }
    }

    // MARK: writing

    /// Stores a batch in one transaction: all of it or none. A deadlock or
    /// serialization failure runs the batch again (up to five times).
    @discardableResult
    public func ingest(_ batch: [PreparedDocument]) throws -> [IngestOutcome] {
        guard !batch.isEmpty else { return [] }
        var attempt = 0
        while true {
            attempt += 1
            do {
                try db.execute("BEGIN; SELECT pg_advisory_xact_lock(\(PostgresStore.writerLock))")
                let outcomes = try batch.map { try ingestOne($0) }
                try db.execute("COMMIT")
                return outcomes
            } catch let f as PGConnection.Failure {
                try? db.execute("ROLLBACK")
                if f.retryable && attempt < 5 { continue }
                throw StoreError("PostgreSQL: \(f.message)")
            } catch {
                try? db.execute("ROLLBACK")
                throw error
            }
        }
    }

    private func ingestOne(_ d: PreparedDocument) throws -> IngestOutcome {
        let found = try db.query("SELECT doc, content_hash FROM documents WHERE id = ? FOR UPDATE", [.text(d.id)])
        var outcome = IngestOutcome.stored
        if found.rowCount > 0 {
            if found.text(0, 1) == d.contentHash { return .skipped }
            try deleteDocument(found.int(0, 0)!)
            outcome = .replaced
        }
        return try insert(d) ? outcome : .skipped
    }

    private func ids(_ r: PGResult) -> Int64 { r.int(0, 0) ?? 0 }

    /// Inserts one document and what was found in it; false when the id is
    /// already there (written by another process since this one looked).
    private func insert(_ d: PreparedDocument) throws -> Bool {
        let inserted = try db.query("""
            INSERT INTO documents(id, content_hash, input_hash, published, title, source, text, topics, record, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
            ON CONFLICT (id) DO NOTHING RETURNING doc
            """, [.text(d.id), .text(d.contentHash), v(d.inputHash), v(d.published), v(d.title), v(d.source),
                  .text(d.text), .text(d.topics), .text(String(decoding: d.recordJSON, as: UTF8.self))])
        guard inserted.rowCount == 1 else { return false }
        let doc = ids(inserted)

        // the rows in their tables; an event's participants and evidence follow it
        var actors: [[StoreValue]] = [], places: [[StoreValue]] = [], quotes: [[StoreValue]] = [], events: [[StoreValue]] = []
        var participants: [(event: Int, values: [StoreValue])] = [], evidence: [(event: Int, values: [StoreValue])] = []
        for (table, values) in d.rows.decoded {
            switch table {
            case .actors: actors.append([.int(doc)] + values)
            case .places: places.append([.int(doc)] + values)
            case .quotes: quotes.append([.int(doc)] + values)
            case .events: events.append(values)
            case .participants: participants.append((events.count - 1, values))
            case .evidence: evidence.append((events.count - 1, values))
            }
        }
        // one multi-row INSERT per table and document: a round trip to the server costs more than a row
        try insertRows("actors(doc, actor, name, country, sector, title, kind, mentions, first_start, first_end)", actors)
        try insertRows("places(doc, place, name, country, lat, lon, feature, geonameid, mentions)", places)
        try insertRows("""
            quotes(doc, seq, kind, text, span_start, span_end, speaker_actor, speaker_name, speaker_text,
                   speaker_start, speaker_end, cue_text, cue_start, cue_end)
            """, quotes)
        guard !events.isEmpty else { return true }
        let returned = try insertRows("""
            events(doc, event_id, seq, plover_type, plover_mode, cameo_code, goldstein, quad, acled_type, acled_subtype,
                   event_date, date_text, date_basis, published, actor_name, actor_country, actor_sector,
                   recipient_name, recipient_country, recipient_sector, place_ref, place_name, lat, lon, negated, modality,
                   confidence, rule)
            """, events.map { [.int(doc)] + $0 }, returning: "seq, event")
        // seq → event row id (RETURNING gives no order: the seq says which row is which; an event row's seq is its position)
        var eventIDs: [Int: Int64] = [:]
        for (seq, event) in returned { eventIDs[Int(seq)] = event }
        try insertRows("participants(event, doc, role, seq, actor, name, country, sector, code)", participants.compactMap { p in
            eventIDs[p.event].map { [.int($0), .int(doc)] + p.values }
        })
        try insertRows("evidence(event, doc, seq, text, span_start, span_end, trigger_text, trigger_start, trigger_end)", evidence.compactMap { e in
            eventIDs[e.event].map { [.int($0), .int(doc)] + e.values }
        })
        // clusters last, in salience order, as the SQLite store does (each event may match the ones before it)
        for (k, e) in events.enumerated() {
            if let event = eventIDs[k], let probe = ClusterProbe(eventRow: e) { try cluster(event: event, documentID: d.id, probe) }
        }
        return true
    }

    /// `INSERT INTO target VALUES (…), (…) … ON CONFLICT DO NOTHING`, in as
    /// few statements as PostgreSQL's limit of 65,535 parameters allows; with
    /// `returning` (two integer columns), the rows that were inserted.
    @discardableResult
    private func insertRows(_ target: String, _ rows: [[StoreValue]], returning: String? = nil) throws -> [(Int64, Int64)] {
        guard let width = rows.first?.count, width > 0 else { return [] }
        var out: [(Int64, Int64)] = []
        let perStatement = 60_000 / width
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
            var sql = "INSERT INTO \(target) VALUES " + Array(repeating: tuple, count: chunk.count).joined(separator: ", ")
            sql += " ON CONFLICT DO NOTHING"
            if let returning { sql += " RETURNING \(returning)" }
            let r = try db.query(sql, Array(chunk.joined()))
            if returning != nil { for i in 0..<r.rowCount { out.append((r.int(i, 0) ?? 0, r.int(i, 1) ?? 0)) } }
            start += chunk.count
        }
        return out
    }

    private func v(_ s: String?) -> StoreValue { s.map { .text($0) } ?? .null }
    private func v(_ d: Double?) -> StoreValue { d.map { .double($0) } ?? .null }
    private func v(_ i: Int?) -> StoreValue { i.map { .int(Int64($0)) } ?? .null }

    /// Removes one document and everything derived from it; clusters left empty go too.
    private func deleteDocument(_ doc: Int64) throws {
        let affected = try db.query("""
            SELECT DISTINCT l.cluster FROM cluster_links l JOIN events e ON e.event = l.event WHERE e.doc = ?
            """, [.int(doc)])
        for sql in ["DELETE FROM cluster_links WHERE event IN (SELECT event FROM events WHERE doc = ?)",
                    "DELETE FROM evidence WHERE doc = ?", "DELETE FROM participants WHERE doc = ?", "DELETE FROM events WHERE doc = ?",
                    "DELETE FROM quotes WHERE doc = ?", "DELETE FROM actors WHERE doc = ?", "DELETE FROM places WHERE doc = ?",
                    "DELETE FROM documents WHERE doc = ?"] {
            try db.query(sql, [.int(doc)])
        }
        for i in 0..<affected.rowCount {
            let c = affected.int(i, 0) ?? 0
            try db.query("DELETE FROM clusters WHERE cluster = ? AND NOT EXISTS (SELECT 1 FROM cluster_links WHERE cluster = ?)",
                         [.int(c), .int(c)])
        }
    }

    // MARK: clusters

    /// The same rule as the SQLite store: the closest earlier matching event's
    /// cluster (same PLOVER type, actor and recipient country and sector,
    /// dates at most a day apart, places within `clusterRadiusKm` when both
    /// have coordinates), or a new cluster; the link says why.
    private func cluster(event: Int64, documentID: String, _ e: ClusterProbe) throws {
        let type = e.type, date = e.date, sc = e.sourceCountry, tc = e.targetCountry
        var chosen: (event: Int64, cluster: Int64, doc: String, id: String, gap: Int, km: Double?)? = nil
        if let day = CivilDate(iso: date)?.dayNumber {
            let r = try db.query("""
                SELECT e.event, e.event_date, e.lat, e.lon, l.cluster, d.id, e.event_id
                FROM events e JOIN cluster_links l ON l.event = e.event JOIN documents d ON d.doc = e.doc
                WHERE e.plover_type = ? AND e.actor_country = ? AND e.recipient_country = ?
                  AND e.event_date BETWEEN ? AND ?
                  AND e.actor_sector IS NOT DISTINCT FROM ? AND e.recipient_sector IS NOT DISTINCT FROM ? AND e.event <> ?
                """, [.text(type), .text(sc), .text(tc), .text(CivilDate(dayNumber: day - 1).description), .text(CivilDate(dayNumber: day + 1).description),
                      v(e.sourceSector), v(e.targetSector), .int(event)])
            var candidates: [(gap: Int, event: Int64, row: Int)] = []
            for i in 0..<r.rowCount {
                guard let other = r.text(i, 1).flatMap({ CivilDate(iso: $0)?.dayNumber }) else { continue }
                candidates.append((abs(other - day), r.int(i, 0) ?? 0, i))
            }
            candidates.sort { ($0.gap, $0.event) < ($1.gap, $1.event) }
            for c in candidates {
                var km: Double? = nil
                if let lat = e.lat, let lon = e.lon, let lat2 = r.value(c.row, 2).double, let lon2 = r.value(c.row, 3).double {
                    km = Store.distanceKm(lat, lon, lat2, lon2)
                    if km! > clusterRadiusKm { continue }
                }
                chosen = (c.event, r.int(c.row, 4) ?? 0, r.text(c.row, 5) ?? "", r.text(c.row, 6) ?? "", c.gap, km)
                break
            }
        }
        let link = """
            INSERT INTO cluster_links(event, cluster, matched_event, matched_document, matched_event_id, day_gap, distance_km, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        let dyad = Store.dyad(type, sc, e.sourceSector, tc, e.targetSector)
        if let c = chosen {
            let reason = Store.matchReason(dyad: dyad, gap: c.gap, km: c.km, document: c.doc, event: c.id)
            try db.query(link, [.int(event), .int(c.cluster), .int(c.event), .text(c.doc), .text(c.id), .int(Int64(c.gap)), v(c.km), .text(reason)])
        } else {
            let cluster = ids(try db.query("""
                INSERT INTO clusters(plover_type, actor_country, actor_sector, recipient_country, recipient_sector) VALUES (?, ?, ?, ?, ?)
                RETURNING cluster
                """, [.text(type), .text(sc), v(e.sourceSector), .text(tc), v(e.targetSector)]))
            try db.query(link, [.int(event), .int(cluster), .null, .null, .null, .null, .null,
                                .text("first report of \(dyad) on \(date) (\(documentID) \(e.eventID))")])
        }
    }

    // MARK: reading

    public func counts() throws -> StoreCounts {
        try call {
            let r = try db.query("""
                SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM actors), (SELECT count(*) FROM places),
                       (SELECT count(*) FROM quotes), (SELECT count(*) FROM events), (SELECT count(*) FROM participants),
                       (SELECT count(*) FROM evidence), (SELECT count(*) FROM clusters), (SELECT count(*) FROM cluster_links)
                """)
            func n(_ i: Int) -> Int { Int(r.int(0, i) ?? 0) }
            var c = StoreCounts.zero
            (c.documents, c.actors, c.places, c.quotes, c.events) = (n(0), n(1), n(2), n(3), n(4))
            (c.participants, c.evidence, c.clusters, c.clusterLinks) = (n(5), n(6), n(7), n(8))
            return c
        }
    }

    public func summaryCounts() throws -> (documents: Int, events: Int, clusters: Int) {
        let c = try counts()
        return (c.documents, c.events, c.clusters)
    }

    /// Runs a read-only statement with `?` placeholders (used by queries and tests).
    public func select(_ sql: String, _ parameters: [StoreValue] = []) throws -> ResultSet {
        try call {
            let r = try db.query(sql, parameters)
            return ResultSet(columns: r.columns, rows: r.rows)
        }
    }

    /// Runs SQL that changes the database (tests use it to start from an empty store).
    public func execute(_ sql: String) throws { try call { try db.execute(sql) } }
}

extension PostgresStore {
    /// A connection URL with its password hidden, for messages.
    public static func redacted(_ url: String) -> String { PGConnection.redacted(url) }
}
