/// Finds the actors of an article and links their mentions.
///
/// 1. Dictionary mentions: the longest knowledge-base phrase at each token
///    (countries, adjectives, metonyms, organizations, people, sector words),
///    with case rules: names need a capital, all-caps forms ("US") an exact
///    match; sector words match in any case.
/// 2. Composition: a role phrase (`[the] [country|organization ['s]] sector
///    words`) before a name titles that person ("French President Emmanuel
///    Macron", "the Karabakh premier, Ruben Vardanyan"); after a name as an
///    apposition it does the same ("Ruben Vardanyan, the Karabakh premier");
///    alone it is a group or body ("Azerbaijani forces" = AZE MIL).
/// 3. Names not in the knowledge base stay as actors with unknown country and
///    sector; a later surname, the role word alone ("the premier") and he/she
///    in subject position resolve to the same actor.
/// 4. "Baku said" is an actor (the government); "in Baku" is a place.
public final class ActorRecognizer: Sendable {
    public let knowledge: ActorKnowledge
    /// Normalized, token-joined key → entries, and every token-boundary
    /// prefix of a key with no entries when it is no key itself: one lookup
    /// tells whether a run of words is a key and whether it may grow into one.
    /// Keyed by `keyHash` of the key, which the run extends a word at a time
    /// instead of joining the words into a string and hashing it whole at each
    /// step. Two keys with one hash are refused at load; a run of words that
    /// is no key matches one with odds of the number of keys and prefixes
    /// (about 10^5) in 2^64.
    let keyTable: KeyHashTable<[ActorKnowledge.Entry]>
    let maxTokens: Int
    let nameHeads: [String: NameHead]
    /// Word classes the run tests per token, merged into one table: the
    /// knowledge base's first words and the function words of
    /// `actors/function-words.tsv` (the file says what each class is for).
    let wordFlags: [String: UInt8]
    /// Lowercase particles inside a person's name (`text/name-words.tsv`, shared with the quote layer).
    let nameParticles: Set<String>
    /// Words of force (`force-word`): a side named by its country in a sentence
    /// with one is its forces, else its government.
    let forceWords: Set<String>
    /// PLOVER country code → the one adversary its forces and ministries call
    /// "the enemy" (`actors/adversaries.tsv`).
    let adversaries: [String: String]
    /// Keys of the disputed entities of countries.tsv (XNK …), and "org:" and
    /// the key of each organization of one (`ActorRun.isDisputed`).
    let disputedKeys: Set<String>

    enum NameHead: String, Sendable { case organization, place, other }

    public init(knowledge: ActorKnowledge, nameHeads headFile: DataFile, functionWords wordFile: DataFile,
                nameWords nameFile: DataFile, adversaries adversaryFile: DataFile? = nil) throws {
        self.knowledge = knowledge
        var disputed = Set(knowledge.countries.filter { $0.kind == .disputed }.map(\.key))
        var orgKeys = Set<String>()   // an organization's first line of its key decides, as a lookup by key would
        for org in knowledge.organizations where orgKeys.insert(org.key).inserted {
            if org.entity != org.country, disputed.contains(org.entity) { disputed.insert("org:" + org.key) }
        }
        disputedKeys = disputed
        adversaries = try adversaryFile.map { try ActorRecognizer.adversaries(from: $0, knowledge: knowledge) } ?? [:]
        // every key with its entries, every prefix of one with none (until it is a key too)
        var lookup: [String: [ActorKnowledge.Entry]] = [:]
        var maxTokens = 1
        // The first token of a joined key, known when the key joined is the key itself
        // (most are): its tokens are then the ones just made, and the word flags below
        // need not split it again.
        var firstOfJoined: [String: String] = [:]
        firstOfJoined.reserveCapacity(knowledge.index.count)
        for (key, entries) in knowledge.index.sorted(by: { $0.key < $1.key }) {   // sorted: the same entry order on every run
            let parts = ActorRecognizer.keyTokens(key)
            guard !parts.isEmpty else { continue }
            var joined = ""
            for (k, part) in parts.enumerated() {
                if k > 0, part.space { joined += " " }
                joined += part.norm
                if lookup[joined] == nil { lookup[joined] = [] }
            }
            if ActorRecognizer.sameASCII(joined, key) { firstOfJoined[joined] = parts[0].norm }
            lookup[joined, default: []].append(contentsOf: entries)
            maxTokens = max(maxTokens, parts.count)
        }
        var table = KeyHashTable<[ActorKnowledge.Entry]>(minimumCapacity: lookup.count)
        for (key, entries) in lookup {
            let h = ActorRecognizer.keyHash(key)
            guard table[h] == nil else { throw KnowledgeError(file: "actors", line: 0, message: "two keys have the hash of '\(key)'") }
            table.set(h, entries)
        }
        keyTable = table
        self.maxTokens = min(maxTokens, 16)
        var heads: [String: NameHead] = [:]
        for line in headFile.lines {
            guard line.fields.count == 2 else { throw headFile.error(line, "expected 2 tab-separated fields (word, class), found \(line.fields.count)") }
            let word = String(line.fields[0])
            guard word == word.lowercased(), !word.utf8.contains(0x20) else { throw headFile.error(line, "'\(word)' must be one lowercase word") }
            guard let cls = NameHead(rawValue: String(line.fields[1])) else {
                throw headFile.error(line, "unknown class '\(line.fields[1])' (organization, place or other)")
            }
            guard heads[word] == nil else { throw headFile.error(line, "duplicate word '\(word)'") }
            heads[word] = cls
        }
        nameHeads = heads
        var wf: [String: UInt8] = [:]
        for p in lookup.keys where !p.utf8.contains(0x20) { wf[p, default: 0] |= WordFlags.keyStart }
        for (key, entries) in lookup where !entries.isEmpty {
            let known = ActorRecognizer.isASCII(key) ? firstOfJoined[key] : nil
            guard let first = known ?? ActorRecognizer.keyTokens(key).first?.norm else { continue }
            wf[first, default: 0] |= WordFlags.keyStart
            // sector words match in lowercase; names need a capital, so a lowercase
            // word that starts only names can be skipped at once
            if entries.contains(where: { $0.kind == .sectorWord || ActorRecognizer.startsLowercase($0) }) { wf[first, default: 0] |= WordFlags.lowerStart }
        }
        var words = try WordClassFile(wordFile)
        for w in try words.take("determiner") { wf[w, default: 0] |= WordFlags.determiner }
        for w in try words.take("locative") { wf[w, default: 0] |= WordFlags.locative }
        for w in try words.take("not-name") { wf[w, default: 0] |= WordFlags.notName }
        forceWords = try words.take("force-word")
        try words.finish()
        wordFlags = wf
        var names = try WordClassFile(nameFile)
        nameParticles = try names.take("name-particle")
        try names.finish()
    }

    /// The 64-bit FNV-1a hash of the UTF-8 bytes of `words`, continued from
    /// `h`: a key's hash is its first word's continued by each later word
    /// (and the space before it, if any).
    @inline(__always) static func keyHash(_ words: String, from h: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = h
        for b in words.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// Registers the words this layer tests per token.
    public func register(into classes: inout WordClasses) {
        for (w, f) in wordFlags {
            var c: WordClass = []
            if f & WordFlags.keyStart != 0 { c.insert(.actorKeyStart) }
            if f & WordFlags.determiner != 0 { c.insert(.determiner) }
            if f & WordFlags.locative != 0 { c.insert(.locative) }
            if f & WordFlags.notName != 0 { c.insert(.notName) }
            if f & WordFlags.lowerStart != 0 { c.insert(.actorLowerStart) }
            classes.add([w], c)
        }
    }

    public static func builtIn() throws -> ActorRecognizer {
        try ActorRecognizer(knowledge: .builtIn(), nameHeads: .builtIn("actors/name-heads.tsv"),
                            functionWords: .builtIn("actors/function-words.tsv"), nameWords: .builtIn("text/name-words.tsv"),
                            adversaries: .builtIn("actors/adversaries.tsv"))
    }

    /// Reads `actors/adversaries.tsv`: two tab-separated PLOVER country codes
    /// a line, a country and the adversary its forces call "the enemy"; both
    /// must be countries of the knowledge base, and a country has one line.
    static func adversaries(from file: DataFile, knowledge: ActorKnowledge) throws -> [String: String] {
        let known = Set(knowledge.countries.map(\.country))
        var out: [String: String] = [:]
        for line in file.lines {
            guard line.fields.count == 2 else { throw file.error(line, "expected 2 tab-separated fields (country, adversary), found \(line.fields.count)") }
            let a = String(line.fields[0]), b = String(line.fields[1])
            for c in [a, b] where !known.contains(c) { throw file.error(line, "'\(c)' is no country code of countries.tsv") }
            guard a != b else { throw file.error(line, "a country is not its own adversary") }
            guard out[a] == nil else { throw file.error(line, "'\(a)' has an adversary already") }
            out[a] = b
        }
        return out
    }

    /// An organization's form that begins with a lowercase particle ("al-Shabaab",
    /// "paramilitary Rangers"): matched only as written (`accepts`). Not a
    /// leading "the", which lookups ignore.
    static func startsLowercase(_ e: ActorKnowledge.Entry) -> Bool {
        e.kind == .organization && (e.form.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } ?? false) && !e.form.hasPrefix("the ")
    }

    /// Whether two strings are the same ASCII bytes (for ASCII, `==` is byte
    /// equality; Unicode equivalence could pair different bytes, which tokenize
    /// differently).
    static func sameASCII(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count, isASCII(a) else { return false }
        return a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
        }.flatMap { $0 } ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Whether every byte of `s` is ASCII (on its contiguous bytes when it has them).
    static func isASCII(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { u in
            for c in u where c >= 0x80 { return false }
            return true
        } ?? s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// A key split the way the tokenizer splits text.
    static func keyTokens(_ key: String) -> [(norm: String, space: Bool)] {
        let bytes = Array(key.utf8)
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        return tokens.enumerated().map { (k, t) in (foldedNorm(Document.normalize(bytes, t)), k > 0 && t.spaceBefore) }
    }

    /// Token norms folded like knowledge-base keys (diacritics removed).
    @inline(__always) static func foldedNorm(_ norm: String) -> String {
        norm.utf8.allSatisfy({ $0 < 0x80 }) ? norm : ActorKnowledge.normalize(norm)
    }

    /// Whether `title`, lowercased, contains `word`. For ASCII (a word of
    /// printable characters, a title of ASCII) by bytes, as characters are
    /// bytes there and `lowercased` changes only A–Z; otherwise by characters.
    static func titleContains(_ title: String, _ word: String) -> Bool {
        let fast: Bool? = word.utf8.withContiguousStorageIfAvailable { w -> Bool? in
            guard !w.isEmpty, w.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
            return title.utf8.withContiguousStorageIfAvailable { t -> Bool? in
                guard t.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard t.count >= w.count else { return false }
                for start in 0...(t.count - w.count) {
                    var k = 0
                    while k < w.count, t[start + k].asciiLowercased == w[k] { k += 1 }
                    if k == w.count { return true }
                }
                return false
            } ?? nil
        } ?? nil
        return fast ?? title.lowercased().contains(word)
    }

    /// - Complexity: O(n · k) in tokens, k the longest key in tokens (bounded look-ahead).
    /// `sport(sentence)` tells whether a sentence is told in a report of sport
    /// (asked only for a side named by its country, "the Welsh side").
    public func recognize(_ doc: Document, times: [TimeExpression], sport: ((Int) -> Bool)? = nil) -> [Actor] {
        var run = ActorRun(doc: doc, r: self, times: times)
        run.sport = sport
        run.findMentions()
        return run.recognize()
    }
}

/// One pass over one document.
private struct ActorRun {
    typealias Entry = ActorKnowledge.Entry
    let doc: Document
    let r: ActorRecognizer
    let tokens: [Token]
    let norms: [String]
    var keys: [String] = []
    /// Mention (dictionary match) starting at each token, if any.
    var mentionAt = MentionTable()
    /// Per-token word classes (`WordFlags`), one dictionary lookup per token.
    var flags: [UInt8] = []
    var inTime: [Bool]
    /// Whether sentence `s` tells of sport (see `ActorRecognizer.recognize`).
    var sport: ((Int) -> Bool)? = nil
    /// The actors found so far, which the passes below add to. Kept out of
    /// the run itself: the passes then read the run without `mutating`,
    /// which in Swift copies the whole run before every call of a
    /// non-mutating helper (hundreds of bytes, at every token).
    /// What makes two mentions one actor: a knowledge-base person by name, an
    /// unknown name by its lowercased form, a group by its entity and sector
    /// (a role's "Azerbaijani government" and the metonym "Baku" are one), an
    /// organization or a country by its key.
    enum ActorKey: Hashable {
        case known(String), name(String), group(entity: String, sector: String), organization(String), country(code: String, key: String)
    }

    struct Found {
        var actors: [Actor] = []
        var actorByKey = [ActorKey: Int](minimumCapacity: 12)   // most articles name fewer: no rehashing as it grows
        /// Surname (norm) → person actor.
        var personBySurname = SurnameTable()
        /// (first token, actor) of person mentions, in text order.
        var personMentions: [(token: Int, actor: Int)] = []
        /// Knowledge-base people named in full so far.
        var fullNamesSeen = Set<Int>()
        /// Actors named as the other side ("the enemy").
        var opponents = Set<Int>()
        /// Actors of a disputed entity ("the Artsakh Defence Army", "Karabakh
        /// forces"), coded as the claiming state: whose enemy they mean is not
        /// that state's.
        var disputed = Set<Int>()
    }

    init(doc: Document, r: ActorRecognizer, times: [TimeExpression]) {
        self.doc = doc; self.r = r; tokens = doc.tokens; norms = doc.norms
        inTime = [Bool](filled: false, count: doc.tokens.count)
        for t in times { for k in t.tokens { inTime[k] = true } }
    }

    // MARK: Dictionary mentions

    func accepts(_ e: Entry, _ range: Range<Int>) -> Bool {
        if e.exactCase {
            var form = Substring(e.form)
            if form.hasPrefix("the ") { form = form.dropFirst(4) }
            return doc.text(ofTokens: range) == form
        }
        if e.kind == .sectorWord { return true }
        let first = tokens[range.lowerBound]
        if ActorRecognizer.startsLowercase(e), !first.isCapitalized {
            // "al-Shabaab", "paramilitary Rangers": the first word as written, the rest by its key
            // (capitalized, "Al-Shabaab", as any name)
            let w = e.form.prefix { $0.isLetter }
            return doc.text(ofTokens: range.lowerBound..<range.lowerBound + 1) == w
        }
        return first.isCapitalized || first.isAllCaps || first.kind == .initialism && first.isCapitalized
    }

    /// The entries that `accepts` keeps, in order; `e` itself (no new array) when it keeps all.
    func accepted(_ e: [Entry], _ range: Range<Int>) -> [Entry] {
        guard let bad = e.firstIndex(where: { !accepts($0, range) }) else { return e }
        var kept = Array(e[..<bad])
        for x in e[(bad + 1)...] where accepts(x, range) { kept.append(x) }
        return kept
    }

    mutating func findMentions() {
        let n = tokens.count
        var folded: [Int] = []
        keys = doc.isASCII ? norms : norms.indices.map { i in
            let w = norms[i]
            if w.utf8.allSatisfy({ $0 < 0x80 }) { return w }
            folded.append(i)
            return ActorKnowledge.normalize(w)
        }
        if doc.classes.isEmpty {
            flags = keys.map { r.wordFlags[$0] ?? 0 }
        } else {
            // the shared table holds these bits in the same order; non-ASCII words are folded here
            flags = doc.classes.map { UInt8(truncatingIfNeeded: $0.rawValue & 0x1F) }
            for i in folded { flags[i] = r.wordFlags[keys[i]] ?? 0 }
        }
        mentionAt = MentionTable(count: n)
        var i = 0
        while i < n {
            let t = tokens[i]
            guard flags[i] & WordFlags.keyStart != 0, t.kind == .word || t.kind == .initialism || t.kind == .alnum, !inTime[i],
                  t.isCapitalized || t.isAllCaps || flags[i] & WordFlags.lowerStart != 0 else { i += 1; continue }
            var h = ActorRecognizer.keyHash(keys[i])
            var best: (end: Int, entries: [Entry])? = nil
            var j = i
            // the entries of words i...j (none when they are only a prefix; nil when not even one:
            // the first word is tried anyway, as a longer run may still be a key)
            var e = r.keyTable[h]
            while true {
                if let e, !e.isEmpty {
                    let ok = accepted(e, i..<j + 1)
                    if !ok.isEmpty { best = (j + 1, ok) }
                }
                j += 1
                guard j < n, j - i < r.maxTokens, tokens[j].newlinesBefore < 2 else { break }
                if tokens[j].spaceBefore { h = ActorRecognizer.keyHash(" ", from: h) }
                h = ActorRecognizer.keyHash(keys[j], from: h)
                e = r.keyTable[h]
                guard e != nil else { break }
            }
            if var best {
                // A place or country name inside a person's name is part of the name ("Rosa Lima", "Jordan Peterson")
                let placeLike = best.entries.allSatisfy { $0.kind == .metonym || $0.kind == .countryName }
                if placeLike, tokens[i].isCapitalized {
                    let prevName = followsNameWord(i)
                    let nextName = best.end < n && tokens[best.end].kind == .word && tokens[best.end].isCapitalized
                        && tokens[best.end].spaceBefore && r.keyTable[ActorRecognizer.keyHash(keys[best.end])]?.isEmpty != false && flags[best.end] & WordFlags.notName == 0
                    if prevName || nextName { best.entries = best.entries.filter { !($0.kind == .metonym || $0.kind == .countryName) } }
                }
                // An organization's name of several words after another capitalized word is the tail of a
                // longer name ("National Security Service" is not MI5's "Security Service"): no mention, so
                // that the whole run is read as one name
                if best.end - i > 1, tokens[i].isCapitalized, best.entries.contains(where: { $0.kind == .organization }),
                   followsNameWord(i), mention(endingAt: i) == nil {
                    i = best.end
                    continue
                }
                if best.entries.isEmpty { i += 1; continue }
                mentionAt[i] = best
                i = best.end
            } else {
                i += 1
            }
        }
    }

    /// Whether token `i` follows, on its line and after a space, a capitalized
    /// word (not all capitals) that may be part of a name: not a sentence's
    /// first word, not of the not-name class, and no dictionary mention.
    func followsNameWord(_ i: Int) -> Bool {
        i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized && !tokens[i - 1].isAllCaps
            && tokens[i].spaceBefore && tokens[i].newlinesBefore == 0 && flags[i - 1] & WordFlags.notName == 0
            && !isSentenceStartToken(i - 1) && mentionAt[i - 1] == nil
    }

    // MARK: Phrases

    struct Role {
        var range: Range<Int>
        var country: String?
        var countryName: String?
        /// The modifier's own key (country key such as XNK, or organization key), so that
        /// "Karabakh's leaders" and "Baku" stay apart though both code as AZE.
        var entity: String?
        var sectors: [String]
        var personal: Bool      // the sector word designates one person
        var hasModifier: Bool
        var title: String
        /// The phrase names the other side of whoever speaks ("the enemy").
        var opponent = false
    }

    func entry(_ m: (end: Int, entries: [Entry]), _ kinds: KindMask) -> Entry? {
        m.entries.first { kinds.contains(KindMask($0.kind)) }
    }

    static let modifierKinds: KindMask = [.countryName, .adjective, .metonym, .organization]

    /// Whether a role phrase may start at `k`: it starts with a determiner, a
    /// dictionary mention or a word before one. Inlined where every token is
    /// tried, so that most tokens cost no call of `role(at:)`.
    @inline(__always) func mayStartRole(_ k: Int, limit: Int) -> Bool {
        flags[k] & WordFlags.determiner != 0 || mentionAt.contains(k) || (k + 1 < limit && mentionAt.contains(k + 1))
    }

    /// `[the|his …] [country|adjective|organization ['s]] [one word] sector-word+`
    func role(at start: Int, limit: Int) -> Role? {
        var k = start
        guard k < limit else { return nil }
        // cheap rejection: a role starts with a determiner, a dictionary mention or a word before one
        if !mayStartRole(k, limit: limit) { return nil }
        if flags[k] & WordFlags.determiner != 0 { k += 1 }
        var country: String? = nil, countryName: String? = nil, modSectors: [String] = [], entity: String? = nil
        var hasModifier = false
        var freeWordAllowed = true
        if k < limit, let m = mentionAt[k], m.end <= limit, let e = entry(m, ActorRun.modifierKinds), !(e.kind == .organization && m.entries.contains { $0.kind == .sectorWord }) {
            country = e.country; hasModifier = true
            // "Azerbaijani security forces", but not "Germany pledged military": after a
            // country's name (not its adjective) the sector word must follow at once
            freeWordAllowed = e.kind == .adjective
            entity = e.kind == .organization ? "org:" + r.knowledge.organizations[e.index].key : r.knowledge.countries[e.index].key
            countryName = doc.text(ofTokens: k..<m.end)
            if e.kind == .organization || e.kind == .metonym { modSectors = e.sectors }
            k = m.end
            if k < limit, norms[k] == "'s" { k += 1; freeWordAllowed = true }   // "Karabakh's political leaders"
        }
        // one free adjective ("the political leaders", "Azerbaijani security forces"), only after a
        // determiner or a modifier: a bare word before a sector word is as often a verb or a
        // preposition ("told reporters", "as farmers") as an adjective
        var sectorStart = k
        if mentionAt[k] == nil || entry(mentionAt[k]!, [.sectorWord]) == nil {
            if freeWordAllowed, k > start, k + 1 < limit, tokens[k].kind == .word, !tokens[k].isCapitalized, norms[k] != "'s", let m = mentionAt[k + 1], entry(m, [.sectorWord]) != nil { sectorStart = k + 1 } else { return nil }
        }
        var end = sectorStart
        var sectors: [String] = []
        var personal = false, bound = false, use = ActorKnowledge.SectorWordUse.free, opponent = false, lastWord = 0
        while end < limit, let m = mentionAt[end], m.end <= limit, let e = entry(m, [.sectorWord]) {
            // a side is named by a country alone ("the military side" stays "the military")
            if end > sectorStart, r.knowledge.sectorWords[e.index].use == .side { break }
            sectors = e.sectors
            personal = r.knowledge.sectorWords[e.index].kind == .person
            bound = r.knowledge.sectorWords[e.index].bound
            use = r.knowledge.sectorWords[e.index].use
            if use == .opponent { opponent = true }
            lastWord = e.index
            end = m.end
        }
        guard end > sectorStart else { return nil }
        // a bound word ("Armenian units"), not alone ("housing units") nor before "of"
        if bound, !hasModifier || (end < limit && norms[end] == "of") { return nil }
        // a side: "the Azerbaijani side", not "an impressive Welsh side", "Italian side AC Milan",
        // "the Welsh side" in a report of sport, nor an organization's side
        if use == .side {
            guard norms[start] == "the", k == sectorStart, country != nil, modSectors.isEmpty, !(end < limit && tokens[end].isCapitalized && tokens[end].kind == .word),
                  sport.map({ !$0(doc.sentenceIndex(ofToken: start)) }) ?? true else { return nil }
            // a side that fires, shells or violates a ceasefire is its forces; in talks, trade and
            // statements it is its government ("the Chinese side said the talks were constructive"):
            // without a word of `force-word` in the sentence the military sector is dropped
            let sentence = doc.sentences[doc.sentenceIndex(ofToken: start)].tokens
            if sectors.count > 1, sectors.contains("MIL"), !sentence.contains(where: { r.forceWords.contains(norms[$0]) }) {
                sectors.removeAll { $0 == "MIL" }
            }
        }
        // "the enemy", "enemy forces": not one's own nor anyone's ("their enemy", "his old
        // adversary", "a common enemy"), nor a name's word ("Public Enemy")
        if opponent, !hasModifier, (max(0, sectorStart - 2)..<sectorStart).contains(where: { flags[$0] & WordFlags.determiner != 0 && norms[$0] != "the" })
            || tokens[sectorStart].isCapitalized && !isSentenceStartToken(sectorStart) { return nil }
        // a country's name after "of" when nothing came before ("Military Forces of Azerbaijan",
        // "the armed forces of Armenia": ACLED's names, "the Bank of Japan"); not for one person
        // ("the president of France" is told by the person's own name or title), nor when the
        // country's name starts a role of its own ("Bank of Japan governor Satoshi Sumita")
        if !hasModifier, !personal, end + 1 < limit, norms[end] == "of", let m = mentionAt[end + 1], m.end <= limit,
           let e = entry(m, [.countryName]), !(m.end < limit && mentionAt[m.end].map { entry($0, [.sectorWord]) != nil } == true) {
            country = e.country; hasModifier = true
            entity = r.knowledge.countries[e.index].key
            countryName = doc.text(ofTokens: end + 1..<m.end)
            end = m.end
        }
        // ACLED's actor names: "Rioters (France)", "Protesters (Kenya)": a group of that country
        // (not its government, which the name in brackets would name alone); not a body's
        // name ("Citicorp Investment Bank (Singapore) Ltd")
        var bracketEnd = end
        if !hasModifier, !personal, end + 2 < limit, norms[end] == "(", let m = mentionAt[end + 1], m.end < limit,
           norms[m.end] == ")", let e = entry(m, [.countryName]),
           r.knowledge.sectorWords[lastWord].kind == .group || r.knowledge.sectorWords[lastWord].sectors.contains("UAF"),
           !(m.end + 1 < limit && tokens[m.end + 1].isCapitalized && tokens[m.end + 1].spaceBefore && tokens[m.end + 1].newlinesBefore == 0
             && !isSentenceStartToken(m.end + 1)) {
            country = e.country; hasModifier = true
            entity = r.knowledge.countries[e.index].key
            countryName = doc.text(ofTokens: end + 1..<m.end)
            bracketEnd = m.end + 1
        }
        if sectors.isEmpty { sectors = modSectors }
        let titleStart = hasModifier && bracketEnd == end ? (flags[start] & WordFlags.determiner != 0 ? start + 1 : start) : sectorStart
        return Role(range: start..<bracketEnd, country: country, countryName: countryName, entity: entity, sectors: sectors, personal: personal,
                    hasModifier: hasModifier, title: doc.text(ofTokens: titleStart..<end), opponent: opponent && !hasModifier)
    }

    func isNameToken(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isCapitalized, t.kind == .word || t.kind == .initialism, !inTime[k], flags[k] & WordFlags.notName == 0 else { return false }
        if let m = mentionAt[k], entry(m, [.person]) == nil,
           !m.entries.allSatisfy({ $0.kind == .sectorWord && r.knowledge.sectorWords[$0.index].use != .free }) { return false }   // "European Currency Units", "Public Enemy"
        return true
    }

    /// The hyphen of a double-barrelled surname that ends a name ("Amir
    /// Abdul-Hamid", "Mr. Holtz-Eakin"): a plain hyphen with no space on
    /// either side, the caller having checked the names around it. Not one
    /// with more of the name after it, which is mostly a compound of places
    /// ("Miami-Dade Fire Rescue", "Calgary-North West"), nor one after an
    /// organization's head word ("The Atlanta Journal-Constitution"), nor a
    /// dash ("Medical Center—St. Margaret").
    func isSurnameHyphen(_ k: Int, limit: Int) -> Bool {
        guard k > 0, k + 1 < limit, doc.isWordHyphen(k) else { return false }
        if k + 2 < limit, isNameToken(k + 2) || tokens[k + 2].kind == .dash && !tokens[k + 2].spaceBefore { return false }
        return r.nameHeads[norms[k - 1]] != .organization
    }

    /// Whether a name run is one word, a hyphenated one included ("Garnier", "Holtz-Eakin").
    func isOneWord(_ range: Range<Int>) -> Bool {
        !range.dropFirst().contains { tokens[$0].spaceBefore }
    }

    /// A person mention from the knowledge base, or a run of capitalized names.
    func name(at start: Int, limit: Int, _ found: Found) -> (range: Range<Int>, person: Int?)? {
        guard start < limit else { return nil }
        if let m = mentionAt[start], m.end <= limit, let e = entry(m, .person) {
            let p = choosePerson(m.entries, fallback: e.index)
            // A one-word alias ("Saleh", "Ahmed") names the knowledge-base person only
            // when it stands alone and that person holds office on the article's date
            // or was named in full earlier; otherwise it is part of another name.
            let alone = !(start > 0 && isNameToken(start - 1) && tokens[start].spaceBefore) && !(m.end < limit && isNameToken(m.end))
            // a surname the article already gave to someone else names that person ("Jana Novak … Novak")
            if m.end - start == 1, let earlier = found.personBySurname.actor(norms[start]), found.actors[earlier].name != r.knowledge.people[p].name {
                return (start..<m.end, nil)
            }
            if m.end - start > 1 || (alone && (inOffice(p) || found.fullNamesSeen.contains(p))) {
                return (start..<m.end, p)
            }
        }
        guard isNameToken(start) || mentionAt[start].map({ entry($0, .person) != nil }) == true else { return nil }
        var end = start
        while end < limit, end - start < 5, isNameToken(end) || (end > start && end + 1 < limit && isNameToken(end + 1)
                                                                   && (r.nameParticles.contains(norms[end]) || isSurnameHyphen(end, limit: limit))) {
            if let m = mentionAt[end], entry(m, [.person]) != nil { end = m.end; continue }
            end += 1
        }
        if end > start, tokens[end - 1].kind == .dash { end -= 1 }   // the length limit fell on a name's hyphen
        if end == start { return nil }
        if norms[start].utf8.starts(with: "i'".utf8) { return nil }   // "I'm", "I'll"
        return (start..<end, nil)
    }

    func isSentenceStartToken(_ k: Int) -> Bool {
        doc.sentences[doc.sentenceIndex(ofToken: k)].tokens.lowerBound == k
    }

    func isSentenceStart(_ k: Int) -> Bool {
        k == 0 || doc.sentences[doc.sentenceIndex(ofToken: k)].tokens.lowerBound == k
            || (tokens[k - 1].kind == .quote && doc.sentences[doc.sentenceIndex(ofToken: k)].tokens.lowerBound == k - 1)
    }

    func inOffice(_ p: Int) -> Bool {
        guard let date = doc.date else { return false }
        return r.knowledge.role(of: r.knowledge.people[p], on: date) != nil
    }

    /// Among people sharing a name, the one holding office on the article's date.
    func choosePerson(_ entries: [Entry], fallback: Int) -> Int {
        let people = entries.filter { $0.kind == .person }.map(\.index)
        if let date = doc.date {
            if let p = people.first(where: { r.knowledge.role(of: r.knowledge.people[$0], on: date) != nil }) { return p }
        }
        return people.first ?? fallback
    }

    // MARK: Actors

    /// The actor under `key`, with `mention` added; `new` is built only for
    /// a key not seen before (most mentions repeat an actor named already).
    func add(key: ActorKey, actor new: @autoclosure () -> Actor, mention: Range<Int>, to found: inout Found) -> Int {
        if let a = found.actorByKey[key] {
            found.actors[a].mentions.append(mention)
            return a
        }
        var actor = new()
        actor.mentions = [mention]
        found.actors.append(actor)
        found.actorByKey[key] = found.actors.count - 1
        return found.actors.count - 1
    }

    /// A person actor for a name (with an optional role from the text).
    func addPerson(_ nm: (range: Range<Int>, person: Int?), role: Role?, mention: Range<Int>, to found: inout Found) {
        let surnameNorm = norms[nm.range.upperBound - 1]
        let oneWord = isOneWord(nm.range)
        var a: Int
        if let p = nm.person {
            let person = r.knowledge.people[p]
            if !oneWord { found.fullNamesSeen.insert(p) }
            a = add(key: .known(person.name), actor: {
                let office = doc.date.flatMap { r.knowledge.role(of: person, on: $0) }
                let home = office == nil ? doc.date.flatMap { r.knowledge.outOfOffice(person, on: $0) } : nil
                return Actor(name: person.name, kind: .person, country: role?.country ?? office?.country ?? home?.country,
                             sector: role?.sectors.first ?? office?.sectors.first ?? home?.sector,
                             title: office?.title ?? role?.title, mentions: [], known: true)
            }(), mention: mention, to: &found)
        } else if oneWord, let existing = found.personBySurname.actor(surnameNorm) {
            a = existing
            found.actors[a].mentions.append(mention)
        } else if oneWord && role == nil {
            return   // a lone unknown capitalized word may be a place, a person or anything else
        } else {
            let full = doc.text(ofTokens: nm.range)
            let head = r.nameHeads[surnameNorm]
            if head == .place || (head == .other && role == nil) { return }
            let kind: Actor.Kind = head == .organization ? .organization : .person
            a = add(key: .name(full.lowercased()), actor: Actor(name: full, kind: kind, country: role?.country, sector: role?.sectors.first, title: role?.title, mentions: [], known: false), mention: mention, to: &found)
        }
        if let role {
            if found.actors[a].country == nil { found.actors[a].country = role.country }
            if found.actors[a].sector == nil { found.actors[a].sector = role.sectors.first }
            if found.actors[a].title == nil { found.actors[a].title = role.title }
        }
        if found.actors[a].kind == .person {
            found.personBySurname.set(surnameNorm, a)
            found.personMentions.append((mention.lowerBound, a))
        }
    }

    /// Finds the actors (after `findMentions`).
    func recognize() -> [Actor] {
        guard !tokens.isEmpty else { return [] }
        var found = Found()
        let n = tokens.count
        var k = 0
        var p = 0
        while k < n {
            while p + 1 < doc.paragraphs.count, doc.paragraphs[p].tokens.upperBound <= k { p += 1 }
            let limit = doc.paragraphs[p].tokens.upperBound
            // 1. role phrase, then maybe a name
            if mayStartRole(k, limit: limit), let role = role(at: k, limit: limit) {
                var after = role.range.upperBound
                if after < limit, norms[after] == "," { after += 1 }
                if role.personal || norms[role.range.upperBound - 1] == "counterpart", let nm = name(at: after, limit: limit, found) {
                    var end = nm.range.upperBound
                    if after > role.range.upperBound, end < limit, norms[end] == "," { end += 1 }
                    addPerson(nm, role: role, mention: nm.range, to: &found)
                    k = end
                    continue
                }
                addRoleActor(role, to: &found)
                k = role.range.upperBound
                continue
            }
            // 2. a name, maybe with an apposition (`name(at:)` finds none unless the token is a
            // name word or a dictionary mention: tested here, most tokens cost no call)
            if isNameToken(k) || mentionAt.contains(k), let nm = name(at: k, limit: limit, found) {
                var appositive: Role? = nil
                if nm.range.upperBound + 1 < limit, norms[nm.range.upperBound] == ",",
                   let role = role(at: nm.range.upperBound + 1, limit: limit), role.personal {
                    appositive = role
                }
                // "Aliyev's press office", "Clinton's campaign": the office speaks for its holder
                var mention = nm.range
                if appositive == nil, nm.range.upperBound + 1 < limit, norms[nm.range.upperBound] == "'s",
                   let office = role(at: nm.range.upperBound + 1, limit: limit), !office.hasModifier, !office.personal {
                    mention = nm.range.lowerBound..<office.range.upperBound
                }
                addPerson(nm, role: appositive, mention: mention, to: &found)
                k = appositive?.range.upperBound ?? mention.upperBound
                continue
            }
            // 3. a country, a metonym or an organization standing alone; an adjective
            // that shares the next one's sector word ("Armenian and Azerbaijani troops")
            if let m = mentionAt[k], let e = entry(m, [.organization, .metonym, .countryName, .adjective]) {
                if e.kind == .adjective, let role = sharedRole(e, k..<m.end, limit: limit) {
                    addRoleActor(role, to: &found)
                } else {
                    addStandalone(e, k..<m.end, to: &found)
                }
                k = m.end
                continue
            }
            // 4. he / she in subject position (both are in the not-name class: the flag spares
            // the other tokens two string comparisons)
            if flags[k] & WordFlags.notName != 0, norms[k] == "he" || norms[k] == "she",
               k + 1 < n, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
               let target = pronounReferent(k, found) {
                found.actors[target].mentions.append(k..<k + 1)
                found.personMentions.append((k, target))
            }
            k += 1
        }
        for a in found.actors.indices { found.actors[a].mentions.sort { $0.lowerBound < $1.lowerBound } }
        for a in found.opponents.sorted() { found.actors[a].country = opponentCountry(a, found); found.actors[a].opponent = true }
        return found.actors.sorted { $0.firstToken < $1.firstToken }
    }

    /// "the enemy fired at Armenian positions, the Armenian Defence Ministry
    /// said": the adversary (`actors/adversaries.tsv`) of the one country
    /// whose forces or government are named in the sentences of the
    /// opponent's mentions; nil when none or several are, when that country
    /// has no adversary listed, or when the mentions disagree.
    func opponentCountry(_ a: Int, _ found: Found) -> String? {
        var answer: String? = nil
        for m in found.actors[a].mentions {
            let sentence = doc.sentences[doc.sentenceIndex(ofToken: m.lowerBound)].tokens
            var speakers = Set<String>()
            for (k, other) in found.actors.enumerated() where k != a && !found.opponents.contains(k) {
                guard let c = other.country, other.sector == "MIL" || other.sector == "GOV",
                      other.mentions.contains(where: { sentence.contains($0.lowerBound) }) else { continue }
                if found.disputed.contains(k) { return nil }
                speakers.insert(c)
            }
            guard speakers.count == 1, let enemy = r.adversaries[speakers.first!], answer == nil || answer == enemy else { return nil }
            answer = enemy
        }
        return answer
    }

    /// Whether an entity key (a country's key or "org:" and an organization's
    /// key) is a disputed entity or an organization of one.
    func isDisputed(_ entity: String) -> Bool { r.disputedKeys.contains(entity) }

    /// he/she: the person who is the subject of this sentence (the first named
    /// before the pronoun), else the first person of the previous sentence,
    /// else the last person named.
    func pronounReferent(_ k: Int, _ found: Found) -> Int? {
        let s = doc.sentenceIndex(ofToken: k)
        let here = doc.sentences[s].tokens
        if let m = found.personMentions.first(where: { here.contains($0.token) && $0.token < k }) { return m.actor }
        if s > 0 {
            let prev = doc.sentences[s - 1].tokens
            if let m = found.personMentions.first(where: { prev.contains($0.token) }) { return m.actor }
        }
        return found.personMentions.last(where: { $0.token < k })?.actor
    }

    /// "Armenian and Azerbaijani troops": the first adjective names troops of
    /// its own country, with the sector words of the role after "and" (or a
    /// comma), whose modifier must be an adjective too.
    func sharedRole(_ e: Entry, _ range: Range<Int>, limit: Int) -> Role? {
        let next = range.upperBound + 1
        guard next < limit, norms[range.upperBound] == "and" || norms[range.upperBound] == ",",
              let m = mentionAt[next], entry(m, [.adjective]) != nil,
              let other = role(at: next, limit: limit), other.hasModifier, !other.personal else { return nil }
        let sectorWords = doc.text(ofTokens: m.end..<other.range.upperBound)
        return Role(range: range, country: e.country, countryName: doc.text(ofTokens: range),
                    entity: r.knowledge.countries[e.index].key, sectors: other.sectors, personal: false,
                    hasModifier: true, title: doc.text(ofTokens: range) + " " + sectorWords)
    }

    func addRoleActor(_ role: Role, to found: inout Found) {
        let sector = role.sectors.first
        if !role.hasModifier {
            // "the premier": the person last titled so in the article
            if role.personal {
                let word = norms[role.range.upperBound - 1]
                if let last = found.personMentions.last(where: { found.actors[$0.actor].title.map { ActorRecognizer.titleContains($0, word) } == true }) {
                    found.actors[last.actor].mentions.append(role.range)
                    found.personMentions.append((role.range.lowerBound, last.actor))
                }
                return
            }
            // "the enemy" is no other unnamed group ("soldiers"): a key of its own
            let a = add(key: .group(entity: role.opponent ? "opponent" : "-", sector: sector ?? "-"), actor: Actor(name: role.title, kind: .group, country: nil, sector: sector, title: nil, mentions: [], known: false), mention: role.range, to: &found)
            if role.opponent { found.opponents.insert(a) }
            return
        }
        let entity = role.entity ?? role.country ?? "-"
        let a = add(key: .group(entity: entity, sector: sector ?? "-"), actor: Actor(name: role.title, kind: .group, country: role.country, sector: sector, title: nil, mentions: [], known: true), mention: role.range, to: &found)
        if isDisputed(entity) { found.disputed.insert(a) }
    }

    /// The dictionary mention found so far that ends at token `k`, with its
    /// first token: the nearest mention starting at most `maxTokens` back,
    /// if it ends there.
    func mention(endingAt k: Int) -> (start: Int, entries: [Entry])? {
        var start = k - 1
        while start >= 0, start >= k - r.maxTokens {
            if let m = mentionAt[start] { return m.end == k ? (start, m.entries) : nil }
            start -= 1
        }
        return nil
    }

    /// "the Russian Security Council", "Nigeria's House of Representatives":
    /// an organization's name of several words right after the name or
    /// adjective of another country (with or without "'s") names that
    /// country's own institution, not the organization the name means alone
    /// (the UN Security Council, the US House). The modifier's entry and its
    /// first token; nil when the name is one word ("the Pakistani Taliban"
    /// stay the Taliban) or the country is the organization's own ("the US
    /// State Department").
    func foreignModifier(of org: ActorKnowledge.Organization, at range: Range<Int>) -> (Entry, Int)? {
        guard range.count > 1, range.lowerBound > 0 else { return nil }
        let end = norms[range.lowerBound - 1] == "'s" ? range.lowerBound - 1 : range.lowerBound
        guard let m = mention(endingAt: end), let e = entry((end, m.entries), [.countryName, .adjective]),
              e.country != org.country else { return nil }
        return (e, m.start)
    }

    func addStandalone(_ e: Entry, _ range: Range<Int>, to found: inout Found) {
        if range.lowerBound > 0, flags[range.lowerBound - 1] & WordFlags.locative != 0, e.kind != .organization { return }   // a place
        switch e.kind {
        case .organization:
            let org = r.knowledge.organizations[e.index]
            if let (modifier, start) = foreignModifier(of: org, at: range) {
                // "the Russian Security Council": that country's institution, in the organization's sector
                let c = r.knowledge.countries[modifier.index]
                let sector = org.sectors.first
                let mention = norms[range.lowerBound - 1] == "'s" ? range : start..<range.upperBound
                _ = add(key: .group(entity: c.key, sector: sector ?? "-"), actor: Actor(name: doc.text(ofTokens: start..<range.upperBound), kind: .group, country: c.country, sector: sector, title: nil, mentions: [], known: true), mention: mention, to: &found)
                return
            }
            let a = add(key: .organization(org.key), actor: Actor(name: org.name, kind: .organization, country: org.country, sector: org.sectors.first, title: nil, mentions: [], known: true), mention: range, to: &found)
            if org.entity != org.country, isDisputed(org.entity) { found.disputed.insert(a) }
        case .metonym:
            let c = r.knowledge.countries[e.index]
            let sector = e.sectors.first ?? "GOV"
            let a = add(key: .group(entity: c.key, sector: sector), actor: Actor(name: c.name, kind: .country, country: c.country, sector: sector, title: nil, mentions: [], known: true), mention: range, to: &found)
            if c.kind == .disputed { found.disputed.insert(a) }
        case .countryName:
            let c = r.knowledge.countries[e.index]
            _ = add(key: .country(code: c.country, key: c.key), actor: Actor(name: c.name, kind: .country, country: c.country, sector: c.extraSectors.first, title: nil, mentions: [], known: true), mention: range, to: &found)
        case .adjective:
            // a plural demonym stands for people ("Azerbaijanis", "Armenians")
            let text = norms[range.upperBound - 1]
            guard text.hasSuffix("s"), !text.hasSuffix("ss") else { return }
            let c = r.knowledge.countries[e.index]
            _ = add(key: .group(entity: c.key, sector: "CVL"), actor: Actor(name: doc.text(ofTokens: range), kind: .group, country: c.country, sector: "CVL", title: nil, mentions: [], known: true), mention: range, to: &found)
        default: return
        }
    }
}

/// Surname (norm) → person actor. An article names few people: up to
/// `scanLimit` surnames are kept in a list and found by comparing strings,
/// which costs less than hashing the surname at every name; past that, a
/// dictionary takes over.
struct SurnameTable {
    static let scanLimit = 24
    /// Surnames and their actors, in one array (one allocation per article).
    private var list: [(name: String, actor: Int)] = []
    private var index: [String: Int] = [:]

    func actor(_ surname: String) -> Int? {
        if list.count <= SurnameTable.scanLimit {
            for k in list.indices where list[k].name == surname { return list[k].actor }
            return nil
        }
        return index[surname].map { list[$0].actor }
    }

    mutating func set(_ surname: String, _ actor: Int) {
        if list.count <= SurnameTable.scanLimit {
            if let k = list.firstIndex(where: { $0.name == surname }) { list[k].actor = actor; return }
        } else if let k = index[surname] {
            list[k].actor = actor; return
        }
        list.append((surname, actor))
        if list.count == SurnameTable.scanLimit + 1 {
            for k in list.indices { index[list[k].name] = k }
        } else if list.count > SurnameTable.scanLimit + 1 {
            index[surname] = list.count - 1
        }
    }
}

enum WordFlags {
    static let keyStart: UInt8 = 1
    static let determiner: UInt8 = 2
    static let locative: UInt8 = 4
    static let notName: UInt8 = 8
    static let lowerStart: UInt8 = 16
}

/// A set of entry kinds as bits, so tests allocate nothing.
struct KindMask: OptionSet {
    let rawValue: UInt8
    static let countryName = KindMask(rawValue: 1)
    static let adjective = KindMask(rawValue: 2)
    static let metonym = KindMask(rawValue: 4)
    static let organization = KindMask(rawValue: 8)
    static let sectorWord = KindMask(rawValue: 16)
    static let person = KindMask(rawValue: 32)
    init(rawValue: UInt8) { self.rawValue = rawValue }
    init(_ kind: ActorKnowledge.Entry.Kind) {
        switch kind {
        case .countryName: self = .countryName
        case .adjective: self = .adjective
        case .metonym: self = .metonym
        case .organization: self = .organization
        case .sectorWord: self = .sectorWord
        case .person: self = .person
        }
    }
}

/// Dictionary mentions by starting token, in flat arrays.
struct MentionTable {
    private var slot: [Int32] = []
    private var found: [(end: Int, entries: [ActorKnowledge.Entry])] = []
    init() {}
    init(count: Int) { slot = [Int32](filled: -1, count: count) }
    /// Whether a mention starts at `k` (without copying it out).
    @inline(__always) func contains(_ k: Int) -> Bool { k >= 0 && k < slot.count && slot[k] >= 0 }
    subscript(k: Int) -> (end: Int, entries: [ActorKnowledge.Entry])? {
        get {
            guard k >= 0, k < slot.count else { return nil }
            let s = slot[k]
            return s < 0 ? nil : found[Int(s)]
        }
        set {
            guard let newValue else { slot[k] = -1; return }
            slot[k] = Int32(found.count)
            found.append(newValue)
        }
    }
}
