/// The first phase of normalization: a hand-written grammar over one
/// document's tokens. At each token it tries the rule families below and
/// keeps the longest match; each match carries a TIMEX3 type and a value
/// resolved by `TimeResolver` from the publication date and the clause's
/// tense. No regular expressions, no allocation per token: the grammar
/// reads `doc.norms` and one lexicon index per token.
struct TimeGrammar {
    typealias Kind = TimeExpression.Kind
    typealias Unit = TimeLexicon.Unit
    typealias Tense = TimeLexicon.Tense

    /// One match: the tokens `start..<end` and what they mean.
    struct Found {
        // Stored one-byte fields first, then the strings, then the integers:
        // a `Found?` of 112 bytes is copied inline, where 136 bytes (the
        // padding of the former order) went through `memcpy` at every rule's
        // return. The memberwise initializer's labels keep their
        // relative order (end, type, value, mod, eventDay).
        var end: Int
        var type: Kind
        /// Whether the match begins with a determiner or modifier, so an
        /// approximating prefix ("about") does not attach to it.
        var bare = true
        /// "a year ago", "year-earlier": in a document about quarters, the
        /// same quarter a year before.
        var yearAgo = false
        /// "the quarter", "the latest period": the quarter the report is
        /// about, the first one it names (dropped when there is none and
        /// `value` is empty).
        var sameQuarter = false
        /// "the quarter ended July 31": `value` holds the quarter its end
        /// date gives, used when the report has named no quarter before.
        var quarterEnded = false
        /// "that quarter": the quarter last named, a comparison's base
        /// included ("In the year-ago quarter, the second quarter ended
        /// Oct. 31, … Results for that quarter"); else as "the quarter".
        var thatQuarter = false
        /// "the following year", "that month", "later that day": the unit
        /// of the time last spoken of, moved by `anaphorShift` (the value
        /// holds the publication-date reading, kept when nothing came before).
        var anaphor: Unit? = nil
        /// "later in the day": the day keeps the publication-date reading
        /// when no date came before (not dropped like "that same day").
        var anaphorOptional = false
        /// "the same month last year": the anaphor's value a year before.
        var anaphorYearBack = false
        /// A clock time or part of the day with no day named ("at 10 p.m.",
        /// "in the morning"): the day of a date spoken of in the last two
        /// sentences, else the publication date.
        var dayFromContext = false
        var value: String
        var mod: String? = nil
        /// For "the 14th day (of the blockade)": the ordinal.
        var eventDay: Int = 0
        /// "the 1988 period": in a document about quarters, that year's
        /// quarter of the one last spoken of.
        var quarterOfYear = 0
        var anaphorShift = 0
        /// "the previous Friday": the weekday (1...7) before (`anaphorShift`
        /// -1) or after (+1) the last day spoken of.
        var anaphorWeekday = 0
        /// With `dayFromContext`: days from the day spoken of ("overnight"
        /// is the night before it).
        var contextShift = 0
        /// "two weeks earlier": the units counted from the time last spoken
        /// of (the value holds the publication-date reading, kept when that
        /// time is too coarse or there is none).
        var countedFrom: (unit: Unit, n: Int)? = nil
    }

    let doc: Document
    let lex: TimeLexicon
    let ids: [Int32]
    /// Every token's lexicon entry, context-only words included (-1 for
    /// none), when the document has word ids; else empty (`contextID`).
    let context: [Int32]
    let r: TimeResolver
    let count: Int
    /// A word between a lexicon word and a unit that the grammar reads
    /// ("later that year", "the full year", "the same day").
    @inline(__always) static func bridges(_ w: String) -> Bool { w == "that" || w == "full" || w == "same" }

    /// The entry of "the", looked up once per document, not at every "the".
    let theID: Int32?
    /// Every phrase's tokens by word id (`TimeTagger.register`), phrase `p`'s from
    /// `phraseTokenStart[p]`; empty when the document has no word ids (then the
    /// grammar compares the tokens' forms).
    let phraseTokenIDs: [Int32]
    let phraseTokenStart: [Int32]

    init(doc: Document, lexicon: TimeLexicon, entryOfWord: WordIndex = WordIndex(),
         phraseTokenIDs: [Int32] = [], phraseTokenStart: [Int32] = []) {
        self.theID = lexicon.contextWord("the")
        let byID = !doc.wordIDs.isEmpty && !entryOfWord.isEmpty && phraseTokenStart.count == lexicon.phrases.count
        self.phraseTokenIDs = byID ? phraseTokenIDs : []
        self.phraseTokenStart = byID ? phraseTokenStart : []
        self.doc = doc
        self.lex = lexicon
        self.r = TimeResolver(dct: doc.date)
        self.count = doc.tokens.count
        var ids = [Int32](filled: -1, count: doc.tokens.count)
        if !doc.wordIDs.isEmpty && !entryOfWord.isEmpty {
            // the document's word ids give every token's entry, context-only words included
            var context = [Int32](filled: -1, count: doc.tokens.count)
            for i in 0..<doc.tokens.count {
                let e = entryOfWord[doc.wordIDs[i]]
                guard e >= 0 else { continue }
                context[i] = e
                let k = doc.tokens[i].kind
                if k == .word || k == .initialism || k == .alnum, !lexicon.words[Int(e)].contextOnly { ids[i] = e }
            }
            self.context = context
        } else {
            // with the shared word classes (which every layer registers into), only time words are looked up
            let classes = doc.classes
            for i in 0..<doc.tokens.count {
                let k = doc.tokens[i].kind
                if k == .word || k == .initialism || k == .alnum, classes.isEmpty || classes[i].contains(.timeWord),
                   let id = lexicon.word(doc.norms[i]) { ids[i] = id }
            }
            self.context = []
        }
        self.ids = ids
    }

    /// The lexicon entry of any form at token `i`, context-only words
    /// included (`TimeLexicon.contextWord`); nil outside the document.
    @inline(__always) func contextID(_ i: Int) -> Int32? {
        guard i >= 0, i < count else { return nil }
        if context.isEmpty { return lex.contextWord(doc.norms[i]) }
        let e = context[i]
        return e >= 0 ? e : nil
    }

    // MARK: - Token access

    @inline(__always) func n(_ i: Int) -> String { i < count && i >= 0 ? doc.norms[i] : "" }
    @inline(__always) func word(_ i: Int) -> TimeLexicon.Word? { i < count && i >= 0 && ids[i] >= 0 ? lex.words[Int(ids[i])] : nil }
    /// The index in `lex.words` of token `i`'s entry, for the hot paths: they
    /// read its fields in place (`lex.words[e].unit`), where `word(_:)` copies
    /// the whole entry (two strings and two arrays retained and released).
    @inline(__always) func entry(_ i: Int) -> Int? { i < count && i >= 0 && ids[i] >= 0 ? Int(ids[i]) : nil }
    @inline(__always) func kind(_ i: Int) -> Token.Kind? { i < count && i >= 0 ? doc.tokens[i].kind : nil }
    /// No whitespace between tokens `i - 1` and `i`.
    @inline(__always) func glued(_ i: Int) -> Bool { i < count && i > 0 && !doc.tokens[i].spaceBefore }

    /// The value of an all-digit number token, and its digit count.
    func digits(_ i: Int) -> (value: Int, width: Int)? {
        guard i < count, i >= 0, doc.tokens[i].kind == .number else { return nil }
        let t = doc.tokens[i]
        let w = Int(t.end - t.start)
        guard w <= 9 else { return nil }
        var v = 0
        for b in doc.bytes[Int(t.start)..<Int(t.end)] {
            guard b >= 48 && b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return (v, w)
    }

    /// The parts of a number token split at one separator ("12/12/2022"):
    /// at least two, each of one to four digits. The first three are kept
    /// inline (the rules read two or three); `count` tells how many there were.
    struct NumberParts {
        typealias Part = (value: Int, width: Int)
        private(set) var count = 0
        private var first: Part = (0, 0), second: Part = (0, 0), third: Part = (0, 0)

        mutating func append(_ p: Part) {
            switch count {
            case 0: first = p
            case 1: second = p
            case 2: third = p
            default: break
            }
            count += 1
        }

        /// Part `k` (`k` < min(count, 3)).
        subscript(k: Int) -> Part {
            precondition(k >= 0 && k < Swift.min(count, 3), "NumberParts: part \(k) of \(count)")
            return k == 0 ? first : k == 1 ? second : third
        }
    }

    /// The parts of a number token split at one separator ("12/12/2022"), no
    /// allocation (this runs for every number token the grammar tries).
    func numberParts(_ i: Int, separator: UInt8) -> NumberParts? {
        guard i < count, doc.tokens[i].kind == .number else { return nil }
        let t = doc.tokens[i]
        var parts = NumberParts()
        var v = 0, w = 0
        for k in Int(t.start)..<Int(t.end) {
            let b = doc.bytes[k]
            if b == separator { guard w > 0 else { return nil }; parts.append((v, w)); v = 0; w = 0; continue }
            guard b >= 48 && b <= 57 else { return nil }
            v = v * 10 + Int(b - 48); w += 1
            if w > 4 { return nil }
        }
        guard w > 0, parts.count >= 1 else { return nil }
        parts.append((v, w))
        return parts
    }

    /// An ordinal written with digits ("14th", "1st"): its value.
    func digitOrdinal(_ i: Int) -> Int? {
        guard i < count, doc.tokens[i].kind == .alnum else { return nil }
        let t = doc.tokens[i]
        var v = 0, w = 0, j = Int(t.start)
        let e = Int(t.end)
        while j < e, doc.bytes[j] >= 48, doc.bytes[j] <= 57 { v = v &* 10 &+ Int(doc.bytes[j] - 48); w += 1; j += 1 }   // wraps on long digit runs; rejected below
        guard w >= 1, w <= 3, e - j == 2 else { return nil }
        let a = doc.bytes[j].asciiLowercased, b = doc.bytes[j + 1].asciiLowercased
        let suffix = (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
            || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
        return suffix ? v : nil
    }

    /// A year written with digits: 1000...2999, four digits.
    func yearNumber(_ i: Int) -> Int? {
        guard let d = digits(i), d.width == 4, (1000...2999).contains(d.value) else { return nil }
        return d.value
    }

    /// A year written with digits or said in words: its value and end token.
    func yearAt(_ i: Int) -> (value: Int, end: Int)? {
        if let y = yearNumber(i) { return (y, i + 1) }
        return spokenYear(i)
    }

    /// A year said in words, as broadcast transcripts write it: "nineteen
    /// ninety-six", "nineteen eighty", "nineteen fifteen"; "two thousand
    /// (one)" only after "year" ("the year two thousand").
    func spokenYear(_ i: Int) -> (value: Int, end: Int)? {
        // (entries read in place: `word(_:)` would copy each one)
        guard let we = entry(i), lex.words[we].numberKind == .cardinal else { return nil }
        let number = lex.words[we].number
        if number >= 11, number <= 19, let xe = entry(i + 1), let k = lex.words[xe].numberKind {
            let xNumber = lex.words[xe].number
            if k == .tens {
                var v = Int(xNumber), e = i + 2
                var k2 = e
                if n(k2) == "-", glued(k2) { k2 += 1 }
                if let ue = entry(k2), lex.words[ue].numberKind == .cardinal, lex.words[ue].number >= 1, lex.words[ue].number <= 9 {
                    v += Int(lex.words[ue].number); e = k2 + 1
                }
                return (Int(number) * 100 + v, e)
            }
            if k == .cardinal, xNumber >= 10, xNumber <= 19 { return (Int(number) * 100 + Int(xNumber), i + 2) }
            return nil
        }
        if number == 2, n(i - 1) == "year", n(i + 1) == "thousand" {
            if let ue = entry(i + 2), lex.words[ue].numberKind == .cardinal, lex.words[ue].number >= 1, lex.words[ue].number <= 19 {
                return (2000 + Int(lex.words[ue].number), i + 3)
            }
            return (2000, i + 2)
        }
        return nil
    }

    /// A determiner or possessive ("the", "its", "'s") at `i`.
    func isDeterminer(_ i: Int) -> Bool {
        guard i >= 0, i < count, let id = contextID(i), lex.words[Int(id)].phraseKinds.contains(.determiner) else { return false }
        for p in lex.words[Int(id)].phrases {
            let ph = lex.phrases[p]
            if ph.tokens.count == 1, case .modifier(.determiner) = ph.meaning { return true }
        }
        return false
    }

    /// A prefix of years ("post", "pre": modifiers.tsv role `bound`) at `i`,
    /// and the mod it gives (AFTER, BEFORE). A context-only word: "the back
    /// post", "six month pre-trial detention" know no time word.
    func bound(_ i: Int) -> String? {
        guard i >= 0, i < count, let id = contextID(i), lex.words[Int(id)].phraseKinds.contains(.bound) else { return nil }
        for p in lex.words[Int(id)].phrases {
            let ph = lex.phrases[p]
            if ph.tokens.count == 1, case .modifier(.bound(let m)) = ph.meaning { return m }
        }
        return nil
    }

    /// A word between a number and its unit ("more", "trading") at `i`.
    func isFiller(_ i: Int) -> Bool {
        guard i >= 0, i < count, let id = contextID(i), lex.words[Int(id)].phraseKinds.contains(.filler) else { return false }
        for p in lex.words[Int(id)].phrases {
            let ph = lex.phrases[p]
            if ph.tokens.count == 1, case .modifier(.filler) = ph.meaning { return true }
        }
        return false
    }

    /// A quantity and the unit after it: "three", "two to three", "12 to
    /// 18" (a range: no single value), "2 1/2"; a filler word may come
    /// before the unit ("two more weeks"). Returns the quantity, whether a
    /// half is added, and the unit token.
    func quantityBeforeUnit(_ j: Int) -> (q: Int?, half: Bool, unit: Int)? {
        guard let (q, e0) = cardinal(j) else { return nil }
        var q2 = q, e = e0, half = false
        if n(e) == "to", let (_, e1) = cardinal(e + 1), q != nil, digits(e + 1)?.width ?? 1 <= 3 { q2 = nil; e = e1 }
        else if let p = numberParts(e, separator: UInt8(ascii: "/")), p.count == 2, p[0].value == 1, p[1].value == 2, q != nil { half = true; e += 1 }
        if word(e)?.unit == nil, isFiller(e), word(e + 1)?.unit != nil { e += 1 }
        return (q2, half, e)
    }

    /// A duration with a half added: P2Y6M, PT5H30M, PT1M30S, P3DT12H.
    func halfDuration(_ u: Unit, _ q: Int) -> String? {
        switch u {
        case .year: return "P" + String(q) + "Y6M"
        case .month: return "P" + String(q) + "M15D"
        case .day: return "P" + String(q) + "DT12H"
        case .hour: return "PT" + String(q) + "H30M"
        case .minute: return "PT" + String(q) + "M30S"
        default: return nil
        }
    }

    /// Whether token `i` ends a quantity that "a week", "a year" turn into
    /// a rate: a number ("$1.76 a year"), "million", a plural unit ("24
    /// hours a day"), "once", or a noun counted by a number ("four flights a week").
    func isRateQuantity(_ i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        if kind(i) == .number || n(i) == "%" { return true }
        switch n(i) {
        case "million", "billion", "trillion", "thousand", "hundred", "percent", "once", "twice", "times": return true
        default: break
        }
        if let w = word(i), w.unit != nil, w.unitPlural { return true }
        if kind(i) == .word, kind(i - 1) == .number || word(i - 1)?.numberKind == .cardinal || word(i - 1)?.numberKind == .tens,
           word(i) == nil, n(i).hasSuffix("s") { return true }
        return false
    }

    /// A noun that counts things ("troops") at `i`.
    func isCounted(_ i: Int) -> Bool {
        guard i >= 0, i < count, let id = contextID(i) else { return false }
        return lex.words[Int(id)].counted
    }

    /// A cardinal quantity at `i`: digits ("3", "20"), words ("three",
    /// "twenty four", "twenty-four"), "a"/"an"; vague words give nil value.
    /// Returns the value (nil when vague) and the end token.
    func cardinal(_ i: Int) -> (value: Int?, end: Int)? {
        if let d = digits(i) {
            guard d.width <= 4 else { return nil }
            return (d.value, i + 1)
        }
        if i < count, doc.tokens[i].kind == .number {
            // "1.5", "1,000"
            return nil
        }
        // (entries read in place: `word(_:)` would copy each one)
        guard let we = entry(i), let k = lex.words[we].numberKind else { return nil }
        let number = lex.words[we].number
        switch k {
        case .cardinal:
            var v = Int(number), e = i + 1
            if let me = entry(e), lex.words[me].numberKind == .multiplier { v *= Int(lex.words[me].number); e += 1 }
            return (v, e)
        case .tens:
            var v = Int(number), e = i + 1
            var k2 = e
            if n(k2) == "-" { k2 += 1 }
            if let ue = entry(k2), lex.words[ue].numberKind == .cardinal, lex.words[ue].number >= 1, lex.words[ue].number <= 9 {
                v += Int(lex.words[ue].number); e = k2 + 1
            }
            return (v, e)
        case .article:
            // "a few", "a couple of"
            if let ve = entry(i + 1), lex.words[ve].numberKind == .vague {
                var e = i + 2
                if n(e) == "of" { e += 1 }
                return (lex.words[ve].number > 0 ? Int(lex.words[ve].number) : nil, e)
            }
            // "a hundred years", "a thousand years"
            if let me = entry(i + 1), lex.words[me].numberKind == .multiplier { return (Int(lex.words[me].number), i + 2) }
            return (1, i + 1)
        case .vague:
            if n(i) == "some" || n(i) == "many" { return (nil, i + 1) }
            // "couple" alone only after a shift: "the next couple of years"
            if n(i) == "couple" {
                guard shift(i - 1) != nil, n(i + 1) == "of" else { return nil }
                return (2, i + 2)
            }
            return (nil, i + 1)
        default: return nil
        }
    }

    /// An ordinal at `i`: "14th", "third", "twenty-first".
    func ordinal(_ i: Int) -> (value: Int, end: Int)? {
        if let v = digitOrdinal(i) { return (v, i + 1) }
        guard let e = entry(i), let k = lex.words[e].numberKind else { return nil }
        let number = lex.words[e].number
        if k == .ordinal { return (Int(number), i + 1) }
        if k == .tens {
            var k2 = i + 1
            if n(k2) == "-" { k2 += 1 }
            if let u = entry(k2), lex.words[u].numberKind == .ordinal, lex.words[u].number >= 1, lex.words[u].number <= 9 {
                return (Int(number + lex.words[u].number), k2 + 1)
            }
        }
        return nil
    }

    /// A day of the month at `i`: "12", "12th", "third", "twenty-first".
    func dayOfMonth(_ i: Int) -> (value: Int, end: Int)? {
        if let d = digits(i), d.width <= 2, (1...31).contains(d.value) {
            // "12 th" is rare; a digit day glued to a suffix token ("12" "th") is not produced by the tokenizer.
            return (d.value, i + 1)
        }
        if let o = ordinal(i), (1...31).contains(o.value) { return o }
        return nil
    }

    /// A phrase from the lexicon at `i` of one of the `kinds` accepted by `accept`, longest first.
    /// (The entry is read in place, and a word with no phrase of those kinds is passed over at once.)
    func phrase(_ i: Int, _ kinds: TimeLexicon.Phrase.Kinds, _ accept: (TimeLexicon.Phrase.Meaning) -> Bool) -> (TimeLexicon.Phrase.Meaning, end: Int)? {
        guard let we = entry(i), !lex.words[we].phraseKinds.isDisjoint(with: kinds) else { return nil }
        for p in lex.words[we].phrases {
            let ph = lex.phrases[p]
            guard accept(ph.meaning), !ph.capitalized || doc.tokens[i].isCapitalized, phraseGoesOn(i, p) else { continue }
            return (ph.meaning, i + ph.tokens.count)
        }
        return nil
    }

    /// Whether phrase `p`, whose first token is the word at `i`, goes on in the
    /// tokens after it, all before the document's end.
    @inline(__always) func phraseGoesOn(_ i: Int, _ p: Int) -> Bool {
        let n = lex.phrases[p].tokens.count
        guard i + n <= count else { return false }
        var k = 1
        while k < n { if !isPhraseToken(i + k, p, k) { return false }; k += 1 }
        return true
    }

    /// Whether token `j` is token `k` of phrase `p`: by word id when the document has them
    /// (`phraseTokenIDs`), an integer compare where comparing the strings copied the norm
    /// and called the string comparison whenever they differed; a dash or quotation mark
    /// (which the document gives no id) by its form.
    @inline(__always) func isPhraseToken(_ j: Int, _ p: Int, _ k: Int) -> Bool {
        if !phraseTokenIDs.isEmpty {
            let id = phraseTokenIDs[Int(phraseTokenStart[p]) + k]
            if id != TimeTagger.phraseTokenByForm { return doc.wordIDs[j] == id }
        }
        return doc.norms[j] == lex.phrases[p].tokens[k]
    }

    /// The first modifier phrase at `i` of kind `kind` that `pick` accepts, and its end.
    /// (The entry is read in place, and a word with no phrase of that kind is passed over at once.)
    @inline(__always) func modifier<T>(_ i: Int, _ kind: TimeLexicon.Phrase.Kinds, _ pick: (TimeLexicon.Modifier) -> T?) -> (T, Int)? {
        guard let we = entry(i), lex.words[we].phraseKinds.contains(kind) else { return nil }
        for p in lex.words[we].phrases {
            let ph = lex.phrases[p]
            guard case .modifier(let m) = ph.meaning, let v = pick(m), phraseGoesOn(i, p) else { continue }
            return (v, i + ph.tokens.count)
        }
        return nil
    }

    func shift(_ i: Int) -> (Int, end: Int)? {
        modifier(i, .shift) { if case .shift(let s) = $0 { return s }; return nil }
    }
    /// "last year", "this year", "next year" at `i`: that year counted from
    /// the publication date, and the token after "year"; nil without a date.
    func yearOfShift(_ i: Int) -> (year: Int, end: Int)? {
        guard let (s, e) = shift(i), n(e) == "year", let d = doc.date else { return nil }
        return (d.year + s, e + 1)
    }
    func position(_ i: Int) -> (String, end: Int)? {
        modifier(i, .position) { if case .position(let s) = $0 { return s }; return nil }
    }
    func approx(_ i: Int) -> (String, end: Int)? {
        modifier(i, .approx) { if case .approx(let s) = $0 { return s }; return nil }
    }
    func after(_ i: Int) -> (Int, end: Int)? {
        modifier(i, .after) { if case .after(let s, _) = $0 { return s }; return nil }
    }
    func isNarrativeAfter(_ i: Int) -> Bool {
        modifier(i, .after) { if case .after(_, true) = $0 { return true }; return nil } != nil
    }
    func isEvery(_ i: Int) -> Int? {
        modifier(i, .every) { if case .every = $0 { return true }; return nil }?.1
    }
    func isRecent(_ i: Int) -> Int? {
        modifier(i, .recent) { if case .recent = $0 { return true }; return nil }?.1
    }
    /// Prepositions are context-only words: looked up here, not per token.
    func isPreposition(_ i: Int, strongOnly: Bool = false) -> Bool {
        guard i >= 0, i < count, let id = contextID(i), lex.words[Int(id)].phraseKinds.contains(.preposition) else { return false }
        for p in lex.words[Int(id)].phrases {
            let ph = lex.phrases[p]
            if ph.tokens.count == 1, case .modifier(.preposition(let strong)) = ph.meaning { return strong || !strongOnly }
        }
        return false
    }

    /// A month name at `i` (with its abbreviation period): month and end.
    func monthName(_ i: Int) -> (month: Int, end: Int, ambiguous: Bool)? {
        guard let we = entry(i), lex.words[we].month != 0, kind(i) == .word else { return nil }
        let month = Int(lex.words[we].month), abbr = lex.words[we].monthAbbr, ambiguous = lex.words[we].monthAmbiguous
        var e = i + 1
        if abbr, n(e) == ".", glued(e) { e += 1 }
        if ambiguous || abbr {
            // Lowercase "may", "march", "jan" are words, not months.
            if !doc.tokens[i].isCapitalized { return (month, e, true) }
        }
        return (month, e, ambiguous)
    }

    func weekdayName(_ i: Int) -> (weekday: Int, end: Int, ambiguous: Bool, plural: Bool)? {
        guard let we = entry(i), lex.words[we].weekday != 0, kind(i) == .word else { return nil }
        let abbr = lex.words[we].weekdayAbbr
        var e = i + 1
        if abbr, n(e) == ".", glued(e) { e += 1 }
        let amb = lex.words[we].weekdayAmbiguous || (abbr && !doc.tokens[i].isCapitalized)
        return (Int(lex.words[we].weekday), e, amb, lex.words[we].weekdayPlural)
    }

    // MARK: - Tense of the clause

    /// The tense cue nearest to tokens `span` in their sentence. For a
    /// weekday (`weekday: true`), a present-tense verb speaks of a schedule
    /// ("meets Monday", "the vote is Tuesday") and counts as future; a
    /// present reporting verb ("says") tells nothing.
    func tense(_ span: Range<Int>, weekday: Bool = false) -> Tense? {
        guard span.lowerBound < count else { return nil }
        let s = doc.sentences[doc.sentenceIndex(ofToken: span.lowerBound)].tokens
        // "as soon as Tuesday", "as early as next week": a coming time
        var a = span.lowerBound - 1
        if n(a) == "on" { a -= 1 }
        if n(a) == "as", n(a - 2) == "as", n(a - 1) == "soon" || n(a - 1) == "early" { return .future }
        // "since Tuesday": a time before
        if n(a) == "since" { return .past }
        // "postponed until 9 a.m. Tuesday": a deadline ahead; a clause
        // that opens with it ("Until Thursday, they had …") keeps its tense
        if n(a) == "until" || n(a) == "till", a > s.lowerBound { return .future }
        // "Tuesday's declaration": a weekday naming an event is no schedule.
        // The verb before it governs the noun, not the day ("would look for
        // ways around Wednesday's ruling" is the ruling just made): the day
        // is the latest one, unless the clause opens with it ("Sunday's
        // election will decide") or "ahead of" comes before it
        let possessive = weekday && n(span.upperBound) == "'s"
        if possessive {
            // ("well ahead of Friday's close" compares, it does not look ahead)
            if n(a) == "of", n(a - 1) == "ahead",
               !["well", "just", "slightly", "far", "still", "comfortably", "narrowly", "marginally", "closed", "finished", "ended"].contains(n(a - 2)) {
                return .future
            }
            let opens = a < s.lowerBound || n(a) == "," || n(a) == "but" || n(a) == "and" || kind(a) == .quote
                || (n(a) == "the" || n(a) == "in" || n(a) == "at") && (a - 1 < s.lowerBound || n(a - 1) == ",")
            if !opens { return nil }
        }
        let schedule = weekday && !possessive
        // The governing verb usually comes first ("said Friday", "will meet
        // on Monday"); look right only when there is none to the left.
        var best: Tense? = nil
        var found = false
        var cue = -1
        var i = span.lowerBound - 1
        while i >= s.lowerBound, span.lowerBound - i < 15 {
            if var t = tenseCue(i) {
                if t == .past {
                    // "will be held": a participle after a future auxiliary
                    // ("the plan was adopted" is past: only "be" may come between)
                    // ("would still be held": an adverb may come before "be")
                    var aux = i - 2
                    if aux - 1 >= s.lowerBound, Self.isAdverb(n(aux)) { aux -= 1 }
                    if aux >= s.lowerBound, n(i - 1) == "be" || n(i - 1) == "been",
                       n(aux) == "to" || contextID(aux).map({ lex.words[Int($0)].tense == .future }) == true {
                        t = .future
                    } else if i - 1 >= s.lowerBound, let a = contextID(i - 1), lex.words[Int(a)].tense == .future,
                              doc.norms[i - 1] == "will" || doc.norms[i - 1] == "would" || doc.norms[i - 1] == "'ll" {
                        t = .future
                    }
                } else if t == .future {
                    // "had been due to expire": a plan in the past ("were
                    // planning to" may still be ahead)
                    for k in max(s.lowerBound, i - 2)..<i where Self.pastAuxiliary(doc.norms[k]) { t = .past }
                }
                best = t; found = true; cue = i; break
            }
            i -= 1
        }
        if !found {
            i = span.upperBound
            while i < s.upperBound, i - span.upperBound < 15 {
                if var t = tenseCue(i) {
                    // "On Friday, the government planned to pay": a time
                    // before the verb dates the planning itself, which a
                    // bare "-ed" form puts in the past ("talks are planned",
                    // "is expected" still look ahead)
                    if t == .future, n(i).hasSuffix("ed"), !Self.isBe(n(i - 1)), n(i - 1) != "," { t = .past }
                    if t == .present, i + 1 < s.upperBound, tenseCue(i + 1) == .future { t = .future }
                    best = t; break
                }
                i += 1
            }
        }
        // "by February", "by Dec. 15": a deadline ahead, unless the clause
        // says it is past ("had fallen by March") or opens with it ("By
        // March, the rebels held the city")
        // ("said the plan will be ready by June 1": a reporting verb dates the saying)
        if n(a) == "by", a > s.lowerBound, best != .past || cue >= 0 && Self.reportingPast(n(cue)), n(span.upperBound) != "'s" { return .future }
        switch best {
        case .present?: return schedule && found ? .future : nil
        case .reporting?: return nil
        default: return best
        }
    }

    /// The tense cue of token `i`: a word of `tense.tsv` ("next to the
    /// embassy" is none), or a lowercase verb form in "-ed" ("brought" is
    /// listed; "changed", "introduced" are read as past).
    func tenseCue(_ i: Int) -> Tense? {
        let w = doc.norms[i]
        if let id = contextID(i), let t = lex.words[Int(id)].tense {
            if t == .future && w == "next" && n(i + 1) == "to" { return nil }
            let before = lex.words[Int(id)].tenseBefore
            if !before.isEmpty, !before.contains(n(i + 1)) { return nil }
            if t == .past, presentPassive(i), !Self.pastAdverb(w) { return .present }
            return t
        }
        guard doc.tokens[i].kind == .word, !doc.tokens[i].isCapitalized else { return nil }
        let u = w.utf8
        guard u.count >= 5 else { return nil }
        var it = u.reversed().makeIterator()
        guard it.next() == UInt8(ascii: "d"), it.next() == UInt8(ascii: "e"), it.next() != UInt8(ascii: "e") else { return nil }
        // "unspecified" is an adjective; "led by" a participle; "supposed
        // to", "tried to" tell nothing of the time
        if u.first == UInt8(ascii: "u"), w.hasPrefix("un") { return nil }
        if n(i + 1) == "by" || n(i + 1) == "to" { return nil }
        return presentPassive(i) ? .present : .past
    }

    /// Whether the participle at `i` follows a present form of "be" ("when the case is heard in
    /// May", "talks are being held", "is now scheduled"): a present passive, which speaks of now
    /// or of what is arranged, not of the past ("was heard" is past; "is reported to have run
    /// aground" keeps its past: a perfect infinitive follows).
    @inline(__always) func presentPassive(_ i: Int) -> Bool {
        if n(i + 1) == "to", n(i + 2) == "have" { return false }
        var p = i - 1
        if Self.isAdverb(n(p)) { p -= 1 }
        // ("am" is left out: "Earlier AM reported a loss" names a company)
        let w = n(p)
        return w == "is" || w == "are" || w == "being"
    }

    /// Past cues that are adverbs, not participles ("is ago" does not occur; "the vote is last").
    static func pastAdverb(_ w: String) -> Bool {
        w == "ago" || w == "earlier" || w == "last" || w == "previously" || w == "yesterday"
    }

    /// Past reporting verbs: they date the saying, not what was said.
    static func reportingPast(_ w: String) -> Bool {
        switch w {
        case "said", "told", "announced", "reported", "stated", "added", "noted", "disclosed", "indicated", "predicted",
             "forecast", "warned", "estimated": return true
        default: return false
        }
    }

    /// Words before a number that count ("the remaining 2000"), not describe a year.
    static func quantityAdjective(_ w: String) -> Bool {
        switch w {
        case "remaining", "estimated", "additional", "extra", "other", "another", "nearly", "about", "roughly",
             "approximately", "almost", "total", "combined", "expected", "reported", "further", "mere", "whole",
             "entire", "first", "last", "next", "final", "initial", "original", "average", "maximum", "minimum": return true
        default: return false
        }
    }

    /// Adverbs that come between an auxiliary and its verb ("would still be held").
    static func isAdverb(_ w: String) -> Bool {
        switch w {
        case "still", "also", "not", "n't", "now", "then", "soon", "never", "again", "already", "only", "likely",
             "probably", "possibly", "certainly", "definitely", "eventually", "finally", "first", "just": return true
        default: return false
        }
    }

    /// A modal auxiliary ("will", "could").
    static func isModal(_ w: String) -> Bool {
        switch w {
        case "will", "would", "could", "might", "may", "can", "shall", "should", "must", "'ll": return true
        default: return false
        }
    }

    /// A form of "be" before a participle ("are planned", "is expected").
    static func isBe(_ w: String) -> Bool {
        switch w {
        case "is", "are", "'s", "'re", "be", "being", "am": return true
        default: return false
        }
    }

    @inline(__always) static func pastAuxiliary(_ w: String) -> Bool {
        w == "had" || w == "been"
    }

    // MARK: - Entry point

    func run() -> [TimeExpression] {
        var out: [TimeExpression] = []
        var lastQuarter: (year: Int, q: Int)? = nil
        var firstQuarter: (year: Int, q: Int)? = nil
        var forecastQuarter: (year: Int, q: Int, sentence: Int)? = nil
        // an ended quarter before the report's ("After a flat second quarter, …"): background,
        // compared with a year before only in its own sentence
        var earlierQuarter: (year: Int, q: Int, sentence: Int)? = nil
        // the index in `out` of the last "a year ago": a second one right after it in its
        // sentence ("fell from a year earlier ..., down from a year earlier") makes the same
        // comparison and takes its value
        var yearAgoAt = -1
        var lastPoint: String? = nil
        var lastPointSentence = -10
        var i = 0
        while i < count {
            let t = doc.tokens[i]
            let candidate: Bool
            switch t.kind {
            case .number: candidate = numberCanStart(i)
            case .alnum: candidate = true
            case .word, .initialism:
                if ids[i] >= 0 {
                    let e = Int(ids[i])   // (the entry read in place, not copied)
                    candidate = lex.words[e].anchor || nextCanFollow(i) || lex.words[e].phrases.count > 0 && hasPhrase(i, id: ids[i])
                        // "later that year", "the full year", "the same day", "an additional year": a time word two tokens on
                        || i + 2 < count && ids[i + 2] >= 0
                            && (lex.words[e].phrases.count > 0 && Self.bridges(doc.norms[i + 1]) || lex.words[e].numberKind != nil && isFiller(i + 1))
                        // "the corresponding period last year"
                        || i + 3 < count && ids[i + 3] >= 0 && doc.norms[i + 2] == "period" && doc.norms[i] == "the"
                } else {
                    // only "the" and "that" start an expression among other words; their length tells first
                    let len = doc.tokens[i].end - doc.tokens[i].start
                    if len == 3, doc.norms[i] == "the" {
                        candidate = nextCanFollow(i) || theID != nil && hasPhrase(i, id: theID)
                            || i + 2 < count && ids[i + 2] >= 0 && (doc.norms[i + 1] == "full" || doc.norms[i + 1] == "same")
                    } else if len == 4, doc.norms[i] == "that", i + 1 < count {
                        candidate = ids[i + 1] >= 0 || i + 2 < count && ids[i + 2] >= 0 && doc.norms[i + 1] == "same"
                    } else if i + 2 < count, doc.tokens[i + 2].kind == .number, doc.norms[i + 1] == "-" {
                        // "post-1959": a prefix of years
                        candidate = bound(i) != nil
                    } else {
                        candidate = false
                    }
                }
            case .quote: candidate = kind(i + 1) == .alnum && glued(i + 1)
            default: candidate = false
            }
            if candidate, var f = parse(i), f.end > i, !(f.sameQuarter && f.value.isEmpty && firstQuarter == nil && forecastQuarter == nil),
               !isTitleWord(f.end - 1) {
                let a = i, b = f.end
                if let u = f.anaphor {
                    // ("later in the day" after a month keeps the publication date)
                    if let v = Self.anaphorValue(u, f.anaphorShift, after: lastPoint), !(f.anaphorOptional && v.utf8.last == UInt8(ascii: "X")) {
                        f.value = f.anaphorYearBack ? Self.yearBefore(v) : v
                    }
                    // "the same day", "the next day" with no day before (none, or only a month): a day
                    // of a story the text does not date (not the publication date's neighbour)
                    else if u == .day && !f.anaphorOptional && (lastPoint == nil || f.anaphorShift != 0) { i += 1; continue }
                } else if let c = f.countedFrom {
                    if let v = Self.countedValue(c.unit, c.n, from: lastPoint) { f.value = v }
                } else if f.anaphorWeekday != 0, let v = Self.anaphorValue(.day, 0, after: lastPoint), let d = CivilDate(iso: v) {
                    let back = ((d.weekday - f.anaphorWeekday) + 7) % 7
                    let ahead = ((f.anaphorWeekday - d.weekday) + 7) % 7
                    f.value = TimeResolver.day(f.anaphorShift < 0 ? d.adding(days: -(back == 0 ? 7 : back)) : d.adding(days: ahead == 0 ? 7 : ahead))
                }
                if f.yearAgo, yearAgoAt == out.count - 1, let last = out.last,
                   doc.sentenceIndex(ofToken: last.tokens.lowerBound) == doc.sentenceIndex(ofToken: a) {
                    f.value = last.value
                } else if f.yearAgo, let v = yearAgoOfPeriod(before: a, in: out, reportYear: lastQuarter?.year) {
                    // "For the nine months, it earned $2 billion, up from $1.69 billion a year earlier":
                    // the period of the sentence a year before, not the report's quarter
                    f.value = v
                } else if f.yearAgo {
                    // a forecast quarter ("losses through the third quarter of 1990") is compared
                    // with a year before only in its own sentence; elsewhere the report's last
                    // quarter already ended is the one compared
                    if let q = forecastQuarter, q.sentence == doc.sentenceIndex(ofToken: a) {
                        f.value = TimeResolver.year(q.year - 1) + "-Q" + String(q.q)
                    } else if let q = earlierQuarter, q.sentence == doc.sentenceIndex(ofToken: a) {
                        f.value = TimeResolver.year(q.year - 1) + "-Q" + String(q.q)
                    } else if let q = lastQuarter ?? forecastQuarter.map({ ($0.year, $0.q) }) {
                        f.value = TimeResolver.year(q.year - 1) + "-Q" + String(q.q)
                    }
                } else if f.thatQuarter, let last = out.last(where: { Self.quarterValue($0.value) != nil }) {
                    f.value = last.value
                } else if f.sameQuarter {
                    if let q = firstQuarter ?? forecastQuarter.map({ ($0.year, $0.q) }) { f.value = TimeResolver.year(q.year) + "-Q" + String(q.q) }
                    else if f.quarterEnded, let q = Self.quarterValue(f.value) { firstQuarter = q; lastQuarter = q }
                } else if f.quarterOfYear != 0 {
                    // "In the first nine months, net was $306 million, against $195 million in the
                    // 1988 period": the period is the stretch just spoken of, named by its year
                    if n(b - 1) == "period", let p = periodBefore(a, in: out) {
                        if case .half(_, let h) = p { f.value = TimeResolver.year(f.quarterOfYear) + h }
                    } else if let q = earlierQuarter, q.sentence == doc.sentenceIndex(ofToken: a) {
                        f.value = TimeResolver.year(f.quarterOfYear) + "-Q" + String(q.q)
                    } else if let q = lastQuarter ?? forecastQuarter.map({ ($0.year, $0.q) }) { f.value = TimeResolver.year(f.quarterOfYear) + "-Q" + String(q.q) }
                } else if f.type == .date, let q = Self.quarterValue(f.value) {
                    if let d = doc.date, q.year > d.year || q.year == d.year && q.q * 3 >= d.month {
                        // a quarter not over at publication is a forecast, not a reported period
                        forecastQuarter = (q.year, q.q, doc.sentenceIndex(ofToken: a))
                    } else if let r = lastQuarter, q.year < r.year || q.year == r.year && q.q < r.q {
                        // the report speaks of its latest ended quarter; an earlier one named after it
                        // ("After a flat second quarter", "a charge in the 1988 second quarter") is
                        // background and leaves "the year-earlier period" to the report's quarter
                        earlierQuarter = (q.year, q.q, doc.sentenceIndex(ofToken: a))
                    } else {
                        lastQuarter = q
                        if firstQuarter == nil { firstQuarter = q }
                    }
                }
                if f.dayFromContext, doc.sentenceIndex(ofToken: a) - lastPointSentence <= 2,
                   let v = Self.anaphorValue(.day, f.contextShift, after: lastPoint), f.value.utf8.count > 10, v.utf8.last != UInt8(ascii: "X") {
                    f.value = v + f.value.dropFirst(10)
                }
                // a time looked back to ("up from 80,498 the previous week", "a year ago", "a week
                // earlier") is a comparison's base and leaves the reference time where it was; "the next day" moves it on
                // ("overnight" is the night before the day spoken of, which stays the reference:
                // a second "overnight" is the same night, not the one before it)
                if f.type == .date || f.type == .time, let c = f.value.utf8.first, c >= 48, c <= 57,
                   !f.yearAgo, f.countedFrom == nil, f.contextShift == 0, f.anaphor == nil || f.anaphorShift >= 0 && !f.anaphorYearBack {
                    lastPoint = f.value
                    lastPointSentence = doc.sentenceIndex(ofToken: a)
                }
                if f.yearAgo { yearAgoAt = out.count }
                out.append(TimeExpression(tokens: a..<b, start: Int(doc.tokens[a].start), end: Int(doc.tokens[b - 1].end),
                                          type: f.type, value: f.value, mod: f.mod,
                                          impliedStart: f.eventDay > 0 ? "\(f.eventDay)" : nil))
                i = b
                // "April 24 and 25": the second day of the same month
                if let second = nextDayOfMonth(after: b, value: f.value) {
                    out.append(second)
                    i = second.tokens.upperBound
                }
            } else {
                i += 1
            }
        }
        if out.contains(where: { $0.impliedStart != nil }) { anchorEventDays(&out) }
        return out
    }

    /// "a year earlier" in a sentence whose last time before it is a period
    /// other than a quarter: that period a year before. Nine or six months
    /// ("for the nine months", "the first nine months") or a year ("for the
    /// year") give the year before the report's (its quarter's year, else the
    /// publication year); a half ("the first half", 1989-H1) gives 1988-H1.
    /// nil when the last time of the sentence is anything else (a quarter,
    /// a day) or there is none.
    func yearAgoOfPeriod(before a: Int, in out: [TimeExpression], reportYear: Int?) -> String? {
        switch periodBefore(a, in: out) {
        case .months?: return (reportYear ?? doc.date?.year).map { TimeResolver.year($0 - 1) }
        case .year(let y)?: return TimeResolver.year(y - 1)
        case .half(let y, let h)?: return TimeResolver.year(y - 1) + h
        case nil: return nil
        }
    }

    /// A period other than a quarter that a report compares: a stretch of
    /// six, nine or twelve months or a year ("for the nine months", "for the
    /// year"), a year ("1989"), a half ("the first half", 1989-H1 gives "-H1").
    enum ReportPeriod { case months, year(Int), half(Int, Substring) }

    /// The period last spoken of before token `a`, when the last time
    /// expression before it is one and stands in `a`'s sentence; six, nine
    /// or twelve months also in the sentence before ("For the nine months,
    /// net was $81 million. In the year-earlier period, it was $77
    /// million."). A year or a half there may itself be the compared one
    /// ("Last year losses totaled $5 million. The year-earlier results
    /// ..."), and "a year" may be the comparison ("fell from $3.5 million a
    /// year before. The year-earlier figure ..."). nil when that time is
    /// anything else (a quarter, a day) or lies further back.
    func periodBefore(_ a: Int, in out: [TimeExpression]) -> ReportPeriod? {
        guard let last = out.last else { return nil }
        let gap = doc.sentenceIndex(ofToken: a) - doc.sentenceIndex(ofToken: last.tokens.lowerBound)
        guard gap == 0 || gap == 1 && (last.value == "P6M" || last.value == "P9M" || last.value == "P12M") else { return nil }
        let v = last.value
        switch last.type {
        case .duration:
            return v == "P6M" || v == "P9M" || v == "P1Y" || v == "P12M" ? .months : nil
        case .date:
            let u = Array(v.utf8)
            guard u.count >= 4, let y = Int(v.prefix(4)), u[0] != UInt8(ascii: "X") else { return nil }
            if u.count == 4 { return .year(y) }
            if u.count == 7, u[5] == UInt8(ascii: "H") { return .half(y, v.dropFirst(4)) }
            return nil
        default: return nil
        }
    }

    /// A clock word or small unit capitalized inside a sentence names a
    /// work, not a time: "the film High Noon", "CBS's 60 Minutes", "48
    /// Hours". "Noon is the deadline" (the sentence's first word) and an
    /// all-capitals line ("TALKS END AT NOON") are times; "Christmas Day",
    /// "Election Day" are not concerned (days are left alone). A one-word
    /// day of phrases.tsv ("today", "tomorrow") capitalized after a name
    /// ends that name ("USA Today", "VOA Today", "Radio 4's Today
    /// programme"), but not in a headline of capitalized words.
    func isTitleWord(_ k: Int) -> Bool {
        guard k > 0, k < count, doc.tokens[k].isCapitalized, !doc.tokens[k].isAllCaps, let w = word(k) else { return false }
        switch w.unit {
        case .second?, .minute?, .hour?: break
        case nil:
            if w.daypart == nil, let (m, e) = phrase(k, .relativeDay, { if case .relativeDay = $0 { return true }; return false }), e == k + 1,
               case .relativeDay = m {
                return endsName(k)
            }
            guard w.daypart?.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true else { return false }   // noon, midnight
        default: return false
        }
        var first = doc.sentences[doc.sentenceIndex(ofToken: k)].tokens.lowerBound
        while first < k, doc.tokens[first].kind == .quote || doc.tokens[first].kind == .punct { first += 1 }
        return k > first
    }

    /// Whether the capitalized word at `k` ends a name begun before it: it follows an
    /// all-capitals word ("USA Today"), a capitalized word ("India Today") or a possessive of
    /// one or of a number ("Radio 4's Today"), in a sentence with a lowercase word of four
    /// letters or more (a headline in capitalized words is no name: "Talks Resume Today").
    func endsName(_ k: Int) -> Bool {
        // ("Watch this video on YouTube\nToday, Caesar is …": a line that opens with it is no name's end)
        guard doc.tokens[k].newlinesBefore == 0, doc.tokens[k].spaceBefore else { return false }
        let s = doc.sentences[doc.sentenceIndex(ofToken: k)].tokens
        var p = k - 1
        let possessive = n(p) == "'s"
        if possessive { p -= 1 }
        guard p >= s.lowerBound else { return false }
        let t = doc.tokens[p]
        if t.isAllCaps { return true }
        guard t.isCapitalized || possessive && (t.kind == .number || t.kind == .alnum) else { return false }
        for i in s where i != k && i != p && doc.tokens[i].kind == .word && !doc.tokens[i].isCapitalized && doc.tokens[i].end - doc.tokens[i].start >= 4 {
            return true
        }
        return false
    }

    /// "April 24 and 25", "on Dec. 3 or 4": a bare day after a month-day
    /// and a conjunction is that day of the same month; not "April 24 and
    /// 25 people", "Dec. 3 and 4.5%".
    func nextDayOfMonth(after b: Int, value: String) -> TimeExpression? {
        guard b + 1 < count, n(b) == "and" || n(b) == "or", let d = digits(b + 1), d.width <= 2,
              value.utf8.count == 10, let first = Int(value.suffix(2)), digits(b - 1)?.value == first, d.value > first else { return nil }
        // what follows the day must end the phrase: punctuation, a preposition, the end
        if let k = kind(b + 2), k == .word || k == .number || k == .alnum || k == .initialism {
            guard isPreposition(b + 2) || n(b + 2) == "at" || n(b + 2) == "on" else { return nil }
        }
        if n(b + 2) == "%" || n(b + 2) == "." && kind(b + 3) == .number && glued(b + 3) { return nil }
        let prefix = String(value.prefix(8))   // "1999-04-" or "XXXX-04-"
        guard let m = Int(value.dropFirst(5).prefix(2)), CivilDate(year: Int(value.prefix(4)) ?? 2000, month: m, day: d.value) != nil else { return nil }
        return TimeExpression(tokens: (b + 1)..<(b + 2), start: Int(doc.tokens[b + 1].start), end: Int(doc.tokens[b + 1].end),
                              type: .date, value: prefix + TimexFormat.pad(d.value, 2))
    }

    /// Whether the number token `i` can begin an expression: a necessary
    /// condition of `parse(i)`, read from the token's bytes and its
    /// neighbours' lexicon entries, so that most numbers ("1.5", "1,000",
    /// "15 pct") are passed over without trying every rule. A number is no
    /// lexicon word (`ids[i]` is -1), so only the number rules of `base` can
    /// match it: `numericDate` (one token with one or two slashes, two dots,
    /// or digits before a dash), `clockTime` (one colon, or one or two digits
    /// before "a.m.", "pm", "o'clock", "in the morning", "at night"),
    /// `yearExpression` (four digits), `dayMonth` (one or two digits before a
    /// month, "of" between) and `quantity` (up to three digits, with a unit or
    /// weekday at most seven tokens on: "12 to 18 more months", "10-year"). A number that is a lexicon form (none is in
    /// `Data/time`) is always tried.
    func numberCanStart(_ i: Int) -> Bool {
        if contextID(i) != nil { return true }
        let t = doc.tokens[i]
        var slashes = 0, dots = 0, colons = 0
        for k in Int(t.start)..<Int(t.end) {
            let b = doc.bytes[k]
            if b >= 48 && b <= 57 { continue }
            switch b {
            case UInt8(ascii: "/"): slashes += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: ":"): colons += 1
            default: return false   // "1,000": no rule reads it
            }
        }
        // one kind of separator: "12/12/2022", "2014/10", "10.31.1974", "10:30" ("1.5" is none)
        if slashes > 0 { return dots == 0 && colons == 0 && slashes <= 2 }
        if dots > 0 { return colons == 0 && dots == 2 }
        if colons > 0 { return colons == 1 }
        let width = Int(t.end - t.start)
        if width == 4 { return true }
        guard width <= 3 else { return false }
        if n(i + 1) == "-" { return true }
        if width <= 2 {
            // a month next or after "of"
            if i + 1 < count && ids[i + 1] >= 0 || i + 2 < count && ids[i + 2] >= 0 { return true }
            // "a.m.", "am", "p.m.", "pm", "o'clock", "in the morning", "at night"
            // (the first byte first: "pct", "points" are compared, most words are not)
            if i + 1 < count, let b = doc.norms[i + 1].utf8.first,
               b == UInt8(ascii: "a") || b == UInt8(ascii: "p") || b == UInt8(ascii: "o") || b == UInt8(ascii: "i") {
                switch doc.norms[i + 1] {
                case "a.m.", "am", "p.m.", "pm", "a.m", "p.m", "o'clock", "in", "at": return true
                default: break
                }
            }
        }
        var k = i + 1
        while k < count, k <= i + 8 {
            let e = ids[k]
            if e >= 0, lex.words[Int(e)].unit != nil || lex.words[Int(e)].weekday != 0 { return true }
            k += 1
        }
        return false
    }

    /// Whether token `i + 1` can continue an expression begun by a modifier or determiner.
    @inline(__always) func nextCanFollow(_ i: Int) -> Bool {
        guard i + 1 < count else { return false }
        var j = i + 1
        if doc.tokens[j].kind == .dash, j + 1 < count, !doc.tokens[j].spaceBefore { j += 1 }   // "mid-December"
        let k = doc.tokens[j].kind
        return ids[j] >= 0 || k == .number || k == .alnum || k == .quote
    }

    /// Whether the word at `i` is in the lexicon only as the first word of holidays of two
    /// words or more ("election" of "Election Day", "labor" of "Labor Day"): elsewhere it is a
    /// plain word ("the historic 1997 election", "a second election").
    func holidayStartOnly(_ i: Int) -> Bool {
        guard let id = contextID(i) else { return false }
        let w = lex.words[Int(id)]
        guard w.month == 0, w.weekday == 0, w.unit == nil, w.season == nil, w.daypart == nil, w.numberKind == nil,
              w.tense == nil, !w.counted, !w.phrases.isEmpty else { return false }
        return w.phrases.allSatisfy { p in
            if case .holiday = lex.phrases[p].meaning { return lex.phrases[p].tokens.count > 1 }
            return false
        }
    }

    /// Whether a lexicon phrase of two or more tokens starts at `i` ("the end of").
    func hasPhrase(_ i: Int, id known: Int32? = nil) -> Bool {
        guard let id = known ?? contextID(i), i + 1 < count,
              let b = doc.norms[i + 1].utf8.first, lex.words[Int(id)].secondBytes & (1 << UInt64(b & 63)) != 0 else { return false }
        return lex.words[Int(id)].phrases.contains { p in lex.phrases[p].tokens.count >= 2 && phraseGoesOn(i, p) }
    }

    /// The value of an anaphoric year, month or day ("the following year")
    /// from the last point value spoken of ("1995", "1995-03", "1995-03-12");
    /// nil when that value is too coarse for the unit, or there is none.
    static func anaphorValue(_ u: Unit, _ shift: Int, after last: String?) -> String? {
        guard let last else { return nil }
        let b = Array(last.utf8.prefix(10))
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var v = 0
            for k in r { guard b[k] >= 48, b[k] <= 57 else { return nil }; v = v * 10 + Int(b[k] - 48) }
            return v
        }
        guard let y = num(0..<4), b.count == 4 || b[4] == UInt8(ascii: "-") else { return nil }
        switch u {
        case .year: return TimeResolver.year(y + shift)
        case .week:
            // from a day ("the following week" after "March 3") or a week ("2019-W09")
            if b.count >= 8, b[5] == UInt8(ascii: "W"), let w = num(6..<8), (1...53).contains(w) {
                return TimeResolver.week(CivilDate.mondayOf(isoYear: y, week: w).adding(days: 7 * shift))
            }
            guard let m = num(5..<7), (1...12).contains(m), let dd = num(8..<10), let d = CivilDate(year: y, month: m, day: dd) else { return nil }
            return TimeResolver.week(d.adding(days: 7 * shift))
        case .month:
            guard let m = num(5..<7), (1...12).contains(m) else { return nil }
            let d = CivilDate(year: y, month: m, day: 1)!.adding(months: shift)
            return TimeResolver.month(d.year, d.month)
        default:
            guard let m = num(5..<7), (1...12).contains(m) else { return nil }
            // "that same day" after "last October": a day of that month, unknown
            guard let dd = num(8..<10) else { return shift == 0 ? TimeResolver.month(y, m) + "-XX" : nil }
            guard let d = CivilDate(year: y, month: m, day: dd) else { return nil }
            return TimeResolver.day(d.adding(days: shift))
        }
    }

    /// "two weeks earlier": `n` units from the last point value spoken of,
    /// at the grain "ago" gives (a day for days and weeks, a month for
    /// months and quarters, a year for years and decades); nil when that
    /// value is coarser than the grain or there is none.
    static func countedValue(_ u: Unit, _ n: Int, from last: String?) -> String? {
        switch u {
        case .day, .week, .fortnight:
            guard let v = anaphorValue(.day, 0, after: last), let d = CivilDate(iso: v) else { return nil }
            return TimeResolver.day(d.adding(days: n * (u == .day ? 1 : u == .week ? 7 : 14)))
        case .month, .quarter: return anaphorValue(.month, u == .month ? n : 3 * n, after: last)
        case .year, .decade, .century: return anaphorValue(.year, n * (u == .year ? 1 : u == .decade ? 10 : 100), after: last)
        default: return nil
        }
    }

    /// The same day, ISO week or month a year before ("2019-03-03" gives
    /// "2018-03-03", "2019-W09" gives "2018-W09"); a value without a known
    /// year is returned as it is.
    static func yearBefore(_ v: String) -> String {
        guard let y = Int(v.prefix(4)), v.utf8.count >= 7 else { return v }
        if let d = CivilDate(iso: String(v.prefix(10))), v.utf8.count >= 10 {
            let back = CivilDate(year: y - 1, month: d.month, day: min(d.day, CivilDate.daysIn(month: d.month, year: y - 1)))!
            return TimeResolver.day(back) + v.dropFirst(10)
        }
        let u = Array(v.utf8)
        if u[5] == UInt8(ascii: "W"), let w = Int(v.dropFirst(6).prefix(2)), (1...53).contains(w) {
            let monday = CivilDate.mondayOf(isoYear: y, week: w)
            return TimeResolver.week(monday.adding(days: -364)) + v.dropFirst(8)
        }
        return TimeResolver.year(y - 1) + v.dropFirst(4)
    }

    /// (year, quarter) of a value "1989-Q3".
    static func quarterValue(_ v: String) -> (year: Int, q: Int)? {
        let u = Array(v.utf8)
        guard u.count == 7, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "Q"), u[6] >= 49, u[6] <= 52, let y = Int(v.prefix(4)) else { return nil }
        return (y, Int(u[6] - 48))
    }

    /// "the 14th day of the blockade": the day is the explicit date of the
    /// same sentence, or the publication date; the blockade began 13 days
    /// before.
    func anchorEventDays(_ out: inout [TimeExpression]) {
        for k in out.indices {
            guard let ns = out[k].impliedStart, let nth = Int(ns) else { continue }
            let sentence = doc.sentenceIndex(ofToken: out[k].tokens.lowerBound)
            // the nearest full date of the sentence ("on Thursday, on the 19th day …"), else the publication date
            var day: CivilDate? = doc.date
            var nearest = Int.max
            for o in out where o.impliedStart == nil && o.type == .date && doc.sentenceIndex(ofToken: o.tokens.lowerBound) == sentence {
                let distance = o.tokens.lowerBound > out[k].tokens.lowerBound
                    ? o.tokens.lowerBound - out[k].tokens.upperBound : out[k].tokens.lowerBound - o.tokens.upperBound
                if o.value.utf8.count == 10, let d = CivilDate(iso: o.value), distance < nearest { day = d; nearest = distance }
            }
            if let d = day {
                out[k].value = TimexFormat.day(d)
                out[k].impliedStart = TimexFormat.day(d.adding(days: -(nth - 1)))
            } else {
                out[k].value = "XXXX-XX-XX"
                out[k].impliedStart = nil
            }
        }
    }

    /// The longest time expression starting at token `i`.
    func parse(_ i: Int) -> Found? {
        var best: Found? = nil
        func consider(_ f: Found?) { if let f, f.end > (best?.end ?? i) { best = f } }

        // "about three years", "nearly two weeks ago", "around 7:15 p.m."
        if let (mod, e) = approx(i), e < count {
            if var f = core(e), f.bare || mod == "APPROX" {
                let quantity = f.type == .duration || f.type == .time || cardinal(e) != nil
                if quantity, f.type != .set {
                    if f.mod == nil { f.mod = mod }
                    f.bare = false
                    consider(f)
                }
            }
        }
        // "every Monday", "every two weeks", "each morning"
        if let f = every(i) { consider(f) }
        consider(core(i))
        return best
    }

    /// An expression with an optional determiner, position and shift.
    func core(_ i: Int) -> Found? {
        // (the token read once: each `n(i)` copies and compares a String)
        let first = n(i)
        var best: Found? = nil
        func consider(_ f: Found?) { if let f, f.end > (best?.end ?? i) { best = f } }
        consider(anaphoric(i))
        consider(fixedPhrase(i))
        if first == "the" {
            if var f = modified(i + 1, det: true) { f.bare = false; consider(f) }
            // "the week of March 6": that day's week
            if n(i + 1) == "week", n(i + 2) == "of", let f = monthExpression(i + 3, afterPosition: false) ?? dayMonth(i + 3, det: false),
               let d = CivilDate(iso: f.value) {
                consider(Found(end: f.end, type: .date, value: TimeResolver.week(d)))
            }
            // "the day before last Tuesday's hearing", "the day after Christmas":
            // a day next to a date
            if n(i + 1) == "day", n(i + 2) == "before" || n(i + 2) == "after", let g = parse(i + 3), g.type == .date,
               g.value.utf8.count == 10, let d = CivilDate(iso: g.value) {
                consider(Found(end: g.end, type: .date, value: TimeResolver.day(d.adding(days: n(i + 2) == "before" ? -1 : 1))))
            }
            // "the corresponding period last year", "the same quarter a year
            // earlier": the same period a year before
            if ["corresponding", "same", "comparable", "equivalent"].contains(n(i + 1)), n(i + 2) == "period" || n(i + 2) == "quarter",
               let e = yearAgoPhrase(i + 3) {
                var f = Found(end: e, type: .date, value: r.relative(.year, -1) ?? "XXXX")
                f.yearAgo = true
                f.bare = false
                consider(f)
            }
            // "the first hours of the war", "the early years", "the final
            // days": a vague stretch at one end of a period (DURATION PTXH, PXY)
            if ["first", "early", "initial", "opening", "final", "closing", "dying"].contains(n(i + 1)), let w = word(i + 2), let u = w.unit,
               w.unitPlural, u != .weekend, n(i + 3) != "-",
               // "the early hours of Thursday morning" belong to the day named
               !(n(i + 3) == "of" && (word(i + 4).map { $0.weekday != 0 || $0.month != 0 } == true || yearNumber(i + 4) != nil
                   || phrase(i + 4, .relativeDay, { if case .relativeDay = $0 { return true }; return false }) != nil)) {
                var f = Found(end: i + 3, type: .duration, value: duration(u, nil))
                f.bare = false
                consider(f)
            }
            // "the full year": this year, as a report's period
            if n(i + 1) == "full", n(i + 2) == "year", n(i + 3) != "-" {
                consider(Found(end: i + 3, type: .date, value: r.relative(.year, 0) ?? "XXXX"))
            }
        } else if first == "its" || first == "this" && word(i + 1)?.numberKind == .ordinal {
            if var f = modified(i + 1, det: true), f.type == .date, f.value.contains("Q") || f.value.contains("H") { f.bare = false; consider(f) }
        } else if first == "that", n(i + 1) == "quarter", n(i + 2) != "-", var f = bareUnit(i + 1, det: true, afterPosition: false) {
            // "Results for that quarter": the quarter last named
            f.bare = false
            f.thatQuarter = f.sameQuarter
            consider(f)
        }
        // "post-1959 politics", "pre-1990 rules": the years after or before that year
        if let mod = bound(i), n(i + 1) == "-", glued(i + 1), glued(i + 2), let y = yearNumber(i + 2) {
            var f = Found(end: i + 3, type: .date, value: TimeResolver.year(y), mod: mod)
            f.bare = false
            consider(f)
        }
        // (`fixedPhrase(i)` was considered first: `base` does not try it again)
        consider(modified(i, det: false, fixedTried: true))
        return best
    }

    /// Anaphoric times, read from the time the text last spoke of (TimeML
    /// resolves them against that time, not the publication date): "the
    /// following year", "the previous month", "the following week", "the
    /// next day", "that year", "that same day", "later that year". Which
    /// word reads which units is data (`anaphor` in modifiers.tsv): "the
    /// next year" stays a shift from the publication date ("over the next
    /// year"), and so does "over the next day or two". Deictic words
    /// ("yesterday", "last week") are not anaphors: they keep the
    /// publication date.
    func anaphoric(_ i: Int) -> Found? {
        // (the token read once: each `n(i)` copies and compares a String)
        let isThe = n(i) == "the"
        // "the previous Friday", "the following Monday": a weekday before
        // or after the day last spoken of
        if isThe, let wd = weekdayName(i + 2), !wd.ambiguous, !wd.plural {
            let shift: Int
            switch n(i + 1) {
            case "previous", "preceding", "prior": shift = -1
            case "following": shift = 1
            default: shift = 0
            }
            if shift != 0 {
                var f = Found(end: wd.end, type: .date,
                              value: r.weekdayDate(wd.weekday, shift: shift).map(TimeResolver.day) ?? TimeResolver.weekdayX(wd.weekday))
                f.anaphorWeekday = wd.weekday
                f.anaphorShift = shift
                f.bare = false
                return f
            }
        }
        // "placed orders in the morning", "during the afternoon": that part
        // of the day last spoken of, else of the publication date
        if isThe, n(i - 1) == "in" || n(i - 1) == "during", let w = word(i + 1), let part = w.daypart, part.count == 2,
           !n(i + 1).hasSuffix("s"), n(i + 2) != "of", n(i + 2) != "-", n(i + 2) != "'s", word(i + 2)?.weekday ?? 0 == 0 {
            var f = Found(end: i + 2, type: .time, value: (doc.date.map(TimeResolver.day) ?? "XXXX-XX-XX") + "T" + part)
            f.dayFromContext = doc.date != nil
            f.bare = false
            return f
        }
        // "later in the day", "earlier in the day": the day last spoken of,
        // else the publication date
        if isThe, n(i + 1) == "day", n(i - 1) == "in",
           ["later", "earlier", "early", "late"].contains(n(i - 2)), n(i + 2) != "'s", n(i + 2) != "-" {
            var f = Found(end: i + 2, type: .date, value: r.relative(.day, 0) ?? "XXXX-XX-XX")
            f.anaphor = .day
            f.anaphorOptional = true
            f.bare = false
            return f
        }
        // a singular unit must come within three tokens
        guard word(i + 1)?.unit != nil || word(i + 2)?.unit != nil || word(i + 3)?.unit != nil else { return nil }
        var k = i
        if n(k) == "later" || n(k) == "earlier" { k += 1; guard n(k) == "that" else { return nil } }
        var shift = 0
        // "that year", "later that month": a year, month or day; after "the", the
        // units modifiers.tsv gives the word ("the following week", "the next day")
        var units: [Unit] = [.year, .month, .day]
        if n(k) == "that" { k += 1 }
        else if n(k) == "the", let (a, e) = modifier(k + 1, .anaphor, { if case .anaphor(let s, let us) = $0 { return (s, us) }; return nil }) {
            shift = a.0
            units = a.1
            k = e
        } else { return nil }
        if n(k) == "same" { k += 1 }
        guard let w = word(k), n(k + 1) != "-", n(k + 1) != "'s" else { return nil }
        // "over the next day or two", "within the next day": a stretch to come, not a day
        if isThe, n(i + 1) == "next",
           n(k + 1) == "or" || n(k + 1) == "and" || ["over", "within", "during", "for", "throughout", "in"].contains(n(i - 1)) {
            return nil
        }
        guard let u = w.unit, !w.unitPlural, units.contains(u) else { return nil }
        // "the same month last year", "the same week a year earlier": the unit of the time
        // last spoken of, a year before
        if let e = yearAgoPhrase(k + 1) {
            guard shift == 0, u != .year else { return nil }
            let here: String
            switch u {
            case .month: here = r.relative(.month, 0) ?? "XXXX-XX"
            case .week: here = r.relative(.week, 0) ?? "XXXX-WXX"
            default: here = r.relative(.day, 0) ?? "XXXX-XX-XX"
            }
            var f = Found(end: e, type: .date, value: Self.yearBefore(here))
            f.anaphor = u
            f.anaphorYearBack = true
            f.bare = false
            return f
        }
        // "that year's profit" is fine, but "that day-long" is not; "the same day" needs a date before it (set in run)
        let value: String
        switch u {
        case .year: value = r.relative(.year, shift) ?? "XXXX"
        case .month: value = r.relative(.month, shift) ?? "XXXX-XX"
        case .week: value = r.relative(.week, shift) ?? "XXXX-WXX"
        default: value = r.relative(.day, shift) ?? "XXXX-XX-XX"
        }
        // plain "that day" is too often a relative clause's ("trades made that day")
        if u == .day, n(i) == "that", k == i + 1 { return nil }
        var f = Found(end: k + 1, type: .date, value: value)
        f.anaphor = u
        f.anaphorShift = shift
        f.bare = false
        return f
    }

    /// Position ("early", "the end of", "mid-") and shift ("last", "next")
    /// modifiers, then a base expression.
    /// `fixedTried`: the caller has considered `fixedPhrase(i)` before, so a match of it
    /// here, no longer than the one it holds, could not replace it.
    func modified(_ i: Int, det: Bool, fixedTried: Bool = false) -> Found? {
        var best: Found? = nil
        func consider(_ f: Found?) { if let f, f.end > (best?.end ?? i) { best = f } }
        if let (pos, e0) = position(i), !(det && n(i) == "the") {
            var e = e0
            if n(e) == "-", glued(e) { e += 1 }
            if e < count {
                var inner = shifted(e, det: false, afterPosition: true)
                if inner == nil, n(e) == "the" { inner = shifted(e + 1, det: true, afterPosition: true) }
                // "mid afternoon", "mid-afternoon yesterday", "late morning": a part of today (or of the day named next);
                // "the early morning of Aug. 10" is a part of the day after "of", which is tagged alone
                if inner == nil, let w = word(e), let part = w.daypart, part.count == 2, !n(e).hasSuffix("s"), n(e + 1) != "of" {
                    var day = doc.date.map(TimeResolver.day) ?? "XXXX-XX-XX"
                    var end = e + 1
                    if let (m, e2) = phrase(end, .relativeDay, { if case .relativeDay(_, _, nil, _) = $0 { return true }; return false }),
                       case .relativeDay(_, let days, _, _) = m {
                        if let d = doc.date { day = TimeResolver.day(d.adding(days: days)) }
                        end = e2
                    }
                    var f = Found(end: end, type: .time, value: day + "T" + part, mod: pos)
                    f.bare = false
                    consider(f)
                }
                if var f = inner, f.type == .date || f.type == .time, f.mod == nil, weekdayName(e) == nil, !f.value.hasPrefix("P") || f.value.hasSuffix("_REF") == false {
                    if f.value.hasSuffix("_REF") || f.value.hasPrefix("P") || f.value.hasPrefix("XXXX-XX-XX") && f.type == .set {
                        // a position does not modify PRESENT_REF or a duration
                    } else {
                        f.mod = pos
                        f.bare = false
                        consider(f)
                    }
                }
            }
        }
        consider(shifted(i, det: det, afterPosition: false, fixedTried: fixedTried))
        return best
    }

    /// A shift ("last", "this", "next", "past", "coming") and what it shifts.
    func shifted(_ i: Int, det: Bool, afterPosition: Bool, fixedTried: Bool = false) -> Found? {
        var best: Found? = nil
        func consider(_ f: Found?) { if let f, f.end > (best?.end ?? i) { best = f } }
        if let (s0, e0) = shift(i) {
            var s = s0, e = e0
            // "this past weekend", "this coming week"
            if s == 0, let (s2, e2) = shift(e) { s = s2; e = e2 }
            if var f = afterShift(e, shift: s, det: det, shiftToken: i) { f.bare = false; consider(f) }
        }
        consider(base(i, det: det, afterPosition: afterPosition, fixedTried: fixedTried))
        return best
    }

    /// What can follow a shift word.
    func afterShift(_ i: Int, shift s: Int, det: Bool, shiftToken: Int) -> Found? {
        guard i < count else { return nil }
        let shiftWord = n(shiftToken)
        // "the current fiscal year", "last fiscal year", "the latest fiscal
        // quarter": the fiscal period named as the calendar one
        if n(i) == "fiscal", n(i + 1) == "year" || n(i + 1) == "quarter", n(i + 2) != "-",
           let u = word(i + 1)?.unit, let v = r.relative(u, s) {
            if det && s == 0 && shiftWord == "this" { return nil }
            return Found(end: i + 2, type: .date, value: v)
        }
        // "the past three months", "the next few days", "last five years"
        if let (q, _, e) = quantityBeforeUnit(i), let w = word(e), let u = w.unit, w.unitPlural || q == 1 {
            if n(i) == "a" || n(i) == "an" { if !(shiftWord == "past" || shiftWord == "last" || shiftWord == "next") { return nil } }
            return Found(end: e + 1, type: .duration, value: duration(u, q))
        }
        // "the latest period": the quarter a report speaks of
        if shiftWord == "latest", n(i) == "period" {
            var f = Found(end: i + 1, type: .date, value: "")
            f.sameQuarter = true
            return f
        }
        if let w = word(i) {
            // "last week", "this year", "next month", "the current quarter", "the past year"
            if let u = w.unit, !w.unitPlural {
                if det && s == 0 && shiftWord == "this" { return nil }
                // ABC's "This Week": a title, capitalized inside a sentence
                if doc.tokens[i].isCapitalized, doc.tokens[shiftToken].isCapitalized, shiftToken > 0,
                   kind(shiftToken - 1) == .quote || kind(shiftToken - 1) == .word { return nil }
                // "this week's", fine; "last year's" fine.
                if u == .day { return nil }
                // "this century", "the past century": the hundred years up to
                // now, as TimeBank marks them (DURATION P100Y)
                if u == .century, s <= 0 { return Found(end: i + 1, type: .duration, value: "P100Y") }
                // "next year's first quarter", "this year's second half": that
                // year's quarter; "last year's quarter": the same quarter a year before
                if u == .year, n(i + 1) == "'s" {
                    if let d = doc.date, let q = quarterExpression(i + 2, det: false, year: d.year + s) { return Found(end: q.end, type: .date, value: q.value) }
                    if s == -1, n(i + 2) == "quarter" || n(i + 2) == "period", n(i + 3) != "-" {
                        var f = Found(end: i + 3, type: .date, value: r.relative(.year, -1) ?? "XXXX")
                        f.yearAgo = true
                        return f
                    }
                }
                if let v = r.relative(u, s) {
                    var f = Found(end: i + 1, type: .date, value: v)
                    if u == .hour || u == .minute || u == .second { return nil }
                    // "last weekend", "this weekend" — the weekend of that week
                    if u == .weekend, let d = doc.date {
                        let base = s == 0 && d.weekday < 6 ? d : d.adding(days: 7 * s)
                        f.value = TimeResolver.week(base) + "-WE"
                    }
                    // a weekday after "next week" / "last week" ("last week's Sunday")
                    if u == .week, n(i + 1) == "'s", let wd = weekdayName(i + 2), !wd.ambiguous, !wd.plural {
                        if let d = doc.date {
                            let monday = d.adding(days: 7 * s - (d.weekday - 1))
                            return Found(end: wd.end, type: .date, value: TimeResolver.day(monday.adding(days: wd.weekday - 1)))
                        }
                        return Found(end: wd.end, type: .date, value: TimeResolver.weekdayX(wd.weekday))
                    }
                    return f
                }
            }
            // "this morning", "last night", "this afternoon"
            if let part = w.daypart, part.count == 2, !det, shiftWord == "this" || shiftWord == "last" {
                let days = shiftWord == "last" ? (part == "NI" ? -1 : -1) : 0
                if shiftWord == "last" && part != "NI" { return nil }
                if let d = doc.date { return Found(end: i + 1, type: .time, value: TimeResolver.day(d.adding(days: days)) + "T" + part) }
                return Found(end: i + 1, type: .time, value: "XXXX-XX-XXT" + part)
            }
            // "last Friday", "next Monday", "this Tuesday"
            if let wd = weekdayName(i), !wd.ambiguous, !wd.plural, !det {
                var f: Found
                if s == 0 {
                    let t = tense(shiftToken..<wd.end, weekday: true)
                    f = Found(end: wd.end, type: .date, value: r.weekdayDate(wd.weekday, tense: t).map(TimeResolver.day) ?? TimeResolver.weekdayX(wd.weekday))
                } else {
                    f = Found(end: wd.end, type: .date, value: r.weekdayDate(wd.weekday, shift: s).map(TimeResolver.day) ?? TimeResolver.weekdayX(wd.weekday))
                }
                withDaypart(&f)
                // "this coming Sunday, March eighth": a month-day in apposition naming the same
                // day belongs to the expression
                if f.end == wd.end, n(f.end) == "," {
                    let d = monthName(f.end + 1) != nil ? monthExpression(f.end + 1, afterPosition: false) : dayMonth(f.end + 1, det: false)
                    if let d, d.value == f.value { f.end = d.end }
                }
                return f
            }
            // "last April", "next March", "this September"
            if let m = monthName(i), !det, doc.tokens[i].isCapitalized, dayOfMonth(m.end) == nil {
                if let d = doc.date {
                    let y: Int
                    switch s {
                    case -1: y = m.month < d.month ? d.year : d.year - 1
                    case 1: y = m.month > d.month ? d.year : d.year + 1
                    default: y = d.year
                    }
                    return Found(end: m.end, type: .date, value: TimeResolver.month(y, m.month))
                }
                return Found(end: m.end, type: .date, value: "XXXX-" + TimexFormat.pad(m.month, 2))
            }
            // "last fall", "this summer", "next spring"
            if let season = w.season {
                // "this past spring": the latest one, this year's once it has ended
                var s = s
                if shiftWord == "this", s == -1, let d = doc.date,
                   let endMonth = ["SP": 5, "SU": 8, "FA": 11][season], d.month > endMonth { s = 0 }
                let y = doc.date.map { $0.year + s }
                return Found(end: i + 1, type: .date, value: TimeResolver.yearOrX(y) + "-" + season)
            }
            // "last Christmas", "next Thanksgiving"
            if case .holiday(let rule)? = phrase(i, .holiday, { if case .holiday = $0 { return true }; return false })?.0,
               let e = phrase(i, .holiday, { if case .holiday = $0 { return true }; return false })?.end {
                if let d = doc.date {
                    var y = d.year
                    if let h = TimeResolver.holiday(rule, year: y) {
                        if s < 0 && h >= d { y -= 1 }
                        if s > 0 && h <= d { y += 1 }
                    }
                    if let h = TimeResolver.holiday(rule, year: y) { return Found(end: e, type: .date, value: TimeResolver.day(h)) }
                }
                return nil
            }
        }
        return nil
    }

    /// A duration value: P3D, PT16H, P10Y (decades), PXY (vague).
    func duration(_ u: Unit, _ q: Int?) -> String {
        let qs = q.map(String.init) ?? "X"
        switch u {
        case .second: return "PT" + qs + "S"
        case .minute: return "PT" + qs + "M"
        case .hour: return "PT" + qs + "H"
        case .day: return "P" + qs + "D"
        case .week: return "P" + qs + "W"
        case .weekend: return "P" + (q.map { String($0 * 2) } ?? "X") + "D"
        case .fortnight: return "P" + (q.map { String($0 * 2) } ?? "X") + "W"
        case .month: return "P" + qs + "M"
        case .quarter: return "P" + qs + "Q"
        case .year: return "P" + qs + "Y"
        // decades in years, counted or not ("two decades" P20Y, "decades" PXY), as TimeBank writes them
        case .decade: return "P" + (q.map { String($0 * 10) } ?? "X") + "Y"
        case .century: return "P" + (q.map { String($0 * 100) } ?? "X") + (q == nil ? "C" : "Y")
        }
    }

    /// "Friday morning", "yesterday afternoon": appends a part of the day.
    func withDaypart(_ f: inout Found) {
        guard let w = word(f.end), let part = w.daypart, part.count == 2, n(f.end) != "mornings" else { return }
        if w.daypart != nil, doc.norms[f.end].hasSuffix("s") { return }
        f.value += "T" + part
        f.type = .time
        f.end += 1
    }

    // MARK: - Fixed phrases and holidays

    /// Whether the one-word time at `i` stands beside a word that makes it none
    /// (exceptions.tsv): "soon" is a time to come ("will soon move"), not in "as soon as",
    /// "soon after", "too soon to say", nor beside a past verb ("was soon released", "soon
    /// became a flood"); "overnight" is a night, not in "the overnight rate".
    func exceptionHolds(_ i: Int) -> Bool {
        guard let x = lex.exceptions[ids[i]] else { return false }
        if x.previous.contains(n(i - 1)) || x.next.contains(n(i + 1)) { return true }
        if i > 0, let t = tenseCue(i - 1), x.tenses.contains(t) { return true }
        if i + 1 < count, let t = tenseCue(i + 1), x.tenses.contains(t) { return true }
        return false
    }

    func fixedPhrase(_ i: Int) -> Found? {
        guard let (m, e) = phrase(i, .notModifier, { if case .modifier = $0 { return false }; return true }) else { return nil }
        switch m {
        case .fixed(let type, let value, let mod):
            // "future" alone only as a noun: "the future", "in future", "future quarters"
            if e == i + 1, doc.norms[i] == "future", let w = word(e), w.unit != nil {
                return Found(end: e + 1, type: type, value: value, mod: mod)
            }
            if e == i + 1, doc.norms[i] == "future", !(n(i - 1) == "in" || n(i - 1) == "the") { return nil }
            // "for the past three summers", "in the past few matches": "the past" opens a count
            // of periods the grammar does not know, and is no time by itself ("in the past many
            // viruses were …" is)
            if e > i, doc.norms[e - 1] == "past" || doc.norms[e - 1] == "future", let (v, ce) = cardinal(e),
               v != nil || n(e) == "few" || n(e) == "several", ce < count, doc.tokens[ce].kind == .word { return nil }
            if e == i + 1, exceptionHolds(i) { return nil }
            return Found(end: e, type: type, value: value, mod: mod)
        case .relativeDay(let type, let days, let part, let mod):
            if e == i + 1, exceptionHolds(i) { return nil }
            var f: Found
            if let d = doc.date {
                f = Found(end: e, type: type, value: TimeResolver.day(d.adding(days: days)) + (part.map { "T" + $0 } ?? ""), mod: mod)
            } else {
                f = Found(end: e, type: type, value: "XXXX-XX-XX" + (part.map { "T" + $0 } ?? ""), mod: mod)
            }
            if part == nil { withDaypart(&f) }
            // "overnight" is the night before the day the report speaks of
            // ("Shares closed lower Friday after overnight losses in New York")
            if e == i + 1, doc.norms[i] == "overnight", days == -1, part != nil {
                f.dayFromContext = true
                f.contextShift = -1
            }
            return f
        case .holiday(let rule):
            // "Christmas 2013", "Thanksgiving of next year", "Easter 3 months ago"
            var end = e
            var year: Int? = nil
            if let y = yearNumber(end) { year = y; end += 1 }
            else if n(end) == "of", let (s, e2) = shift(end + 1), n(e2) == "year" { year = doc.date.map { $0.year + s }; end = e2 + 1 }
            else if let (q, e2) = cardinal(end), let w = word(e2), let u = w.unit, let (dir, e3) = after(e2 + 1), let d = doc.date, let q {
                let anchor: CivilDate
                switch u {
                case .year: anchor = d.adding(months: 12 * q * dir)
                case .month: anchor = d.adding(months: q * dir)
                default: return nil
                }
                year = anchor.year
                end = e3
            }
            guard let d = doc.date ?? year.flatMap({ CivilDate(year: $0, month: 1, day: 1) }) else { return nil }
            var y = year ?? d.year
            // "Easter week", "Thanksgiving week": the week of the holiday,
            // the latest one begun (past) or the next one not over (future)
            if year == nil, n(end) == "week", n(end + 1) != "-", n(end + 1) != "'s", doc.date != nil {
                if let h = TimeResolver.holiday(rule, year: y) {
                    let monday = h.adding(days: 1 - h.weekday)
                    let t = tense(i..<(end + 1))
                    if t == .past && monday > d { y -= 1 }
                    if t == .future && monday.adding(days: 6) < d { y += 1 }
                }
                guard let h = TimeResolver.holiday(rule, year: y) else { return nil }
                return Found(end: end + 1, type: .date, value: TimeResolver.week(h))
            }
            if year == nil, let h = TimeResolver.holiday(rule, year: y) {
                // the nearest occurrence, past or coming, by tense
                let t = tense(i..<end)
                if t == .past && h > d { y -= 1 }
                if t == .future && h < d { y += 1 }
            }
            guard let h = TimeResolver.holiday(rule, year: y) else { return nil }
            return Found(end: end, type: .date, value: TimeResolver.day(h))
        case .modifier: return nil
        }
    }

    // MARK: - Sets

    func every(_ i: Int) -> Found? {
        guard let j = isEvery(i) else { return nil }
        if let wd = weekdayName(j), !wd.ambiguous {
            var f = Found(end: wd.end, type: .set, value: "XXXX-WXX-" + String(wd.weekday))
            if let w = word(f.end), let p = w.daypart, p.count == 2 { f.value += "T" + p; f.end += 1 }
            return f
        }
        if let w = word(j), let p = w.daypart, p.count == 2 { return Found(end: j + 1, type: .set, value: "XXXX-XX-XXT" + p) }
        if let m = monthName(j), !m.ambiguous || doc.tokens[j].isCapitalized { return Found(end: m.end, type: .set, value: "XXXX-" + TimexFormat.pad(m.month, 2)) }
        if let (q, e) = cardinal(j), let q, let w = word(e), let u = w.unit { return Found(end: e + 1, type: .set, value: duration(u, q)) }
        if let w = word(j), let u = w.unit, !w.unitPlural { return Found(end: j + 1, type: .set, value: duration(u, 1)) }
        return nil
    }

    // MARK: - Base expressions

    func base(_ i: Int, det: Bool, afterPosition: Bool, fixedTried: Bool = false) -> Found? {
        guard i < count else { return nil }
        var best: Found? = nil
        func consider(_ f: Found?) { if let f, f.end > (best?.end ?? i) { best = f } }
        let k = doc.tokens[i].kind
        if !det || afterPosition, !fixedTried { consider(fixedPhrase(i)) }
        switch k {
        case .number:
            if !det { consider(numericDate(i)) }
            consider(dayMonth(i, det: det))
            consider(yearExpression(i, det: det, afterPosition: afterPosition))
            consider(quantity(i, det: det))
            if !det { consider(clockTime(i)) }
        case .alnum:
            consider(dayMonth(i, det: det))
            consider(decade(i, det: det, afterPosition: afterPosition))
            consider(quarterExpression(i, det: det))
            consider(nthOf(i, det: det))
            consider(eventDay(i, det: det))
            if !det { consider(clockTime(i)) }
        case .quote:
            consider(decade(i, det: det, afterPosition: afterPosition))
        case .word, .initialism:
            // (the entry read in place: a `let` of it would copy its strings and arrays)
            guard let e = entry(i) else { return nil }
            if lex.words[e].month != 0, !det { consider(monthExpression(i, afterPosition: afterPosition)) }
            if lex.words[e].weekday != 0, !det { consider(weekdayExpression(i)) }
            if lex.words[e].numberKind != nil {
                if !det, let y = spokenYear(i) { consider(Found(end: y.end, type: .date, value: TimeResolver.year(y.value))) }
                consider(dayMonth(i, det: det))
                consider(quarterExpression(i, det: det))
                consider(quantity(i, det: det))
                consider(nthOf(i, det: det))
                consider(eventDay(i, det: det))
                if !det { consider(clockTime(i)) }
            }
            if lex.words[e].season != nil { consider(seasonExpression(i, det: det, afterPosition: afterPosition)) }
            if lex.words[e].unit != nil { consider(bareUnit(i, det: det, afterPosition: afterPosition)) }
            if lex.words[e].daypart != nil, !det { consider(namedTime(i)) }
            if n(i) == "last" { consider(nthOf(i, det: det)); consider(quarterExpression(i, det: det)) }
            if lex.words[e].unit == .year { consider(yearEarlier(i, det: det)) }
            if !lex.words[e].phrases.isEmpty { consider(fiscal(i, det: det)); consider(recentUnits(i, det: det)) }
        default: break
        }
        return best
    }

    /// "December 12", "Dec. 12, 2022", "December 2022", "December",
    /// "Monday, Feb. 18" (via weekdayExpression), "March first".
    func monthExpression(_ i: Int, afterPosition: Bool) -> Found? {
        guard let m = monthName(i) else { return nil }
        var e = m.end
        // Day
        // not "May 5:30" (a clock time glued after a colon); "April 25: The court" is a date
        if let d = dayOfMonth(e), !(n(d.end) == ":" && glued(d.end + 1) && kind(d.end + 1) == .number || n(d.end) == "%" || n(d.end) == "-" && digits(d.end + 1) != nil) {
            // not "May 5 percent"
            if let w = word(d.end), w.unit != nil || n(d.end) == "percent" { return nil }
            var end = d.end
            var yearValue: Int? = nil
            var k = end
            if n(k) == "," { k += 1 }
            if let y = yearNumber(k) { yearValue = y; end = k + 1 }
            // "Aug. 10 last year", "March 3 next year"
            else if let (y, e2) = yearOfShift(end), n(e2) != "'s" { yearValue = y; end = e2 }
            if m.ambiguous && !doc.tokens[i].isCapitalized && yearValue == nil && digits(m.end) != nil { return nil }
            guard CivilDate(year: yearValue ?? 2000, month: m.month, day: d.value) != nil else { return nil }
            if let y = yearValue {
                return Found(end: end, type: .date, value: TimeResolver.day(CivilDate(year: y, month: m.month, day: d.value)!))
            }
            // "Sales for the quarter ended Oct. 31 rose"
            if let x = endedDay(i - 1, month: m.month, day: d.value, clause: (i - 1)..<end) {
                return Found(end: end, type: .date, value: TimeResolver.day(x))
            }
            var f = Found(end: end, type: .date, value: r.monthDay(m.month, d.value, tense: tense(i..<end)))
            withDaypart(&f)
            return f
        }
        // Month and year: "December 2022", "Dec. 2022", "June of 1990"
        var k = e
        if n(k) == "," || n(k) == "of" { k += 1 }
        if let y = yearAt(k) {
            if m.ambiguous && !doc.tokens[i].isCapitalized { return nil }
            return Found(end: y.end, type: .date, value: TimeResolver.month(y.value, m.month))
        }
        // "January this year", "June last year"
        if let (y, e2) = yearOfShift(e) {
            if m.ambiguous && !doc.tokens[i].isCapitalized { return nil }
            return Found(end: e2, type: .date, value: TimeResolver.month(y, m.month))
        }
        // The month alone
        if m.ambiguous {
            guard doc.tokens[i].isCapitalized else { return nil }
            // "the March accession", "the May elections": a month before a noun
            let attributive = n(i - 1) == "the" && kind(e) == .word && !doc.tokens[e].isCapitalized && contextID(e) == nil
                && !["against", "on", "of", "from", "through", "into", "past", "across", "toward", "towards"].contains(n(e))
            guard afterPosition || attributive || isPreposition(i - 1) && n(i - 1) != "and" && n(i - 1) != "or" && n(i - 1) != "to" || shift(i - 1) != nil else { return nil }
            // "in May that", "since May when": after a strong preposition a
            // capitalized May is the month unless a verb follows ("may be")
            let afterPreposition = isPreposition(i - 1, strongOnly: true) && kind(e) == .word && !doc.tokens[e].isCapitalized
                && word(e) == nil && !["be", "have", "not", "also", "well", "yet", "never"].contains(n(e))
            if n(i) == "may" && !afterPreposition && !attributive && (word(e) != nil || kind(e) == .word && !doc.tokens[e].isCapitalized) && !(isPreposition(e) || n(e) == "," || n(e) == ".") { return nil }
        }
        if word(i)!.monthAbbr, e == i + 1, !afterPosition {
            // "Dec" alone is too weak
            return nil
        }
        e = m.end
        // "the May contract", "the March issue": a month naming a scheduled
        // thing from four months before the publication date to three after
        // is that one, whatever the clause's tense ("the January attack" in
        // November, "the July agreement" in March follow the tense)
        if n(i - 1) == "the", kind(e) == .word, !doc.tokens[e].isCapitalized, contextID(e) == nil, !isPreposition(e),
           let d = doc.date, (-4...3).contains(m.month - d.month) {
            return Found(end: e, type: .date, value: TimeResolver.month(d.year, m.month))
        }
        return Found(end: e, type: .date, value: r.month(m.month, tense: tense(i..<e)))
    }

    /// "12 December 2022", "12th of December", "the 1st of March", "14april 2015".
    func dayMonth(_ i: Int, det: Bool) -> Found? {
        guard let d = dayOfMonth(i) else { return nil }
        if det && digits(i) != nil { return nil }
        var k = d.end
        if n(k) == "of" { k += 1 } else if det { /* "the 15th" alone needs "of" or month */ }
        guard let m = monthName(k) else {
            // "on the 15th": a day of the current month
            if det, k == d.end, digitOrdinal(i) != nil, n(i - 2) == "on", word(d.end)?.unit == nil, kind(d.end) != .alnum {
                if let dd = doc.date {
                    let mday = CivilDate(year: dd.year, month: dd.month, day: d.value)
                    return Found(end: d.end, type: .date, value: mday.map(TimeResolver.day) ?? "XXXX-XX-" + TimexFormat.pad(d.value, 2))
                }
                return Found(end: d.end, type: .date, value: "XXXX-XX-" + TimexFormat.pad(d.value, 2))
            }
            return nil
        }
        if m.ambiguous && !doc.tokens[k].isCapitalized && !(digitOrdinal(i) != nil || n(k - 1) == "of") { return nil }
        var end = m.end
        var k2 = end
        if n(k2) == "," { k2 += 1 }
        var year: Int? = nil
        if let y = yearNumber(k2) { year = y; end = k2 + 1 }
        else if let two = digits(k2), two.width == 2, k2 == end { year = two.value < 50 ? 2000 + two.value : 1900 + two.value; end = k2 + 1 }
        // "5 March last year", "the 3rd of May next year"
        else if let (y, e2) = yearOfShift(end), n(e2) != "'s" { year = y; end = e2 }
        if let y = year {
            guard let date = CivilDate(year: y, month: m.month, day: d.value) else { return nil }
            return Found(end: end, type: .date, value: TimeResolver.day(date))
        }
        guard CivilDate(year: 2000, month: m.month, day: d.value) != nil else { return nil }
        return Found(end: end, type: .date, value: r.monthDay(m.month, d.value, tense: tense(i..<end)))
    }

    static func expandYear(_ v: Int, width: Int) -> Int? {
        if width == 4 { return v }
        if width == 2 { return v < 50 ? 2000 + v : 1900 + v }
        return nil
    }

    /// 12/12/2022 (US month/day unless the first number is over 12),
    /// 2022-12-12, 10.31.1974, 2/15 after "on", 2014/10.
    func numericDate(_ i: Int) -> Found? {
        // One token with slashes or dots.
        for sep in [UInt8(ascii: "/"), UInt8(ascii: ".")] {
            guard let p = numberParts(i, separator: sep) else { continue }
            if p.count == 3 {
                var a = p[0], b = p[1], c = p[2]
                if a.width == 4 { swap(&a, &c); swap(&a, &b) }   // 2022/12/25 → 12/25/2022
                guard let y = Self.expandYear(c.value, width: c.width), a.width <= 2, b.width <= 2 else { return nil }
                var (mo, da) = (a.value, b.value)
                if mo > 12 { swap(&mo, &da) }
                guard let date = CivilDate(year: y, month: mo, day: da) else { return nil }
                return Found(end: i + 1, type: .date, value: TimeResolver.day(date))
            }
            if p.count == 2, sep == UInt8(ascii: "/") {
                let a = p[0], b = p[1]
                if b.width == 4, a.width <= 2, (1...12).contains(a.value), (1000...2999).contains(b.value) {
                    return Found(end: i + 1, type: .date, value: TimeResolver.month(b.value, a.value))
                }
                if a.width == 4, b.width <= 2, (1...12).contains(b.value), (1000...2999).contains(a.value) {
                    return Found(end: i + 1, type: .date, value: TimeResolver.month(a.value, b.value))
                }
                // "on 2/15": month/day only after a date preposition; "by 1/2
                // pct" is a fraction
                if a.width <= 2, b.width <= 2, ["on", "since", "until", "by"].contains(n(i - 1)), CivilDate(year: 2000, month: a.value, day: b.value) != nil,
                   !["pct", "percent", "%", "point", "points", "cent", "cents", "of"].contains(n(i + 1)) {
                    return Found(end: i + 1, type: .date, value: r.monthDay(a.value, b.value, tense: tense(i..<(i + 1))))
                }
            }
        }
        // Dash-separated: 2022-12-12, 2015-3-3, 10-31-74, 31-Oct-74, 2014-10
        guard let a = digits(i), n(i + 1) == "-" else { return nil }
        if let m = monthName(i + 2), n(m.end) == "-", let c = digits(m.end + 1), a.width <= 2,
           let y = Self.expandYear(c.value, width: c.width), let date = CivilDate(year: y, month: m.month, day: a.value) {
            return Found(end: m.end + 2, type: .date, value: TimeResolver.day(date))
        }
        guard let b = digits(i + 2), b.width <= 2 else { return nil }
        // tight: no spaces inside
        guard glued(i + 1), glued(i + 2) else { return nil }
        if n(i + 3) == "-", glued(i + 3), glued(i + 4), let c = digits(i + 4) {
            if a.width == 4, c.width <= 2, let date = CivilDate(year: a.value, month: b.value, day: c.value) {
                return Found(end: i + 5, type: .date, value: TimeResolver.day(date))
            }
            if a.width <= 2, let y = Self.expandYear(c.value, width: c.width), c.width == 4 || c.width == 2 {
                var (mo, da) = (a.value, b.value)
                if mo > 12 { swap(&mo, &da) }
                if let date = CivilDate(year: y, month: mo, day: da) { return Found(end: i + 5, type: .date, value: TimeResolver.day(date)) }
            }
            return nil
        }
        if a.width == 4, (1900...2100).contains(a.value), b.width == 2, (1...12).contains(b.value), kind(i + 3) != .number {
            return Found(end: i + 3, type: .date, value: TimeResolver.month(a.value, b.value))
        }
        return nil
    }

    /// A year: "1990", "fiscal 1989" (via `fiscal`), "1990s", "the 20th century".
    func yearExpression(_ i: Int, det: Bool, afterPosition: Bool) -> Found? {
        guard let y = yearNumber(i) else { return nil }
        // A year after a weekday or month belongs to that date.
        let next = n(i + 1)
        if det {
            // "the 1988 third quarter"; "the 1988 period", "the 1988
            // quarter": that year's quarter of the one last spoken of
            if let q = quarterExpression(i + 1, det: false, year: y) { return q }
            if next == "period" || next == "quarter" {
                var f = Found(end: i + 2, type: .date, value: TimeResolver.year(y))
                f.quarterOfYear = y
                return f
            }
            return nil
        }
        if let q = quarterExpression(i + 1, det: false, year: y) { return q }
        if let w = word(i + 1), let s = w.season { return Found(end: i + 2, type: .date, value: TimeResolver.year(y) + "-" + s) }
        // Context: a year is a year after a time preposition or modifier,
        // or when it stands alone before punctuation; never before a noun ("2000 people").
        if n(i - 1) == "$" || n(i - 1) == "#" || n(i - 1) == "no" || n(i - 1) == "no." { return nil }
        // An attributive year after a determiner or possessive: "the 1996
        // campaign", "a 1971 convention", "its 1990 invasion", "the
        // company's 1989 results"; not "the 2000 troops".
        if isDeterminer(i - 1), (1900...2099).contains(y), kind(i + 1) == .word, !isCounted(i + 1),
           word(i + 1)?.unit == nil, !isPreposition(i + 1), contextID(i + 1).map({ lex.words[Int($0)].tense != nil }) != true {
            return Found(end: i + 1, type: .date, value: TimeResolver.year(y))
        }
        // ... and after an adjective: "his unsuccessful 1996 campaign", "the
        // failed 1991 coup"; a singular noun must follow, so "the remaining
        // 2000 fighters" stays a quantity
        if (1900...2099).contains(y), isDeterminer(i - 2), kind(i - 1) == .word, !doc.tokens[i - 1].isCapitalized,
           contextID(i - 1) == nil, !Self.quantityAdjective(n(i - 1)),
           kind(i + 1) == .word, !doc.tokens[i + 1].isCapitalized, contextID(i + 1) == nil || holidayStartOnly(i + 1),
           !next.hasSuffix("s") || next.hasSuffix("ss") {
            return Found(end: i + 1, type: .date, value: TimeResolver.year(y))
        }
        // "Windows 2000", "Pay ABC 2000": a name, not a year
        if i > 0, !afterPosition, !isPreposition(i - 1), kind(i - 1) == .word || kind(i - 1) == .initialism,
           doc.tokens[i - 1].isCapitalized {
            let sentence = doc.sentences[doc.sentenceIndex(ofToken: i)].tokens
            if sentence.lowerBound < i - 1 { return nil }
        }
        if let k = kind(i + 1), k == .word || k == .alnum || k == .number {
            let w = word(i + 1)
            let allowed = next == "and" || next == "or" || next == "to" || next == "through" || next == "'s"
                || contextID(i + 1).map({ lex.words[Int($0)].tense != nil }) == true || w?.month != nil && w!.month != 0 || isPreposition(i + 1) && next != "of"
            if !allowed {
                // "in 1990 the company": a word after a year needs a strong
                // preposition before it; "for 2000 people" is a quantity.
                guard isPreposition(i - 1, strongOnly: true), w?.unit == nil else { return nil }
            }
        }
        if n(i - 1) == "$" || n(i + 1) == "%" { return nil }
        return Found(end: i + 1, type: .date, value: TimeResolver.year(y))
    }

    /// "1990s", "the 1990s", "'80s", "the late 1970s" (position outside), "20th century".
    func decade(_ i: Int, det: Bool, afterPosition: Bool) -> Found? {
        var j = i
        var short = false
        if kind(i) == .quote { j = i + 1; short = true }
        guard j < count, doc.tokens[j].kind == .alnum else { return nil }
        let t = doc.tokens[j]
        let len = Int(t.end - t.start)
        let b = doc.bytes
        let s = Int(t.start)
        if !short, len == 5, b[s + 4].asciiLowercased == UInt8(ascii: "s"), b[s + 3] == UInt8(ascii: "0"),
           let y = yearDigits(b, s, 4), (1000...2999).contains(y) {
            return Found(end: j + 1, type: .date, value: String(y / 10))
        }
        if len == 3, b[s + 2].asciiLowercased == UInt8(ascii: "s"), b[s + 1] == UInt8(ascii: "0"), let y = yearDigits(b, s, 2), short || det {
            return Found(end: j + 1, type: .date, value: "19" + String(y / 10))
        }
        // centuries: "20th century", "the 11th century"
        if let o = ordinal(i), n(o.end) == "century", o.value >= 1, o.value <= 30 {
            return Found(end: o.end + 1, type: .date, value: TimexFormat.pad(o.value - 1, 2))
        }
        return nil
    }

    func yearDigits(_ b: [UInt8], _ s: Int, _ w: Int) -> Int? {
        var v = 0
        for k in s..<(s + w) { let d = Int(b[k]) - 48; guard d >= 0 && d <= 9 else { return nil }; v = v * 10 + d }
        return v
    }

    /// "third-quarter", "the third quarter", "Q3", "the fourth quarter of 1990",
    /// "the first half", "second-half".
    func quarterExpression(_ i: Int, det: Bool, year: Int? = nil) -> Found? {
        var j = i
        var fiscalYear = false
        if n(j) == "fiscal" { j += 1; fiscalYear = true }
        // "the fiscal-first quarter": a hyphen written between "fiscal" and the ordinal
        if fiscalYear, n(j) == "-", glued(j), glued(j + 1) { j += 1 }
        var q = 0, e = 0
        var half = false
        if year == nil, n(j) == "first" || n(j) == "last",
           n(j + 1) == "two" && n(j + 2) == "quarters" || n(j + 1) == "six" && n(j + 2) == "months",
           n(j + 3) == "of", let yy = yearNumber(j + 4) {
            // "the first two quarters of 1990", "the last six months of 1989": that half of the
            // year named (without a year, "the first six months" is a stretch of time, P6M)
            return Found(end: j + 5, type: .date, value: TimeResolver.year(yy) + (n(j) == "first" ? "-H1" : "-H2"))
        }
        if let o = ordinal(j), (1...4).contains(o.value) {
            var k = o.end
            if n(k) == "-" { k += 1 }
            if n(k) == "fiscal" || n(k) == "calendar" { k += 1 }
            if n(k) == "quarter" { q = o.value; e = k + 1; if det && n(o.end) == "-" { return nil } }
            else if n(k) == "half", o.value <= 2 { q = o.value; e = k + 1; half = true }
            else { return nil }
        } else if kind(j) == .alnum, doc.tokens[j].end - doc.tokens[j].start == 2 {
            let b0 = doc.bytes[Int(doc.tokens[j].start)].asciiLowercased, b1 = doc.bytes[Int(doc.tokens[j].start) + 1]
            guard b0 == UInt8(ascii: "q"), b1 >= 49, b1 <= 52 else { return nil }
            q = Int(b1 - 48); e = j + 1
        } else if n(j) == "last", n(j + 1) == "half" {
            // "the last half of 1989": the second half
            q = 2; e = j + 2; half = true
        } else {
            return nil
        }
        var y = year
        var k = e
        if y == nil {
            if n(k) == "of" || n(k) == "," { k += 1 }
            if let yy = yearNumber(k) { y = yy; e = k + 1 }
            else if n(k) == "of", let (s, e2) = shift(k + 1), n(e2) == "year" { y = doc.date.map { $0.year + s }; e = e2 + 1 }
            else if n(e) == "of", let (s, e2) = shift(e + 1), n(e2) == "year" { y = doc.date.map { $0.year + s }; e = e2 + 1 }
            else if n(e) == "of", n(e + 1) == "the", n(e + 2) == "year", n(e + 3) != "'s", n(e + 3) != "ending", n(e + 3) != "ended" {
                y = doc.date?.year; e += 3
            }
            // "the first half of the decade", "the last half of the '80s": not of a year
            else if half, n(e) == "of", n(e + 1) == "the" && n(e + 2) != "year" || kind(e + 1) == .quote { return nil }
        }
        // "In the year-ago quarter, the second quarter ended Oct. 31, it lost money" in a report of
        // Oct. 27: in a past clause that day has not come this year, so the quarter is last year's
        // (an end further ahead, "the first quarter ended Dec. 31" in March, keeps the fiscal
        // naming below: last year's December, this year's quarter)
        if y == nil, let m = monthName(e + 1), !m.ambiguous || doc.tokens[e + 1].isCapitalized,
           let d = dayOfMonth(m.end), yearNumber(n(d.end) == "," ? d.end + 1 : d.end) == nil, let dct = doc.date,
           let x = endedDay(e, month: m.month, day: d.value, clause: i..<d.end), x.year < dct.year,
           let here = CivilDate(year: dct.year, month: m.month, day: d.value), here.dayNumber - dct.dayNumber <= 61 {
            y = dct.year - 1
        }
        if y == nil, let d = doc.date {
            y = d.year
            if !half, q > TimeResolver.quarterOf(d.month), tense(i..<e) == .past { y = d.year - 1 }
        }
        // A quarter before a number ("the third quarter 1990" handled above); "quarter-point" is not a quarter.
        if n(e) == "-" { return nil }
        let v = TimeResolver.yearOrX(y) + (half ? "-H" : "-Q") + String(q)
        return Found(end: e, type: .date, value: v)
    }

    /// "summer", "the summer of 1998", "spring 1999", "fall 1998".
    func seasonExpression(_ i: Int, det: Bool, afterPosition: Bool) -> Found? {
        guard let w = word(i), let s = w.season else { return nil }
        var e = i + 1
        var k = e
        if n(k) == "of" { k += 1 }
        if let y = yearAt(k) { return Found(end: y.end, type: .date, value: TimeResolver.year(y.value) + "-" + s) }
        if w.seasonAmbiguous && !afterPosition {
            // "in the fall" is a season; "the fall of the city" is not
            guard det, isPreposition(i - 2, strongOnly: true), n(i + 1) != "of" else { return nil }
        }
        if !det && !afterPosition && !isPreposition(i - 1) { return nil }
        e = i + 1
        return Found(end: e, type: .date, value: TimeResolver.yearOrX(doc.date?.year) + "-" + s)
    }

    /// "Friday", "Friday morning", "Monday, Feb. 18", "Wednesday of next
    /// week", "Mondays" (a set).
    func weekdayExpression(_ i: Int) -> Found? {
        guard let wd = weekdayName(i) else { return nil }
        let e = wd.end
        // "Monday, Feb. 18", "Fri, Jul 18", "Friday, Oct. 23, 1998"
        var k = e
        if n(k) == "," { k += 1 }
        if let m = monthName(k), let f = monthExpression(k, afterPosition: false), f.end > m.end {
            return Found(end: f.end, type: f.type, value: matchWeekday(f.value, wd.weekday))
        }
        if let d = dayMonth(k, det: false) { return Found(end: d.end, type: d.type, value: matchWeekday(d.value, wd.weekday)) }
        if k == e, n(k) == "the", let o = ordinal(k + 1), (1...31).contains(o.value), let dct = doc.date {
            // "Tuesday the 19th": the next such day with that weekday
            var d = dct
            for _ in 0..<400 { if d.day == o.value && d.weekday == wd.weekday { break }; d = d.adding(days: 1) }
            return Found(end: o.end, type: .date, value: TimeResolver.day(d))
        }
        if wd.ambiguous { return nil }
        if wd.plural {
            var f = Found(end: e, type: .set, value: "XXXX-WXX-" + String(wd.weekday))
            if let w = word(e), let p = w.daypart, p.count == 2 { f.value += "T" + p; f.end += 1 }
            return f
        }
        // "Tuesday nights" (a set)
        if let w = word(e), w.daypart != nil, n(e).hasSuffix("s") {
            return Found(end: e + 1, type: .set, value: "XXXX-WXX-" + String(wd.weekday) + "T" + w.daypart!)
        }
        // "Monday and Tuesday nights": the plural part of the day after the second weekday is
        // shared, so the first one is a set too ("Monday and Tuesday night" stays two days)
        if n(e) == "and" || n(e) == "or", let wd2 = weekdayName(e + 1), !wd2.plural, !wd2.ambiguous,
           let w = word(wd2.end), let p = w.daypart, p.count == 2, n(wd2.end).hasSuffix("s") {
            return Found(end: e, type: .set, value: "XXXX-WXX-" + String(wd.weekday) + "T" + p)
        }
        // "Wednesday of next week", "Wednesday next week", "Sunday from last week"
        var k2 = e
        if n(k2) == "of" || n(k2) == "from" { k2 += 1 }
        if let (s, e2) = shift(k2), n(e2) == "week" {
            if let d = doc.date {
                let monday = d.adding(days: 7 * s - (d.weekday - 1))
                return Found(end: e2 + 1, type: .date, value: TimeResolver.day(monday.adding(days: wd.weekday - 1)))
            }
            return Found(end: e2 + 1, type: .date, value: TimeResolver.weekdayX(wd.weekday))
        }
        // "Friday after next"
        if n(e) == "after", n(e + 1) == "next", let d = r.weekdayDate(wd.weekday, shift: 1) {
            return Found(end: e + 2, type: .date, value: TimeResolver.day(d.adding(days: 7)))
        }
        let t = tense(i..<e, weekday: true)
        var f = Found(end: e, type: .date, value: r.weekdayDate(wd.weekday, tense: t).map(TimeResolver.day) ?? TimeResolver.weekdayX(wd.weekday))
        withDaypart(&f)
        return f
    }

    /// A month-day placed in a year by tense, moved to the neighbouring
    /// year when only that one has the weekday the text names.
    func matchWeekday(_ value: String, _ w: Int) -> String {
        guard value.utf8.count == 10, let d = CivilDate(iso: value), d.weekday != w, let dct = doc.date else { return value }
        for y in [dct.year, dct.year - 1, dct.year + 1] {
            if let x = CivilDate(year: y, month: d.month, day: d.day), x.weekday == w { return TimeResolver.day(x) }
        }
        return value
    }

    /// Quantities: "three days" (DURATION), "three days ago" (DATE),
    /// "two-year", "a week", "2 Thursdays ago", "the nine months",
    /// "the first nine months".
    func quantity(_ i: Int, det: Bool) -> Found? {
        var j = i
        // "the first nine months"
        if det, let o = word(j), o.numberKind == .ordinal, o.number == 1, cardinal(j + 1) != nil { j += 1 }
        if det, n(j) == "a" || n(j) == "an" { return nil }
        guard let (q0, e0) = cardinal(j) else { return nil }
        if let d = digits(j), d.width == 4 { return nil }
        var q = q0, e = e0, half = false
        // "two to three weeks", "2 1/2 years", "two more weeks"
        if let qb = quantityBeforeUnit(j), qb.unit > e0, word(qb.unit)?.unit != nil { q = qb.q; half = qb.half; e = qb.unit }
        var hyphen = false
        if n(e) == "-", glued(e) { e += 1; hyphen = true }
        // "2 Thursdays ago", "3 fridays from now"
        if let wd = weekdayName(e), wd.plural || q == 1, let q, let (dir, e2) = after(wd.end), dir < 0 || n(wd.end) != "before" {
            if let d = doc.date {
                var x = d
                if dir < 0 { x = d.adding(days: -(((d.weekday - wd.weekday) + 7) % 7 == 0 ? 7 : ((d.weekday - wd.weekday) + 7) % 7)); x = x.adding(days: -7 * (q - 1)) }
                else { x = d.adding(days: ((wd.weekday - d.weekday) + 7) % 7 == 0 ? 7 : ((wd.weekday - d.weekday) + 7) % 7); x = x.adding(days: 7 * (q - 1)) }
                return Found(end: e2, type: .date, value: TimeResolver.day(x))
            }
            return nil
        }
        guard let w = word(e), let u = w.unit else { return nil }
        // ("a several-year tenure": a vague count glued to a singular unit, as "two-year")
        // ("a several-year" is no "a few": the article stays out)
        if q == nil && !w.unitPlural && (!hyphen || n(j) == "a" || n(j) == "an") { return nil }
        // "a day-long strike": the article goes with the noun, "day-long" stands alone;
        // so does "year-earlier" in "a year-earlier loss"
        if n(j) == "a" || n(j) == "an", n(e + 1) == "-", n(e + 2) == "long" || glued(e + 1) && glued(e + 2) && after(e + 2) != nil { return nil }
        if let q, q != 1, !w.unitPlural, !hyphen, kind(j) != .number || q == 0, n(j) != "a" && n(j) != "an" {
            // "a five year plan", "a two day visit": a number word and a
            // singular unit before a noun; not "two year's" or "ten day ago"
            guard q > 1, kind(e + 1) == .word, !doc.tokens[e + 1].isCapitalized, word(e + 1) == nil,
                  !isPreposition(e + 1), contextID(e + 1) == nil || bound(e + 1) != nil else { return nil }
            return Found(end: e + 1, type: .duration, value: duration(u, q))
        }
        // An age ("52 years old") is no time expression (TimeML), nor is a
        // fraction ("three-quarters of", "a quarter of"), nor an ordinal "a
        // second" ("a second group"); a rate ("$1.76 a year", "four flights
        // a week", "24 hours a day", "once a week") is a SET.
        if n(e + 1) == "old", !hyphen { return nil }
        if (n(j) == "a" || n(j) == "an"), !w.unitPlural, after(e + 1) == nil, isRateQuantity(j - 1) {
            return Found(end: e + 1, type: .set, value: duration(u, 1))
        }
        if u == .quarter, n(e + 1) == "of", hyphen || n(j) == "a" || n(j) == "an" { return nil }
        if u == .second, n(j) == "a" || n(j) == "an", kind(e + 1) == .word, !isPreposition(e + 1), word(e + 1)?.tense == nil,
           contextID(e + 1) == nil || holidayStartOnly(e + 1) { return nil }
        // "will one day be", "could one day lead": an unspecified time to come
        if n(j) == "one", u == .day, !w.unitPlural, !hyphen, e == j + 1, Self.isModal(n(j - 1)) {
            return Found(end: e + 1, type: .date, value: "FUTURE_REF")
        }
        var f = Found(end: e + 1, type: .duration, value: duration(u, q))
        // "a minute and a half", "2 1/2 years"
        if n(e + 1) == "and", n(e + 2) == "a", n(e + 3) == "half", q != nil, !hyphen { half = true; f.end = e + 4 }
        if half {
            guard let q, let v = halfDuration(u, q) else { return nil }
            f.value = v
            return f
        }
        if hyphen {
            // "two-year", "10-year", "16-hour": an adjective, still a
            // duration; "two-day-long" takes its suffix (ages, "6-year-old", are
            // not time expressions)
            if n(e + 1) == "-", glued(e + 1), glued(e + 2), n(e + 2) == "long" { f.end = e + 3; return f }
            if n(e + 1) == "-" || det { return nil }
            return f
        }
        // "a week or so ago", "a year or so": an approximate quantity
        if n(e + 1) == "or", n(e + 2) == "so", let q {
            if let (dir, e2) = after(e + 3), n(e + 3) != "before", n(e + 3) != "later", u != .hour, u != .minute, u != .second,
               let v = r.offset(u, q * dir) {
                return Found(end: e2, type: .date, value: v, mod: "APPROX")
            }
            f.end = e + 3
            f.mod = "APPROX"
            return f
        }
        // "three days ago", "a year earlier", "two weeks from now"
        // "three days later", "over an hour later": TimeBank marks the
        // duration and leaves "later" out as a signal
        if n(e + 1) == "later" { return f }
        if let (dir, e2) = after(e + 1), let q, n(e + 1) != "before" {
            if u == .hour || u == .minute || u == .second {
                return nil
            }
            if let v = r.offset(u, q * dir) { f = Found(end: e2, type: .date, value: v) }
            f.yearAgo = u == .year && q == 1 && dir < 0
            // "a week earlier" counts from the narrative's time ("a year earlier" compares periods: run)
            if !f.yearAgo, isNarrativeAfter(e + 1) { f.countedFrom = (u, q * dir) }
            return f
        }
        if let (dir, e2) = after(e + 1), q == nil, dir < 0, n(e + 1) == "ago" {
            // "several years ago", "months ago"
            _ = e2
            return Found(end: e2, type: .date, value: "PAST_REF")
        }
        // A bare number needs a real unit context: "1 adult" never gets here.
        if det {
            // "the nine months", "the first nine months", "the past two years" (via shift)
            if !w.unitPlural && q == 1 && n(j) == "one" { return f }
            if !w.unitPlural { return nil }
        }
        return f
    }

    /// "the year", "the quarter", "the weekend", "years" (after "for").
    func bareUnit(_ i: Int, det: Bool, afterPosition: Bool) -> Found? {
        guard let w = word(i), let u = w.unit else { return nil }
        if det && !w.unitPlural {
            switch u {
            case .quarter:
                // "the quarter": the quarter last spoken of, else the last one
                if n(i + 1) == "-" { return nil }   // "quarter-to-quarter"
                // "the quarter a year ago", "the quarter last year": the same quarter a year before
                if let e = yearAgoPhrase(i + 1) {
                    var f = Found(end: e, type: .date, value: r.relative(.year, -1) ?? "XXXX")
                    f.yearAgo = true
                    return f
                }
                // "the quarter ended July 31": the three months up to that
                // day, named by the calendar quarter of their middle month
                if n(i + 1) == "ended" || n(i + 1) == "ending", let m = monthName(i + 2), !m.ambiguous || doc.tokens[i + 2].isCapitalized {
                    var y: Int? = nil
                    if let d = dayOfMonth(m.end) {
                        var k = d.end
                        if n(k) == "," { k += 1 }
                        if let yy = yearNumber(k) { y = yy }
                        else if let date = endedDay(i + 1, month: m.month, day: d.value, clause: i..<d.end) { y = date.year }
                        else if let date = r.monthDayDate(m.month, d.value, tense: endedTense(i + 1)) { y = date.year }
                    } else if let yy = yearNumber(m.end) { y = yy }
                    else if let dct = doc.date { y = r.yearFor(month: m.month, day: 1, tense: endedTense(i + 1), dct: dct) }
                    let middle = m.month == 1 ? 12 : m.month - 1
                    let value = y.map { TimeResolver.year(m.month == 1 ? $0 - 1 : $0) + "-Q" + String(TimeResolver.quarterOf(middle)) }
                        ?? "XXXX-Q" + String(TimeResolver.quarterOf(middle))
                    // (a report that has named its quarter keeps its naming: "the
                    // fiscal first quarter … the quarter ended Sept. 29")
                    var f = Found(end: i + 1, type: .date, value: value)
                    f.sameQuarter = true
                    f.quarterEnded = true
                    return f
                }
                var f = Found(end: i + 1, type: .date, value: r.relative(.quarter, -1) ?? "XXXX-QX")
                f.sameQuarter = true
                return f
            case .year:
                // "the year 2000", "the year two thousand"
                if let y = yearAt(i + 1) { return Found(end: y.end, type: .date, value: TimeResolver.year(y.value)) }
                if afterPosition { return Found(end: i + 1, type: .date, value: r.relative(.year, 0) ?? "XXXX") }
                if n(i + 1) == "'s" || n(i + 1) == "-" { return nil }
                // "the year ended June 30": a fiscal year, a duration; "for
                // the year", "the first months of the year": this year
                if n(i + 1) == "ended" || n(i + 1) == "ending" || n(i + 1) == "before" || n(i + 1) == "after" {
                    return Found(end: i + 1, type: .duration, value: "P1Y")
                }
                return Found(end: i + 1, type: .date, value: r.relative(.year, 0) ?? "XXXX")
            case .month:
                if afterPosition { return Found(end: i + 1, type: .date, value: r.relative(.month, 0) ?? "XXXX-XX") }
                return nil
            case .week:
                if afterPosition { return Found(end: i + 1, type: .date, value: r.relative(.week, 0) ?? "XXXX-WXX") }
                return nil
            case .weekend:
                if let d = doc.date {
                    let t = tense(i..<(i + 1))
                    let base: CivilDate
                    if t == .future { base = d }
                    else { base = d.weekday >= 6 ? d : d.adding(days: -7) }
                    return Found(end: i + 1, type: .date, value: TimeResolver.week(base) + "-WE")
                }
                return Found(end: i + 1, type: .date, value: "XXXX-WXX-WE")
            default: return nil
            }
        }
        // "day-long", "decades-long"
        if !det, n(i + 1) == "-", n(i + 2) == "long", glued(i + 1), glued(i + 2) {
            return Found(end: i + 3, type: .duration, value: duration(u, w.unitPlural ? nil : 1))
        }
        // "year-end", "year end", "year's end": the end of this year; "year-end 1985",
        // "at year end 1986": the end of the year named after it
        if u == .year, !w.unitPlural {
            var k = i + 1
            if n(k) == "-" && glued(k) || n(k) == "'s" { k += 1 }
            if n(k) == "end" {
                if n(k - 1) != "'s", let y = yearNumber(k + 1) {
                    var f = Found(end: k + 2, type: .date, value: TimeResolver.year(y), mod: "END")
                    f.bare = !det
                    return f
                }
                // a year-end a past clause speaks of has passed: last year's ("CRA held
                // contracts at year-end", "gains since year-end" in a report of March); "by
                // year-end" is left this year's: a deadline, often in a plan the clause's
                // tense misreads ("said it planned to sell them by year end")
                let back = doc.date != nil && n((det ? i - 1 : i) - 1) != "by" && tense(i..<(k + 1)) == .past
                var f = Found(end: k + 1, type: .date, value: r.relative(.year, back ? -1 : 0) ?? "XXXX", mod: "END")
                f.bare = !det
                return f
            }
        }
        // "for years", "within weeks", "for centuries", "in years." (a bare
        // plural: a vague duration, TimeML PXY); "weeks or months" takes
        // the first unit
        if w.unitPlural, u != .weekend, u != .second {
            var f: Found? = nil
            let before = n(det ? i - 2 : i - 1)
            if !det {
                if before == "for" || before == "within" { f = Found(end: i + 1, type: .duration, value: duration(u, nil)) }
                // "in years": only when the phrase ends there ("the first time in years.")
                else if before == "in", let k = kind(i + 1), k != .word && k != .number && k != .alnum && k != .initialism {
                    f = Found(end: i + 1, type: .duration, value: duration(u, nil))
                }
            } else if before == "over" && n(i - 1) == "the" && n(i + 1) != "of" || n(i + 1) == "ahead" {
                // "over the years", "the weeks ahead"
                f = Found(end: n(i + 1) == "ahead" ? i + 2 : i + 1, type: .duration, value: duration(u, nil))
            }
            if var g = f {
                if !det, n(g.end) == "or" || n(g.end) == "and", let x = word(g.end + 1), x.unit != nil, x.unitPlural { g.end += 2 }
                return g
            }
        }
        if !det && afterPosition, !w.unitPlural, u == .year {
            // "around year end" — rare
            return nil
        }
        return nil
    }

    /// "year-earlier", "the year-ago quarter", "the year-earlier period":
    /// the same period a year before (a quarter when the document speaks
    /// of quarters).
    func yearEarlier(_ i: Int, det: Bool) -> Found? {
        guard n(i) == "year", n(i + 1) == "-", glued(i + 1), let (dir, e0) = after(i + 2), dir < 0, e0 == i + 3 else { return nil }
        var e = e0
        if let q = quarterExpression(e, det: false), let d = doc.date, let v = Self.quarterValue(q.value) {
            _ = d
            return Found(end: q.end, type: .date, value: TimeResolver.year(v.year - 1) + "-Q" + String(v.q))
        }
        // "the year-earlier nine months": a stretch of months, as "the nine months" is (P9M)
        if let q = quantity(e, det: false), q.type == .duration, word(q.end - 1)?.unit == .month { return q }
        if n(e) == "quarter" || n(e) == "period" { e += 1 } else if det { return nil }
        var f = Found(end: e, type: .date, value: r.relative(.year, -1) ?? "XXXX")
        f.yearAgo = true
        return f
    }

    /// The end of "a year ago", "a year earlier", "one year ago", "last
    /// year" at `k`, or nil.
    func yearAgoPhrase(_ k: Int) -> Int? {
        if n(k) == "a" || n(k) == "one", n(k + 1) == "year", n(k + 2) == "ago" || n(k + 2) == "earlier" { return k + 3 }
        if n(k) == "last", n(k + 1) == "year", n(k + 2) != "'s" { return k + 2 }
        return nil
    }

    /// "recent years" (PXY), "coming weeks", "the coming months".
    func recentUnits(_ i: Int, det: Bool) -> Found? {
        if let e = isRecent(i), let w = word(e), let u = w.unit, w.unitPlural {
            return Found(end: e + 1, type: .duration, value: duration(u, nil))
        }
        return nil
    }

    // MARK: - Periods that ended

    /// The one rule for the day a period "ended" (`k` is that word, the month
    /// and day follow it without a year): in a past clause, read over `clause`,
    /// the latest such day on or before the report ("Sales for the quarter
    /// ended Oct. 31 rose" in a report of Oct. 27 speak of last year's Oct. 31).
    /// nil in a clause that is not past: financial news writes "ended" for a
    /// period still to end ("expected to report results for the quarter ended
    /// March 31"), and the caller reads the day as any other.
    func endedDay(_ k: Int, month m: Int, day d: Int, clause: Range<Int>) -> CivilDate? {
        guard n(k) == "ended", tense(clause) == .past else { return nil }
        return r.endedDay(m, d)
    }

    /// The tense "ended" at `k` lends a day or month after it that the
    /// clause leaves open: past ("the quarter ended March 31" when no past
    /// verb says so); nil for "ending" and any other word.
    func endedTense(_ k: Int) -> Tense? { n(k) == "ended" ? .past : nil }

    /// "fiscal 1989", "fiscal year 1990", "the fiscal year".
    func fiscal(_ i: Int, det: Bool) -> Found? {
        guard n(i) == "fiscal" else { return nil }
        var k = i + 1
        if n(k) == "year" { k += 1 }
        if let y = yearNumber(k) { return Found(end: k + 1, type: .date, value: TimeResolver.year(y)) }
        if let two = digits(k), two.width == 2, kind(k - 1) == .quote || n(k - 1) == "year" {
            return Found(end: k + 1, type: .date, value: TimeResolver.year(1900 + two.value))
        }
        // "In the fiscal year ended Jan. 31, sales were …": the results of a year already over,
        // a duration, as "the year ended June 30" is ("the budget for the fiscal year ending
        // March 31" keeps naming the year to come)
        if det, k == i + 2, n(k) == "ended" { return Found(end: k, type: .duration, value: "P1Y") }
        if det, k == i + 2 { return Found(end: k, type: .date, value: r.relative(.year, 0) ?? "XXXX") }
        if let q = quarterExpression(i, det: det) { return q }
        return nil
    }

    /// "noon", "midnight", "noon Thursday" (TIME).
    func namedTime(_ i: Int) -> Found? {
        guard let w = word(i), let code = w.daypart, code.count == 5 else { return nil }
        var day = doc.date.map(TimeResolver.day) ?? "XXXX-XX-XX"
        var e = i + 1
        if let wd = weekdayName(e), !wd.ambiguous, !wd.plural {
            let t = tense(i..<wd.end, weekday: true)
            day = r.weekdayDate(wd.weekday, tense: t).map(TimeResolver.day) ?? TimeResolver.weekdayX(wd.weekday)
            e = wd.end
        } else if let (m, e2) = phrase(e, .relativeDay, { if case .relativeDay(_, _, nil, _) = $0 { return true }; return false }),
                  case .relativeDay(_, let days, _, _) = m {
            if let d = doc.date { day = TimeResolver.day(d.adding(days: days)) }
            e = e2
        }
        return Found(end: e, type: .time, value: day + "T" + code)
    }

    /// "3 p.m.", "10:30 a.m.", "3pm", "at 10:30", "10 p.m. Wednesday".
    func clockTime(_ i: Int) -> Found? {
        var h = -1, mi = 0
        var e = i + 1
        var ampm: Int? = nil
        if let d = digits(i), d.width <= 2 { h = d.value }
        else if let p = numberParts(i, separator: UInt8(ascii: ":")), p.count == 2, p[1].width == 2, p[0].width <= 2 { h = p[0].value; mi = p[1].value }
        else if kind(i) == .alnum {
            // "3pm", "10am"
            let t = doc.tokens[i]
            let s = Int(t.start), en = Int(t.end)
            var v = 0, k = s
            while k < en, doc.bytes[k] >= 48, doc.bytes[k] <= 57 { v = v &* 10 &+ Int(doc.bytes[k] - 48); k += 1 }   // wraps on long digit runs; rejected below
            guard k > s, k - s <= 2, en - k == 2 else { return nil }
            let a = doc.bytes[k].asciiLowercased, m = doc.bytes[k + 1].asciiLowercased
            guard m == UInt8(ascii: "m"), a == UInt8(ascii: "a") || a == UInt8(ascii: "p") else { return nil }
            h = v; ampm = a == UInt8(ascii: "p") ? 1 : 0
        } else if let we = entry(i), lex.words[we].numberKind == .cardinal || lex.words[we].numberKind == .tens, n(i + 1) == "o'clock" {
            h = Int(lex.words[we].number); e = i + 2
            if h < 1 || h > 12 { return nil }
            return finishTime(i, e, h, 0, nil)
        } else { return nil }
        guard h >= 0, h <= 24, mi < 60 else { return nil }
        if ampm == nil {
            let x = n(e)
            if x == "a.m." || x == "am" { ampm = 0; e += 1 }
            else if x == "p.m." || x == "pm" { ampm = 1; e += 1 }
            else if (x == "a.m" || x == "p.m"), n(e + 1) == "." { ampm = x == "p.m" ? 1 : 0; e += 2 }
            else if x == "o'clock" { e += 1; ampm = nil; guard h >= 1, h <= 12 else { return nil }; return finishTime(i, e, h, mi, nil) }
            // "4 in the morning", "8 in the evening", "11 at night"
            else if x == "in" && n(e + 1) == "the" || x == "at" && n(e + 1) == "night", h >= 1, h <= 12, kind(i) == .number {
                let part = x == "at" ? "night" : n(e + 2)
                switch part {
                case "morning": ampm = 0
                case "afternoon", "evening": ampm = 1
                case "night": ampm = h >= 6 ? 1 : 0
                default: return nil
                }
                e += x == "at" ? 2 : 3
            }
            else if mi > 0 || numberParts(i, separator: UInt8(ascii: ":")) != nil {
                // "10:30" needs "at" before it
                guard n(i - 1) == "at" else { return nil }
            } else { return nil }
        }
        if let a = ampm {
            guard h >= 1, h <= 12 else { return nil }
            if a == 1 && h < 12 { h += 12 }
            if a == 0 && h == 12 { h = 0 }
        }
        return finishTime(i, e, h, mi, ampm)
    }

    func finishTime(_ i: Int, _ e0: Int, _ h: Int, _ mi: Int, _ ampm: Int?) -> Found? {
        var e = e0
        var dayFromContext = false
        var day = doc.date.map(TimeResolver.day) ?? "XXXX-XX-XX"
        // time zone abbreviations are not part of the value
        if ["est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "et"].contains(n(e)) { e += 1 }
        var k = e
        if n(k) == "on" { k += 1 }
        if n(k) == "," { k += 1 }
        if let m = monthName(k), let f = monthExpression(k, afterPosition: false), f.end > m.end, f.value.utf8.count == 10 {
            day = f.value; e = f.end
        } else if let wd = weekdayName(k), !wd.ambiguous, !wd.plural {
            let t = tense(i..<wd.end, weekday: true)
            day = r.weekdayDate(wd.weekday, tense: t).map(TimeResolver.day) ?? TimeResolver.weekdayX(wd.weekday)
            e = wd.end
        } else if let (m, e2) = phrase(k, .relativeDay, { if case .relativeDay(_, _, nil, _) = $0 { return true }; return false }),
                  case .relativeDay(_, let days, _, _) = m {
            if let d = doc.date { day = TimeResolver.day(d.adding(days: days)) }
            e = e2
        } else if n(k) != "(" {
            dayFromContext = true
        } else {
            // "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m.
            // EDT Thursday)": the day named in or just after the aside gives
            // the value; the span stays the clock time
            var j = k + 1
            while j < count, j - k <= 8, n(j) != ")" { j += 1 }
            dayFromContext = true
            if n(j) == ")" {
                for x in (k + 1)...(j + 1) {
                    if let wd = weekdayName(x), !wd.ambiguous, !wd.plural {
                        let t = tense(i..<e, weekday: true)
                        day = r.weekdayDate(wd.weekday, tense: t).map(TimeResolver.day) ?? TimeResolver.weekdayX(wd.weekday)
                        dayFromContext = false
                        break
                    }
                }
            }
        }
        var f = Found(end: e, type: .time, value: day + "T" + TimexFormat.pad(h, 2) + ":" + TimexFormat.pad(mi, 2))
        f.dayFromContext = dayFromContext && doc.date != nil
        return f
    }

    /// "the first Monday of March", "last day of October 2015", "the third
    /// day of October", "20th of next month", "the second last week of 2018".
    func nthOf(_ i: Int, det: Bool) -> Found? {
        // ordinal
        var nth: Int
        var e: Int
        var fromEnd = false
        if n(i) == "last" { nth = 1; e = i + 1; fromEnd = true }
        else if let o = ordinal(i) { nth = o.value; e = o.end; if n(e) == "last" { fromEnd = true; e += 1 } }
        else if let d = digits(i), d.width <= 2 { nth = d.value; e = i + 1 }
        else { return nil }
        // what: weekday, day, week, or nothing ("20th of next month")
        enum What { case weekday(Int), day, week, dayOfMonth }
        var what: What
        if let wd = weekdayName(e), !wd.ambiguous, !wd.plural { what = .weekday(wd.weekday); e = wd.end }
        else if n(e) == "day" { what = .day; e += 1 }
        else if n(e) == "week" { what = .week; e += 1 }
        else { what = .dayOfMonth }
        guard n(e) == "of" || n(e) == "in" else { return nil }
        e += 1
        // container
        var year: Int? = nil, month: Int? = nil
        var k = e
        if n(k) == "the" { k += 1 }
        if let m = monthName(k) {
            month = m.month; k = m.end
            var k2 = k
            if n(k2) == "," { k2 += 1 }
            if let y = yearNumber(k2) { year = y; k = k2 + 1 }
        } else if let y = yearNumber(k) { year = y; k += 1 }
        else if let (s, e2) = shift(k), n(e2) == "month" || n(e2) == "year" {
            guard let d = doc.date else { return nil }
            if n(e2) == "month" { let x = d.adding(months: s); year = x.year; month = x.month } else { year = d.year + s }
            k = e2 + 1
        } else if n(k - 1) == "the", n(k) == "month" {
            guard let d = doc.date else { return nil }
            year = d.year; month = d.month; k += 1
        } else { return nil }
        if case .dayOfMonth = what { if fromEnd || month == nil { return nil } }
        if year == nil {
            guard let d = doc.date, let m = month else { return nil }
            year = m >= d.month ? d.year : d.year // Duckling and news alike read "of March" in the publication year
        }
        guard let y = year else { return nil }
        switch what {
        case .dayOfMonth:
            guard let m = month, let date = CivilDate(year: y, month: m, day: nth) else { return nil }
            return Found(end: k, type: .date, value: TimeResolver.day(date))
        case .day:
            if let m = month {
                let len = CivilDate.daysIn(month: m, year: y)
                let dd = fromEnd ? len - nth + 1 : nth
                guard let date = CivilDate(year: y, month: m, day: dd) else { return nil }
                return Found(end: k, type: .date, value: TimeResolver.day(date))
            }
            return nil
        case .weekday(let w):
            let rng: (CivilDate, CivilDate)
            if let m = month { rng = (CivilDate(year: y, month: m, day: 1)!, CivilDate(year: y, month: m, day: CivilDate.daysIn(month: m, year: y))!) }
            else { rng = (CivilDate(year: y, month: 1, day: 1)!, CivilDate(year: y, month: 12, day: 31)!) }
            var date: CivilDate
            if fromEnd {
                date = rng.1.adding(days: -((rng.1.weekday - w + 7) % 7)).adding(days: -7 * (nth - 1))
            } else {
                date = rng.0.adding(days: (w - rng.0.weekday + 7) % 7).adding(days: 7 * (nth - 1))
            }
            guard date <= rng.1, date >= rng.0 else { return nil }
            return Found(end: k, type: .date, value: TimeResolver.day(date))
        case .week:
            let rng: (CivilDate, CivilDate)
            if let m = month { rng = (CivilDate(year: y, month: m, day: 1)!, CivilDate(year: y, month: m, day: CivilDate.daysIn(month: m, year: y))!) }
            else { rng = (CivilDate(year: y, month: 1, day: 1)!, CivilDate(year: y, month: 12, day: 31)!) }
            let monday: CivilDate
            if fromEnd {
                // full weeks inside the range, counted from the end
                let lastMonday = rng.1.adding(days: -(rng.1.weekday - 1) - (rng.1.weekday == 7 ? 0 : 7))
                monday = lastMonday.adding(days: -7 * (nth - 1))
            } else {
                let firstMonday = rng.0.adding(days: (8 - rng.0.weekday) % 7)
                monday = firstMonday.adding(days: 7 * (nth - 1))
            }
            return Found(end: k, type: .date, value: TimeResolver.week(monday))
        }
    }

    /// "the 14th day (of the road blockade)": a day counted from an event.
    func eventDay(_ i: Int, det: Bool) -> Found? {
        guard det || n(i - 1) == "its" || n(i - 1) == "on", let o = ordinal(i), o.value >= 1, o.value <= 1000, n(o.end) == "day" else { return nil }
        // "the third day of October" is a calendar date (nthOf), not an event day
        if n(o.end + 1) == "of" || n(o.end + 1) == "in" {
            var k = o.end + 2
            if n(k) == "the" { k += 1 }
            if monthName(k) != nil || shift(k) != nil && (n(k + 1) == "month" || n(k + 1) == "year") || n(k) == "month" { return nil }
        }
        return Found(end: o.end + 1, type: .date, value: "", eventDay: o.value)
    }
}
