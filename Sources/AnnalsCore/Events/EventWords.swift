/// The function words the event coder tests around a trigger
/// (`Data/events/function-words.tsv`): negators, modals, words of intent,
/// the words that tell a verb's bare form from a noun, clause openers.
public final class EventWords: Sendable {
    /// a word before the trigger that negates the event (within three words, not across a comma)
    public let negators: Set<String>
    /// a verb before "to" and the trigger that negates it ("refused to meet")
    public let refusals: Set<String>
    /// forms of be and get that make a participle trigger passive ("was shelled by")
    public let be: Set<String>
    /// modals that give the event the modality "future"
    public let future: Set<String>
    /// modals that give the event the modality "possible"
    public let possible: Set<String>
    /// a word before "to" and the trigger that gives the modality "intent" ("plans to", "designed to")
    public let intent: Set<String>
    /// a word before "to" and the trigger that gives the modality "threat"
    public let threat: Set<String>
    /// words between a subject and its verb that the subject search passes over
    public let subjectSkips: Set<String>
    /// words after which a verb's bare form is a verb ("to", modals, negators, subject pronouns)
    public let bareVerbContext: Set<String>
    /// words after a bare form that show it is no noun modifier (prepositions, determiners, pronouns)
    public let afterBareVerb: Set<String>
    /// words before a bare form that leave it a verb (conjunctions, adverbs of time)
    public let beforeBareVerb: Set<String>
    /// words that open a verb's object (determiners, object pronouns)
    public let objectOpeners: Set<String>
    /// triggers of court steps (charge, trial, sentence): no salience bonus of roots 17-20
    public let courtSteps: Set<String>
    /// verbs of saying: a date next to them tells when something was said
    public let saying: Set<String>
    /// words that open another clause, whose date is another event's
    public let clauseOpeners: Set<String>
    /// words of a span ("two days after") before a clause opener
    public let timeUnits: Set<String>
    /// relative pronouns that open a relative clause
    public let relativeOpeners: Set<String>
    /// words after which a date ends a state and dates no act
    public let untilWords: Set<String>
    /// -ing words after a trigger that open no participle clause ("including", "according")
    public let notParticiples: Set<String>

    /// Every class of the file, by name.
    static var classes: [String: WritableKeyPath<Lists, Set<String>>] { [
        "negator": \Lists.negators,
        "refusal": \Lists.refusals,
        "be": \Lists.be,
        "future": \Lists.future,
        "possible": \Lists.possible,
        "intent": \Lists.intent,
        "threat": \Lists.threat,
        "subject-skip": \Lists.subjectSkips,
        "bare-verb-context": \Lists.bareVerbContext,
        "after-bare-verb": \Lists.afterBareVerb,
        "before-bare-verb": \Lists.beforeBareVerb,
        "object-opener": \Lists.objectOpeners,
        "court-step": \Lists.courtSteps,
        "saying": \Lists.saying,
        "clause-opener": \Lists.clauseOpeners,
        "time-unit": \Lists.timeUnits,
        "relative-opener": \Lists.relativeOpeners,
        "until": \Lists.untilWords,
        "not-participle": \Lists.notParticiples
    ] }

    /// The lists while they are read.
    struct Lists {
        var negators: Set<String> = []
        var refusals: Set<String> = []
        var be: Set<String> = []
        var future: Set<String> = []
        var possible: Set<String> = []
        var intent: Set<String> = []
        var threat: Set<String> = []
        var subjectSkips: Set<String> = []
        var bareVerbContext: Set<String> = []
        var afterBareVerb: Set<String> = []
        var beforeBareVerb: Set<String> = []
        var objectOpeners: Set<String> = []
        var courtSteps: Set<String> = []
        var saying: Set<String> = []
        var clauseOpeners: Set<String> = []
        var timeUnits: Set<String> = []
        var relativeOpeners: Set<String> = []
        var untilWords: Set<String> = []
        var notParticiples: Set<String> = []
    }

    public init(_ file: DataFile) throws {
        var lists = Lists()
        var seen = Set<String>()
        for line in file.lines {
            guard line.fields.count == 2 else {
                throw file.error(line, "expected 2 tab-separated fields (class, words), found \(line.fields.count)")
            }
            let name = String(line.fields[0])
            guard let path = EventWords.classes[name] else {
                throw file.error(line, "unknown class '\(name)' (one of \(EventWords.classes.keys.sorted().joined(separator: ", ")))")
            }
            guard seen.insert(name).inserted else { throw file.error(line, "class '\(name)' is listed twice") }
            let words = line.fields[1].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for w in words where w.isEmpty || w != w.lowercased() {
                throw file.error(line, "word '\(w)' must be lowercase, one space between words")
            }
            lists[keyPath: path] = Set(words)
        }
        if let missing = EventWords.classes.keys.sorted().first(where: { !seen.contains($0) }) {
            throw KnowledgeError(file: file.name, line: file.lines.last?.number ?? 0, message: "class '\(missing)' is missing")
        }
        negators = lists.negators
        refusals = lists.refusals
        be = lists.be
        future = lists.future
        possible = lists.possible
        intent = lists.intent
        threat = lists.threat
        subjectSkips = lists.subjectSkips
        bareVerbContext = lists.bareVerbContext
        afterBareVerb = lists.afterBareVerb
        beforeBareVerb = lists.beforeBareVerb
        objectOpeners = lists.objectOpeners
        courtSteps = lists.courtSteps
        saying = lists.saying
        clauseOpeners = lists.clauseOpeners
        timeUnits = lists.timeUnits
        relativeOpeners = lists.relativeOpeners
        untilWords = lists.untilWords
        notParticiples = lists.notParticiples
    }

    public static func builtIn() throws -> EventWords { try EventWords(.builtIn("events/function-words.tsv")) }
}
