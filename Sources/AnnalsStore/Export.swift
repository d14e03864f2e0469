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

    private func parties(_ event: Int64) throws -> (actor: [ExportLines.Party], recipient: [ExportLines.Party]) {
        ExportLines.parties(try eventRows(ExportLines.partiesSQL, event))
    }

    private func evidence(_ event: Int64) throws -> [[StoreValue]] { try eventRows(ExportLines.evidenceSQL, event) }

    /// The rows of a per-event query, on a statement prepared once for the whole export.
    private func eventRows(_ sql: StaticString, _ event: Int64) throws -> [[StoreValue]] {
        let s = try db.statement(sql)
        defer { s.reset() }
        try s.bind([.int(event)])
        let n = s.columnCount
        var rows: [[StoreValue]] = []
        while try s.step() { rows.append((0..<n).map { StoreValue(s.value($0)) }) }
        return rows
    }

    private func exportPlover(_ write: (String) -> Void) throws -> Int {
        var n = 0
        try select(ExportLines.ploverSQL) { row in
            let event = Int64(row[0].int ?? 0)
            write(ExportLines.plover(row, parties: try parties(event), evidence: try evidence(event)))
            n += 1
        }
        return n
    }

    public static let acledColumns = ExportLines.acledColumns

    private func exportAcled(_ write: (String) -> Void) throws -> Int {
        write(Output.csvLine(ExportLines.acledColumns))
        var n = 0
        try select(ExportLines.acledSQL) { row in
            let event = Int64(row[0].int ?? 0)
            write(Output.csvLine(ExportLines.acled(row, parties: try parties(event), evidence: try evidence(event))))
            n += 1
        }
        return n
    }
}

/// The PLOVER and ACLED exports, line by line, from the rows of their
/// queries: the same for both stores, which run the SQL and hand the rows here.
public enum ExportLines {
    /// Events PLOVER can take: negated events did not happen, and events
    /// without a PLOVER type have no "event" to give.
    public static let ploverSQL = """
        SELECT e.event, d.id, e.event_id, e.event_date, e.published, e.plover_type, e.plover_mode, e.quad, e.goldstein,
               e.place_name, e.lat, e.lon, p.country, l.cluster, d.title, d.source, substr(d.ingested_at, 1, 10),
               e.rule, e.cameo_code, e.acled_type, e.acled_subtype, e.modality, e.date_basis, e.confidence,
               p.name, p.geonameid, p.feature
        FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN cluster_links l ON l.event = e.event
             LEFT JOIN places p ON p.doc = e.doc AND p.place = e.place_ref
        WHERE e.plover_type IS NOT NULL AND e.negated = 0
        ORDER BY d.id, e.seq
        """

    /// Events in ACLED's scope that happened (not negated, no modality).
    public static let acledSQL = """
        SELECT e.event, d.id, e.event_id, e.event_date, e.published, e.date_basis, e.acled_type, e.acled_subtype,
               e.place_name, e.lat, e.lon, p.country, coalesce(d.source, d.id)
        FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN places p ON p.doc = e.doc AND p.place = e.place_ref
        WHERE e.acled_type IS NOT NULL AND e.negated = 0 AND e.modality IS NULL
        ORDER BY d.id, e.seq
        """

    /// One event's participants (parameter: the event row), actors first.
    public static let partiesSQL: StaticString = """
        SELECT p.role, p.name, p.country, p.sector, a.title, p.code
        FROM participants p LEFT JOIN actors a ON a.doc = p.doc AND a.actor = p.actor
        WHERE p.event = ? ORDER BY p.role, p.seq
        """

    /// One event's evidence (parameter: the event row): text, start, end.
    public static let evidenceSQL: StaticString = "SELECT text, span_start, span_end FROM evidence WHERE event = ? ORDER BY seq"

    public static let acledColumns = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                                      "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "location",
                                      "latitude", "longitude", "source", "notes", "fatalities"]

    public struct Party { var name, country, sector, office, code: String? }

    /// The rows of `partiesSQL`, split by role.
    public static func parties(_ rows: [[StoreValue]]) -> (actor: [Party], recipient: [Party]) {
        var actor: [Party] = [], recipient: [Party] = []
        for r in rows {
            let party = Party(name: r[1].string, country: r[2].string, sector: r[3].string, office: r[4].string, code: r[5].string)
            if r[0].string == "actor" { actor.append(party) } else { recipient.append(party) }
        }
        return (actor, recipient)
    }

    /// A full `YYYY-MM-DD` date, not an under-specified one.
    static func isDay(_ value: String?) -> Bool { value.map { $0.utf8.count == 10 && !$0.hasPrefix("X") } ?? false }

    /// One PLOVER JSON line (with its line break) from a row of `ploverSQL`.
    public static func plover(_ s: [StoreValue], parties: (actor: [Party], recipient: [Party]), evidence ev: [[StoreValue]]) -> String {
        func t(_ i: Int) -> String? { s[i].string }
        func entity(_ p: Party) -> String {
            var pairs: [(String, String)] = [("code", JSON.string(p.country)), ("sector", JSON.string(p.sector)),
                                             ("entity_text", JSON.string(p.name))]
            if let o = p.office { pairs.append(("office", JSON.quote(o))) }
            if let c = p.code { pairs.append(("cameo_code", JSON.quote(c))) }
            return JSON.object(pairs)
        }
        let date = isDay(t(3)) ? t(3) : t(4)
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
            ("actor", JSON.array(parties.actor.map(entity))),
            ("recipient", JSON.array(parties.recipient.map(entity))),
            ("event", JSON.array([JSON.string(t(5))])),
            ("mode", JSON.array(t(6).map { [JSON.quote($0)] } ?? [])),
            ("context", "[]"),
            ("event_loc", loc),
            ("event_text", JSON.array(ev.map { JSON.quote($0[0].string ?? "") })),
            ("quad_code", JSON.value(s[7])),
            ("event_scale", JSON.value(s[8])),
            ("link", s[13].int.map { JSON.quote("cluster-\($0)") } ?? "null"),
            ("text_info", ev.first.map { JSON.object([("start", $0[1].description), ("end", $0[2].description)]) } ?? "null"),
            ("cite_info", JSON.object(citation)),
            ("coder", JSON.quote("annals")),
            ("coded_date", JSON.string(t(16))),
            ("comment", JSON.string(t(17).map { "rule \($0)" })),
            // fields beyond PLOVER's, named as in the analysis record
            ("cameo", JSON.string(t(18))),
            ("acled", acled),
            ("modality", JSON.string(t(21))),
            ("date_basis", JSON.string(t(22))),
            ("confidence", JSON.value(s[23])),
        ]
        return JSON.object(pairs) + "\n"
    }

    /// One ACLED CSV row (the cells of `acledColumns`) from a row of `acledSQL`.
    public static func acled(_ s: [StoreValue], parties: (actor: [Party], recipient: [Party]), evidence: [[StoreValue]]) -> [String] {
        func t(_ i: Int) -> String? { s[i].string }
        func label(_ p: Party) -> String {
            let group = [p.country, p.sector].compactMap { $0 }.joined(separator: " ")
            guard let name = p.name else { return group }
            return group.isEmpty || name == group ? name : "\(name) (\(group))"
        }
        let explicitDay = isDay(t(3))
        let date = explicitDay ? t(3) : t(4)
        let precision = explicitDay && t(5) == "explicit" ? "1" : "2"
        let (actor, recipient) = parties
        return [
            "\(t(1) ?? ""):\(t(2) ?? "")", date ?? "", date.map { String($0.prefix(4)) } ?? "", precision,
            t(6) ?? "", t(7) ?? "",
            actor.first.map(label) ?? "", actor.dropFirst().map(label).joined(separator: "; "),
            recipient.first.map(label) ?? "", recipient.dropFirst().map(label).joined(separator: "; "),
            t(11) ?? "", t(8) ?? "",
            s[9].description, s[10].description,
            t(12) ?? "", evidence.first?[0].string ?? "", "",
        ]
    }
}
