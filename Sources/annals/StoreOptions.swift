import AnnalsStore
import AnnalsStorePostgres
import ArgumentParser
import Foundation

/// `--db`: where the corpus store lives.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "The store: a SQLite file, or a PostgreSQL database as postgresql://user@host:port/name (default: $ANNALS_DB, else ./annals.db).")
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["ANNALS_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "annals.db" }

    /// The store to show in messages (a PostgreSQL URL without its password).
    var displayName: String { PostgresStore.handles(path) ? PostgresStore.redacted(path) : path }

    func open(readOnly: Bool) throws -> any CorpusStore {
        do {
            if PostgresStore.handles(path) { return try PostgresStore(url: path, readOnly: readOnly) }
            return try Store(path: path, readOnly: readOnly)
        } catch let e as StoreError { throw ValidationError(e.message) }
    }
}

/// Filters and output of the query commands (`events`, `quotes`, `actors`, `timeline`).
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "Actor's name (events: a source actor; quotes: the speaker).")
    var actor: String?
    @Option(name: .long, help: "Actor's PLOVER country code (AZE, USA, UNO …).")
    var country: String?
    @Option(name: .long, help: "Actor's PLOVER sector code (GOV, MIL, REB …).")
    var sector: String?
    @Option(name: .long, help: "Recipient's name or country code.")
    var recipient: String?
    @Option(name: .customLong("recipient-sector"), help: "Recipient's sector code.")
    var recipientSector: String?
    @Option(name: .long, help: "PLOVER event type (CONSULT, ASSAULT …).")
    var plover: String?
    @Option(name: .long, help: "PLOVER mode (phone, visit …).")
    var mode: String?
    @Option(name: .long, help: "CAMEO code prefix (19 matches 190, 193, 1951 …).")
    var cameo: String?
    @Option(name: .long, help: "ACLED event type ('Battles', 'Protests' …).")
    var acled: String?
    @Option(name: .long, help: "From this date, inclusive (YYYY-MM-DD, YYYY-MM or YYYY).")
    var from: String?
    @Option(name: .long, help: "Up to this date, inclusive (YYYY-MM-DD, YYYY-MM or YYYY: to the end of that month or year).")
    var to: String?
    @Option(name: .long, help: "Which date --from/--to filter: event or published (default: event).")
    var by: QueryFilter.DateField = .event
    @Option(name: .long, help: "Events whose place is within --radius of LAT,LON.")
    var near: String?
    @Option(name: .long, help: "Radius for --near in km (default 50).")
    var radius: Double = 50
    @Option(name: .long, help: "Events: full-text search over evidence sentences (SQLite FTS5 syntax: words, \"phrases\", OR, NEAR; PostgreSQL: words, \"phrases\", OR, -word). Quotes: text the quote contains. Actors: part of the name.")
    var search: String?
    @Option(name: .long, help: "At most this many rows (default 1000; 0 for all).")
    var limit: Int = 1000
    @Option(name: .long, help: "Output: table, csv or jsonl (default: table).")
    var format: OutputFormat = .table

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            let ok = value.range(of: #"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"#, options: .regularExpression) != nil
            if !ok { throw ValidationError("\(name) '\(value)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") }
        }
        if let near { _ = try parseNear(near) }
        if radius <= 0 { throw ValidationError("--radius must be positive") }
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func parseNear(_ s: String) throws -> (lat: Double, lon: Double) {
        let parts = s.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let lat = parts[0], let lon = parts[1], abs(lat) <= 90, abs(lon) <= 180 else {
            throw ValidationError("--near '\(s)': expected LAT,LON in decimal degrees (e.g. 40.38,49.89)")
        }
        return (lat, lon)
    }

    /// The filter; `allowed` names the options this command understands (others are refused).
    func filter(allowing allowed: Set<String>) throws -> QueryFilter {
        let given: [(String, Bool)] = [("actor", actor != nil), ("country", country != nil), ("sector", sector != nil),
                                       ("recipient", recipient != nil), ("recipient-sector", recipientSector != nil),
                                       ("plover", plover != nil), ("mode", mode != nil), ("cameo", cameo != nil),
                                       ("acled", acled != nil), ("near", near != nil), ("by", by != .event), ("search", search != nil)]
        for (name, present) in given where present && !allowed.contains(name) {
            throw ValidationError("--\(name) does not apply to this command")
        }
        var f = QueryFilter()
        f.actor = actor; f.country = country; f.sector = sector; f.recipient = recipient; f.recipientSector = recipientSector
        f.ploverType = plover; f.ploverMode = mode; f.cameo = cameo; f.acledType = acled
        f.from = from; f.to = to; f.dateField = by
        if let near { f.near = try parseNear(near) }
        f.radiusKm = radius; f.search = search
        f.limit = limit == 0 ? nil : limit
        return f
    }
}

extension QueryFilter.DateField: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

/// Writes a query's result to standard output.
func printResult(_ r: ResultSet, _ format: OutputFormat) {
    let out = OutputBuffer(fd: 1)
    out.write(Array(Output.render(r, as: format).utf8))
    out.flush()
}

/// Runs a store call, turning store errors (bad FTS5 syntax, a locked file) into a message and exit status 1.
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as StoreError {
        FileHandle.standardError.write(Data("annals: \(e.message)\n".utf8))
        throw ExitCode(1)
    }
}
