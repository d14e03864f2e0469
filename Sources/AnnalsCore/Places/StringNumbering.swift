/// Numbers distinct strings 0, 1, 2 … in the order they are first given: the
/// place resolution's countries and "country.admin1" area keys of one article,
/// so that its votes are arrays indexed by number.
///
/// The UTF-8 bytes are hashed with FNV-1a (64 bits) into an open-addressed
/// table with linear probing; an equal hash is confirmed by comparing the
/// strings, so two strings never share a number. A `[String: Int]` ran a
/// seeded SipHash at every lookup and again at every insertion
/// (docs/performance.md, 2026-11-30 evening).
struct StringNumbering {
    /// Per slot: the number of its string plus one; 0 is an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    /// The strings, by number.
    private(set) var strings: [String] = []
    /// 64 minus the base-2 logarithm of `slots.count`.
    private var shift: Int

    /// A table that numbers `minimumCapacity` strings before it grows.
    init(minimumCapacity: Int = 0) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        shift = 64 - size.trailingZeroBitCount
        hashes.reserveCapacity(size / 2)
        strings.reserveCapacity(size / 2)
    }

    /// How many distinct strings have been numbered.
    var count: Int { strings.count }

    @inline(__always) private static func hash(_ s: String) -> UInt64 {
        var sink = HashSink()   // the gazetteer's FNV-1a over bytes
        for b in s.utf8 { sink.append(b) }
        return sink.h
    }

    @inline(__always) private func home(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// The number of `s`: its old one, or the next one when it is new.
    /// - Complexity: O(1) on average (O(`s.utf8.count`) to hash it).
    mutating func number(_ s: String) -> Int {
        let h = Self.hash(s)
        let mask = slots.count - 1
        var i = home(h)
        while true {
            let e = Int(slots[i])
            if e == 0 { break }
            if hashes[e - 1] == h, strings[e - 1] == s { return e - 1 }
            i = (i + 1) & mask
        }
        let n = strings.count
        hashes.append(h)
        strings.append(s)
        if (n + 1) * 2 > slots.count { grow() } else { slots[i] = Int32(n + 1) }
        return n
    }

    /// Doubles the slots and places every string again (the newest included).
    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        shift = 64 - size.trailingZeroBitCount
        let mask = size - 1
        for (k, h) in hashes.enumerated() {
            var i = home(h)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(k + 1)
        }
    }
}
