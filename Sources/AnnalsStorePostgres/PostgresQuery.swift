import AnnalsStore

/// The query commands over PostgreSQL: the same filters, columns and order
/// as the SQLite store. Differences: names compare with `lower()` instead of
/// SQLite's NOCASE, and `search` over evidence is PostgreSQL full-text search
/// (`websearch_to_tsquery('simple', …)`: words, "phrases", OR, -word)
/// instead of FTS5 syntax.
extension PostgresStore {
    func eventConditions(_ f: QueryFilter) -> ([String], [StoreValue]) {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor {
            w.append("e.event IN (SELECT event FROM participants WHERE lower(name) = lower(?) AND role = 'actor')"); p.append(.text(a))
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
                sub += " AND (lower(name) = lower(?) OR country = ?)"; p.append(.text(r)); p.append(.text(r.uppercased()))
            }
            if let s = f.recipientSector { sub += " AND sector = ?"; p.append(.text(s.uppercased())) }
            w.append("e.event IN (\(sub))")
        }
        if let t = f.ploverType { w.append("e.plover_type = ?"); p.append(.text(t.uppercased())) }
        if let m = f.ploverMode { w.append("lower(e.plover_mode) = lower(?)"); p.append(.text(m)) }
        if let c = f.cameo { w.append("starts_with(e.cameo_code, ?)"); p.append(.text(c)) }
        if let a = f.acledType { w.append("lower(e.acled_type) = lower(?)"); p.append(.text(a)) }
        let dateColumn = f.dateField == .event ? "e.event_date" : "e.published"
        if let from = f.from { w.append("\(dateColumn) >= ?"); p.append(.text(from)) }
        if let to = f.to { w.append("\(dateColumn) <= ?"); p.append(.text(to + "~")) }
        if let near = f.near {
            let dLat = f.radiusKm / 111.0
            w.append("e.lat BETWEEN ?::float8 AND ?::float8"); p.append(.double(near.lat - dLat)); p.append(.double(near.lat + dLat))
            w.append("annals_km(e.lat, e.lon, ?::float8, ?::float8) <= ?::float8")
            p.append(.double(near.lat)); p.append(.double(near.lon)); p.append(.double(f.radiusKm))
        }
        if let s = f.search {
            w.append("e.event IN (SELECT v.event FROM evidence v WHERE v.words @@ websearch_to_tsquery('simple', ?))")
            p.append(.text(s))
        }
        return (w, p)
    }

    func limitClause(_ f: QueryFilter) -> String {
        (f.limit.map { " LIMIT \($0)" } ?? "") + (f.offset > 0 ? " OFFSET \(f.offset)" : "")
    }
    func whereClause(_ w: [String]) -> String { w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND ") }

    static let eventColumns = """
        d.id AS document, e.event_id AS event, e.event_date, e.date_basis, e.published, e.plover_type, e.plover_mode,
        e.cameo_code, e.goldstein, e.quad, e.acled_type, e.acled_subtype,
        e.actor_name, e.actor_country, e.actor_sector, e.recipient_name, e.recipient_country, e.recipient_sector,
        e.place_name, e.lat, e.lon, e.negated, e.modality, e.confidence, l.cluster,
        (SELECT text FROM evidence WHERE event = e.event AND seq = 0) AS evidence, e.rule
        """

    func eventsSQL(_ f: QueryFilter) -> (String, [StoreValue]) {
        let (w, p) = eventConditions(f)
        return ("""
            SELECT \(PostgresStore.eventColumns)
            FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN cluster_links l ON l.event = e.event
            \(whereClause(w))
            ORDER BY e.event_date, d.id, e.seq\(limitClause(f))
            """, p)
    }

    public func events(_ f: QueryFilter) throws -> ResultSet {
        let (sql, p) = eventsSQL(f)
        return try select(sql, p)
    }

    /// One row per real-world event; a cluster's descriptive columns are those of its first report.
    public func timeline(_ f: QueryFilter) throws -> ResultSet {
        let (w, p) = eventConditions(f)
        return try select("""
            WITH sel AS (
                SELECT e.*, l.cluster FROM events e LEFT JOIN cluster_links l ON l.event = e.event
                \(whereClause(w))
            ), g AS (
                SELECT min(event_date) AS date, max(event_date) AS last_date, count(*) AS events, count(DISTINCT doc) AS articles,
                       min(cluster) AS cluster, min(event) AS first_event
                FROM sel GROUP BY coalesce(cluster, -event)
            )
            SELECT g.date, g.last_date, f.plover_type, f.plover_mode, f.cameo_code, f.actor_name, f.actor_country, f.actor_sector,
                   f.recipient_name, f.recipient_country, f.recipient_sector, f.place_name, g.events, g.articles, g.cluster,
                   g.first_event, (SELECT text FROM evidence WHERE event = g.first_event AND seq = 0) AS evidence
            FROM g JOIN events f ON f.event = g.first_event
            ORDER BY g.date, g.first_event\(limitClause(f))
            """, p)
    }

    private func likeEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    public func quotes(_ f: QueryFilter) throws -> ResultSet {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor { w.append("lower(q.speaker_name) = lower(?)"); p.append(.text(a)) }
        if let c = f.country { w.append("a.country = ?"); p.append(.text(c.uppercased())) }
        if let s = f.sector { w.append("a.sector = ?"); p.append(.text(s.uppercased())) }
        if let from = f.from { w.append("d.published >= ?"); p.append(.text(from)) }
        if let to = f.to { w.append("d.published <= ?"); p.append(.text(to + "~")) }
        // as in SQLite's LIKE: case-insensitive for ASCII letters only
        if let s = f.search { w.append("q.text ILIKE ? ESCAPE '\\'"); p.append(.text("%" + likeEscaped(s) + "%")) }
        return try select("""
            SELECT d.id AS document, d.published, q.speaker_name AS speaker, a.country, a.sector, a.title,
                   q.kind, q.text, q.cue_text AS cue, q.span_start AS start, q.span_end AS end
            FROM quotes q JOIN documents d ON d.doc = q.doc
                 LEFT JOIN actors a ON a.doc = q.doc AND a.actor = q.speaker_actor
            \(whereClause(w))
            ORDER BY d.published, d.id, q.seq\(limitClause(f))
            """, p)
    }

    public func actors(_ f: QueryFilter) throws -> ResultSet {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor { w.append("lower(a.name) = lower(?)"); p.append(.text(a)) }
        if let c = f.country { w.append("a.country = ?"); p.append(.text(c.uppercased())) }
        if let s = f.sector { w.append("a.sector = ?"); p.append(.text(s.uppercased())) }
        if let from = f.from { w.append("d.published >= ?"); p.append(.text(from)) }
        if let to = f.to { w.append("d.published <= ?"); p.append(.text(to + "~")) }
        if let s = f.search { w.append("a.name ILIKE ? ESCAPE '\\'"); p.append(.text("%" + likeEscaped(s) + "%")) }
        return try select("""
            WITH sel AS (
                SELECT a.doc, a.actor, a.name, a.country, a.sector, a.kind, a.mentions
                FROM actors a JOIN documents d ON d.doc = a.doc
                \(whereClause(w))
            ), roles AS (
                SELECT doc, actor, sum((role = 'actor')::int) AS as_actor, sum((role = 'recipient')::int) AS as_recipient
                FROM participants WHERE actor IS NOT NULL AND doc IN (SELECT doc FROM sel) GROUP BY doc, actor
            )
            SELECT sel.name, sel.country, sel.sector, max(sel.kind) AS kind, count(DISTINCT sel.doc) AS articles,
                   sum(sel.mentions) AS mentions, coalesce(sum(r.as_actor), 0) AS as_actor, coalesce(sum(r.as_recipient), 0) AS as_recipient
            FROM sel LEFT JOIN roles r ON r.doc = sel.doc AND r.actor = sel.actor
            GROUP BY sel.name, sel.country, sel.sector
            ORDER BY articles DESC, mentions DESC, sel.name\(limitClause(f))
            """, p)
    }
}
