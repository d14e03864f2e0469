/// The function words the event coder tests around a trigger
/// (`Data/events/function-words.tsv`): negators, modals, words of intent,
/// the words that tell a verb's bare form from a noun, clause openers.
/// Each class of the file is one case of `List`.
public final class EventWords: Sendable {
    /// The classes of the file, each with its name there (`names`, in the
    /// same order); the raw value is its bit in a table by word id
    /// (`EventCoder.registered(into:)`).
    public enum List: Int, CaseIterable, Sendable {
        /// a word before the trigger that negates the event (within three words, not across a comma)
        case negators
        /// a verb before "to" and the trigger that negates it ("refused to meet")
        case refusals
        /// forms of be and get that make a participle trigger passive ("was shelled by")
        case be
        /// modals that give the event the modality "future"
        case future
        /// modals that give the event the modality "possible"
        case possible
        /// a word before "to" and the trigger that gives the modality "intent" ("plans to", "designed to")
        case intent
        /// a word before "to" and the trigger that gives the modality "threat"
        case threat
        /// words between a subject and its verb that the subject search passes over
        case subjectSkips
        /// words after which a verb's bare form is a verb ("to", modals, negators, subject pronouns)
        case bareVerbContext
        /// words after a bare form that show it is no noun modifier (prepositions, determiners, pronouns)
        case afterBareVerb
        /// words before a bare form that leave it a verb (conjunctions, adverbs of time)
        case beforeBareVerb
        /// words that open a verb's object (determiners, object pronouns)
        case objectOpeners
        /// triggers of court steps (charge, trial, sentence): no salience bonus of roots 17-20
        case courtSteps
        /// verbs of saying: a date next to them tells when something was said
        case saying
        /// words that open another clause, whose date is another event's
        case clauseOpeners
        /// words of a span ("two days after") before a clause opener
        case timeUnits
        /// relative pronouns that open a relative clause
        case relativeOpeners
        /// words after which a date ends a state and dates no act
        case untilWords
        /// -ing words after a trigger that open no participle clause ("including", "according")
        case notParticiples
        /// personal pronouns: a mention that is one of them names no one in a title or beside another person
        case pronouns
        /// articles, passed over before a name ("the Hong Kong police")
        case articles
        /// possessive determiners: a participle after one (or after an article) is an adjective
        case possessives
        /// prepositions after which a past participle before a noun is an adjective ("in support of jailed activists")
        case adjectiveOpeners
        /// words and marks after which the clause of a passive trigger starts ("stocks that may be cut")
        case passiveClauseOpeners
        /// words of an active pattern that a passive keeps after its verb ("handed over to"): they tell no object
        case passiveParticles
        /// a verb that denies the act of its clause, within eight words before the trigger ("denied that it had bombed")
        case denials
        /// a word before a noun trigger that calls the event off ("cancelled the rally")
        case cancels
        /// the word after a denial that opens the clause it denies ("that")
        case denialOpeners
        /// a verb that calls a noun trigger's event off with a particle after it ("calls off")
        case cancelVerbs
        /// the particle after a cancel verb ("off")
        case cancelParticles
        /// a word before a noun trigger that gives the modality "intent" ("plan a general strike")
        case plans
        /// a word of a passive's verb group before its participle ("has been", "could be", "to be")
        case auxiliaries
        /// a noun that, as the subject of a violent act's passive, names nothing hurt or taken ("a deal was struck")
        case notPatients
        /// a word after an agreement's trigger that opens what came before it ("agreed a truce after clashes")
        case aftermathOpeners
        /// words that open an adverbial clause before its main clause ("Two years after the activist was
        /// abducted, his family marched on Sunday"): a trigger inside takes no date of the main clause
        case adverbialOpeners
        /// a preposition before a date that opens the sentence ("On 21 June 2019, …"): that date
        /// dates every clause of it
        case dateOpeners
        /// words that open a condition ("if", "unless"): a trigger in its clause gets the modality "possible"
        case conditionOpeners
        /// verbs sport uses for play ("beat", "attacked", "shot"): in a sports document no act of force
        case gameVerbs
        /// prepositions after the head of a passive's subject ("the deal with Hutton was struck"): the word before one is a head
        case postmodifierOpeners
        /// verbs of asking, knowing or deciding after which "if" means "whether" ("asked adults if")
        case whetherVerbs
        /// nouns of an act done to someone ("the bombing of a convoy", "the attack on a police
        /// station"): the actor after "of", "on" or "against" is what the act was done to, never
        /// the subject of the verb the noun phrase is the subject of ("... that killed 40")
        case actNouns

        /// The class's name in the file.
        public var name: String { List.names[rawValue] }
        static let names = ["negator", "refusal", "be", "future", "possible", "intent", "threat", "subject-skip", "bare-verb-context", "after-bare-verb", "before-bare-verb", "object-opener", "court-step", "saying", "clause-opener", "time-unit", "relative-opener", "until", "not-participle", "pronoun", "article", "possessive", "adjective-opener", "passive-clause-opener", "passive-particle", "denial", "cancel", "denial-opener", "cancel-verb", "cancel-particle", "plan", "auxiliary", "not-patient", "aftermath-opener", "adverbial-opener", "date-opener", "condition-opener", "game-verb", "postmodifier-opener", "whether-verb", "act-noun"]
    }

    /// The words of each class, by `List.rawValue`.
    private let lists: [Set<String>]

    public init(_ file: DataFile) throws {
        var file = try WordClassFile(file)
        lists = try List.allCases.map { try file.take($0.name) }
        try file.finish()
    }

    public static func builtIn() throws -> EventWords { try EventWords(.builtIn("events/function-words.tsv")) }

    /// The words of `list`.
    public func words(_ list: List) -> Set<String> { lists[list.rawValue] }
}
