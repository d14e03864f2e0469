import CSQLite
import Foundation

/// An error from SQLite, with the statement that failed when there is one.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// `SQLITE_TRANSIENT`: SQLite copies bound text and blobs before returning.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
/// `SQLITE_CONSTRAINT_UNIQUE` (a macro Swift does not import): a unique key would repeat.
private let constraintUnique = SQLITE_CONSTRAINT | (8 << 8)
/// A zero-length C string that lives as long as the process (binding "" in place).
nonisolated(unsafe) private let emptyText: UnsafeMutablePointer<CChar> = {
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
    p.initialize(to: 0)
    return p
}()

/// One SQLite connection. Not thread-safe: one thread uses it at a time.
final class Connection {
    let handle: OpaquePointer
    private var cache: [Int: Statement] = [:]

    init(path: String, readOnly: Bool = false) throws {
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let msg = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close(db) }
            throw StoreError("\(path): cannot open the database (\(msg))")
        }
        handle = db
        sqlite3_busy_timeout(db, 30_000)
        // annals_km(lat1, lon1, lat2, lon2): great-circle distance in km, NULL when a value is NULL.
        sqlite3_create_function_v2(db, "annals_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil, { context, argc, argv in
            guard let argv else { return }
            var v: [Double] = []
            for i in 0..<Int(argc) {
                guard sqlite3_value_type(argv[i]) != SQLITE_NULL else { sqlite3_result_null(context); return }
                v.append(sqlite3_value_double(argv[i]))
            }
            sqlite3_result_double(context, Store.distanceKm(v[0], v[1], v[2], v[3]))
        }, nil, nil, nil)
    }

    deinit {
        for s in cache.values { s.finalize() }
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    var errorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs one or more statements that take no parameters.
    func execute(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &err) != SQLITE_OK {
            let msg = err.map { String(cString: $0) } ?? errorMessage
            sqlite3_free(err)
            throw StoreError("SQLite: \(msg)")
        }
    }

    /// A prepared statement, cached by the address of its literal text and reset for reuse
    /// (its bindings were cleared by `run` or are replaced by the next `bind`).
    func statement(_ sql: StaticString) throws -> Statement {
        let key = Int(bitPattern: sql.utf8Start)
        if let s = cache[key] { sqlite3_reset(s.handle); return s }
        let s = try Statement(self, sql.description)
        cache[key] = s
        return s
    }

    /// A statement prepared for one use (dynamic queries).
    func prepare(_ sql: String) throws -> Statement { try Statement(self, sql) }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in a transaction (`BEGIN IMMEDIATE`), committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The single value of a one-row, one-column query.
    func scalarInt(_ sql: String, _ values: [SQLValue] = []) throws -> Int64? {
        let s = try prepare(sql)
        defer { s.finalize() }
        try s.bind(values)
        return try s.step() ? s.int64(0) : nil
    }

    func scalarText(_ sql: String, _ values: [SQLValue] = []) throws -> String? {
        let s = try prepare(sql)
        defer { s.finalize() }
        try s.bind(values)
        return try s.step() ? s.text(0) : nil
    }
}

/// A value bound to a statement parameter.
enum SQLValue {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    /// Text given as UTF-8 bytes (bound in place by `Statement.run`, copied by `bind`).
    case utf8([UInt8])

    static func of(_ s: String?) -> SQLValue { s.map { .text($0) } ?? .null }
    static func of(_ d: Double?) -> SQLValue { d.map { .double($0) } ?? .null }
    static func of(_ i: Int?) -> SQLValue { i.map { .int(Int64($0)) } ?? .null }
    static func of(_ b: Bool) -> SQLValue { .int(b ? 1 : 0) }
}

final class Statement {
    private(set) var handle: OpaquePointer?
    private unowned let connection: Connection
    let sql: String

    init(_ connection: Connection, _ sql: String) throws {
        self.connection = connection
        self.sql = sql
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(connection.handle, sql, -1, &stmt, nil) == SQLITE_OK else {
            throw StoreError("SQLite: \(connection.errorMessage) in: \(sql)")
        }
        handle = stmt
    }

    func finalize() {
        if let handle { sqlite3_finalize(handle) }
        handle = nil
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func bind(_ values: [SQLValue]) throws {
        for (i, v) in values.enumerated() { try bind(v, at: Int32(i + 1)) }
    }

    func bind(_ value: SQLValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .int(let i): rc = sqlite3_bind_int64(handle, index, i)
        case .double(let d): rc = sqlite3_bind_double(handle, index, d)
        case .text(let s): rc = sqlite3_bind_text(handle, index, s, -1, transient)
        case .utf8(let b):
            rc = b.withUnsafeBufferPointer { p in
                sqlite3_bind_text(handle, index, p.count == 0 ? UnsafePointer(emptyText) : UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self),
                                  Int32(p.count), transient)
            }
        }
        guard rc == SQLITE_OK else { throw StoreError("SQLite: cannot bind parameter \(index): \(connection.errorMessage)") }
    }

    /// Binds UTF-8 bytes as text.
    func bindText(_ bytes: [UInt8], at index: Int32) throws {
        let rc = bytes.withUnsafeBufferPointer { p in
            sqlite3_bind_text(handle, index, UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(p.count), transient)
        }
        guard rc == SQLITE_OK else { throw StoreError("SQLite: cannot bind parameter \(index): \(connection.errorMessage)") }
    }

    /// Steps once: true when a row is available, false when done.
    @discardableResult
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            failure = sqlite3_extended_errcode(connection.handle)
            throw StoreError("SQLite: \(connection.errorMessage)")
        }
    }

    /// The extended result code of the last `step` that failed.
    private(set) var failure: Int32 = SQLITE_OK

    /// Binds, runs to completion, resets. Text is bound in place, without
    /// SQLite's copy (`SQLITE_STATIC`): each string is held while the
    /// statement runs, and the bindings are cleared before the strings go.
    /// - Complexity: the statement's own cost; no copy of the bound text.
    func run(_ values: [SQLValue]) throws {
        // every parameter is bound below, so only the bindings made here need clearing afterwards
        sqlite3_reset(handle)
        defer { sqlite3_clear_bindings(handle) }
        try bindInPlaceAndRun(values, 0)
    }

    private func bindInPlaceAndRun(_ values: [SQLValue], _ i: Int) throws {
        guard i < values.count else {
            while try step() {}
            return
        }
        if case .utf8(let bytes) = values[i] {
            return try bytes.withUnsafeBufferPointer { b in
                let p = b.count == 0 ? UnsafePointer(emptyText) : UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self)
                guard sqlite3_bind_text(handle, Int32(i + 1), p, Int32(b.count), nil) == SQLITE_OK else {
                    throw StoreError("SQLite: cannot bind parameter \(i + 1): \(connection.errorMessage)")
                }
                try bindInPlaceAndRun(values, i + 1)
            }
        }
        guard case .text(var s) = values[i] else {
            try bind(values[i], at: Int32(i + 1))
            return try bindInPlaceAndRun(values, i + 1)
        }
        try s.withUTF8 { b in
            // a nil destructor is SQLITE_STATIC; an empty string is text, not NULL: it needs a pointer that is not nil
            let p = b.count == 0 ? UnsafePointer(emptyText) : UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard sqlite3_bind_text(handle, Int32(i + 1), p, Int32(b.count), nil) == SQLITE_OK else {
                throw StoreError("SQLite: cannot bind parameter \(i + 1): \(connection.errorMessage)")
            }
            try bindInPlaceAndRun(values, i + 1)
        }
    }

    func clearBindings() { sqlite3_clear_bindings(handle) }

    /// Binds one row value in place (`SQLITE_STATIC`): text must outlive the statement's use of it.
    private func bindInPlace(_ v: StoreRows.Value, at index: Int32) throws {
        let rc: Int32
        switch v {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .int(let i): rc = sqlite3_bind_int64(handle, index, i)
        case .double(let d): rc = sqlite3_bind_double(handle, index, d)
        case .text(let b):
            // an empty string is text, not NULL: it needs a pointer that is not nil
            let p = b.count == 0 ? UnsafePointer(emptyText) : UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self)
            rc = sqlite3_bind_text(handle, index, p, Int32(b.count), nil)
        }
        guard rc == SQLITE_OK else { throw StoreError("SQLite: cannot bind parameter \(index): \(connection.errorMessage)") }
    }

    /// Binds, runs and resets like `run`, except that a row that would repeat a unique key
    /// (`SQLITE_CONSTRAINT_UNIQUE`) is not an error: false, and nothing was written.
    func runUnlessDuplicate(_ values: [SQLValue]) throws -> Bool {
        do {
            try run(values)
            return true
        } catch {
            guard failure == constraintUnique else { throw error }
            sqlite3_reset(handle)
            return false
        }
    }

    /// Runs the statement once for the next row of `reader`: the ids `first`
    /// (and `second`) as the first parameters, then the row's `table.width` values.
    /// The text stays bound to the reader's buffer: `clearBindings` before it goes.
    func runRow(_ first: Int64, _ second: Int64?, _ reader: inout StoreRows.Reader, _ table: StoreRows.Table) throws {
        sqlite3_reset(handle)
        sqlite3_bind_int64(handle, 1, first)
        var index: Int32 = 2
        if let second { sqlite3_bind_int64(handle, 2, second); index = 3 }
        for _ in 0..<table.width {
            try bindInPlace(reader.value(), at: index)
            index += 1
        }
        while try step() {}
    }

    /// The same with the row's values already read.
    func runRow(_ first: Int64, _ values: [StoreRows.Value]) throws {
        sqlite3_reset(handle)
        sqlite3_bind_int64(handle, 1, first)
        for (i, v) in values.enumerated() { try bindInPlace(v, at: Int32(i + 2)) }
        while try step() {}
    }

    var columnCount: Int { Int(sqlite3_column_count(handle)) }
    func columnName(_ i: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(i))) }
    func isNull(_ i: Int) -> Bool { sqlite3_column_type(handle, Int32(i)) == SQLITE_NULL }
    func int64(_ i: Int) -> Int64 { sqlite3_column_int64(handle, Int32(i)) }
    func int(_ i: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(i))) }
    func double(_ i: Int) -> Double { sqlite3_column_double(handle, Int32(i)) }
    func text(_ i: Int) -> String? {
        guard let p = sqlite3_column_text(handle, Int32(i)) else { return nil }
        let n = Int(sqlite3_column_bytes(handle, Int32(i)))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
    func optionalInt(_ i: Int) -> Int? { isNull(i) ? nil : int(i) }
    func optionalDouble(_ i: Int) -> Double? { isNull(i) ? nil : double(i) }

    /// The column's value as a JSON-compatible scalar (for generic output).
    func value(_ i: Int) -> SQLValue {
        switch sqlite3_column_type(handle, Int32(i)) {
        case SQLITE_INTEGER: return .int(int64(i))
        case SQLITE_FLOAT: return .double(double(i))
        case SQLITE_NULL: return .null
        default: return .text(text(i) ?? "")
        }
    }
}
