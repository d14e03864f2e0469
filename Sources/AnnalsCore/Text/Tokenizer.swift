/// A byte-level tokenizer: one pass over UTF-8, no regular expressions.
///
/// Whitespace (including no-break, ideographic and other Unicode spaces, and
/// invisible format characters) separates tokens and is not a token. Hyphens
/// and slashes between words are tokens of their own ("mid", "-", "December"),
/// so rules see the parts; a possessive `'s` is split off ("Karabakh", "’s").
///
/// ASCII is classified by a byte switch; other scalars by their Unicode
/// general category, so accented, Greek, Cyrillic, Hebrew, Arabic and CJK
/// letters are letters, combining marks stay inside their word, and an
/// emoji with its modifiers, variation selectors and zero-width joiners is
/// one token. Scripts written without spaces (Chinese, Japanese, Thai) are
/// not segmented into words: a run of their letters is one token.
enum Tokenizer {
    enum CharClass: Equatable {
        case space, newline, letter, upper, digit, quote, dash, apostrophe, period, other
        /// Combining marks, variation selectors, emoji modifiers and tags:
        /// they extend the token before them.
        case mark
        /// Zero-width joiner and non-joiner, soft hyphen: part of a word or
        /// an emoji sequence when between two of its parts, otherwise space.
        case joiner
    }

    /// Decodes the scalar starting at byte `i` (the text is valid UTF-8;
    /// a truncated sequence yields U+FFFD and the bytes that remain).
    /// - Complexity: O(1).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c = UInt32(b[i])
        let n = b.count
        if c < 0x80 { return (c, 1) }
        if c >= 0xF0, i + 3 < n {
            return (((c & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6) | (UInt32(b[i + 3]) & 0x3F), 4)
        }
        if c >= 0xE0, c < 0xF0, i + 2 < n {
            return (((c & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        if c >= 0xC0, c < 0xE0, i + 1 < n {
            return (((c & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }

    /// Classifies the scalar starting at byte `i`; returns its class and length in bytes.
    /// - Complexity: O(1).
    @inline(__always)
    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharClass, Int) {
        let c = b[i]
        if c < 0x80 {
            switch c {
            case 0x0A: return (.newline, 1)
            case 0x0D:   // CR LF is one line break (counted at the LF); a lone CR is a line break
                return (i + 1 < b.count && b[i + 1] == 0x0A ? .space : .newline, 1)
            case 0x20, 0x09, 0x0B, 0x0C: return (.space, 1)
            case 0x41...0x5A: return (.upper, 1)
            case 0x61...0x7A: return (.letter, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x22, 0x60: return (.quote, 1)   // " and the grave accent of ``typewriter'' quotes
            case 0x27: return (.apostrophe, 1)
            case 0x2D: return (.dash, 1)
            case 0x2E: return (.period, 1)
            default: return c < 0x20 || c == 0x7F ? (.space, 1) : (.other, 1)
            }
        }
        let (v, len) = decode(b, i)
        return (classify(scalar: v), len)
    }

    /// The class of a non-ASCII scalar.
    static func classify(scalar v: UInt32) -> CharClass {
        switch v {
        case 0x85, 0x2028, 0x2029: return .newline                       // NEL, line and paragraph separators
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space   // NBSP, Unicode spaces, ZWSP, BOM
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069: return .space   // direction marks, word joiner
        case 0xAD, 0x200C, 0x200D: return .joiner                        // soft hyphen, ZWNJ, ZWJ
        case 0x2018, 0x2019: return .apostrophe                          // ‘ ’
        case 0xAB, 0xBB, 0x201A...0x201F, 0x2039, 0x203A,                // « » ‚ ‛ “ ” „ ‟ ‹ ›
             0x300C...0x300F, 0x301D...0x301F, 0xFF02, 0xFF07:           // 「 」 『 』 〝 〞 〟 ＂ ＇
            return .quote
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return .dash   // ‐ ‑ ‒ – — ― − and small/full-width hyphens
        case 0x1F3FB...0x1F3FF, 0xFE00...0xFE0F, 0xE0020...0xE007F, 0xE0100...0xE01EF: return .mark   // skin tones, selectors, tags
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .other }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter, .modifierLetter, .otherLetter: return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber, .letterNumber, .otherNumber: return .letter   // numbers stay ASCII: rules parse them
        case .spaceSeparator, .control, .format: return .space
        case .lineSeparator, .paragraphSeparator: return .newline
        case .dashPunctuation: return .dash
        case .initialPunctuation, .finalPunctuation: return .quote
        default: return .other
        }
    }

    /// Whether the token's first scalar is a letter of a script without case
    /// (CJK, Arabic, Hebrew, Thai …), which can open a sentence uncapitalized.
    static func startsUncased(_ bytes: [UInt8], _ t: Token) -> Bool {
        guard bytes[Int(t.start)] >= 0x80 else { return false }
        return bytes.withUnsafeBufferPointer { b in
            let (v, _) = decode(b, Int(t.start))
            guard let s = Unicode.Scalar(v) else { return false }
            return s.properties.generalCategory == .otherLetter
        }
    }

    /// The tokens found so far, and the spacing seen since the last one.
    /// (A struct rather than local variables captured by a nested function:
    /// captured variables are boxed, and every access to them is checked.)
    struct Output {
        var tokens: [Token] = []
        var newlines = 0
        var space = false

        @inline(__always) mutating func emit(_ s: Int, _ e: Int, _ kind: Token.Kind, _ cap: Bool, _ allCaps: Bool) {
            tokens.append(Token(start: Int32(s), end: Int32(e), kind: kind,
                                newlinesBefore: UInt8(min(newlines, 255)), spaceBefore: space || tokens.isEmpty,
                                isCapitalized: cap, isAllCaps: allCaps))
            newlines = 0; space = false
        }
    }

    @inline(__always) static func isLetter(_ c: CharClass) -> Bool { c == .letter || c == .upper || c == .mark }

    static func tokenize(_ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out = Output()
        out.tokens.reserveCapacity(b.count / 5 + 4)
        let n = b.count
        var i = 0

        while i < n {
            // a space between words, the commonest byte after letters, without the classification
            if b[i] == 0x20 { out.space = true; i += 1; continue }
            let (cls, len) = classify(b, i)
            switch cls {
            case .space, .joiner: out.space = true; i += len
            case .newline: out.space = true; out.newlines += 1; i += len
            case .mark:
                // A mark right after a token belongs to it ("1️⃣", a stray accent).
                if !out.space, out.newlines == 0, let last = out.tokens.last, Int(last.end) == i {
                    out.tokens[out.tokens.count - 1].end = Int32(i + len)
                    i += len
                } else {
                    fallthrough
                }
            case .letter, .upper:
                // A word: letters and marks, inner apostrophes, inner joiners
                // and soft hyphens; an initialism when single letters alternate
                // with periods ("U.S.", "a.m.").
                let s = i
                var upper = 0, lower = 0
                var j = i
                var sawDigit = false
                while j < n {
                    // ASCII letters, most bytes of a word, without the general classification
                    let c = b[j]
                    if c.isASCIILower { lower += 1; j += 1; continue }
                    if c.isASCIIUpper { upper += 1; j += 1; continue }
                    let (c2, l2) = classify(b, j)
                    if c2 == .upper { upper += 1; j += l2; continue }
                    if c2 == .letter { lower += 1; j += l2; continue }
                    if c2 == .mark { j += l2; continue }
                    if c2 == .digit { sawDigit = true; j += l2; continue }
                    if c2 == .joiner, j + l2 < n, isLetter(classify(b, j + l2).0) { j += l2; continue }
                    if c2 == .apostrophe, j + l2 < n {
                        let (c3, _) = classify(b, j + l2)
                        if c3 == .letter || c3 == .upper {
                            // split a possessive 's / ’s ending the word
                            let k = j + l2
                            let isS = b[k] == 0x73 || b[k] == 0x53
                            let after = k + 1 < n ? classify(b, k + 1).0 : .space
                            if isS && !(isLetter(after) || after == .digit) { break }
                            j += l2; continue
                        }
                    }
                    break
                }
                // Initialism: X.Y. or X.Y.Z. (each part one letter)
                if upper + lower == 1 && !sawDigit, j < n, b[j] == 0x2E, j + 1 < n {
                    var k = j + 1
                    var parts = 1
                    while k < n {
                        let (c4, l4) = classify(b, k)
                        guard c4 == .upper || c4 == .letter else { break }
                        let k2 = k + l4
                        guard k2 < n, b[k2] == 0x2E else { break }
                        let after = k2 + 1 < n ? classify(b, k2 + 1).0 : .space
                        if isLetter(after) { break }
                        parts += 1; k = k2 + 1
                    }
                    if parts >= 2 {
                        let firstUpper = classify(b, s).0 == .upper
                        out.emit(s, k, .initialism, firstUpper, firstUpper)
                        i = k; continue
                    }
                }
                let firstUpper = b[s] < 0x80 ? b[s].isASCIIUpper : classify(b, s).0 == .upper
                out.emit(s, j, sawDigit ? .alnum : .word, firstUpper, upper >= 2 && lower == 0)
                i = j
            case .digit:
                // A number: digits with inner . , : / between digits ("3.5",
                // "1,000", "10:30", "12/12/2022"); with letters, an alnum ("14th").
                let s = i
                var j = i
                var letters = false
                while j < n {
                    if b[j] &- 0x30 < 10 { j += 1; continue }   // an ASCII digit
                    let (c2, l2) = classify(b, j)
                    if c2 == .digit { j += l2; continue }
                    if isLetter(c2) { letters = true; j += l2; continue }
                    if !letters, c2 == .period || b[j] == 0x2C || b[j] == 0x3A || b[j] == 0x2F, j + 1 < n,
                       b[j + 1] >= 0x30 && b[j + 1] <= 0x39 { j += 1; continue }
                    break
                }
                out.emit(s, j, letters ? .alnum : .number, false, false)
                i = j
            case .apostrophe:
                // 's after a word we split above; otherwise a quote mark
                if i + len < n, b[i + len] == 0x73 || b[i + len] == 0x53, !out.tokens.isEmpty, !out.space, out.newlines == 0 {
                    let after = i + len + 1 < n ? classify(b, i + len + 1).0 : .space
                    if !(isLetter(after) || after == .digit) {
                        out.emit(i, i + len + 1, .word, false, false)
                        i += len + 1; continue
                    }
                }
                // two apostrophes stand for a double quotation mark in typewriter
                // style (''like this'', ``like this''): one token
                let twice = b[i] == 0x27 && i + 1 < n && b[i + 1] == 0x27 ? 1 : 0
                out.emit(i, i + len + twice, .quote, false, false); i += len + twice
            case .quote:
                let twice = b[i] == 0x60 && i + 1 < n && b[i + 1] == 0x60 ? 1 : 0
                out.emit(i, i + len + twice, .quote, false, false); i += len + twice
            case .dash: out.emit(i, i + len, .dash, false, false); i += len
            case .period:
                // an ellipsis "..." is one token
                var j = i + 1
                while j < n, b[j] == 0x2E { j += 1 }
                out.emit(i, j, .punct, false, false); i = j
            case .other:
                // A symbol; an emoji keeps its modifiers, selectors, ZWJ
                // sequences and regional-indicator pair (a flag) in one token.
                var j = i + len
                if len == 4 || (len == 3 && b[i] == 0xE2) {
                    let (first, _) = decode(b, i)
                    var flag = first >= 0x1F1E6 && first <= 0x1F1FF
                    while j < n {
                        let (c2, l2) = classify(b, j)
                        if c2 == .mark { j += l2; continue }
                        if c2 == .joiner, b[j] == 0xE2, j + l2 < n {           // ZWJ + the next symbol
                            let (c3, l3) = classify(b, j + l2)
                            if c3 == .other && l3 >= 3 { j += l2 + l3; continue }
                        }
                        if flag, l2 == 4 {
                            let (v2, _) = decode(b, j)
                            if v2 >= 0x1F1E6 && v2 <= 0x1F1FF { j += 4; flag = false; continue }
                        }
                        break
                    }
                }
                out.emit(i, j, .punct, false, false); i = j
            }
        }
        return out.tokens
    }
}
