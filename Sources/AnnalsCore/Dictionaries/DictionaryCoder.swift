/// Codes events with analysts' TABARI / PETRARCH dictionaries, sentence by
/// sentence, the way TABARI's shallow parser does:
///
/// 1. discards: a sentence with a discard phrase is not coded (a `+` phrase
///    drops the whole story);
/// 2. actors: phrases by longest match, codes chosen by the story date;
///    agents compose with the actor they qualify ("Gondor police",
///    "Gondor's government", "ambassadors of Arnor", "Prime Minister
///    Romendacil"); actors joined by "and", "or", "nor" and commas form
///    compound actors;
/// 3. comma-delimited clauses of 2–10 words inside or at the end of the
///    sentence are set aside (appositions, "a senior official said");
///    "but", ";" and a conjunction before a verb start a new clause, which
///    keeps the subject of the clause before;
/// 4. in each clause the first verb that yields a code is coded: its
///    longest matching pattern, else its default code; the source is the
///    actor (compound) nearest before the verb, the target the first after
///    it, unless the pattern places them (`$`, `+`, `%`); passive voice
///    ("was opposed by X") swaps them; codes `X:Y` add the reverse event.
///
/// In TABARI style, as TABARI codes: the words of an actor phrase written
/// apart (`ITHILEN TELEVISION`) may stand apart in the text, within the
/// comma-free stretch; an event needs both a source and a target; the
/// source is the first actor of the clause, not the nearest; the comma that
/// closes an aside opens no closing clause; a capitalized word inside a
/// sentence not set in capitals, or a word after a determiner, is no verb;
/// "and [then] it VERB" starts a clause whose source is the one before, and
/// an object pronoun after the verb ("asked him") is that source too.
public struct DictionaryCoder: Sendable {
    public let dictionaries: CodingDictionaries
    public let ontology: EventOntology

    public init(dictionaries: CodingDictionaries, ontology: EventOntology) {
        self.dictionaries = dictionaries; self.ontology = ontology
    }

    /// One coded event before it becomes an `Event`.
    public struct Coded: Sendable, Equatable {
        public var source: String?
        public var target: String?
        public var code: String
        public var sentence: Int
        /// Token ranges of the source / target mentions and the verb.
        public var sourceTokens: Range<Int>?
        public var targetTokens: Range<Int>?
        public var verbTokens: Range<Int>
        public var rule: String
    }

    struct Word {
        var text: String
        var token: Int
        /// Capitalized inside a sentence that is not set in capitals: a name
        /// or a title word, not a verb (TABARI: "is about To Restore ties").
        var proper = false
    }

    struct Mention {
        var start: Int       // word index
        var end: Int         // exclusive
        var codes: [String]
        var agent: Bool      // agent only, no actor
        var null: Bool       // [+++]
    }

    /// Codes one document; `date` is the story date (YYYYMMDD) for dated actor codes.
    public func code(_ doc: Document) -> [Coded] {
        let date = doc.date.map { $0.year * 10000 + $0.month * 100 + $0.day }
        var out: [Coded] = []
        for (s, sentence) in doc.sentences.enumerated() {
            var words: [Word] = []
            for t in sentence.tokens {
                let tok = doc.tokens[t]
                switch tok.kind {
                case .word, .number, .alnum, .initialism:
                    for piece in DictWords.split(doc.norms[t]) { words.append(Word(text: piece, token: t)) }
                case .punct:
                    let n = doc.norms[t]
                    if n == "," || n == ";" || n == ":" { words.append(Word(text: n == ":" ? ";" : n, token: t)) }
                default: break
                }
            }
            guard !words.isEmpty else { continue }
            if dictionaries.style == .tabari {
                var capitalized = 0, letters = 0
                for t in sentence.tokens where doc.tokens[t].kind == .word {
                    letters += 1
                    if doc.tokens[t].isCapitalized { capitalized += 1 }
                }
                if capitalized * 2 < letters {
                    for k in words.indices.dropFirst() where words[k].token != words[0].token {
                        let tok = doc.tokens[words[k].token]
                        words[k].proper = tok.isCapitalized && !tok.isAllCaps
                    }
                }
            }
            switch codeSentence(words, sentence: s, date: date) {
            case .story: return []
            case .events(let e): out.append(contentsOf: e)
            }
        }
        return out
    }

    enum SentenceResult { case story, events([Coded]) }

    func resolve(_ entry: CodingDictionaries.ActorEntry, date: Int?) -> [String]? {
        var best: CodingDictionaries.DatedCode? = nil
        if let date {
            for c in entry.codes where !c.isDefault {
                if let f = c.from, date < f { continue }
                if let t = c.to, date > t { continue }
                // the most specific (latest-starting) range wins
                if best == nil || (c.from ?? 0) > (best!.from ?? 0) { best = c }
            }
        }
        if best == nil { best = entry.codes.first(where: \.isDefault) ?? (date == nil ? entry.codes.first : nil) }
        return best?.codes
    }

    func codeSentence(_ words: [Word], sentence s: Int, date: Int?) -> SentenceResult {
        let d = dictionaries
        let texts = words.map(\.text)
        let n = words.count
        // 1. discards
        if !d.discards.isEmpty {
            for i in 0..<n {
                if let hit = d.discards.longest(texts, at: i, end: n) {
                    return d.discards.entries[hit.entry].value ? .story : .events([])
                }
            }
        }
        // 2. actors and agents
        var mentions: [Mention] = []
        var agentAt: [(start: Int, end: Int, agent: CodingDictionaries.AgentEntry)] = []
        // words of an actor phrase found apart from its first words ("Ithilen
        // state-run television"): neither actors nor verbs of their own
        var claimed = [Bool](repeating: false, count: n)
        var i = 0
        while i < n {
            if texts[i] == "," || texts[i] == ";" || claimed[i] { i += 1; continue }
            var a: (entry: Int, length: Int, tail: [Int])? = nil
            if d.actors.hasGaps { a = d.actors.longestApart(texts, at: i, end: n) }
            else if let hit = d.actors.longest(texts, at: i, end: n) { a = (hit.entry, hit.length, []) }
            let g = d.agents.longest(texts, at: i, end: n)
            if let a, a.length + a.tail.count >= (g?.length ?? 0) {
                let entry = d.actorEntries[Int(d.actors.entries[a.entry].value)]
                if let codes = resolve(entry, date: date) {
                    if codes.contains("###") { return .events([]) }
                    if codes != ["---"] {
                        mentions.append(Mention(start: i, end: i + a.length, codes: codes, agent: false, null: codes.contains("+++")))
                    }
                }
                for t in a.tail { claimed[t] = true }
                i += a.length
                continue
            }
            if let g {
                agentAt.append((i, i + g.length, d.agents.entries[g.entry].value))
                i += g.length
                continue
            }
            i += 1
        }
        composeAgents(&mentions, agentAt, texts)
        // 3. clauses and comma-delimited asides
        var removed = [Bool](repeating: false, count: n)
        markAsides(&removed, texts, mentions)
        let vocabulary = Set(texts)
        let noRemoval = [Bool](repeating: false, count: n)
        var clauseOf = [Int](repeating: 0, count: n)
        var mentionAt = [Int](repeating: -1, count: n)
        for (k, m) in mentions.enumerated() { for w in m.start..<m.end { mentionAt[w] = k } }
        var clause = 0
        for w in 0..<n {
            if mentionAt[w] >= 0 {
            } else if texts[w] == ";" || texts[w] == "but" { clause += 1 }
            else if texts[w] == "and" || texts[w] == "or" {
                var q = w + 1
                while q < n, texts[q].hasSuffix("ly") || texts[q] == "then" || texts[q] == "also" { q += 1 }
                if q < n, mentionAt[q] < 0, isVerb(texts, q, n, noRemoval) { clause += 1 }
                else if dictionaries.style == .tabari, q + 1 < n, DictionaryCoder.subjectPronouns.contains(texts[q]),
                        mentionAt[q + 1] < 0, isVerb(texts, q + 1, n, noRemoval) { clause += 1 }
                else if q < n, mentionAt[q] >= 0 {
                    let m = mentions[mentionAt[q]]
                    if m.end < n, isVerb(texts, m.end, n, noRemoval) || (m.end + 1 < n && isVerb(texts, m.end + 1, n, noRemoval) && mentionAt[m.end + 1] < 0 && texts[m.end] != ",") { clause += 1 }
                }
            }
            clauseOf[w] = clause
        }
        var clauseStart = [Int](repeating: 0, count: n), clauseEnd = [Int](repeating: n, count: n)
        for w in 1..<max(1, n) { clauseStart[w] = clauseOf[w] == clauseOf[w - 1] ? clauseStart[w - 1] : w }
        if n > 1 { for w in stride(from: n - 2, through: 0, by: -1) { clauseEnd[w] = clauseOf[w] == clauseOf[w + 1] ? clauseEnd[w + 1] : w + 1 } }
        // 4. verbs, clause by clause
        var events: [Coded] = []
        var lastSource: [Int]? = nil
        var doneClause = -1
        var w = 0
        while w < n {
            defer { w += 1 }
            guard !removed[w], !claimed[w], mentionAt[w] < 0, clauseOf[w] != doneClause else { continue }
            // TABARI: a capitalized word, or one after a determiner ("the
            // restore", "an accord", "the promised aid"), is a noun here
            if dictionaries.style == .tabari, words[w].proper || w > 0 && DictionaryCoder.determiners.contains(texts[w - 1]) { continue }
            let cStart = clauseStart[w], cEnd = clauseEnd[w]
            guard var ev = evaluate(w, texts, cStart, cEnd, removed, mentions, mentionAt, vocabulary) else { continue }
            if ev.pattern == nil {
                // a later verb whose pattern reaches back over this one ("said it would act now") is coded instead
                var w2 = ev.span.upperBound
                while w2 < cEnd {
                    if !removed[w2], mentionAt[w2] < 0, let e2 = evaluate(w2, texts, cStart, cEnd, removed, mentions, mentionAt, vocabulary, patternsOnly: true),
                       e2.pattern != nil, let low = e2.bind.lowest, low <= ev.span.lowerBound {
                        ev = e2; break
                    }
                    w2 += 1
                }
            }
            let form = ev.form, span = ev.span, matchedPattern = ev.pattern, code = ev.code
            var bind = ev.bind
            // TABARI: `%` after the verb is a compound whose members act on
            // each other ("exchanged prisoners with Gondor and Osgiliath",
            // "fighting between Eriador and Osgiliath")
            if dictionaries.style == .tabari, bind.compound == nil, let c = bind.compoundTarget,
               compound(mentions, c, texts, removed, forwardOnly: true).count > 1 {
                bind.compound = c; bind.compoundTarget = nil
            }
            do {
                if code == "###" { return .events([]) }
                if code == "---" || code.isEmpty { doneClause = clauseOf[w]; continue }
                doneClause = clauseOf[w]
                if code == "+++" { continue }
                // roles
                let ms = mentions
                var sources: [Int] = bind.source.map { compound(ms, $0, texts, removed) } ?? []
                var targets: [Int] = bind.target.map { compound(ms, $0, texts, removed) } ?? []
                if let c = bind.compoundTarget { targets = compound(ms, c, texts, removed, forwardOnly: true) }
                let excluded = Set(sources + targets)
                // the source stands before the words the pattern matched before the verb
                let before = min(span.lowerBound, bind.lowest ?? span.lowerBound)
                if bind.compound == nil {
                    let passiveBy = passive(texts, span, cEnd, mentionAt, removed)
                    if sources.isEmpty {
                        if let by = passiveBy, !excluded.contains(by) { sources = compound(ms, by, texts, removed) }
                        else if let near = dictionaries.style == .tabari
                                    ? (cStart..<before).first(where: { !removed[$0] && mentionAt[$0] >= 0 && !excluded.contains(mentionAt[$0]) })
                                    : (cStart..<before).reversed().first(where: { !removed[$0] && mentionAt[$0] >= 0 && !excluded.contains(mentionAt[$0]) })
                                    ?? (cStart..<span.lowerBound).reversed().first(where: { !removed[$0] && mentionAt[$0] >= 0 && !excluded.contains(mentionAt[$0]) }) {
                            // a subject compound ends before the verb ("Danish shot and wounded Gondor")
                            sources = compound(ms, mentionAt[near], texts, removed).filter { ms[$0].end <= span.lowerBound }
                        } else if let inherited = lastSource, cStart > 0 {
                            sources = inherited
                        }
                    }
                    if targets.isEmpty {
                        if passiveBy != nil, bind.target == nil, let near = (cStart..<span.lowerBound).reversed().first(where: { !removed[$0] && mentionAt[$0] >= 0 && !Set(sources).contains(mentionAt[$0]) }) {
                            targets = compound(ms, mentionAt[near], texts, removed)
                        } else if let first = (span.upperBound..<cEnd).first(where: { !removed[$0] && mentionAt[$0] >= 0 && !Set(sources).contains(mentionAt[$0]) && mentionAt[$0] != passiveBy }) {
                            targets = compound(ms, mentionAt[first], texts, removed, forwardOnly: true)
                        } else if sources.isEmpty == false, bind.source != nil,
                                  let near = (cStart..<span.lowerBound).reversed().first(where: { !removed[$0] && mentionAt[$0] >= 0 && !Set(sources).contains(mentionAt[$0]) }) {
                            targets = compound(ms, mentionAt[near], texts, removed)
                        }
                    }
                    // TABARI: an object pronoun right after the verb is the
                    // source of the clause before ("Gondor asked him to …")
                    if targets.isEmpty, dictionaries.style == .tabari, let prior = lastSource, prior != sources,
                       let next = (span.upperBound..<cEnd).first(where: { !removed[$0] }),
                       DictionaryCoder.objectPronouns.contains(texts[next]) {
                        targets = prior
                    }
                    if sources.isEmpty, !targets.isEmpty, bind.target != nil,
                       let first = (span.upperBound..<cEnd).first(where: { !removed[$0] && mentionAt[$0] >= 0 && !Set(targets).contains(mentionAt[$0]) }) {
                        sources = compound(ms, mentionAt[first], texts, removed, forwardOnly: true)
                    }
                }
                lastSource = sources.isEmpty ? lastSource : sources
                let rule = matchedPattern.map { "\($0.file):\($0.line)" } ?? "\(form.file):\(form.line)"
                let parts = code.split(separator: ":").map(String.init)
                let verbTokens = words[span.lowerBound].token..<(words[span.upperBound - 1].token + 1)
                func tokens(_ m: Int?) -> Range<Int>? {
                    guard let m else { return nil }
                    return words[mentions[m].start].token..<(words[mentions[m].end - 1].token + 1)
                }
                func emit(_ src: Int?, _ tgt: Int?, _ code: String) {
                    let sm = src.map { mentions[$0] }, tm = tgt.map { mentions[$0] }
                    if sm?.null == true || tm?.null == true { return }
                    // TABARI codes an event only with both a source and a target
                    if dictionaries.style == .tabari, sm == nil || tm == nil { return }
                    if !dictionaries.allowsAgentOnly, sm?.agent == true || tm?.agent == true { return }
                    for sc in sm?.codes ?? [""] {
                        for tc in tm?.codes ?? [""] {
                            let e = Coded(source: sc.isEmpty ? nil : sc, target: tc.isEmpty ? nil : tc, code: code, sentence: s,
                                          sourceTokens: tokens(src), targetTokens: tokens(tgt), verbTokens: verbTokens, rule: rule)
                            if !events.contains(e) { events.append(e) }
                        }
                    }
                }
                if bind.compound == nil, targets.isEmpty, sources.count > 1, matchedPattern == nil || bind.source == nil {
                    // "Gondor and Osgiliath have renewed diplomatic ties": with each other
                    bind.compound = sources[0]
                }
                if let c = bind.compound {
                    let members = compound(ms, c, texts, removed)
                    for a in members { for b in members where a != b {
                        emit(a, b, parts[0])
                        if parts.count > 1 { emit(b, a, parts[1]) }
                    } }
                    if members.count < 2, !targets.isEmpty { for a in members { for t in targets { emit(a, t, parts[0]) } } }
                } else if !sources.isEmpty || !targets.isEmpty {
                    for a in sources.isEmpty ? [nil] : sources.map(Optional.some) {
                        for t in targets.isEmpty ? [nil] : targets.map(Optional.some) {
                            if a == nil && t == nil { continue }
                            if a == nil, !dictionaries.allowsAgentOnly { continue }
                            emit(a, t, parts[0])
                            if parts.count > 1, let a, let t { emit(t, a, parts[1]) }
                        }
                    }
                }
            }
        }
        return .events(events)
    }

    struct Evaluation {
        var form: CodingDictionaries.VerbForm
        var span: Range<Int>
        var code: String
        var bind: Binding
        var pattern: CodingDictionaries.Pattern?
    }

    /// The verb at `w`, if any: its longest form, the first of its block's
    /// patterns that matches, else its default code. Nil when the word is not
    /// a verb or the verb's code is `---` without a pattern.
    func evaluate(_ w: Int, _ texts: [String], _ cStart: Int, _ cEnd: Int, _ removed: [Bool],
                  _ mentions: [Mention], _ mentionAt: [Int], _ vocabulary: Set<String>, patternsOnly: Bool = false) -> Evaluation? {
        let d = dictionaries
        var forms: [(CodingDictionaries.VerbForm, Range<Int>)] = []
        for id in d.verbs.candidates(texts[w]) {
            let f = d.verbForms[Int(id)]
            if let span = verbSpan(f, texts, w, cStart, cEnd, removed) { forms.append((f, span)) }
        }
        forms.sort { $0.1.count > $1.1.count }
        let longest = d.style == .tabari
        for (form, span) in forms {
            let block = d.blocks[form.block]
            // PETRARCH: the first pattern that matches. TABARI: the one whose
            // words matched most (an alternative counts as the words it
            // matched), then the one with most letters, then the first.
            var best: Evaluation? = nil
            var bestScore = (0, 0)
            for p in block.patterns where p.required.allSatisfy({ $0.contains(where: vocabulary.contains) }) {
                if longest, best != nil, p.maxWeight < bestScore.0 { continue }
                var b = Binding()
                if matchPattern(p, texts, span, cStart, cEnd, removed, mentions, mentionAt, &b) {
                    let e = Evaluation(form: form, span: span, code: p.code, bind: b, pattern: p)
                    guard longest else { return e }
                    let score = (p.weight - p.minWords * 10 + b.words * 10, b.letters)
                    if best == nil || score > bestScore { best = e; bestScore = score }
                }
            }
            if let best { return best }
            let code = form.code ?? block.code
            if patternsOnly || code == "---" || code.isEmpty { continue }
            return Evaluation(form: form, span: span, code: code, bind: Binding(), pattern: nil)
        }
        return nil
    }

    // MARK: Agents and compounds

    func applyAgent(_ codes: [String], _ g: CodingDictionaries.AgentEntry) -> [String] {
        codes.map { c in
            if g.prefix { return c.hasPrefix(g.code) ? c : g.code + c }
            return c.count > 3 && c.dropFirst(3).contains(g.code) ? c : c + g.code
        }
    }

    func composeAgents(_ mentions: inout [Mention], _ agents: [(start: Int, end: Int, agent: CodingDictionaries.AgentEntry)], _ texts: [String]) {
        var used = [Bool](repeating: false, count: agents.count)
        // TABARI: a former official is coded as an elite ("former Gondor
        // prosecutors" GONELI), whatever the agent's own code
        let tabari = dictionaries.style == .tabari
        let elite = CodingDictionaries.AgentEntry(code: "ELI", prefix: false)
        func former(_ i: Int) -> Bool { tabari && i > 0 && texts[i - 1] == "former" }
        for (k, g) in agents.enumerated() {
            // actor [ 's ] [up to two words] agent: "Gondor police", "Gondor's main opposition group"
            if let m = mentions.lastIndex(where: { $0.end <= g.start }) {
                let gap = g.start - mentions[m].end
                let between = texts[mentions[m].end..<g.start]
                let possessive = between.first == "'s"
                // TABARI composes only "Gondor's Prime Minister", not "Dagolath's first Deputy Prime Minister"
                let reach = dictionaries.style == .tabari ? 1 : 3
                let formerBetween = tabari && gap == 1 && between.first == "former"
                if gap == 0 || formerBetween || (possessive && gap <= reach && !between.contains(",") && !between.contains("and")) {
                    mentions[m].codes = applyAgent(mentions[m].codes, formerBetween || former(mentions[m].start) ? elite : g.agent)
                    mentions[m].end = g.end
                    used[k] = true
                    // "Bree Prime Minister Romendacil": the name after the agent is the same actor
                    if m + 1 < mentions.count, mentions[m + 1].start == g.end {
                        mentions[m].end = mentions[m + 1].end
                        mentions.remove(at: m + 1)
                    }
                    continue
                }
            }
            // agent actor: "Prime Minister Romendacil"; agent of/in/from [the] actor
            if let m = mentions.firstIndex(where: { $0.start >= g.end }) {
                let between = texts[g.end..<mentions[m].start]
                if between.isEmpty || (between.count <= 2 && ["of", "in", "from"].contains(between.first!) && (between.count == 1 || between.last == "the")) {
                    mentions[m].codes = applyAgent(mentions[m].codes, former(g.start) ? elite : g.agent)
                    mentions[m].start = g.start
                    used[k] = true
                    // PETRARCH: "the ambassadors of Arnor, Osgiliath and Gondor" qualifies them all
                    if dictionaries.style == .petrarch, !between.isEmpty {
                        let ms = mentions
                        for j in compound(ms, m, texts, [Bool](repeating: false, count: texts.count), forwardOnly: true) where j != m {
                            mentions[j].codes = applyAgent(mentions[j].codes, g.agent)
                        }
                    }
                    continue
                }
            }
        }
        if dictionaries.allowsAgentOnly {
            for (k, g) in agents.enumerated() where !used[k] {
                mentions.append(Mention(start: g.start, end: g.end, codes: applyAgent(["---"], g.agent), agent: true, null: false))
            }
        }
        // in text order, without overlaps (the earlier mention keeps its words)
        mentions.sort { $0.start < $1.start || ($0.start == $1.start && $0.end > $1.end) }
        var kept: [Mention] = []
        for m in mentions {
            if let last = kept.last, m.start < last.end { continue }
            kept.append(m)
        }
        mentions = kept
    }

    static let connectors: Set<String> = [",", "and", "or", "nor"]
    static let determiners: Set<String> = ["the", "a", "an"]
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "we"]
    static let objectPronouns: Set<String> = ["him", "her", "them"]

    /// The compound actor a mention belongs to: mentions joined by "and",
    /// "or", "nor" or commas, with "the", "neither", "both" and adjectives between.
    func compound(_ mentions: [Mention], _ k: Int, _ texts: [String], _ removed: [Bool], forwardOnly: Bool = false) -> [Int] {
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard mentions[a].end <= mentions[b].start else { return false }
            let between = (mentions[a].end..<mentions[b].start).filter { !removed[$0] }.map { texts[$0] }
            guard between.contains(where: { DictionaryCoder.connectors.contains($0) }) else { return false }
            var others = 0
            for w in between where !DictionaryCoder.connectors.contains(w) {
                if w == "the" || w == "neither" || w == "both" || dictionaries.adjectives.contains(w) { continue }
                others += 1
            }
            return others <= 2 && between.count <= 6
        }
        var lo = k, hi = k
        if !forwardOnly { while lo > 0, joined(lo - 1, lo) { lo -= 1 } }
        while hi + 1 < mentions.count, joined(hi, hi + 1) { hi += 1 }
        return Array(lo...hi)
    }

    /// Comma-delimited asides of 2–10 words inside the sentence or at its
    /// end, unless they list actors of a compound.
    func markAsides(_ removed: inout [Bool], _ texts: [String], _ mentions: [Mention]) {
        let commas = texts.indices.filter { texts[$0] == "," }
        guard !commas.isEmpty else { return }
        var hasMention = [Bool](repeating: false, count: texts.count)
        for m in mentions { for w in m.start..<m.end { hasMention[w] = true } }
        var closedAside = false
        for (k, c) in commas.enumerated() {
            let end = k + 1 < commas.count ? commas[k + 1] : texts.count
            // TABARI: the comma closing an aside opens no closing clause
            // ("reports, rumored to come from Mordor, that X attacked Y")
            if dictionaries.style == .tabari, closedAside, end == texts.count { continue }
            closedAside = false
            let seg = (c + 1)..<end
            let count = seg.filter { texts[$0] != ";" }.count
            guard count >= 2, count <= 10 else { continue }
            if texts[seg].contains(";") { continue }
            // a member of a list of actors: "Evil Mordor, the awful Fornost, and good Gondor"
            if seg.contains(where: { hasMention[$0] }), end < texts.count, let next = texts[(end + 1)...].first, DictionaryCoder.connectors.contains(next) { continue }
            if seg.contains(where: { hasMention[$0] }), seg.count <= 3, seg.allSatisfy({ hasMention[$0] || texts[$0] == "the" || dictionaries.adjectives.contains(texts[$0]) }) { continue }
            for w in c..<end { removed[w] = true }
            closedAside = end < texts.count
        }
    }

    // MARK: Verbs and patterns

    func isVerb(_ texts: [String], _ i: Int, _ n: Int, _ noneRemoved: [Bool]) -> Bool {
        for id in dictionaries.verbs.candidates(texts[i]) {
            let f = dictionaries.verbForms[Int(id)]
            if f.before.isEmpty && f.after.isEmpty { return true }
            if verbSpan(f, texts, i, 0, n, noneRemoved) != nil { return true }
        }
        return false
    }

    /// The words a verb form covers around its key word at `w`, or nil.
    func verbSpan(_ f: CodingDictionaries.VerbForm, _ texts: [String], _ w: Int, _ start: Int, _ end: Int, _ removed: [Bool]) -> Range<Int>? {
        var lo = w
        for m in f.before.reversed() {
            guard lo - 1 >= start, m.matches(texts[lo - 1]) else { return nil }
            lo -= 1
        }
        var hi = w + 1
        for (m, tight) in f.after {
            if tight {
                guard hi < end, m.matches(texts[hi]) else { return nil }
                hi += 1
            } else {
                var q = hi
                while q < end, q - hi <= 3, !m.matches(texts[q]) { q += 1 }
                guard q < end, q - hi <= 3 else { return nil }
                hi = q + 1
            }
        }
        return lo..<hi
    }

    struct Binding {
        var source: Int? = nil
        var target: Int? = nil
        var compound: Int? = nil
        /// `%` after the verb: the compound is the target.
        var compoundTarget: Int? = nil
        /// The first word the pattern's lower part matched.
        var lowest: Int? = nil
        /// Words and letters the pattern's literal parts matched, for TABARI's
        /// choice of the longest matching pattern.
        var words = 0
        var letters = 0

        mutating func count(_ seq: [WordMatcher]) {
            words += seq.count
            for m in seq { letters += m.text.utf8.count }
        }
    }

    func matchPattern(_ p: CodingDictionaries.Pattern, _ texts: [String], _ span: Range<Int>, _ start: Int, _ end: Int,
                      _ removed: [Bool], _ mentions: [Mention], _ mentionAt: [Int], _ b: inout Binding) -> Bool {
        var trial = b
        guard matchUpper(p.upper[...], texts, span.upperBound, end, removed, mentions, mentionAt, &trial, first: true) else { return false }
        guard matchLower(p.lower[...], texts, span.lowerBound - 1, start, removed, mentions, mentionAt, &trial, first: true) else { return false }
        b = trial
        return true
    }

    /// Words of an alternative matching forward from `p`; returns the next position.
    func seqForward(_ seq: [WordMatcher], _ texts: [String], _ p: Int, _ end: Int, _ removed: [Bool]) -> Int? {
        var q = p
        for (k, m) in seq.enumerated() {
            while q < end, removed[q] { q += 1 }
            if k > 0, m.gap {
                // up to three other words may stand before a word written apart
                var r = q, skipped = 0
                while r < end, skipped <= 3, !m.matches(texts[r]) { if !removed[r] { skipped += 1 }; r += 1 }
                guard r < end, skipped <= 3 else { return nil }
                q = r + 1
                continue
            }
            guard q < end, m.matches(texts[q]) else { return nil }
            q += 1
        }
        return q
    }

    func seqBackward(_ seq: [WordMatcher], _ texts: [String], _ p: Int, _ start: Int, _ removed: [Bool]) -> Int? {
        var q = p
        var apart = false   // the word matched last (the next in text order) was written apart
        for m in seq.reversed() {
            while q >= start, removed[q] { q -= 1 }
            if apart {
                var r = q, skipped = 0
                while r >= start, skipped <= 3, !m.matches(texts[r]) { if !removed[r] { skipped += 1 }; r -= 1 }
                guard r >= start, skipped <= 3 else { return nil }
                q = r - 1
            } else {
                guard q >= start, m.matches(texts[q]) else { return nil }
                q -= 1
            }
            apart = m.gap
        }
        return q
    }

    func matchUpper(_ items: ArraySlice<CodingDictionaries.PatternItem>, _ texts: [String], _ p: Int, _ end: Int, _ removed: [Bool],
                    _ mentions: [Mention], _ mentionAt: [Int], _ b: inout Binding, first: Bool) -> Bool {
        guard let item = items.first else { return true }
        let rest = items.dropFirst()
        var p = p
        while p < end, removed[p] { p += 1 }
        // where this item may start: here only when tight, else anywhere ahead in the clause
        let last = item.tight ? min(p, end - 1) : end - 1
        switch item.element {
        case .skip:
            // a noun phrase: past the next actor within four words, else one or more words
            var q = p + 1
            if p < end, let a = (p..<min(end, p + 4)).first(where: { mentionAt[$0] >= 0 }) { q = min(end, mentions[mentionAt[a]].end) }
            while q <= end {
                var t = b
                if matchUpper(rest, texts, q, end, removed, mentions, mentionAt, &t, first: false) { b = t; return true }
                q += 1
            }
            return false
        case .source, .target, .compound:
            guard p <= last else { return false }
            var q = p
            while q <= last {
                if mentionAt[q] >= 0, !removed[q] {
                    let k = mentionAt[q]
                    var t = b
                    switch item.element {
                    case .source: t.source = k
                    case .target: t.target = k
                    default: t.compoundTarget = k
                    }
                    if matchUpper(rest, texts, min(end, mentions[k].end), end, removed, mentions, mentionAt, &t, first: false) { b = t; return true }
                    return false
                }
                q += 1
            }
            return false
        case .words(let alts):
            guard p <= last else { return false }
            var q = p
            while q <= last {
                for seq in alts {
                    if let next = seqForward(seq, texts, q, end, removed) {
                        var t = b
                        t.count(seq)
                        if matchUpper(rest, texts, next, end, removed, mentions, mentionAt, &t, first: false) { b = t; return true }
                    }
                }
                q += 1
            }
            return false
        }
    }

    func matchLower(_ items: ArraySlice<CodingDictionaries.PatternItem>, _ texts: [String], _ p: Int, _ start: Int, _ removed: [Bool],
                    _ mentions: [Mention], _ mentionAt: [Int], _ b: inout Binding, first: Bool) -> Bool {
        guard let item = items.last else { return true }
        let rest = items.dropLast()
        var p = p
        while p >= start, removed[p] { p -= 1 }
        let lowest = item.tight ? max(p, start) : start
        switch item.element {
        case .skip:
            var q = p - 1
            if let a = stride(from: p, to: max(start - 1, p - 4), by: -1).first(where: { $0 >= 0 && mentionAt[$0] >= 0 }) { q = mentions[mentionAt[a]].start - 1 }
            while q >= start - 1 {
                var t = b
                if matchLower(rest, texts, q, start, removed, mentions, mentionAt, &t, first: false) { b = t; return true }
                q -= 1
            }
            return false
        case .source, .target, .compound:
            guard p >= lowest else { return false }
            var q = p
            while q >= lowest {
                if mentionAt[q] >= 0, !removed[q] {
                    let k = mentionAt[q]
                    var t = b
                    switch item.element {
                    case .source: t.source = k
                    case .target: t.target = k
                    default:
                        if compound(mentions, k, texts, removed).count < 2 { return false }
                        t.compound = k
                    }
                    t.lowest = mentions[k].start
                    if matchLower(rest, texts, max(start, mentions[k].start) - 1, start, removed, mentions, mentionAt, &t, first: false) { b = t; return true }
                    return false
                }
                q -= 1
            }
            return false
        case .words(let alts):
            guard p >= lowest else { return false }
            var q = p
            while q >= lowest {
                for seq in alts {
                    if let next = seqBackward(seq, texts, q, start, removed) {
                        var t = b
                        t.lowest = next + 1
                        t.count(seq)
                        if matchLower(rest, texts, next, start, removed, mentions, mentionAt, &t, first: false) { b = t; return true }
                    }
                }
                q -= 1
            }
            return false
        }
    }

    static let be: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]

    /// Passive voice: "was [adverb] VERBed [words] by X" — the mention X.
    func passive(_ texts: [String], _ span: Range<Int>, _ end: Int, _ mentionAt: [Int], _ removed: [Bool]) -> Int? {
        var q = span.lowerBound - 1
        while q >= 0, texts[q].hasSuffix("ly") { q -= 1 }
        guard q >= 0, DictionaryCoder.be.contains(texts[q]) else { return nil }
        var r = span.upperBound
        while r < end, r - span.upperBound <= 3 {
            if texts[r] == "by", r + 1 < end, mentionAt[r + 1] >= 0 { return mentionAt[r + 1] }
            if texts[r] == "by", r + 2 < end, texts[r + 1] == "the", mentionAt[r + 2] >= 0 { return mentionAt[r + 2] }
            r += 1
        }
        return nil
    }
}

extension CodingDictionaries {
    /// PETRARCH codes agents with no actor ("---GOV"); TABARI leaves them out.
    var allowsAgentOnly: Bool { style == .petrarch }
}
