import Dispatch
import Foundation

/// The result of analyzing one article: the document and every capability's
/// annotations. Capabilities not built yet leave their arrays empty.
public struct Analysis: Sendable {
    public var document: Document
    public var times: [TimeExpression]
    public var quotes: [Quote] = []
    public var actors: [Actor] = []
    public var places: [ResolvedPlace] = []
    public var events: [Event] = []
    public var topics: [String] = []
    /// With analysts' dictionaries (`analyze(_:capabilities:dictionaries:)`):
    /// each actor's CAMEO actor code ("ARNGOV"), nil for actors the
    /// dictionaries did not code; nil when no dictionaries were used.
    public var actorCodes: [String?]? = nil
}

/// The engine: knowledge loaded once, then any number of articles analyzed,
/// from any number of threads. Capabilities run in a declared order over one
/// document: text → time → actors → quotes → places → events (each event then takes its place).
public struct Annals: Sendable {
    public let text: TextModel
    public let time: TimeTagger
    public let quotes: QuoteScanner
    public let actors: ActorRecognizer
    public let places: PlaceRecognizer
    public let events: EventCoder
    public let topics: TopicModel

    /// Loads the built-in knowledge; throws `KnowledgeError` (`file:line: message`).
    /// The event patterns and the gazetteer (the largest knowledge bases)
    /// load on threads of their own (`Loading`) while everything else loads
    /// on the calling thread, which then registers the words of what it
    /// loaded and, once the event coder is there, of events and topics. The
    /// place recognizer's part that needs the gazetteer is built last. Both
    /// threads have ended when an error is thrown: the first of the calling
    /// thread's, else the event coder's, else the gazetteer's.
    public init() throws {
        let loadedEvents = Loading { try EventCoder.builtIn() }
        let loadedGazetteer = Loading { try Gazetteer.builtIn() }
        defer { loadedEvents.wait(); loadedGazetteer.wait() }
        var text = try TextModel.builtIn()
        var time = try TimeTagger.builtIn()
        let quotes = try QuoteScanner.builtIn()
        let actors = try ActorRecognizer.builtIn()
        var topics = try TopicModel.builtIn()
        let placeWords = try PlaceWords.builtIn()
        // the layers' words in their declared order: time, actors, quotes, places, events, topics
        var classes = WordClasses()
        time.register(into: &classes)
        actors.register(into: &classes)
        quotes.register(into: &classes)
        placeWords.register(into: &classes)
        let events = try loadedEvents.get().registered(into: &classes)
        topics.register(into: &classes)
        places = try PlaceRecognizer(builtInGazetteer: loadedGazetteer.get(), actors: actors, words: placeWords)
        text.wordClasses = classes
        self.text = text
        self.time = time
        self.quotes = quotes
        self.actors = actors
        self.events = events
        self.topics = topics
    }

    public init(text: TextModel, time: TimeTagger, quotes: QuoteScanner, actors: ActorRecognizer, places: PlaceRecognizer, events: EventCoder, topics: TopicModel) {
        self.text = text; self.time = time; self.quotes = quotes; self.actors = actors; self.places = places; self.events = events; self.topics = topics
    }

    /// Analyzes one article, running the capabilities asked for (all by
    /// default) in the declared order; the others leave their arrays empty.
    /// - Complexity: linear in the article's length.
    public func analyze(_ article: Article, capabilities: Capabilities = .all) -> Analysis {
        let doc = Document(article, model: text)
        let times = capabilities.contains(.time) ? time.tag(doc) : []
        var actors = capabilities.contains(.actors) ? self.actors.recognize(doc, times: times, sport: { [topics = self.topics] in topics.tellsOfSport(doc, sentence: $0) }) : []
        var quotes = capabilities.contains(.quotes) ? self.quotes.scan(doc, actors: actors) : []
        if capabilities.contains(.actors) { Annals.linkSpeakers(&quotes, to: &actors, in: doc, lexicon: self.quotes.lexicon) }
        let places = capabilities.contains(.places) ? self.places.recognize(doc, times: times, actors: actors) : []
        if !places.isEmpty { Annals.dropPlaceNamedPeople(&actors, quotes: &quotes, places: places) }
        var events = capabilities.contains(.events) ? self.events.code(doc, times: times, actors: actors, quotes: quotes) : []
        if !places.isEmpty { EventPlaces.assign(&events, places: places, actors: actors, settings: self.places.settings,
                                                  locatives: self.places.locatives, facilities: self.places.facilities, in: doc)
                               self.events.placeViews(&events, doc: doc, actors: actors, placeCountry: { places[$0].place.country })
                               EventPlaces.locateCrowds(&actors, events: events, places: places, crowdSectors: self.places.crowdSectors) }
        let topics = capabilities.contains(.events) ? self.topics.topics(of: doc, events: events) : []
        // a sports report's "beat", "attacked", "shot" tell of play (function-words.tsv: game-verb)
        if topics.contains("sports") { self.events.dropGames(&events, doc: doc, actors: actors) }
        return Analysis(document: doc, times: times, quotes: quotes, actors: actors, places: places, events: events, topics: topics)
    }
}

/// The capabilities an analysis runs; text always runs.
public struct Capabilities: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let time = Capabilities(rawValue: 1)
    public static let actors = Capabilities(rawValue: 2)
    public static let quotes = Capabilities(rawValue: 4)
    public static let events = Capabilities(rawValue: 8)
    public static let places = Capabilities(rawValue: 16)
    public static let all: Capabilities = [.time, .actors, .quotes, .places, .events]

    /// Names as the command line takes them.
    public static let names: [(String, Capabilities)] = [("time", .time), ("actors", .actors), ("quotes", .quotes), ("places", .places), ("events", .events)]

    /// Parses "time,quotes"; nil for an unknown name.
    public init?(list: String) {
        var c: Capabilities = []
        for part in list.split(separator: ",") {
            guard let found = Capabilities.names.first(where: { $0.0 == part.trimmingCharacters(in: .whitespaces) }) else { return nil }
            c.insert(found.1)
        }
        self = c
    }
}

extension Annals {
    /// Removes the people the actor layer guessed from capitalized words
    /// alone (unknown to the knowledge base) when every mention of theirs is
    /// a place's mention ("from Los Angeles"); quotes keep their speaker's name.
    static func dropPlaceNamedPeople(_ actors: inout [Actor], quotes: inout [Quote], places: [ResolvedPlace]) {
        // the mentions hashed only when the article has a guessed person, and the actors
        // copied only when one goes (most articles keep them all)
        // (fields read in place by index: a closure over the elements copied each actor, four strings and two arrays)
        guard actors.indices.contains(where: { actors[$0].kind == .person && !actors[$0].known }) else { return }
        let placeMentions = Set(places.flatMap { $0.mentions })
        let dropped = actors.indices.map { k in
            actors[k].kind == .person && !actors[k].known && actors[k].mentions.allSatisfy { placeMentions.contains($0) }
        }
        guard dropped.contains(true) else { return }
        var keep: [Int?] = []
        var kept: [Actor] = []
        for (k, a) in actors.enumerated() {
            if dropped[k] {
                keep.append(nil)
            } else {
                keep.append(kept.count)
                kept.append(a)
            }
        }
        actors = kept
        for q in quotes.indices { if let a = quotes[q].speaker?.actor { quotes[q].speaker?.actor = keep[a] } }
    }

    /// Points each quote's speaker at the actor one of whose mentions
    /// overlaps the speaker's mention, or else whose name the quote layer
    /// resolved the speaker to; the speaker then takes the actor's name.
    /// A named speaker no actor covers ("Caddell said") becomes an actor of
    /// unknown country and sector: names not in any dictionary are kept.
    /// A pronoun is no name, even capitalized at a sentence's start ("It said").
    static func linkSpeakers(_ quotes: inout [Quote], to actors: inout [Actor], in doc: Document, lexicon: QuoteLexicon) {
        let pronouns = lexicon.pronouns
        linkSpeakers(&quotes, to: actors, in: doc, separators: lexicon.speakerSeparators)
        var added: [String: Int] = [:]
        let before = actors.count
        for q in quotes.indices {
            guard let s = quotes[q].speaker, s.actor == nil, !s.isPronoun, !s.tokens.isEmpty,
                  s.tokens.allSatisfy({ doc.tokens[$0].isCapitalized && (doc.tokens[$0].kind == .word || doc.tokens[$0].kind == .initialism) }),
                  !(s.tokens.count == 1 && pronouns.contains(doc.text(ofTokens: s.tokens).lowercased()))
            else { continue }
            let name = s.name ?? doc.text(ofTokens: s.tokens)
            let a: Int
            if let existing = added[name.lowercased()] {
                a = existing
                actors[a].mentions.append(s.tokens)
            } else {
                a = actors.count
                actors.append(Actor(name: name, kind: .person, country: nil, sector: nil, title: nil, mentions: [s.tokens], known: false))
                added[name.lowercased()] = a
            }
            quotes[q].speaker?.actor = a
            quotes[q].speaker?.name = name
        }
        guard actors.count > before else { return }
        // keep actors in order of first mention; renumber the speakers' links
        for a in before..<actors.count { actors[a].mentions.sort { $0.lowerBound < $1.lowerBound } }
        let order = actors.indices.sorted { (actors[$0].firstToken, $0) < (actors[$1].firstToken, $1) }
        var newIndex = [Int](filled: 0, count: actors.count)
        for (n, old) in order.enumerated() { newIndex[old] = n }
        actors = order.map { actors[$0] }
        for q in quotes.indices { if let a = quotes[q].speaker?.actor { quotes[q].speaker?.actor = newIndex[a] } }
    }

    static func linkSpeakers(_ quotes: inout [Quote], to actors: [Actor], in doc: Document, separators: Set<String>) {
        guard !actors.isEmpty, quotes.contains(where: { $0.speaker != nil }) else { return }
        // the first actor with a mention over each token
        var tokenCount = 0
        for actor in actors { for m in actor.mentions { tokenCount = max(tokenCount, m.upperBound) } }
        var firstActor = [Int32](filled: -1, count: tokenCount)
        for (a, actor) in actors.enumerated() {
            for m in actor.mentions { for t in m where firstActor[t] < 0 { firstActor[t] = Int32(a) } }
        }
        func actor(at t: Int) -> Int? { t < firstActor.count && firstActor[t] >= 0 ? Int(firstActor[t]) : nil }
        // each actor's name lowercased once (the speaker lookups below try them all per quote),
        // when a speaker first needs them: most speakers are found by their tokens
        var lowerNames: [String] = []
        var byName: [String: Int] = [:]
        for q in quotes.indices {
            guard let s = quotes[q].speaker else { continue }
            var found: Int? = nil
            // a pronoun speaker ("he said") keeps the person the quote layer resolved it to
            // (the sentence's subject, the paragraph's last speaker) before the actor layer's nearest person
            let pronoun = s.isPronoun && s.name != nil
            // the last actor named in the speaker's phrase ("Citigroup analyst Kyle Cooper"), but a person
            // set off from the body after it by a comma, "from" or "at" speaks, not the body
            // ("Jeff Joseph, from the Consumer Electronics Association"; not "San Francisco police")
            if !pronoun {
                for t in s.tokens.reversed() { if let a = actor(at: t) { found = a; break } }
                if let a = found, actors[a].kind != .person {
                    for t in s.tokens.dropLast() {
                        guard let p = actor(at: t), p != a, actors[p].kind == .person, actor(at: t + 1) != p,
                              separators.contains(doc.norms[t + 1]) else { continue }
                        found = p
                        break
                    }
                }
            }
            if found == nil, let name = s.name?.lowercased() {
                if lowerNames.isEmpty {
                    lowerNames = actors.map { $0.name.lowercased() }
                    byName.reserveCapacity(actors.count)
                    for (a, name) in lowerNames.enumerated() where byName[name] == nil { byName[name] = a }
                }
                let suffix = " " + name
                found = byName[name] ?? actors.indices.first { actors[$0].kind == .person && lowerNames[$0].hasSuffix(suffix) }
            }
            if found == nil, pronoun { for t in s.tokens.reversed() { if let a = actor(at: t) { found = a; break } } }
            if let a = found {
                quotes[q].speaker?.actor = a
                quotes[q].speaker?.name = actors[a].name
            }
        }
    }
}
