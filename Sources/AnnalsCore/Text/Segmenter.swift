/// Paragraphs and sentences over tokens.
enum Segmenter {
    /// Paragraphs are separated by blank lines.
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

    @inline(__always) static func isTerminal(_ norm: String) -> Bool {
        norm == "." || norm == "?" || norm == "!" || norm == "..." || norm == "\u{2026}"
    }

    @inline(__always) static func isCloser(_ t: Token, _ norm: String) -> Bool {
        (t.kind == .quote && !t.spaceBefore) || norm == ")" || norm == "]"
    }

    /// Sentences: split after terminal punctuation (and any closing quotes)
    /// when the next token can open a sentence, except after titles,
    /// initials and abbreviations; headlines end at their line break.
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
            var lineStart = first
            var i = first
            while i < end {
                let t = tokens[i]
                // A headline: the paragraph's first line, title-cased, with no final punctuation.
                if i > first, t.newlinesBefore >= 1 {
                    if lineStart == first, isHeadline(tokens, norms, lineStart..<i) { close(i) }
                    lineStart = i
                }
                let norm = norms[i]
                var boundary = false
                var next = i + 1
                if isTerminal(norm) || (t.kind == .initialism && i + 1 < end) {
                    while next < end, isCloser(tokens[next], norms[next]) { next += 1 }
                    if next >= end {
                        boundary = false   // the paragraph end closes it anyway
                    } else if canOpen(tokens[next], norms[next]) {
                        boundary = true
                        if norm == "." || t.kind == .initialism {
                            let prev = t.kind == .initialism ? i : i - 1
                            if prev >= first, prev >= 0 {
                                let p = tokens[prev]
                                let opener = model.openers.contains(norms[next]) || tokens[next].kind == .quote
                                if p.kind == .initialism {
                                    boundary = opener
                                } else if norm == "." && p.end == t.start && p.kind == .word {
                                    if let cls = model.abbreviations[norms[prev]] {
                                        boundary = cls == .title ? false : opener
                                    } else if p.end - p.start == 1 && p.isCapitalized {
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

    @inline(__always) static func canOpen(_ t: Token, _ norm: String) -> Bool {
        t.isCapitalized || t.kind == .quote || t.kind == .number || t.kind == .alnum || norm == "(" || norm == "[" || t.kind == .dash
    }

    static func isHeadline(_ tokens: [Token], _ norms: [String], _ line: Range<Int>) -> Bool {
        guard line.count >= 1, line.count <= 20 else { return false }
        let last = norms[line.upperBound - 1]
        if isTerminal(last) || last == "," || last == ";" || last == ":" || tokens[line.upperBound - 1].kind == .quote { return false }
        var words = 0, caps = 0
        for i in line where tokens[i].kind == .word {
            words += 1
            if tokens[i].isCapitalized { caps += 1 } else if norms[i].utf8.count <= 4 { caps += 1 }  // "of", "in", "the"
        }
        return words >= 1 && caps * 10 >= words * 9 && tokens[line.lowerBound].isCapitalized
    }
}
