/// Rules that give an event another PLOVER mode than its CAMEO code's
/// (`Data/events/plover-modes.tsv`). A CAMEO code fixes the PLOVER type but
/// often not the mode: CAMEO 143 is a strike or a boycott, 0874 a retreat or
/// a surrender, and a killing whose ACLED view says an air strike did it was
/// done from the air. The mode is read from the trigger, the sentence and the
/// event's final ACLED view; the first rule that matches an event, in file
/// order, applies, and an event no rule matches keeps its code's mode.
public struct PLOVERModeRules: Sendable {
    public struct Rule: Sendable {
        /// The PLOVER type the rule applies to; `mode` is one of its modes.
        public var type: String
        /// The event's ACLED view (after `acled-rules.tsv`), or a CAMEO code
        /// the event's code is or falls under.
        public var from: ACLEDRules.From
        /// Nil: the rule applies to every event it starts from.
        public var cue: ACLEDRules.Cue?
        public var values: Set<String>
        public var mode: String
        /// Line in the rules file.
        public var line: Int
    }

    public let rules: [Rule]
    /// The PLOVER types some rule applies to.
    public let types: Set<String>
    /// Every word a sentence-word rule looks for, and whether one is written
    /// with a hyphen ("sit-in").
    let sentenceWords: Set<String>
    let hyphenated: Bool

    public static let none = PLOVERModeRules(rules: [])

    init(rules: [Rule]) {
        self.rules = rules
        types = Set(rules.map(\.type))
        sentenceWords = Set(rules.filter { $0.cue == .sentenceWord }.flatMap(\.values))
        hyphenated = sentenceWords.contains { $0.contains("-") }
    }

    /// The mode the first matching rule gives an event of PLOVER type
    /// `type`, or nil when none matches.
    /// - Complexity: O(rules × sentence length) at worst; a handful of rules per type.
    public func mode(type: String, of e: ACLEDRules.Event) -> String? {
        guard types.contains(type) else { return nil }
        var words: [String]? = nil
        for r in rules where r.type == type {
            switch r.from {
            case .subtype(let s): guard e.view?.subtype == s else { continue }
            case .code(let c): guard e.code.hasPrefix(c) else { continue }
            }
            guard let cue = r.cue else { return r.mode }
            if cue == .sentenceWord, words == nil { words = ACLEDRules.ruleWords(e.sentence, sentenceWords, hyphenated: hyphenated, tokens: e.tokens) }
            if ACLEDRules.Rule.holds(cue, r.values, in: e, sentenceWords: words ?? []) { return r.mode }
        }
        return nil
    }

    /// The cues a mode rule may use: those of `acled-rules.tsv` that need
    /// neither the event's place nor the sentence's other events.
    static let cues: [ACLEDRules.Cue] = [.actorSector, .recipientSector, .actorWord, .recipientWord, .trigger, .sentenceWord]

    /// Reads and validates the rules against the ontology's PLOVER types and
    /// modes, ACLED sub-event types and CAMEO codes.
    init(_ file: DataFile, plover: [EventOntology.PLOVEREvent], subtypes: Set<String>, codes: Set<String>, sectors: Set<String>) throws {
        var rules: [Rule] = []
        for line in file.lines {
            let f = line.fields.map(String.init)
            guard f.count == 5 else {
                throw file.error(line, "expected 5 tab-separated fields (PLOVER type, from, cue, values, mode), found \(f.count)")
            }
            guard let type = plover.first(where: { $0.type == f[0] }) else { throw file.error(line, "unknown PLOVER event type '\(f[0])' (not in plover.tsv)") }
            let from: ACLEDRules.From
            if EventOntology.isDigits(f[1]) {
                guard codes.contains(f[1]) else { throw file.error(line, "unknown CAMEO code '\(f[1])' (not in cameo.tsv)") }
                from = .code(f[1])
            } else {
                guard subtypes.contains(f[1]) else { throw file.error(line, "unknown ACLED sub-event type '\(f[1])' (not in acled.tsv)") }
                from = .subtype(f[1])
            }
            var cue: ACLEDRules.Cue? = nil
            var values: [String] = []
            if f[2] == "-" {
                guard f[3] == "-" else { throw file.error(line, "a rule with no cue ('-') takes no values ('-')") }
            } else {
                guard let c = ACLEDRules.Cue(rawValue: f[2]), Self.cues.contains(c) else {
                    throw file.error(line, "unknown cue '\(f[2])' (one of \(Self.cues.map(\.rawValue).joined(separator: ", ")), or -)")
                }
                cue = c
                values = f[3].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                for v in values {
                    if c.takesSectors {
                        guard v == "-" || sectors.contains(v) else { throw file.error(line, "unknown PLOVER sector '\(v)'") }
                    } else {
                        try ACLEDRules.checkWord(v, cue: c, file: file, line: line)
                    }
                }
            }
            guard type.hasMode(f[4]) else { throw file.error(line, "'\(f[4])' is not a mode of \(type.type) (plover.tsv)") }
            rules.append(Rule(type: type.type, from: from, cue: cue, values: Set(values), mode: f[4], line: line.number))
        }
        self.init(rules: rules)
    }
}
