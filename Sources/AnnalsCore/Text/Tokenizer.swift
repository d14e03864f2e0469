/// A byte-level tokenizer: one pass over UTF-8, no regular expressions.
///
/// Whitespace (including no-break and other Unicode spaces) separates tokens
/// and is not a token. Hyphens and slashes between words are tokens of their
/// own ("mid", "-", "December"), so rules see the parts; a possessive `'s` is
/// split off ("Karabakh", "’s").
enum Tokenizer {
    /// Classifies the scalar starting at `i`; returns its class and length in bytes.
    enum CharClass { case space, newline, letter, upper, digit, quote, dash, apostrophe, period, other }

    @inline(__always)
    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharClass, Int) {
        let c = b[i]
        if c < 0x80 {
            switch c {
            case 0x0A: return (.newline, 1)
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return (.space, 1)
            case 0x41...0x5A: return (.upper, 1)
            case 0x61...0x7A: return (.letter, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x22: return (.quote, 1)
            case 0x27: return (.apostrophe, 1)
            case 0x2D: return (.dash, 1)
            case 0x2E: return (.period, 1)
            default: return c < 0x20 ? (.space, 1) : (.other, 1)
            }
        }
        let n = b.count
        if c == 0xC2, i + 1 < n {
            switch b[i + 1] {
            case 0xA0, 0x85: return (.space, 2)              // NBSP, NEL
            case 0xAB, 0xBB: return (.quote, 2)              // « »
            case 0xAD: return (.space, 2)                    // soft hyphen: invisible
            case 0x80...0xBF: return (.other, 2)             // Latin-1 punctuation and symbols
            default: return (.letter, 2)
            }
        }
        if c == 0xC3, i + 1 < n {
            let d = b[i + 1]
            if d == 0x97 || d == 0xB7 { return (.other, 2) }  // × ÷
            return (d < 0x9F ? .upper : .letter, 2)           // À-Þ uppercase, ß-ÿ lowercase
        }
        if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 {
            switch b[i + 2] {
            case 0x80...0x8A, 0xAF: return (.space, 3)       // en/em/thin/narrow spaces
            case 0x8B...0x8F: return (.space, 3)             // zero-width and direction marks
            case 0xA8, 0xA9: return (.newline, 3)            // line/paragraph separators
            case 0x90...0x95: return (.dash, 3)              // ‐ ‑ ‒ – — ―
            case 0x98, 0x99: return (.apostrophe, 3)         // ‘ ’
            case 0x9A...0x9F: return (.quote, 3)             // ‚ ‛ “ ” „ ‟
            case 0xB9, 0xBA: return (.quote, 3)              // ‹ ›
            default: return (.other, 3)                      // … • † and the like
            }
        }
        if c == 0xE2 || c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 {
            if c == 0xE3 { return (.space, 3) }              // ideographic space
            return (.other, 3)                               // arrows, math, box drawing …
        }
        if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return (.space, 3) }  // BOM
        if c >= 0xF0 { return (.other, 4) }                  // emoji and other astral symbols
        let len = c >= 0xE0 ? 3 : (c >= 0xC0 ? 2 : 1)
        return (.letter, min(len, n - i))
    }

    static func tokenize(_ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(b.count / 5 + 4)
        let n = b.count
        var i = 0
        var newlines = 0
        var space = false

        @inline(__always) func emit(_ s: Int, _ e: Int, _ kind: Token.Kind, _ cap: Bool, _ allCaps: Bool) {
            tokens.append(Token(start: Int32(s), end: Int32(e), kind: kind,
                                newlinesBefore: UInt8(min(newlines, 255)), spaceBefore: space || tokens.isEmpty,
                                isCapitalized: cap, isAllCaps: allCaps))
            newlines = 0; space = false
        }

        while i < n {
            let (cls, len) = classify(b, i)
            switch cls {
            case .space: space = true; i += len
            case .newline: space = true; newlines += 1; i += len
            case .letter, .upper:
                // A word: letters, inner apostrophes, and an initialism when
                // single letters alternate with periods ("U.S.", "a.m.").
                let s = i
                var upper = 0, lower = 0
                var j = i
                var sawDigit = false
                while j < n {
                    let (c2, l2) = classify(b, j)
                    if c2 == .upper { upper += 1; j += l2; continue }
                    if c2 == .letter { lower += 1; j += l2; continue }
                    if c2 == .digit { sawDigit = true; j += l2; continue }
                    if c2 == .apostrophe, j + l2 < n {
                        let (c3, _) = classify(b, j + l2)
                        if c3 == .letter || c3 == .upper {
                            // split a possessive 's / ’s ending the word
                            let k = j + l2
                            let isS = b[k] == 0x73 || b[k] == 0x53
                            let after = k + 1 < n ? classify(b, k + 1).0 : .space
                            if isS && !(after == .letter || after == .upper || after == .digit) { break }
                            j += l2; continue
                        }
                    }
                    break
                }
                // Initialism: X.Y. or X.Y.Z. (each part one letter)
                if j - s <= 4 && upper + lower == 1 && !sawDigit, j < n, b[j] == 0x2E, j + 1 < n {
                    var k = j + 1
                    var parts = 1
                    while k < n {
                        let (c4, l4) = classify(b, k)
                        guard c4 == .upper || c4 == .letter else { break }
                        let k2 = k + l4
                        guard k2 < n, b[k2] == 0x2E else { break }
                        let after = k2 + 1 < n ? classify(b, k2 + 1).0 : .space
                        if after == .letter || after == .upper { break }
                        parts += 1; k = k2 + 1
                    }
                    if parts >= 2 {
                        let firstUpper = classify(b, s).0 == .upper
                        emit(s, k, .initialism, firstUpper, firstUpper)
                        i = k; continue
                    }
                }
                let firstUpper = classify(b, s).0 == .upper
                emit(s, j, sawDigit ? .alnum : .word, firstUpper, upper >= 2 && lower == 0)
                i = j
            case .digit:
                let s = i
                var j = i
                var letters = false
                while j < n {
                    let (c2, l2) = classify(b, j)
                    if c2 == .digit { j += l2; continue }
                    if c2 == .letter || c2 == .upper { letters = true; j += l2; continue }
                    if !letters, c2 == .period || b[j] == 0x2C || b[j] == 0x3A || b[j] == 0x2F, j + 1 < n,
                       b[j + 1] >= 0x30 && b[j + 1] <= 0x39 { j += 1; continue }
                    break
                }
                emit(s, j, letters ? .alnum : .number, false, false)
                i = j
            case .apostrophe:
                // 's after a word we split above; otherwise a quote mark
                if i + len < n, b[i + len] == 0x73 || b[i + len] == 0x53, !tokens.isEmpty, !space, newlines == 0 {
                    let after = i + len + 1 < n ? classify(b, i + len + 1).0 : .space
                    if !(after == .letter || after == .upper || after == .digit) {
                        emit(i, i + len + 1, .word, false, false)
                        i += len + 1; continue
                    }
                }
                emit(i, i + len, .quote, false, false); i += len
            case .quote: emit(i, i + len, .quote, false, false); i += len
            case .dash: emit(i, i + len, .dash, false, false); i += len
            case .period:
                // an ellipsis "..." is one token
                var j = i + 1
                while j < n, b[j] == 0x2E { j += 1 }
                emit(i, j, .punct, false, false); i = j
            case .other: emit(i, i + len, .punct, false, false); i += len
            }
        }
        return tokens
    }
}
