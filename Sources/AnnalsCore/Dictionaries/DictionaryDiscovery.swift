/// Which files of a dictionary folder are read, and how (pure: the caller
/// lists the folder and reads the files).
///
/// - A TABARI project: when the folder holds a `*.project` file (the first
///   in name order), its `<actorsfile>`, `<agentsfile>` and `<verbsfile>`
///   lines name the files (relative to the folder); `<optionsfile>` and the
///   other lines are ignored. Words without a trailing `_` are stems.
/// - Otherwise PETRARCH style: every file whose name contains `.actors`,
///   `.agents`, `.verbs` (or `verbpatterns`) or `.discards`
///   (`PETR.Validate.actors.txt`, `Phoenix.Countries.actors.txt`,
///   `CAMEO.verbpatterns.txt`, `TABARI.Demo.verbs`), in name order; other
///   files are ignored.
public enum DictionaryDiscovery {
    public struct Plan: Sendable, Equatable {
        public var style: CodingDictionaries.Style
        public var files: [(name: String, kind: CodingDictionaries.Kind)]
        /// Problems with the project file (`file:line: message`).
        public var warnings: [KnowledgeError]
        public static func == (a: Plan, b: Plan) -> Bool {
            a.style == b.style && a.warnings == b.warnings && a.files.map(\.name) == b.files.map(\.name)
                && a.files.map(\.kind) == b.files.map(\.kind)
        }
    }

    /// The project file among `names`, if any.
    public static func projectFile(in names: [String]) -> String? {
        names.sorted().first { $0.lowercased().hasSuffix(".project") }
    }

    /// The kind of a dictionary file from its name, or nil.
    public static func kind(of name: String) -> CodingDictionaries.Kind? {
        let n = name.lowercased()
        if n.hasPrefix(".") { return nil }
        if n.contains(".actors") { return .actors }
        if n.contains(".agents") { return .agents }
        if n.contains(".verbs") || n.contains("verbpatterns") { return .verbs }
        if n.contains(".discards") { return .discards }
        return nil
    }

    /// The plan for a folder holding `names`; `project` is the text of
    /// `projectFile(in: names)` when there is one.
    public static func plan(names: [String], project: (name: String, text: String)?) -> Plan {
        if let project {
            var files: [(String, CodingDictionaries.Kind)] = []
            var warnings: [KnowledgeError] = []
            let tags: [(String, CodingDictionaries.Kind)] = [("<actorsfile>", .actors), ("<agentsfile>", .agents), ("<verbsfile>", .verbs)]
            for (n, line) in project.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let t = line.dictTrim(" \t\r")
                for (tag, kind) in tags where t.lowercased().hasPrefix(tag) {
                    let file = t.dropFirst(tag.count).dictTrim(" \t")
                    if file.isEmpty { warnings.append(KnowledgeError(file: project.name, line: n + 1, message: "\(tag) names no file")); continue }
                    if !names.contains(file) { warnings.append(KnowledgeError(file: project.name, line: n + 1, message: "\(tag) \(file) is not in the folder; skipped")); continue }
                    files.append((file, kind))
                }
            }
            if files.isEmpty { warnings.append(KnowledgeError(file: project.name, line: 0, message: "the project names no actors, agents or verbs file")) }
            return Plan(style: .tabari, files: files, warnings: warnings)
        }
        let files = names.sorted().compactMap { name in kind(of: name).map { (name, $0) } }
        return Plan(style: .petrarch, files: files, warnings: [])
    }
}
