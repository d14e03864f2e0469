import Testing
@testable import AnnalsCore

/// Text → tokens, examples and counter-examples. Expected tokens are written
/// out by hand; each is the exact original text of the token.
@Suite struct TokenizerTests {
    @Test(arguments: [
        // words, punctuation, numbers
        ("Hello, world!", ["Hello", ",", "world", "!"]),
        ("Growth was 3.5 percent.", ["Growth", "was", "3.5", "percent", "."]),
        ("1,000 people at 10:30 on 12/12/2022", ["1,000", "people", "at", "10:30", "on", "12/12/2022"]),
        ("It rose 3. Then", ["It", "rose", "3", ".", "Then"]),
        ("the 1990s and the 14th day, Q3", ["the", "1990s", "and", "the", "14th", "day", ",", "Q3"]),
        ("$3.5bn deal", ["$", "3.5bn", "deal"]),
        ("2022-12-25", ["2022", "-", "12", "-", "25"]),
        // initialisms, initials, abbreviations
        ("U.S. troops", ["U.S.", "troops"]),
        ("at 10 a.m. sharp", ["at", "10", "a.m.", "sharp"]),
        ("U.S.-based firms", ["U.S.", "-", "based", "firms"]),
        ("John F. Kennedy", ["John", "F", ".", "Kennedy"]),
        ("Dr. Smith", ["Dr", ".", "Smith"]),
        ("visit example.com now", ["visit", "example", ".", "com", "now"]),
        ("e.g the army", ["e", ".", "g", "the", "army"]),
        // apostrophes, possessives, hyphens, dashes, quotes
        ("Karabakh’s leaders", ["Karabakh", "’s", "leaders"]),
        ("Karabakh's leaders", ["Karabakh", "'s", "leaders"]),
        ("don't stop O’Neil", ["don't", "stop", "O’Neil"]),
        ("the farmers' union", ["the", "farmers", "'", "union"]),
        ("mid-December", ["mid", "-", "December"]),
        ("war—and peace – maybe", ["war", "—", "and", "peace", "–", "maybe"]),
        ("“Yes,” he said.", ["“", "Yes", ",", "”", "he", "said", "."]),
        ("‘No.’ «Non» „Nein“", ["‘", "No", ".", "’", "«", "Non", "»", "„", "Nein", "“"]),
        ("''Yes,'' he said.", ["''", "Yes", ",", "''", "he", "said", "."]),
        ("``No.'' `Non'", ["``", "No", ".", "''", "`", "Non", "'"]),
        ("the farmers'' union", ["the", "farmers", "''", "union"]),
        ("Wait... what", ["Wait", "...", "what"]),
        ("Wait… what", ["Wait", "…", "what"]),
        // whitespace of every kind
        ("10\u{A0}km away", ["10", "km", "away"]),
        ("one\u{2009}two\u{202F}three\u{3000}four", ["one", "two", "three", "four"]),
        ("line one\r\nline two", ["line", "one", "line", "two"]),
        ("\u{FEFF}BOM first", ["BOM", "first"]),
        ("", []),
        ("   \n\t\r\n  ", []),
        // only punctuation
        ("?!...", ["?", "!", "..."]),
        ("---", ["-", "-", "-"]),
        // accented letters, other scripts
        ("Zoë Müller-Lüdenscheidt", ["Zoë", "Müller", "-", "Lüdenscheidt"]),
        ("Cafe\u{301} noir", ["Cafe\u{301}", "noir"]),
        ("Łódź, Москва и Ελλάδα", ["Łódź", ",", "Москва", "и", "Ελλάδα"]),
        ("東京で会議。大阪へ", ["東京で会議", "。", "大阪へ"]),
        ("「はい」と言った", ["「", "はい", "」", "と言った"]),
        ("قال الرئيس.", ["قال", "الرئيس", "."]),
        ("שלום עולם!", ["שלום", "עולם", "!"]),
        ("می\u{200C}خواهم بروم", ["می\u{200C}خواهم", "بروم"]),
        ("co\u{AD}operate now", ["co\u{AD}operate", "now"]),
        // emoji stay whole: modifiers, selectors, ZWJ sequences, flags
        ("Great 👍🏽 news", ["Great", "👍🏽", "news"]),
        ("our 👨\u{200D}👩\u{200D}👧 family", ["our", "👨\u{200D}👩\u{200D}👧", "family"]),
        ("🇫🇷🇩🇪 flags", ["🇫🇷", "🇩🇪", "flags"]),
        ("I ❤️ Baku", ["I", "❤️", "Baku"]),
        ("hi😀there", ["hi", "😀", "there"]),
    ] as [(String, [String])])
    func tokens(_ text: String, _ expected: [String]) {
        #expect(TextFixture.tokens(text) == expected)
        TextFixture.checkInvariants(TextFixture.document(text))
    }

    /// (text, index of the token, its kind): the text is the token plus any context it needs.
    @Test(arguments: [
        ("U.S.", 0, Token.Kind.initialism), ("a.m.", 0, .initialism), ("3.5", 0, .number), ("1,000", 0, .number),
        ("14th", 0, .alnum), ("Q3", 0, .alnum), ("Baku", 0, .word), ("don't", 0, .word), ("Aliyev’s", 1, .word),
        ("—", 0, .dash), ("-", 0, .dash), ("“", 0, .quote), ("'", 0, .quote), ("«", 0, .quote),
        ("!", 0, .punct), ("…", 0, .punct), ("👍🏽", 0, .punct), ("F.", 0, .word), ("F.", 1, .punct),
    ] as [(String, Int, Token.Kind)])
    func kind(_ text: String, _ index: Int, _ expected: Token.Kind) throws {
        let doc = TextFixture.document(text)
        try #require(index < doc.tokens.count)
        #expect(doc.tokens[index].kind == expected)
    }

    @Test(arguments: [
        ("Baku", true, false), ("NATO", true, true), ("baku", false, false), ("Élysée", true, false),
        ("Łódź", true, false), ("Москва", true, false), ("москва", false, false), ("ΕΛΛΑΔΑ", true, true),
        ("東京", false, false), ("I", true, false), ("3D", false, false),
    ] as [(String, Bool, Bool)])
    func capitalization(_ word: String, _ capitalized: Bool, _ allCaps: Bool) throws {
        let t = try #require(TextFixture.document(word).tokens.first)
        #expect(t.isCapitalized == capitalized)
        #expect(t.isAllCaps == allCaps)
    }

    @Test(arguments: [
        ("“", "\""), ("”", "\""), ("''", "\""), ("``", "\""), ("`", "'"), ("„", "\""), ("«", "\""), ("\"", "\""), ("‘", "'"), ("’", "'"), ("'", "'"),
        ("—", "-"), ("–", "-"), ("\u{2011}", "-"), ("Don’t", "don't"), ("ÉLYSÉE", "élysée"), ("Baku", "baku"),
        ("！", "!"), ("？", "?"), ("。", "."), ("co\u{AD}op", "coop"), ("MOSKVA", "moskva"),
    ] as [(String, String)])
    func norms(_ text: String, _ expected: String) throws {
        let doc = TextFixture.document(text)
        #expect(doc.tokens.count == 1)
        #expect(doc.norms.first == expected)
        // the normalized view never moves the token: it still spans the whole original text
        #expect(doc.tokens.first.map { doc.slice(Int($0.start), Int($0.end)) } == text)
    }

    @Test(arguments: [
        ("a\nb", [0, 1]), ("a\r\nb", [0, 1]), ("a\rb", [0, 1]), ("a\n\nb", [0, 2]), ("a\r\n\r\nb", [0, 2]),
        ("a\n  \n\tb", [0, 2]), ("a\u{2029}b", [0, 1]), ("a b", [0, 0]),
    ] as [(String, [Int])])
    func lineBreaks(_ text: String, _ expected: [Int]) {
        #expect(TextFixture.document(text).tokens.map { Int($0.newlinesBefore) } == expected)
    }

    @Test func spaceBefore() {
        let doc = TextFixture.document("He said: \"no\".")
        #expect(doc.tokens.map(\.spaceBefore) == [true, true, false, true, false, false, false])
    }
}
