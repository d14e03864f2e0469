/// A problem in a knowledge file, reported as `file:line: message`.
public struct KnowledgeError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// The common shape of Annals' knowledge files: UTF-8 text, one record a
/// line, fields separated by tabs, `#` starting a comment line, blank lines
/// ignored. Each loader gives the fields their meaning and validates them.
public struct DataFile: Sendable {
    public struct Line: Sendable {
        public var number: Int
        public var fields: [Substring]
    }
    public let name: String
    public let lines: [Line]

    public init(name: String, text: String) {
        self.name = name
        var out: [Line] = []
        var number = 0
        var text = text
        text.makeContiguousUTF8()
        // Split on UTF-8 bytes: lines at LF (a CR before it is dropped), fields at TAB.
        // Each record line becomes one String; its fields are Substrings of it made
        // from byte offsets (O(1) on native UTF-8), trimmed only when a field starts
        // or ends with a space or tab.
        text.utf8.withContiguousStorageIfAvailable { b in
            var i = 0
            let n = b.count
            var tabs: [Int] = []
            while i < n {
                var e = i
                while e < n, b[e] != 0x0A { e += 1 }
                number += 1
                var lineEnd = e
                if lineEnd > i, b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                var first = i
                while first < lineEnd, b[first] == 0x20 || b[first] == 0x09 { first += 1 }
                if first < lineEnd, b[first] != UInt8(ascii: "#") {
                    tabs.removeAll(keepingCapacity: true)
                    for k in i..<lineEnd where b[k] == 0x09 { tabs.append(k - i) }
                    tabs.append(lineEnd - i)   // the last field's end
                    let line = String(decoding: UnsafeBufferPointer(rebasing: b[i..<lineEnd]), as: UTF8.self)
                    let u = line.utf8
                    var fields: [Substring] = []
                    fields.reserveCapacity(tabs.count)
                    var fieldStart = 0
                    for t in tabs {
                        var s = fieldStart, f = t
                        while s < f, b[i + s] == 0x20 || b[i + s] == 0x09 { s += 1 }
                        while f > s, b[i + f - 1] == 0x20 || b[i + f - 1] == 0x09 { f -= 1 }
                        let lo = u.index(u.startIndex, offsetBy: s), hi = u.index(u.startIndex, offsetBy: f)
                        fields.append(line[lo..<hi])
                        fieldStart = t + 1
                    }
                    out.append(Line(number: number, fields: fields))
                }
                i = e + 1
            }
        }!
        lines = out
    }

    public func error(_ line: Line, _ message: String) -> KnowledgeError {
        KnowledgeError(file: name, line: line.number, message: message)
    }

    /// The built-in file at `path` (relative to `Sources/AnnalsCore/Data`).
    public static func builtIn(_ path: String) throws -> DataFile {
        guard let entry = EmbeddedData.files.first(where: { $0.path == path }) else {
            throw KnowledgeError(file: path, line: 0, message: "no such built-in knowledge file")
        }
        return DataFile(name: path, text: entry.text)
    }

    /// Paths of all built-in knowledge files.
    public static var builtInPaths: [String] { EmbeddedData.files.map(\.path) }

    /// Text of a built-in file (for the demo article and documentation).
    public static func builtInText(_ path: String) -> String? {
        EmbeddedData.files.first(where: { $0.path == path })?.text
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        // Most fields have no space or tab at either end: answer from the bytes
        // without walking Characters (which needs grapheme breaking).
        let u = utf8
        if let f = u.first, let l = u.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return self }
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
