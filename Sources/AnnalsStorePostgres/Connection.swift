import AnnalsStore
import CLibPQ
import Foundation

/// One libpq connection, used from one thread at a time. Every statement
/// is sent with `PQexecParams` (parameters as text, types inferred by the
/// server); results come back whole, in text format.
final class PGConnection {
    let handle: OpaquePointer

    init(url: String) throws {
        guard let conn = PQconnectdb(url) else { throw StoreError("PostgreSQL: out of memory") }
        guard PQstatus(conn) == CONNECTION_OK else {
            let msg = String(cString: PQerrorMessage(conn)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(conn)
            throw StoreError("\(PGConnection.redacted(url)): cannot connect to PostgreSQL (\(msg))")
        }
        handle = conn
        // notices ("relation already exists, skipping") would go to standard error
        _ = try? execute("SET client_min_messages = warning")
    }

    deinit { PQfinish(handle) }

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://"), scheme.upperBound < at else { return url }
        let user = url[scheme.upperBound..<at]
        guard let colon = user.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }

    /// A failed statement: the server's message and SQLSTATE.
    struct Failure: Error {
        var message: String
        var sqlState: String
        /// A deadlock or serialization failure: the transaction can be run again.
        var retryable: Bool { sqlState == "40P01" || sqlState == "40001" }
    }

    /// Runs one or more statements without parameters.
    func execute(_ sql: String) throws {
        let r = PQexec(handle, sql)
        defer { PQclear(r) }
        try check(r)
    }

    /// Runs one statement with `?` placeholders (turned into `$1`, `$2` …) and returns its rows.
    @discardableResult
    func query(_ sql: String, _ parameters: [StoreValue] = []) throws -> PGResult {
        let text = PGConnection.numbered(sql)
        let values: [String?] = parameters.map { v in
            switch v {
            case .null: return nil
            case .int(let i): return String(i)
            case .double(let d): return d.isFinite ? String(d) : (d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"))
            case .text(let s): return s
            }
        }
        let cStrings: [UnsafeMutablePointer<CChar>?] = values.map { $0.map { strdup($0) } ?? nil }
        defer { for p in cStrings { free(p) } }
        let r = cStrings.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(buf.count, 1)) { ptr in
                PQexecParams(handle, text, Int32(values.count), nil, values.isEmpty ? nil : ptr, nil, nil, 0)
            }
        }
        do { try check(r) } catch { PQclear(r); throw error }
        return PGResult(r!)
    }

    private func check(_ r: OpaquePointer?) throws {
        guard let r else { throw Failure(message: String(cString: PQerrorMessage(handle)), sqlState: "") }
        let status = PQresultStatus(r)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let msg = String(cString: PQresultErrorMessage(r)).trimmingCharacters(in: .whitespacesAndNewlines)
            let state = PQresultErrorField(r, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            throw Failure(message: msg, sqlState: state)
        }
    }

    /// `?` placeholders outside quoted strings and identifiers become `$1`, `$2` …
    /// (byte by byte: the multi-row INSERTs are long).
    static func numbered(_ sql: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(sql.utf8.count + 64)
        var n = 0
        var quote: UInt8 = 0
        for c in sql.utf8 {
            if quote != 0 {
                if c == quote { quote = 0 }
                out.append(c)
            } else if c == 0x27 || c == 0x22 {   // ' "
                quote = c; out.append(c)
            } else if c == 0x3F {                // ?
                n += 1
                out.append(0x24)                 // $
                out.append(contentsOf: String(n).utf8)
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A whole result, read as `StoreValue`s by the column's type.
final class PGResult {
    let handle: OpaquePointer
    init(_ h: OpaquePointer) { handle = h }
    deinit { PQclear(handle) }

    var rowCount: Int { Int(PQntuples(handle)) }
    var columnCount: Int { Int(PQnfields(handle)) }
    var columns: [String] { (0..<columnCount).map { String(cString: PQfname(handle, Int32($0))) } }

    func isNull(_ row: Int, _ col: Int) -> Bool { PQgetisnull(handle, Int32(row), Int32(col)) == 1 }
    func text(_ row: Int, _ col: Int) -> String? {
        isNull(row, col) ? nil : String(cString: PQgetvalue(handle, Int32(row), Int32(col)))
    }
    func int(_ row: Int, _ col: Int) -> Int64? { text(row, col).flatMap { Int64($0) } }

    func value(_ row: Int, _ col: Int) -> StoreValue {
        guard let s = text(row, col) else { return .null }
        switch PQftype(handle, Int32(col)) {
        case 20, 21, 23: return Int64(s).map { .int($0) } ?? .text(s)           // int8, int2, int4
        case 700, 701: return Double(s).map { .double($0) } ?? .text(s)          // float4, float8
        case 1700:                                                              // numeric (sum of integers)
            if let i = Int64(s) { return .int(i) }
            return Double(s).map { .double($0) } ?? .text(s)
        case 16: return .int(s == "t" ? 1 : 0)                                  // bool
        default: return .text(s)
        }
    }

    func row(_ r: Int) -> [StoreValue] { (0..<columnCount).map { value(r, $0) } }
    var rows: [[StoreValue]] { (0..<rowCount).map(row) }
}
