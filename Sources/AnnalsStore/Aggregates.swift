/// The queries behind the HTTP API (docs/api.md) that the command line has
/// no command for: documents, one record, and the aggregates the web page
/// draws (events per day, who acted on whom, events per place).
extension Store {
    /// Documents by publication date then id: `from`/`to` bound the
    /// publication date, `search` matches part of the title (case-insensitive
    /// for ASCII letters). Columns: id, published, title, source, topics (a
    /// JSON array as text), events, quotes (counts).
    public func documents(_ f: QueryFilter) throws -> ResultSet {
        var w: [String] = [], p: [StoreValue] = []
        if let from = f.from { w.append("d.published >= ?"); p.append(.text(from)) }
        if let to = f.to { w.append("d.published <= ?"); p.append(.text(to + "~")) }
        if let s = f.search { w.append("d.title LIKE ? ESCAPE '\\'"); p.append(.text("%" + likeEscaped(s) + "%")) }
        let sql = """
            SELECT d.id, d.published, d.title, d.source, d.topics,
                   (SELECT count(*) FROM events WHERE doc = d.doc) AS events,
                   (SELECT count(*) FROM quotes WHERE doc = d.doc) AS quotes
            FROM documents d
            \(w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND "))
            ORDER BY d.published, d.id\(limitClause(f))
            """
        return try resultSet(sql, p)
    }

    /// The stored analysis record (JSON text) of the document `id` and the
    /// article's text (which the record leaves out); nil when there is none.
    public func record(id: String) throws -> (record: String, text: String)? {
        let s = try db.statement("SELECT record, text FROM documents WHERE id = ?")
        defer { s.reset() }
        try s.bind([.text(id)])
        return try s.step() ? (s.text(0) ?? "", s.text(1) ?? "") : nil
    }

    /// Events per day (full `YYYY-MM-DD` dates of the `by` field: event date
    /// by default, else publication date), split by CAMEO quad class (1
    /// verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
    /// material conflict), with the mean Goldstein value of the events that
    /// have one. Columns: date, verbal_cooperation, material_cooperation,
    /// verbal_conflict, material_conflict, events, goldstein_mean.
    public func daily(_ f: QueryFilter) throws -> ResultSet {
        var (w, p) = eventConditions(f)
        let column = f.dateField == .event ? "e.event_date" : "e.published"
        w.append("length(\(column)) = 10")
        let sql = """
            SELECT substr(\(column), 1, 10) AS date, sum(e.quad = 1) AS verbal_cooperation, sum(e.quad = 2) AS material_cooperation,
                   sum(e.quad = 3) AS verbal_conflict, sum(e.quad = 4) AS material_conflict, count(*) AS events,
                   avg(e.goldstein) AS goldstein_mean
            FROM events e
            WHERE \(w.joined(separator: " AND "))
            GROUP BY 1 ORDER BY 1\(limitClause(f))
            """
        return try resultSet(sql, p)
    }

    /// Who acted on whom: one row per (source, target) pair of the events'
    /// first actor and first recipient, each named by participant name, or
    /// by country code when the name is empty, with the country and sector
    /// they had; events lacking either side are left out. Columns: source,
    /// source_country, source_sector, target, target_country, target_sector,
    /// events, goldstein_sum, goldstein_count. `limit`/`offset` do not apply
    /// (the caller merges the rows into nodes and edges).
    public func dyads(_ f: QueryFilter) throws -> ResultSet {
        let (w, p) = eventConditions(f)
        let sql = """
            WITH sel AS (
                SELECT coalesce(nullif(e.actor_name, ''), e.actor_country) AS source, e.actor_country AS source_country,
                       e.actor_sector AS source_sector,
                       coalesce(nullif(e.recipient_name, ''), e.recipient_country) AS target, e.recipient_country AS target_country,
                       e.recipient_sector AS target_sector, e.goldstein
                FROM events e
                \(w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND "))
            )
            SELECT source, source_country, source_sector, target, target_country, target_sector, count(*) AS events,
                   coalesce(sum(goldstein), 0.0) AS goldstein_sum, count(goldstein) AS goldstein_count
            FROM sel WHERE source IS NOT NULL AND target IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
            """
        return try resultSet(sql, p)
    }

    /// Events per place, for events with coordinates: the place's name, its
    /// country (from the document's place), coordinates, the number of
    /// events and their mean Goldstein value; most events first. Columns:
    /// place_name, country, lat, lon, events, goldstein_mean.
    public func places(_ f: QueryFilter) throws -> ResultSet {
        var (w, p) = eventConditions(f)
        w.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
        let sql = """
            SELECT e.place_name, max(pl.country) AS country, e.lat, e.lon, count(*) AS events, avg(e.goldstein) AS goldstein_mean
            FROM events e LEFT JOIN places pl ON pl.doc = e.doc AND pl.place = e.place_ref
            WHERE \(w.joined(separator: " AND "))
            GROUP BY e.place_name, e.lat, e.lon
            ORDER BY events DESC, e.place_name, e.lat, e.lon\(limitClause(f))
            """
        return try resultSet(sql, p)
    }

    /// A query's rows with its column names (read from the same statement).
    func resultSet(_ sql: String, _ parameters: [StoreValue]) throws -> ResultSet {
        let s = try db.prepare(sql)
        defer { s.finalize() }
        try s.bind(parameters.map(\.sql))
        let n = s.columnCount
        let columns = (0..<n).map { s.columnName($0) }
        var rows: [[StoreValue]] = []
        while try s.step() { rows.append((0..<n).map { StoreValue(s.value($0)) }) }
        return ResultSet(columns: columns, rows: rows)
    }
}
