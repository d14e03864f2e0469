/// Numbers distinct strings 0, 1, 2 … in the order they are first given: the
/// place resolution's rare area keys too long to pack (`PlaceRun.Numbering`),
/// so that its votes are arrays indexed by number.
///
/// The UTF-8 bytes are hashed with FNV-1a (64 bits, `HashSink`) into the
/// recognizer's open-addressed table of key hashes (`KeyHashTable`), which
/// holds the number of the first string of each hash; strings of one hash
/// are chained, and a string is confirmed by comparing it, so two strings
/// never share a number. A `[String: Int]` ran a seeded SipHash at every
/// lookup and again at every insertion (docs/performance.md, 2026-11-30 evening).
struct StringNumbering {
    /// Per hash: the number of its first string.
    private var firsts: KeyHashTable<Int>
    /// Per number: the next number whose string has the same hash, or -1.
    private var sameHash: [Int] = []
    /// The strings, by number.
    private(set) var strings: [String] = []
    /// The bits of the hash kept (all but in tests, which make strings share a hash).
    private let hashMask: UInt64

    /// A table that numbers `minimumCapacity` strings before it grows.
    init(minimumCapacity: Int = 0, hashMask: UInt64 = .max) {
        firsts = KeyHashTable(minimumCapacity: minimumCapacity)
        self.hashMask = hashMask
    }

    /// How many distinct strings have been numbered.
    var count: Int { strings.count }

    /// The number of `s`: its old one, or the next one when it is new.
    /// - Complexity: O(1) on average (O(`s.utf8.count`) to hash it).
    mutating func number(_ s: String) -> Int {
        var sink = HashSink()   // the gazetteer's FNV-1a over bytes
        for b in s.utf8 { sink.append(b) }
        let h = sink.h & hashMask
        let n = strings.count
        if let k = firsts.index(of: h) {
            var j = firsts.values[k]
            while true {
                if strings[j] == s { return j }
                if sameHash[j] < 0 { sameHash[j] = n; break }
                j = sameHash[j]
            }
        } else {
            firsts.set(h, n)
        }
        strings.append(s)
        sameHash.append(-1)
        return n
    }
}
