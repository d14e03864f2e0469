/// Whole-corpus exports.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// PLOVER JSON Lines: one event per line with the PLOVER specification's field names.
    case plover
    /// Every event, one CSV row each (the columns of `annals events`).
    case csv
    /// Events in ACLED's scope as CSV with ACLED's column names.
    case acled
}

extension Store {
    /// Writes every stored event in `format`, a line at a time, in document
    /// and salience order. Returns the number of events written.
    @discardableResult
    public func export(_ format: ExportFormat, write: (String) -> Void) throws -> Int {
        switch format {
        case .csv:
            let (sql, parameters) = QuerySQL.events(QueryFilter(), .sqlite)
            write(Output.csvLine(try columns(sql)))
            var n = 0
            try select(sql, parameters) { row in
                write(Output.csvLine(row.map(\.description)))
                n += 1
            }
            return n
        case .plover: return try exportPlover(write)
        case .acled: return try exportAcled(write)
        }
    }

    private struct Party { var name: String?; var country: String?; var sector: String?; var office: String?; var code: String? }

    private func parties(_ event: Int64) throws -> (actor: [Party], recipient: [Party]) {
        let s = try db.statement("""
            SELECT p.role, p.name, p.country, p.sector, a.title, p.code
            FROM participants p LEFT JOIN actors a ON a.doc = p.doc AND a.actor = p.actor
            WHERE p.event = ? ORDER BY p.role, p.seq
            """)
        try s.bind([.int(event)])
        var actor: [Party] = [], recipient: [Party] = []
        while try s.step() {
            let party = Party(name: s.text(1), country: s.text(2), sector: s.text(3), office: s.text(4), code: s.text(5))
            if s.text(0) == "actor" { actor.append(party) } else { recipient.append(party) }
        }
        s.reset()
        return (actor, recipient)
    }

    private func evidence(_ event: Int64) throws -> [(text: String, start: Int, end: Int)] {
        let s = try db.statement("SELECT text, span_start, span_end FROM evidence WHERE event = ? ORDER BY seq")
        try s.bind([.int(event)])
        var out: [(String, Int, Int)] = []
        while try s.step() { out.append((s.text(0) ?? "", s.int(1), s.int(2))) }
        s.reset()
        return out
    }

    private func exportPlover(_ write: (String) -> Void) throws -> Int {
        // negated events did not happen, and events without a PLOVER type have no "event" to give
        let s = try db.prepare("""
            SELECT e.event, d.id, e.event_id, e.event_date, e.published, e.plover_type, e.plover_mode, e.quad, e.goldstein,
                   e.place_name, e.lat, e.lon, p.country, l.cluster, d.title, d.source, substr(d.ingested_at, 1, 10),
                   e.rule, e.cameo_code, e.acled_type, e.acled_subtype, e.modality, e.date_basis, e.confidence,
                   p.name, p.geonameid, p.feature
            FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN cluster_links l ON l.event = e.event
                 LEFT JOIN places p ON p.doc = e.doc AND p.place = e.place_ref
            WHERE e.plover_type IS NOT NULL AND e.negated = 0
            ORDER BY d.id, e.seq
            """)
        defer { s.finalize() }
        var n = 0
        while try s.step() {
            let event = s.int64(0)
            let (actor, recipient) = try parties(event)
            let ev = try evidence(event)
            func entity(_ p: Party) -> String {
                var pairs: [(String, String)] = [("code", JSON.string(p.country)), ("sector", JSON.string(p.sector)),
                                                 ("entity_text", JSON.string(p.name))]
                if let o = p.office { pairs.append(("office", JSON.quote(o))) }
                if let c = p.code { pairs.append(("cameo_code", JSON.quote(c))) }
                return JSON.object(pairs)
            }
            let date = s.text(3).flatMap { $0.utf8.count == 10 && !$0.hasPrefix("X") ? $0 : nil } ?? s.text(4)
            var loc = "null"
            if let place = s.text(9) {
                var pairs: [(String, String)] = [("extracted_place", JSON.quote(place))]
                if let resolved = s.text(24) { pairs.append(("resolved_place", JSON.quote(resolved))) }
                if !s.isNull(25) { pairs.append(("geonameid", String(s.int(25)))) }
                pairs += [("lat", JSON.value(StoreValue(s.value(10)))), ("lon", JSON.value(StoreValue(s.value(11)))),
                          ("country_code", JSON.string(s.text(12)))]
                if let feature = s.text(26) { pairs.append(("feature", JSON.quote(feature))) }
                loc = JSON.object(pairs)
            }
            var citation: [(String, String)] = [("citation", JSON.string(s.text(1)))]
            if let t = s.text(14) { citation.append(("title", JSON.quote(t))) }
            if let src = s.text(15) { citation.append(("publication", JSON.quote(src))) }
            citation.append(("coder", JSON.quote("annals")))
            let acled = s.text(19).map { JSON.object([("type", JSON.quote($0)), ("subtype", JSON.string(s.text(20)))]) } ?? "null"
            let pairs: [(String, String)] = [
                ("id", JSON.quote("\(s.text(1) ?? ""):\(s.text(2) ?? "")")),
                ("date", JSON.string(date)),
                ("actor", JSON.array(actor.map(entity))),
                ("recipient", JSON.array(recipient.map(entity))),
                ("event", JSON.array([JSON.string(s.text(5))])),
                ("mode", JSON.array(s.text(6).map { [JSON.quote($0)] } ?? [])),
                ("context", "[]"),
                ("event_loc", loc),
                ("event_text", JSON.array(ev.map { JSON.quote($0.text) })),
                ("quad_code", JSON.value(StoreValue(s.value(7)))),
                ("event_scale", JSON.value(StoreValue(s.value(8)))),
                ("link", s.isNull(13) ? "null" : JSON.quote("cluster-\(s.int(13))")),
                ("text_info", ev.first.map { JSON.object([("start", String($0.start)), ("end", String($0.end))]) } ?? "null"),
                ("cite_info", JSON.object(citation)),
                ("coder", JSON.quote("annals")),
                ("coded_date", JSON.string(s.text(16))),
                ("comment", JSON.string(s.text(17).map { "rule \($0)" })),
                // fields beyond PLOVER's, named as in the analysis record
                ("cameo", JSON.string(s.text(18))),
                ("acled", acled),
                ("modality", JSON.string(s.text(21))),
                ("date_basis", JSON.string(s.text(22))),
                ("confidence", JSON.value(StoreValue(s.value(23)))),
            ]
            write(JSON.object(pairs) + "\n")
            n += 1
        }
        return n
    }

    public static let acledColumns = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                               "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "location",
                               "latitude", "longitude", "source", "notes", "fatalities"]

    private func exportAcled(_ write: (String) -> Void) throws -> Int {
        write(Output.csvLine(Store.acledColumns))
        let s = try db.prepare("""
            SELECT e.event, d.id, e.event_id, e.event_date, e.published, e.date_basis, e.acled_type, e.acled_subtype,
                   e.place_name, e.lat, e.lon, p.country, coalesce(d.source, d.id)
            FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN places p ON p.doc = e.doc AND p.place = e.place_ref
            WHERE e.acled_type IS NOT NULL AND e.negated = 0 AND e.modality IS NULL
            ORDER BY d.id, e.seq
            """)
        defer { s.finalize() }
        var n = 0
        while try s.step() {
            let event = s.int64(0)
            let (actor, recipient) = try parties(event)
            func label(_ p: Party) -> String {
                let group = [p.country, p.sector].compactMap { $0 }.joined(separator: " ")
                guard let name = p.name else { return group }
                return group.isEmpty || name == group ? name : "\(name) (\(group))"
            }
            let explicitDay = s.text(3).map { $0.utf8.count == 10 && !$0.hasPrefix("X") } ?? false
            let date = explicitDay ? s.text(3) : s.text(4)
            let precision = explicitDay && s.text(5) == "explicit" ? "1" : "2"
            let notes = try evidence(event).first?.text ?? ""
            let row: [String] = [
                "\(s.text(1) ?? ""):\(s.text(2) ?? "")", date ?? "", date.map { String($0.prefix(4)) } ?? "", precision,
                s.text(6) ?? "", s.text(7) ?? "",
                actor.first.map(label) ?? "", actor.dropFirst().map(label).joined(separator: "; "),
                recipient.first.map(label) ?? "", recipient.dropFirst().map(label).joined(separator: "; "),
                s.text(11) ?? "", s.text(8) ?? "",
                StoreValue(s.value(9)).description, StoreValue(s.value(10)).description,
                s.text(12) ?? "", notes, "",
            ]
            write(Output.csvLine(row))
            n += 1
        }
        return n
    }
}
