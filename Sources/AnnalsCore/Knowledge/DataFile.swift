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
        // Split on UTF-8 bytes: lines at LF (a CR before it is dropped), fields at TAB.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            number += 1
            var line = Substring(text[lineStart..<lineEnd])
            if line.utf8.last == 0x0D { line = Substring(line.utf8.dropLast()) }
            lineStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
            let firstSolid = line.utf8.first { $0 != 0x20 && $0 != 0x09 }
            if firstSolid == nil || firstSolid == UInt8(ascii: "#") { continue }
            var fields: [Substring] = []
            var fieldStart = line.utf8.startIndex
            while true {
                let tab = line.utf8[fieldStart...].firstIndex(of: 0x09) ?? line.utf8.endIndex
                fields.append(Substring(line[fieldStart..<tab]).trimmingSpaces())
                if tab == line.utf8.endIndex { break }
                fieldStart = line.utf8.index(after: tab)
            }
            out.append(Line(number: number, fields: fields))
        }
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
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
