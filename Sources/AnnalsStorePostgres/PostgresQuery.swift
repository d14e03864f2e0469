import AnnalsStore

/// The query commands and the HTTP API's queries over PostgreSQL: the SQL of
/// `QuerySQL` in its PostgreSQL dialect (names compare with `lower()`,
/// `search` over evidence is PostgreSQL full-text search), so the columns,
/// rows and order are the SQLite store's.
extension PostgresStore {
    public func events(_ f: QueryFilter) throws -> ResultSet { try select(QuerySQL.events(f, .postgres)) }
    public func timeline(_ f: QueryFilter) throws -> ResultSet { try select(QuerySQL.timeline(f, .postgres)) }
    public func quotes(_ f: QueryFilter) throws -> ResultSet { try select(QuerySQL.quotes(f, .postgres)) }
    public func actors(_ f: QueryFilter) throws -> ResultSet { try select(QuerySQL.actors(f, .postgres)) }
    public func documents(_ f: QueryFilter) throws -> ResultSet { try select(QuerySQL.documents(f, .postgres)) }
    public func daily(_ f: QueryFilter) throws -> ResultSet { try select(QuerySQL.daily(f, .postgres)) }
    public func dyads(_ f: QueryFilter) throws -> ResultSet { try select(QuerySQL.dyads(f, .postgres)) }
    public func places(_ f: QueryFilter) throws -> ResultSet { try select(QuerySQL.places(f, .postgres)) }

    public func record(id: String) throws -> (record: String, text: String)? {
        let r = try select("SELECT record, text FROM documents WHERE id = ?", [.text(id)])
        guard let row = r.rows.first else { return nil }
        return (row[0].string ?? "", row[1].string ?? "")
    }

    func select(_ query: QuerySQL.Query) throws -> ResultSet { try select(query.sql, query.parameters) }
}
