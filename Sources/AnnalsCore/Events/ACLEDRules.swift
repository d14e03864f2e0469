/// Rules that give an event another ACLED view than its CAMEO code's
/// (`Data/events/acled-rules.tsv`): the code says what kind of act it is,
/// and ACLED also sorts acts by weapon (a grenade), by who acts (a mob, state
/// forces taking ground), against whom (armed recipients) and by how a
/// protest ended. The first rule that matches an event, in file order, applies.
public struct ACLEDRules: Sendable {
    /// What a rule looks at.
    public enum Cue: String, Sendable, CaseIterable {
        case actorSector = "actor-sector"
        case recipientSector = "recipient-sector"
        case actorWord = "actor-word"
        case recipientWord = "recipient-word"
        case trigger
        case sentenceWord = "sentence-word"
        /// another event of the same sentence has one of these CAMEO codes
        /// (or falls under one): "IS claimed responsibility for the attack"
        case sentenceCode = "sentence-code"
        /// the first actor's sector is one of these, and its country is the
        /// country of the event's place: a state's forces at home. Known only
        /// once the event has its place (`placedView`).
        case actorAtHome = "actor-at-home"

        var takesSectors: Bool { self == .actorSector || self == .recipientSector || self == .actorAtHome }
    }

    /// The view a rule starts from: an ACLED sub-event type, or a CAMEO code
    /// the event's code is or falls under.
    public enum From: Sendable, Equatable {
        case subtype(String)
        case code(String)
    }

    public struct Rule: Sendable {
        public var from: From
        public var cue: Cue
        public var values: Set<String>
        /// A second cue that must hold as well (the optional sixth and
        /// seventh fields): "an accident word, and no one who acted".
        public var also: (cue: Cue, values: Set<String>)?
        /// Nil: the event is outside ACLED's scope ("an earthquake killed 40").
        public var to: EventOntology.ACLEDView?
        /// Line in the rules file (for the event's audit trail and errors).
        public var line: Int
    }

    /// What the rules see of one event. The trigger and the sentence are the
    /// text's normalized (lower-case) words; names are read word by word,
    /// lower-cased, only by a rule that looks at them.
    public struct Event {
        public var code: String
        public var view: EventOntology.ACLEDView?
        public var actorSector: String?
        public var recipientSector: String?
        public var actorName: String?
        public var recipientName: String?
        public var trigger: String
        public var sentence: ArraySlice<String>
        /// The sentence's tokens (the same indices as `sentence`): they tell
        /// a hyphen inside a word ("sit-in") from a dash between words
        /// ("clashes - and", "clashes–and"). Empty: every "-" joins.
        public var tokens: ArraySlice<Token> = []
        /// The CAMEO codes of the sentence's other events.
        public var sentenceCodes: [String]
        /// The first actor's country, and the country of the event's place
        /// (nil until the event has one).
        public var actorCountry: String?
        public var placeCountry: String?
        /// The sentence's words some sentence-word rule looks for
        /// (`ruleWords`), when the caller has read them already (once for
        /// all the events of a sentence); nil: read from `sentence`.
        public var sentenceRuleWords: [String]? = nil

        public init(code: String, view: EventOntology.ACLEDView?, actorSector: String? = nil, recipientSector: String? = nil,
                    actorName: String? = nil, recipientName: String? = nil, trigger: String, sentence: ArraySlice<String> = [],
                    sentenceCodes: [String] = [], actorCountry: String? = nil, placeCountry: String? = nil) {
            self.code = code; self.view = view; self.actorSector = actorSector; self.recipientSector = recipientSector
            self.actorName = actorName; self.recipientName = recipientName; self.trigger = trigger; self.sentence = sentence
            self.sentenceCodes = sentenceCodes; self.actorCountry = actorCountry; self.placeCountry = placeCountry
        }
    }

    public let rules: [Rule]
    /// Every word a sentence-word rule looks for: the sentence is read once
    /// per event against it, and each rule then only sees the words found.
    let sentenceWords: Set<String>
    /// Whether some sentence-word value is written with a hyphen ("sit-in").
    let hyphenated: Bool
    /// Whether some rule looks at the sentence's other events: the coder
    /// then gives the views of a sentence's events once all are coded.
    public let looksAtOtherEvents: Bool
    /// The rules `view(of:)` tries, and those that look at the event's place
    /// (`actor-at-home`), tried by `placedView` once events have places.
    let unplaced: Starts, placed: Starts
    public var looksAtPlaces: Bool { !placed.rules.isEmpty }

    /// Rules in file order and, as indices into them, those that start from
    /// each sub-event type and from each CAMEO code: an event tries only the
    /// rules of its view and of its code's prefixes, not every rule.
    struct Starts: Sendable {
        let rules: [Rule]
        let bySubtype: [String: [Int]]
        let byCode: [String: [Int]]
        /// The longest code a rule starts from, in characters.
        let longestCode: Int

        init(_ rules: [Rule]) {
            self.rules = rules
            var bySubtype: [String: [Int]] = [:], byCode: [String: [Int]] = [:]
            for (i, r) in rules.enumerated() {
                switch r.from {
                case .subtype(let s): bySubtype[s, default: []].append(i)
                case .code(let c): byCode[c, default: []].append(i)
                }
            }
            self.bySubtype = bySubtype
            self.byCode = byCode
            longestCode = byCode.keys.map(\.count).max() ?? 0
        }
    }

    public static let none = ACLEDRules(rules: [])

    init(rules: [Rule]) {
        self.rules = rules
        unplaced = Starts(rules.filter { !$0.looksAtPlace })
        placed = Starts(rules.filter(\.looksAtPlace))
        sentenceWords = Set(rules.filter { $0.cue == .sentenceWord }.flatMap(\.values)
                            + rules.compactMap { $0.also }.filter { $0.cue == .sentenceWord }.flatMap(\.values))
        looksAtOtherEvents = rules.contains { $0.cue == .sentenceCode }
        hyphenated = sentenceWords.contains { $0.contains("-") }
    }

    /// The words of `sentence` in `wanted`. The tokenizer makes a hyphen a
    /// token of its own ("sit", "-", "in"); when `hyphenated`, the parts of
    /// a hyphenated word are also read joined ("sit-in", and "anti-tank" in
    /// "anti-tank mine"), so a rule can name such a word as it is written.
    /// - Complexity: O(sentence length), times the parts of a hyphenated run.
    /// Only a hyphen inside a word joins: with `tokens`, a "-" written as
    /// one ASCII hyphen with no space on either side.
    static func ruleWords(_ sentence: ArraySlice<String>, _ wanted: Set<String>, hyphenated: Bool,
                          tokens: ArraySlice<Token> = []) -> [String] {
        var found = sentence.filter(wanted.contains)
        if hyphenated { joinedWords(sentence, wanted, tokens: tokens, into: &found) }
        return found
    }

    /// Whether the "-" at `k` is a hyphen inside a word ("sit-in"), not a
    /// dash between words (" - ", an unspaced en or em dash, which the
    /// normalizer also writes "-"): one byte, no space before it or after.
    /// Without tokens every "-" is taken for a hyphen.
    @inline(__always) static func joinsWord(_ k: Int, _ tokens: ArraySlice<Token>) -> Bool {
        guard !tokens.isEmpty else { return true }
        return k + 1 < tokens.endIndex && tokens[k].end - tokens[k].start == 1
            && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore
    }

    /// Appends to `found` the hyphenated words of `sentence` in `wanted`, read
    /// joined ("sit-in"): the second half of `ruleWords`.
    static func joinedWords(_ sentence: ArraySlice<String>, _ wanted: Set<String>, tokens: ArraySlice<Token> = [],
                            into found: inout [String]) {
        var i = sentence.startIndex
        while i < sentence.endIndex {
            defer { i += 1 }
            guard sentence[i] != "-" else { continue }
            var joined = sentence[i], k = i
            while k + 2 < sentence.endIndex, sentence[k + 1] == "-", sentence[k + 2] != "-", joinsWord(k + 1, tokens) {
                joined += "-" + sentence[k + 2]
                k += 2
                if wanted.contains(joined) { found.append(joined) }
            }
        }
    }

    /// Validates one value of a word cue: one lower-case word. A trigger is
    /// one token, so it holds no hyphen; a sentence word may ("sit-in": see
    /// `ruleWords`), between two letters; names are read as written.
    static func checkWord(_ v: String, cue: Cue, file: DataFile, line: DataFile.Line) throws {
        guard !v.isEmpty, v == v.lowercased(), !v.contains(" ") else {
            throw file.error(line, "word '\(v)' must be one lower-case word")
        }
        guard v.contains("-") else { return }
        if cue == .trigger { throw file.error(line, "trigger '\(v)' holds a hyphen: a trigger is one token, and the tokenizer splits words at hyphens") }
        if cue == .sentenceWord, v.hasPrefix("-") || v.hasSuffix("-") || v.contains("--") {
            throw file.error(line, "word '\(v)' must have a part on each side of every hyphen")
        }
    }

    /// The view the first matching rule gives, or the event's own view.
    /// Rules that look at the place wait for `placedView`.
    public func view(of e: Event) -> EventOntology.ACLEDView? { firstMatch(unplaced, e) }

    /// The view once the event has its place: the first rule that looks at
    /// the place and matches the view `view(of:)` gave, else that view
    /// (`view(of:)` does not try such rules: the place is not known yet).
    public func placedView(of e: Event) -> EventOntology.ACLEDView? { firstMatch(placed, e) }

    private func firstMatch(_ s: Starts, _ e: Event) -> EventOntology.ACLEDView? {
        // the rules that start from the event's view and those that start from its code (or a
        // code it falls under), each in file order, tried merged in file order
        let fromView = e.view.flatMap { s.bySubtype[$0.subtype] } ?? []
        var fromCode: [Int] = []
        // (a code of ASCII digits, every one, is cut on its bytes: no characters counted)
        let ascii = e.code.utf8.allSatisfy { $0 < 0x80 }
        let longest = min(ascii ? e.code.utf8.count : e.code.count, s.longestCode)
        if longest > 0 {
            for n in 1...longest {
                let prefix = ascii ? String(decoding: e.code.utf8.prefix(n), as: UTF8.self) : String(e.code.prefix(n))
                if let r = s.byCode[prefix] { fromCode += r }
            }
            if fromCode.count > 1 { fromCode.sort() }
        }
        // the sentence's rule words, read when a sentence-word rule first needs them
        var found: [String]? = e.sentenceRuleWords
        var a = 0, b = 0
        while a < fromView.count || b < fromCode.count {
            let i: Int
            if b == fromCode.count || (a < fromView.count && fromView[a] < fromCode[b]) { i = fromView[a]; a += 1 } else { i = fromCode[b]; b += 1 }
            let r = s.rules[i]
            if r.cue == .sentenceWord || r.also?.cue == .sentenceWord, found == nil {
                found = Self.ruleWords(e.sentence, sentenceWords, hyphenated: hyphenated, tokens: e.tokens)
            }
            if r.cueHolds(in: e, sentenceWords: found ?? []) { return r.to }
        }
        return e.view
    }

    /// Reads and validates the rules against the ontology's ACLED pairs and CAMEO codes.
    init(_ file: DataFile, pairs: [EventOntology.ACLEDView], codes: Set<String>, sectors: Set<String>) throws {
        let subtypes = Set(pairs.map(\.subtype)), known = Set(pairs)
        var rules: [Rule] = []
        for line in file.lines {
            let f = line.fields.map(String.init)
            guard f.count == 5 || f.count == 7 else {
                throw file.error(line, "expected 5 tab-separated fields (from, cue, values, to type, to sub-event type) or 7 (and a second cue and its values), found \(f.count)")
            }
            let from: From
            if EventOntology.isDigits(f[0]) {
                guard codes.contains(f[0]) else { throw file.error(line, "unknown CAMEO code '\(f[0])' (not in cameo.tsv)") }
                from = .code(f[0])
            } else {
                guard subtypes.contains(f[0]) else { throw file.error(line, "unknown ACLED sub-event type '\(f[0])' (not in acled.tsv)") }
                from = .subtype(f[0])
            }
            func cueAndValues(_ name: String, _ list: String) throws -> (Cue, [String]) {
                guard let cue = Cue(rawValue: name) else {
                    throw file.error(line, "unknown cue '\(name)' (one of \(Cue.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                let values = list.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                for v in values {
                    if cue.takesSectors {
                        // "-": the event has no actor (no recipient)
                        guard v == "-" || sectors.contains(v) else { throw file.error(line, "unknown PLOVER sector '\(v)'") }
                    } else if cue == .sentenceCode {
                        guard codes.contains(v) else { throw file.error(line, "unknown CAMEO code '\(v)' (not in cameo.tsv)") }
                    } else {
                        try Self.checkWord(v, cue: cue, file: file, line: line)
                    }
                }
                return (cue, values)
            }
            let (cue, values) = try cueAndValues(f[1], f[2])
            let also = try f.count == 7 ? cueAndValues(f[5], f[6]) : nil
            var to: EventOntology.ACLEDView? = nil
            if f[3] != "-" || f[4] != "-" {
                let pair = EventOntology.ACLEDView(type: f[3], subtype: f[4])
                guard known.contains(pair) else { throw file.error(line, "unknown ACLED pair \(pair) (not in acled.tsv)") }
                if case .subtype(let s) = from, s == pair.subtype { throw file.error(line, "the rule gives the view it starts from") }
                to = pair
            }
            rules.append(Rule(from: from, cue: cue, values: Set(values), also: also.map { ($0.0, Set($0.1)) }, to: to, line: line.number))
        }
        self.init(rules: rules)
    }
}

extension ACLEDRules.Rule {
    /// Whether the rule looks at the event's place, known only after coding.
    var looksAtPlace: Bool { cue == .actorAtHome || also?.cue == .actorAtHome }

    /// Whether the rule's cue is there; `sentenceWords` are the sentence's
    /// words that some sentence-word rule looks for.
    func cueHolds(in e: ACLEDRules.Event, sentenceWords: [String]) -> Bool {
        guard Self.holds(cue, values, in: e, sentenceWords: sentenceWords) else { return false }
        guard let also else { return true }
        return Self.holds(also.cue, also.values, in: e, sentenceWords: sentenceWords)
    }

    static func holds(_ cue: ACLEDRules.Cue, _ values: Set<String>, in e: ACLEDRules.Event, sentenceWords: [String]) -> Bool {
        func hasWord(_ name: String?) -> Bool {
            name.map { $0.lowercased().split(separator: " ").contains { values.contains(String($0)) } } ?? false
        }
        switch cue {
        // "-": no actor (no recipient) at all, neither a name nor a sector
        case .actorSector:
            if e.actorName == nil && e.actorSector == nil { return values.contains("-") }
            return e.actorSector.map(values.contains) ?? false
        case .recipientSector:
            if e.recipientName == nil && e.recipientSector == nil { return values.contains("-") }
            return e.recipientSector.map(values.contains) ?? false
        case .actorWord: return hasWord(e.actorName)
        case .recipientWord: return hasWord(e.recipientName)
        case .trigger: return values.contains(e.trigger)
        case .sentenceWord: return sentenceWords.contains(where: values.contains)
        case .sentenceCode: return e.sentenceCodes.contains { c in values.contains { c.hasPrefix($0) } }
        case .actorAtHome:
            guard let country = e.actorCountry, country == e.placeCountry else { return false }
            return e.actorSector.map(values.contains) ?? false
        }
    }
}
