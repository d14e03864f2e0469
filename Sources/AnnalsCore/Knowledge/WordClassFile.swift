/// A knowledge file of function words by class: one class a line, two
/// tab-separated fields, the class's name and its words separated by single
/// spaces (lowercase, as the text's normalized tokens).
///
/// A loader takes each class it uses by name, once, and then calls
/// `finish()`: a class the loader never took is an unknown class, a class it
/// takes that the file lacks is a missing class, so every class is named in
/// one place only, where its words are used.
///
///     var file = try WordClassFile(.builtIn("events/function-words.tsv"))
///     negators = try file.take("negator")
///     try file.finish()
struct WordClassFile {
    private let file: DataFile
    private var words: [String: (line: DataFile.Line, words: Set<String>)] = [:]
    private var taken: Set<String> = []

    init(_ file: DataFile) throws {
        self.file = file
        for line in file.lines {
            guard line.fields.count == 2 else {
                throw file.error(line, "expected 2 tab-separated fields (class, words), found \(line.fields.count)")
            }
            let name = String(line.fields[0])
            guard words[name] == nil else { throw file.error(line, "class '\(name)' is listed twice") }
            let list = line.fields[1].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for w in list where w.isEmpty || w != w.lowercased() {
                throw file.error(line, "word '\(w)' must be lowercase, one space between words")
            }
            words[name] = (line, Set(list))
        }
    }

    /// The words of class `name`; an error names the file's last line when the class is missing.
    mutating func take(_ name: String) throws -> Set<String> {
        taken.insert(name)
        guard let entry = words[name] else {
            throw KnowledgeError(file: file.name, line: file.lines.last?.number ?? 0, message: "class '\(name)' is missing")
        }
        return entry.words
    }

    /// Fails on the line of class `name` at its first word (in sorted order) that breaks `rule`.
    func require(_ name: String, _ message: String, _ rule: (String) -> Bool) throws {
        guard let entry = words[name] else { return }
        for w in entry.words.sorted() where !rule(w) { throw file.error(entry.line, "'\(w)' \(message)") }
    }

    /// Fails on the first line (in file order) whose class no loader took.
    func finish() throws {
        for line in file.lines where !taken.contains(String(line.fields[0])) {
            throw file.error(line, "unknown class '\(line.fields[0])' (one of \(taken.sorted().joined(separator: ", ")))")
        }
    }
}
