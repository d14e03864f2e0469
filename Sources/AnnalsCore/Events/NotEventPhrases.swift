/// Phrases in which an event trigger names no event (`Data/events/not-events.tsv`):
/// "a heart attack", "cardiac arrest", "attack helicopters", "the strike price".
public struct NotEventPhrases: Sendable {
    /// One phrase: the forms each word may take before and after the trigger, nearest first.
    struct Phrase: Sendable {
        var before: [Set<String>]
        var after: [Set<String>]
    }

    /// Phrases by trigger form.
    let byTrigger: [String: [Phrase]]

    public static let none = NotEventPhrases(byTrigger: [:])

    init(byTrigger: [String: [Phrase]]) { self.byTrigger = byTrigger }

    public init(_ file: DataFile) throws {
        var table: [String: [Phrase]] = [:]
        for line in file.lines {
            guard line.fields.count == 1 else {
                throw file.error(line, "expected one field (a phrase with its trigger in square brackets), found \(line.fields.count)")
            }
            let words = line.fields[0].split(separator: " ").map(String.init)
            let marked = words.indices.filter { words[$0].hasPrefix("[") && words[$0].hasSuffix("]") && words[$0].count > 2 }
            guard marked.count == 1, let k = marked.first else {
                throw file.error(line, "a phrase needs exactly one trigger word in square brackets")
            }
            func forms(_ w: String) throws -> Set<String> {
                let list = w.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                for f in list where f.isEmpty || f != f.lowercased() || f.contains("[") || f.contains("]") {
                    throw file.error(line, "word '\(f)' must be a lowercase word")
                }
                return Set(list)
            }
            guard words.count > 1 else { throw file.error(line, "a phrase needs a word beside its trigger") }
            let trigger = try forms(String(words[k].dropFirst().dropLast()))
            let phrase = Phrase(before: try words[..<k].reversed().map(forms), after: try words[(k + 1)...].map(forms))
            for t in trigger { table[t, default: []].append(phrase) }
        }
        byTrigger = table
    }

    public static func builtIn() throws -> NotEventPhrases { try NotEventPhrases(.builtIn("events/not-events.tsv")) }

    /// Whether the trigger at `t` stands in one of the phrases (the words of
    /// `norms` around it, inside `sentence`).
    func covers(_ t: Int, norms: [String], sentence: Range<Int>) -> Bool {
        guard let phrases = byTrigger[norms[t]] else { return false }
        return phrases.contains { p in
            guard t - p.before.count >= sentence.lowerBound, t + p.after.count < sentence.upperBound else { return false }
            for (i, f) in p.before.enumerated() where !f.contains(norms[t - 1 - i]) { return false }
            for (i, f) in p.after.enumerated() where !f.contains(norms[t + 1 + i]) { return false }
            return true
        }
    }
}
