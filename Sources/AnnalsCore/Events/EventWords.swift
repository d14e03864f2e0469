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
    /// personal pronouns: a mention that is one of them names no one in a title or beside another person
    public let pronouns: Set<String>
    /// articles, passed over before a name ("the Hong Kong police")
    public let articles: Set<String>
    /// possessive determiners: a participle after one (or after an article) is an adjective
    public let possessives: Set<String>

    public init(_ file: DataFile) throws {
        var file = try WordClassFile(file)
        negators = try file.take("negator")
        refusals = try file.take("refusal")
        be = try file.take("be")
        future = try file.take("future")
        possible = try file.take("possible")
        intent = try file.take("intent")
        threat = try file.take("threat")
        subjectSkips = try file.take("subject-skip")
        bareVerbContext = try file.take("bare-verb-context")
        afterBareVerb = try file.take("after-bare-verb")
        beforeBareVerb = try file.take("before-bare-verb")
        objectOpeners = try file.take("object-opener")
        courtSteps = try file.take("court-step")
        saying = try file.take("saying")
        clauseOpeners = try file.take("clause-opener")
        timeUnits = try file.take("time-unit")
        relativeOpeners = try file.take("relative-opener")
        untilWords = try file.take("until")
        notParticiples = try file.take("not-participle")
        pronouns = try file.take("pronoun")
        articles = try file.take("article")
        possessives = try file.take("possessive")
        try file.finish()
    }

    public static func builtIn() throws -> EventWords { try EventWords(.builtIn("events/function-words.tsv")) }

    /// The lists by name, so that a table by word id can hold a word's lists
    /// as bits (bit `rawValue`; `EventCoder.register(into:)`).
    public enum List: Int, CaseIterable, Sendable {
        case negators, refusals, be, future, possible, intent, threat, subjectSkips, bareVerbContext, afterBareVerb,
             beforeBareVerb, objectOpeners, courtSteps, saying, clauseOpeners, timeUnits, relativeOpeners, untilWords, notParticiples,
             articles, possessives
    }

    /// The words of `list`.
    public func words(_ list: List) -> Set<String> {
        switch list {
        case .negators: return negators
        case .refusals: return refusals
        case .be: return be
        case .future: return future
        case .possible: return possible
        case .intent: return intent
        case .threat: return threat
        case .subjectSkips: return subjectSkips
        case .bareVerbContext: return bareVerbContext
        case .afterBareVerb: return afterBareVerb
        case .beforeBareVerb: return beforeBareVerb
        case .objectOpeners: return objectOpeners
        case .courtSteps: return courtSteps
        case .saying: return saying
        case .clauseOpeners: return clauseOpeners
        case .timeUnits: return timeUnits
        case .relativeOpeners: return relativeOpeners
        case .untilWords: return untilWords
        case .notParticiples: return notParticiples
        case .articles: return articles
        case .possessives: return possessives
        }
    }
}
