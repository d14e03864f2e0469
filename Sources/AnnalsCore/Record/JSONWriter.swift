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

    /// Writes `"key":`; the value written next belongs to it. Inlined: at each
    /// call the key's length is a constant, so its bytes are copied by a few
    /// stores instead of a call to `memmove` (a record writes about 170 keys).
    @inline(__always)
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

    /// Writes UTF-8 bytes as a JSON string, escaping as needed. The bytes
    /// that need no escape are found eight at a time (`firstEscape`) and
    /// copied in runs.
    public mutating func string(utf8 b: UnsafeBufferPointer<UInt8>) {
        separator()
        let n = b.count
        guard let p = b.baseAddress, n > 0 else {
            reserve(2)
            put(UInt8(ascii: "\"")); put(UInt8(ascii: "\""))
            return
        }
        var k = Self.firstEscape(p, n, from: 0)
        if k == n {
            reserve(n + 2)
            put(UInt8(ascii: "\""))
            put(p, n)
            put(UInt8(ascii: "\""))
            return
        }
        // at most six bytes (\u00XX) for one
        reserve(n * 6 + 2)
        put(UInt8(ascii: "\""))
        let hex: StaticString = "0123456789abcdef"
        var start = 0
        while k < n {
            put(p + start, k - start)
            let c = p[k]
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
            start = k + 1
            k = Self.firstEscape(p, n, from: start)
        }
        put(p + start, n - start)
        put(UInt8(ascii: "\""))
    }

    /// Whether byte `c` is written escaped: a control byte, `"`, `\` or DEL.
    @inline(__always) static func needsEscape(_ c: UInt8) -> Bool {
        c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F
    }

    /// The index of the first byte at or after `from` that `needsEscape`, or `n`.
    /// Eight bytes are tested at once: a byte under 0x20, and a byte equal
    /// to 0x22, 0x5C or 0x7F (a zero byte after an XOR), by the borrow into
    /// each byte's high bit; the test is exact for "some byte of the eight",
    /// and the byte loop then finds which.
    @inline(__always) static func firstEscape(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var k = from
        while k + 8 <= n {
            let x = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
            let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C), del = x ^ (ones &* 0x7F)
            let hit = ((x &- ones &* 0x20) & ~x)
                | ((quote &- ones) & ~quote)
                | ((backslash &- ones) & ~backslash)
                | ((del &- ones) & ~del)
            if hit & highs != 0 { break }
            k += 8
        }
        while k < n {
            if needsEscape(p[k]) { return k }
            k += 1
        }
        return n
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
    /// Two digits at a time from a table of the pairs 00-99, the length from
    /// comparisons (four digits per division): a record writes about 50
    /// offsets and ids per article.
    @inline(__always) private mutating func unsignedDigits(_ n: UInt, width: Int) {
        let len = max(Self.digitCount(n), width)
        let pairs = Self.digitPairs.utf8Start
        var p = count + len
        var m = n
        while p - count >= 2 {
            let r = Int(truncatingIfNeeded: m % 100)
            m /= 100
            p -= 2
            base[p] = pairs[2 * r]
            base[p + 1] = pairs[2 * r + 1]
        }
        if p > count { base[count] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10) }
        count += len
    }

    /// How many decimal digits `n` has (1 for 0).
    @inline(__always) static func digitCount(_ n: UInt) -> Int {
        var len = 1
        var t = n
        while t >= 10_000 { t /= 10_000; len += 4 }
        if t >= 100 { len += t >= 1000 ? 3 : 2 } else if t >= 10 { len += 1 }
        return len
    }

    /// "00" "01" … "99" in a row.
    @inline(__always) static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
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
