/// Paragraphs and sentences over tokens.
enum Segmenter {
    /// Paragraphs are separated by blank lines (two or more line breaks,
    /// whatever whitespace sits between them; CR LF counts as one break).
    /// - Complexity: O(n) in tokens.
    static func paragraphs(_ tokens: [Token]) -> [TokenSpan] {
        var out: [TokenSpan] = []
        var first = 0
        for i in tokens.indices where i > first && tokens[i].newlinesBefore >= 2 {
            out.append(TokenSpan(tokens: first..<i, start: tokens[first].start, end: tokens[i - 1].end))
            first = i
        }
        if first < tokens.count {
            out.append(TokenSpan(tokens: first..<tokens.count, start: tokens[first].start, end: tokens[tokens.count - 1].end))
        }
        return out
    }

    /// The paragraphs as the writer made them: in a paragraph (between
    /// blank lines) whose longest line is longer than `unwrappedLine` bytes
    /// the lines are not hard-wrapped, so each line is a paragraph of its own
    /// (web text is often written one paragraph a line, with no blank
    /// lines); a hard-wrapped paragraph stays whole.
    /// - Complexity: O(n) in tokens.
    static func lineParagraphs(_ tokens: [Token], _ paragraphs: [TokenSpan]) -> [TokenSpan] {
        var out: [TokenSpan] = []
        out.reserveCapacity(paragraphs.count)
        for para in paragraphs {
            let r = para.tokens
            var longest = 0, lineStart = r.lowerBound, lines = 1
            for i in r.lowerBound + 1..<r.upperBound where tokens[i].newlinesBefore >= 1 {
                longest = max(longest, Int(tokens[i - 1].end - tokens[lineStart].start))
                lineStart = i
                lines += 1
            }
            longest = max(longest, Int(tokens[r.upperBound - 1].end - tokens[lineStart].start))
            guard lines > 1, longest > unwrappedLine else { out.append(para); continue }
            var from = r.lowerBound
            for i in r.lowerBound + 1..<r.upperBound where tokens[i].newlinesBefore >= 1 {
                out.append(TokenSpan(tokens: from..<i, start: tokens[from].start, end: tokens[i - 1].end))
                from = i
            }
            out.append(TokenSpan(tokens: from..<r.upperBound, start: tokens[from].start, end: tokens[r.upperBound - 1].end))
        }
        return out
    }

    /// The longest line, in bytes, that hard-wrapped text has (wrapped news
    /// wires keep lines under 80 characters).
    static let unwrappedLine = 160

    /// `.` `?` `!` `…` `...` and their full-width forms (folded in `norms`).
    @inline(__always) static func isTerminal(_ norm: String) -> Bool {
        // the first byte rules out nearly every token before any string
        // comparison (comparing with the non-ASCII forms is Unicode's slow path)
        guard let first = norm.utf8.first, first == UInt8(ascii: ".") || first == UInt8(ascii: "?")
                || first == UInt8(ascii: "!") || first == 0xE2 else { return false }
        switch norm {
        case ".", "?", "!", "...", "\u{2026}", "?!", "!?", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}": return true
        default: return false
        }
    }

    /// Tokens that stay with the sentence they follow: closing quotes (no
    /// space before them) and closing brackets.
    @inline(__always) static func isCloser(_ t: Token, _ norm: String) -> Bool {
        if t.kind == .quote { return !t.spaceBefore }
        guard t.kind == .punct, let first = norm.utf8.first,
              first == UInt8(ascii: ")") || first == UInt8(ascii: "]") || first == 0xE3 else { return false }
        return norm == ")" || norm == "]" || norm == "\u{300D}" || norm == "\u{300F}"
    }

    /// Sentences: split after terminal punctuation (and any closing quotes
    /// or brackets) when the next token can open a sentence, except after
    /// titles ("Dr."), initials ("F."), initialisms ("U.S.") and other
    /// abbreviations unless a typical sentence opener follows; a paragraph's
    /// first line that ends without punctuation (a headline) is a sentence.
    /// - Complexity: O(n) in tokens.
    static func sentences(_ tokens: [Token], norms: [String], paragraphs: [TokenSpan], bytes: [UInt8], model: TextModel) -> [TokenSpan] {
        var out: [TokenSpan] = []
        for para in paragraphs {
            var first = para.tokens.lowerBound
            let end = para.tokens.upperBound
            func close(_ upTo: Int) {
                guard upTo > first else { return }
                out.append(TokenSpan(tokens: first..<upTo, start: tokens[first].start, end: tokens[upTo - 1].end))
                first = upTo
            }
            let paraStart = first
            var sawLineBreak = false
            var i = first
            while i < end {
                let t = tokens[i]
                if i > paraStart, t.newlinesBefore >= 1, !sawLineBreak {
                    sawLineBreak = true
                    if first == paraStart, isHeadline(tokens, norms, paraStart..<i, bytes: bytes) { close(i) }
                }
                var boundary = false
                var next = i + 1
                // (the norm read only for punctuation and initialisms: taking every token's string retains it)
                if (t.kind == .punct && isTerminal(norms[i])) || (t.kind == .initialism && i + 1 < end) {
                    let norm = norms[i]
                    while next < end, isCloser(tokens[next], norms[next]) { next += 1 }
                    if next >= end {
                        boundary = false   // the paragraph end closes it anyway
                    } else if canOpen(tokens[next], norms[next], bytes) {
                        boundary = true
                        if norm == "." || t.kind == .initialism {
                            let prev = t.kind == .initialism ? i : i - 1
                            if prev >= first {
                                let p = tokens[prev]
                                let opener = model.openers.contains(norms[next]) || tokens[next].kind == .quote
                                if p.kind == .initialism {
                                    boundary = opener
                                } else if norm == "." && p.end == t.start && p.kind == .word {
                                    if let cls = model.abbreviations[norms[prev]] {
                                        switch cls {
                                        case .title: boundary = false
                                        case .month, .other: boundary = opener
                                        case .number: boundary = !(tokens[next].kind == .number || tokens[next].kind == .alnum)
                                        }
                                    } else if p.isCapitalized && isSingleScalar(bytes, p) {
                                        boundary = opener   // an initial: "John F. Kennedy"
                                    }
                                }
                            }
                        }
                    }
                }
                if boundary { close(next); i = next; continue }
                i += 1
            }
            close(end)
        }
        return out
    }

    /// Whether a token can begin a sentence: a capital, a number, a quote,
    /// an opening bracket, a dash, or a letter of a script without case.
    @inline(__always) static func canOpen(_ t: Token, _ norm: String, _ bytes: [UInt8]) -> Bool {
        t.isCapitalized || t.kind == .quote || t.kind == .number || t.kind == .alnum || t.kind == .dash
            || norm == "(" || norm == "[" || Tokenizer.startsUncased(bytes, t)
    }

    @inline(__always) static func isSingleScalar(_ bytes: [UInt8], _ t: Token) -> Bool {
        let len = Int(t.end - t.start)
        if len == 1 { return true }
        let lead = bytes[Int(t.start)]
        return (lead >= 0xC0 && lead < 0xE0 && len == 2) || (lead >= 0xE0 && lead < 0xF0 && len == 3) || (lead >= 0xF0 && len == 4)
    }

    /// Words a wrapped line may end with but a headline does not: a line
    /// ending in one of them continues on the next line.
    static let continuations: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "near", "about",
        "over", "under", "after", "before", "between", "and", "or", "but", "nor", "as", "than", "that",
        "which", "who", "whose", "whom", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "said", "says", "mr", "mrs", "ms", "dr",
    ]

    /// A paragraph's first line is a headline when it ends without
    /// punctuation that ends or continues a sentence (a closing quote is
    /// fine), does not end in a word that continues on the next line, is at
    /// most 30 tokens long, and the next line can open a sentence.
    static func isHeadline(_ tokens: [Token], _ norms: [String], _ line: Range<Int>, bytes: [UInt8]) -> Bool {
        guard line.count >= 1, line.count <= 30, line.upperBound < tokens.count else { return false }
        let lastIndex = line.upperBound - 1
        var last = norms[lastIndex]
        if tokens[lastIndex].kind == .quote, !tokens[lastIndex].spaceBefore, lastIndex > line.lowerBound {
            last = norms[lastIndex - 1]   // "Minister: 'We will stay'" — judge the word before the closing quote
        } else if tokens[lastIndex].kind == .quote {
            return false                  // an opening quote continues on the next line
        }
        if isTerminal(last) || tokens[lastIndex].kind == .initialism { return false }
        switch last {
        case ",", ";", ":", "(", "[", "-", "/", "&": return false
        default: break
        }
        if tokens[lastIndex].kind == .dash || continuations.contains(last) { return false }
        let next = tokens[line.upperBound]
        return canOpen(next, norms[line.upperBound], bytes)
    }
}
