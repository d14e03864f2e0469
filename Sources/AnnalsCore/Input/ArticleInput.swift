import Foundation

/// Why an input could not become an article; carries the article id when it
/// is known and says what was wrong in words an analyst can act on.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var id: String?
    public var message: String
    public var description: String { message }
}

/// Readers for the two input forms: a plain-text article with an optional
/// `date YYYY-MM-DD` header, and one JSON Lines record. Pure functions over
/// bytes: the CLI does the reading.
public enum ArticleInput {
    /// Parses a plain-text article. The header `date YYYY-MM-DD`, after
    /// optional whitespace and followed by a space, tab or line break, gives
    /// the publication date and is removed; `date` overrides it.
    public static func plainText<Bytes: Collection<UInt8>>(_ bytes: Bytes, id: String, date override: CivilDate? = nil) -> Result<Article, InputError> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(InputError(id: id, message: "\(id): invalid UTF-8 at byte \(firstInvalidUTF8(Array(bytes)))"))
        }
        var body = Substring(text)
        var date: CivilDate? = nil
        let trimmed = body.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{FEFF}" })
        if trimmed.hasPrefix("date "), trimmed.utf8.count >= 15 {
            let after = trimmed.dropFirst(5)
            let value = after.prefix(10)
            let rest = after.dropFirst(10)
            if value.utf8.count == 10, isDateShape(value), rest.isEmpty || rest.first == " " || rest.first == "\t" || rest.first == "\n" || rest.first == "\r\n" || rest.first == "\r" {
                guard let d = CivilDate(iso: value) else {
                    return .failure(InputError(id: id, message: "\(id): impossible date '\(value)' in the date header"))
                }
                date = d
                body = rest.isEmpty ? rest : rest.dropFirst()
            }
        }
        return .success(Article(id: id, date: override ?? date, title: nil, text: String(body)))
    }

    private struct Line: Decodable {
        var id: String?
        var date: String?
        var title: String?
        var text: String?

        enum CodingKeys: String, CodingKey { case id, date, title, text }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            if let s = try? c.decodeIfPresent(String.self, forKey: .id) { id = s }
            else if let n = try? c.decodeIfPresent(Int.self, forKey: .id) { id = String(n) }
            else if let d = try? c.decodeIfPresent(Double.self, forKey: .id) { id = String(d) }
            else { id = nil }
            date = try? c.decodeIfPresent(String.self, forKey: .date)
            title = try? c.decodeIfPresent(String.self, forKey: .title)
            text = try? c.decodeIfPresent(String.self, forKey: .text)
        }
    }

    /// Parses one JSON Lines record `{"id","date","title"?,"text"}`.
    /// `line` is the 1-based line number, used when the record has no id.
    public static func jsonLine<Bytes: Collection<UInt8>>(_ bytes: Bytes, line: Int, date override: CivilDate? = nil) -> Result<Article, InputError> {
        let fallbackID = "line \(line)"
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(InputError(id: nil, message: "line \(line): invalid UTF-8 at byte \(firstInvalidUTF8(Array(bytes)))"))
        }
        let record: Line
        do {
            record = try JSONDecoder().decode(Line.self, from: Data(bytes))
        } catch {
            return .failure(InputError(id: nil, message: "line \(line): invalid JSON (expected an object {\"id\", \"date\", \"text\"})"))
        }
        let id = record.id ?? fallbackID
        guard let text = record.text else {
            return .failure(InputError(id: record.id, message: "line \(line): article \(id) has no \"text\" string"))
        }
        var date: CivilDate? = nil
        if let raw = record.date, !raw.isEmpty {
            guard isDateShape(raw.prefix(10)), raw.utf8.count == 10 || raw.utf8.count > 10 && (raw.utf8[raw.utf8.index(raw.utf8.startIndex, offsetBy: 10)] == UInt8(ascii: "T") || raw.utf8[raw.utf8.index(raw.utf8.startIndex, offsetBy: 10)] == UInt8(ascii: " ")) else {
                return .failure(InputError(id: record.id, message: "line \(line): article \(id) has date '\(raw)', expected YYYY-MM-DD"))
            }
            guard let d = CivilDate(iso: raw) else {
                return .failure(InputError(id: record.id, message: "line \(line): article \(id) has an impossible date '\(raw)'"))
            }
            date = d
        }
        return .success(Article(id: id, date: override ?? date, title: record.title, text: text))
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
