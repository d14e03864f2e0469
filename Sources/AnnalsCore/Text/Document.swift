/// One article as the engine sees it: the text it owns, its publication date,
/// and the tokens, sentences and paragraphs every later capability reads.
///
/// Internally everything is addressed by UTF-8 byte offsets; output converts
/// to Unicode code-point offsets with `scalarOffset(_:)`.
///
/// A class with only `let` properties, so a value in every way that matters:
/// each layer's run keeps the document, and a struct of a dozen arrays and
/// strings was copied (a retain per field, then a release) eight times an
/// article.
public final class Document: Sendable {
    public let id: String
    public let date: CivilDate?
    public let title: String?
    public let text: String
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]
    public let tokens: [Token]
    /// Normalized token forms: lowercased, curly quotes → `"` or `'`, dashes → `-`.
    public let norms: [String]
    public let sentences: [TokenSpan]
    public let paragraphs: [TokenSpan]
    /// The paragraphs as the writer made them: each line of a paragraph whose
    /// lines are not hard-wrapped is one (`Segmenter.lineParagraphs`); they
    /// tile the tokens and each lies in one of `paragraphs`.
    public let lineParagraphs: [TokenSpan]
    /// Each token's word classes (`WordClass`); empty when the model registers none.
    public let classes: [WordClass]
    /// Each token's word id in the model's `WordClasses` (-1 for a word no
    /// layer registered), looked up with the classes; empty when the model
    /// registers none. Layers read their own tables by this id (`WordIndex`).
    public let wordIDs: [Int32]
    /// For non-ASCII texts, the code-point offset of every byte offset.
    private let scalarIndex: [Int32]

    public init(_ article: Article, model: TextModel) {
        id = article.id
        date = article.date
        title = article.title
        text = article.text
        let bytes = Array(article.text.utf8)
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        // An ASCII token (not a quote or a dash) is looked up on the text's bytes, its
        // capitals read as lowercase: a word the table knows takes the table's `String`
        // (no string of its own built and checked per token), any other is normalized.
        let table = model.wordClasses
        let withClasses = !table.isEmpty
        var norms: [String] = []
        var classes: [WordClass] = []
        var ids: [Int32] = []
        norms.reserveCapacity(tokens.count)
        if withClasses {
            classes.reserveCapacity(tokens.count)
            ids.reserveCapacity(tokens.count)
        }
        // (an ASCII text, most of them, needs no check per token)
        let ascii = Document.allASCII(bytes)
        bytes.withUnsafeBufferPointer { text in
            for t in tokens {
                var id: Int32 = -1
                let word = UnsafeBufferPointer(rebasing: text[Int(t.start)..<Int(t.end)])
                if withClasses, t.kind != .quote, t.kind != .dash, ascii || !word.contains(where: { $0 >= 0x80 }) {
                    id = table.id(ofLowercasedASCII: word, readable: text.count - Int(t.start))
                    norms.append(id >= 0 ? table.word(ofID: id) : Document.normalize(bytes, t))
                } else {
                    let norm = Document.normalize(bytes, t)
                    if withClasses { id = table.id(of: norm) }
                    norms.append(norm)
                }
                if withClasses {
                    ids.append(id)
                    classes.append(id >= 0 ? table.classes(ofID: id) : [])
                }
            }
        }
        self.classes = classes
        wordIDs = ids
        if ascii {
            scalarIndex = []
        } else {
            var index = [Int32](filled: 0, count: bytes.count + 1)
            var n: Int32 = 0
            for (i, b) in bytes.enumerated() {
                index[i] = n
                if b & 0xC0 != 0x80 { n += 1 }
            }
            index[bytes.count] = n
            scalarIndex = index
        }
        let paragraphs = Segmenter.paragraphs(tokens)
        let sentences = Segmenter.sentences(tokens, norms: norms, paragraphs: paragraphs, bytes: bytes, model: model)
        self.bytes = bytes
        self.tokens = tokens
        self.norms = norms
        self.paragraphs = paragraphs
        self.lineParagraphs = Segmenter.lineParagraphs(tokens, paragraphs)
        self.sentences = sentences
    }

    /// Whether no byte has its high bit set, read eight bytes at a time.
    static func allASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var k = 0
            while k + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                k += 8
            }
            while k < raw.count { if raw[k] >= 0x80 { return false }; k += 1 }
            return true
        }
    }

    /// Whether the text is pure ASCII (then byte and code-point offsets agree).
    public var isASCII: Bool { scalarIndex.isEmpty }

    /// The code-point offset of a UTF-8 byte offset.
    /// - Complexity: O(1).
    @inline(__always) public func scalarOffset(_ byte: Int) -> Int {
        scalarIndex.isEmpty ? byte : Int(scalarIndex[byte])
    }

    /// Whether token `k` is a hyphen inside a word: a plain hyphen ("-" or
    /// U+2010) with no space on either side ("Abdul-Hamid"), not a dash
    /// ("Medical Center—St. Margaret"), which the normalized view also writes "-".
    public func isWordHyphen(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].kind == .dash, !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore else { return false }
        let s = Int(tokens[k].start), n = Int(tokens[k].end) - s
        return n == 1 ? bytes[s] == 0x2D : n == 3 && bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && bytes[s + 2] == 0x90
    }

    /// The original text of a byte range.
    public func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The original text of tokens `range`.
    public func text(ofTokens range: Range<Int>) -> String {
        slice(Int(tokens[range.lowerBound].start), Int(tokens[range.upperBound - 1].end))
    }

    /// The sentence holding token `i`.
    /// - Complexity: O(log s).
    public func sentenceIndex(ofToken i: Int) -> Int { Document.spanIndex(sentences, i) }

    /// The paragraph holding token `i`.
    /// - Complexity: O(log p).
    public func paragraphIndex(ofToken i: Int) -> Int { Document.spanIndex(paragraphs, i) }

    /// The line paragraph (`lineParagraphs`) holding token `i`.
    /// - Complexity: O(log p).
    public func lineParagraphIndex(ofToken i: Int) -> Int { Document.spanIndex(lineParagraphs, i) }

    /// The last span starting at or before token `i` (spans are in text order and tile the tokens).
    static func spanIndex(_ spans: [TokenSpan], _ i: Int) -> Int {
        var lo = 0, hi = spans.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if spans[mid].tokens.lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The normalized form of each ASCII byte (capitals lowercased), made once.
    private static let oneByteForms: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The normalized form of a token: ASCII letters lowercased (other
    /// letters by Unicode rules), curly and low quotes folded to `"` or `'`
    /// (typewriter doubles '' and `` to `"`, a lone ` to `'`),
    /// dashes to `-`, full-width `！？。．，` to their ASCII forms, soft hyphens
    /// dropped. The token's offsets still address the original text.
    static func normalize(_ bytes: [UInt8], _ t: Token) -> String {
        let s = Int(t.start), e = Int(t.end)
        switch t.kind {
        case .quote:
            let b = bytes[s]
            if b == 0x27 || b == 0x60 { return e - s == 2 ? "\"" : "'" }   // '' and `` are double marks
            if b == 0xE2 && e - s == 3 {
                switch bytes[s + 2] {
                case 0x98, 0x99, 0x9A, 0x9B, 0xB9, 0xBA: return "'"   // ‘ ’ ‚ ‛ ‹ ›
                default: break
                }
            }
            if b == 0xEF && e - s == 3 && bytes[s + 1] == 0xBC && bytes[s + 2] == 0x87 { return "'" }   // ＇
            return "\""
        case .dash: return "-"
        default: break
        }
        var asciiLower = true
        for i in s..<e where bytes[i] >= 0x80 { asciiLower = false; break }
        if asciiLower {
            // a one-byte token (a comma, a digit, a letter) takes a form made once
            if e - s == 1 {
                let b = bytes[s]
                return oneByteForms[Int(b.asciiLowercased)]
            }
            return bytes.withUnsafeBufferPointer { src in
                String(unsafeUninitializedCapacity: e - s) { buf in
                    for i in 0..<(e - s) {
                        buf[i] = src[s &+ i].asciiLowercased
                    }
                    return e - s
                }
            }
        }
        // Rare path: fold apostrophes, full-width punctuation and soft hyphens, then Unicode lowercase.
        var out = String.UnicodeScalarView()
        for u in String(decoding: bytes[s..<e], as: UTF8.self).unicodeScalars {
            switch u.value {
            case 0x2018, 0x2019, 0x02BC: out.append("'")
            case 0xAD: continue
            case 0xFF01: out.append("!")
            case 0xFF1F: out.append("?")
            case 0x3002, 0xFF0E, 0xFF61: out.append(".")
            case 0xFF0C, 0x3001: out.append(",")
            default: out.append(u)
            }
        }
        return String(out).lowercased()
    }
}

/// An article as read from input: what the engine is given.
public struct Article: Sendable {
    public var id: String
    public var date: CivilDate?
    public var title: String?
    public var text: String
    /// The outlet that published it, when the input names one (JSON Lines
    /// `"source"`): the store keeps it, the analysis does not read it.
    public var source: String?
    public init(id: String, date: CivilDate?, title: String? = nil, text: String, source: String? = nil) {
        self.id = id; self.date = date; self.title = title; self.text = text; self.source = source
    }
}
