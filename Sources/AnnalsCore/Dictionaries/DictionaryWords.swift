/// Words as the TABARI/PETRARCH dictionaries and the dictionary coder see
/// them: lowercased, hyphenated words split ("Barad-dur" → barad, dur),
/// negative contractions split the Treebank way ("didn't" → did, n't), a
/// possessive `'s` a word of its own.
enum DictWords {
    /// Splits one dictionary or text word into coder words.
    static func split(_ word: some StringProtocol) -> [String] {
        var out: [String] = []
        for part in word.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
            var w = String(part)
            if w.hasSuffix("'s"), w.count > 2 {
                out.append(String(w.dropLast(2))); out.append("'s"); continue
            }
            if w.hasSuffix("n't"), w.count > 3 {
                w = String(w.dropLast(3))
                if w == "wo" || w == "ca" || !w.isEmpty { out.append(w) }
                out.append("n't"); continue
            }
            out.append(w)
        }
        return out
    }

    /// Regular plural forms of a noun (PETRARCH's automatic plurals).
    static func plurals(_ w: String) -> [String] {
        guard let last = w.last, last.isLetter else { return [] }
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") {
            return [w + "es"]
        }
        if last == "y", w.count > 1, !"aeiou".contains(w[w.index(w.endIndex, offsetBy: -2)]) {
            return [String(w.dropLast()) + "ies", w + "s"]
        }
        return [w + "s"]
    }

    /// Regular verb forms: third person, past, participle, gerund
    /// (with a doubled final consonant as an alternative: "stopped").
    static func verbForms(_ v: String) -> [String] {
        guard v.count > 1, let last = v.last, last.isLetter else { return [v] }
        var out: Set<String> = [v]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let chars = Array(v)
        let n = chars.count
        if v.hasSuffix("e") {
            out.insert(v + "s"); out.insert(v + "d"); out.insert(String(v.dropLast()) + "ing")
            if v.hasSuffix("ee") { out.insert(v + "ing") }
        } else if last == "y", !vowels.contains(chars[n - 2]) {
            let stem = String(v.dropLast())
            out.insert(stem + "ies"); out.insert(stem + "ied"); out.insert(v + "ing")
        } else {
            if v.hasSuffix("s") || v.hasSuffix("x") || v.hasSuffix("z") || v.hasSuffix("ch") || v.hasSuffix("sh") {
                out.insert(v + "es")
            } else {
                out.insert(v + "s")
            }
            out.insert(v + "ed"); out.insert(v + "ing")
            // consonant-vowel-consonant: "stop" → "stopped", "stopping"
            if n >= 3, !vowels.contains(last), last != "w", last != "x", last != "y",
               vowels.contains(chars[n - 2]), !vowels.contains(chars[n - 3]) {
                out.insert(v + String(last) + "ed"); out.insert(v + String(last) + "ing")
            }
        }
        return Array(out)
    }

    /// Endings TABARI accepts on a word that ends with `_` in a verbs file.
    static let verbEndings = ["s", "es", "ed", "d", "ing", "en"]
}

/// How one dictionary word matches a text word.
struct WordMatcher: Sendable, Hashable {
    enum Mode: UInt8, Sendable { case exact, stem }
    var text: String
    var mode: Mode
    /// Other exact forms (plurals, conjugations, TABARI endings).
    var forms: [String] = []
    /// TABARI actor phrases: words written apart (`ITHILEN TELEVISION`) may
    /// have other words between them in the text; `_` keeps them adjacent.
    var gap = false

    func matches(_ w: String) -> Bool {
        switch mode {
        case .exact: return w == text || forms.contains(w)
        case .stem: return w.hasPrefix(text)
        }
    }
}

/// A phrase index: phrases (word sequences) looked up by their first word,
/// exactly or by stem, longest match first.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [WordMatcher]
        var value: Value
    }
    private(set) var entries: [Entry] = []
    private var exact: [String: [Int32]] = [:]
    private var stems: [String: [Int32]] = [:]
    private(set) var maxStem = 0
    private(set) var minStem = Int.max
    /// Some phrase has a word that may stand apart from the one before it.
    private(set) var hasGaps = false

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(_ words: [WordMatcher], _ value: Value) {
        guard let first = words.first, !first.text.isEmpty else { return }
        let id = Int32(entries.count)
        entries.append(Entry(words: words, value: value))
        if words.dropFirst().contains(where: \.gap) { hasGaps = true }
        switch first.mode {
        case .exact:
            exact[first.text, default: []].append(id)
            for f in first.forms where f != first.text { exact[f, default: []].append(id) }
        case .stem:
            stems[first.text, default: []].append(id)
            maxStem = max(maxStem, first.text.count)
            minStem = min(minStem, first.text.count)
        }
    }

    /// Calls `body` with the entries whose first word is `w` exactly, then with those whose
    /// first word is a stem `w` starts with, shortest stem first.
    private func candidates(of w: String, _ body: ([Int32]) -> Void) {
        if let ids = exact[w] { body(ids) }
        guard !stems.isEmpty, w.utf8.count >= minStem else { return }
        var len = minStem
        let count = w.count
        while len <= min(maxStem, count) {
            if let ids = stems[String(w.prefix(len))] { body(ids) }
            len += 1
        }
    }

    /// The longest phrase starting at `i` whose words match `words[i...]`
    /// consecutively, not crossing `end`; ties go to the phrase added first.
    func longest(_ words: [String], at i: Int, end: Int) -> (entry: Int, length: Int)? {
        var best: (entry: Int, length: Int)? = nil
        func consider(_ ids: [Int32]) {
            for id in ids {
                let e = entries[Int(id)]
                let n = e.words.count
                guard i + n <= end else { continue }
                if let b = best, n < b.length || (n == b.length && Int(id) > b.entry) { continue }
                var ok = true
                var k = 1
                while k < n { if !e.words[k].matches(words[i + k]) { ok = false; break }; k += 1 }
                if ok { best = (Int(id), n) }
            }
        }
        candidates(of: words[i], consider)
        return best
    }

    /// Like `longest`, for phrases whose words may stand apart (TABARI's
    /// "ITHILEN TELEVISION" in "Ithilen state-run television"): a word
    /// marked `gap` may be found further on, though not past a `,`/`;` or
    /// `end`. The phrase with the most words wins, then the shorter reach;
    /// `length` covers the adjacent words from `i`, `tail` the positions of
    /// the words found apart.
    func longestApart(_ words: [String], at i: Int, end: Int) -> (entry: Int, length: Int, tail: [Int])? {
        var best: (entry: Int, length: Int, tail: [Int], n: Int, reach: Int)? = nil
        func consider(_ ids: [Int32]) {
            for id in ids {
                let e = entries[Int(id)]
                let n = e.words.count
                guard i + n <= end else { continue }
                if let b = best, n < b.n { continue }
                var q = i + 1, length = 1
                var tail: [Int] = []
                var ok = true
                for k in 1..<max(1, n) where n > 1 {
                    let m = e.words[k]
                    if m.gap {
                        var r = q
                        while r < end, words[r] != ",", words[r] != ";", !m.matches(words[r]) { r += 1 }
                        guard r < end, m.matches(words[r]) else { ok = false; break }
                        if r == q && tail.isEmpty { length += 1 } else { tail.append(r) }
                        q = r + 1
                    } else {
                        guard q < end, m.matches(words[q]) else { ok = false; break }
                        if tail.isEmpty { length += 1 } else { tail.append(q) }
                        q += 1
                    }
                }
                guard ok else { continue }
                if let b = best, n == b.n, q > b.reach || (q == b.reach && Int(id) > b.entry) { continue }
                best = (Int(id), length, tail, n, q)
            }
        }
        candidates(of: words[i], consider)
        return best.map { ($0.entry, $0.length, $0.tail) }
    }

    /// Every entry whose first word matches `w` (for keys that are not the first word).
    func candidates(_ w: String) -> [Int32] {
        var out = exact[w] ?? []
        if !stems.isEmpty, w.utf8.count >= minStem {
            var len = minStem
            let count = w.count
            while len <= min(maxStem, count) {
                if let ids = stems[String(w.prefix(len))] { out.append(contentsOf: ids) }
                len += 1
            }
        }
        return out
    }
}
