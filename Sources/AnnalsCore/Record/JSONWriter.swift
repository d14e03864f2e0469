/// A small JSON writer with a fixed key order, so the same analysis always
/// gives byte-identical output.
///
/// It writes into one buffer it owns (grown by doubling) and copies it out
/// once in `bytes`: a record is some hundreds of small pieces (keys, short
/// strings, offsets), and appending each to an `[UInt8]` paid a uniqueness
/// and capacity check and a generic `append(contentsOf:)` per piece, and an
/// integer went through `String(v)` first (docs/performance.md, 2026-11-30
/// afternoon). Not copyable: the buffer has one owner and is freed with it.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Open objects and arrays (0 at the top level).
    private var depth = 0
    /// Bit d: the object or array open at depth d already holds a value, so the
    /// next one needs a comma (a stack of flags in one word: records nest a few levels).
    private var needsComma: UInt64 = 0

    public init(capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// What has been written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Room for `n` more bytes.
    @inline(__always) private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(n) }
    }

    @inline(never) private mutating func grow(_ n: Int) {
        let newCapacity = max(capacity * 2, count + n)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.update(from: base, count: count)
        base.deallocate()
        base = new
        capacity = newCapacity
    }

    /// Writes one byte; room must have been reserved.
    @inline(__always) private mutating func put(_ b: UInt8) {
        base[count] = b
        count += 1
    }

    /// Writes bytes; room must have been reserved.
    @inline(__always) private mutating func put(_ p: UnsafePointer<UInt8>, _ n: Int) {
        (base + count).update(from: p, count: n)
        count += n
    }

    @inline(__always) private mutating func putStatic(_ s: StaticString) {
        reserve(s.utf8CodeUnitCount)
        put(s.utf8Start, s.utf8CodeUnitCount)
    }

    @inline(__always) private mutating func separator() {
        let bit: UInt64 = 1 << depth
        if needsComma & bit != 0 { reserve(1); put(UInt8(ascii: ",")) }
        needsComma |= bit
    }

    @inline(__always) private mutating func open(_ c: UInt8) {
        separator()
        reserve(1)
        put(c)
        depth += 1
        precondition(depth < 64, "JSONWriter nests at most 63 levels")
        needsComma &= ~(1 << depth)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { depth -= 1; reserve(1); put(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { depth -= 1; reserve(1); put(UInt8(ascii: "]")) }

    /// Writes `"key":`; the value written next belongs to it.
    public mutating func key(_ k: StaticString) {
        separator()
        let n = k.utf8CodeUnitCount
        reserve(n + 3)
        put(UInt8(ascii: "\""))
        put(k.utf8Start, n)
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        needsComma &= ~(1 << depth)
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// Writes UTF-8 bytes as a JSON string, escaping as needed.
    public mutating func string(utf8 b: UnsafeBufferPointer<UInt8>) {
        separator()
        var clean = true
        for c in b where c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F { clean = false; break }
        if clean {
            reserve(b.count + 2)
            put(UInt8(ascii: "\""))
            if let p = b.baseAddress { put(p, b.count) }
            put(UInt8(ascii: "\""))
            return
        }
        // at most six bytes (\u00XX) for one
        reserve(b.count * 6 + 2)
        put(UInt8(ascii: "\""))
        let hex: StaticString = "0123456789abcdef"
        for c in b {
            guard c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F else { put(c); continue }
            switch c {
            case 0x22: put(0x5C); put(0x22)
            case 0x5C: put(0x5C); put(0x5C)
            case 0x0A: put(0x5C); put(UInt8(ascii: "n"))
            case 0x0D: put(0x5C); put(UInt8(ascii: "r"))
            case 0x09: put(0x5C); put(UInt8(ascii: "t"))
            default:
                put(0x5C); put(UInt8(ascii: "u")); put(0x30); put(0x30)
                put(hex.utf8Start[Int(c >> 4)]); put(hex.utf8Start[Int(c & 15)])
            }
        }
        put(UInt8(ascii: "\""))
    }

    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }

    /// Writes `"` + `prefix` + `n` + `"` (record ids such as "a3", "p1", "e12").
    public mutating func id(_ prefix: UInt8, _ n: Int) {
        separator()
        reserve(2)
        put(UInt8(ascii: "\""))
        put(prefix)
        digits(n)
        reserve(1)
        put(UInt8(ascii: "\""))
    }

    public mutating func int(_ v: Int) { separator(); digits(v) }

    /// The decimal digits of `v`, a minus sign first when negative.
    @inline(__always) private mutating func digits(_ v: Int) {
        reserve(21)
        if v < 0 { put(UInt8(ascii: "-")) }
        unsignedDigits(v.magnitude, width: 1)
    }

    /// The decimal digits of `n`, padded with zeros to `width` digits; room must have been reserved.
    @inline(__always) private mutating func unsignedDigits(_ n: UInt, width: Int) {
        var len = 1
        var t = n
        while t >= 10 { t /= 10; len += 1 }
        len = max(len, width)
        var p = count + len
        var m = n
        repeat {
            p -= 1
            base[p] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10)
            m /= 10
        } while p > count
        count += len
    }

    /// A coordinate in decimal degrees with at most 4 decimals (about 11 m); null when nil.
    public mutating func coordinate(_ v: Double?) {
        guard let v else { null(); return }
        separator()
        let scaled = (v * 10_000).rounded()
        let n = UInt(abs(scaled))
        reserve(27)
        if scaled < 0 { put(UInt8(ascii: "-")) }
        unsignedDigits(n / 10_000, width: 1)
        var frac = n % 10_000
        if frac != 0 {
            var width = 4
            while frac % 10 == 0 { frac /= 10; width -= 1 }
            put(UInt8(ascii: "."))
            unsignedDigits(frac, width: width)
        }
    }

    /// A number with at most two decimals ("1.9", "-10", "0.85"), written the same on every platform.
    public mutating func double(_ v: Double) {
        separator()
        let scaled = (v * 100).rounded()
        let n = UInt(abs(scaled))
        reserve(25)
        if scaled < 0 { put(UInt8(ascii: "-")) }
        unsignedDigits(n / 100, width: 1)
        let frac = n % 100
        if frac != 0 {
            put(UInt8(ascii: "."))
            if frac % 10 == 0 { unsignedDigits(frac / 10, width: 1) } else { unsignedDigits(frac, width: 2) }
        }
    }

    public mutating func bool(_ v: Bool) { separator(); if v { putStatic("true") } else { putStatic("false") } }

    public mutating func null() { separator(); putStatic("null") }

    /// Appends a newline (end of a JSON Lines record).
    public mutating func newline() { reserve(1); put(0x0A) }
}
