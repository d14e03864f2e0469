/// The queries behind the HTTP API (docs/api.md) that the command line has
/// no command for: documents, one record, and the aggregates the web page
/// draws (events per day, who acted on whom, events per place).
extension Store {
    public func documents(_ f: QueryFilter) throws -> ResultSet { try resultSet(QuerySQL.documents(f, .sqlite)) }
    public func daily(_ f: QueryFilter) throws -> ResultSet { try resultSet(QuerySQL.daily(f, .sqlite)) }
    public func dyads(_ f: QueryFilter) throws -> ResultSet { try resultSet(QuerySQL.dyads(f, .sqlite)) }
    public func places(_ f: QueryFilter) throws -> ResultSet { try resultSet(QuerySQL.places(f, .sqlite)) }

    /// The stored analysis record (JSON text) of the document `id` and the
    /// article's text (which the record leaves out); nil when there is none.
    public func record(id: String) throws -> (record: String, text: String)? {
        let s = try db.statement("SELECT record, text FROM documents WHERE id = ?")
        defer { s.reset() }
        try s.bind([.text(id)])
        return try s.step() ? (s.text(0) ?? "", s.text(1) ?? "") : nil
    }

    /// A query's rows with its column names (read from the same statement).
    func resultSet(_ query: QuerySQL.Query) throws -> ResultSet {
        let (sql, parameters) = query
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
