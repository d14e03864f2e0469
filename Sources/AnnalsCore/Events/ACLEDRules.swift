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

        var takesSectors: Bool { self == .actorSector || self == .recipientSector }
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

        public init(code: String, view: EventOntology.ACLEDView?, actorSector: String? = nil, recipientSector: String? = nil,
                    actorName: String? = nil, recipientName: String? = nil, trigger: String, sentence: ArraySlice<String> = []) {
            self.code = code; self.view = view; self.actorSector = actorSector; self.recipientSector = recipientSector
            self.actorName = actorName; self.recipientName = recipientName; self.trigger = trigger; self.sentence = sentence
        }
    }

    public let rules: [Rule]
    /// Every word a sentence-word rule looks for: the sentence is read once
    /// per event against it, and each rule then only sees the words found.
    let sentenceWords: Set<String>

    public static let none = ACLEDRules(rules: [])

    init(rules: [Rule]) {
        self.rules = rules
        sentenceWords = Set(rules.filter { $0.cue == .sentenceWord }.flatMap(\.values))
    }

    /// The view the first matching rule gives, or the event's own view.
    public func view(of e: Event) -> EventOntology.ACLEDView? {
        var found: [String]? = nil   // the sentence's rule words, read when a sentence-word rule first needs them
        for r in rules where r.startsFrom(e) {
            if r.cue == .sentenceWord, found == nil { found = e.sentence.filter(sentenceWords.contains) }
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
            guard f.count == 5 else {
                throw file.error(line, "expected 5 tab-separated fields (from, cue, values, to type, to sub-event type), found \(f.count)")
            }
            let from: From
            if EventOntology.isDigits(f[0]) {
                guard codes.contains(f[0]) else { throw file.error(line, "unknown CAMEO code '\(f[0])' (not in cameo.tsv)") }
                from = .code(f[0])
            } else {
                guard subtypes.contains(f[0]) else { throw file.error(line, "unknown ACLED sub-event type '\(f[0])' (not in acled.tsv)") }
                from = .subtype(f[0])
            }
            guard let cue = Cue(rawValue: f[1]) else {
                throw file.error(line, "unknown cue '\(f[1])' (one of \(Cue.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let values = f[2].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            for v in values {
                if cue.takesSectors {
                    guard sectors.contains(v) else { throw file.error(line, "unknown PLOVER sector '\(v)'") }
                } else {
                    guard !v.isEmpty, v == v.lowercased(), !v.contains(" ") else {
                        throw file.error(line, "word '\(v)' must be one lower-case word")
                    }
                }
            }
            var to: EventOntology.ACLEDView? = nil
            if f[3] != "-" || f[4] != "-" {
                let pair = EventOntology.ACLEDView(type: f[3], subtype: f[4])
                guard known.contains(pair) else { throw file.error(line, "unknown ACLED pair \(pair) (not in acled.tsv)") }
                if case .subtype(let s) = from, s == pair.subtype { throw file.error(line, "the rule gives the view it starts from") }
                to = pair
            }
            rules.append(Rule(from: from, cue: cue, values: Set(values), to: to, line: line.number))
        }
        self.init(rules: rules)
    }
}

extension ACLEDRules.Rule {
    /// Whether the rule starts from the event's view or code.
    func startsFrom(_ e: ACLEDRules.Event) -> Bool {
        switch from {
        case .subtype(let s): e.view?.subtype == s
        case .code(let c): e.code.hasPrefix(c)
        }
    }

    /// Whether the rule's cue is there; `sentenceWords` are the sentence's
    /// words that some sentence-word rule looks for.
    func cueHolds(in e: ACLEDRules.Event, sentenceWords: [String]) -> Bool {
        func hasWord(_ name: String?) -> Bool {
            name.map { $0.lowercased().split(separator: " ").contains { values.contains(String($0)) } } ?? false
        }
        switch cue {
        case .actorSector: return e.actorSector.map(values.contains) ?? false
        case .recipientSector: return e.recipientSector.map(values.contains) ?? false
        case .actorWord: return hasWord(e.actorName)
        case .recipientWord: return hasWord(e.recipientName)
        case .trigger: return values.contains(e.trigger)
        case .sentenceWord: return sentenceWords.contains(where: values.contains)
        }
    }
}
