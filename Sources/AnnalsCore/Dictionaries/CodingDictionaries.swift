/// Analysts' TABARI / PETRARCH flat-file dictionaries, read into indexes the
/// dictionary coder (`DictionaryCoder`) uses. Pure: the caller reads the
/// files and hands their text here (`DictionaryFile`); every line that is
/// skipped is reported as a warning `file:line: message`.
///
/// Formats (PETRARCH 1.0 and TABARI 0.8):
/// - **actors**: `NAME [CODE]`; words joined by `_` or spaces; synonyms on
///   `+NAME` lines; code lines may follow the names on lines of their own
///   (`\t[CODE]`), several codes a name: dated `[CODE >YYMMDD]`,
///   `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]` (also YYYYMMDD), undated the
///   default; `[A/B]` a compound actor; `[---]` no actor; `[###]` discard
///   the sentence (TABARI); `[+++]` an actor whose events are not coded.
///   Comments: `#` (PETRARCH), `;` (TABARI), `<!-- -->` lines.
/// - **agents**: `PHRASE [~CODE]` (suffix) or `[CODE~]` (prefix), optional
///   `{PLURALS}` (`{}`: none), `!NAME! = A, B` substitution sets.
/// - **verbs**: synsets `&NAME` with `+MEMBER` lines; PETRARCH blocks
///   `--- NAME [code] ---` holding verb lines (`VERB [code] {FORMS}`,
///   multi-word `+VERB_PARTICLE`, `WORD_+VERB`) and patterns
///   `- LOWER * UPPER [code]`; TABARI: each `VERB [code]` line starts a
///   block, `{ FORM FORM }` adds forms. In patterns `*` is the verb, `$`
///   the source, `+` the target, `%` a compound actor, `^` skips words,
///   `&NAME` a synset, `{ A | B }` alternatives; `_` joins words that must
///   be adjacent, a space lets words intervene. Codes `X:Y` code the
///   reverse event `Y` too; `---` codes nothing; `###` discards the sentence.
/// - **discards**: one phrase a line; `+PHRASE` discards the story.
///
/// Word matching: in PETRARCH style a word matches itself and its regular
/// forms (nouns: plurals; verbs: conjugations); in TABARI style a word
/// without a trailing `_` is a stem (prefix), with `_` it matches itself
/// and regular endings, with `=` only itself.
public struct CodingDictionaries: Sendable {
    public enum Style: String, Sendable { case petrarch, tabari }
    public enum Kind: String, Sendable, CaseIterable { case actors, agents, verbs, discards }

    /// One dictionary file's text.
    public struct DictionaryFile: Sendable {
        public var name: String
        public var kind: Kind
        public var text: String
        public init(name: String, kind: Kind, text: String) { self.name = name; self.kind = kind; self.text = text }
    }

    /// A code valid over a span of dates (YYYYMMDD, inclusive).
    struct DatedCode: Sendable {
        var codes: [String]
        var from: Int?
        var to: Int?
        var isDefault: Bool { from == nil && to == nil }
    }

    struct ActorEntry: Sendable {
        var name: String
        var codes: [DatedCode]
        var file: String
        var line: Int
    }

    struct AgentEntry: Sendable {
        var code: String
        var prefix: Bool
    }

    enum Element: Sendable, Equatable {
        /// Alternatives, each a word sequence whose words are adjacent.
        case words([[WordMatcher]])
        case source, target, compound, skip
    }

    struct PatternItem: Sendable {
        var element: Element
        /// Joined to its neighbour nearer the verb by `_`: no words between.
        var tight: Bool
    }

    struct Pattern: Sendable {
        var lower: [PatternItem]   // text order; the last is next to the verb
        var upper: [PatternItem]   // text order; the first is next to the verb
        var code: String
        var file: String
        var line: Int
        var weight: Int
        /// Words of the literal parts when each list of alternatives matches
        /// its shortest / its longest.
        var minWords = 0
        var maxWords = 0
        /// The weight if every list of alternatives matched its longest.
        var maxWeight: Int { weight + 10 * (maxWords - minWords) }
        /// For each literal element that must match exactly: the words any of
        /// which must occur in the sentence (a quick filter before matching).
        var required: [[String]] = []
    }

    struct VerbBlock: Sendable {
        var code: String
        var patterns: [Pattern]
    }

    /// A verb form: the key word with words that must stand before / after it.
    struct VerbForm: Sendable {
        var before: [WordMatcher]
        var after: [(WordMatcher, tight: Bool)]
        var block: Int
        var code: String?
        var file: String
        var line: Int
    }

    public internal(set) var style: Style
    public internal(set) var warnings: [KnowledgeError] = []
    var actors = PhraseIndex<Int32>()
    var actorEntries: [ActorEntry] = []
    var agents = PhraseIndex<AgentEntry>()
    var verbs = PhraseIndex<Int32>()
    var verbForms: [VerbForm] = []
    var blocks: [VerbBlock] = []
    var synsets: [String: [[WordMatcher]]] = [:]
    var synsetText: [String: [String]] = [:]
    var discards = PhraseIndex<Bool>()   // value: story-level
    /// TABARI `<ADJECTIVE>` words: may stand between the actors of a compound.
    var adjectives: Set<String> = []

    public var actorCount: Int { actorEntries.count }
    public var actorPhraseCount: Int { actors.entries.count }
    public var agentCount: Int { agents.entries.count }
    public var verbFormCount: Int { verbForms.count }
    public var patternCount: Int { blocks.reduce(0) { $0 + $1.patterns.count } }
    public var discardCount: Int { discards.entries.count }

    /// Reads the files (actors before verbs is not required). Lines that
    /// cannot be read are skipped with a warning; nothing here throws.
    public init(files: [DictionaryFile], style: Style) {
        self.style = style
        // synsets first: verb patterns refer to them wherever they are defined
        for f in files where f.kind == .verbs { readSynsets(f) }
        for f in files {
            switch f.kind {
            case .actors: readActors(f)
            case .agents: readAgents(f)
            case .verbs: readVerbs(f)
            case .discards: readDiscards(f)
            }
        }
    }

    mutating func warn(_ file: String, _ line: Int, _ message: String) {
        warnings.append(KnowledgeError(file: file, line: line, message: message))
    }

    // MARK: Lines

    /// The lines of a file, numbered from 1, with comments removed and
    /// trailing spaces trimmed; `<...>` tag lines kept (callers decide).
    static func lines(_ text: String, style: Style) -> [(Int, Substring)] {
        var out: [(Int, Substring)] = []
        var n = 0
        var inComment = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            var line = raw
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("<!") {
                if !trimmed.contains(">") || (trimmed.hasPrefix("<!--") && !trimmed.contains("-->")) { inComment = true }
                continue
            }
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("//") || trimmed.hasPrefix("~") { continue }
            // comments: '#' anywhere, ';' in TABARI files (not inside [...])
            var cut = line.endIndex
            var depth = 0
            for i in line.indices {
                let c = line[i]
                if c == "[" { depth += 1 } else if c == "]" { depth = max(0, depth - 1) }
                if (c == "#" || c == ";") && depth == 0 { cut = i; break }
            }
            line = line[..<cut]
            while let l = line.last, l == " " || l == "\t" { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            out.append((n, line))
        }
        return out
    }

    /// Splits `text [...] {...}` into the text before the first bracket, the
    /// bracket contents and the brace contents.
    static func fields(_ line: Substring) -> (head: Substring, brackets: [Substring], braces: Substring?) {
        var head = line.endIndex
        var brackets: [Substring] = []
        var braces: Substring? = nil
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "[" || c == "{" {
                if head == line.endIndex { head = i }
                let close: Character = c == "[" ? "]" : "}"
                let start = line.index(after: i)
                let end = line[start...].firstIndex(of: close) ?? line.endIndex
                if c == "[" { brackets.append(line[start..<end]) } else { braces = line[start..<end] }
                i = end == line.endIndex ? end : line.index(after: end)
                continue
            }
            i = line.index(after: i)
        }
        return (line[..<head], brackets, braces)
    }

    // MARK: Words

    /// The matchers of a phrase (`A_B C`), words lowercased and split.
    /// `noun`: regular plurals are forms (PETRARCH style, unless `plurals` is false).
    /// `apart`: words written with a space between them may stand apart in
    /// the text (TABARI actor phrases).
    func phrase(_ text: Substring, noun: Bool, plurals: Bool = true, apart: Bool = false) -> [WordMatcher] {
        var out: [WordMatcher] = []
        var spaced: [Bool] = []   // for each part: a space (not `_`) before it
        do {
            var sawSpace = false
            var inPart = false
            for c in text {
                if c == " " || c == "\t" { sawSpace = true; inPart = false }
                else if c == "_" { inPart = false }
                else { if !inPart { spaced.append(sawSpace); sawSpace = false; inPart = true } }
            }
        }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" })
        let endsTight = text.last == "_"
        for (k, part) in parts.enumerated() {
            var p = part.lowercased()
            var strict = false
            if p.hasSuffix("=") { strict = true; p.removeLast() }
            p = p.replacingOccurrences(of: "~", with: "")
            let isLast = k == parts.count - 1
            let words = DictWords.split(p)
            for (j, w) in words.enumerated() {
                guard !w.isEmpty else { continue }
                let lastWord = isLast && j == words.count - 1
                var m = WordMatcher(text: w, mode: .exact)
                if apart, style == .tabari, j == 0, k > 0, k < spaced.count, spaced[k] { m.gap = true }
                switch style {
                case .petrarch:
                    if noun && plurals && lastWord && !strict && !endsTight { m.forms = DictWords.plurals(w) }
                case .tabari:
                    if strict {
                    } else if lastWord && endsTight || !lastWord {
                        // inner words and words ending with '_' match themselves and regular endings
                        m.forms = noun ? DictWords.plurals(w) : DictWords.verbEndings.map { w + $0 } + (w.hasSuffix("e") ? [String(w.dropLast()) + "ing"] : [])
                    } else if w.count >= 3 && w.first!.isLetter {
                        m.mode = .stem
                    }
                }
                out.append(m)
            }
        }
        return out
    }

    // MARK: Dates

    /// YYMMDD (YY < 50: 20YY) or YYYYMMDD as YYYYMMDD.
    static func date(_ s: Substring) -> Int? {
        let t = s.dictTrim(" \t")
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(t) else { return nil }
        switch t.count {
        case 6:
            let yy = v / 10000
            return (yy < 50 ? 2000 + yy : 1900 + yy) * 10000 + v % 10000
        case 8: return v
        default: return nil
        }
    }

    /// One bracket's content: `CODE`, `CODE >D`, `CODE <D`, `CODE D-D`.
    static func datedCode(_ content: Substring) -> DatedCode? {
        let t = content.dictTrim(" \t")
        guard !t.isEmpty else { return nil }
        let codeEnd = t.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "<" || $0 == ">" }) ?? t.endIndex
        let code = t[..<codeEnd]
        guard !code.isEmpty, !code.first!.isNumber || code.count < 6 || code.contains(where: { $0.isLetter }) else { return nil }
        let codes = code.split(separator: "/").map { String($0).uppercased() }
        guard !codes.isEmpty, codes.allSatisfy({ c in c.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" || $0 == "#" || $0 == "~" } }) else { return nil }
        var rest = t[codeEnd...].dictTrim(" \t")[...]
        if rest.isEmpty { return DatedCode(codes: codes) }
        if rest.first == ">" {
            rest = rest.dropFirst()
            guard let d = date(rest) else { return nil }
            return DatedCode(codes: codes, from: d, to: nil)
        }
        if rest.first == "<" {
            rest = rest.dropFirst()
            guard let d = date(rest) else { return nil }
            return DatedCode(codes: codes, from: nil, to: d - 1)
        }
        let parts = rest.split(separator: "-")
        guard parts.count == 2, let a = date(parts[0]), let b = date(parts[1]) else { return nil }
        return DatedCode(codes: codes, from: a, to: b)
    }

    // MARK: Actors

    mutating func readActors(_ f: DictionaryFile) {
        var pendingNames: [(Substring, Int)] = []
        var current: Int? = nil          // entry receiving synonyms / more codes
        var section = ""
        func flushNames(into entry: Int) {
            for (name, _) in pendingNames { addActorName(name, entry) }
            pendingNames.removeAll()
        }
        for (n, line) in CodingDictionaries.lines(f.text, style: style) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("<") {
                let tag = trimmed.lowercased()
                if tag.hasPrefix("</") { section = "" } else if tag.hasPrefix("<noun") { section = "noun" } else if tag.hasPrefix("<adjective") { section = "adjective" }
                else { warn(f.name, n, "unknown section tag \(trimmed); skipped") }
                continue
            }
            if section == "adjective" { for w in DictWords.split(trimmed.lowercased()) { adjectives.insert(w) }; continue }
            if section == "noun" { continue }
            let (head, brackets, _) = CodingDictionaries.fields(trimmed)
            var codes: [DatedCode] = []
            var bad = false
            for b in brackets {
                if let c = CodingDictionaries.datedCode(b) { codes.append(c) } else { bad = true; warn(f.name, n, "cannot read the code [\(b)]; skipped") }
            }
            if bad && codes.isEmpty && head.dictTrim(" \t+").isEmpty { continue }
            let name = head.dictTrim(" \t")
            if name.isEmpty {
                // a code line for the names above
                if !pendingNames.isEmpty {
                    let id = newActor(String(pendingNames[0].0), f, pendingNames[0].1)
                    flushNames(into: id)
                    current = id
                }
                if let c = current { actorEntries[c].codes.append(contentsOf: codes) }
                else { warn(f.name, n, "a code with no actor name before it; skipped") }
                continue
            }
            if name.hasPrefix("+") {
                let syn = name.dropFirst().dictTrim(" \t")
                guard !syn.isEmpty else { warn(f.name, n, "empty synonym; skipped"); continue }
                if !pendingNames.isEmpty { pendingNames.append((Substring(syn), n)); if !codes.isEmpty { let id = newActor(String(pendingNames[0].0), f, pendingNames[0].1); flushNames(into: id); actorEntries[id].codes = codes; current = id }; continue }
                guard let c = current else { warn(f.name, n, "synonym with no actor before it; skipped"); continue }
                addActorName(Substring(syn), c)
                if !codes.isEmpty { actorEntries[c].codes.append(contentsOf: codes) }
                continue
            }
            // a new name: with codes it is an entry; without, it waits for a code line
            if codes.isEmpty {
                if let c = current, pendingNames.isEmpty, actorEntries[c].codes.isEmpty { addActorName(Substring(name), c); continue }
                if current != nil && pendingNames.isEmpty { current = nil }
                pendingNames.append((Substring(name), n))
                continue
            }
            if !pendingNames.isEmpty {
                // names without codes followed by a coded name: one group (several names, one code)
                pendingNames.append((Substring(name), n))
                let id = newActor(String(pendingNames[0].0), f, pendingNames[0].1)
                flushNames(into: id)
                actorEntries[id].codes = codes
                current = id
                continue
            }
            let id = newActor(name, f, n)
            addActorName(Substring(name), id)
            actorEntries[id].codes = codes
            current = id
        }
        if !pendingNames.isEmpty {
            for (name, line) in pendingNames { warn(f.name, line, "actor \(name) has no code; skipped") }
        }
        for e in actorEntries where e.file == f.name && e.codes.isEmpty {
            warn(f.name, e.line, "actor \(e.name) has no code; skipped")
        }
    }

    mutating func newActor(_ name: String, _ f: DictionaryFile, _ line: Int) -> Int {
        actorEntries.append(ActorEntry(name: name, codes: [], file: f.name, line: line))
        return actorEntries.count - 1
    }

    mutating func addActorName(_ name: Substring, _ entry: Int) {
        let words = phrase(name, noun: true, apart: true)
        guard !words.isEmpty else { return }
        actors.add(words, Int32(entry))
    }

    // MARK: Agents

    mutating func readAgents(_ f: DictionaryFile) {
        var substitutions: [String: [String]] = [:]
        for (n, line) in CodingDictionaries.lines(f.text, style: style) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("!"), let eq = trimmed.firstIndex(of: "=") {
                let name = trimmed[..<eq].dictTrim(" \t").uppercased()
                substitutions[name] = trimmed[trimmed.index(after: eq)...].split(separator: ",").map { $0.dictTrim(" \t") }.filter { !$0.isEmpty }
                continue
            }
            if trimmed.hasPrefix("<") { continue }
            let (head, brackets, braces) = CodingDictionaries.fields(trimmed)
            guard let b = brackets.first else { warn(f.name, n, "agent without a [~CODE]; skipped"); continue }
            let raw = b.filter { $0 != " " && $0 != "\t" }.uppercased()
            guard raw.contains("~"), raw.count > 1 else { warn(f.name, n, "agent code [\(b)] has no '~'; skipped"); continue }
            let prefix = raw.hasSuffix("~")
            let entry = AgentEntry(code: raw.replacingOccurrences(of: "~", with: ""), prefix: prefix)
            var names = [head.dictTrim(" \t")]
            if names[0].isEmpty { warn(f.name, n, "agent without a phrase; skipped"); continue }
            // !NAME! substitutions
            var k = 0
            while k < names.count {
                let s = names[k]
                if let open = s.firstIndex(of: "!"), let close = s[s.index(after: open)...].firstIndex(of: "!") {
                    let key = String(s[open...close]).uppercased()
                    guard let subs = substitutions[key] else { warn(f.name, n, "unknown substitution \(key); skipped"); names.remove(at: k); continue }
                    let expanded = subs.map { String(s[..<open]) + $0 + String(s[s.index(after: close)...]) }
                    names.replaceSubrange(k...k, with: expanded)
                    continue
                }
                k += 1
            }
            let explicitPlurals = braces.map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }
            for name in names {
                agents.add(phrase(Substring(name), noun: true, plurals: explicitPlurals == nil), entry)
            }
            for p in explicitPlurals ?? [] { agents.add(phrase(Substring(p), noun: true, plurals: false), entry) }
        }
    }

    // MARK: Discards

    mutating func readDiscards(_ f: DictionaryFile) {
        for (n, line) in CodingDictionaries.lines(f.text, style: style) {
            var t = line.dictTrim(" \t")[...]
            let story = t.hasPrefix("+")
            if story { t = t.dropFirst() }
            let words = phrase(t, noun: false)
            guard !words.isEmpty else { warn(f.name, n, "empty discard phrase; skipped"); continue }
            discards.add(words.map { WordMatcher(text: $0.text, mode: .exact) }, story)
        }
    }

    // MARK: Verbs

    mutating func readSynsets(_ f: DictionaryFile) {
        var current: String? = nil
        for (n, line) in CodingDictionaries.lines(f.text, style: style) {
            let t = line.dictTrim(" \t")
            if t.hasPrefix("&") {
                current = t.dropFirst().split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { String($0).uppercased().dictTrim("_ \t") }
                if let c = current, synsetText[c] == nil { synsetText[c] = [] }
                continue
            }
            if t.hasPrefix("+"), let c = current {
                let member = t.dropFirst().dictTrim(" \t")
                if member.isEmpty { warn(f.name, n, "empty synset member; skipped") } else { synsetText[c, default: []].append(member) }
                continue
            }
            current = nil
        }
        for name in synsetText.keys { synsets[name] = synsetAlternatives(name) }
    }

    /// The alternatives of a synset, embedded synsets expanded.
    func synsetAlternatives(_ name: String, depth: Int = 0) -> [[WordMatcher]]? {
        if depth == 0, let done = synsets[name] { return done }
        guard let members = synsetText[name], depth < 5 else { return nil }
        var out: [[WordMatcher]] = []
        for m in members { out.append(contentsOf: sequences(Substring(m), depth: depth + 1)) }
        return out
    }

    /// The word sequences a synset member or alternative stands for
    /// (`&NAME` inside expands to each of its members).
    func sequences(_ text: Substring, depth: Int) -> [[WordMatcher]] {
        var out: [[WordMatcher]] = [[]]
        // TABARI: words of an alternative written apart ("LOUDLY INCLUDED")
        // may have other words between them; `_` keeps them adjacent
        var spaced: [Bool] = []
        do {
            var sawSpace = false, inWord = false
            for c in text {
                if c == " " || c == "\t" { sawSpace = true; inWord = false }
                else if c == "_" { inWord = false }
                else if !inWord { spaced.append(sawSpace); sawSpace = false; inWord = true }
            }
        }
        for (k, w) in text.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" }).enumerated() {
            if w.hasPrefix("&") {
                let alts = synsetAlternatives(w.dropFirst().uppercased(), depth: depth) ?? []
                out = out.flatMap { prefix in alts.map { prefix + $0 } }
            } else {
                var words = phrase(w, noun: false)
                if style == .tabari, k > 0, k < spaced.count, spaced[k], !words.isEmpty { words[0].gap = true }
                out = out.map { $0 + words }
            }
        }
        return out.filter { !$0.isEmpty }
    }

    mutating func readVerbs(_ f: DictionaryFile) {
        var block: Int? = nil
        var inSynset = false
        var section = ""
        var lastForm: Int? = nil
        for (n, line) in CodingDictionaries.lines(f.text, style: style) {
            let t = line.dictTrim(" \t")
            if t.hasPrefix("<") {
                let tag = t.lowercased()
                if tag.hasPrefix("</") { section = "" } else { section = tag }
                continue
            }
            if section.hasPrefix("<time") || section.hasPrefix("<synsets") { continue }
            if t.hasPrefix("&") { inSynset = true; continue }
            if inSynset && t.hasPrefix("+") { continue }
            inSynset = false
            if t.hasPrefix("---") {
                // --- NAME [code] ---
                let (_, brackets, _) = CodingDictionaries.fields(Substring(t))
                let code = brackets.first.map { CodingDictionaries.eventCode($0) } ?? "---"
                blocks.append(VerbBlock(code: code, patterns: []))
                block = blocks.count - 1
                lastForm = nil
                continue
            }
            if t.hasPrefix("-") {
                guard let b = block else { warn(f.name, n, "pattern outside a verb block; skipped"); continue }
                if let p = readPattern(Substring(t.dropFirst()), f, n) { blocks[b].patterns.append(p) }
                continue
            }
            if t.hasPrefix("{") {
                // TABARI: forms of the verb above
                guard let lf = lastForm else { warn(f.name, n, "verb forms with no verb before them; skipped"); continue }
                let (_, _, braces) = CodingDictionaries.fields(Substring(t))
                for form in (braces ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" }) {
                    addVerb(form, block: verbForms[lf].block, code: nil, f, n)
                }
                continue
            }
            // a verb line
            let (head, brackets, braces) = CodingDictionaries.fields(Substring(t))
            let name = head.dictTrim(" \t")
            guard !name.isEmpty else { warn(f.name, n, "cannot read this line; skipped"); continue }
            let code = brackets.first.map { CodingDictionaries.eventCode($0) }
            if style == .tabari || block == nil {
                // TABARI: each verb line starts a block
                guard let code else { warn(f.name, n, "verb \(name) has no [code]; skipped"); continue }
                blocks.append(VerbBlock(code: code, patterns: []))
                block = blocks.count - 1
                lastForm = addVerb(Substring(name), block: block!, code: nil, f, n, conjugate: true)
            } else {
                lastForm = addVerb(Substring(name), block: block!, code: code, f, n, conjugate: true)
            }
            if let braces {
                for form in braces.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                    addVerb(form, block: block!, code: code, f, n)
                }
            }
        }
        if style == .tabari { blocks = blocks.map { b in var b = b; b.patterns.sort { $0.weight > $1.weight }; return b } }
    }

    static func eventCode(_ s: Substring) -> String {
        var t = s.dictTrim(" \t").uppercased()
        t.removeAll { $0 == "?" || $0 == "!" }
        return t
    }

    /// Adds a verb (`VERB`, `+VERB_PARTICLE`, `WORD_+VERB`, `VERB PARTICLE`); returns its form index.
    @discardableResult
    mutating func addVerb(_ text: Substring, block: Int, code: String?, _ f: DictionaryFile, _ n: Int, conjugate: Bool = false) -> Int? {
        var s = text.dictTrim(" \t")
        if style == .petrarch, s.hasPrefix("+") { s.removeFirst() }
        // the verb word: marked with '+' inside, else the first word
        var parts: [(String, tightAfter: Bool)] = []
        var cur = ""
        for c in s {
            if c == "_" || c == " " {
                if !cur.isEmpty { parts.append((cur, c == "_")) ; cur = "" } else if let l = parts.popLast() { parts.append((l.0, l.1 || c == "_")) }
            } else { cur.append(c) }
        }
        if !cur.isEmpty { parts.append((cur, s.hasSuffix("_"))) }
        guard !parts.isEmpty else { warn(f.name, n, "empty verb; skipped"); return nil }
        var keyIndex = parts.firstIndex { $0.0.hasPrefix("+") } ?? 0
        if parts[keyIndex].0.hasPrefix("+") { parts[keyIndex].0.removeFirst() }
        if parts.count == 1 { keyIndex = 0 }
        func matcher(_ w: String, last: Bool, tight: Bool, isKey: Bool) -> [WordMatcher] {
            let words = phrase(Substring(w + (tight ? "_" : "")), noun: false)
            guard isKey, conjugate, style == .petrarch, words.count == 1 else { return words }
            var m = words[0]
            m.forms = DictWords.verbForms(m.text)
            return [m]
        }
        var before: [WordMatcher] = []
        for k in 0..<keyIndex { before.append(contentsOf: matcher(parts[k].0, last: false, tight: true, isKey: false)) }
        let keyWords = matcher(parts[keyIndex].0, last: keyIndex == parts.count - 1, tight: parts[keyIndex].tightAfter || (style == .tabari && keyIndex == parts.count - 1 && s.hasSuffix("_")), isKey: true)
        guard var key = keyWords.first else { warn(f.name, n, "empty verb; skipped"); return nil }
        if style == .petrarch && keyIndex < parts.count - 1 && conjugate { key.forms = DictWords.verbForms(key.text) }
        var after: [(WordMatcher, tight: Bool)] = keyWords.dropFirst().map { ($0, true) }
        for k in (keyIndex + 1)..<max(keyIndex + 1, parts.count) {
            let tight = parts[k - 1].tightAfter || style == .petrarch
            for (j, m) in matcher(parts[k].0, last: k == parts.count - 1, tight: parts[k].tightAfter, isKey: false).enumerated() {
                after.append((m, j == 0 ? tight : true))
            }
        }
        verbForms.append(VerbForm(before: before, after: after, block: block, code: code, file: f.name, line: n))
        let id = verbForms.count - 1
        verbs.add([key], Int32(id))
        return id
    }

    mutating func readPattern(_ text: Substring, _ f: DictionaryFile, _ n: Int) -> Pattern? {
        let (head, brackets, _) = CodingDictionaries.fields(text)
        // TABARI's { A | B } alternatives sit before the code bracket: re-split
        var body = head
        var codeText = brackets.last
        if text.contains("{") {
            guard let open = text.lastIndex(of: "[") else { warn(f.name, n, "pattern without a [code]; skipped"); return nil }
            body = text[..<open]
            let close = text[open...].firstIndex(of: "]") ?? text.endIndex
            codeText = text[text.index(after: open)..<close]
        }
        guard let codeText else { warn(f.name, n, "pattern without a [code]; skipped"); return nil }
        let code = CodingDictionaries.eventCode(codeText)
        // tokens: items separated by ' ' (loose) or '_' (tight); { ... } one item
        var items: [(String, tightBefore: Bool)] = []
        var cur = ""
        var pendingTight = false
        var i = body.startIndex
        func flush() { if !cur.isEmpty { items.append((cur, pendingTight)); cur = ""; pendingTight = false } }
        while i < body.endIndex {
            let c = body[i]
            if c == "{" {
                flush()
                let close = body[i...].firstIndex(of: "}") ?? body.endIndex
                items.append((String(body[i..<close]) + "}", pendingTight)); pendingTight = false
                i = close == body.endIndex ? close : body.index(after: close)
                continue
            }
            if c == " " || c == "\t" { flush() }
            else if c == "_" {
                // TABARI: a word joined by '_' to the next is a whole word with its regular endings, not a
                // stem ("FOR_ASYLUM" is no "foreign asylum"); '~' keeps a stem ("REAL~_PLEASANT"); words
                // shorter than three letters are exact words anyway
                if style == .tabari, cur.count >= 3, cur.first!.isLetter, cur.last != "~" { cur.append("_") }
                if cur.isEmpty { pendingTight = true } else { flush(); pendingTight = true }
            } else {
                if cur == "*" || c == "*" && !cur.isEmpty { flush() }
                cur.append(c)
            }
            i = body.index(after: i)
        }
        flush()
        // the separator before an item applies to the pair (previous, item)
        guard let star = items.firstIndex(where: { $0.0 == "*" }) else { warn(f.name, n, "pattern without '*'; skipped"); return nil }
        var lower: [PatternItem] = []
        var upper: [PatternItem] = []
        var weight = 0, minWords = 0, maxWords = 0
        for (k, item) in items.enumerated() where k != star {
            let el: Element
            switch item.0 {
            case "$": el = .source
            case "+": el = .target
            case "%": el = .compound
            case "^": el = .skip
            default:
                if item.0.hasPrefix("&") {
                    let name = item.0.dropFirst().uppercased().dictTrim("_ \t")
                    guard let alts = synsetAlternatives(name), !alts.isEmpty else { warn(f.name, n, "unknown synset &\(name); pattern skipped"); return nil }
                    el = .words(alts)
                } else if item.0.hasPrefix("{") {
                    let inner = item.0.dropFirst().dropLast()
                    var alts: [[WordMatcher]] = []
                    for alt in inner.split(separator: "|") { alts.append(contentsOf: sequences(alt, depth: 1)) }
                    guard !alts.isEmpty else { warn(f.name, n, "empty alternatives; pattern skipped"); return nil }
                    // the longest alternative is tried first (stable among equals)
                    el = .words(alts.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element))
                } else {
                    let words = phrase(Substring(item.0), noun: false)
                    guard !words.isEmpty else { continue }
                    el = .words([words])
                }
            }
            if case .words(let alts) = el {
                let counts = alts.map(\.count)
                weight += 10 * (counts.min() ?? 1)
                minWords += counts.min() ?? 1
                maxWords += counts.max() ?? 1
            } else { weight += 10 }
            if k < star {
                // tight toward the verb: the separator after this item
                let tight = items[k + 1].tightBefore
                lower.append(PatternItem(element: el, tight: tight))
            } else {
                upper.append(PatternItem(element: el, tight: item.tightBefore))
            }
        }
        if let last = lower.last, items[star].tightBefore { lower[lower.count - 1] = PatternItem(element: last.element, tight: true) }
        var required: [[String]] = []
        for item in lower + upper {
            guard case .words(let alts) = item.element else { continue }
            var any: [String] = []
            var exact = true
            for alt in alts {
                guard let m = alt.first, m.mode == .exact else { exact = false; break }
                any.append(m.text); any.append(contentsOf: m.forms)
            }
            if exact, !any.isEmpty { required.append(any) }
        }
        return Pattern(lower: lower, upper: upper, code: code, file: f.name, line: n, weight: weight, minWords: minWords, maxWords: maxWords, required: required)
    }
}

extension StringProtocol {
    /// The string without the given characters at either end.
    func dictTrim(_ chars: String) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
