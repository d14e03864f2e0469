import Testing
@testable import AnnalsCore

/// `events/pattern-sets.tsv`: named sector and word sets the event patterns
/// use with `$name`; a pattern with a set is the pattern written out.
@Suite struct PatternSetsTests {
    static let sets = DataFile(name: "s.tsv", text: """
        sectors\tarmed\tMIL|REB
        words\tstrike-adjectives\tnew|fresh|heavy

        """)

    /// Lines of a sets file and the error each gives (nil: it loads).
    @Test(arguments: [
        ("sectors\tarmed\tMIL|REB|UAF", nil),
        ("words\tfresh-ones\tnew|fresh", nil),
        ("words\tshort\tnew", nil),
        ("sectors\tarmed\tMIL|ARMY", "s.tsv:1: 'ARMY' in set 'armed' is not a PLOVER sector code (\(PLOVERCodes.sectors.sorted().joined(separator: " ")))"),
        ("sectors\tarmed\tMIL|MIL", "s.tsv:1: 'MIL' listed twice in set 'armed'"),
        ("words\tAdj\tnew", "s.tsv:1: set name 'Adj' must be lowercase letters, digits and hyphens"),
        ("words\tadj\tNew|old", "s.tsv:1: 'New' in set 'adj' is not a lowercase word"),
        ("words\tadj\tsit-in", "s.tsv:1: 'sit-in': the tokenizer splits words at hyphens, so write its parts apart ('sit - in')"),
        ("verbs\tadj\tnew", "s.tsv:1: kind must be 'sectors' or 'words', found 'verbs'"),
        ("words\tadj", "s.tsv:1: expected 3 tab-separated fields (kind, name, members), found 2"),
        ("words\tadj\tnew\nsectors\tadj\tMIL", "s.tsv:2: set 'adj' is defined twice"),
    ] as [(String, String?)])
    func fileFormat(_ text: String, _ expected: String?) {
        do {
            _ = try PatternSets(DataFile(name: "s.tsv", text: text + "\n"))
            #expect(expected == nil, "loaded, expected \(expected ?? "")")
        } catch {
            #expect("\(error)" == expected)
        }
    }

    /// A pattern written with sets compiles to the same elements as the
    /// pattern written out; misuse names the pattern's file and line.
    @Test(arguments: [
        ("SRC:$armed @raid TGT", "SRC:MIL|REB @raid TGT", nil),
        ("SRC:$armed|UAF @raid TGT", "SRC:MIL|REB|UAF @raid TGT", nil),
        ("@launch (a)? $strike-adjectives offensive", "@launch (a)? new|fresh|heavy offensive", nil),
        ("@launch $strike-adjectives? offensive", "@launch new|fresh|heavy? offensive", nil),
        ("@launch (massive|$strike-adjectives)? offensive", "@launch (massive|new|fresh|heavy)? offensive", nil),
        ("@launch new|$strike-adjectives offensive", "@launch new|fresh|heavy offensive", nil),
        ("SRC:$strike-adjectives @raid TGT", nil, "p.tsv:1: '$strike-adjectives' is a word set, not a sector set"),
        ("@launch $armed offensive", nil, "p.tsv:1: '$armed' is a sector set, not a word set"),
        ("@launch $missing offensive", nil, "p.tsv:1: unknown set '$missing' (events/pattern-sets.tsv)"),
        ("SRC:$armed|MIL @raid TGT", nil, "p.tsv:1: sector 'MIL' listed twice in 'SRC:$armed|MIL'"),
    ] as [(String, String?, String?)])
    func expansion(_ withSet: String, _ writtenOut: String?, _ expected: String?) throws {
        let ontology = try EventOntology.builtIn()
        let verbs = DataFile(name: "verbs.tsv", text: "")
        let sets = try PatternSets(Self.sets)
        func compile(_ pattern: String) throws -> [EventPatterns.Element] {
            let code = pattern.contains("raid") ? "180" : "195"
            return try EventPatterns(verbs: verbs, patternFiles: [DataFile(name: "p.tsv", text: "\(code)\t\(pattern)\n")],
                                     sets: sets, ontology: ontology).patterns[0].elements
        }
        if let writtenOut {
            #expect(try compile(withSet) == compile(writtenOut))
        } else {
            do {
                _ = try compile(withSet)
                Issue.record("compiled, expected \(expected ?? "")")
            } catch {
                #expect("\(error)" == expected)
            }
        }
    }

    /// Every built-in set is used by some pattern or by the coder, and the
    /// coder's own sets are there.
    @Test func builtInSetsAreUsed() throws {
        let sets = try PatternSets.builtIn()
        let text = try DataFile.builtInPaths.filter { $0.hasPrefix("events/patterns/") }
            .map { DataFile.builtInText($0) ?? "" }.joined(separator: "\n")
        for name in Array(sets.sectors.keys) + Array(sets.words.keys) where !PatternSets.required.contains(name) && !PatternSets.requiredWords.contains(name) {
            #expect(text.contains("$\(name) ") || text.contains("$\(name)|") || text.contains("$\(name)?") || text.contains("$\(name))")
                    || text.contains("$\(name)\n"), "set '\(name)' is used by no pattern")
        }
        for name in PatternSets.required { #expect(sets.sectors[name] != nil, "\(name)") }
        for name in PatternSets.requiredWords { #expect(sets.words[name] != nil, "\(name)") }
        #expect(throws: KnowledgeError.self) {
            _ = try PatternSets(DataFile(name: "s.tsv", text: "sectors\tpeople-of\tCVL|XYZ\n"))
        }
    }
}
