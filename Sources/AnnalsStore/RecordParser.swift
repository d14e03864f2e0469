/// A small JSON reader for analysis records: the store reads one record per
/// article, and Foundation's JSONDecoder costs as much as half the analysis.
/// It parses RFC 8259 JSON into `JSONValue`, then `RecordData(json:)` picks
/// the fields the store keeps.
enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    subscript(_ key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        for (k, v) in pairs where k == key { return v }
        return nil
    }
    var string: String? { if case .string(let s) = self { return s }; return nil }
    var double: Double? { if case .number(let d) = self { return d }; return nil }
    var int: Int? { if case .number(let d) = self, d == d.rounded(), abs(d) < 1e15 { return Int(d) }; return nil }
    var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    var array: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    var isNull: Bool { if case .null = self { return true }; return false }
}

struct JSONParseError: Error, CustomStringConvertible {
    var offset: Int
    var message: String
    var description: String { "\(message) at byte \(offset)" }
}

struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    /// Parses one JSON value; the values of the top-level object's keys in
    /// `skipping` are checked for syntax but not built (they read as null).
    static func parse(_ data: [UInt8], skipping: Set<String> = []) throws -> JSONValue {
        try data.withUnsafeBufferPointer { p in
            var parser = JSONParser(bytes: p)
            parser.skipKeys = skipping
            parser.skipSpace()
            let v = try parser.value(depth: 0)
            parser.skipSpace()
            guard parser.i == p.count else { throw JSONParseError(offset: parser.i, message: "unexpected data after the value") }
            return v
        }
    }

    private var skipKeys: Set<String> = []

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Steps over one value without building it: strings, numbers and
    /// literals are scanned, brackets must pair up.
    private mutating func skipValue() throws {
        var open: [UInt8] = []
        repeat {
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end") }
            switch bytes[i] {
            case 0x7B, 0x5B: open.append(bytes[i]); i += 1
            case 0x7D, 0x5D:
                guard let last = open.popLast(), last + 2 == bytes[i] else { throw fail("unpaired bracket") }
                i += 1
            case 0x2C, 0x3A:
                guard !open.isEmpty else { throw fail("unexpected separator") }
                i += 1
            case 0x22:
                i += 1
                while i < bytes.count, bytes[i] != 0x22 { i += bytes[i] == 0x5C ? 2 : 1 }
                guard i < bytes.count else { throw fail("unterminated string") }
                i += 1
            default:
                let start = i
                while i < bytes.count, !(bytes[i] == 0x2C || bytes[i] == 0x5D || bytes[i] == 0x7D || bytes[i] == 0x20
                                          || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 || bytes[i] == 0x3A) { i += 1 }
                guard i > start else { throw fail("unexpected character") }
            }
        } while !open.isEmpty
    }

    private func fail(_ message: String) -> JSONParseError { JSONParseError(offset: i, message: message) }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func literal(_ word: StaticString, _ v: JSONValue) throws -> JSONValue {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail("truncated literal") }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw fail("invalid literal") }
        i += n
        return v
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard depth < 512 else { throw fail("nested too deeply") }
        guard i < bytes.count else { throw fail("unexpected end") }
        switch bytes[i] {
        case 0x7B: // {
            i += 1
            var pairs: [(String, JSONValue)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a key") }
                let key = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':'") }
                i += 1
                skipSpace()
                if depth == 0, !skipKeys.isEmpty, skipKeys.contains(key) {
                    try skipValue()
                    pairs.append((key, .null))
                } else {
                    pairs.append((key, try value(depth: depth + 1)))
                }
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end") }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x7D { i += 1; return .object(pairs) }
                throw fail("expected ',' or '}'")
            }
        case 0x5B: // [
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end") }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x5D { i += 1; return .array(items) }
                throw fail("expected ',' or ']'")
            }
        case 0x22: return .string(try string())
        case 0x74: return try literal("true", .bool(true))
        case 0x66: return try literal("false", .bool(false))
        case 0x6E: return try literal("null", .null)
        default: return .number(try number())
        }
    }

    private mutating func number() throws -> Double {
        let start = i
        var integer = true
        if i < bytes.count, bytes[i] == 0x2D { i += 1 }
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 { i += 1; continue }
            if b == 0x2E || b == 0x65 || b == 0x45 || b == 0x2B || b == 0x2D { integer = false; i += 1; continue }
            break
        }
        guard i > start else { throw fail("unexpected character") }
        if integer, i - start <= 15 {
            var v = 0, k = start, negative = false
            if bytes[k] == 0x2D { negative = true; k += 1 }
            guard k < i else { throw fail("invalid number") }
            while k < i { v = v * 10 + Int(bytes[k] - 0x30); k += 1 }
            return Double(negative ? -v : v)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let d = Double(text) else { throw fail("invalid number") }
        return d
    }

    private func hex(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    private mutating func unicodeEscape() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var v: UInt32 = 0
        for k in 0..<4 {
            guard let h = hex(bytes[i + k]) else { throw fail("invalid \\u escape") }
            v = v << 4 | h
        }
        i += 4
        return v
    }

    /// A string starting at the opening quote; fast path when it has no escapes.
    private mutating func string() throws -> String {
        i += 1
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if b == 0x5C { break }
            i += 1
        }
        var out: [UInt8] = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
            if b != 0x5C { out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try unicodeEscape()
                if scalar >= 0xD800 && scalar < 0xDC00, i + 6 <= bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                    i += 2
                    let low = try unicodeEscape()
                    if low >= 0xDC00 && low < 0xE000 { scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) } else { scalar = 0xFFFD }
                }
                let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: throw fail("invalid escape")
            }
        }
        throw fail("unterminated string")
    }
}

extension RecordData {
    /// Reads a parsed analysis record; fields of the wrong type read as absent.
    init(json v: JSONValue) throws {
        guard case .object = v else { throw JSONParseError(offset: 0, message: "the record is not a JSON object") }
        func span(_ x: JSONValue?) -> Span? {
            guard let x, let text = x["text"]?.string, let s = x["start"]?.int, let e = x["end"]?.int else { return nil }
            return Span(text: text, start: s, end: e)
        }
        func spans(_ x: JSONValue?) -> [Span]? { x?.array?.compactMap(span) }
        func participants(_ x: JSONValue?) -> [Participant]? {
            x?.array?.map { p in
                Participant(actor: p["actor"]?.string, name: p["name"]?.string, country: p["country"]?.string,
                            sector: p["sector"]?.string, code: p["code"]?.string)
            }
        }
        func evidence(_ x: JSONValue?) -> Evidence? {
            guard let x, let text = x["text"]?.string, let s = x["start"]?.int, let e = x["end"]?.int else { return nil }
            return Evidence(text: text, start: s, end: e, trigger: span(x["trigger"]))
        }
        let doc = v["document"]
        document = DocumentInfo(id: doc?["id"]?.string, date: doc?["date"]?.string, title: doc?["title"]?.string)
        version = v["version"]?.int
        error = v["error"]?.string
        topics = v["topics"]?.array?.compactMap(\.string)
        actors = v["actors"]?.array?.compactMap { a in
            guard let id = a["id"]?.string, let name = a["name"]?.string else { return nil }
            return Actor(id: id, name: name, country: a["country"]?.string, sector: a["sector"]?.string, title: a["title"]?.string,
                         kind: a["kind"]?.string, mentions: spans(a["mentions"]))
        }
        places = v["places"]?.array?.compactMap { p in
            guard let id = p["id"]?.string, let name = p["name"]?.string else { return nil }
            return Place(id: id, name: name, country: p["country"]?.string, lat: p["lat"]?.double, lon: p["lon"]?.double,
                         feature: p["feature"]?.string, geonameid: p["geonameid"]?.int, mentions: spans(p["mentions"]))
        }
        quotes = v["quotes"]?.array?.compactMap { q in
            guard let text = q["text"]?.string, let s = q["start"]?.int, let e = q["end"]?.int else { return nil }
            var speaker: Speaker? = nil
            if let sp = q["speaker"], case .object = sp {
                speaker = Speaker(actor: sp["actor"]?.string, name: sp["name"]?.string, text: sp["text"]?.string,
                                  start: sp["start"]?.int, end: sp["end"]?.int)
            }
            return Quote(text: text, start: s, end: e, kind: q["kind"]?.string, speaker: speaker, cue: span(q["cue"]))
        }
        events = v["events"]?.array?.compactMap { e in
            guard let id = e["id"]?.string else { return nil }
            let plover = e["plover"].flatMap { p in p["type"]?.string.map { Plover(type: $0, mode: p["mode"]?.string) } }
            let cameo = e["cameo"].flatMap { c in c["code"]?.string.map { Cameo(code: $0, goldstein: c["goldstein"]?.double, quad: c["quad"]?.int) } }
            let acled = e["acled"].flatMap { a in a["type"]?.string.map { Acled(type: $0, subtype: a["subtype"]?.string) } }
            let date = e["date"].flatMap { d -> EventDate? in
                guard case .object = d else { return nil }
                return EventDate(value: d["value"]?.string, text: d["text"]?.string, basis: d["basis"]?.string)
            }
            let place = e["place"].flatMap { p -> EventPlace? in
                guard case .object = p else { return nil }
                return EventPlace(place: p["place"]?.string, name: p["name"]?.string, lat: p["lat"]?.double, lon: p["lon"]?.double)
            }
            return Event(id: id, plover: plover, cameo: cameo, acled: acled, actor: participants(e["actor"]),
                         recipient: participants(e["recipient"]), date: date, place: place, negated: e["negated"]?.bool,
                         modality: e["modality"]?.string, confidence: e["confidence"]?.double, evidence: evidence(e["evidence"]),
                         more_evidence: e["more_evidence"]?.array?.compactMap(evidence), rule: e["rule"]?.string)
        }
    }
}
