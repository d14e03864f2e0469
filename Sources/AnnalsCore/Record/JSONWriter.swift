/// A small, allocation-light JSON writer with a fixed key order, so the same
/// analysis always gives byte-identical output.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Open objects and arrays (0 at the top level).
    private var depth = 0
    /// Bit d: the object or array open at depth d already holds a value, so the
    /// next one needs a comma (a stack of flags in one word: records nest a few levels).
    private var needsComma: UInt64 = 0

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    @inline(__always) private mutating func separator() {
        let bit: UInt64 = 1 << depth
        if needsComma & bit != 0 { bytes.append(UInt8(ascii: ",")) }
        needsComma |= bit
    }

    @inline(__always) private mutating func open(_ c: UInt8) {
        separator()
        bytes.append(c)
        depth += 1
        precondition(depth < 64, "JSONWriter nests at most 63 levels")
        needsComma &= ~(1 << depth)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { depth -= 1; bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { depth -= 1; bytes.append(UInt8(ascii: "]")) }

    /// Writes `"key":`; the value written next belongs to it.
    public mutating func key(_ k: StaticString) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma &= ~(1 << depth)
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// Writes UTF-8 bytes as a JSON string, escaping as needed.
    public mutating func string(utf8 b: UnsafeBufferPointer<UInt8>) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for i in 0..<b.count {
            let c = b[i]
            guard c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F else { continue }
            if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
            runStart = i + 1
            switch c {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                hex.withUTF8Buffer { h in
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, h[Int(c >> 4)], h[Int(c & 15)]])
                }
            }
        }
        if b.count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<b.count])) }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }

    public mutating func int(_ v: Int) { separator(); bytes.append(contentsOf: String(v).utf8) }

    /// A number with at most two decimals ("1.9", "-10", "0.85"), written the same on every platform.
    /// A coordinate in decimal degrees with at most 4 decimals (about 11 m); null when nil.
    public mutating func coordinate(_ v: Double?) {
        guard let v else { null(); return }
        separator()
        let scaled = (v * 10_000).rounded()
        let n = Int(abs(scaled))
        var s = (scaled < 0 ? "-" : "") + String(n / 10_000)
        var frac = n % 10_000
        if frac != 0 {
            var digits = 4
            while frac % 10 == 0 { frac /= 10; digits -= 1 }
            let f = String(frac)
            s += "." + String(repeating: "0", count: digits - f.count) + f
        }
        bytes.append(contentsOf: s.utf8)
    }

    public mutating func double(_ v: Double) {
        separator()
        let scaled = (v * 100).rounded()
        let negative = scaled < 0
        let n = Int(abs(scaled))
        var s = (negative ? "-" : "") + String(n / 100)
        let frac = n % 100
        if frac != 0 { s += frac % 10 == 0 ? "." + String(frac / 10) : "." + (frac < 10 ? "0" : "") + String(frac) }
        bytes.append(contentsOf: s.utf8)
    }

    public mutating func bool(_ v: Bool) { separator(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }

    public mutating func null() { separator(); bytes.append(contentsOf: "null".utf8) }

    /// Appends a newline (end of a JSON Lines record).
    public mutating func newline() { bytes.append(0x0A) }
}
