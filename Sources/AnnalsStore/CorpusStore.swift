/// What the `annals` commands need from a corpus store, whatever holds it:
/// the SQLite file (`Store`) or a PostgreSQL database (the
/// `AnnalsStorePostgres` target). Kept small on purpose: ingest, the counts
/// an ingest summary shows, the queries and the exports.
public protocol CorpusStore: AnyObject {
    /// Every stored id with its content hash, and input hash → id.
    func knownDocuments() throws -> Store.KnownDocuments
    /// Stores a batch in one transaction (all or none); see `Store.ingest`.
    func ingest(_ batch: [PreparedDocument]) throws -> [IngestOutcome]
    func counts() throws -> StoreCounts
    func summaryCounts() throws -> (documents: Int, events: Int, clusters: Int)
    func events(_ f: QueryFilter) throws -> ResultSet
    func timeline(_ f: QueryFilter) throws -> ResultSet
    func quotes(_ f: QueryFilter) throws -> ResultSet
    func actors(_ f: QueryFilter) throws -> ResultSet
    /// The HTTP API's queries (Aggregates.swift).
    func documents(_ f: QueryFilter) throws -> ResultSet
    func record(id: String) throws -> (record: String, text: String)?
    func daily(_ f: QueryFilter) throws -> ResultSet
    func dyads(_ f: QueryFilter) throws -> ResultSet
    func places(_ f: QueryFilter) throws -> ResultSet
    /// Writes every stored event in `format`; returns how many.
    func export(_ format: ExportFormat, write: (String) -> Void) throws -> Int
}

extension Store: CorpusStore {}

extension StoreCounts {
    /// All zero (for other stores to fill in).
    public static var zero: StoreCounts { StoreCounts() }
}
