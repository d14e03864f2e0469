/// Codes events from the patterns: for each trigger word in a sentence, the
/// longest pattern that matches around it gives the CAMEO code; its slots
/// give source and target actors; the nearest time expression dates it.
///
/// - Source: the pattern's SRC slot, else the subject — the nearest actor
///   mention before the trigger in its sentence ("they" and "it" resolve to
///   the last organization, group or country named before); a verb joined
///   by "and" to the verb before it shares that verb's source ("students
///   clashed with police and vandalized buses": the students).
/// - Passive ("was shelled by X"): the subject is the target, X the source.
/// - Negation ("did not", "refused to") marks the event negated; "will",
///   "plans to", "threatened to" set its modality.
/// - Date: the time expression nearest the trigger in its clause, else a date
///   of saying next to it ("…, activists said Monday", basis inferred), else the
///   last one earlier in its paragraph, else the publication date; an
///   event-anchored ordinal ("the 14th day of the blockade") dates the anchor
///   event to its implied start.
/// - The same event reported twice (same CAMEO root, same date or one
///   without a stated date, compatible actors) is one event with two pieces
///   of evidence; a stated date of the later mention replaces an unstated one.
public final class EventCoder: Sendable {
    public let ontology: EventOntology
    public let patterns: EventPatterns
    /// `patterns.triggerTable` by word id (`Document.wordIDs`), made by
    /// `registered(into:)`: the index of each trigger form in `triggers`.
    fileprivate let triggerOfWord: WordIndex
    fileprivate let triggers: [Trigger]
    /// The function-word lists (`words`) each word id is in, as bits
    /// (`EventWords.List.rawValue`), made by `registered(into:)`; -1 for none.
    fileprivate let listsOfWord: WordIndex
    /// The function-word lists of a word as bits (`1 << List.rawValue`), at the index `listsOfWord`
    /// gives: 64 lists fit (`EventWordsTests` checks the count).
    fileprivate let listMasks: [UInt64]

    /// One trigger form's patterns, with the words required after the
    /// trigger by word id.
    struct Trigger: Sendable {
        var entry: EventPatterns.TriggerEntry
        /// `entry.byNext` by word id, in id order; empty when read by string.
        var next: [(word: Int32, forms: [EventPatterns.Form])]
        /// Whether a phrase of `notEvents` has this trigger form ("heart [attack]").
        var inNotEventPhrase = false

        /// The patterns requiring word `id` after the trigger.
        func forms(after id: Int32) -> [EventPatterns.Form]? {
            let k = index(after: id)
            return k >= 0 ? next[k].forms : nil
        }

        /// The index in `next` of the patterns requiring word `id` after the trigger, -1 for none.
        @inline(__always) func index(after id: Int32) -> Int {
            var lo = 0, hi = next.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if next[mid].word < id { lo = mid + 1 } else { hi = mid }
            }
            return lo < next.count && next[lo].word == id ? lo : -1
        }
    }

    /// Phrases in which a trigger names no event ("a heart attack").
    public let notEvents: NotEventPhrases

    /// The patterns compiled for matching (`MatchPlan`), built once by `init`.
    let plan: MatchPlan
    /// `plan`'s literal word numbers by word id, made by `registered(into:)`:
    /// a document built with its classes tests a pattern word by number.
    fileprivate let literalOfWord: WordIndex
    /// The words some ACLED sentence-word rule looks for, by word id (0 for
    /// one of them), made by `registered(into:)`.
    fileprivate let acledWordOfWord: WordIndex

    /// The function words tested around triggers: negators, modals, clause openers.
    public let words: EventWords

    /// Sector set `people-of` (`events/pattern-sets.tsv`): people named after
    /// what they belong to ("residents of", "supporters of") act themselves.
    let peopleOf: UInt32
    /// Sector set `not-at-play`: an act of force an armed or police group
    /// takes part in is no game, even in a sports document.
    let notAtPlay: UInt32
    /// Word set `planned-modifiers`: one of them may stand between a word of
    /// plan and the noun event planned ("plan nationwide demonstrations").
    let plannedModifiers: Set<String>

    public init(ontology: EventOntology, patterns: EventPatterns, words: EventWords, notEvents: NotEventPhrases = .none) {
        self.ontology = ontology; self.patterns = patterns; self.words = words; self.notEvents = notEvents
        plan = MatchPlan(patterns, particles: words.words(.passiveParticles))
        peopleOf = MatchPlan.sectorMask(patterns.sets.sectors["people-of"] ?? [])
        notAtPlay = MatchPlan.sectorMask(patterns.sets.sectors["not-at-play"] ?? [])
        triggerOfWord = WordIndex(); triggers = []; listsOfWord = WordIndex(); listMasks = []
        literalOfWord = WordIndex(); acledWordOfWord = WordIndex()
        plannedModifiers = Set(patterns.sets.words["planned-modifiers"] ?? [])
    }

    /// `coder` with the tables by word id that `registered(into:)` made.
    private init(_ coder: EventCoder, triggerOfWord: WordIndex, triggers: [Trigger], listsOfWord: WordIndex,
                 listMasks: [UInt64], literalOfWord: WordIndex, acledWordOfWord: WordIndex) {
        ontology = coder.ontology; patterns = coder.patterns; words = coder.words; notEvents = coder.notEvents
        plan = coder.plan; peopleOf = coder.peopleOf; notAtPlay = coder.notAtPlay; plannedModifiers = coder.plannedModifiers
        self.triggerOfWord = triggerOfWord; self.triggers = triggers; self.listsOfWord = listsOfWord
        self.listMasks = listMasks; self.literalOfWord = literalOfWord; self.acledWordOfWord = acledWordOfWord
    }

    /// Registers the words this layer tests per token, and returns this
    /// coder keeping the trigger table by their ids: a document built with
    /// `classes` then finds a token's trigger entry without hashing its string.
    /// (A class of constants: the runs of every article hold it by reference.)
    public func registered(into classes: inout WordClasses) -> EventCoder {
        var triggerOfWord = WordIndex()
        var triggers: [Trigger] = []
        var listsOfWord = WordIndex()
        var listMasks: [UInt64] = []
        var literalOfWord = WordIndex()
        var acledWordOfWord = WordIndex()
        // (in number order, so the ids do not depend on the table's hashing)
        for n in 0..<Int32(plan.wordCount) { literalOfWord[classes.add(plan.table.word(ofID: n), [])] = n }
        for w in ontology.acledRules.sentenceWords.sorted() { acledWordOfWord[classes.add(w, [])] = 0 }
        for list in EventWords.List.allCases {
            for w in words.words(list) {
                let id = classes.add(w, [])
                if listsOfWord[id] < 0 {
                    listsOfWord[id] = Int32(listMasks.count)
                    listMasks.append(0)
                }
                listMasks[Int(listsOfWord[id])] |= 1 << UInt64(list.rawValue)
            }
        }
        // Forms sharing one entry share its follow-on words: added and sorted
        // once (the later forms would find every word already added, so the
        // ids are the same).
        var nextOfShared: [Int: [(word: Int32, forms: [EventPatterns.Form])]] = [:]
        for (form, entry) in patterns.triggerTable {
            let next: [(word: Int32, forms: [EventPatterns.Form])]
            if entry.shared >= 0, let done = nextOfShared[entry.shared] {
                next = done
            } else {
                var made = entry.byNext.map { (word: classes.add($0.key, .eventNextWord), forms: $0.value) }
                made.sort { $0.word < $1.word }
                if entry.shared >= 0 { nextOfShared[entry.shared] = made }
                next = made
            }
            triggerOfWord[classes.add(form, .eventTrigger)] = Int32(triggers.count)
            triggers.append(Trigger(entry: entry, next: next, inNotEventPhrase: notEvents.byTrigger[form] != nil))
        }
        return EventCoder(self, triggerOfWord: triggerOfWord, triggers: triggers, listsOfWord: listsOfWord,
                          listMasks: listMasks, literalOfWord: literalOfWord, acledWordOfWord: acledWordOfWord)
    }

    /// The follow-on table `registered(into:)` made for trigger `form`, read back
    /// through `classes` (for tests); nil when `form` was not registered.
    func registeredNext(of form: String, in classes: WordClasses) -> [String: [EventPatterns.Form]]? {
        let id = classes.id(of: form)
        guard id >= 0, triggerOfWord[id] >= 0 else { return nil }
        let next = triggers[Int(triggerOfWord[id])].next
        return Dictionary(next.map { (classes.word(ofID: $0.word), $0.forms) }, uniquingKeysWith: { a, _ in a })
    }

    /// The trigger form at token `t` of `doc`: by word id when the document
    /// has ids and this coder registered its words, else by the token's
    /// normalized form.
    func trigger(at t: Int, in doc: Document) -> Trigger? {
        if !doc.wordIDs.isEmpty && !triggers.isEmpty {
            let k = triggerOfWord[doc.wordIDs[t]]
            return k >= 0 ? triggers[Int(k)] : nil
        }
        return patterns.triggerTable[doc.norms[t]].map { Trigger(entry: $0, next: [], inNotEventPhrase: notEvents.byTrigger[doc.norms[t]] != nil) }
    }

    /// The patterns of `trigger` that require token `k` of `doc` after it.
    func forms(_ trigger: Trigger, after k: Int, in doc: Document) -> [EventPatterns.Form]? {
        if !doc.wordIDs.isEmpty && !triggers.isEmpty { return trigger.forms(after: doc.wordIDs[k]) }
        return trigger.entry.byNext[doc.norms[k]]
    }

    public static func builtIn() throws -> EventCoder {
        let ontology = try EventOntology.builtIn()
        return EventCoder(ontology: ontology, patterns: try .builtIn(ontology: ontology), words: try .builtIn(), notEvents: try .builtIn())
    }

    /// - Complexity: linear in tokens, with bounded look-around per trigger.
    /// Events inside quotations are speech, not reports: their words trigger nothing.
    public func code(_ doc: Document, times: [TimeExpression], actors: [Actor], quotes: [Quote] = []) -> [Event] {
        let run = EventRun(doc: doc, coder: self, times: times, actors: actors, quotes: quotes)
        return run.code()
    }

    /// Gives the ACLED views that depend on where an event happened
    /// (`acled-rules.tsv` rules with the `actor-at-home` cue: ground a state's
    /// own forces take in their own country is ground the government
    /// regains), once events have places; `placeCountry` is the country of a
    /// place of `Analysis.places` by index.
    public func placeViews(_ events: inout [Event], doc: Document, actors: [Actor], placeCountry: (Int) -> String?) {
        let rules = ontology.acledRules
        guard rules.looksAtPlaces else { return }
        var bySentence: [Int: [Int]] = [:]   // the events of each sentence, for the rules that look at the others
        for k in events.indices { bySentence[events[k].evidence[0].sentence, default: []].append(k) }
        for k in events.indices {
            guard let p = events[k].place, !events[k].sources.isEmpty else { continue }
            let e = events[k], sentence = e.evidence[0].sentence
            let others = bySentence[sentence, default: []].filter { $0 != k }.map { events[$0].cameo.code }
            events[k].cameo.acled = rules.placedView(of: ACLEDRules.Event(
                code: e.cameo.code, view: e.cameo.acled, source: e.sources.first, target: e.targets.first, actors: actors,
                trigger: doc.norms[e.evidence[0].trigger.lowerBound], sentence: doc.norms[doc.sentences[sentence].tokens],
                tokens: doc.tokens[doc.sentences[sentence].tokens], sentenceCodes: others, placeCountry: placeCountry(p)))
            if events[k].cameo.acled != e.cameo.acled { giveMode(&events[k], doc: doc, actors: actors) }
        }
    }

    /// Gives an event the PLOVER mode that its trigger, its sentence and its
    /// ACLED view call for (`plover-modes.tsv`), or its CAMEO code's own
    /// mode when no rule matches. Run again whenever the ACLED view changes.
    func giveMode(_ e: inout Event, doc: Document, actors: [Actor]) {
        let rules = ontology.ploverModes
        guard let type = e.cameo.plover?.type, rules.types.contains(type) else { return }
        let s = e.evidence[0].sentence
        let seen = ACLEDRules.Event(code: e.cameo.code, view: e.cameo.acled, source: e.sources.first, target: e.targets.first,
                                    actors: actors, trigger: doc.norms[e.evidence[0].trigger.lowerBound],
                                    sentence: doc.norms[doc.sentences[s].tokens],
                                    tokens: doc.tokens[doc.sentences[s].tokens], sentenceCodes: [])
        e.cameo.plover?.mode = rules.mode(type: type, of: seen) ?? ontology.cameo(e.cameo.code)?.plover?.mode
    }

    /// Drops from a document of the sports topic the acts of force it tells
    /// of as play: an event of CAMEO roots 18-20, not a killing (1823), whose
    /// trigger is a `game-verb` ("Wales have beaten France", "Chelsea
    /// attacked down the left") and none of whose actors is an armed or police
    /// group (sector set `not-at-play`). Run once the topics are known; linear in the events.
    public func dropGames(_ events: inout [Event], doc: Document, actors: [Actor]) {
        let games = words.words(.gameVerbs)
        events.removeAll { e in
            guard EventRun.isViolent(e.cameo.code), !e.cameo.code.hasPrefix("1823"), let ev = e.evidence.first,
                  games.contains(doc.norms[ev.trigger.lowerBound]) else { return false }
            return !(e.sources + e.targets).contains { MatchPlan.sectorBit(actors[$0].sector) & notAtPlay != 0 }
        }
    }
}

extension ACLEDRules.Event {
    /// What the rules see of an event whose first actor and first recipient
    /// are `source` and `target` (indices into `actors`).
    init(code: String, view: EventOntology.ACLEDView?, source: Int?, target: Int?, actors: [Actor], trigger: String,
         sentence: ArraySlice<String>, tokens: ArraySlice<Token>, sentenceCodes: [String], placeCountry: String? = nil) {
        self.init(code: code, view: view, actorSector: source.flatMap { actors[$0].sector }, recipientSector: target.flatMap { actors[$0].sector },
                  actorName: source.map { actors[$0].name }, recipientName: target.map { actors[$0].name },
                  trigger: trigger, sentence: sentence, sentenceCodes: sentenceCodes,
                  actorCountry: source.flatMap { actors[$0].country }, placeCountry: placeCountry)
        self.tokens = tokens
    }
}

private struct EventRun {
    let doc: Document
    let coder: EventCoder
    let times: [TimeExpression]
    let actors: [Actor]
    let tokens: [Token]
    let norms: [String]
    /// The function words tested around triggers (`events/function-words.tsv`).
    let words: EventWords
    /// Actor whose mention starts / ends at a token.
    var actorStart: [Int32]
    var actorEnd: [Int32]
    var mentionEndAt: [Int32]
    var mentionStartAt: [Int32]
    /// Time expression covering a token.
    var timeAt: [Int32]
    /// Tokens inside quoted or reported speech.
    var quoted: [Bool]
    /// Whether the document's word ids are the coder's (`isWord(_:in:)` reads them).
    let byID: Bool
    /// Whether pattern words are read by word id (`literalNumber`).
    let literalsByID: Bool
    /// Whether triggers are found by word id (`EventCoder.triggerOfWord`).
    let triggersByID: Bool

    init(doc: Document, coder: EventCoder, times: [TimeExpression], actors: [Actor], quotes: [Quote]) {
        self.doc = doc; self.coder = coder; self.times = times; self.actors = actors
        tokens = doc.tokens; norms = doc.norms; words = coder.words
        byID = !doc.wordIDs.isEmpty && !coder.listsOfWord.isEmpty
        literalsByID = !doc.wordIDs.isEmpty && !coder.literalOfWord.isEmpty
        triggersByID = !doc.wordIDs.isEmpty && !coder.triggers.isEmpty
        let n = doc.tokens.count
        actorStart = [Int32](filled: -1, count: n)
        actorEnd = [Int32](filled: -1, count: n)
        mentionEndAt = [Int32](filled: -1, count: n)
        mentionStartAt = [Int32](filled: -1, count: n)
        for (a, actor) in actors.enumerated() {
            for m in actor.mentions where !m.isEmpty {
                if actorStart[m.lowerBound] < 0 { actorStart[m.lowerBound] = Int32(a); mentionEndAt[m.lowerBound] = Int32(m.upperBound) }
                if actorEnd[m.upperBound - 1] < 0 { actorEnd[m.upperBound - 1] = Int32(a); mentionStartAt[m.upperBound - 1] = Int32(m.lowerBound) }
            }
        }
        timeAt = [Int32](filled: -1, count: n)
        for (k, t) in times.enumerated() { for i in t.tokens where i < n { timeAt[i] = Int32(k) } }
        quoted = [Bool](filled: false, count: n)
        var i = 0
        for q in quotes.sorted(by: { $0.start < $1.start }) where q.kind != .indirect {
            while i < n, Int(doc.tokens[i].start) < q.start { i += 1 }
            var j = i
            while j < n, Int(doc.tokens[j].end) <= q.end { quoted[j] = true; j += 1 }
        }
    }

    /// A pattern's match: its source and target actors, and the token after
    /// its last word (0 for a passive reading, whose words are not in order).
    struct Binding { var src: Int? = nil; var tgt: Int? = nil; var end = 0 }

    /// Whether token `q`'s word is in the function-word list `list`: by word
    /// id when the document has the coder's ids, else by its string.
    @inline(__always) func isWord(_ q: Int, in list: EventWords.List) -> Bool {
        guard byID else { return words.words(list).contains(norms[q]) }
        let at = coder.listsOfWord[doc.wordIDs[q]]
        return at >= 0 && coder.listMasks[Int(at)] & (1 << UInt64(list.rawValue)) != 0
    }

    // MARK: Slots

    /// Whether actor `a` is bound and its sector is one of `mask`'s (`MatchPlan.sectorBit`).
    func bound(_ a: Int?, hasSectorIn mask: UInt32) -> Bool {
        guard let a else { return false }
        return MatchPlan.sectorBit(actors[a].sector) & mask != 0
    }

    /// An actor mention at or just after `p` (past up to four words of a role
    /// phrase: "his Azerbaijani counterpart Ilham Aliyev").
    func slotForward(_ p: Int, _ end: Int) -> (actor: Int, next: Int)? {
        var q = p
        while q < end, q - p <= 4 {
            if actorStart[q] >= 0 { return (Int(actorStart[q]), Int(mentionEndAt[q])) }
            // a count may stand before the actor: "killed 12 insurgents", "arrested 15 protesters"
            guard tokens[q].kind == .word || tokens[q].kind == .initialism || tokens[q].kind == .number, timeAt[q] < 0 else { return nil }
            q += 1
        }
        return nil
    }

    /// An actor mention ending at or just before `p` (looking back past
    /// commas, adverbs, relative pronouns and a time expression: "Gunmen on
    /// Sunday raided", "Students last week occupied").
    func slotBackward(_ p: Int, _ start: Int) -> (actor: Int, next: Int)? {
        var q = p
        var skipped = 0
        while q >= start, skipped <= 3 {
            if actorEnd[q] >= 0 { return (Int(actorEnd[q]), Int(mentionStartAt[q]) - 1) }
            if timeAt[q] >= 0 {
                // the whole expression and the preposition before it count as one word skipped
                q = times[Int(timeAt[q])].tokens.lowerBound - 1
                if q >= start, isWord(q, in: .dateOpeners) { q -= 1 }
                skipped += 1
                continue
            }
            // a bracket after the name counts as one word skipped: ACLED's actor names
            // carry their years ("Military Forces of Myanmar (2021-) bombed")
            if norms[q] == ")", let open = openingParenthesis(before: q, start) {
                q = open - 1; skipped += 1
                continue
            }
            guard isWord(q, in: .subjectSkips) else { return nil }
            q -= 1; skipped += 1
        }
        return nil
    }

    /// The "(" that opens the bracket closed at `close`, within six tokens
    /// before it, with no actor, other bracket or sentence end inside.
    func openingParenthesis(before close: Int, _ start: Int) -> Int? {
        var q = close - 1
        while q >= start, close - q <= 6 {
            if norms[q] == "(" { return q > start ? q : nil }
            if norms[q] == ")" || actorEnd[q] >= 0 || Segmenter.isTerminal(norms[q]) { return nil }
            q -= 1
        }
        return nil
    }

    /// The subject of a trigger: the nearest actor mention before it in the
    /// sentence, or the actor a sentence-initial pronoun stands for.
    func subject(before t: Int, sentenceStart: Int) -> Int? {
        var q = t - 1
        var pronoun: Int? = nil
        var skipped = 0
        while q >= sentenceStart, t - q - skipped <= 12 {
            // a relative clause set off by commas before the verb tells about the subject
            // and names no subject of its own ("the lawyer Anna Petrova, who was beaten
            // by soldiers in 2019, was arrested": Anna Petrova)
            if norms[q] == ",", let open = asideOpener(endingAt: q, sentenceStart: sentenceStart) {
                skipped += q - open + 1
                q = open - 1
                continue
            }
            if actorEnd[q] >= 0 {
                // an actor inside a relative clause without commas that has its own verb before
                // it tells about the subject ("an activist who called for Xi Jinping to step down
                // has been charged": not Xi Jinping); the subject is the actor the clause follows,
                // if one is named. An actor right before the trigger (adverbs in -ly between) is its
                // subject ("residents who said police brutally beat them": police), and so is one
                // before "to" and the trigger, which may stand in the clause ("who called for Xi
                // Jinping to step down": Xi Jinping)
                var v = q + 1
                while v < t, tokens[v].kind == .word, norms[v].hasASCIISuffix("ly") { v += 1 }
                let m = Int(mentionStartAt[q])
                if v < t, norms[t - 1] != "to", let open = restrictiveRelativeOpener(before: m, sentenceStart: sentenceStart) {
                    return open > sentenceStart && actorEnd[open - 1] >= 0 ? Int(actorEnd[open - 1]) : nil
                }
                // people named after what they belong to ("Residents of Yerevan protested",
                // "supporters of Nikol Pashinyan blocked streets"): the people act, not the place,
                // the person or the party named after "of"
                if m >= sentenceStart + 2, norms[m - 1] == "of", actorEnd[m - 2] >= 0,
                   case let head = Int(actorEnd[m - 2]), actors[head].kind == .group,
                   bound(head, hasSectorIn: coder.peopleOf) {
                    return head
                }
                // what an act was done to ("the car bombing of a CRPF convoy that killed 40
                // troopers", "the attack on a police station killed five"): the act's noun
                // heads the subject, and the actor after it did nothing
                if isActObject(m, sentenceStart: sentenceStart) { return nil }
                return Int(actorEnd[q])
            }
            if ["they", "it", "we"].contains(norms[q]) { pronoun = q; break }   // a pronoun subject nearer than any name
            if Segmenter.isTerminal(norms[q]) || norms[q] == ";" { break }
            q -= 1
        }
        // "They appealed …": the group that was the subject of the sentence before,
        // else the last organization, group or country named before
        if let pronoun, pronoun == sentenceStart, case let s = doc.sentenceIndex(ofToken: sentenceStart), s > 0 {
            let prev = doc.sentences[s - 1].tokens
            if let first = prev.first(where: { actorStart[$0] >= 0 }), actors[Int(actorStart[first])].kind != .person {
                return Int(actorStart[first])
            }
        }
        if let pronoun {
            var best: (token: Int, actor: Int)? = nil
            for (a, actor) in actors.enumerated() where actor.kind != .person {
                for m in actor.mentions where m.lowerBound < pronoun {
                    if best == nil || m.lowerBound > best!.token { best = (m.lowerBound, a) }
                }
            }
            return best?.actor
        }
        return nil
    }

    /// Whether the actor mention starting at `m` stands after an act's noun
    /// and "of", "on" or "against" (an article or a possessive may stand
    /// between: "the bombing of a CRPF convoy", "the attack on their post"):
    /// the one the act was done to (`act-noun`).
    func isActObject(_ m: Int, sentenceStart: Int) -> Bool {
        var p = m - 1
        if p > sentenceStart, isWord(p, in: .articles) || isWord(p, in: .possessives) { p -= 1 }
        guard p - 1 >= sentenceStart, norms[p] == "of" || norms[p] == "on" || norms[p] == "against" else { return false }
        return isWord(p - 1, in: .actNouns)
    }

    /// The subject a verb shares with the verb before it when the two are
    /// joined by "and" ("students clashed with police and vandalized shops":
    /// the students vandalized): the source of the sentence's last event
    /// before `t` that has one, when an actor is named between that event's
    /// trigger and `t` (its object, which the nearest-actor rule would take
    /// for the subject). "and" must stand right before the verb, so a clause
    /// with its own subject ("and police fired") keeps it, and no comma,
    /// semicolon, colon or dash may stand between the two verbs.
    /// A participle clause after a comma shares the subject the same way
    /// ("gunmen opened fire on worshippers, killing 66": the gunmen killed).
    func sharedSubject(_ t: Int, start: Int, events: ArraySlice<Event>, bindings: [Binding]) -> Int? {
        guard t - 1 > start, norms[t - 1] == "and" || (norms[t - 1] == "," && norms[t].hasASCIISuffix("ing")) else { return nil }
        for (k, e) in zip(events.indices, events).reversed() {
            let p = e.evidence[0].trigger.lowerBound
            guard p < t, let src = bindings[k - events.startIndex].src else { continue }
            // one clause: no comma, semicolon, colon or dash between the two verbs
            // ("Reagan, responding to the report criticising his role, said ... and accepted")
            var named = false
            for q in (p + 1)..<(t - 1) {
                if tokens[q].kind == .dash || norms[q] == "," || norms[q] == ";" || norms[q] == ":" { return nil }
                if actorEnd[q] >= 0 { named = true }
            }
            return named ? src : nil
        }
        return nil
    }

    /// The relative pronoun ("who", "which") that opens a clause without
    /// commas in which the actor mention starting at `m` stands after the
    /// clause's own words ("who called for Xi Jinping"), within 8 tokens of
    /// the sentence before `m` and with no punctuation or other actor
    /// between, nor another clause opener ("after"). An actor right after the
    /// pronoun is the clause's subject ("the man who police arrested"), and a
    /// pronoun after a comma opens an aside (`asideOpener`): neither counts.
    func restrictiveRelativeOpener(before m: Int, sentenceStart: Int) -> Int? {
        var q = m - 1
        var words = 0
        while q > sentenceStart, m - q <= 8 {
            if tokens[q].kind != .word || actorEnd[q] >= 0 { return nil }
            // (a capitalized "Who" mid-sentence is a name's: "the return of Doctor Who")
            if isWord(q, in: .relativeOpeners) {
                return words > 0 && norms[q - 1] != "," && !tokens[q].isCapitalized ? q : nil
            }
            // another clause opener between opens a clause of its own, which may hold the
            // trigger ("residents who fled after police had beaten them": police)
            if isWord(q, in: .clauseOpeners) { return nil }
            if !isWord(q, in: .articles) { words += 1 }
            q -= 1
        }
        return nil
    }

    /// The comma that opens a relative clause (", who …") closed by the comma
    /// at `close`, if the clause has no other comma, dash or bracket and at
    /// most 25 tokens.
    func asideOpener(endingAt close: Int, sentenceStart: Int) -> Int? {
        var q = close - 1
        while q > sentenceStart, close - q <= 25 {
            let w = norms[q]
            if w == "," || w == ";" || w == "(" || w == ")" || tokens[q].kind == .dash || Segmenter.isTerminal(w) { return nil }
            if isWord(q, in: .relativeOpeners) { return norms[q - 1] == "," ? q - 1 : nil }
            q -= 1
        }
        return nil
    }

    /// The source and the actors joined to it before the trigger: "France and
    /// Germany urged", "Armenian and Azerbaijani troops clashed", "Iran, Iraq
    /// and Syria agreed" are one event with every conjunct as an actor, in text
    /// order. The source's mention must end before the trigger (a passive's
    /// "by X" after it stays alone); the conjunct next to it is joined by
    /// "and"; `other` (the target) is never joined.
    func coordinated(_ a: Int, before t: Int, sentenceStart: Int, not other: Int?) -> [Int] {
        var q = t - 1
        while q >= sentenceStart, Int(actorEnd[q]) != a { q -= 1 }
        guard q >= sentenceStart else { return [a] }
        var out = [a]
        var start = Int(mentionStartAt[q])
        // the conjunct next to the source is joined by "and" (a comma alone is as often an
        // apposition: "the ministry, Kayode Oyekanmi"); those before it by commas ("A, B and C")
        while start - 2 >= sentenceStart, norms[start - 1] == "and" || (out.count > 1 && norms[start - 1] == ","), actorEnd[start - 2] >= 0 {
            let b = Int(actorEnd[start - 2])
            guard b != other, !out.contains(b) else { break }
            out.insert(b, at: 0)
            start = Int(mentionStartAt[start - 2])
        }
        return out
    }

    /// Whether the participle at `t` is joined by "and" or "or" to a passive's
    /// participle before it and shares its "by" agent: "was abducted and raped
    /// by armed men", "were beaten, robbed and stripped by soldiers". The
    /// conjuncts are single words (a comma may join more), the first stands
    /// after a form of be (an adverb may stand between: "was brutally beaten
    /// and robbed by"), and "by" follows the trigger within four words.
    /// Without "by" the second verb may be active ("were wounded and fired
    /// back").
    /// - Complexity: O(1): a few words either side.
    func sharesPassive(_ t: Int, sentence: Range<Int>) -> Bool {
        guard t - 3 >= sentence.lowerBound, norms[t - 1] == "and" || norms[t - 1] == "or" else { return false }
        var q = t + 1, by = false
        while q < min(sentence.upperBound, t + 5) {
            if norms[q] == "by" { by = true; break }
            guard tokens[q].kind == .word, actorStart[q] < 0 else { return false }
            q += 1
        }
        guard by else { return false }
        var p = t - 2, conjuncts = 0
        while p - 1 >= sentence.lowerBound, conjuncts < 3 {
            guard tokens[p].kind == .word, !tokens[p].isCapitalized, actorEnd[p] < 0 else { return false }
            if isWord(p - 1, in: .be) { return true }
            if p - 2 >= sentence.lowerBound, isWord(p - 2, in: .be), tokens[p - 1].kind == .word, norms[p - 1].hasASCIISuffix("ly") { return true }
            guard norms[p - 1] == "," else { return false }
            p -= 2; conjuncts += 1
        }
        return false
    }

    /// The token before the verb at `t`, past one adverb in -ly ("mistakenly",
    /// "reportedly"): lowercase, five letters or more; a noun in -ly ("rally",
    /// "ally", "family") before a verb would be its subject, which no pattern's
    /// word before the trigger is.
    func beforeAdverb(_ t: Int, _ start: Int) -> Int {
        let q = t - 1
        guard q - 1 >= start, tokens[q].kind == .word, !tokens[q].isCapitalized, actorEnd[q] < 0,
              norms[q].utf8.count >= 5, norms[q].hasASCIISuffix("ly") else { return q }
        return q - 1
    }

    /// "X's [adjective] noun": the actor X.
    func possessor(of t: Int, sentenceStart: Int) -> Int? {
        var q = t - 1
        while q > sentenceStart, t - q <= 3 {
            if norms[q] == "'s", actorEnd[q - 1] >= 0 { return Int(actorEnd[q - 1]) }
            guard tokens[q].kind == .word, !tokens[q].isCapitalized else { return nil }
            q -= 1
        }
        return nil
    }

    // MARK: Matching

    /// The number of token `q`'s word among the pattern words (`MatchPlan.table`), -1 for none.
    @inline(__always) func literalNumber(_ q: Int) -> Int32 {
        literalsByID ? coder.literalOfWord[doc.wordIDs[q]] : coder.plan.table.id(of: norms[q])
    }

    /// Whether token `q` is one of the words of the literal element `e`.
    @inline(__always) func literalMatches(_ e: MatchPlan.Element, _ q: Int) -> Bool {
        let n = literalNumber(q)
        guard n >= 0 else { return false }
        var k = Int(e.lo)
        while k < Int(e.hi) {
            if coder.plan.options[k] == n { return true }
            k += 1
        }
        return false
    }

    /// Matches the plan's elements `i..<hi` after the trigger, left to right, from `p0`.
    func matchForward(_ i: Int, _ hi: Int, _ p0: Int, _ end: Int, _ b: inout Binding) -> Bool {
        guard i < hi else { b.end = p0; return true }
        var p = p0
        while p < end, tokens[p].kind == .quote { p += 1 }   // quotation marks are transparent
        let e = coder.plan.elements[i]
        switch e.kind {
        case .star:
            var q = p, skipped = 0
            while q <= end, skipped <= 4 {
                var trial = b
                if matchForward(i + 1, hi, q, end, &trial) { b = trial; return true }
                if q < end, Segmenter.isTerminal(norms[q]) { break }
                // a parenthesis counts as nothing: "recaptured Damasak (Mobbar, Borno) from"
                if q < end, norms[q] == "(", let close = closingParenthesis(after: q, end) { q = close + 1; continue }
                q += 1
                skipped += 1
            }
            return false
        case .literal:
            if p < end, literalMatches(e, p) {
                var trial = b
                if matchForward(i + 1, hi, p + 1, end, &trial) { b = trial; return true }
            }
            return e.optional ? matchForward(i + 1, hi, p, end, &b) : false
        case .src, .tgt:
            guard let (a, next) = slotForward(p, end) else { return false }
            var trial = b
            if e.kind == .src { trial.src = a } else { trial.tgt = a }
            if matchForward(i + 1, hi, next, end, &trial) { b = trial; return true }
            return false
        case .not:
            guard p < end, isWord(p, in: .negators) else { return false }
            return matchForward(i + 1, hi, p + 1, end, &b)
        case .trigger:
            return false
        }
    }

    /// The ")" that closes the "(" at `open` within the next 12 tokens of the
    /// sentence, with no other parenthesis or sentence end between them.
    func closingParenthesis(after open: Int, _ end: Int) -> Int? {
        var q = open + 1
        while q < min(end, open + 13) {
            if norms[q] == ")" { return q }
            if norms[q] == "(" || Segmenter.isTerminal(norms[q]) { return nil }
            q += 1
        }
        return nil
    }

    /// Matches the plan's elements `lo..<i` before the trigger, right to left, ending at `p0`.
    func matchBackward(_ lo: Int, _ i: Int, _ p0: Int, _ start: Int, _ b: inout Binding) -> Bool {
        guard i > lo else { return true }
        var p = p0
        while p >= start, tokens[p].kind == .quote { p -= 1 }
        let e = coder.plan.elements[i - 1]
        switch e.kind {
        case .star:
            var q = p
            while q >= start - 1, p - q <= 4 {
                var trial = b
                if matchBackward(lo, i - 1, q, start, &trial) { b = trial; return true }
                q -= 1
            }
            return false
        case .literal:
            if p >= start, literalMatches(e, p) {
                var trial = b
                if matchBackward(lo, i - 1, p - 1, start, &trial) { b = trial; return true }
            }
            return e.optional ? matchBackward(lo, i - 1, p, start, &b) : false
        case .src, .tgt:
            guard p >= start, let (a, next) = slotBackward(p, start) else { return false }
            var trial = b
            if e.kind == .src { trial.src = a } else { trial.tgt = a }
            if matchBackward(lo, i - 1, next, start, &trial) { b = trial; return true }
            return false
        case .not:
            // "will not bow", "did not bow", "won't bow": the negator may stand one auxiliary back
            var q = p
            while q >= start, p - q <= 1 {
                if isWord(q, in: .negators) { return matchBackward(lo, i - 1, q - 1, start, &b) }
                q -= 1
            }
            return false
        case .trigger:
            return false
        }
    }

    // MARK: Coding

    /// Adds to `keyed` (in rank order, each pattern once) the patterns of
    /// trigger `ti` (`EventCoder.triggers`; -1: `made`) that require token
    /// `k`'s word: each word's list is in rank order already, so it is merged
    /// in through `scratch` rather than sorted.
    /// - Complexity: O(keyed + list).
    /// `lists`: the lists of `EventCoder.triggers[ti].next` merged so far for
    /// this trigger (a word seen twice adds nothing the second time).
    func addKeyed(_ ti: Int, _ made: EventCoder.Trigger?, after k: Int, _ lists: inout [Int],
                  _ keyed: inout [EventPatterns.Form], _ scratch: inout [EventPatterns.Form]) {
        if ti >= 0 {
            let i = coder.triggers[ti].index(after: doc.wordIDs[k])
            guard i >= 0, !lists.contains(i) else { return }
            lists.append(i)
            EventRun.merge(coder.triggers[ti].next[i].forms, into: &keyed, &scratch, rank: coder.plan.rank)
        } else if let list = coder.forms(made!, after: k, in: doc) {
            EventRun.merge(list, into: &keyed, &scratch, rank: coder.plan.rank)
        }
    }

    /// Merges `list` into `keyed`, both in rank order (`MatchPlan.rank`), keeping
    /// each pattern once.
    static func merge(_ list: [EventPatterns.Form], into keyed: inout [EventPatterns.Form],
                      _ scratch: inout [EventPatterns.Form], rank: [Int32]) {
        if keyed.isEmpty {
            // (a list holds each pattern once)
            keyed.append(contentsOf: list)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        var i = 0, j = 0
        while i < keyed.count || j < list.count {
            let f: EventPatterns.Form
            if j == list.count || i < keyed.count && rank[keyed[i].pattern] <= rank[list[j].pattern] {
                f = keyed[i]; i += 1
            } else {
                f = list[j]; j += 1
            }
            if let last = scratch.last, last.pattern == f.pattern { continue }
            scratch.append(f)
        }
        swap(&keyed, &scratch)
    }

    func code() -> [Event] {
        var events: [Event] = []
        let viewsLookAtOtherEvents = coder.ontology.acledRules.looksAtOtherEvents
        let patterns = coder.patterns.patterns
        let plan = coder.plan
        // the patterns keyed by the words around a trigger, and the buffer they are merged
        // through: one each for the article
        var keyed: [EventPatterns.Form] = [], scratch: [EventPatterns.Form] = [], lists: [Int] = []
        for (s, sentence) in doc.sentences.enumerated() {
            let start = sentence.tokens.lowerBound, end = sentence.tokens.upperBound
            let first = events.count
            var bindings: [Binding] = []
            var ruleWords: [String]? = nil   // read once the sentence has an event
            // the words an event's pattern matched, and that event: a trigger among them that
            // would code the same root is that report's word ("staged a sit-in": one protest)
            var coveredEnd = start, covering = -1
            defer {
                // a rule may look at the sentence's other events ("claimed responsibility for
                // the attack"): the views are given again once the whole sentence is coded
                if viewsLookAtOtherEvents, events.count - first > 1 {
                    let codes = events[first...].map(\.cameo.code)
                    for k in first..<events.count {
                        var others = codes
                        others.remove(at: k - first)
                        events[k].cameo.acled = acledView(code: events[k].cameo.code, trigger: events[k].evidence[0].trigger.lowerBound,
                                                          sentence: s, binding: bindings[k - first], others: others, ruleWords: ruleWords)
                    }
                }
            }
            var t = start
            while t < end {
                defer { t += 1 }
                guard tokens[t].kind == .word, !quoted[t], timeAt[t] < 0, doc.classes.isEmpty || doc.classes[t].contains(.eventTrigger) else { continue }
                // the trigger's entry read in place by its index (a copy would retain its tables), or
                // made from the token's string when the document has no ids of the coder's
                var made: EventCoder.Trigger? = nil
                let ti: Int
                if triggersByID {
                    ti = Int(coder.triggerOfWord[doc.wordIDs[t]])
                    guard ti >= 0 else { continue }
                } else {
                    guard let trigger = coder.trigger(at: t, in: doc) else { continue }
                    made = trigger
                    ti = -1
                }
                if actorStart[t] >= 0 && actorEnd[t] >= 0 && tokens[t].isCapitalized { continue }   // a name, not a verb
                if inCapitalizedName(t, sentence: start..<end) { continue }   // "the Kidnapping Prohibition Law", "the 709 Crackdown"
                if ti >= 0 ? coder.triggers[ti].inNotEventPhrase : made!.inNotEventPhrase,
                   coder.notEvents.covers(t, norms: norms, sentence: start..<end) { continue }   // "a heart attack", "the strike price"
                // a capitalized word of the time grammar is a month or a day ("March/April sold at"), not a march
                if tokens[t].isCapitalized, !tokens[t].isAllCaps, !doc.classes.isEmpty, doc.classes[t].contains(.timeWord) { continue }
                // only patterns whose first required word after the trigger occurs in the next 20 tokens
                keyed.removeAll(keepingCapacity: true)
                lists.removeAll(keepingCapacity: true)
                if ti >= 0 ? !coder.triggers[ti].entry.byNext.isEmpty : !made!.entry.byNext.isEmpty {
                    var k = t + 1
                    while k < min(end, t + 21) {
                        if tokens[k].kind == .word, doc.classes.isEmpty || doc.classes[k].contains(.eventNextWord) {
                            addKeyed(ti, made, after: k, &lists, &keyed, &scratch)
                        }
                        k += 1
                    }
                    // a passive's object words may stand in its subject ("a cache of arms was recovered
                    // by police"): the words of the clause before the auxiliary key patterns too
                    if t - 2 >= start, isWord(t - 1, in: .be) || isWord(t - 2, in: .be) {
                        k = max(start, t - 21)
                        while k < t - 1 {
                            if tokens[k].kind == .word, doc.classes.isEmpty || doc.classes[k].contains(.eventNextWord) {
                                addKeyed(ti, made, after: k, &lists, &keyed, &scratch)
                            }
                            k += 1
                        }
                    }
                }
                // the keyed patterns and the open ones, merged in rank order
                let open = ti >= 0 ? coder.triggers[ti].entry.open : made!.entry.open
                var nextKeyed = 0, nextOpen = 0
                var bareIsNoun: Bool? = nil, adjective: Bool? = nil, afterDeterminer: Bool? = nil, afterBe: Bool? = nil
                while nextKeyed < keyed.count || nextOpen < open.count {
                    let form: EventPatterns.Form
                    if nextOpen == open.count || nextKeyed < keyed.count && plan.rank[keyed[nextKeyed].pattern] < plan.rank[open[nextOpen].pattern] {
                        form = keyed[nextKeyed]; nextKeyed += 1
                    } else {
                        form = open[nextOpen]; nextOpen += 1
                    }
                    // (what the tests below read depends on the trigger's place, not the pattern:
                    // each is asked once a trigger, when a pattern first needs it)
                    if form.bare {
                        if bareIsNoun == nil { bareIsNoun = bareFormIsModifier(t, sentence: start..<end) || bareFormIsCompoundHead(t, sentence: start..<end) }
                        if bareIsNoun! { continue }   // "a shell company", "gas prices", "tear gas to"
                    }
                    let pl = plan.patterns[form.pattern]
                    let isVerb = pl.isVerb
                    if form.participle, isVerb {
                        if adjective == nil { adjective = participleIsAdjective(t, sentence: start..<end) }
                        if adjective! { continue }   // "the detained mayor"
                    }
                    // a verb's present form opening a sentence is its subject, a noun or a name ("Shell
                    // has signed", "Bans on imports"): news writes no imperatives outside quotations
                    if isVerb, t == start, !form.participle, !norms[t].hasASCIISuffix("ing") { continue }
                    if isVerb, !form.participle, pl.trigger + 1 < pl.end {
                        if afterDeterminer == nil { afterDeterminer = followsDeterminer(t, sentenceStart: start) }
                        if afterDeterminer! { continue }   // "a rally against", "their march to"
                    }
                    var b = Binding()
                    if form.participle && isVerb && afterBe == nil {
                        afterBe = t - 1 >= start
                            && (isWord(t - 1, in: .be) || (t - 2 >= start && isWord(t - 2, in: .be) && tokens[t - 1].kind == .word))
                            || sharesPassive(t, sentence: start..<end)
                    }
                    let passive = form.participle && isVerb && afterBe!
                    if passive {
                        // words before the trigger describe the active subject ("warplanes struck"): no passive
                        // reading, unless they stand between the auxiliary and the participle ("was sexually abused")
                        if pl.literalBefore, !matchBackward(Int(pl.start), Int(pl.trigger), t - 1, start, &b) { continue }
                        // the active pattern's object slot is the passive subject: match its words without slots
                        let literals = Int(pl.literalsStart)..<Int(pl.literalsEnd)
                        guard pl.literalsOptional || matchForward(literals.lowerBound, literals.upperBound, t + 1, end, &b)
                              || passiveObjectBefore(literals, trigger: t, sentenceStart: start, end: end, &b) else { continue }
                        // a violent act's passive names in its subject what was hurt or taken: not a
                        // deal "struck", a record "beaten", footage "shot", and no side "beaten 5-0"
                        if EventRun.isViolent(patterns[form.pattern].code), passiveNamesNoVictim(t, sentence: start..<end) { continue }
                        b.tgt = subject(before: t, sentenceStart: start)
                        var q = t + 1
                        while q < min(end, t + 7), norms[q] != "by" { q += 1 }
                        if q < min(end, t + 7), let (a, _) = slotForward(q + 1, end) { b.src = a } else { b.src = nil }
                    } else {
                        // an adverb in -ly between the subject's words and the verb is passed over
                        // ("a fighter jet mistakenly bombed villagers") when the words do not match
                        // with it ("sexually assaulted" keeps its own pattern)
                        guard matchForward(Int(pl.trigger) + 1, Int(pl.end), t + 1, end, &b),
                              matchBackward(Int(pl.start), Int(pl.trigger), t - 1, start, &b)
                              || isVerb && pl.start < pl.trigger && beforeAdverb(t, start) != t - 1
                                 && matchBackward(Int(pl.start), Int(pl.trigger), t - 2, start, &b)
                        else { continue }
                        if b.src == nil, !pl.targetBefore {
                            // a verb's source is its subject; a noun's only its possessor ("Baku's blockade")
                            b.src = isVerb ? subject(before: t, sentenceStart: start) : possessor(of: t, sentenceStart: start)
                            // a violent act's noun that names who did it, as an actor's mention
                            // ends: "unidentified gunmen shot", "an Azerbaijani airstrike hit"; not
                            // when they suffer ("gunmen were killed", "police killed three gunmen")
                            if !isVerb, b.src == nil, actorEnd[t] >= 0, EventRun.isViolent(patterns[form.pattern].code),
                               !(t + 1 < end && isWord(t + 1, in: .be)),
                               !bindings.contains(where: { $0.tgt == Int(actorEnd[t]) }) { b.src = Int(actorEnd[t]) }
                            if isVerb, let shared = sharedSubject(t, start: start, events: events[first...], bindings: bindings) { b.src = shared }
                        }
                    }
                    if b.src != nil && b.src == b.tgt { b.tgt = nil }
                    // a slot written with sectors ("SRC:MIL|REB") holds an actor of one of them
                    if pl.srcSectors != 0, !bound(b.src, hasSectorIn: pl.srcSectors) { continue }
                    if pl.tgtSectors != 0, !bound(b.tgt, hasSectorIn: pl.tgtSectors) { continue }
                    // a violent verb whose target a score follows tells a game ("Armenia beat Georgia 2-1")
                    if !passive, b.tgt != nil, isVerb, isScore(at: b.end, end: end), EventRun.isViolent(patterns[form.pattern].code) { continue }
                    if pl.codesNothing { break }   // a counter-pattern: "fight poverty" names no fight
                    if ruleWords == nil { ruleWords = sentenceRuleWords(start..<end) }
                    let e = makeEvent(patterns[form.pattern], trigger: t, sentence: s, binding: b, sentenceStart: start, ruleWords: ruleWords)
                    if t < coveredEnd, e.cameo.root == events[covering].cameo.root {
                        // more evidence of that event, as `merge` would fold it, whoever acted
                        fold(e, into: &events[covering])
                        break
                    }
                    // a noun that names that event's doer or target ("came under fire from gunmen")
                    // is its actor, not a second event
                    if t < coveredEnd, actorStart[t] >= 0, Int(actorStart[t]) == bindings[covering - first].src
                        || Int(actorStart[t]) == bindings[covering - first].tgt { break }
                    if b.end > coveredEnd { coveredEnd = b.end; covering = events.count }
                    events.append(e)
                    bindings.append(b)
                    break
                }
            }
        }
        var merged = merge(events)
        for k in merged.indices { coder.giveMode(&merged[k], doc: doc, actors: actors) }
        return rankBySalience(merged)
    }

    /// Whether the code is an act of violence: CAMEO roots 18 (assault), 19
    /// (fight) and 20 (mass violence), read on the code's bytes.
    static func isViolent(_ code: String) -> Bool {
        var u = code.utf8.makeIterator()
        guard let a = u.next(), let b = u.next() else { return false }
        return a == UInt8(ascii: "1") && (b == UInt8(ascii: "8") || b == UInt8(ascii: "9"))
            || a == UInt8(ascii: "2") && b == UInt8(ascii: "0")
    }

    /// Whether a game's score stands at `p`: a number, a hyphen or dash with
    /// no space before it, a number ("11-9", "2-1").
    func isScore(at p: Int, end: Int) -> Bool {
        p + 2 < end && tokens[p].kind == .number && tokens[p + 1].kind == .dash
            && tokens[p + 2].kind == .number && !tokens[p + 1].spaceBefore
    }

    /// Whether the passive trigger `t` of a violent act tells of nothing hurt
    /// or taken: the head of its subject, the word before the auxiliary and
    /// the words that go with it ("has been", "could be", "to be"; for a
    /// relative pronoun, the word it follows: "instructions that can be
    /// executed"), is a thing that cannot be (`not-patient`: a deal, a
    /// record, footage, a warrant, prices, a bill), or is one before a
    /// preposition that opens its postmodifier (`postmodifier-opener`: "the
    /// deal with Hutton was struck", "shares in the firm were hammered"),
    /// back to the clause's start within ten words; or a score follows the
    /// verb ("were beaten 11-9", "was beaten 6-3 6-0"): a game.
    func passiveNamesNoVictim(_ t: Int, sentence: Range<Int>) -> Bool {
        if isScore(at: t + 1, end: sentence.upperBound) { return true }
        var q = isWord(t - 1, in: .be) ? t - 1 : t - 2
        while q >= sentence.lowerBound, tokens[q].kind == .quote || isWord(q, in: .auxiliaries) { q -= 1 }
        if q >= sentence.lowerBound, isWord(q, in: .relativeOpeners) || norms[q] == "that" { q -= 1 }
        guard q >= sentence.lowerBound else { return false }
        if isWord(q, in: .notPatients) { return true }
        var p = q - 1
        while p > sentence.lowerBound, q - p <= 10, !isWord(p, in: .passiveClauseOpeners) {
            if isWord(p, in: .postmodifierOpeners), isWord(p - 1, in: .notPatients) { return true }
            p -= 1
        }
        return false
    }

    /// Whether a passive trigger's object words stand in its subject ("a cache
    /// of arms was recovered by police", "dozens of homes were burned down by
    /// soldiers", "the camp was handed over to the army"): of the active
    /// pattern's literal words after the trigger, the particles and
    /// prepositions at either end still follow the verb ("over", "down",
    /// "to"; those at the end may instead close the object: "responsibility
    /// for the bombing was claimed"); the words between them start the
    /// clause before the auxiliary (from the sentence's start or a word or
    /// mark of the `passive-clause-opener` class: a comma, "that"), after
    /// at most three words, and one of them at least is a content word.
    /// - Complexity: O(c × k) for a clause of c tokens and k literal words.
    func passiveObjectBefore(_ literals: Range<Int>, trigger t: Int, sentenceStart: Int, end: Int,
                             _ b: inout Binding) -> Bool {
        let els = coder.plan.elements
        var k = literals.lowerBound, p = t + 1
        while k < literals.upperBound, p < end, els[k].particle, literalMatches(els[k], p) { k += 1; p += 1 }
        var j = literals.upperBound
        while j > k, els[j - 1].particle { j -= 1 }
        // the particles at the end follow the verb ("handed over to"), or close the object ("responsibility for")
        if !matchForward(j, literals.upperBound, p, end, &b) { j = literals.upperBound }
        guard (k..<j).contains(where: { els[$0].content }) else { return false }
        let aux = isWord(t - 1, in: .be) ? t - 1 : t - 2
        var from = aux - 1
        while from > sentenceStart, !isWord(from - 1, in: .passiveClauseOpeners) { from -= 1 }
        // the object is the subject's head: it starts the clause, after at most three words ("dozens of",
        // "the military camp", "14 hostages")
        for q in max(sentenceStart, from)..<min(aux, max(sentenceStart, from) + 4) {
            var trial = b
            if matchForward(k, j, q, aux, &trial) { b = trial; return true }
        }
        return false
    }

    /// Whether the word at `t` stands right after an article or a possessive
    /// determiner ("a rally against the mine", "in a raid near the border",
    /// "their march to parliament"): there it is a noun, and a verb pattern
    /// that goes on after its trigger (an object, a preposition) does not
    /// apply; a noun that names the event has #noun patterns, and a bare
    /// pattern ("@request") may name the act ("renewed the request"). "her"
    /// is also an object ("helped her escape") and does not count; an -ing
    /// form there names the act itself ("the shooting of a commissioner", "a
    /// meeting of ministers"); a past participle there is an adjective
    /// (`participleIsAdjective`).
    func followsDeterminer(_ t: Int, sentenceStart: Int) -> Bool {
        let p = t - 1
        guard p >= sentenceStart, tokens[p].kind == .word, norms[p] != "her", !norms[t].hasASCIISuffix("ing") else { return false }
        return isWord(p, in: .articles) || isWord(p, in: .possessives)
    }

    /// Whether the bare form at `t` is the head of a noun compound ("fired
    /// tear gas to disperse"): the word before it is a lowercase word that
    /// does not end in -s (a plural subject: "farmers protest") or -ly, is no
    /// actor mention, no determiner (after one the noun may name the act:
    /// "renewed the request") and none of `bareVerbContext` or
    /// `beforeBareVerb`, and no object follows (one of `objectOpeners`, a
    /// name or a number would: "rebels shell the city").
    func bareFormIsCompoundHead(_ t: Int, sentence: Range<Int>) -> Bool {
        let p = t - 1
        guard p >= sentence.lowerBound, tokens[p].kind == .word, !tokens[p].isCapitalized, actorEnd[p] < 0 else { return false }
        let w = norms[p]
        guard !w.hasASCIISuffix("s"), !w.hasASCIISuffix("ly"), !isWord(p, in: .bareVerbContext), !isWord(p, in: .beforeBareVerb),
              !isWord(p, in: .objectOpeners) else { return false }   // "renewed the request today" names the act
        let n = t + 1
        guard n < sentence.upperBound else { return true }
        if tokens[n].kind == .number || tokens[n].isCapitalized { return false }
        return !isWord(n, in: .objectOpeners)
    }

    /// Whether the bare form at `t` ("shell", "gas", "telephone") modifies
    /// the noun after it ("a publicly held shell company", "gas prices", "a
    /// telephone interview"), so it names no event: it is not used as a verb
    /// (the sentence's start, after an actor mention, or after one of
    /// `bareVerbContext`, an adverb in -ly between), and a lowercase word
    /// other than `afterBareVerb` follows. A noun that names an event keeps
    /// its patterns ("a massacre last fall", "the arrest of").
    func bareFormIsModifier(_ t: Int, sentence: Range<Int>) -> Bool {
        let n = t + 1
        guard n < sentence.upperBound, tokens[n].kind == .word, !tokens[n].isCapitalized,
              !isWord(n, in: .afterBareVerb), !norms[n].hasASCIISuffix("ly"),
              doc.classes.isEmpty || !doc.classes[n].contains(.timeWord) else { return false }   // "renewed the request today"
        var q = t - 1
        while q >= sentence.lowerBound, tokens[q].kind == .quote { q -= 1 }
        while q > sentence.lowerBound, tokens[q].kind == .word, norms[q].hasASCIISuffix("ly") { q -= 1 }
        if q < sentence.lowerBound || actorEnd[q] >= 0 { return false }
        return !isWord(q, in: .bareVerbContext)
    }

    /// A past participle between an article or a possessive and the noun it
    /// describes ("relatives of a killed soldier", "in support of the detained
    /// mayor", "their abducted children") tells what happened to someone before,
    /// as an adjective; the act is reported, if at all, where its verb is. So
    /// does one right after a preposition of `adjectiveOpeners` or at the
    /// sentence's start, before a word that is no function word ("in support
    /// of jailed PKK leader Abdullah Ocalan", "a vigil for slain human rights
    /// defender", "Jailed Saudi activist Loujain al-Hathloul appeared in
    /// court"); a past tense there has a subject before it ("Police detained
    /// Belarusian blogger").
    func participleIsAdjective(_ t: Int, sentence: Range<Int>) -> Bool {
        let p = t - 1, n = t + 1
        guard n < sentence.upperBound, tokens[n].kind == .word, !isWord(n, in: .afterBareVerb), !isWord(n, in: .objectOpeners),
              !norms[n].hasASCIISuffix("ly") else { return false }
        if p >= sentence.lowerBound {
            guard tokens[p].kind == .word else { return false }
            if !isWord(p, in: .articles), !isWord(p, in: .possessives) {
                guard isWord(p, in: .adjectiveOpeners), !isWord(n, in: .be) else { return false }
            }
        } else if isWord(n, in: .be) {
            return false   // "Killed were two soldiers"
        }
        return doc.classes.isEmpty || !doc.classes[n].contains(.timeWord)
    }

    /// A capitalized trigger inside a name of capitalized words ("the
    /// Kidnapping Prohibition Law", "Committee Against Torture") names a
    /// law or a body, not an event — unless most of the sentence is
    /// capitalized (a headline: "Police Arrest Five Activists").
    func inCapitalizedName(_ t: Int, sentence: Range<Int>) -> Bool {
        guard tokens[t].isCapitalized, !tokens[t].isAllCaps else { return false }
        func capitalizedWord(_ q: Int) -> Bool {
            q >= sentence.lowerBound && q < sentence.upperBound && tokens[q].kind == .word && tokens[q].isCapitalized
        }
        // at the sentence's start only a capitalized word after it makes a name ("Shell Transport said", "Ban Ki-moon
        // said"); an -ing form there opens a clause ("Welcoming Soviet leader Mikhail Gorbachev's offer, ...")
        if t == sentence.lowerBound { guard capitalizedWord(t + 1), !norms[t].hasASCIISuffix("ing") else { return false } }
        else if !(tokens[t - 1].kind == .word || tokens[t - 1].kind == .number || tokens[t - 1].kind == .alnum) { return false }
        // (a capitalized word after the sentence's first makes a name with it: "Merrill Lynch said")
        let before = t > sentence.lowerBound && (capitalizedWord(t - 1) || tokens[t - 1].kind == .number || tokens[t - 1].kind == .alnum)
        guard before || capitalizedWord(t + 1) else { return false }
        // the rest of the sentence, outside the name, decides: a headline capitalizes its words, running
        // text leaves most of them, or at least three, in lowercase however many names it holds
        var lo = t, hi = t + 1
        while lo - 1 > sentence.lowerBound, capitalizedWord(lo - 1) { lo -= 1 }
        while capitalizedWord(hi) { hi += 1 }
        var words = 0, capitalized = 0
        for q in sentence where !(lo..<hi).contains(q) && tokens[q].kind == .word && norms[q].utf8.count > 3 {
            words += 1
            if tokens[q].isCapitalized { capitalized += 1 }
        }
        return capitalized * 2 < words || words - capitalized >= 3
    }

    /// Most salient first: material conflict before talk, violence against
    /// people above all, then events with known participants (a person as
    /// the recipient most: an attack on someone named is what a report of
    /// repression is about, more than a crackdown on a country or a group)
    /// and a stated date, reported more than once, and early in the
    /// article. Negated events, events the text does not report as done
    /// (modality), and done events dated after the publication date rank
    /// lower, and so do court steps beside acts of force (`courtSteps`) and
    /// acts told in a relative clause set off by a comma (`inAsideClause`).
    /// What the title is about ranks higher (`TitleSignal`): an act of the
    /// kind the title names (its CAMEO root) gains about as much as being
    /// reported first, since a headline names the report's news; a person or
    /// group the title names adds less. An act of war told with its result
    /// ranks above the result (`actsBeforeResults`), and a verbal act above
    /// the acts its words name (`actsBeforeTheirTopics`). Ties keep text order.
    func rankBySalience(_ events: [Event]) -> [Event] {
        // (one event or none has no order to find: the title is not read)
        guard events.count > 1 else { return events }
        let sentences = max(1, doc.sentences.count)
        let title = TitleSignal(doc: doc, events: events, actors: actors, words: words)
        var triggersOf: [Int: [Int]] = [:]
        for e in events { triggersOf[e.evidence[0].sentence, default: []].append(e.evidence[0].trigger.lowerBound) }
        func score(_ e: Event) -> Double {
            var s = 0.0
            if e.cameo.quad == 4 { s += 2 } else if e.cameo.quad == 3 { s += 1 }
            if EventRun.actsOfForce.contains(e.cameo.root), !isWord(e.evidence[0].trigger.lowerBound, in: .courtSteps) { s += 1 }
            if !e.sources.isEmpty { s += 0.4 }
            if !e.targets.isEmpty { s += 0.4 }
            if e.targets.contains(where: { actors[$0].kind == .person }) { s += 1 }
            if e.date.basis != .publication { s += 0.5 }
            if e.negated || e.modality != nil { s -= 1.5 } else if datedAfterPublication(e) { s -= 2 }
            s += 0.3 * Double(min(e.evidence.count - 1, 3))
            s += 1.5 * (1 - Double(e.evidence[0].sentence) / Double(sentences))
            if title.roots.contains(e.cameo.root) { s += 1.5 }
            if title.names(e.sources) || title.names(e.targets) { s += 0.5 }
            if inAsideClause(e.evidence[0].trigger.lowerBound, sentence: doc.sentences[e.evidence[0].sentence].tokens) { s -= 0.5 }
            if describesAfterOf(e.evidence[0].trigger.lowerBound, sentence: doc.sentences[e.evidence[0].sentence].tokens,
                                triggers: triggersOf[e.evidence[0].sentence] ?? []) { s -= 2 }
            return s
        }
        var scores = events.map(score)
        EventRun.actsBeforeResults(events, &scores)
        agreementsBeforeFighting(events, &scores)
        actsBeforeTheirTopics(events, &scores)
        return events.indices.map { ($0, scores[$0], events[$0]) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .map { $0.2 }
    }

    /// Whether the condition opener at `d` means "whether": an "if" after a verb
    /// of asking, knowing or deciding (`whether-verb`: "asked 801 adults if they
    /// supported the ban", "will decide if the bans should stand") or after a
    /// verb of saying that is denied or refused ("did not say if", "declined to
    /// say if"), within four words back in its clause and with no modal or
    /// "what" between ("wondering what would happen if Paula was forced to drop
    /// out" stays a condition). The act after it is asked about, not a
    /// condition; "said if the rebels attacked, ..." stays one.
    /// - Complexity: O(1): at most four words.
    func asksWhether(_ d: Int, sentenceStart: Int) -> Bool {
        guard norms[d] == "if" else { return false }
        var q = d - 1
        while q >= sentenceStart, d - q <= 4 {
            // a modal or "what" between opens a clause of its own: "wondering what would happen if ..."
            if Segmenter.isTerminal(norms[q]) || norms[q] == "," || norms[q] == "what" || isWord(q, in: .clauseOpeners)
                || isWord(q, in: .future) || isWord(q, in: .possible) { return false }
            if isWord(q, in: .whetherVerbs) { return true }
            if isWord(q, in: .saying), q - 1 >= sentenceStart {
                if isWord(q - 1, in: .negators) { return true }
                if norms[q - 1] == "to", q - 2 >= sentenceStart, isWord(q - 2, in: .refusals) { return true }
            }
            q -= 1
        }
        return false
    }

    /// An act told in one sentence with what it caused, which the ACLED
    /// rules gave the act's own view: an act of war (CAMEO root 19: an air
    /// strike, a shelling, a clash) or a chemical attack (204) and the killing
    /// it caused ("an air strike killed 12 people", "jets bombed the market,
    /// killing 12"); a riot or a protest turned violent (root 14) and the
    /// property its own crowd (the same first actor) burned or looted (root
    /// 17: "demonstrators stormed parliament and ransacked offices"; not the
    /// police who "fired tear gas at demonstrators protesting"). The result names victims or things
    /// the act lacks and would rank first, but the act is the event the
    /// sentence reports, so it ranks just above its result. Negated and
    /// unreported (modal) acts are left where they are.
    /// - Complexity: O(k × m) for k results and m acts.
    static func actsBeforeResults(_ events: [Event], _ scores: inout [Double]) {
        func results(of code: String) -> Set<String>? {
            if code.hasPrefix("19") || code.hasPrefix("204") { return ["18", "20"] }
            if code.hasPrefix("14") { return ["17"] }
            return nil
        }
        let acts = events.indices.filter { results(of: events[$0].cameo.code) != nil && events[$0].cameo.acled != nil && !events[$0].negated && events[$0].modality == nil }
        guard !acts.isEmpty else { return }
        for r in events.indices {
            guard let view = events[r].cameo.acled else { continue }
            for a in acts where a != r && results(of: events[a].cameo.code)!.contains(events[r].cameo.root)
                && events[a].cameo.acled == view && events[a].evidence[0].sentence == events[r].evidence[0].sentence
                && (events[a].cameo.root != "14" || (events[a].sources.first != nil && events[a].sources.first == events[r].sources.first))
                && scores[a] <= scores[r] {
                scores[a] = scores[r] + 0.001
            }
        }
    }

    /// An agreement (its ACLED view) that its sentence goes on to say came
    /// after fighting ("agreed a ceasefire after clashes killed 12", "agree
    /// ceasefire after border clashes"): the fighting, told after a word of
    /// `aftermath-opener` that follows the agreement's trigger, is what led
    /// to the news, and the agreement ranks just above it. Fighting told
    /// first ("shelled positions despite the ceasefire agreed on Monday"),
    /// and negated or unreported agreements, are left where they are.
    /// - Complexity: O(a × f × w) for a agreements, f acts of force and w words between them.
    func agreementsBeforeFighting(_ events: [Event], _ scores: inout [Double]) {
        let deals = events.indices.filter { events[$0].cameo.acled?.subtype == "Agreement" && !events[$0].negated && events[$0].modality == nil }
        guard !deals.isEmpty else { return }
        for r in events.indices where EventRun.isViolent(events[r].cameo.code) {
            let fight = events[r].evidence[0]
            for a in deals where events[a].evidence[0].sentence == fight.sentence && scores[a] <= scores[r] {
                let deal = events[a].evidence[0].trigger.upperBound
                guard deal <= fight.trigger.lowerBound,
                      (deal..<fight.trigger.lowerBound).contains(where: { isWord($0, in: .aftermathOpeners) }) else { continue }
                scores[a] = scores[r] + 0.001
            }
        }
    }

    /// A verbal act (one without an ACLED view: a criticism, an accusation,
    /// an inquiry, a lawsuit, a threat, a rejection, an easing) whose words
    /// go on to name another act as what it is about ("condemned the killing
    /// of journalists", "investigated the air strike", "sued the police for
    /// wrongful arrest", "threatened to attack", "lifted the ban on"): the
    /// verbal act is what the sentence reports, as a codebook codes the verb
    /// and not its object, and it ranks just above the acts it names (level
    /// with the highest, and before it in text order). A named act follows
    /// the verbal act's trigger in the same clause, at most eight tokens on,
    /// with only words between (a hyphen too: "for colonial-era killings")
    /// and none of them "and", "but", "or" or a `clause-opener` ("condemned
    /// the police, who killed", "lifted the curfew after clashes" keep their
    /// order). Only an act named once moves down: an act the article reports
    /// again ("denounced the arrest of journalists" in a report that tells
    /// the arrest) is its news, whatever names it. Negated and unreported
    /// verbal acts are left where they are, and so is every act with an
    /// ACLED view, so the first such act of a record never changes.
    /// - Complexity: O(v × e × 8) for v verbal acts and e events.
    func actsBeforeTheirTopics(_ events: [Event], _ scores: inout [Double]) {
        let verbal = events.indices.filter { events[$0].cameo.acled == nil && !events[$0].negated && events[$0].modality == nil }
        guard !verbal.isEmpty else { return }
        for a in verbal {
            let said = events[a].evidence[0]
            for r in events.indices where r != a && events[r].evidence.count == 1 && events[r].evidence[0].sentence == said.sentence
                && scores[a] < scores[r] {
                let named = events[r].evidence[0].trigger.lowerBound
                guard named >= said.trigger.upperBound, named - said.trigger.upperBound <= 8,
                      (said.trigger.upperBound..<named).allSatisfy({ q in
                          (tokens[q].kind == .word || tokens[q].kind == .number || norms[q] == "-") && !isWord(q, in: .clauseOpeners)
                              && norms[q] != "and" && norms[q] != "but" && norms[q] != "or"
                      }) else { continue }
                // (level with it, not above: told first, the verbal act ranks just above it by text
                // order, and an act of the same rank told before both keeps its place)
                scores[a] = scores[r]
            }
        }
    }

    /// Whether the trigger `t` is a participle that tells what happened to
    /// the people named after "of", before the verb its clause reports
    /// ("mothers of soldiers killed in the army picketed the ministry",
    /// "relatives of those detained rallied"): another trigger of the
    /// sentence follows in the same clause, with only words between, no
    /// "and" (a coordinated verb: "a group of gunmen attacked the village
    /// and killed three") and no -ing form ("supporters of the mayor blocked
    /// the road demanding ..."); a noun's trigger after an article or a
    /// possessive, and a verb after "to" ("agreed to meet"), do not count,
    /// nor a clause with a pronoun or a verb of saying between "of" and `t`
    /// ("the Writers Guild of America said it agreed").
    func describesAfterOf(_ t: Int, sentence: Range<Int>, triggers: [Int]) -> Bool {
        guard triggers.count > 1, t - 2 >= sentence.lowerBound, !norms[t].hasASCIISuffix("ing"),
              !isWord(t - 1, in: .auxiliaries), !isWord(t - 1, in: .be), !isWord(t - 1, in: .relativeOpeners), norms[t - 1] != "of" else { return false }
        var q = t - 1
        while true {
            guard q >= sentence.lowerBound, q >= t - 4, tokens[q].kind == .word || tokens[q].kind == .number,
                  !isWord(q, in: .pronouns), !isWord(q, in: .saying) else { return false }
            if norms[q] == "of" { break }
            q -= 1
        }
        return triggers.contains { u in
            guard u > t + 1, u < sentence.upperBound, !norms[u].hasASCIISuffix("ing"), norms[u - 1] != "to",
                  !isWord(u - 1, in: .articles), !isWord(u - 1, in: .possessives) else { return false }
            return (t + 1..<u).allSatisfy { (tokens[$0].kind == .word || tokens[$0].kind == .number) && norms[$0] != "and" }
        }
    }

    /// Whether the trigger `t` stands in a relative clause set off by a comma
    /// ("the lawyer Anna Petrova, who was arrested in 2019, …"): it tells
    /// about a participant, and the main clause tells the news. A relative
    /// clause without a comma ("the lawyer who was arrested") defines whom
    /// the sentence is about, and does not count.
    func inAsideClause(_ t: Int, sentence: Range<Int>) -> Bool {
        guard let r = relativeClause(around: t, sentence: sentence), r.lowerBound > sentence.lowerBound else { return false }
        return norms[r.lowerBound - 1] == ","
    }

    /// Whether an event the text reports as done is dated after the article
    /// was published: a scheduled hearing ("the trial on February 7"), a
    /// weekday or month resolved to the wrong side of the publication date,
    /// or a date that belongs to another clause — in any case not the act
    /// the report is about.
    func datedAfterPublication(_ e: Event) -> Bool {
        guard e.date.basis != .publication, let pub = doc.date, let span = EventDateSpan.days(of: e.date.value) else { return false }
        return span.lowerBound > pub.dayNumber
    }

    /// The ACLED view of an event coded `code` at trigger `t` (acled-rules.tsv);
    /// `others` are the codes of the sentence's other events.
    /// `ruleWords`: the sentence's words the rules look for (`sentenceRuleWords`), nil to read them here.
    func acledView(code: String, trigger t: Int, sentence s: Int, binding b: Binding, others: [String] = [],
                   ruleWords: [String]? = nil) -> EventOntology.ACLEDView? {
        let rules = coder.ontology.acledRules
        let own = coder.ontology.cameo(code)?.acled
        guard !rules.rules.isEmpty else { return own }
        var e = ACLEDRules.Event(code: code, view: own, source: b.src, target: b.tgt, actors: actors,
                                 trigger: norms[t], sentence: norms[doc.sentences[s].tokens],
                                 tokens: tokens[doc.sentences[s].tokens], sentenceCodes: others)
        e.sentenceRuleWords = ruleWords
        return rules.view(of: e)
    }

    /// The words of the sentence `range` that some ACLED sentence-word rule
    /// looks for (`ACLEDRules.ruleWords`): by word id when the document has
    /// the coder's ids, each hyphenated word read joined as well.
    func sentenceRuleWords(_ range: Range<Int>) -> [String] {
        let rules = coder.ontology.acledRules
        guard byID, !coder.acledWordOfWord.isEmpty else {
            return ACLEDRules.ruleWords(norms[range], rules.sentenceWords, hyphenated: rules.hyphenated, tokens: tokens[range])
        }
        var found: [String] = []
        for q in range where coder.acledWordOfWord[doc.wordIDs[q]] >= 0 { found.append(norms[q]) }
        if rules.hyphenated { ACLEDRules.joinedWords(norms[range], rules.sentenceWords, tokens: tokens[range], into: &found) }
        return found
    }

    func makeEvent(_ p: EventPatterns.Pattern, trigger t: Int, sentence s: Int, binding b: Binding, sentenceStart: Int,
                   ruleWords: [String]? = nil) -> Event {
        var cameo = coder.ontology.cameo(p.code)!
        // the sentence may give the act another ACLED view (acled-rules.tsv): a grenade,
        // a mob, an armed recipient ("an Armenian soldier was killed by sniper fire")
        cameo.acled = acledView(code: cameo.code, trigger: t, sentence: s, binding: b, ruleWords: ruleWords)
        // negation and modality from the words before the trigger
        let patternNegates = p.elements.contains(.not)
        var negated = false
        var modality: String? = nil
        var q = t - 1
        while q >= sentenceStart, t - q <= 3 {
            let w = norms[q]
            if !patternNegates, isWord(q, in: .negators) { negated = true }
            if w == "to", q - 1 >= sentenceStart {
                if isWord(q - 1, in: .refusals), !patternNegates { negated = true }
                if isWord(q - 1, in: .threat) { modality = "threat" } else if isWord(q - 1, in: .intent) { modality = modality ?? "intent" }
            }
            if isWord(q, in: .future), !patternNegates { modality = modality ?? "future" }
            if isWord(q, in: .possible) { modality = modality ?? "possible" }
            if !p.isVerb, !patternNegates {
                // a noun event called off, planned or threatened ("calls off Saturday rally",
                // "plan a general strike", "threatened a strike")
                if isWord(q, in: .cancels) || (isWord(q, in: .cancelParticles) && q - 1 >= sentenceStart && isWord(q - 1, in: .cancelVerbs)) {
                    negated = true
                }
                // the plan or threat governs the noun phrase only right before it or its article
                // ("plan a general strike", "a planned rally"; not "ONGC's plans during a trip")
                // ("plan nationwide demonstrations": one word of `planned-modifiers` between)
                if q + 1 == t || isWord(q + 1, in: .objectOpeners) || (q + 2 == t && coder.plannedModifiers.contains(norms[q + 1])) {
                    if isWord(q, in: .plans) { modality = modality ?? "intent" }
                    if isWord(q, in: .threat) { modality = modality ?? "threat" }
                }
            }
            if Segmenter.isTerminal(w) || w == "," { break }
            q -= 1
        }
        // an act its clause denies ("denied that its aircraft had bombed the village"); an act
        // in a condition is possible, not done ("threatened to strike if forces attacked the dam")
        if !negated, !patternNegates {
            var d = t - 1
            while d >= sentenceStart, t - d <= 8 {
                let w = norms[d]
                if isWord(d, in: .conditionOpeners), d == sentenceStart || !tokens[d].isCapitalized {
                    if !asksWhether(d, sentenceStart: sentenceStart) { modality = modality ?? "possible" }
                    break
                }
                if Segmenter.isTerminal(w) || w == "," || isWord(d, in: .clauseOpeners) { break }
                if isWord(d, in: .denials) {
                    negated = d + 1 == t || isWord(d + 1, in: .denialOpeners)
                    break
                }
                d -= 1
            }
        }
        var confidence = 0.4
        if b.src != nil { confidence += 0.25 }
        if b.tgt != nil { confidence += 0.2 }
        let lead = s < EventRun.leadSentences && EventRun.actsOfForce.contains(cameo.root)
        let date = dateOf(trigger: t, sentence: s, leadActors: lead ? [b.src, b.tgt].compactMap { $0 } : nil)
        if date.basis != .publication { confidence += 0.1 }
        return Event(cameo: cameo, sources: b.src.map { coordinated($0, before: t, sentenceStart: sentenceStart, not: b.tgt) } ?? [],
                     targets: b.tgt.map { [$0] } ?? [],
                     date: date, negated: negated, modality: modality, confidence: min(confidence, 0.95),
                     evidence: [Event.Evidence(sentence: s, trigger: t..<t + 1)], rule: "\(p.file):\(p.line)")
    }

    /// A time usable as an event date: a DATE or TIME with a calendar value,
    /// not an open stretch of years ("pre-1949 Chinese bonds", "the post-1949
    /// record": mod BEFORE or AFTER), which names no event's day.
    func isDate(_ k: Int) -> Bool {
        let t = times[k]
        guard t.type == .date || t.type == .time, t.mod != "BEFORE", t.mod != "AFTER" else { return false }
        guard let f = t.value.utf8.first else { return false }
        return (f >= 0x30 && f <= 0x39) || f == UInt8(ascii: "X")
    }

    /// The sentences of an article's lead: an act of force reported there
    /// without a date of its own is what the article is about, and the
    /// article's next sentence usually tells when it happened.
    static let leadSentences = 3
    /// The CAMEO roots of acts of force: coerce, assault, fight, mass violence.
    static let actsOfForce: Set<String> = ["17", "18", "19", "20"]

    /// The date of the event whose trigger is at `t` in sentence `s`: an
    /// event-anchored ordinal just before it, else the nearest date of its
    /// clause, else the last date of the two sentences before in its
    /// paragraph; for an act of force in the lead (`leadActors` its
    /// participants), else the next sentence's first date that tells no
    /// saying, unless the act has a person as a participant and that
    /// sentence names another person and none of them (it tells another
    /// act: "Police detained the journalist Maria Kovacs. Police detained
    /// the lawyer Anna Petrova on December 20."); else the
    /// date of saying of its clause ("…, activists said Monday": it only
    /// bounds the event, basis inferred); else the publication date.
    func dateOf(trigger t: Int, sentence s: Int, leadActors: [Int]? = nil) -> Event.EventDate {
        let sentence = doc.sentences[s]
        // an event-anchored ordinal just before the trigger: "the 14th day of the road blockade"
        // (times are in text order without overlaps, so both their starts and their ends ascend:
        // binary searches keep this linear in the article instead of times × triggers)
        var k = firstTime { $0.tokens.upperBound >= t - 4 }
        while k < times.count, times[k].tokens.upperBound <= t {
            if times[k].impliedStart != nil { return .init(value: times[k].impliedStart, time: k, basis: .inferred) }
            k += 1
        }
        // an act in a clause a span and "after" open: "Two years after the activist was abducted, …"
        if let across = dateAcrossSpan(trigger: t, sentence: sentence.tokens) { return across }
        // the nearest date of the trigger's clause in the sentence; a date
        // that tells when something was said ("…, activists said Monday")
        // only bounds the event, and a date in another clause ("since Beijing
        // passed a law last June", "X, who was arrested in 2018, …") is
        // another event's
        var best: (distance: Int, k: Int)? = nil
        var reported: (distance: Int, k: Int)? = nil
        var aside: (distance: Int, k: Int)? = nil
        var filed: Int? = nil
        let inSentence = firstTime { $0.tokens.lowerBound >= sentence.tokens.lowerBound }
        k = inSentence
        while k < times.count, times[k].tokens.lowerBound < sentence.tokens.upperBound {
            let time = times[k]
            if isDate(k), !endsAState(time.tokens, sentence: sentence.tokens), !inOtherClause(time.tokens, trigger: t, sentence: sentence.tokens) {
                let d = time.tokens.lowerBound > t ? time.tokens.lowerBound - t : t - time.tokens.upperBound + 1
                if isDatelineDate(k) {
                    filed = k
                } else if datesSaying(time.tokens, trigger: t, sentence: sentence.tokens) {
                    if reported == nil || d < reported!.distance { reported = (d, k) }
                } else if inBrackets(time.tokens, apartFrom: t, sentence: sentence.tokens) {
                    if aside == nil || d < aside!.distance { aside = (d, k) }
                } else if best == nil || d < best!.distance {
                    best = (d, k)
                }
            }
            k += 1
        }
        // a date in brackets the trigger is not in only glosses another
        // ("Around 28 September 2020 (between 27 and 29 September), forces
        // fought …": the event's date is the one outside)
        if let best = best ?? aside { return .init(value: times[best.k].value, time: best.k, basis: .explicit) }
        // the last date in the two sentences before, within the paragraph
        let para = doc.paragraphs.isEmpty ? nil : doc.paragraphs[doc.paragraphIndex(ofToken: t)]
        if let para, s > 0 {
            let from = max(para.tokens.lowerBound, doc.sentences[max(0, s - 2)].tokens.lowerBound)
            k = inSentence - 1
            while k >= 0, times[k].tokens.lowerBound >= from {
                if isDate(k), isDatelineDate(k) {
                    filed = filed ?? k
                } else if isDate(k), !endsAState(times[k].tokens, sentence: doc.sentences[doc.sentenceIndex(ofToken: times[k].tokens.lowerBound)].tokens) {
                    return .init(value: times[k].value, time: k, basis: .explicit)
                }
                k -= 1
            }
        }
        if let leadActors, s + 1 < doc.sentences.count, !namesAnotherPerson(doc.sentences[s + 1].tokens, than: leadActors) {
            let next = doc.sentences[s + 1].tokens
            k = firstTime { $0.tokens.lowerBound >= next.lowerBound }
            while k < times.count, times[k].tokens.lowerBound < next.upperBound {
                if isDate(k), !endsAState(times[k].tokens, sentence: next), !nextToSaying(times[k].tokens, sentence: next, except: nil) {
                    return .init(value: times[k].value, time: k, basis: .explicit)
                }
                k += 1
            }
        }
        if let reported { return .init(value: times[reported.k].value, time: reported.k, basis: .inferred) }
        // the dateline's date is the day the report was filed: it bounds the event as the
        // publication date does, and a later report's stated date replaces it
        if let filed { return .init(value: times[filed].value, time: filed, basis: .inferred) }
        return .init(value: doc.date.map(TimexFormat.day), time: nil, basis: .publication)
    }

    /// Whether the time `k` is the date of an agency dateline: it follows a
    /// place in capitals that opens a line and a comma, and a dash ends the
    /// dateline, with the agency's name in brackets between at most
    /// ("ALEPPO, Nov. 25 (Xinhua) -- …", "CAIRO, Nov 25 — …", "ADEN, Yemen,
    /// March 7 (Xinhua) -- …"). It tells when the report was filed, not when
    /// the act it tells happened: "… fired shells at Aleppo on Saturday" is
    /// dated by its Saturday. Counter-example: "On Nov. 25, rebels fired
    /// shells" (no capitals, no dash).
    func isDatelineDate(_ k: Int) -> Bool {
        let span = times[k].tokens
        var q = span.upperBound
        guard q < tokens.count else { return false }
        if norms[q] == "(" {
            // the agency's name: a few capitalized words ("(Xinhua)", "(AP)", "(Reuters)")
            q += 1
            let open = q
            while q < tokens.count, q - open < 4, norms[q] != ")" {
                guard tokens[q].isCapitalized || tokens[q].isAllCaps else { return false }
                q += 1
            }
            guard q < tokens.count, norms[q] == ")", q > open else { return false }
            q += 1
        }
        guard q < tokens.count, norms[q] == "-", tokens[q].newlinesBefore == 0 else { return false }
        // before the date: "PLACE," or "PLACE, Country," from the start of a line
        var p = span.lowerBound - 1
        guard p >= 0, norms[p] == "," else { return false }
        while p >= 0, span.lowerBound - p <= 8 {
            if p == 0 || tokens[p].newlinesBefore > 0 {
                return tokens[p].isAllCaps
            }
            guard norms[p] == "," || norms[p] == "/" || tokens[p].isCapitalized, tokens[p].kind != .number else { return false }
            p -= 1
        }
        return false
    }

    /// Whether the date at `span` stands in brackets ("(between 27 and 29
    /// September)") that do not hold the trigger `t`, within the sentence.
    func inBrackets(_ span: Range<Int>, apartFrom t: Int, sentence: Range<Int>) -> Bool {
        var open = span.lowerBound - 1
        while open >= sentence.lowerBound, norms[open] != "(" {
            if norms[open] == ")" { return false }
            open -= 1
        }
        guard open >= sentence.lowerBound else { return false }
        var close = span.upperBound
        while close < sentence.upperBound, norms[close] != ")" {
            if norms[close] == "(" { return false }
            close += 1
        }
        guard close < sentence.upperBound else { return false }
        return t < open || t > close
    }

    /// Whether the tokens `range` name a person (not by a pronoun) other than
    /// the actors `participants`, one of which is a person, and none of
    /// their persons (an act on someone unnamed, "gunmen abducted a man", may be
    /// told with the victim's name next).
    func namesAnotherPerson(_ range: Range<Int>, than participants: [Int]) -> Bool {
        guard participants.contains(where: { actors[$0].kind == .person }) else { return false }
        var other = false
        for q in range where actorStart[q] >= 0 {
            let a = Int(actorStart[q])
            guard actors[a].kind == .person else { continue }
            if participants.contains(a) { return false }
            if !isWord(q, in: .pronouns) { other = true }
        }
        return other
    }

    /// Whether the date at `span` only tells when a state ended or will end
    /// ("held until July 2", "no explanation had been given for their arrests
    /// until July 2"): it dates no act. Counter-example: "since July 2"
    /// tells when the state began, and dates it.
    func endsAState(_ span: Range<Int>, sentence: Range<Int>) -> Bool {
        var q = span.lowerBound - 1
        if q >= sentence.lowerBound, norms[q] == "the" { q -= 1 }
        return q >= sentence.lowerBound && isWord(q, in: .untilWords)
    }

    /// Whether the date at `span` belongs to another clause than the trigger
    /// `t` in their sentence: a participle clause after a comma separates
    /// them, a clause opener stands between them ("the
    /// largest arrests since Beijing passed a law last June"), or the date
    /// is inside a relative clause set off by commas that the trigger is
    /// not in ("X, who was arrested in 2018, was sentenced"); a trigger in
    /// a relative clause may take the main clause's date ("leaders, who
    /// organized the rally, addressed the crowd on Sunday"). An opener
    /// right before the date is a preposition of the trigger's clause
    /// ("detained since February 15").
    func inOtherClause(_ span: Range<Int>, trigger t: Int, sentence: Range<Int>) -> Bool {
        // a date that opens the sentence ("On 21 June 2019, activists who were blocking the
        // road were detained") dates every clause of it, but an act told as earlier ("who had
        // attacked") or in an adverbial clause of its own
        if span.upperBound <= t, opensSentence(span, sentence: sentence), !isPastPerfect(t, sentence: sentence),
           adverbialOpener(before: t, sentence: sentence) == nil, !asideBetween(span.upperBound + 1, t) {
            return false
        }
        let (a, b) = span.lowerBound > t ? (t, span.lowerBound) : (span.upperBound - 1, t)
        var q = a + 1
        while q < b {
            // a participle clause after the trigger has its own time ("it executed 81 people,
            // exceeding the total it sentenced to death last year"); a trigger inside one shares
            // the main clause's ("gunmen stormed a school on Wednesday, killing one student")
            if span.lowerBound > t, norms[q] == ",", q + 1 < b, tokens[q + 1].kind == .word, !tokens[q + 1].isCapitalized,
               norms[q + 1].hasASCIISuffix("ing"), norms[q + 1].utf8.count > 5, !isWord(q + 1, in: .notParticiples) {
                return true
            }
            // ("the day before the report was published", "two weeks after": a time of the same clause)
            if isWord(q, in: .clauseOpeners), q == 0 || !isWord(q - 1, in: .timeUnits) {
                let governsDate = span.lowerBound > t && (q == span.lowerBound - 1
                    || q == span.lowerBound - 2 && ["on", "the", "last", "early", "late", "mid"].contains(norms[q + 1]))
                if !governsDate { return true }
            }
            q += 1
        }
        if let r = relativeClause(around: span.lowerBound, sentence: sentence), !r.contains(t) { return true }
        // a trigger in an adverbial clause before the main clause ("Two years after the activist
        // was abducted, his family marched on Sunday"): the main clause's date is another act's
        if span.lowerBound > t, adverbialOpener(before: t, sentence: sentence, leading: true) != nil {
            var q = t + 1
            while q < span.lowerBound {
                if isClauseBreak(q) { return true }
                q += 1
            }
        }
        return false
    }

    /// Whether the date at `span` opens the sentence, alone or after a
    /// preposition, and a comma or a bracket ends it: "On 21 June 2019, …",
    /// "Around 12 March 2019 (week of), …".
    func opensSentence(_ span: Range<Int>, sentence: Range<Int>) -> Bool {
        let lead = span.lowerBound - sentence.lowerBound
        guard lead == 0 || lead == 1 && tokens[sentence.lowerBound].kind == .word && isWord(sentence.lowerBound, in: .dateOpeners),
              span.upperBound < sentence.upperBound else { return false }
        return norms[span.upperBound] == "," || norms[span.upperBound] == "("
    }

    /// Whether a dash between words, an opening bracket or a semicolon stands
    /// in `from..<to`: an aside, which may tell of another time ("describing
    /// the women - who were forced to work in wartime brothels - as …"), or a
    /// clause of its own ("…; four soldiers were killed").
    func asideBetween(_ from: Int, _ to: Int) -> Bool {
        var q = from
        while q < to {
            if norms[q] == "(" || norms[q] == ";" || tokens[q].kind == .dash && !doc.isWordHyphen(q) { return true }
            q += 1
        }
        return false
    }

    /// Whether the verb at `t` is in the past perfect ("had attacked", "had
    /// been detained"): an act before the time the sentence tells.
    func isPastPerfect(_ t: Int, sentence: Range<Int>) -> Bool {
        var q = t - 1
        while q >= sentence.lowerBound, t - q <= 3 {
            if norms[q] == "had" { return true }
            guard tokens[q].kind == .word, !isClauseBreak(q) else { return false }
            q -= 1
        }
        return false
    }

    /// A comma or semicolon: what ends an adverbial clause here (a bracket
    /// or a dash sets off a part of the clause: "after they were released
    /// (on March 21) by …").
    func isClauseBreak(_ q: Int) -> Bool {
        let w = norms[q]
        return w == "," || w == ";"
    }

    /// The adverbial opener ("after", "because" …) of the clause that the
    /// token `t` stands in: the nearest one before it in the sentence with
    /// no clause break between. With `leading`, only one that opens the
    /// sentence, alone or after a span ("Two years after …, his family …"):
    /// a clause after the main one may carry another ("clings to power after
    /// the elections in 2018, when his rivals were banned").
    func adverbialOpener(before t: Int, sentence: Range<Int>, leading: Bool = false) -> Int? {
        var q = t - 1
        while q >= sentence.lowerBound, !isClauseBreak(q) {
            if isWord(q, in: .adverbialOpeners) {
                guard leading, q > sentence.lowerBound else { return q }
                let k = firstTime { $0.tokens.upperBound > q } - 1
                return k >= 0 && times[k].tokens == sentence.lowerBound..<q ? q : nil
            }
            q -= 1
        }
        return nil
    }

    /// The date of an act told in a clause that a span and "after" or
    /// "before" open ("Two years after the activist was abducted, his family
    /// marched on Sunday"; "…, three months after soldiers shelled the
    /// town"): the main clause's date nearest the clause (after it when it
    /// opens the sentence, else before it) moved back ("after") or forward ("before") by the
    /// span, to the span's unit: years give a year, months a month, weeks and
    /// days a day (only from a day). Nil when the clause has a date of its
    /// own, the span is vague ("years after") or approximate ("almost two
    /// decades"), the result is after the publication date, or the sentence has no other
    /// date (the publication date is a poor anchor for a story told in the
    /// past: "Ten weeks after his arrest, police transferred him").
    func dateAcrossSpan(trigger t: Int, sentence: Range<Int>) -> Event.EventDate? {
        guard let q = adverbialOpener(before: t, sentence: sentence) else { return nil }
        let sign: Int
        switch norms[q] { case "after": sign = -1; case "before": sign = 1; default: return nil }
        let k = firstTime { $0.tokens.upperBound > q } - 1
        guard k >= 0, times[k].type == .duration, times[k].mod == nil, times[k].tokens.upperBound == q,
              times[k].tokens.lowerBound >= sentence.lowerBound else { return nil }
        // P2Y, P3M, P2W, P10D
        let v = Array(times[k].value.utf8)
        guard v.count >= 3, v[0] == UInt8(ascii: "P") else { return nil }
        var n = 0
        for c in v[1..<(v.count - 1)] {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            n = n * 10 + Int(c) - 48
        }
        guard n > 0, n <= 200 else { return nil }
        let unit = v[v.count - 1]
        var end = t + 1
        while end < sentence.upperBound, !isClauseBreak(end) { end += 1 }
        let clause = times[k].tokens.lowerBound..<end
        // the anchor: the main clause's date nearest the clause: after a clause that opens
        // the sentence, else before it ("…, a day after he was acquitted in …, his sister
        // told Reuters on Friday": a later date tells another thing)
        let leads = clause.lowerBound == sentence.lowerBound
        var anchor: String? = nil
        var j = firstTime { $0.tokens.lowerBound >= sentence.lowerBound }
        while j < times.count, times[j].tokens.lowerBound < sentence.upperBound {
            let span = times[j].tokens
            if clause.contains(span.lowerBound) {
                if isDate(j) { return nil }
            } else if isDate(j), !endsAState(span, sentence: sentence),
                      leads ? span.lowerBound >= clause.upperBound && anchor == nil : span.upperBound <= clause.lowerBound {
                anchor = times[j].value
            }
            j += 1
        }
        guard let anchor, let days = EventDateSpan.days(of: anchor) else { return nil }
        let a = CivilDate(dayNumber: days.lowerBound)
        let isDay = days.count == 1
        let value: String
        switch unit {
        case UInt8(ascii: "Y"): value = TimexFormat.year(a.year + sign * n)
        case UInt8(ascii: "M"):
            guard days.count <= 31 else { return nil }
            let m = a.adding(months: sign * n)
            value = TimexFormat.month(m.year, m.month)
        case UInt8(ascii: "W"):
            guard isDay else { return nil }
            value = TimexFormat.day(a.adding(days: sign * 7 * n))
        case UInt8(ascii: "D"):
            guard isDay else { return nil }
            value = TimexFormat.day(a.adding(days: sign * n))
        default: return nil
        }
        // a shifted date after the publication date is a misreading
        if let pub = doc.date, let d = EventDateSpan.days(of: value), d.lowerBound > pub.dayNumber { return nil }
        return .init(value: value, time: k, basis: .explicit)
    }

    /// The relative clause (", who … ,") that token `i` stands in, if any:
    /// from its pronoun to the next comma, dash or bracket.
    func relativeClause(around i: Int, sentence: Range<Int>) -> Range<Int>? {
        func isBreak(_ q: Int) -> Bool {
            let w = norms[q]
            return w == "," || w == ";" || w == "(" || w == ")" || tokens[q].kind == .dash
        }
        var q = i - 1
        var open: Int? = nil
        while q >= sentence.lowerBound, i - q <= 25, !isBreak(q) {
            if isWord(q, in: .relativeOpeners) { open = q; break }
            q -= 1
        }
        guard let open else { return nil }
        var close = i + 1
        while close < sentence.upperBound, !isBreak(close) { close += 1 }
        return open..<close
    }

    /// Whether the date at `span` tells when something was said about the
    /// trigger's event rather than when it happened: a verb of saying or
    /// reacting other than the trigger comes just before it, with a few
    /// words between at most ("said on Monday", "told reporters on
    /// Friday"), or right after it ("on Monday said"). A date in the
    /// possessive right before the trigger dates the trigger's act, whatever
    /// comes before it ("condemned Saturday's abduction", "awaiting today's
    /// release").
    func datesSaying(_ span: Range<Int>, trigger t: Int, sentence: Range<Int>) -> Bool {
        if isWord(t, in: .saying) { return false }
        if span.upperBound + 1 == t && norms[span.upperBound] == "'s" || span.upperBound == t && norms[t - 1] == "'s" { return false }
        return nextToSaying(span, sentence: sentence, except: t)
    }

    /// Whether a verb of saying or reacting comes just before the date at
    /// `span` (a few words between at most, none of them the token `except`,
    /// and not after a form of be: "was condemned on Monday" is the act) or
    /// right after it.
    func nextToSaying(_ span: Range<Int>, sentence: Range<Int>, except t: Int?) -> Bool {
        var q = span.lowerBound - 1
        while q >= sentence.lowerBound, span.lowerBound - q <= 5 {
            if q == t { return false }
            if isWord(q, in: .saying) { return !(q > 0 && isWord(q - 1, in: .be)) }
            guard tokens[q].kind == .word || tokens[q].kind == .initialism, !isWord(q, in: .clauseOpeners) else { break }
            q -= 1
        }
        let after = span.upperBound
        if after < sentence.upperBound, after != t, isWord(after, in: .saying) { return true }
        return false
    }

    /// The index of the first time expression for which `isAfter` holds
    /// (`times.count` when none), where `isAfter` is false then true along
    /// the text. - Complexity: O(log times).
    func firstTime(_ isAfter: (TimeExpression) -> Bool) -> Int {
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(times[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// How specific a CAMEO code is: longer codes are, and of two codes of one
    /// length a named act ("181" abduct) is more than the "not specified"
    /// code ending in 0 ("180"): "gunmen abducted a journalist" is an abduction.
    static func specificity(_ code: String) -> Int {
        2 * code.utf8.count + (code.utf8.count > 2 && code.utf8.last != UInt8(ascii: "0") ? 1 : 0)
    }

    /// Folds repeated reports of one event into one event with more evidence.
    func merge(_ events: [Event]) -> [Event] {
        var out: [Event] = []
        for e in events {
            if let i = out.firstIndex(where: { o in
                o.cameo.root == e.cameo.root && o.negated == e.negated
                    && (o.date.value == e.date.value || isWeak(o.date) || isWeak(e.date))
                    && compatible(o.sources, e.sources) && compatible(o.targets, e.targets)
                    && (!o.sources.isEmpty || !e.sources.isEmpty || o.cameo.code == e.cameo.code)
            }) {
                fold(e, into: &out[i])
            } else {
                out.append(e)
            }
        }
        return out
    }

    /// Adds the report `e` to the event `o` it repeats: its actors where `o`
    /// has none, a better date, a more specific code, its evidence.
    func fold(_ e: Event, into o: inout Event) {
        if o.sources.isEmpty { o.sources = e.sources }
        if o.targets.isEmpty { o.targets = e.targets }
        // a later report's date replaces the day the event was said to have happened by ("…,
        // activists said Monday") only when its own sentence states it: a date it takes from
        // the sentences before ("Those executed had been plotting attacks" after "…, exceeding
        // the total it sentenced to death last year") may be another event's
        if o.date.basis == .publication && e.date.basis != .publication
            || isWeak(o.date) && !isWeak(e.date) && statesOwnDate(e) { o.date = e.date }
        if EventRun.specificity(e.cameo.code) > EventRun.specificity(o.cameo.code) { o.cameo = e.cameo }
        o.evidence.append(contentsOf: e.evidence)
        o.confidence = min(0.95, max(o.confidence, e.confidence) + 0.05)
    }

    /// Whether the event's date is a time expression of its first report's
    /// own sentence (not one of the sentences before or after it).
    func statesOwnDate(_ e: Event) -> Bool {
        guard let k = e.date.time, let ev = e.evidence.first, doc.sentences.indices.contains(ev.sentence) else { return false }
        return doc.sentences[ev.sentence].tokens.contains(times[k].tokens.lowerBound)
    }

    /// A date the text does not state for the event: the publication date,
    /// or the date its report was made ("…, activists said Monday"); a later
    /// mention's stated date replaces it.
    func isWeak(_ d: Event.EventDate) -> Bool {
        d.basis == .publication || d.basis == .inferred && (d.time.map { times[$0].impliedStart == nil } ?? true)
    }

    /// Actor lists that may name the same participants: one is empty, they
    /// share an actor, or their actors share a known country.
    func compatible(_ a: [Int], _ b: [Int]) -> Bool {
        if a.isEmpty || b.isEmpty || !Set(a).isDisjoint(with: b) { return true }
        let ca = Set(a.compactMap { actors[$0].country }), cb = Set(b.compactMap { actors[$0].country })
        return !ca.isEmpty && !ca.isDisjoint(with: cb)
    }
}
