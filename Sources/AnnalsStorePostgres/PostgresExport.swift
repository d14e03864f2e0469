import AnnalsStore
import Foundation

/// Exports from PostgreSQL: the same lines as the SQLite store's exports
/// (`Export.swift`), read through a cursor a thousand events at a time.
extension PostgresStore {
    public func export(_ format: ExportFormat, write: (String) -> Void) throws -> Int {
        try call {
            switch format {
            case .csv:
                let (sql, parameters) = QuerySQL.events(QueryFilter(), .postgres)
                var first = true, n = 0
                try cursor(sql, parameters) { columns, row in
                    if first { write(Output.csvLine(columns)); first = false }
                    write(Output.csvLine(row.map(\.description)))
                    n += 1
                }
                if first { write(Output.csvLine(try select(sql + " LIMIT 0", parameters).columns)) }
                return n
            case .plover: return try exportPlover(write)
            case .acled: return try exportAcled(write)
            }
        }
    }

    /// Runs `sql` in a read-only transaction and hands each row to `body`,
    /// fetching 1000 rows at a time (other statements may run in between).
    private func cursor(_ sql: String, _ parameters: [StoreValue], _ body: ([String], [StoreValue]) throws -> Void) throws {
        try db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            try db.query("DECLARE annals_export NO SCROLL CURSOR FOR " + sql, parameters)
            while true {
                let r = try db.query("FETCH 1000 FROM annals_export")
                if r.rowCount == 0 { break }
                let columns = r.columns
                for i in 0..<r.rowCount { try body(columns, r.row(i)) }
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    private func parties(_ event: Int64) throws -> (actor: [ExportLines.Party], recipient: [ExportLines.Party]) {
        ExportLines.parties(try select(ExportLines.partiesSQL.description, [.int(event)]).rows)
    }

    private func evidence(_ event: Int64) throws -> [[StoreValue]] {
        try select(ExportLines.evidenceSQL.description, [.int(event)]).rows
    }

    private func exportPlover(_ write: (String) -> Void) throws -> Int {
        var n = 0
        try cursor(ExportLines.ploverSQL, []) { _, row in
            let event = Int64(row[0].int ?? 0)
            write(ExportLines.plover(row, parties: try parties(event), evidence: try evidence(event)))
            n += 1
        }
        return n
    }

    private func exportAcled(_ write: (String) -> Void) throws -> Int {
        write(Output.csvLine(ExportLines.acledColumns))
        var n = 0
        try cursor(ExportLines.acledSQL, []) { _, row in
            let event = Int64(row[0].int ?? 0)
            write(Output.csvLine(ExportLines.acled(row, parties: try parties(event), evidence: try evidence(event))))
            n += 1
        }
        return n
    }
}
