/// The SQL of the query commands and the HTTP API's queries, written once
/// for both stores: `QuerySQL` builds each query for a `SQLDialect`, and the
/// SQLite and PostgreSQL stores run it. Both give the same columns, rows and
/// order; what differs is said by the dialect.
public enum SQLDialect: Sendable {
    case sqlite, postgres

    /// `column = ?` without case (SQLite's NOCASE, PostgreSQL's `lower()`: ASCII letters alike in both for our data).
    func equalsIgnoringCase(_ column: String) -> String {
        switch self {
        case .sqlite: "\(column) = ? COLLATE NOCASE"
        case .postgres: "lower(\(column)) = lower(?)"
        }
    }

    /// `column LIKE ?` for a pattern made by `QuerySQL.contains`, case-insensitive for ASCII letters.
    func like(_ column: String) -> String {
        switch self {
        case .sqlite: "\(column) LIKE ? ESCAPE '\\'"
        case .postgres: "\(column) ILIKE ? ESCAPE '\\'"
        }
    }

    /// How many rows of a group satisfy `condition`.
    func countWhere(_ condition: String) -> String {
        switch self {
        case .sqlite: "sum(\(condition))"
        case .postgres: "sum((\(condition))::int)"
        }
    }

    /// A double-precision result (PostgreSQL's `avg` and `sum` of numbers are `numeric`).
    func double(_ expression: String) -> String {
        switch self {
        case .sqlite: expression
        case .postgres: "(\(expression))::float8"
        }
    }

    /// A double-precision parameter.
    var doubleParameter: String { self == .sqlite ? "?" : "?::float8" }

    /// The condition that an event's evidence matches `search`: FTS5 syntax
    /// over `evidence_fts` in SQLite; in PostgreSQL full-text search of the
    /// `evidence.words` column (`websearch_to_tsquery('simple', …)`: words,
    /// "phrases", OR, -word).
    var evidenceSearch: String {
        switch self {
        case .sqlite:
            "e.event IN (SELECT v.event FROM evidence_fts JOIN evidence v ON v.evidence = evidence_fts.rowid WHERE evidence_fts MATCH ?)"
        case .postgres:
            "e.event IN (SELECT v.event FROM evidence v WHERE v.words @@ websearch_to_tsquery('simple', ?))"
        }
    }

    /// `LIMIT n OFFSET m` (SQLite needs a LIMIT before an OFFSET: -1 for none).
    func limitClause(_ f: QueryFilter) -> String {
        let offset = f.offset > 0 ? " OFFSET \(f.offset)" : ""
        guard let limit = f.limit else { return offset.isEmpty || self == .postgres ? offset : " LIMIT -1" + offset }
        return " LIMIT \(limit)" + offset
    }
}

/// The queries, as SQL text and parameters (`?` placeholders in order).
public enum QuerySQL {
    public typealias Query = (sql: String, parameters: [StoreValue])

    static func whereClause(_ w: [String]) -> String { w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND ") }

    /// `%text%` with the LIKE wildcards of `text` escaped (with `\`).
    static func contains(_ text: String) -> StoreValue {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        return .text("%" + escaped + "%")
    }

    /// The WHERE conditions (over `events e`) and their parameters for a filter.
    static func eventConditions(_ f: QueryFilter, _ d: SQLDialect) -> ([String], [StoreValue]) {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor {
            w.append("e.event IN (SELECT event FROM participants WHERE \(d.equalsIgnoringCase("name")) AND role = 'actor')"); p.append(.text(a))
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
                sub += " AND (\(d.equalsIgnoringCase("name")) OR country = ?)"; p.append(.text(r)); p.append(.text(r.uppercased()))
            }
            if let s = f.recipientSector { sub += " AND sector = ?"; p.append(.text(s.uppercased())) }
            w.append("e.event IN (\(sub))")
        }
        if let t = f.ploverType { w.append("e.plover_type = ?"); p.append(.text(t.uppercased())) }
        if let m = f.ploverMode { w.append(d.equalsIgnoringCase("e.plover_mode")); p.append(.text(m)) }
        if let c = f.cameo { w.append("substr(e.cameo_code, 1, \(c.count)) = ?"); p.append(.text(c)) }
        if let a = f.acledType { w.append(d.equalsIgnoringCase("e.acled_type")); p.append(.text(a)) }
        let dateColumn = f.dateField == .event ? "e.event_date" : "e.published"
        if let from = f.from { w.append("\(dateColumn) >= ?"); p.append(.text(from)) }
        // '~' sorts after every character of a date or TIMEX value, so "--to 2022-12" takes in all of December
        if let to = f.to { w.append("\(dateColumn) <= ?"); p.append(.text(to + "~")) }
        if let near = f.near {
            // a bounding box the indexes can use, then the exact distance
            let dLat = f.radiusKm / 111.0, x = d.doubleParameter
            w.append("e.lat BETWEEN \(x) AND \(x)"); p.append(.double(near.lat - dLat)); p.append(.double(near.lat + dLat))
            w.append("annals_km(e.lat, e.lon, \(x), \(x)) <= \(x)")
            p.append(.double(near.lat)); p.append(.double(near.lon)); p.append(.double(f.radiusKm))
        }
        if let s = f.search { w.append(d.evidenceSearch); p.append(.text(s)) }
        return (w, p)
    }

    /// The columns of an event row (`events e`, `documents d`, `cluster_links l`).
    static let eventColumns = """
        d.id AS document, e.event_id AS event, e.event_date, e.date_basis, e.published, e.plover_type, e.plover_mode,
        e.cameo_code, e.goldstein, e.quad, e.acled_type, e.acled_subtype,
        e.actor_name, e.actor_country, e.actor_sector, e.recipient_name, e.recipient_country, e.recipient_sector,
        e.place_name, e.lat, e.lon, e.negated, e.modality, e.confidence, l.cluster,
        (SELECT text FROM evidence WHERE event = e.event AND seq = 0) AS evidence, e.rule
        """

    /// Events matching the filter, by event date, document and salience. A
    /// deep page (offset of 500 or more) first sorts the bare keys and joins
    /// the columns for the page only: the evidence and cluster of every row
    /// skipped would otherwise be read too (SQLite, offset 5000 of the
    /// Reuters store: 32 → 17 ms; shallow pages are faster without it, 1.2
    /// against 1.7 ms).
    public static func events(_ f: QueryFilter, _ d: SQLDialect) -> Query {
        let (w, p) = eventConditions(f, d)
        if f.offset >= 500 {
            return ("""
                SELECT \(eventColumns)
                FROM (SELECT e.event AS k FROM events e JOIN documents d ON d.doc = e.doc \(whereClause(w))
                      ORDER BY e.event_date, d.id, e.seq\(d.limitClause(f))) page
                     JOIN events e ON e.event = page.k JOIN documents d ON d.doc = e.doc LEFT JOIN cluster_links l ON l.event = e.event
                ORDER BY e.event_date, d.id, e.seq
                """, p)
        }
        return ("""
            SELECT \(eventColumns)
            FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN cluster_links l ON l.event = e.event
            \(whereClause(w))
            ORDER BY e.event_date, d.id, e.seq\(d.limitClause(f))
            """, p)
    }

    /// One row per real-world event: a cluster of reports, or an event that
    /// is in no cluster, in date order; the descriptive columns are those of
    /// the group's first report (lowest event row).
    public static func timeline(_ f: QueryFilter, _ d: SQLDialect) -> Query {
        let (w, p) = eventConditions(f, d)
        return ("""
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
            ORDER BY g.date, g.first_event\(d.limitClause(f))
            """, p)
    }

    /// Quotes with their speakers; filters on the speaker (actor, country,
    /// sector), the publication date, and `search`: words that occur in the
    /// quote's text, as written (case-insensitive for ASCII letters; quotes
    /// have no full-text index: it would cost ingest more than it saves here).
    public static func quotes(_ f: QueryFilter, _ d: SQLDialect) -> Query {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor { w.append(d.equalsIgnoringCase("q.speaker_name")); p.append(.text(a)) }
        if let c = f.country { w.append("a.country = ?"); p.append(.text(c.uppercased())) }
        if let s = f.sector { w.append("a.sector = ?"); p.append(.text(s.uppercased())) }
        publishedBetween(f, &w, &p)
        if let s = f.search { w.append(d.like("q.text")); p.append(contains(s)) }
        return ("""
            SELECT d.id AS document, d.published, q.speaker_name AS speaker, a.country, a.sector, a.title,
                   q.kind, q.text, q.cue_text AS cue, q.span_start AS start, q.span_end AS end
            FROM quotes q JOIN documents d ON d.doc = q.doc
                 LEFT JOIN actors a ON a.doc = q.doc AND a.actor = q.speaker_actor
            \(whereClause(w))
            ORDER BY d.published, d.id, q.seq\(d.limitClause(f))
            """, p)
    }

    /// Actors across the corpus, one row per name, country and sector: the
    /// articles that name them, their mentions, and the events they take
    /// part in as actor and as recipient. `search` matches part of the name.
    public static func actors(_ f: QueryFilter, _ d: SQLDialect) -> Query {
        var w: [String] = [], p: [StoreValue] = []
        if let a = f.actor { w.append(d.equalsIgnoringCase("a.name")); p.append(.text(a)) }
        if let c = f.country { w.append("a.country = ?"); p.append(.text(c.uppercased())) }
        if let s = f.sector { w.append("a.sector = ?"); p.append(.text(s.uppercased())) }
        publishedBetween(f, &w, &p)
        if let s = f.search { w.append(d.like("a.name")); p.append(contains(s)) }
        return ("""
            WITH sel AS (
                SELECT a.doc, a.actor, a.name, a.country, a.sector, a.kind, a.mentions
                FROM actors a JOIN documents d ON d.doc = a.doc
                \(whereClause(w))
            ), roles AS (
                SELECT doc, actor, \(d.countWhere("role = 'actor'")) AS as_actor, \(d.countWhere("role = 'recipient'")) AS as_recipient
                FROM participants WHERE actor IS NOT NULL AND doc IN (SELECT doc FROM sel) GROUP BY doc, actor
            )
            SELECT sel.name, sel.country, sel.sector, max(sel.kind) AS kind, count(DISTINCT sel.doc) AS articles,
                   sum(sel.mentions) AS mentions, coalesce(sum(r.as_actor), 0) AS as_actor, coalesce(sum(r.as_recipient), 0) AS as_recipient
            FROM sel LEFT JOIN roles r ON r.doc = sel.doc AND r.actor = sel.actor
            GROUP BY sel.name, sel.country, sel.sector
            ORDER BY articles DESC, mentions DESC, sel.name\(d.limitClause(f))
            """, p)
    }

    /// Documents by publication date then id: `from`/`to` bound the
    /// publication date, `search` matches part of the title (case-insensitive
    /// for ASCII letters). Columns: id, published, title, source, topics (a
    /// JSON array as text), events, quotes (counts).
    public static func documents(_ f: QueryFilter, _ d: SQLDialect) -> Query {
        var w: [String] = [], p: [StoreValue] = []
        publishedBetween(f, &w, &p)
        if let s = f.search { w.append(d.like("d.title")); p.append(contains(s)) }
        return ("""
            SELECT d.id, d.published, d.title, d.source, d.topics,
                   (SELECT count(*) FROM events WHERE doc = d.doc) AS events,
                   (SELECT count(*) FROM quotes WHERE doc = d.doc) AS quotes
            FROM documents d
            \(whereClause(w))
            ORDER BY d.published, d.id\(d.limitClause(f))
            """, p)
    }

    /// Events per day (full `YYYY-MM-DD` dates of the `by` field: event date
    /// by default, else publication date), split by CAMEO quad class (1
    /// verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
    /// material conflict), with the mean Goldstein value of the events that
    /// have one. Columns: date, verbal_cooperation, material_cooperation,
    /// verbal_conflict, material_conflict, events, goldstein_mean.
    public static func daily(_ f: QueryFilter, _ d: SQLDialect) -> Query {
        var (w, p) = eventConditions(f, d)
        let column = f.dateField == .event ? "e.event_date" : "e.published"
        w.append("length(\(column)) = 10")
        return ("""
            SELECT substr(\(column), 1, 10) AS date, \(d.countWhere("e.quad = 1")) AS verbal_cooperation,
                   \(d.countWhere("e.quad = 2")) AS material_cooperation, \(d.countWhere("e.quad = 3")) AS verbal_conflict,
                   \(d.countWhere("e.quad = 4")) AS material_conflict, count(*) AS events, \(d.double("avg(e.goldstein)")) AS goldstein_mean
            FROM events e
            \(whereClause(w))
            GROUP BY 1 ORDER BY 1\(d.limitClause(f))
            """, p)
    }

    /// Who acted on whom: one row per (source, target) pair of the events'
    /// first actor and first recipient, each named by participant name, or
    /// by country code when the name is empty, with the country and sector
    /// they had; events lacking either side are left out. Columns: source,
    /// source_country, source_sector, target, target_country, target_sector,
    /// events, goldstein_sum, goldstein_count. `limit`/`offset` do not apply
    /// (the caller merges the rows into nodes and edges).
    public static func dyads(_ f: QueryFilter, _ d: SQLDialect) -> Query {
        let (w, p) = eventConditions(f, d)
        return ("""
            WITH sel AS (
                SELECT coalesce(nullif(e.actor_name, ''), e.actor_country) AS source, e.actor_country AS source_country,
                       e.actor_sector AS source_sector,
                       coalesce(nullif(e.recipient_name, ''), e.recipient_country) AS target, e.recipient_country AS target_country,
                       e.recipient_sector AS target_sector, e.goldstein
                FROM events e
                \(whereClause(w))
            )
            SELECT source, source_country, source_sector, target, target_country, target_sector, count(*) AS events,
                   \(d.double("coalesce(sum(goldstein), 0.0)")) AS goldstein_sum, count(goldstein) AS goldstein_count
            FROM sel WHERE source IS NOT NULL AND target IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
            """, p)
    }

    /// Events per place, for events with coordinates: the place's name, its
    /// country (from the document's place), coordinates, the number of
    /// events and their mean Goldstein value; most events first. Columns:
    /// place_name, country, lat, lon, events, goldstein_mean.
    public static func places(_ f: QueryFilter, _ d: SQLDialect) -> Query {
        var (w, p) = eventConditions(f, d)
        w.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
        return ("""
            SELECT e.place_name, max(pl.country) AS country, e.lat, e.lon, count(*) AS events, \(d.double("avg(e.goldstein)")) AS goldstein_mean
            FROM events e LEFT JOIN places pl ON pl.doc = e.doc AND pl.place = e.place_ref
            \(whereClause(w))
            GROUP BY e.place_name, e.lat, e.lon
            ORDER BY events DESC, e.place_name, e.lat, e.lon\(d.limitClause(f))
            """, p)
    }

    /// `from`/`to` over the publication date (`documents d`).
    static func publishedBetween(_ f: QueryFilter, _ w: inout [String], _ p: inout [StoreValue]) {
        if let from = f.from { w.append("d.published >= ?"); p.append(.text(from)) }
        if let to = f.to { w.append("d.published <= ?"); p.append(.text(to + "~")) }
    }
}
