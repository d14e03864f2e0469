import Testing
@testable import AnnalsCore

/// `StringNumbering` against a `[String: Int]` numbering the same strings in
/// the same order: repeats keep their number, new strings take the next one,
/// through growth past the first slots; strings that differ only in a byte,
/// the empty string and non-ASCII strings stay apart, and so do strings of one hash.
@Suite struct StringNumberingTests {
    @Test func agreesWithADictionary() {
        var numbering = StringNumbering()
        var reference: [String: Int] = [:]
        var strings = ["USA", "USA.NY", "", "GBR", "GBR.ENG", "USA", "usa", "USA.N", "USA.NY ", "Zürich", "Zurich", "USA.NY"]
        for k in 0..<200 { strings.append("C\(k % 70).\(k % 13)") }
        for s in strings {
            let expected = reference[s] ?? reference.count
            reference[s] = expected
            #expect(numbering.number(s) == expected, "\(s)")
        }
        #expect(numbering.count == reference.count)
        #expect(numbering.strings.count == reference.count)
        for (s, n) in reference { #expect(numbering.strings[n] == s) }
    }

    /// Strings that share a hash (the hash cut to two bits here) are chained and still numbered apart.
    @Test func sharedHashesStayApart() {
        var numbering = StringNumbering(hashMask: 0x3)
        var reference: [String: Int] = [:]
        for k in 0..<300 {
            let s = "A\(k * 7 % 53)"
            let expected = reference[s] ?? reference.count
            reference[s] = expected
            #expect(numbering.number(s) == expected, "\(s)")
        }
        #expect(numbering.count == 53)
        for (s, n) in reference { #expect(numbering.strings[n] == s) }
    }

    @Test func reservedCapacityNumbersTheSame() {
        var small = StringNumbering(minimumCapacity: 0)
        var large = StringNumbering(minimumCapacity: 500)
        for k in 0..<100 {
            let s = "K\(k * 7 % 31)"
            #expect(small.number(s) == large.number(s))
        }
        #expect(small.count == 31 && large.count == 31)
    }
}
