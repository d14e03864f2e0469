import Testing
@testable import AnnalsCore

/// `KeyHashTable` against a `[UInt64: Int]` on the same operations: lookups of
/// present and absent keys, overwrites, growth past its first slots, and the
/// order of its values (first insertion).
@Suite struct KeyHashTableTests {
    @Test func agreesWithADictionary() {
        var table = KeyHashTable<Int>()
        var reference: [UInt64: Int] = [:]
        var order: [UInt64] = []
        #expect(table.isEmpty)
        #expect(table[42] == nil)
        // keys that share their low bits and keys that share their high bits, 0 and UInt64.max
        var keys: [UInt64] = [0, UInt64.max, 1, 1 << 40, 3 << 40, 0x9E37_79B9_7F4A_7C15]
        for k in 0..<300 { keys.append(UInt64(k) << 32); keys.append(UInt64(k) &* 0x1000_0001) }
        for (n, key) in keys.enumerated() {
            if reference[key] == nil { order.append(key) }
            table.set(key, n)
            reference[key] = n
        }
        // overwrite every third key: the value changes, its place in the order does not
        for (n, key) in order.enumerated() where n % 3 == 0 {
            table.set(key, -n)
            reference[key] = -n
        }
        for key in order { #expect(table[key] == reference[key]) }
        #expect(table.values == order.map { reference[$0]! })
        for absent: UInt64 in [2, 5 << 40, 0x1234_5678, UInt64.max - 1] where reference[absent] == nil {
            #expect(table[absent] == nil)
            #expect(table.index(of: absent) == nil)
        }
        #expect(!table.isEmpty)
    }

    @Test func optionalValuesKeepAnAbsentResult() {
        // the place lookups cache a name found in no table as a nil value
        var table = KeyHashTable<Int?>(minimumCapacity: 100)
        table.set(7, nil)
        table.set(8, 3)
        #expect(table.index(of: 7) != nil)
        #expect(table[7] == .some(nil))
        #expect(table[8] == .some(3))
        #expect(table[9] == nil)
    }
}
