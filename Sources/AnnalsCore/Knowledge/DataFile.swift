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
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = raw
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingSpaces() }
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
