/// Document topics (`Data/topics/`): cue words weighted per 1,000 tokens,
/// plus the coded events of the roots a topic names. A topic applies when
/// its score and its number of distinct cues reach the file's thresholds.
public struct TopicModel: Sendable {
    public struct Topic: Sendable {
        public var name: String
        public var minScore: Double
        public var minCues: Int
        public var roots: Set<String>
        /// In a short document (under `shortDocument` tokens: a news snippet,
        /// a headline with its lead) one cue of at least this weight is
        /// enough instead of `minCues` distinct ones; nil: never.
        public var shortCueWeight: Double?
    }

    /// Documents with fewer tokens than this are short: one sentence or two,
    /// too few words for a topic to be named twice.
    public static let shortDocument = 80

    public let topics: [Topic]
    /// Word → (topic index, weight).
    public let cues: [String: [(topic: Int, weight: Double)]]
    /// `cues` by word id (`Document.wordIDs`), filled by `register(into:)`:
    /// the index of the word's list in `cueLists`.
    private var cueOfWord = WordIndex()
    private var cueLists: [[(topic: Int, weight: Double)]] = []
    /// Per topic, bit r set for each CAMEO root r (1-20) it names.
    private let rootMasks: [UInt32]

    public init(topics topicFile: DataFile, cues cueFile: DataFile) throws {
        var topics: [Topic] = []
        var byName: [String: Int] = [:]
        for line in topicFile.lines {
            guard line.fields.count == 5 else { throw topicFile.error(line, "expected 5 tab-separated fields (topic, minimum score, distinct cues, event roots, short-text cue weight), found \(line.fields.count)") }
            let name = String(line.fields[0])
            guard byName[name] == nil else { throw topicFile.error(line, "duplicate topic '\(name)'") }
            guard let score = Double(line.fields[1]), score >= 0 else { throw topicFile.error(line, "minimum score '\(line.fields[1])' is not a number") }
            guard let n = Int(line.fields[2]), n >= 1 else { throw topicFile.error(line, "distinct cues '\(line.fields[2])' is not a positive integer") }
            var roots = Set<String>()
            if line.fields[3] != "-" {
                for r in line.fields[3].split(separator: ",") {
                    guard r.count == 2, r.allSatisfy(\.isNumber), let v = Int(r), (1...20).contains(v) else { throw topicFile.error(line, "'\(r)' is not a CAMEO root 01-20") }
                    roots.insert(String(r))
                }
            }
            var short: Double? = nil
            if line.fields[4] != "-" {
                guard let w = Double(line.fields[4]), w > 0, w <= 3 else { throw topicFile.error(line, "short-text cue weight '\(line.fields[4])' must be a number in (0, 3] or -") }
                short = w
            }
            byName[name] = topics.count
            topics.append(Topic(name: name, minScore: score, minCues: n, roots: roots, shortCueWeight: short))
        }
        var cues: [String: [(topic: Int, weight: Double)]] = [:]
        for line in cueFile.lines {
            guard line.fields.count == 3 else { throw cueFile.error(line, "expected 3 tab-separated fields (word, topic, weight), found \(line.fields.count)") }
            let word = String(line.fields[0])
            guard word == word.lowercased(), !word.utf8.contains(0x20) else { throw cueFile.error(line, "'\(word)' must be one lowercase word") }
            guard let t = byName[String(line.fields[1])] else { throw cueFile.error(line, "unknown topic '\(line.fields[1])'") }
            guard let w = Double(line.fields[2]), w > 0, w <= 3 else { throw cueFile.error(line, "weight '\(line.fields[2])' must be a number in (0, 3]") }
            if cues[word]?.contains(where: { $0.topic == t }) == true { throw cueFile.error(line, "duplicate cue '\(word)' for \(line.fields[1])") }
            cues[word, default: []].append((t, w))
        }
        self.topics = topics
        self.cues = cues
        rootMasks = topics.map { $0.roots.reduce(UInt32(0)) { $0 | 1 << UInt32(Int($1)!) } }
    }

    public static func builtIn() throws -> TopicModel {
        try TopicModel(topics: .builtIn("topics/topics.tsv"), cues: .builtIn("topics/cues.tsv"))
    }

    /// The CAMEO root of a code as a number 1-20 when its first two bytes are
    /// ASCII digits and a third byte, if any, is ASCII (then `CAMEOCode.root` is
    /// those two digits); 0 otherwise.
    static func rootNumber(_ code: String) -> Int {
        var it = code.utf8.makeIterator()
        guard let a = it.next(), let b = it.next(), a &- 0x30 < 10, b &- 0x30 < 10 else { return 0 }
        if let c = it.next(), c >= 0x80 { return 0 }
        let r = Int(a &- 0x30) * 10 + Int(b &- 0x30)
        return r >= 1 && r <= 20 ? r : 0
    }

    /// Topic names in the order of topics.tsv.
    public func topics(of doc: Document, events: [Event]) -> [String] {
        guard !doc.tokens.isEmpty else { return [] }
        var score = [Double](filled: 0, count: topics.count)
        // the distinct cue words of each topic: by word id when the document has ids
        // and this model registered its words, else by the words themselves
        // (by id: a word's cue list is its own, so a bit per list marks the words seen, and a
        // topic's distinct cues are counted when a word is first seen, without a set per topic)
        let byID = !doc.wordIDs.isEmpty && !cueLists.isEmpty
        var seenLists = [UInt64](filled: 0, count: byID ? (cueLists.count + 63) >> 6 : 0)
        var distinctCount = [Int](filled: 0, count: byID ? topics.count : 0)
        var distinctWords = [Set<String>](filled: [], count: byID ? 0 : topics.count)
        var strongest = [Double](filled: 0, count: topics.count)
        for (i, t) in doc.tokens.enumerated() where t.kind == .word {
            if byID {
                let k = Int(cueOfWord[doc.wordIDs[i]])
                guard k >= 0 else { continue }
                let bit = UInt64(1) << (k & 63)
                let first = seenLists[k >> 6] & bit == 0
                seenLists[k >> 6] |= bit
                for h in cueLists[k] {
                    score[h.topic] += h.weight; strongest[h.topic] = max(strongest[h.topic], h.weight)
                    if first { distinctCount[h.topic] += 1 }
                }
            } else {
                guard let hits = cues[doc.norms[i]] else { continue }
                for h in hits { score[h.topic] += h.weight; distinctWords[h.topic].insert(doc.norms[i]); strongest[h.topic] = max(strongest[h.topic], h.weight) }
            }
        }
        let short = doc.tokens.count < Self.shortDocument
        let per1000 = 1000.0 / Double(max(doc.tokens.count, 200))
        var out: [String] = []
        for (k, topic) in topics.enumerated() {
            var s = score[k] * per1000
            if !topic.roots.isEmpty {
                // (each event's root read from its code's bytes, not built as a string to hash)
                var n = 0
                for e in events where !e.negated {
                    let r = Self.rootNumber(e.cameo.code)
                    if r > 0 ? rootMasks[k] & (1 << r) != 0 : topic.roots.contains(e.cameo.root) { n += 1 }
                }
                s += 2 * Double(n)
            }
            let cueCount = byID ? distinctCount[k] : distinctWords[k].count
            let enoughCues = cueCount >= topic.minCues || (short && topic.shortCueWeight.map { strongest[k] >= $0 } == true)
            if s >= topic.minScore && enoughCues { out.append(topic.name) }
        }
        return out
    }

    /// Whether sentence `s` of `doc` is told in a report of sport: the
    /// document has the `sports` topic (from its cue words alone: the topic
    /// names no event roots), or the sentence holds a cue word of that topic
    /// or a score ("3-0", "15 - 6"). Asked by the actor layer for a side
    /// named by its country ("the Welsh side").
    /// - Complexity: linear in the document's tokens.
    public func tellsOfSport(_ doc: Document, sentence s: Int) -> Bool {
        guard let k = topics.firstIndex(where: { $0.name == "sports" }), s >= 0, s < doc.sentences.count else { return false }
        // a score's number: one to three digits
        func isNumber<C: Collection<UInt8>>(_ w: C) -> Bool { !w.isEmpty && w.count <= 3 && w.allSatisfy { $0 &- 0x30 < 10 } }
        let range = doc.sentences[s].tokens
        for i in range {
            if cues[doc.norms[i]]?.contains(where: { $0.topic == k }) == true { return true }
            let parts = doc.norms[i].utf8.split(separator: 0x2D, omittingEmptySubsequences: false)
            if parts.count == 2, parts.allSatisfy(isNumber) { return true }   // one token "3-0"
            if i + 2 < range.upperBound, isNumber(doc.norms[i].utf8), doc.norms[i + 1] == "-", isNumber(doc.norms[i + 2].utf8) { return true }
        }
        return topics(of: doc, events: []).contains("sports")
    }

    /// Registers the cue words, and keeps their lists by word id: a document
    /// built with `classes` then finds a token's cues without hashing its string.
    public mutating func register(into classes: inout WordClasses) {
        cueOfWord = WordIndex()
        cueLists = []
        for (word, hits) in cues.sorted(by: { $0.key < $1.key }) {
            cueOfWord[classes.add(word, .topicCue)] = Int32(cueLists.count)
            cueLists.append(hits)
        }
    }
}
