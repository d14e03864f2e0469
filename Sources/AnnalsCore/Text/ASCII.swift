/// ASCII letter case and classes on one byte of UTF-8 text.
///
/// Every byte of a multi-byte scalar is 0x80 or above, so none of them is an
/// ASCII letter, capital or digit, and lowercasing leaves them as they are:
/// these answer the same whether a byte stands alone or within a scalar.
extension UInt8 {
    /// A–Z.
    @inline(__always) var isASCIIUpper: Bool { self &- 0x41 < 26 }

    /// a–z.
    @inline(__always) var isASCIILower: Bool { self &- 0x61 < 26 }

    /// a–z or A–Z.
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }

    /// 0–9.
    @inline(__always) var isASCIIDigit: Bool { self &- 0x30 < 10 }

    /// An ASCII capital as its lowercase letter; any other byte as it is.
    @inline(__always) var asciiLowercased: UInt8 { isASCIIUpper ? self | 0x20 : self }

    /// An ASCII letter of either case as its lowercase letter; nil for any other byte.
    @inline(__always) var asciiLetterLowercased: UInt8? {
        let lower = self | 0x20   // 0x20 is the case bit of a letter
        return lower &- 0x61 < 26 ? lower : nil
    }
}

extension String {
    /// Whether the string ends in the bytes of `suffix`, an ASCII literal ("ly", "ing", "'s"),
    /// read on its bytes: `hasSuffix` compares characters, a hundred instructions and more per
    /// test. The answers agree unless the character before the suffix joins its first one into
    /// one character (a prepended mark such as U+0600 before a letter), as no other spelling is
    /// canonically equal to ASCII letters or punctuation.
    @inline(__always) func hasASCIISuffix(_ suffix: StaticString) -> Bool {
        let u = utf8
        var k = suffix.utf8CodeUnitCount
        guard u.count >= k else { return false }
        let s = suffix.utf8Start
        var i = u.endIndex
        while k > 0 {
            i = u.index(before: i)
            k -= 1
            if u[i] != s[k] { return false }
        }
        return true
    }
}
