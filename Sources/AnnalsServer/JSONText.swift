import AnnalsStore
#if canImport(Glibc)
import Glibc
#endif

/// JSON text written as UTF-8 bytes (the API's answers are rows of
/// scalars; building them byte by byte is several times faster than
/// appending Swift strings). Numbers are written as `JSON.number` writes
/// them (integers without a fraction, others with up to 6 decimals), so the
/// API and `annals events --format jsonl` agree.
struct JSONText {
    var bytes: [UInt8] = []

    init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    var s: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ t: StaticString) {
        t.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ t: String) { bytes.append(contentsOf: t.utf8) }

    mutating func string(_ t: String?) {
        guard var t else { raw("null"); return }
        t.withUTF8 { quote($0) }
    }

    /// A JSON string of UTF-8 bytes: `"`, `\` and control characters escaped, runs of other bytes copied whole.
    mutating func quote(_ p: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var runStart = 0
        for i in 0..<p.count {
            let c = p[i]
            guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i])) }
            switch c {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            }
            runStart = i + 1
        }
        if runStart < p.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart...])) }
        bytes.append(0x22)
    }

    mutating func int(_ i: Int) { int64(Int64(i)) }

    mutating func int64(_ i: Int64) {
        if i >= 0 && i < 10 { bytes.append(0x30 + UInt8(i)); return }
        var digits: [UInt8] = []
        var m = i.magnitude
        while m > 0 { digits.append(0x30 + UInt8(m % 10)); m /= 10 }
        if i < 0 { bytes.append(0x2D) }
        bytes.append(contentsOf: digits.reversed())
    }

    mutating func number(_ d: Double) {
        guard d.isFinite else { raw("null"); return }
        if d == d.rounded(), abs(d) < 1e15 { int64(Int64(d)); return }
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buf in
            let n = Int(snprintfDouble(buf.baseAddress!, 64, d))
            guard n > 0, n < 64 else { return }
            var end = n
            let u = UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: UInt8.self)
            while end > 0, u[end - 1] == 0x30 { end -= 1 }
            if end > 0, u[end - 1] == 0x2E { end -= 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(start: u, count: end))
        }
    }

    mutating func value(_ v: StoreValue) {
        switch v {
        case .null: raw("null")
        case .int(let i): int64(i)
        case .double(let d): number(d)
        case .text(let t): string(t)
        }
    }

    /// How a column is written: as its value, as JSON text it already holds, or 0/1 as false/true.
    enum ColumnKind { case value, raw, bool }

    static func kinds(_ columns: [String], raw: Set<String>, bool: Set<String>) -> [ColumnKind] {
        columns.map { raw.contains($0) ? .raw : bool.contains($0) ? .bool : .value }
    }

    /// `{"col": value, …}` for one row; `keys` are the columns already quoted with their colon (`"name":`).
    mutating func row(_ keys: [[UInt8]], _ kinds: [ColumnKind], _ row: [StoreValue]) {
        bytes.append(0x7B)
        for i in 0..<keys.count {
            if i > 0 { bytes.append(0x2C) }
            bytes.append(contentsOf: keys[i])
            let v = row[i]
            switch (kinds[i], v) {
            case (.raw, .text(let t)) where t.first == "[" || t.first == "{": raw(t)
            case (.bool, .int(let n)): n != 0 ? raw("true") : raw("false")
            default: value(v)
            }
        }
        bytes.append(0x7D)
    }

    /// Each column name as a JSON string followed by a colon.
    static func keys(_ columns: [String]) -> [[UInt8]] {
        columns.map { c in var j = JSONText(capacity: c.utf8.count + 3); j.string(c); j.bytes.append(0x3A); return j.bytes }
    }
}

/// `%.6f` of a double into `buffer` (C's snprintf: locale-independent for the C locale the server runs in).
@inline(__always)
private func snprintfDouble(_ buffer: UnsafeMutablePointer<CChar>, _ size: Int, _ d: Double) -> Int32 {
    withVaList([d]) { vsnprintf(buffer, size, "%.6f", $0) }
}
