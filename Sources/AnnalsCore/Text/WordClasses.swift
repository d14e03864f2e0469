/// Word classes shared by every capability: each layer registers the words
/// it tests, and the document looks each token up once, so a layer asks
/// "is this a speech verb?" with a bit test instead of a hash lookup.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Actors
    public static let actorKeyStart = WordClass(rawValue: 1 << 0)
    public static let determiner = WordClass(rawValue: 1 << 1)
    public static let locative = WordClass(rawValue: 1 << 2)
    public static let notName = WordClass(rawValue: 1 << 3)
    public static let actorLowerStart = WordClass(rawValue: 1 << 4)
    // Quotes
    /// A word before a form of a verb of saying that makes it a noun ("his remarks"); quotes/function-words.tsv.
    public static let nounMarker = WordClass(rawValue: 1 << 5)
    public static let speechCue = WordClass(rawValue: 1 << 8)
    public static let evaluativeCue = WordClass(rawValue: 1 << 9)
    public static let pronoun = WordClass(rawValue: 1 << 10)
    public static let title = WordClass(rawValue: 1 << 11)
    public static let nonPersonHead = WordClass(rawValue: 1 << 12)
    public static let quoteNotName = WordClass(rawValue: 1 << 13)
    public static let adverb = WordClass(rawValue: 1 << 14)
    public static let clauseWord = WordClass(rawValue: 1 << 15)
    public static let innerWord = WordClass(rawValue: 1 << 16)
    public static let quoteDeterminer = WordClass(rawValue: 1 << 17)
    /// The quote layer's other word lists (quotes/function-words.tsv and titles.tsv),
    /// tested at every token of a speaker's phrase.
    public static let quotePreposition = WordClass(rawValue: 1 << 40)
    public static let coordinator = WordClass(rawValue: 1 << 41)
    public static let maleWord = WordClass(rawValue: 1 << 42)
    public static let femaleWord = WordClass(rawValue: 1 << 43)
    public static let descriptor = WordClass(rawValue: 1 << 44)
    public static let nameParticle = WordClass(rawValue: 1 << 45)
    public static let personPronoun = WordClass(rawValue: 1 << 46)
    public static let groupPronoun = WordClass(rawValue: 1 << 47)
    // Places
    public static let placeCommonWord = WordClass(rawValue: 1 << 18)
    public static let placeCue = WordClass(rawValue: 1 << 19)
    public static let placeConnector = WordClass(rawValue: 1 << 20)
    public static let placeSuffix = WordClass(rawValue: 1 << 21)
    public static let placeTitle = WordClass(rawValue: 1 << 22)
    // Events
    public static let eventTrigger = WordClass(rawValue: 1 << 24)
    public static let topicCue = WordClass(rawValue: 1 << 25)
    /// A word some trigger's pattern requires after the trigger (`TriggerEntry.byNext`).
    public static let eventNextWord = WordClass(rawValue: 1 << 26)
    // Time
    /// A form the time grammar reads at every token (`TimeLexicon.word`).
    public static let timeWord = WordClass(rawValue: 1 << 28)
}

/// The table from normalized word to its classes, and to its word id.
///
/// A word's id is its entry's index: fixed once the word is added, and
/// the same in every document built with this table (`Document.wordIDs`).
/// A layer that keeps its own table of words registers them here and keeps
/// its values by id (`WordIndex`), so that it reads a token's value with an
/// array index instead of hashing the token's string again.
///
/// Looked up once per token of every article, so it is its own small hash
/// table rather than a `[String: WordClass]`: keys are UTF-8 bytes kept one
/// after another in one array, hashed eight bytes at a time with a
/// multiply-and-shift mix (most words are one load, where `String` hashing
/// seeds and finalizes SipHash for every word) and probed linearly in a power-of-two slot array at most half full.
public struct WordClasses: Sendable {
    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var classes: WordClass
        /// The key's first eight bytes, packed (`Probe.head`): most words are
        /// told apart, or found equal, by this one comparison.
        var head: UInt64
    }

    /// A key read once, eight bytes at a time: its hash and its first eight
    /// bytes, with ASCII capitals lowercased when asked.
    private struct Probe {
        var hash: UInt64
        var head: UInt64 = 0

        /// `readable`: how many bytes from the key's start may be read (at
        /// least its length); a chunk with eight readable bytes is one load,
        /// masked to the key's bytes, instead of a byte loop.
        @inline(__always) init(_ key: UnsafeBufferPointer<UInt8>, readable: Int, lowercasing: Bool) {
            let n = key.count
            var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
            if let p = key.baseAddress {
                var k = 0
                while k < n {
                    let left = n - k
                    var w: UInt64
                    if readable - k >= 8 {
                        w = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
                        if left < 8 { w &= (1 &<< (8 * UInt64(left))) &- 1 }
                    } else {
                        w = 0
                        for j in 0..<Swift.min(left, 8) { w |= UInt64(p[k + j]) &<< (8 * UInt64(j)) }
                    }
                    if lowercasing { w = Probe.lowercased(w) }
                    if k == 0 { head = w }
                    h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
                    h ^= h &>> 32
                    k += 8
                }
            }
            h = (h ^ (h &>> 29)) &* 0xC4CE_B9FE_1A85_EC53
            hash = h ^ (h &>> 32)
        }

        /// `UInt8.asciiLowercased` on each of eight packed bytes at once.
        @inline(__always) static func lowercased(_ w: UInt64) -> UInt64 {
            let high: UInt64 = 0x8080_8080_8080_8080
            let x = w & ~high                                  // each byte below 0x80: no carry between bytes
            let atLeastA = x &+ 0x3F3F_3F3F_3F3F_3F3F          // high bit set where x >= 0x41
            let pastZ = x &+ 0x2525_2525_2525_2525             // high bit set where x >= 0x5B
            let upper = atLeastA & ~pastZ & ~w & high          // ... and the byte itself is ASCII
            return w | (upper &>> 2)
        }
    }
    /// Every key's UTF-8 bytes, one after another.
    private var keyBytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Every word as it was added, by id: a document takes a known token's
    /// normalized form from here instead of building a `String` of its own.
    private var words: [String] = []
    /// Entry index + 1 per slot, 0 for an empty slot.
    private var slots: [Int32] = []

    public init() {}

    /// Whether no word has been registered.
    public var isEmpty: Bool { entries.isEmpty }

    /// The number of words registered: ids run from 0 to `count - 1`.
    public var count: Int { entries.count }

    public mutating func add(_ words: some Sequence<String>, _ cls: WordClass) {
        for w in words { add(w, cls) }
    }

    /// Adds `word` with the classes `cls` (none: only an id) to those it
    /// has, and returns its id.
    @discardableResult public mutating func add(_ word: String, _ cls: WordClass) -> Int32 {
        var w = word
        return w.withUTF8 { key in
            if let e = find(key) {
                entries[e].classes.formUnion(cls)
                return Int32(e)
            }
            insert(key, cls)
            words.append(word)
            return Int32(entries.count - 1)
        }
    }

    @inline(__always) public func classes(of norm: String) -> WordClass {
        let id = id(of: norm)
        return id >= 0 ? entries[Int(id)].classes : []
    }

    /// The classes of the word with id `id` (from `id(of:)`, not -1).
    @inline(__always) public func classes(ofID id: Int32) -> WordClass { entries[Int(id)].classes }

    /// The id of `norm`, -1 when it was never added.
    @inline(__always) public func id(of norm: String) -> Int32 {
        guard !entries.isEmpty else { return -1 }
        // native and small strings always have contiguous UTF-8; a bridged one would take the copy
        if let found = norm.utf8.withContiguousStorageIfAvailable({ key in find(key) }) {
            return found.map { Int32($0) } ?? -1
        }
        return Array(norm.utf8).withUnsafeBufferPointer { key in find(key) }.map { Int32($0) } ?? -1
    }

    /// The id of the ASCII word `key` with its letters lowercased (the
    /// document's normalized form of an ASCII token), -1 when it was never
    /// added: looked up on the text's own bytes, without making the form.
    /// `readable`: how many bytes from the key's start may be read (the
    /// rest of the text; default the key's length), so the key is read
    /// eight bytes at a time.
    @inline(__always) public func id(ofLowercasedASCII key: UnsafeBufferPointer<UInt8>, readable: Int? = nil) -> Int32 {
        guard !entries.isEmpty else { return -1 }
        return find(key, readable: Swift.max(readable ?? key.count, key.count), lowercasing: true).map { Int32($0) } ?? -1
    }

    /// The word with id `id` (not -1), as it was added.
    @inline(__always) public func word(ofID id: Int32) -> String { words[Int(id)] }

    /// The entry holding `key` (read with its ASCII capitals lowercased when
    /// `lowercasing`), nil when absent.
    @inline(__always) private func find(_ key: UnsafeBufferPointer<UInt8>, readable: Int? = nil, lowercasing: Bool = false) -> Int? {
        guard !slots.isEmpty else { return nil }
        let probe = Probe(key, readable: readable ?? key.count, lowercasing: lowercasing)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: probe.hash) & mask
        while true {
            let e = Int(slots[s]) - 1
            if e < 0 { return nil }
            let entry = entries[e]
            if entry.head == probe.head, Int(entry.length) == key.count, key.count <= 8 || equalTail(entry.start, key, lowercasing) { return e }
            s = (s + 1) & mask
        }
    }

    /// Whether the key's bytes after the eighth are the entry's (the first eight are its `head`).
    @inline(__always) private func equalTail(_ start: Int32, _ key: UnsafeBufferPointer<UInt8>, _ lowercasing: Bool) -> Bool {
        var k = Int(start) + 8
        for b in key.dropFirst(8) {
            if keyBytes[k] != (lowercasing ? b.asciiLowercased : b) { return false }
            k += 1
        }
        return true
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ cls: WordClass) {
        entries.append(Entry(start: Int32(keyBytes.count), length: Int32(key.count), classes: cls, head: Probe(key, readable: key.count, lowercasing: false).head))
        keyBytes.append(contentsOf: key)
        if entries.count * 2 > slots.count {
            // grow and place every entry again
            slots = [Int32](repeating: 0, count: max(64, slots.count * 2))
            for e in entries.indices { place(e) }
        } else {
            place(entries.count - 1)
        }
    }

    private mutating func place(_ e: Int) {
        let entry = entries[e]
        let mask = slots.count - 1
        let h = keyBytes.withUnsafeBufferPointer { b in
            Probe(UnsafeBufferPointer(rebasing: b[Int(entry.start)..<Int(entry.start + entry.length)]),
                  readable: b.count - Int(entry.start), lowercasing: false).hash
        }
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(e + 1)
    }
}

/// A layer's values by word id (`WordClasses`): the index of the value in
/// the layer's own array, -1 for a word without one. Ids past the end (words
/// other layers registered later) have none.
public struct WordIndex: Sendable {
    private var slots: [Int32] = []

    public init() {}

    /// Whether no word has a value.
    public var isEmpty: Bool { slots.isEmpty }

    /// The value index of word `id`, -1 for none (and for id -1).
    @inline(__always) public subscript(id: Int32) -> Int32 {
        get { id >= 0 && Int(id) < slots.count ? slots[Int(id)] : -1 }
        set {
            precondition(id >= 0, "no word id")
            if Int(id) >= slots.count {
                // grown by doubling: layers set ids in increasing order, most of them new
                slots.append(contentsOf: repeatElement(-1, count: max(Int(id) + 1, 2 * slots.count) - slots.count))
            }
            slots[Int(id)] = newValue
        }
    }
}
