import Testing
@testable import AnnalsCore

/// Shared helpers for the text-model tests: build a document from a string
/// with the built-in knowledge and read its tokens and sentences back as text.
enum TextFixture {
    static let model: TextModel = try! TextModel.builtIn()

    static func document(_ text: String, id: String = "t") -> Document {
        Document(Article(id: id, date: nil, text: text), model: model)
    }

    static func tokens(_ text: String) -> [String] {
        let doc = document(text)
        return doc.tokens.map { doc.slice(Int($0.start), Int($0.end)) }
    }

    static func sentences(_ text: String) -> [String] {
        let doc = document(text)
        return doc.sentences.map { doc.slice(Int($0.start), Int($0.end)) }
    }

    static func paragraphs(_ text: String) -> [String] {
        let doc = document(text)
        return doc.paragraphs.map { doc.slice(Int($0.start), Int($0.end)) }
    }

    static func lineParagraphs(_ text: String) -> [String] {
        let doc = document(text)
        return doc.lineParagraphs.map { doc.slice(Int($0.start), Int($0.end)) }
    }

    /// Checks the invariants every document must keep: tokens in order and
    /// non-overlapping, every token's bytes are the original text's bytes,
    /// sentences tile each paragraph's tokens, paragraphs and line paragraphs tile all tokens,
    /// and code-point offsets agree with `String.unicodeScalars`.
    static func checkInvariants(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(doc.text.unicodeScalars)
        var previousEnd: Int32 = 0
        for (i, t) in doc.tokens.enumerated() {
            #expect(t.start >= previousEnd && t.end > t.start, "token \(i) out of order", sourceLocation: sourceLocation)
            previousEnd = t.end
            let bytesSlice = Array(doc.text.utf8)[Int(t.start)..<Int(t.end)]
            let s = doc.scalarOffset(Int(t.start)), e = doc.scalarOffset(Int(t.end))
            let byScalars = String(String.UnicodeScalarView(scalars[s..<e]))
            #expect(Array(byScalars.utf8) == Array(bytesSlice), "token \(i) code-point offsets \(s)..<\(e) disagree with its bytes", sourceLocation: sourceLocation)
            #expect(!doc.norms[i].isEmpty || doc.slice(Int(t.start), Int(t.end)).unicodeScalars.allSatisfy { $0.value == 0xAD },
                    "token \(i) has an empty norm", sourceLocation: sourceLocation)
        }
        #expect(doc.scalarOffset(doc.bytes.count) == scalars.count, sourceLocation: sourceLocation)
        var next = 0
        for p in doc.paragraphs {
            #expect(p.tokens.lowerBound == next, "paragraphs must tile the tokens", sourceLocation: sourceLocation)
            next = p.tokens.upperBound
        }
        #expect(next == doc.tokens.count, sourceLocation: sourceLocation)
        next = 0
        for p in doc.lineParagraphs {
            #expect(p.tokens.lowerBound == next && !p.tokens.isEmpty, "line paragraphs must tile the tokens", sourceLocation: sourceLocation)
            #expect(doc.paragraphs.contains { $0.tokens.contains(p.tokens.lowerBound) && $0.tokens.upperBound >= p.tokens.upperBound },
                    "a line paragraph crosses a paragraph break", sourceLocation: sourceLocation)
            next = p.tokens.upperBound
        }
        #expect(next == doc.tokens.count, sourceLocation: sourceLocation)
        next = 0
        for s in doc.sentences {
            #expect(s.tokens.lowerBound == next && !s.tokens.isEmpty, "sentences must tile the tokens", sourceLocation: sourceLocation)
            #expect(s.start == doc.tokens[s.tokens.lowerBound].start && s.end == doc.tokens[s.tokens.upperBound - 1].end, sourceLocation: sourceLocation)
            #expect(doc.paragraphs.contains { $0.tokens.contains(s.tokens.lowerBound) && $0.tokens.upperBound >= s.tokens.upperBound },
                    "a sentence crosses a paragraph break", sourceLocation: sourceLocation)
            next = s.tokens.upperBound
        }
        #expect(next == doc.tokens.count, sourceLocation: sourceLocation)
    }
}
