/// The event patterns (`Data/events/patterns/*.tsv`) and the verb forms
/// they need (`Data/events/verbs.tsv`), compiled into a trigger index:
/// word form → the patterns it can trigger.
public struct EventPatterns: Sendable {
    public enum Element: Sendable, Equatable {
        /// An actor slot; `sectors` (PLOVER sector codes, empty for any actor)
        /// is what the actor bound there must be: `SRC:MIL|REB`.
        case src(sectors: [String]), tgt(sectors: [String])
        case star, not
        /// One of a few words (an array: cheaper to build than a set, as fast to test at this size).
        case literal([String], optional: Bool)
        case trigger
    }

    public struct Pattern: Sendable {
        public var code: String
        public var elements: [Element]
        /// Index of `.trigger` in `elements`.
        public var triggerAt: Int
        /// The trigger's lemma, with `@` (verb) or `#` (noun).
        public var trigger: String
        public var file: String
        public var line: Int
        /// Literal words and slots counted, for longest-first ordering.
        public var weight: Int

        /// Whether the trigger is a verb (`@`): read on the first byte, since
        /// `trigger.first` would build a `Character` for every form tried.
        public var isVerb: Bool { trigger.utf8.first == UInt8(ascii: "@") }
        /// Whether this is a counter-pattern (code `-`): where it matches, the
        /// trigger names no event ("fight poverty", "beat Bayern to the title").
        public var codesNothing: Bool { code == EventPatterns.noEvent }
    }

    /// How a word form relates to its trigger lemma.
    public struct Form: Sendable, Hashable {
        public var pattern: Int
        /// The form can be a past participle (for the passive).
        public var participle: Bool
        /// The verb's bare form, spelt unlike its past ("shell", "march", not
        /// "hit"): as often a noun, so the coder checks what stands before it.
        public var bare: Bool = false
    }

    /// The code of a counter-pattern: matched like the others, in the same
    /// longest-first order, it stops its trigger from coding any event.
    public static let noEvent = "-"

    public let patterns: [Pattern]
    /// Word form (lowercase) → patterns it triggers, longest pattern first.
    public let triggers: [String: [Form]]

    /// The patterns of one trigger form, split by the word that must follow the
    /// trigger, so a token tries only the patterns that can match it.
    public struct TriggerEntry: Sendable {
        /// Patterns with a required literal after the trigger, by that literal's words.
        public var byNext: [String: [Form]]
        /// All other patterns (a slot, a star, an optional word, or nothing after the trigger).
        public var open: [Form]
        /// Entries with the same `shared` number (0 or more) are one entry given
        /// to several forms of a lemma ("attacks", "attacking"); -1 for an entry
        /// of its own. Lets `EventCoder.register` index their lists once.
        public var shared: Int = -1
    }
    public let triggerTable: [String: TriggerEntry]

    /// Regular and irregular verb forms: (third person, [past], [participle], [-ing]).
    static func verbForms(_ lemma: String, irregular: [String: [[String]]]) -> (third: [String], past: [String], participle: [String], ing: [String]) {
        if let f = irregular[lemma] { return (f[0], f[1], f[2], f[3]) }
        let u = Array(lemma.utf8)
        let last = u.last ?? 0
        let beforeLast = u.count >= 2 ? u[u.count - 2] : 0
        let vowels: Set<UInt8> = Set("aeiou".utf8)
        let consonantY = last == UInt8(ascii: "y") && !vowels.contains(beforeLast)
        let third: String
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("ch") || lemma.hasSuffix("sh") { third = lemma + "es" }
        else if consonantY { third = String(lemma.dropLast()) + "ies" } else { third = lemma + "s" }
        let past: String
        if last == UInt8(ascii: "e") { past = lemma + "d" } else if consonantY { past = String(lemma.dropLast()) + "ied" } else { past = lemma + "ed" }
        let ing: String
        if last == UInt8(ascii: "e") && beforeLast != UInt8(ascii: "e") && u.count > 2 { ing = String(lemma.dropLast()) + "ing" } else { ing = lemma + "ing" }
        return ([third], [past], [past], [ing])
    }

    /// A literal or trigger word: lowercase letters (any script), digits,
    /// hyphens, apostrophes and periods; checked on bytes, no Foundation.
    static func isLiteralWord(_ w: some StringProtocol) -> Bool { isLiteralWord(bytes: w.utf8) }

    static func isLiteralWord<C: Collection<UInt8>>(bytes w: C) -> Bool {
        guard !w.isEmpty else { return false }
        for b in w {
            switch b {
            case 0x61...0x7A, 0x30...0x39, 0x2D, 0x27, 0x2E, 0x80...0xFF: continue
            default: return false
            }
        }
        return true
    }

    /// The error for a word written with a hyphen inside it ("sit-in"), or
    /// nil: the tokenizer makes a hyphen a token of its own, so such a word
    /// never matches; its parts are written apart ("sit - in").
    static func hyphenated<C: Collection<UInt8>>(_ w: C) -> String? {
        guard w.count > 1, w.contains(0x2D) else { return nil }
        let word = String(decoding: w, as: UTF8.self)
        return "'\(word)': the tokenizer splits words at hyphens, so write its parts apart ('\(word.split(separator: "-").joined(separator: " - "))')"
    }

    @inline(__always)
    static func isLetterOrDigit(_ b: UInt8) -> Bool { b.isASCIILower || b.isASCIIDigit || b >= 0x80 }

    /// Whether `w` is the three bytes a b c.
    @inline(__always)
    static func isWord(_ w: ArraySlice<UInt8>, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        w.count == 3 && w[w.startIndex] == a && w[w.startIndex + 1] == b && w[w.startIndex + 2] == c
    }

    /// `SRC` or `TGT`, alone or with the sectors its actor must have
    /// (`SRC:MIL|REB|UAF`, `SRC:$armed|COP` with a set of `sets`): whether it
    /// is the source, and the sectors (empty: any actor); nil for any other word.
    static func slot(_ w: ArraySlice<UInt8>, sets: PatternSets, _ file: DataFile, _ line: DataFile.Line) throws -> (isSource: Bool, sectors: [String])? {
        guard w.count >= 3 else { return nil }
        let name = w.prefix(3)
        let isSource = isWord(name, 0x53, 0x52, 0x43)   // SRC
        guard isSource || isWord(name, 0x54, 0x47, 0x54) else { return nil }   // TGT
        if w.count == 3 { return (isSource, []) }
        guard w[w.startIndex + 3] == UInt8(ascii: ":") else { return nil }
        let list = String(decoding: w.dropFirst(4), as: UTF8.self)
        var sectors: [String] = []
        for part in list.split(separator: "|", omittingEmptySubsequences: false) {
            let codes = part.first == "$" ? try sets.expand(part, sectorSet: true, file, line) : [String(part)]
            for code in codes {
                guard PLOVERCodes.sectors.contains(code) else {
                    throw file.error(line, "'\(code)' in '\(String(decoding: w, as: UTF8.self))' is not a PLOVER sector code (\(PLOVERCodes.sectors.sorted().joined(separator: " ")))")
                }
                guard !sectors.contains(code) else { throw file.error(line, "sector '\(code)' listed twice in '\(String(decoding: w, as: UTF8.self))'") }
                sectors.append(code)
            }
        }
        return (isSource, sectors)
    }

    static func nounForms(_ lemma: String) -> [String] {
        let u = Array(lemma.utf8)
        let vowels: Set<UInt8> = Set("aeiou".utf8)
        if lemma.hasSuffix("s") { return [lemma] }   // "talks", "negotiations" given as plurals
        if u.last == UInt8(ascii: "y"), u.count >= 2, !vowels.contains(u[u.count - 2]) { return [lemma, String(lemma.dropLast()) + "ies"] }
        if lemma.hasSuffix("x") || lemma.hasSuffix("ch") || lemma.hasSuffix("sh") { return [lemma, lemma + "es"] }
        return [lemma, lemma + "s"]
    }

    /// The named sets the patterns were read with (`$name`).
    public let sets: PatternSets

    /// `sets` nil: the built-in `events/pattern-sets.tsv`.
    public init(verbs: DataFile, patternFiles: [DataFile], sets: PatternSets? = nil, ontology: EventOntology) throws {
        let sets = try sets ?? PatternSets.builtIn()
        var irregular: [String: [[String]]] = [:]
        for line in verbs.lines {
            guard line.fields.count == 2 else { throw verbs.error(line, "expected 2 tab-separated fields (lemma, forms), found \(line.fields.count)") }
            let lemma = String(line.fields[0])
            let parts = line.fields[1].split(separator: "|", omittingEmptySubsequences: false)
            guard parts.count == 4, parts.allSatisfy({ !$0.isEmpty }) else {
                throw verbs.error(line, "forms must be third-person|past|participle|-ing, found '\(line.fields[1])'")
            }
            guard irregular[lemma] == nil else { throw verbs.error(line, "duplicate verb '\(lemma)'") }
            irregular[lemma] = parts.map { $0.split(separator: "/").map(String.init) }
        }

        var patterns: [Pattern] = []
        // sized once for every line (it was rehashed a dozen times as it grew), and
        // one hash per pattern: the insert returns the place of an earlier copy
        let lineCount = patternFiles.reduce(0) { $0 + $1.lines.count }
        patterns.reserveCapacity(lineCount)
        var seen: [String: (String, Int)] = [:]
        seen.reserveCapacity(lineCount)
        // a file's lines mostly share their code with the line before: that code was checked
        var checkedCode = ""
        for file in patternFiles {
            for line in file.lines {
                guard line.fields.count >= 2 else { throw file.error(line, "expected code <TAB> pattern") }
                let code = String(line.fields[0])
                if code != checkedCode {
                    guard code == Self.noEvent || ontology.cameo(code) != nil else { throw file.error(line, "unknown CAMEO code '\(code)'") }
                    checkedCode = code
                }
                let text = String(line.fields[1])
                if let (f, l) = seen.updateValue((file.name, line.number), forKey: text) {
                    throw file.error(line, "pattern '\(text)' is already at \(f):\(l)")
                }
                var elements: [Element] = []
                elements.reserveCapacity(8)
                var trigger: String? = nil
                var triggerAt = -1
                var weight = 0
                // Parsed on UTF-8 bytes: thousands of lines load in milliseconds; a
                // String is made only for a trigger or a literal's words.
                let bytes: [UInt8] = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
                var w0 = 0
                while w0 < bytes.count {
                    var w1 = w0
                    while w1 < bytes.count, bytes[w1] != 0x20 { w1 += 1 }
                    defer { w0 = w1 + 1 }
                    if w1 == w0 { continue }
                    let wordBytes = bytes[w0..<w1]
                    if let (isSource, sectors) = try EventPatterns.slot(wordBytes, sets: sets, file, line) {
                        elements.append(isSource ? .src(sectors: sectors) : .tgt(sectors: sectors))
                        weight += sectors.isEmpty ? 2 : 3   // a condition makes the pattern the narrower one
                        continue
                    }
                    if wordBytes.count == 1, wordBytes.first == UInt8(ascii: "*") { elements.append(.star); continue }
                    if EventPatterns.isWord(wordBytes, 0x6E, 0x6F, 0x74) { elements.append(.not); weight += 1; continue }   // not
                    let first = wordBytes.first!
                    if first == UInt8(ascii: "@") || first == UInt8(ascii: "#") {
                        let word = String(decoding: wordBytes, as: UTF8.self)
                        guard trigger == nil else { throw file.error(line, "more than one trigger (@verb or #noun) in '\(text)'") }
                        guard EventPatterns.isLiteralWord(bytes: wordBytes.dropFirst()) else {
                            throw file.error(line, "trigger '\(word)' must be @ or # and a lowercase word")
                        }
                        if let h = EventPatterns.hyphenated(wordBytes.dropFirst()) { throw file.error(line, h) }
                        trigger = word
                        triggerAt = elements.count
                        elements.append(.trigger); weight += 3
                    } else {
                        var w = wordBytes
                        var optional = false
                        if w.last == UInt8(ascii: "?") { optional = true; w = w.dropLast() }
                        if w.first == UInt8(ascii: "("), w.last == UInt8(ascii: ")") { w = w.dropFirst().dropLast() }
                        var options: [String] = []
                        var valid = true
                        if w.first == UInt8(ascii: "$") || w.contains(UInt8(ascii: "|")) && w.contains(UInt8(ascii: "$")) {
                            // with a named set: the set's words in its place, each word once
                            for part in String(decoding: w, as: UTF8.self).split(separator: "|") {
                                let words = part.first == "$" ? try sets.expand(part, sectorSet: false, file, line) : [String(part)]
                                for o in words where !options.contains(o) {
                                    guard EventPatterns.isLiteralWord(o) else { valid = false; break }
                                    options.append(o)
                                }
                            }
                        } else if !w.contains(UInt8(ascii: "|")) {
                            // one word (most literals): no split
                            valid = EventPatterns.isLiteralWord(bytes: w)
                            if valid { options = [String(decoding: w, as: UTF8.self)] }
                        } else {
                            // the alternatives a|b|c, empty parts skipped (as split does); the
                            // array sized once for them all
                            var bars = 0
                            for c in w where c == UInt8(ascii: "|") { bars += 1 }
                            options.reserveCapacity(bars + 1)
                            var p0 = w.startIndex
                            while p0 < w.endIndex, valid {
                                var p1 = p0
                                while p1 < w.endIndex, w[p1] != UInt8(ascii: "|") { p1 += 1 }
                                if p1 > p0 {
                                    let part = w[p0..<p1]
                                    if !EventPatterns.isLiteralWord(bytes: part) { valid = false; break }
                                    let o = String(decoding: part, as: UTF8.self)
                                    if !options.contains(o) { options.append(o) }
                                }
                                p0 = p1 + 1
                            }
                        }
                        guard valid, !options.isEmpty else {
                            let word = String(decoding: wordBytes, as: UTF8.self)
                            throw file.error(line, "'\(word)' is not a lowercase word, a|b alternative, $set, SRC, TGT, * or a trigger")
                        }
                        // (the options' bytes are read for a hyphen once, not each option's `String`)
                        if w.contains(UInt8(ascii: "-")) {
                            for o in options { if let h = EventPatterns.hyphenated(o.utf8) { throw file.error(line, h) } }
                        }
                        elements.append(.literal(options, optional: optional)); weight += optional ? 0 : 2
                    }
                }
                guard let t = trigger else { throw file.error(line, "no trigger (@verb or #noun) in '\(text)'") }
                patterns.append(Pattern(code: code, elements: elements, triggerAt: triggerAt, trigger: t, file: file.name, line: line.number, weight: weight))
            }
        }

        // The patterns of each trigger lemma (in file order), then each lemma's
        // word forms once: distinct spellings in order (lemma, third person, past,
        // -ing, participle), each marked when it can be a past participle (for the
        // passive). A form's list is sorted below by a total order on patterns, so
        // appending a lemma's patterns at once gives the same lists as one by one.
        var lemmas: [String] = []
        var patternsOfLemma: [String: [Int]] = [:]
        for (k, p) in patterns.enumerated() {
            if patternsOfLemma[p.trigger] == nil { lemmas.append(p.trigger) }
            patternsOfLemma[p.trigger, default: []].append(k)
        }
        // Each lemma's word forms; each form's lemmas (a form of two lemmas, "left"
        // of "leave" and "left", merges their patterns).
        var lemmasOfForm: [String: [(lemma: Int, participle: Bool, bare: Bool)]] = [:]
        var formOrder: [String] = []
        for (li, trigger) in lemmas.enumerated() {
            let forms: [(form: String, participle: Bool, bare: Bool)]
            let lemma = String(trigger.dropFirst())
            if trigger.first == "#" {
                forms = EventPatterns.nounForms(lemma).map { ($0, false, false) }
            } else {
                let v = EventPatterns.verbForms(lemma, irregular: irregular)
                var list: [(form: String, participle: Bool, bare: Bool)] = []
                for f in [lemma] + v.third + v.past + v.ing where !list.contains(where: { $0.form == f }) { list.append((f, false, false)) }
                // the bare form, unless the past is spelt the same ("hit", "cut")
                if !v.past.contains(lemma) { list[0].bare = true }
                for f in v.participle {
                    // the same spelling as the past tense: mark it as a possible participle
                    if let i = list.firstIndex(where: { $0.form == f }) { list[i].participle = true; list[i].bare = false } else { list.append((f, true, false)) }
                }
                forms = list
            }
            for f in forms {
                if lemmasOfForm[f.form] == nil { formOrder.append(f.form) }
                lemmasOfForm[f.form, default: []].append((li, f.participle, f.bare))
            }
        }
        let weights = patterns.map(\.weight)
        // patterns longest first, then in file order: a total order, so a form's
        // list does not depend on the order its patterns were gathered in
        func longestFirst(_ a: Int, _ b: Int) -> Bool { (weights[a], -a) > (weights[b], -b) }
        // each pattern's anchor: the first required literal after the trigger, at any distance,
        // that is a word: the coder looks for anchors among the words after a trigger, so a
        // hyphen ("#sit - in") cannot be one
        let anchors: [[String]?] = patterns.map { p in
            for e in p.elements[(p.triggerAt + 1)...] {
                if case .literal(let options, let optional) = e, !optional,
                   options.allSatisfy({ $0.utf8.contains(where: EventPatterns.isLetterOrDigit) }) { return options }
            }
            return nil
        }
        // A lemma's patterns sorted and split by anchor once; its forms share them
        // (with their own participle and bare flags).
        func split(_ sorted: [Int]) -> (byNext: [String: [Int]], open: [Int]) {
            var byNext: [String: [Int]] = [:]
            var open: [Int] = []
            for k in sorted {
                if let anchor = anchors[k] {
                    for o in anchor { byNext[o, default: []].append(k) }
                } else {
                    open.append(k)
                }
            }
            return (byNext, open)
        }
        let lemmaTables = lemmas.map { lemma -> (sorted: [Int], byNext: [String: [Int]], open: [Int]) in
            let sorted = patternsOfLemma[lemma]!.sorted(by: longestFirst)
            let (byNext, open) = split(sorted)
            return (sorted, byNext, open)
        }
        var triggers: [String: [Form]] = [:]
        triggers.reserveCapacity(formOrder.count)
        var table: [String: TriggerEntry] = [:]
        table.reserveCapacity(formOrder.count)
        // The lists of one lemma's forms with the same flags are equal ("attacks" and
        // "attacking", "talk" and "talks"): built once and shared.
        var builtFor: [Int: (triggers: [Form], entry: TriggerEntry)] = [:]
        for word in formOrder {
            let of = lemmasOfForm[word]!
            if of.count == 1 {
                let (li, participle, bare) = of[0]
                let flagsKey = li << 2 | (participle ? 2 : 0) | (bare ? 1 : 0)
                if let built = builtFor[flagsKey] {
                    triggers[word] = built.triggers
                    table[word] = built.entry
                    continue
                }
                let l = lemmaTables[li]
                func form(_ k: Int) -> Form { Form(pattern: k, participle: participle, bare: bare) }
                let forms = l.sorted.map(form)
                let entry = TriggerEntry(byNext: l.byNext.mapValues { $0.map(form) }, open: l.open.map(form), shared: builtFor.count)
                builtFor[flagsKey] = (forms, entry)
                triggers[word] = forms
                table[word] = entry
            } else {
                var flags: [Int: (participle: Bool, bare: Bool)] = [:]
                var ks: [Int] = []
                for (li, participle, bare) in of {
                    for k in patternsOfLemma[lemmas[li]]! { flags[k] = (participle, bare); ks.append(k) }
                }
                ks.sort(by: longestFirst)
                func form(_ k: Int) -> Form { Form(pattern: k, participle: flags[k]!.participle, bare: flags[k]!.bare) }
                let (byNext, open) = split(ks)
                triggers[word] = ks.map(form)
                table[word] = TriggerEntry(byNext: byNext.mapValues { $0.map(form) }, open: open.map(form))
            }
        }
        self.patterns = patterns
        self.sets = sets
        self.triggers = triggers
        self.triggerTable = table
    }

    public static func builtIn(ontology: EventOntology) throws -> EventPatterns {
        let files = try DataFile.builtInPaths.filter { $0.hasPrefix("events/patterns/") && $0.hasSuffix(".tsv") }.sorted().map { try DataFile.builtIn($0) }
        return try EventPatterns(verbs: .builtIn("events/verbs.tsv"), patternFiles: files, ontology: ontology)
    }
}
