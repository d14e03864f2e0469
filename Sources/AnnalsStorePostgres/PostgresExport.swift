import AnnalsStore
import Foundation

/// Exports from PostgreSQL: the same lines as the SQLite store's exports
/// (`Export.swift`), read through a cursor a thousand events at a time.
extension PostgresStore {
    public func export(_ format: ExportFormat, write: (String) -> Void) throws -> Int {
        try call {
            switch format {
            case .csv:
                let (sql, parameters) = QuerySQL.events(QueryFilter(), .postgres)
                var first = true, n = 0
                try cursor(sql, parameters) { columns, row in
                    if first { write(Output.csvLine(columns)); first = false }
                    write(Output.csvLine(row.map(\.description)))
                    n += 1
                }
                if first { write(Output.csvLine(try select(sql + " LIMIT 0", parameters).columns)) }
                return n
            case .plover: return try exportPlover(write)
            case .acled: return try exportAcled(write)
            }
        }
    }

    /// Runs `sql` in a read-only transaction and hands each row to `body`,
    /// fetching 1000 rows at a time (other statements may run in between).
    private func cursor(_ sql: String, _ parameters: [StoreValue], _ body: ([String], [StoreValue]) throws -> Void) throws {
        try db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            try db.query("DECLARE annals_export NO SCROLL CURSOR FOR " + sql, parameters)
            while true {
                let r = try db.query("FETCH 1000 FROM annals_export")
                if r.rowCount == 0 { break }
                let columns = r.columns
                for i in 0..<r.rowCount { try body(columns, r.row(i)) }
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    private struct Party { var name: String?; var country: String?; var sector: String?; var office: String?; var code: String? }

    private func parties(_ event: Int64) throws -> (actor: [Party], recipient: [Party]) {
        let r = try db.query("""
            SELECT p.role, p.name, p.country, p.sector, a.title, p.code
            FROM participants p LEFT JOIN actors a ON a.doc = p.doc AND a.actor = p.actor
            WHERE p.event = ? ORDER BY p.role, p.seq
            """, [.int(event)])
        var actor: [Party] = [], recipient: [Party] = []
        for i in 0..<r.rowCount {
            let party = Party(name: r.text(i, 1), country: r.text(i, 2), sector: r.text(i, 3), office: r.text(i, 4), code: r.text(i, 5))
            if r.text(i, 0) == "actor" { actor.append(party) } else { recipient.append(party) }
        }
        return (actor, recipient)
    }

    private func evidence(_ event: Int64) throws -> [(text: String, start: Int, end: Int)] {
        let r = try db.query("SELECT text, span_start, span_end FROM evidence WHERE event = ? ORDER BY seq", [.int(event)])
        return (0..<r.rowCount).map { (r.text($0, 0) ?? "", Int(r.int($0, 1) ?? 0), Int(r.int($0, 2) ?? 0)) }
    }

    private func exportPlover(_ write: (String) -> Void) throws -> Int {
        var n = 0
        try cursor("""
            SELECT e.event, d.id, e.event_id, e.event_date, e.published, e.plover_type, e.plover_mode, e.quad, e.goldstein,
                   e.place_name, e.lat, e.lon, p.country, l.cluster, d.title, d.source, substr(d.ingested_at, 1, 10),
                   e.rule, e.cameo_code, e.acled_type, e.acled_subtype, e.modality, e.date_basis, e.confidence,
                   p.name, p.geonameid, p.feature
            FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN cluster_links l ON l.event = e.event
                 LEFT JOIN places p ON p.doc = e.doc AND p.place = e.place_ref
            WHERE e.plover_type IS NOT NULL AND e.negated = 0
            ORDER BY d.id, e.seq
            """, []) { _, s in
            func t(_ i: Int) -> String? { s[i].string }
            let event = Int64(s[0].int ?? 0)
            let (actor, recipient) = try parties(event)
            let ev = try evidence(event)
            func entity(_ p: Party) -> String {
                var pairs: [(String, String)] = [("code", JSON.string(p.country)), ("sector", JSON.string(p.sector)),
                                                 ("entity_text", JSON.string(p.name))]
                if let o = p.office { pairs.append(("office", JSON.quote(o))) }
                if let c = p.code { pairs.append(("cameo_code", JSON.quote(c))) }
                return JSON.object(pairs)
            }
            let date = t(3).flatMap { $0.utf8.count == 10 && !$0.hasPrefix("X") ? $0 : nil } ?? t(4)
            var loc = "null"
            if let place = t(9) {
                var pairs: [(String, String)] = [("extracted_place", JSON.quote(place))]
                if let resolved = t(24) { pairs.append(("resolved_place", JSON.quote(resolved))) }
                if let g = s[25].int { pairs.append(("geonameid", String(g))) }
                pairs += [("lat", JSON.value(s[10])), ("lon", JSON.value(s[11])), ("country_code", JSON.string(t(12)))]
                if let feature = t(26) { pairs.append(("feature", JSON.quote(feature))) }
                loc = JSON.object(pairs)
            }
            var citation: [(String, String)] = [("citation", JSON.string(t(1)))]
            if let title = t(14) { citation.append(("title", JSON.quote(title))) }
            if let src = t(15) { citation.append(("publication", JSON.quote(src))) }
            citation.append(("coder", JSON.quote("annals")))
            let acled = t(19).map { JSON.object([("type", JSON.quote($0)), ("subtype", JSON.string(t(20)))]) } ?? "null"
            let pairs: [(String, String)] = [
                ("id", JSON.quote("\(t(1) ?? ""):\(t(2) ?? "")")),
                ("date", JSON.string(date)),
                ("actor", JSON.array(actor.map(entity))),
                ("recipient", JSON.array(recipient.map(entity))),
                ("event", JSON.array([JSON.string(t(5))])),
                ("mode", JSON.array(t(6).map { [JSON.quote($0)] } ?? [])),
                ("context", "[]"),
                ("event_loc", loc),
                ("event_text", JSON.array(ev.map { JSON.quote($0.text) })),
                ("quad_code", JSON.value(s[7])),
                ("event_scale", JSON.value(s[8])),
                ("link", s[13].int.map { JSON.quote("cluster-\($0)") } ?? "null"),
                ("text_info", ev.first.map { JSON.object([("start", String($0.start)), ("end", String($0.end))]) } ?? "null"),
                ("cite_info", JSON.object(citation)),
                ("coder", JSON.quote("annals")),
                ("coded_date", JSON.string(t(16))),
                ("comment", JSON.string(t(17).map { "rule \($0)" })),
                ("cameo", JSON.string(t(18))),
                ("acled", acled),
                ("modality", JSON.string(t(21))),
                ("date_basis", JSON.string(t(22))),
                ("confidence", JSON.value(s[23])),
            ]
            write(JSON.object(pairs) + "\n")
            n += 1
        }
        return n
    }

    private func exportAcled(_ write: (String) -> Void) throws -> Int {
        write(Output.csvLine(Store.acledColumns))
        var n = 0
        try cursor("""
            SELECT e.event, d.id, e.event_id, e.event_date, e.published, e.date_basis, e.acled_type, e.acled_subtype,
                   e.place_name, e.lat, e.lon, p.country, coalesce(d.source, d.id)
            FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN places p ON p.doc = e.doc AND p.place = e.place_ref
            WHERE e.acled_type IS NOT NULL AND e.negated = 0 AND e.modality IS NULL
            ORDER BY d.id, e.seq
            """, []) { _, s in
            func t(_ i: Int) -> String? { s[i].string }
            let event = Int64(s[0].int ?? 0)
            let (actor, recipient) = try parties(event)
            func label(_ p: Party) -> String {
                let group = [p.country, p.sector].compactMap { $0 }.joined(separator: " ")
                guard let name = p.name else { return group }
                return group.isEmpty || name == group ? name : "\(name) (\(group))"
            }
            let explicitDay = t(3).map { $0.utf8.count == 10 && !$0.hasPrefix("X") } ?? false
            let date = explicitDay ? t(3) : t(4)
            let precision = explicitDay && t(5) == "explicit" ? "1" : "2"
            let notes = try evidence(event).first?.text ?? ""
            let row: [String] = [
                "\(t(1) ?? ""):\(t(2) ?? "")", date ?? "", date.map { String($0.prefix(4)) } ?? "", precision,
                t(6) ?? "", t(7) ?? "",
                actor.first.map(label) ?? "", actor.dropFirst().map(label).joined(separator: "; "),
                recipient.first.map(label) ?? "", recipient.dropFirst().map(label).joined(separator: "; "),
                t(11) ?? "", t(8) ?? "",
                s[9].description, s[10].description,
                t(12) ?? "", notes, "",
            ]
            write(Output.csvLine(row))
            n += 1
        }
        return n
    }
}
