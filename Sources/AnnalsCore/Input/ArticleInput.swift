import Foundation

/// Why an input could not become an article; carries the article id when it
/// is known and says what was wrong — naming the file or line, and the
/// article — in words an analyst can act on.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var id: String?
    public var message: String
    public init(id: String?, message: String) { self.id = id; self.message = message }
    public var description: String { message }
}

/// Readers for the two input forms: a plain-text article with an optional
/// `date YYYY-MM-DD` header, and one JSON Lines record. Pure functions over
/// bytes: the CLI does the reading.
public enum ArticleInput {
    // MARK: Plain text

    /// Parses a plain-text article named `id` (its path, usually).
    ///
    /// The header `date YYYY-MM-DD`, after optional whitespace and followed by
    /// a space, tab, line break or the end of the text, gives the publication
    /// date and is removed together with that one separator; offsets in the
    /// record count from what follows. `date` sets or overrides the date.
    /// Fails on invalid UTF-8, an impossible or malformed header date, a
    /// text that is empty or blank once the header is removed, and an article
    /// of more than `maxBytes` bytes.
    /// - Complexity: O(n) in the bytes.
    public static func plainText<Bytes: Collection<UInt8>>(_ bytes: Bytes, id: String, date override: CivilDate? = nil, maxBytes: Int = .max) -> Result<Article, InputError> {
        guard bytes.count <= maxBytes else {
            return .failure(InputError(id: id, message: "\(id): \(tooLarge(bytes.count, limit: maxBytes))"))
        }
        let b = Array(bytes)
        guard let text = String(validating: b, as: UTF8.self) else {
            return .failure(InputError(id: id, message: "\(id): invalid UTF-8 at byte \(firstInvalidUTF8(b))"))
        }
        var bodyStart = 0
        var headerDate: CivilDate? = nil
        switch parseHeader(b) {
        case .none: break
        case .date(let d, let end): headerDate = d; bodyStart = end
        case .impossible(let value):
            return .failure(InputError(id: id, message: "\(id): impossible date '\(value)' in the date header"))
        case .malformed(let value):
            return .failure(InputError(id: id, message: "\(id): date header '\(value)' is not a YYYY-MM-DD date"))
        }
        let body = bodyStart == 0 ? text : String(decoding: b[bodyStart...], as: UTF8.self)
        guard !isBlank(b[bodyStart...]) else {
            return .failure(InputError(id: id, message: bodyStart == 0 ? "\(id): no text (the article is empty)" : "\(id): no text after the date header"))
        }
        return .success(Article(id: id, date: override ?? headerDate, title: nil, text: body))
    }

    enum Header: Equatable {
        case none
        /// A valid header; the body starts at byte `end`.
        case date(CivilDate, end: Int)
        case impossible(String)
        case malformed(String)
    }

    /// Finds the `date YYYY-MM-DD` header.
    /// - Complexity: O(leading whitespace + header).
    static func parseHeader(_ b: [UInt8]) -> Header {
        var i = 0
        let n = b.count
        while i < n {
            if b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1; continue }
            if i + 2 < n, b[i] == 0xEF, b[i + 1] == 0xBB, b[i + 2] == 0xBF { i += 3; continue }   // BOM
            break
        }
        let keyword: [UInt8] = Array("date ".utf8)
        guard i + keyword.count <= n, Array(b[i..<i + keyword.count]) == keyword else { return .none }
        let valueStart = i + keyword.count
        var j = valueStart
        while j < n, !(b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D) { j += 1 }
        let value = Array(b[valueStart..<j])
        let valueText = String(decoding: value, as: UTF8.self)
        if isDateShape(valueText) {
            guard let d = CivilDate(iso: valueText) else { return .impossible(valueText) }
            var end = j
            if end < n {
                if b[end] == 0x0D, end + 1 < n, b[end + 1] == 0x0A { end += 2 } else { end += 1 }
            }
            return .date(d, end: end)
        }
        // "date 2022-1-5" or "date 25/12/2022": meant as a header, but malformed.
        // "date night was fun" is just text.
        let looksLikeDate = (value.contains(UInt8(ascii: "-")) || value.contains(UInt8(ascii: "/")))
            && value.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }
        return looksLikeDate ? .malformed(valueText) : .none
    }

    // MARK: JSON Lines

    /// Parses one JSON Lines record `{"id", "date", "title"?, "text",
    /// "source"?}` (a non-empty `source` string is kept as the article's
    /// outlet; other keys such as `url` are allowed and ignored). `line` is the
    /// 1-based line number; every message names it, and the article id when
    /// the record has one. Without an id the article is called `line N`.
    ///
    /// `id` is a string or a number; `date` is `YYYY-MM-DD` (a time part after
    /// `T` or a space is ignored), null or absent; `title` is a string, null
    /// or absent; `text` is a non-blank string of at most `maxTextBytes`
    /// UTF-8 bytes.
    /// - Complexity: O(n) in the bytes.
    public static func jsonLine<Bytes: Collection<UInt8>>(_ bytes: Bytes, line: Int, date override: CivilDate? = nil, maxTextBytes: Int = .max) -> Result<Article, InputError> {
        let b = Array(bytes)
        guard String(validating: b, as: UTF8.self) != nil else {
            return .failure(InputError(id: nil, message: "line \(line): invalid UTF-8 at byte \(firstInvalidUTF8(b))"))
        }
        let value: JSONValue
        do {
            value = try JSONReader.parse(b)
        } catch {
            return .failure(InputError(id: nil, message: "line \(line): invalid JSON (\(error.message) at column \(error.column))"))
        }
        guard case .object(let fields) = value else {
            return .failure(InputError(id: nil, message: "line \(line): expected a JSON object {\"id\", \"date\", \"text\"}, found \(value.kind)"))
        }
        return article(fields, place: "line \(line)", date: override, maxTextBytes: maxTextBytes)
    }

    /// The article of one JSON object's fields; `place` ("line 3", "item 2")
    /// names it in messages and names the article when it has no id.
    static func article(_ fields: [String: JSONValue], place: String, date override: CivilDate?, maxTextBytes: Int) -> Result<Article, InputError> {
        var id: String? = nil
        switch fields["id"] {
        case nil, .null?: break
        case .string(let s)?: id = s.isEmpty ? nil : s   // "" names nothing: the article is named by its place
        case .number(let d)?: id = d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case let other?:
            return .failure(InputError(id: nil, message: "\(place): \"id\" must be a string or a number, found \(other.kind)"))
        }
        // the record's name is built only for an error: quoting the id costs more than reading the record
        func fail(_ message: String) -> Result<Article, InputError> {
            let name = id.map { "\(place), article \(quoted($0))" } ?? place
            return .failure(InputError(id: id, message: "\(name): \(message)"))
        }

        let text: String
        switch fields["text"] {
        case nil, .null?: return fail("no \"text\"")
        case .string(let s)?: text = s
        case let other?: return fail("\"text\" must be a string, found \(other.kind)")
        }
        guard !isBlank(text.utf8) else { return fail("\"text\" is empty") }
        guard text.utf8.count <= maxTextBytes else { return fail("\"text\" " + tooLarge(text.utf8.count, limit: maxTextBytes)) }

        var date: CivilDate? = nil
        switch fields["date"] {
        case nil, .null?: break
        case .string(let raw)?:
            if raw.isEmpty { break }
            let u = Array(raw.utf8)
            let shaped = u.count >= 10 && isDateShape(String(decoding: u[0..<10], as: UTF8.self))
                && (u.count == 10 || u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "))
            guard shaped else { return fail("date \(quoted(raw)) is not a YYYY-MM-DD date") }
            guard let d = CivilDate(iso: raw) else { return fail("impossible date \(quoted(raw))") }
            date = d
        case let other?: return fail("\"date\" must be a string YYYY-MM-DD, found \(other.kind)")
        }

        var title: String? = nil
        switch fields["title"] {
        case nil, .null?: break
        case .string(let s)?: title = s.isEmpty ? nil : s
        case let other?: return fail("\"title\" must be a string, found \(other.kind)")
        }
        // the outlet is a label the store keeps: anything but a non-empty string is no outlet
        var source: String? = nil
        if case .string(let s)? = fields["source"], !s.isEmpty { source = s }
        return .success(Article(id: id ?? place, date: override ?? date, title: title, text: text, source: source))
    }

    /// Reads a request body of articles: one JSON object `{"id", "date",
    /// "title"?, "text", "source"?}`, a JSON array of such objects, or JSON Lines (one
    /// object per line). Fails as a whole (`.failure`) when the body is not
    /// UTF-8, holds no article, is an array that is not valid JSON, or is not
    /// JSON at all; otherwise gives one result per article, a failure naming
    /// the item (`item N` in an array, `line N` in JSON Lines) and its id
    /// when it has one.
    /// - Complexity: O(n) in the bytes.
    public static func jsonDocuments<Bytes: Collection<UInt8>>(_ bytes: Bytes, maxTextBytes: Int = .max) -> Result<[Result<Article, InputError>], InputError> {
        let b = Array(bytes)
        guard String(validating: b, as: UTF8.self) != nil else {
            return .failure(InputError(id: nil, message: "invalid UTF-8 at byte \(firstInvalidUTF8(b))"))
        }
        guard let first = b.firstIndex(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }) else {
            return .failure(InputError(id: nil, message: "empty body: expected a JSON object, an array of objects, or JSON Lines"))
        }
        let whole: Result<JSONValue, JSONSyntaxError> = Result { () throws(JSONSyntaxError) in try JSONReader.parse(b) }
        switch whole {
        case .success(.array(let items)):
            guard !items.isEmpty else { return .failure(InputError(id: nil, message: "empty array: no article")) }
            return .success(items.enumerated().map { k, item in
                guard case .object(let fields) = item else {
                    return .failure(InputError(id: nil, message: "item \(k + 1): expected a JSON object {\"id\", \"date\", \"text\"}, found \(item.kind)"))
                }
                return article(fields, place: "item \(k + 1)", date: nil, maxTextBytes: maxTextBytes)
            })
        case .success(.object(let fields)):
            return .success([article(fields, place: "item 1", date: nil, maxTextBytes: maxTextBytes)])
        case .success(let other):
            return .failure(InputError(id: nil, message: "expected a JSON object, an array of objects, or JSON Lines, found \(other.kind)"))
        case .failure(let e):
            // not one JSON value: JSON Lines when it starts with an object and has more than one line
            var lines: [(Int, ArraySlice<UInt8>)] = []
            var start = 0, number = 1
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                let line = b[start..<i]
                if !isBlank(line) { lines.append((number, line)) }
                number += 1
                start = i + 1
            }
            guard b[first] == UInt8(ascii: "{"), lines.count > 1 else {
                return .failure(InputError(id: nil, message: "invalid JSON (\(e.message) at byte \(e.column))"))
            }
            return .success(lines.map { jsonLine($0.1, line: $0.0, maxTextBytes: maxTextBytes) })
        }
    }

    /// The error for a JSON Lines line longer than the reader keeps
    /// (`limit` bytes): the line was skipped unread, so the message says so,
    /// and names the article when the line's first bytes (`prefix`) hold a
    /// top-level `"id"` before the long field.
    public static func lineTooLong(prefix: some Collection<UInt8>, length: Int, line: Int, limit: Int) -> InputError {
        var id: String? = nil
        switch JSONReader.leadingField("id", in: Array(prefix)) {
        case .string(let s)? where !s.isEmpty: id = s
        case .number(let d)?: id = d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        default: break
        }
        let name = id.map { "line \(line), article \(quoted($0))" } ?? "line \(line)"
        return InputError(id: id, message: "\(name): line of \(grouped(length)) bytes is longer than the limit of \(grouped(limit)) bytes; skipped")
    }

    /// "of 6,000,000 bytes is larger than the limit of 5,000,000 bytes".
    public static func tooLarge(_ count: Int, limit: Int) -> String {
        "of \(grouped(count)) bytes is larger than the limit of \(grouped(limit)) bytes"
    }

    /// 5000000 → "5,000,000".
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (k, c) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    // MARK: Helpers

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.prefix(80) { out += c == "\"" ? "\\\"" : String(c) }
        return out + (s.count > 80 ? "…\"" : "\"")
    }

    static func isBlank<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }
    }

    static func isDateShape<S: StringProtocol>(_ value: S) -> Bool {
        let u = Array(value.utf8)
        guard u.count == 10 else { return false }
        for (i, c) in u.enumerated() {
            if i == 4 || i == 7 { if c != UInt8(ascii: "-") { return false } }
            else if c < 0x30 || c > 0x39 { return false }
        }
        return true
    }

    /// The byte offset of the first invalid UTF-8 sequence (`count` when valid).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            let len: Int
            if c < 0x80 { len = 1 } else if c & 0xE0 == 0xC0 { len = 2 } else if c & 0xF0 == 0xE0 { len = 3 } else if c & 0xF8 == 0xF0 { len = 4 } else { return i }
            if i + len > n { return i }
            if String(validating: bytes[i..<i + len], as: UTF8.self) == nil { return i }
            i += len
        }
        return n
    }
}
