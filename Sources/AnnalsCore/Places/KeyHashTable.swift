/// A table from a place name's key hash (`HashSink.value`, `Gazetteer.keyHash`)
/// to a value, for the tables one article's place recognition builds (and
/// the actor keys by `ActorRecognizer.keyHash`).
///
/// The key is already a hash of the name, so a slot is found from its own
/// bits (one multiplication) with linear probing. A `[UInt64: Value]` hashes
/// the hash again with a seeded SipHash at every lookup and insertion, which
/// cost more than the rest of the lookup (docs/performance.md, 2026-11-30
/// afternoon). Values are kept in insertion order.
struct KeyHashTable<Value> {
    /// Per slot: the index of its entry plus one; 0 is an empty slot. Empty until the first insertion.
    private var slots: [Int] = []
    private var keys: [UInt64] = []
    /// The values, in the order their keys were first inserted.
    private(set) var values: [Value] = []
    /// 64 minus the base-2 logarithm of `slots.count`.
    private var shift = 64
    private var wanted: Int

    /// A table that holds `minimumCapacity` keys before it grows.
    init(minimumCapacity: Int = 0) { wanted = minimumCapacity }

    var isEmpty: Bool { keys.isEmpty }

    @inline(__always) private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// The entry of `key` (an index into `values`), or nil.
    @inline(__always) func index(of key: UInt64) -> Int? {
        if slots.isEmpty { return nil }
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if keys[s - 1] == key { return s - 1 }
            i = (i + 1) & mask
        }
    }

    subscript(key: UInt64) -> Value? {
        get {
            guard let k = index(of: key) else { return nil }
            return values[k]
        }
    }

    /// Sets the value of `key`, inserting it when it is new.
    mutating func set(_ key: UInt64, _ value: Value) {
        if let k = index(of: key) { values[k] = value; return }
        if (keys.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = home(key)
        while slots[i] != 0 { i = (i + 1) & mask }
        keys.append(key)
        values.append(value)
        slots[i] = keys.count
    }

    /// At most half the slots in use, at least 16 slots.
    private mutating func grow() {
        var size = max(16, slots.count * 2)
        while size < wanted * 2 { size *= 2 }
        wanted = 0
        if keys.isEmpty { keys.reserveCapacity(size / 2); values.reserveCapacity(size / 2) }
        slots = [Int](filled: 0, count: size)
        shift = 64 - size.trailingZeroBitCount
        let mask = size - 1
        for (k, key) in keys.enumerated() {
            var i = home(key)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = k + 1
        }
    }
}

/// The recognizer keeps two tables made at load (country forms, area abbreviations) and
/// shares them between threads; they are only read after the load.
extension KeyHashTable: Sendable where Value: Sendable {}
