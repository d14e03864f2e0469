/// What an article's title says the article is about, as a signal for the
/// salience ranking ("ZCTU blames Mugombeyi abduction on paid hooligans").
///
/// The title is not part of the text (the record's offsets index the text
/// alone), so it codes no event and adds nothing to the record; its words,
/// in the text's normalized forms, only point at events of the text:
/// - `roots`: the CAMEO root of each event one of whose trigger words is a
///   word of the title or another form of one (`sameStem`: "arrest" in the
///   title and an event reported with "arrested" in the text: root 17);
/// - `names`: whether a participant is a person or a group one of whose
///   mentions (not a pronoun; an article before it aside) stands in the
///   title as is ("Greek police arrest man …": the police). Countries and organizations a title names
///   are more often the setting or the voice ("UK newspaper denounces …",
///   "… in Zimbabwe") than a party to the event, and do not count.
///
/// - Complexity: linear in the title's length plus the mentions of the
///   events' participants (each checked against the title's few words).
struct TitleSignal {
    private(set) var roots: Set<String> = []
    /// For each actor index, whether the title names it (checked for the events' participants only).
    private var named: [Bool] = []

    init(doc: Document, events: [Event], actors: [Actor], words eventWords: EventWords) {
        guard let title = doc.title, !title.isEmpty, !events.isEmpty else { return }
        let bytes = Array(title.utf8)
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        let words = tokens.map { Document.normalize(bytes, $0) }
        guard !words.isEmpty else { return }
        let wordSet = Set(words)
        let norms = doc.norms
        var participants = [Bool](filled: false, count: actors.count)
        for e in events {
            if e.evidence.contains(where: { ev in
                let w = norms[ev.trigger.lowerBound]
                return wordSet.contains(w) || words.contains { TitleSignal.sameStem($0, w) }
            }) { roots.insert(e.cameo.root) }
            for a in e.sources { participants[a] = true }
            for a in e.targets { participants[a] = true }
        }
        named = [Bool](filled: false, count: actors.count)
        for (a, actor) in actors.enumerated() where participants[a] && (actor.kind == .person || actor.kind == .group) {
            named[a] = actor.mentions.contains { mention in
                var m = mention
                if m.count > 1, eventWords.words(.articles).contains(norms[m.lowerBound]) { m = m.lowerBound + 1..<m.upperBound }   // "the Hong Kong police"
                guard !m.isEmpty, wordSet.contains(norms[m.lowerBound]),
                      !(m.count == 1 && eventWords.words(.pronouns).contains(norms[m.lowerBound])) else { return false }
                return TitleSignal.occurs(norms[m], in: words)
            }
        }
    }

    /// Whether the title names one of these actors (indices into the article's actors).
    func names(_ actorIndices: [Int]) -> Bool {
        !named.isEmpty && actorIndices.contains { named[$0] }
    }

    /// Whether two words are forms of one word by their spelling: the
    /// shorter has four letters or more and all of them but its last are
    /// the longer's first ("arrest" / "arrested", "abduct" / "abduction",
    /// "kill" / "killing", "detain" / "detained"); not "details" /
    /// "detained", "arrest" / "detained".
    static func sameStem(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.first == y.first else { return false }
        let m = min(x.count, y.count)
        guard m >= 4 else { return false }
        var n = 0
        for (p, q) in zip(x, y) {
            if p != q { break }
            n += 1
        }
        return n >= m - 1
    }

    /// Whether `part` occurs as consecutive words of `words`.
    static func occurs(_ part: ArraySlice<String>, in words: [String]) -> Bool {
        guard !part.isEmpty, part.count <= words.count else { return false }
        for start in 0...(words.count - part.count) where words[start] == part.first! {
            if words[start..<start + part.count].elementsEqual(part) { return true }
        }
        return false
    }
}
