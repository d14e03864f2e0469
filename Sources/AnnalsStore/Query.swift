/// Filters shared by `annals events`, `quotes`, `actors` and `timeline`.
/// Every filter given must hold (AND). Names and codes compare without case.
public struct QueryFilter: Sendable, Equatable {
    public enum DateField: String, Sendable, CaseIterable { case event, published }

    /// A source actor's name (events, timeline); the speaker's (quotes); the actor's (actors).
    public var actor: String?
    /// A source actor's / speaker's / actor's PLOVER country code.
    public var country: String?
    /// A source actor's / speaker's / actor's PLOVER sector code.
    public var sector: String?
    /// A recipient's name or country code.
    public var recipient: String?
    /// A recipient's sector code.
    public var recipientSector: String?
    public var ploverType: String?
    public var ploverMode: String?
    /// A CAMEO code prefix: "19" matches 190, 193, 1951 …
    public var cameo: String?
    public var acledType: String?
    /// Inclusive bounds, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: `from: "2022-12"` starts on
    /// December 1st, `to: "2022-12"` ends on December 31st.
    public var from: String?
    public var to: String?
    public var dateField: DateField = .event
    /// Events whose place lies within `radiusKm` of this point.
    public var near: (lat: Double, lon: Double)?
    public var radiusKm: Double = 50
    /// An FTS5 query over evidence sentences (events, timeline) or quote text (quotes).
    public var search: String?
    /// At most this many rows; nil for all.
    public var limit: Int?
    /// Rows to skip before the first one returned (with the query's order, for pages).
    public var offset: Int = 0

    public init() {}

    public static func == (a: QueryFilter, b: QueryFilter) -> Bool {
        a.actor == b.actor && a.country == b.country && a.sector == b.sector && a.recipient == b.recipient
            && a.recipientSector == b.recipientSector && a.ploverType == b.ploverType && a.ploverMode == b.ploverMode
            && a.cameo == b.cameo && a.acledType == b.acledType && a.from == b.from && a.to == b.to
            && a.dateField == b.dateField && a.near?.lat == b.near?.lat && a.near?.lon == b.near?.lon
            && a.radiusKm == b.radiusKm && a.search == b.search && a.limit == b.limit && a.offset == b.offset
    }
}

/// A query's result: column names and rows.
public struct ResultSet: Sendable {
    public var columns: [String]
    public var rows: [[StoreValue]]
    public init(columns: [String], rows: [[StoreValue]]) { self.columns = columns; self.rows = rows }
    /// The same rows with only these columns, in this order (unknown names are left out).
    public func selecting(_ names: [String]) -> ResultSet {
        let idx = names.compactMap { columns.firstIndex(of: $0) }
        return ResultSet(columns: idx.map { columns[$0] }, rows: rows.map { r in idx.map { r[$0] } })
    }

    public func column(_ name: String) -> [StoreValue] {
        guard let i = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[i] }
    }
}

extension Store {
    /// The WHERE conditions (over `events e`) and their parameters for a filter.
    func eventConditions(_ f: QueryFilter) -> ([String], [StoreValue]) {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor {
            w.append("e.event IN (SELECT event FROM participants WHERE name = ? COLLATE NOCASE AND role = 'actor')"); p.append(.text(a))
        }
        if f.country != nil || f.sector != nil {
            var sub = "SELECT event FROM participants WHERE role = 'actor'"
            if let c = f.country { sub += " AND country = ?"; p.append(.text(c.uppercased())) }
            if let s = f.sector { sub += " AND sector = ?"; p.append(.text(s.uppercased())) }
            w.append("e.event IN (\(sub))")
        }
        if f.recipient != nil || f.recipientSector != nil {
            var sub = "SELECT event FROM participants WHERE role = 'recipient'"
            if let r = f.recipient {
                sub += " AND (name = ? COLLATE NOCASE OR country = ?)"; p.append(.text(r)); p.append(.text(r.uppercased()))
            }
            if let s = f.recipientSector { sub += " AND sector = ?"; p.append(.text(s.uppercased())) }
            w.append("e.event IN (\(sub))")
        }
        if let t = f.ploverType { w.append("e.plover_type = ?"); p.append(.text(t.uppercased())) }
        if let m = f.ploverMode { w.append("e.plover_mode = ? COLLATE NOCASE"); p.append(.text(m)) }
        if let c = f.cameo { w.append("substr(e.cameo_code, 1, ?) = ?"); p.append(.int(Int64(c.count))); p.append(.text(c)) }
        if let a = f.acledType { w.append("e.acled_type = ? COLLATE NOCASE"); p.append(.text(a)) }
        let dateColumn = f.dateField == .event ? "e.event_date" : "e.published"
        if let from = f.from { w.append("\(dateColumn) >= ?"); p.append(.text(from)) }
        // '~' sorts after every character of a date or TIMEX value, so "--to 2022-12" takes in all of December
        if let to = f.to { w.append("\(dateColumn) <= ?"); p.append(.text(to + "~")) }
        if let near = f.near {
            // a bounding box the indexes can use, then the exact distance
            let dLat = f.radiusKm / 111.0
            w.append("e.lat BETWEEN ? AND ?"); p.append(.double(near.lat - dLat)); p.append(.double(near.lat + dLat))
            w.append("annals_km(e.lat, e.lon, ?, ?) <= ?"); p.append(.double(near.lat)); p.append(.double(near.lon)); p.append(.double(f.radiusKm))
        }
        if let s = f.search {
            w.append("e.event IN (SELECT v.event FROM evidence_fts JOIN evidence v ON v.evidence = evidence_fts.rowid WHERE evidence_fts MATCH ?)")
            p.append(.text(s))
        }
        return (w, p)
    }

    /// `LIMIT n OFFSET m` (SQLite needs a LIMIT before an OFFSET: -1 for none).
    func limitClause(_ f: QueryFilter) -> String {
        let offset = f.offset > 0 ? " OFFSET \(f.offset)" : ""
        if let limit = f.limit { return " LIMIT \(limit)" + offset }
        return offset.isEmpty ? "" : " LIMIT -1" + offset
    }

    static let eventColumns = """
        d.id AS document, e.event_id AS event, e.event_date, e.date_basis, e.published, e.plover_type, e.plover_mode,
        e.cameo_code, e.goldstein, e.quad, e.acled_type, e.acled_subtype,
        e.actor_name, e.actor_country, e.actor_sector, e.recipient_name, e.recipient_country, e.recipient_sector,
        e.place_name, e.lat, e.lon, e.negated, e.modality, e.confidence, l.cluster,
        (SELECT text FROM evidence WHERE event = e.event AND seq = 0) AS evidence, e.rule
        """

    /// The SQL and parameters of the events query for a filter. A deep page
    /// (offset of 500 or more) first sorts the bare keys and joins the
    /// columns for the page only: the evidence and cluster of every row
    /// skipped would otherwise be read too (offset 5000 of the Reuters store:
    /// 32 → 17 ms; shallow pages are faster without it, 1.2 against 1.7 ms).
    func eventsSQL(_ f: QueryFilter) -> (String, [StoreValue]) {
        let (w, p) = eventConditions(f)
        let whereSQL = w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND ")
        if f.offset >= 500 {
            return ("""
                SELECT \(Store.eventColumns)
                FROM (SELECT e.event AS k FROM events e JOIN documents d ON d.doc = e.doc \(whereSQL)
                      ORDER BY e.event_date, d.id, e.seq\(limitClause(f))) page
                     JOIN events e ON e.event = page.k JOIN documents d ON d.doc = e.doc LEFT JOIN cluster_links l ON l.event = e.event
                ORDER BY e.event_date, d.id, e.seq
                """, p)
        }
        let sql = """
            SELECT \(Store.eventColumns)
            FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN cluster_links l ON l.event = e.event
            \(whereSQL)
            ORDER BY e.event_date, d.id, e.seq\(limitClause(f))
            """
        return (sql, p)
    }

    /// Events matching the filter, by event date, document and salience; returns the column names.
    @discardableResult
    public func events(_ f: QueryFilter, row: ([StoreValue]) throws -> Void) throws -> [String] {
        let (sql, p) = eventsSQL(f)
        try select(sql, p, row: row)
        return try columns(sql)
    }

    public func events(_ f: QueryFilter) throws -> ResultSet {
        let (sql, p) = eventsSQL(f)
        return try resultSet(sql, p)
    }

    /// One row per real-world event: a cluster of reports, or an event that is in no cluster, in date order.
    public func timeline(_ f: QueryFilter) throws -> ResultSet {
        let (w, p) = eventConditions(f)
        let sql = """
            WITH sel AS (
                SELECT e.*, l.cluster FROM events e LEFT JOIN cluster_links l ON l.event = e.event
                \(w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND "))
            )
            SELECT g.*, (SELECT text FROM evidence WHERE event = g.first_event AND seq = 0) AS evidence
            FROM (
                SELECT min(event_date) AS date, max(event_date) AS last_date, plover_type, plover_mode, cameo_code,
                       actor_name, actor_country, actor_sector, recipient_name, recipient_country, recipient_sector,
                       place_name, count(*) AS events, count(DISTINCT doc) AS articles, cluster, min(event) AS first_event
                FROM sel
                GROUP BY coalesce(cluster, -event)
            ) g
            ORDER BY g.date, g.first_event\(limitClause(f))
            """
        return try resultSet(sql, p)
    }

    /// Quotes with their speakers; filters on the speaker (actor, country,
    /// sector), the publication date, and `search`: words that occur in the
    /// quote's text, as written (case-insensitive for ASCII letters).
    public func quotes(_ f: QueryFilter) throws -> ResultSet {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor { w.append("q.speaker_name = ? COLLATE NOCASE"); p.append(.text(a)) }
        if let c = f.country { w.append("a.country = ?"); p.append(.text(c.uppercased())) }
        if let s = f.sector { w.append("a.sector = ?"); p.append(.text(s.uppercased())) }
        if let from = f.from { w.append("d.published >= ?"); p.append(.text(from)) }
        if let to = f.to { w.append("d.published <= ?"); p.append(.text(to + "~")) }
        if let s = f.search {
            // quotes have no full-text index (it would cost ingest more than it saves here): a substring match
            w.append("q.text LIKE ? ESCAPE '\\'"); p.append(.text("%" + likeEscaped(s) + "%"))
        }
        let sql = """
            SELECT d.id AS document, d.published, q.speaker_name AS speaker, a.country, a.sector, a.title,
                   q.kind, q.text, q.cue_text AS cue, q.span_start AS start, q.span_end AS end
            FROM quotes q JOIN documents d ON d.doc = q.doc
                 LEFT JOIN actors a ON a.doc = q.doc AND a.actor = q.speaker_actor
            \(w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND "))
            ORDER BY d.published, d.id, q.seq\(limitClause(f))
            """
        return try resultSet(sql, p)
    }

    func likeEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// Actors across the corpus, one row per name, country and sector: the
    /// articles that name them, their mentions, and the events they take
    /// part in as actor and as recipient. `search` matches part of the name.
    public func actors(_ f: QueryFilter) throws -> ResultSet {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor { w.append("a.name = ? COLLATE NOCASE"); p.append(.text(a)) }
        if let c = f.country { w.append("a.country = ?"); p.append(.text(c.uppercased())) }
        if let s = f.sector { w.append("a.sector = ?"); p.append(.text(s.uppercased())) }
        if let from = f.from { w.append("d.published >= ?"); p.append(.text(from)) }
        if let to = f.to { w.append("d.published <= ?"); p.append(.text(to + "~")) }
        if let s = f.search { w.append("a.name LIKE ? ESCAPE '\\'"); p.append(.text("%" + likeEscaped(s) + "%")) }
        let sql = """
            WITH sel AS (
                SELECT a.doc, a.actor, a.name, a.country, a.sector, a.kind, a.mentions
                FROM actors a JOIN documents d ON d.doc = a.doc
                \(w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND "))
            ), roles AS (
                SELECT doc, actor, sum(role = 'actor') AS as_actor, sum(role = 'recipient') AS as_recipient
                FROM participants WHERE actor IS NOT NULL AND doc IN (SELECT doc FROM sel) GROUP BY doc, actor
            )
            SELECT sel.name, sel.country, sel.sector, max(sel.kind) AS kind, count(DISTINCT sel.doc) AS articles,
                   sum(sel.mentions) AS mentions, coalesce(sum(r.as_actor), 0) AS as_actor, coalesce(sum(r.as_recipient), 0) AS as_recipient
            FROM sel LEFT JOIN roles r ON r.doc = sel.doc AND r.actor = sel.actor
            GROUP BY sel.name, sel.country, sel.sector
            ORDER BY articles DESC, mentions DESC, sel.name\(limitClause(f))
            """
        return try resultSet(sql, p)
    }
}
