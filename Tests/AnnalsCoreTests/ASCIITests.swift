import Testing
@testable import AnnalsCore

/// `UInt8`'s ASCII case and class tests (Text/ASCII.swift): examples at the
/// edges of each range, and every byte against the standard library's answer.
@Suite struct ASCIITests {
    // byte, upper, lower, letter, digit, lowercased
    @Test(arguments: [
        (UInt8(ascii: "A"), true, false, true, false, UInt8(ascii: "a")),
        (UInt8(ascii: "Z"), true, false, true, false, UInt8(ascii: "z")),
        (UInt8(ascii: "a"), false, true, true, false, UInt8(ascii: "a")),
        (UInt8(ascii: "z"), false, true, true, false, UInt8(ascii: "z")),
        (UInt8(ascii: "0"), false, false, false, true, UInt8(ascii: "0")),
        (UInt8(ascii: "9"), false, false, false, true, UInt8(ascii: "9")),
        // counter-examples: the neighbours of each range, and their case bit set
        (UInt8(ascii: "@"), false, false, false, false, UInt8(ascii: "@")),   // 0x40, before A
        (UInt8(ascii: "["), false, false, false, false, UInt8(ascii: "[")),   // 0x5B, after Z; | 0x20 is {
        (UInt8(ascii: "`"), false, false, false, false, UInt8(ascii: "`")),   // 0x60, before a
        (UInt8(ascii: "{"), false, false, false, false, UInt8(ascii: "{")),   // 0x7B, after z
        (UInt8(ascii: "/"), false, false, false, false, UInt8(ascii: "/")),   // 0x2F, before 0
        (UInt8(ascii: ":"), false, false, false, false, UInt8(ascii: ":")),   // 0x3A, after 9
        (UInt8(ascii: " "), false, false, false, false, UInt8(ascii: " ")),
        (0x00, false, false, false, false, 0x00),
        (0xC1, false, false, false, false, 0xC1),   // a lead byte whose low bits are "A"
        (0xE1, false, false, false, false, 0xE1),   // ... and "a"
        (0x81, false, false, false, false, 0x81),   // a continuation byte
        (0xFF, false, false, false, false, 0xFF),
    ] as [(UInt8, Bool, Bool, Bool, Bool, UInt8)])
    func classes(_ b: UInt8, _ upper: Bool, _ lower: Bool, _ letter: Bool, _ digit: Bool, _ lowercased: UInt8) {
        #expect(b.isASCIIUpper == upper)
        #expect(b.isASCIILower == lower)
        #expect(b.isASCIILetter == letter)
        #expect(b.isASCIIDigit == digit)
        #expect(b.asciiLowercased == lowercased)
        #expect(b.asciiLetterLowercased == (letter ? lowercased : nil))
    }

    /// Every byte answers as `Character` and `String.lowercased` do on the ASCII character it is.
    @Test func everyByte() {
        for v in 0...255 {
            let b = UInt8(v)
            let c = Character(Unicode.Scalar(b))
            let ascii = b < 0x80
            #expect(b.isASCIIUpper == (ascii && c.isUppercase && c.isLetter), "\(b)")
            #expect(b.isASCIILower == (ascii && c.isLowercase && c.isLetter), "\(b)")
            #expect(b.isASCIILetter == (ascii && c.isLetter), "\(b)")
            #expect(b.isASCIIDigit == (ascii && c.isWholeNumber), "\(b)")
            #expect(b.asciiLowercased == (ascii ? String(c).lowercased().utf8.first! : b), "\(b)")
        }
    }

    /// `hasASCIISuffix` answers as `hasSuffix` does, on words and counter-examples: too short,
    /// a suffix that is the whole word, non-ASCII words, a combining mark after the suffix.
    @Test(arguments: [
        ("quickly", "ly", true), ("ly", "ly", true), ("y", "ly", false), ("", "s", false), ("fly", "ing", false),
        ("Obama's", "'s", true), ("Obama’s", "'s", false), ("states'", "s'", true), ("said,", ",", true),
        ("attacked", "ed", true), ("quoted", "ing", false), ("démarrés", "s", true), ("café", "e", false),
        ("cafe\u{301}", "e", false), ("naïvely", "ly", true), ("東京s", "s", true), ("running", "ing", true),
    ])
    func suffix(_ word: String, _ suffix: String, _ expected: Bool) {
        let literal: StaticString
        switch suffix {
        case "ly": literal = "ly"
        case "s": literal = "s"
        case "ing": literal = "ing"
        case "'s": literal = "'s"
        case "s'": literal = "s'"
        case ",": literal = ","
        case "ed": literal = "ed"
        default: literal = "e"
        }
        #expect(word.hasASCIISuffix(literal) == expected, "\(word) \(suffix)")
        #expect(word.hasSuffix(suffix) == expected, "\(word) \(suffix)")
    }
}
