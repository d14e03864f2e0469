import AnnalsStore

/// The HTTP API's queries over PostgreSQL: the same filters, columns and
/// order as the SQLite store's (Sources/AnnalsStore/Aggregates.swift).
extension PostgresStore {
    private func likeEscapedText(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    public func documents(_ f: QueryFilter) throws -> ResultSet {
        var w: [String] = [], p: [StoreValue] = []
        if let from = f.from { w.append("d.published >= ?"); p.append(.text(from)) }
        if let to = f.to { w.append("d.published <= ?"); p.append(.text(to + "~")) }
        if let s = f.search { w.append("d.title ILIKE ? ESCAPE '\\'"); p.append(.text("%" + likeEscapedText(s) + "%")) }
        return try select("""
            SELECT d.id, d.published, d.title, d.source, d.topics,
                   (SELECT count(*) FROM events WHERE doc = d.doc) AS events,
                   (SELECT count(*) FROM quotes WHERE doc = d.doc) AS quotes
            FROM documents d
            \(whereClause(w))
            ORDER BY d.published, d.id\(limitClause(f))
            """, p)
    }

    public func record(id: String) throws -> (record: String, text: String)? {
        let r = try select("SELECT record, text FROM documents WHERE id = ?", [.text(id)])
        guard let row = r.rows.first else { return nil }
        return (row[0].string ?? "", row[1].string ?? "")
    }

    public func daily(_ f: QueryFilter) throws -> ResultSet {
        var (w, p) = eventConditions(f)
        let column = f.dateField == .event ? "e.event_date" : "e.published"
        w.append("length(\(column)) = 10")
        return try select("""
            SELECT substr(\(column), 1, 10) AS date, sum((e.quad = 1)::int) AS verbal_cooperation,
                   sum((e.quad = 2)::int) AS material_cooperation, sum((e.quad = 3)::int) AS verbal_conflict,
                   sum((e.quad = 4)::int) AS material_conflict, count(*) AS events, avg(e.goldstein)::float8 AS goldstein_mean
            FROM events e
            \(whereClause(w))
            GROUP BY 1 ORDER BY 1\(limitClause(f))
            """, p)
    }

    public func dyads(_ f: QueryFilter) throws -> ResultSet {
        let (w, p) = eventConditions(f)
        return try select("""
            WITH sel AS (
                SELECT coalesce(nullif(e.actor_name, ''), e.actor_country) AS source, e.actor_country AS source_country,
                       e.actor_sector AS source_sector,
                       coalesce(nullif(e.recipient_name, ''), e.recipient_country) AS target, e.recipient_country AS target_country,
                       e.recipient_sector AS target_sector, e.goldstein
                FROM events e
                \(whereClause(w))
            )
            SELECT source, source_country, source_sector, target, target_country, target_sector, count(*) AS events,
                   coalesce(sum(goldstein), 0.0)::float8 AS goldstein_sum, count(goldstein) AS goldstein_count
            FROM sel WHERE source IS NOT NULL AND target IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
            """, p)
    }

    public func places(_ f: QueryFilter) throws -> ResultSet {
        var (w, p) = eventConditions(f)
        w.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
        return try select("""
            SELECT e.place_name, max(pl.country) AS country, e.lat, e.lon, count(*) AS events, avg(e.goldstein)::float8 AS goldstein_mean
            FROM events e LEFT JOIN places pl ON pl.doc = e.doc AND pl.place = e.place_ref
            \(whereClause(w))
            GROUP BY e.place_name, e.lat, e.lon
            ORDER BY events DESC, e.place_name, e.lat, e.lon\(limitClause(f))
            """, p)
    }
}
