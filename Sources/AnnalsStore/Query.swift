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
    /// Events matching the filter (`QuerySQL.events`), row by row; returns the column names.
    @discardableResult
    public func events(_ f: QueryFilter, row: ([StoreValue]) throws -> Void) throws -> [String] {
        let (sql, p) = QuerySQL.events(f, .sqlite)
        try select(sql, p, row: row)
        return try columns(sql)
    }

    public func events(_ f: QueryFilter) throws -> ResultSet { try resultSet(QuerySQL.events(f, .sqlite)) }
    public func timeline(_ f: QueryFilter) throws -> ResultSet { try resultSet(QuerySQL.timeline(f, .sqlite)) }
    public func quotes(_ f: QueryFilter) throws -> ResultSet { try resultSet(QuerySQL.quotes(f, .sqlite)) }
    public func actors(_ f: QueryFilter) throws -> ResultSet { try resultSet(QuerySQL.actors(f, .sqlite)) }
}
