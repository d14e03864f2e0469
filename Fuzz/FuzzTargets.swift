// libFuzzer entry point for Annals (built by Scripts/fuzz.sh together with
// the AnnalsCore sources as one module, so `internal` API is reachable).
// One binary holds every target; ANNALS_FUZZ_TARGET picks one:
//   header    plain-text reader (the `date YYYY-MM-DD` header, UTF-8 checks)
//   jsonl     JSON Lines reader (JSONReader, record fields, the overlong-line id)
//   text      tokenizer, paragraphs and sentences, with their invariants
//   time      time tagger (the first two bytes pick the publication date)
//   quotes    quote scanner
//   pipeline  the whole analysis and its record, which must be valid JSON
// A finding is a crash, a failed check (`fuzzCheck`), a hang or a leak.
import Foundation

enum FuzzTarget: String, CaseIterable {
    case header, jsonl, text, time, quotes, pipeline
}

let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["ANNALS_FUZZ_TARGET"] ?? ""
    guard let t = FuzzTarget(rawValue: name) else {
        fputs("set ANNALS_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n", stderr)
        exit(2)
    }
    return t
}()

let fuzzEngine: Annals = {
    do { return try Annals() } catch { fputs("knowledge base: \(error)\n", stderr); exit(2) }
}()

/// A check that must hold for every input; a failure is a finding.
func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        fputs("fuzz check failed: \(message())\n", stderr)
        abort()
    }
}

/// A publication date from two bytes: any day from 1900 to about 2079.
func fuzzDate(_ b: UnsafeBufferPointer<UInt8>) -> (CivilDate, UnsafeBufferPointer<UInt8>) {
    guard b.count >= 2 else { return (CivilDate(year: 2022, month: 12, day: 25)!, b) }
    let days = Int(b[0]) << 8 | Int(b[1])
    return (CivilDate(year: 1900, month: 1, day: 1)!.adding(days: days / 2), UnsafeBufferPointer(rebasing: b[2...]))
}

/// Invariants every document keeps: tokens in order inside the text;
/// paragraphs tile the tokens and sentences tile each paragraph.
func checkDocument(_ doc: Document) {
    var previous: Int32 = 0
    for t in doc.tokens {
        fuzzCheck(t.start >= previous && t.end > t.start && Int(t.end) <= doc.bytes.count, "token \(t.start)..<\(t.end) out of order or outside the text")
        previous = t.end
    }
    fuzzCheck(doc.norms.count == doc.tokens.count, "one norm per token")
    var next = 0
    for p in doc.paragraphs {
        fuzzCheck(p.tokens.lowerBound == next && !p.tokens.isEmpty, "paragraphs must tile the tokens")
        next = p.tokens.upperBound
    }
    fuzzCheck(next == doc.tokens.count, "paragraphs must cover every token")
    next = 0
    for s in doc.sentences {
        fuzzCheck(s.tokens.lowerBound == next && !s.tokens.isEmpty, "sentences must tile the tokens")
        fuzzCheck(s.start == doc.tokens[s.tokens.lowerBound].start && s.end == doc.tokens[s.tokens.upperBound - 1].end, "sentence bounds")
        next = s.tokens.upperBound
    }
    fuzzCheck(next == doc.tokens.count, "sentences must cover every token")
    fuzzCheck(doc.scalarOffset(doc.bytes.count) == doc.text.unicodeScalars.count, "code-point offset of the end")
}

func fuzzOne(_ b: UnsafeBufferPointer<UInt8>) {
    switch fuzzTarget {
    case .header:
        switch ArticleInput.plainText(b, id: "fuzz.txt") {
        case .success(let a):
            fuzzCheck(!a.text.isEmpty, "an accepted article has text")
            fuzzCheck(String(validating: b, as: UTF8.self) != nil, "accepted invalid UTF-8")
        case .failure(let e):
            fuzzCheck(e.id == "fuzz.txt" && e.message.hasPrefix("fuzz.txt: "), "error names the file: \(e.message)")
        }
        _ = ArticleInput.plainText(b, id: "fuzz.txt", maxBytes: b.count / 2)
    case .jsonl:
        switch ArticleInput.jsonLine(b, line: 7) {
        case .success(let a): fuzzCheck(!a.id.isEmpty, "an accepted record has an id")
        case .failure(let e): fuzzCheck(e.message.hasPrefix("line 7"), "error names the line: \(e.message)")
        }
        let prefix = Array(b.prefix(4096))
        let e = ArticleInput.lineTooLong(prefix: prefix, length: b.count, line: 1, limit: 1)
        fuzzCheck(e.message.hasPrefix("line 1"), "overlong-line error names the line")
        if let v = try? JSONReader.parse(Array(b)), case .object = v {
            // what the full reader accepts, the prefix reader agrees with when it finds the id whole
            if let id = JSONReader.leadingField("id", in: Array(b)), case .object(let fields) = v {
                fuzzCheck(fields["id"] != nil, "leadingField found an id the object does not have")
                _ = id
            }
        }
    case .text:
        let doc = Document(Article(id: "f", date: nil, text: String(decoding: b, as: UTF8.self)), model: fuzzEngine.text)
        checkDocument(doc)
    case .time:
        let (date, rest) = fuzzDate(b)
        let doc = Document(Article(id: "f", date: date, text: String(decoding: rest, as: UTF8.self)), model: fuzzEngine.text)
        let times = fuzzEngine.time.tag(doc)
        for (a, b) in zip(times, times.dropFirst()) {
            fuzzCheck(a.tokens.upperBound <= b.tokens.lowerBound, "time expressions in text order without overlaps (the event coder relies on it)")
        }
        for t in times {
            fuzzCheck(t.tokens.lowerBound >= 0 && t.tokens.upperBound <= doc.tokens.count && !t.tokens.isEmpty, "time expression tokens inside the document")
            fuzzCheck(t.start >= 0 && t.start < t.end && t.end <= doc.bytes.count, "time expression inside the text")
            fuzzCheck(!t.value.isEmpty, "a time expression has a value")
        }
    case .quotes:
        let doc = Document(Article(id: "f", date: nil, text: String(decoding: b, as: UTF8.self)), model: fuzzEngine.text)
        for q in fuzzEngine.quotes.scan(doc) {
            fuzzCheck(q.start >= 0 && q.start <= q.end && q.end <= doc.bytes.count, "quote content inside the text")
            if let s = q.speaker { fuzzCheck(s.tokens.upperBound <= doc.tokens.count && s.end <= doc.bytes.count, "speaker inside the text") }
        }
    case .pipeline:
        let (date, rest) = fuzzDate(b)
        let doc = Article(id: "f", date: date, text: String(decoding: rest, as: UTF8.self))
        let record = AnalysisRecord.encode(fuzzEngine.analyze(doc))
        do { _ = try JSONReader.parse(record.last == 0x0A ? Array(record.dropLast()) : record) } catch {
            fuzzCheck(false, "the record is not valid JSON: \(error.message) at column \(error.column)")
        }
    }
}

/// Loads the engine before the first input, so that loading (seconds under
/// the address sanitizer) does not count against -timeout.
@_cdecl("LLVMFuzzerInitialize")
public func LLVMFuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    _ = fuzzTarget
    if fuzzTarget != .header && fuzzTarget != .jsonl { _ = fuzzEngine.text }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOne(UnsafeBufferPointer(start: data, count: size))
    return 0
}
