/// The words the time grammar knows, loaded from `Data/time/*.tsv` and
/// validated line by line (`file:line: message`).
///
/// Every single-token form maps to one `TimeWord` that gathers all its
/// readings ("second" is an ordinal and a unit, "march" a month); the
/// tagger looks each token's normalized form up once.
public struct TimeLexicon: Sendable {
    public enum Unit: UInt8, Sendable, CaseIterable {
        case second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century

        init?(name: Substring) {
            guard let u = Unit.allCases.first(where: { "\($0)" == name }) else { return nil }
            self = u
        }
    }

    public enum NumberKind: UInt8, Sendable { case cardinal, ordinal, tens, multiplier, article, vague, suffix }
    public enum Tense: UInt8, Sendable { case past, future, present, reporting }

    /// What the `modifiers.tsv` roles mean.
    public enum Modifier: Sendable, Equatable {
        case shift(Int)
        /// After "the": the units read from the time the text last spoke of
        /// (the narrative's reference time), moved by the shift.
        case anaphor(Int, units: [Unit])
        case position(String)
        case approx(String)
        /// "ago", "from now" count from the publication date; a narrative
        /// one ("earlier") from the time the text last spoke of.
        case after(Int, narrative: Bool)
        case every
        case fiscal
        /// Glued by a hyphen to a year, the years after or before it
        /// ("post-1959": AFTER, "pre-1990": BEFORE).
        case bound(String)
        case recent(Int)
        case preposition(strong: Bool)
        case determiner
        case filler
    }

    public enum HolidayRule: Sendable, Equatable {
        case fixed(month: Int, day: Int)
        /// The n-th weekday of a month (n = -1: the last), moved by `offset` days ("the Tuesday
        /// after the first Monday of November" is the first Monday, +1).
        case nth(month: Int, n: Int, weekday: Int, offset: Int)
        case easter(offset: Int)
        case dates([CivilDate])
    }

    /// A phrase of several tokens (or one) with what it means.
    public struct Phrase: Sendable {
        public var tokens: [String]
        public enum Meaning: Sendable {
            case modifier(Modifier)
            case fixed(type: TimeExpression.Kind, value: String, mod: String?)
            case relativeDay(type: TimeExpression.Kind, days: Int, part: String?, mod: String?)
            case holiday(HolidayRule)
        }
        public var meaning: Meaning
        /// What kinds of meaning a word's phrases have, one bit a kind (a
        /// modifier's role is its kind): the grammar asks a word for a shift
        /// or a position only when it has a phrase of that kind.
        public struct Kinds: OptionSet, Sendable {
            public let rawValue: UInt32
            public init(rawValue: UInt32) { self.rawValue = rawValue }
            public static let shift = Kinds(rawValue: 1 << 0)
            public static let anaphor = Kinds(rawValue: 1 << 1)
            public static let position = Kinds(rawValue: 1 << 2)
            public static let approx = Kinds(rawValue: 1 << 3)
            public static let after = Kinds(rawValue: 1 << 4)
            public static let every = Kinds(rawValue: 1 << 5)
            public static let fiscal = Kinds(rawValue: 1 << 6)
            public static let bound = Kinds(rawValue: 1 << 7)
            public static let recent = Kinds(rawValue: 1 << 8)
            public static let preposition = Kinds(rawValue: 1 << 9)
            public static let determiner = Kinds(rawValue: 1 << 10)
            public static let filler = Kinds(rawValue: 1 << 11)
            public static let fixed = Kinds(rawValue: 1 << 12)
            public static let relativeDay = Kinds(rawValue: 1 << 13)
            public static let holiday = Kinds(rawValue: 1 << 14)
            /// Every meaning that is not a modifier (`fixedPhrase`).
            public static let notModifier: Kinds = [.fixed, .relativeDay, .holiday]
        }
        /// The kind of `meaning`.
        public var kind: Kinds {
            switch meaning {
            case .modifier(let m):
                switch m {
                case .shift: return .shift
                case .anaphor: return .anaphor
                case .position: return .position
                case .approx: return .approx
                case .after: return .after
                case .every: return .every
                case .fiscal: return .fiscal
                case .bound: return .bound
                case .recent: return .recent
                case .preposition: return .preposition
                case .determiner: return .determiner
                case .filler: return .filler
                }
            case .fixed: return .fixed
            case .relativeDay: return .relativeDay
            case .holiday: return .holiday
            }
        }
        /// The phrase names its time only when its first word is capitalized as written
        /// ("Election Day" in American news; "election day" is any election's day).
        public var capitalized = false
    }

    /// The neighbours beside which a one-word time names no time
    /// (`exceptions.tsv`: "as soon as", "soon after", "was soon released").
    public struct Exceptions: Sendable {
        /// No time right after one of these words.
        public var previous: Set<String> = []
        /// No time right before one of these words.
        public var next: Set<String> = []
        /// No time beside a tense cue of one of these tenses.
        public var tenses: [Tense] = []
    }

    /// All readings of one token.
    public struct Word: Sendable {
        public var month: Int8 = 0
        public var monthAbbr = false
        public var monthAmbiguous = false
        public var weekday: Int8 = 0
        public var weekdayAbbr = false
        public var weekdayAmbiguous = false
        public var weekdayPlural = false
        public var number: Int32 = -1
        public var numberKind: NumberKind?
        public var unit: Unit?
        public var unitPlural = false
        public var season: String?
        public var seasonAmbiguous = false
        public var daypart: String?
        public var tense: Tense?
        /// When not empty, the tense cue counts only before one of these
        /// words ("plans to": a verb; "the plans for": a noun).
        public var tenseBefore: [String] = []
        /// A noun that counts things ("troops"): a number before it is no year.
        public var counted = false
        /// Phrases (modifiers, fixed words, holidays) starting with this token, longest first.
        public var phrases: [Int] = []
        /// Only a preposition or a tense cue: read around an expression, never at every token.
        public var contextOnly = false
        /// Can be a time expression on its own ("Friday", "now", "three"),
        /// not only a modifier or determiner of one.
        public var anchor = false
        /// For the phrases of two or more tokens starting with this word: a
        /// bit per first byte (mod 64) of their second token, so that "the
        /// company" is passed over without comparing strings.
        public var secondBytes: UInt64 = 0
        /// The kinds of meaning of `phrases` (`Phrase.Kinds`), of any length.
        public var phraseKinds: Phrase.Kinds = []

        /// Whether the token can begin or anchor a time expression.
        var isTimeWord: Bool {
            month != 0 || weekday != 0 || unit != nil || season != nil || daypart != nil || !phrases.isEmpty
                || (numberKind != nil && numberKind != .suffix)
        }
    }

    public private(set) var words: [Word] = []
    public private(set) var index: [String: Int32] = [:]
    public private(set) var phrases: [Phrase] = []
    /// The exceptions of one-word times, by their index in `words`.
    public private(set) var exceptions: [Int32: Exceptions] = [:]
    /// Quick pre-filter over (first byte, last byte, length) of the forms
    /// the grammar reads at every token; context-only words (prepositions,
    /// tense cues) are left out and looked up with `contextWord`.
    private var filter = [UInt64](repeating: 0, count: 64)

    @inline(__always) static func filterBit(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        (Int(u[0]) &* 31 &+ Int(u[u.count - 1]) &* 7 &+ u.count &* 131) & 4095
    }

    /// The entry of a token form the grammar can start from or read around
    /// an expression; nil for words it does not know and context-only words.
    @inline(__always) public func word(_ norm: String) -> Int32? {
        var n = norm
        let pass = n.withUTF8 { u -> Bool in
            guard !u.isEmpty else { return false }
            let b = Self.filterBit(u)
            return filter[b >> 6] & (1 << UInt64(b & 63)) != 0
        }
        guard pass, let i = index[norm], !words[Int(i)].contextOnly else { return nil }
        return i
    }

    /// The entry of any form, context-only words included.
    public func contextWord(_ norm: String) -> Int32? { index[norm] }

    public subscript(_ i: Int32) -> Word { words[Int(i)] }

    private mutating func slot(_ form: String) -> Int {
        if let i = index[form] { return Int(i) }
        words.append(Word())
        index[form] = Int32(words.count - 1)
        return words.count - 1
    }

    /// The file names, relative to `Data/`, in load order.
    public static let files = ["time/months.tsv", "time/weekdays.tsv", "time/numbers.tsv", "time/units.tsv",
                               "time/seasons.tsv", "time/dayparts.tsv", "time/modifiers.tsv", "time/tense.tsv",
                               "time/phrases.tsv", "time/holidays.tsv", "time/counted.tsv",
                               "time/exceptions.tsv"]

    public static func builtIn() throws -> TimeLexicon {
        var files: [String: DataFile] = [:]
        for f in TimeLexicon.files { files[f] = try DataFile.builtIn(f) }
        return try TimeLexicon(files: files)
    }

    /// Builds the lexicon from files keyed by the names in `files`; a
    /// missing file is an error.
    public init(files: [String: DataFile]) throws {
        func file(_ name: String) throws -> DataFile {
            guard let f = files[name] else { throw KnowledgeError(file: name, line: 0, message: "missing knowledge file") }
            return f
        }
        try loadMonths(file("time/months.tsv"))
        try loadWeekdays(file("time/weekdays.tsv"))
        try loadNumbers(file("time/numbers.tsv"))
        try loadUnits(file("time/units.tsv"))
        try loadSeasons(file("time/seasons.tsv"))
        try loadDayparts(file("time/dayparts.tsv"))
        try loadModifiers(file("time/modifiers.tsv"))
        try loadTense(file("time/tense.tsv"))
        try loadPhrases(file("time/phrases.tsv"))
        try loadHolidays(file("time/holidays.tsv"))
        try loadCounted(file("time/counted.tsv"))
        try loadExceptions(file("time/exceptions.tsv"))
        // Longest phrases first, so the grammar tries them in that order.
        for i in words.indices {
            words[i].phrases.sort { phrases[$0].tokens.count > phrases[$1].tokens.count }
            for p in words[i].phrases { words[i].phraseKinds.insert(phrases[p].kind) }
            for p in words[i].phrases where phrases[p].tokens.count >= 2 {
                if let b = phrases[p].tokens[1].utf8.first { words[i].secondBytes |= 1 << UInt64(b & 63) }
            }
        }
        for (form, i) in index {
            let w = words[Int(i)]
            let onlyPrepositions = w.phrases.allSatisfy {
                if case .modifier(.preposition) = phrases[$0].meaning { return phrases[$0].tokens.count == 1 }
                if case .modifier(.determiner) = phrases[$0].meaning { return phrases[$0].tokens.count == 1 }
                if case .modifier(.filler) = phrases[$0].meaning { return phrases[$0].tokens.count == 1 }
                // ("post", "pre": read only before a hyphen and a year, never as a time word)
                if case .modifier(.bound) = phrases[$0].meaning { return phrases[$0].tokens.count == 1 }
                return false
            }
            words[Int(i)].anchor = w.month != 0 || w.weekday != 0 || w.unit != nil || w.season != nil || w.daypart != nil
                || (w.numberKind != nil && w.numberKind != .article && w.numberKind != .suffix)
                || w.phrases.contains { p in
                    if case .modifier = phrases[p].meaning { return false }
                    return phrases[p].tokens.count == 1
                }
            words[Int(i)].contextOnly = w.month == 0 && w.weekday == 0 && w.numberKind == nil && w.unit == nil
                && w.season == nil && w.daypart == nil && onlyPrepositions
            if !words[Int(i)].contextOnly {
                var f = form
                f.withUTF8 { u in
                    let b = Self.filterBit(u)
                    filter[b >> 6] |= 1 << UInt64(b & 63)
                }
            }
        }
    }

    // MARK: - Loaders

    private static func fields(_ f: DataFile, _ line: DataFile.Line, _ n: Int, _ names: String) throws -> [Substring] {
        guard line.fields.count == n else {
            throw f.error(line, "expected \(n) tab-separated fields (\(names)), found \(line.fields.count)")
        }
        for (k, field) in line.fields.enumerated() where field.isEmpty {
            throw f.error(line, "field \(k + 1) is empty")
        }
        return line.fields
    }

    private static func form(_ f: DataFile, _ line: DataFile.Line, _ s: Substring, phrase: Bool = false) throws -> String {
        let form = String(s)
        guard form == form.lowercased() else { throw f.error(line, "'\(form)' must be lowercase") }
        if !phrase && form.contains(" ") { throw f.error(line, "'\(form)' must be one token (no spaces)") }
        if form.contains("  ") { throw f.error(line, "'\(form)': separate tokens by single spaces") }
        if !phrase && form.count > 1 && form.hasSuffix(".") { throw f.error(line, "'\(form)': write the form without its final period") }
        return form
    }

    private static func flags(_ f: DataFile, _ line: DataFile.Line, _ s: Substring, allowed: Set<String>) throws -> Set<String> {
        if s == "-" { return [] }
        var out = Set<String>()
        for flag in s.split(separator: ",") {
            let flag = String(flag)
            guard allowed.contains(flag) else {
                throw f.error(line, "unknown flag '\(flag)' (\(allowed.sorted().joined(separator: ", ")))")
            }
            out.insert(flag)
        }
        return out
    }

    private static func int(_ f: DataFile, _ line: DataFile.Line, _ s: Substring, _ range: ClosedRange<Int>, _ what: String) throws -> Int {
        let t = s.hasPrefix("+") ? s.dropFirst() : s
        guard let v = Int(t), range.contains(v) else { throw f.error(line, "\(what) '\(s)' must be an integer in \(range.lowerBound)...\(range.upperBound)") }
        return v
    }

    private mutating func loadMonths(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 3, "form, month, flags")
            let form = try Self.form(f, line, x[0])
            let m = try Self.int(f, line, x[1], 1...12, "month")
            let fl = try Self.flags(f, line, x[2], allowed: ["abbr", "ambiguous"])
            let i = slot(form)
            guard words[i].month == 0 else { throw f.error(line, "duplicate month form '\(form)'") }
            words[i].month = Int8(m); words[i].monthAbbr = fl.contains("abbr"); words[i].monthAmbiguous = fl.contains("ambiguous")
        }
    }

    private mutating func loadWeekdays(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 3, "form, weekday, flags")
            let form = try Self.form(f, line, x[0])
            let w = try Self.int(f, line, x[1], 1...7, "weekday")
            let fl = try Self.flags(f, line, x[2], allowed: ["abbr", "ambiguous", "plural"])
            let i = slot(form)
            guard words[i].weekday == 0 else { throw f.error(line, "duplicate weekday form '\(form)'") }
            words[i].weekday = Int8(w); words[i].weekdayAbbr = fl.contains("abbr")
            words[i].weekdayAmbiguous = fl.contains("ambiguous"); words[i].weekdayPlural = fl.contains("plural")
        }
    }

    private mutating func loadNumbers(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 3, "form, value, kind")
            let form = try Self.form(f, line, x[0])
            let v = try Self.int(f, line, x[1], 0...1_000_000, "value")
            let kind: NumberKind
            switch x[2] {
            case "cardinal": kind = .cardinal
            case "ordinal": kind = .ordinal
            case "tens": kind = .tens
            case "multiplier": kind = .multiplier
            case "article": kind = .article
            case "vague": kind = .vague
            case "suffix": kind = .suffix
            default: throw f.error(line, "unknown kind '\(x[2])' (cardinal, ordinal, tens, multiplier, article, vague, suffix)")
            }
            let i = slot(form)
            guard words[i].numberKind == nil else { throw f.error(line, "duplicate number form '\(form)'") }
            words[i].number = Int32(v); words[i].numberKind = kind
        }
    }

    private mutating func loadUnits(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 3, "form, unit, number")
            let form = try Self.form(f, line, x[0])
            guard let u = Unit(name: x[1]) else {
                throw f.error(line, "unknown unit '\(x[1])' (\(Unit.allCases.map { "\($0)" }.joined(separator: ", ")))")
            }
            guard x[2] == "singular" || x[2] == "plural" else { throw f.error(line, "number must be singular or plural, not '\(x[2])'") }
            let i = slot(form)
            guard words[i].unit == nil else { throw f.error(line, "duplicate unit form '\(form)'") }
            words[i].unit = u; words[i].unitPlural = x[2] == "plural"
        }
    }

    private mutating func loadSeasons(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 3, "form, code, flags")
            let form = try Self.form(f, line, x[0])
            guard ["SP", "SU", "FA", "WI"].contains(x[1]) else { throw f.error(line, "season code must be SP, SU, FA or WI, not '\(x[1])'") }
            let fl = try Self.flags(f, line, x[2], allowed: ["ambiguous"])
            let i = slot(form)
            guard words[i].season == nil else { throw f.error(line, "duplicate season form '\(form)'") }
            words[i].season = String(x[1]); words[i].seasonAmbiguous = fl.contains("ambiguous")
        }
    }

    private mutating func loadDayparts(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 2, "form, code")
            let form = try Self.form(f, line, x[0])
            let code = String(x[1])
            let isPart = ["MO", "AF", "EV", "NI"].contains(code)
            let isClock = code.utf8.count == 5 && code.utf8.dropFirst(2).first == UInt8(ascii: ":")
                && Int(code.prefix(2)).map { (0...24).contains($0) } == true && Int(code.suffix(2)).map { (0...59).contains($0) } == true
            guard isPart || isClock else { throw f.error(line, "code must be MO, AF, EV, NI or a clock time hh:mm, not '\(code)'") }
            let i = slot(form)
            guard words[i].daypart == nil else { throw f.error(line, "duplicate part of day '\(form)'") }
            words[i].daypart = code
        }
    }

    private mutating func addPhrase(_ f: DataFile, _ line: DataFile.Line, _ text: Substring, _ meaning: Phrase.Meaning,
                                    capitalized: Bool = false) throws {
        let form = try Self.form(f, line, text, phrase: true)
        let toks = form.split(separator: " ").map(String.init)
        guard !toks.isEmpty else { throw f.error(line, "empty phrase") }
        phrases.append(Phrase(tokens: toks, meaning: meaning, capitalized: capitalized))
        let i = slot(toks[0])
        words[i].phrases.append(phrases.count - 1)
    }

    private mutating func loadModifiers(_ f: DataFile) throws {
        let mods: Set<String> = ["APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"]
        for line in f.lines {
            let x = try Self.fields(f, line, 3, "phrase, role, argument")
            let m: Modifier
            switch x[1] {
            case "shift": m = .shift(try Self.int(f, line, x[2], -1...1, "shift"))
            case "anaphor":
                let parts = x[2].split(separator: " ")
                guard parts.count >= 2 else { throw f.error(line, "anaphor needs a shift and at least one unit, e.g. +1 day week") }
                let shift = try Self.int(f, line, parts[0], -1...1, "shift")
                var units: [Unit] = []
                for name in parts.dropFirst() {
                    guard let u = Unit(name: name), u == .day || u == .week || u == .month || u == .year else {
                        throw f.error(line, "anaphor unit '\(name)' must be day, week, month or year")
                    }
                    units.append(u)
                }
                m = .anaphor(shift, units: units)
            case "position":
                guard ["START", "MID", "END"].contains(x[2]) else { throw f.error(line, "position must be START, MID or END, not '\(x[2])'") }
                m = .position(String(x[2]))
            case "approx":
                guard mods.contains(String(x[2])) else { throw f.error(line, "approx must be one of \(mods.sorted().joined(separator: ", ")), not '\(x[2])'") }
                m = .approx(String(x[2]))
            case "after":
                let parts = x[2].split(separator: " ")
                let v = try Self.int(f, line, parts[0], -1...1, "direction")
                guard v != 0 else { throw f.error(line, "direction must be -1 or +1") }
                guard parts.count == 1 || parts.count == 2 && parts[1] == "narrative" else {
                    throw f.error(line, "after takes a direction and optionally 'narrative', not '\(x[2])'")
                }
                m = .after(v, narrative: parts.count == 2)
            case "recent":
                let v = try Self.int(f, line, x[2], -1...1, "direction")
                guard v != 0 else { throw f.error(line, "direction must be -1 or +1") }
                m = .recent(v)
            case "every": m = .every
            case "determiner": m = .determiner
            case "filler": m = .filler
            case "fiscal": m = .fiscal
            case "bound":
                guard x[2] == "AFTER" || x[2] == "BEFORE" else { throw f.error(line, "bound must be AFTER or BEFORE, not '\(x[2])'") }
                m = .bound(String(x[2]))
            case "preposition":
                guard x[2] == "strong" || x[2] == "weak" else { throw f.error(line, "preposition strength must be strong or weak, not '\(x[2])'") }
                m = .preposition(strong: x[2] == "strong")
            default: throw f.error(line, "unknown role '\(x[1])' (shift, anaphor, position, approx, after, every, fiscal, bound, recent, preposition, determiner, filler)")
            }
            try addPhrase(f, line, x[0], .modifier(m))
        }
    }

    private mutating func loadCounted(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 1, "form")
            let form = try Self.form(f, line, x[0])
            let i = slot(form)
            guard !words[i].counted else { throw f.error(line, "duplicate counted noun '\(form)'") }
            words[i].counted = true
        }
    }

    private mutating func loadExceptions(_ f: DataFile) throws {
        var seen = Set<String>()
        for line in f.lines {
            let x = try Self.fields(f, line, 3, "word, side, neighbour")
            let form = try Self.form(f, line, x[0])
            guard let id = index[form], words[Int(id)].phrases.contains(where: { p in
                switch phrases[p].meaning {
                case .fixed, .relativeDay: return phrases[p].tokens.count == 1
                default: return false
                }
            }) else { throw f.error(line, "'\(form)' is no one-word phrase of time/phrases.tsv") }
            let neighbour = String(x[2])
            guard neighbour == neighbour.lowercased(), !neighbour.contains(" ") else {
                throw f.error(line, "neighbour '\(neighbour)' must be one lowercase token")
            }
            guard seen.insert("\(form)\t\(x[1])\t\(neighbour)").inserted else { throw f.error(line, "duplicate exception") }
            var ex = exceptions[id] ?? Exceptions()
            switch x[1] {
            case "previous": ex.previous.insert(neighbour)
            case "next": ex.next.insert(neighbour)
            case "tense":
                switch neighbour {
                case "past": ex.tenses.append(.past)
                case "future": ex.tenses.append(.future)
                case "present": ex.tenses.append(.present)
                default: throw f.error(line, "tense must be past, future or present, not '\(neighbour)'")
                }
            default: throw f.error(line, "side must be previous, next or tense, not '\(x[1])'")
            }
            exceptions[id] = ex
        }
    }

    private mutating func loadTense(_ f: DataFile) throws {
        for line in f.lines {
            let x = line.fields.count >= 3 ? try Self.fields(f, line, 3, "word, tense, before")
                : try Self.fields(f, line, 2, "word, tense")
            let form = try Self.form(f, line, x[0])
            let t: Tense
            switch x[1] {
            case "past": t = .past
            case "future": t = .future
            case "present": t = .present
            case "reporting": t = .reporting
            default: throw f.error(line, "tense must be past, future, present or reporting, not '\(x[1])'")
            }
            let i = slot(form)
            guard words[i].tense == nil else { throw f.error(line, "duplicate tense cue '\(form)'") }
            words[i].tense = t
            if x.count == 3 {
                let next = x[2].split(separator: ",").map(String.init)
                for w in next where w.isEmpty || w != w.lowercased() || w.contains(" ") {
                    throw f.error(line, "'\(x[2])': the words a cue must come before are lowercase tokens separated by commas")
                }
                words[i].tenseBefore = next
            }
        }
    }

    private static func type(_ f: DataFile, _ line: DataFile.Line, _ s: Substring) throws -> TimeExpression.Kind {
        guard let t = TimeExpression.Kind(rawValue: String(s)) else { throw f.error(line, "type must be DATE, TIME, DURATION or SET, not '\(s)'") }
        return t
    }

    private mutating func loadPhrases(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 4, "phrase, type, value, mod")
            let type = try Self.type(f, line, x[1])
            let mod: String? = x[3] == "-" ? nil : String(x[3])
            let v = x[2]
            if v.hasPrefix("@") {
                var body = v.dropFirst()
                var part: String?
                if let t = body.firstIndex(of: "T") { part = String(body[body.index(after: t)...]); body = body[..<t] }
                guard let d = Int(body.hasPrefix("+") ? body.dropFirst() : body), abs(d) < 1000 else {
                    throw f.error(line, "relative day '\(v)' must be @ and a signed number of days, e.g. @-1 or @+0TNI")
                }
                if let p = part, !["MO", "AF", "EV", "NI"].contains(p) { throw f.error(line, "unknown part of day '\(p)' in '\(v)'") }
                try addPhrase(f, line, x[0], .relativeDay(type: type, days: d, part: part, mod: mod))
            } else {
                guard v.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":") }) else {
                    throw f.error(line, "value '\(v)' is not a TIMEX3 value")
                }
                try addPhrase(f, line, x[0], .fixed(type: type, value: String(v), mod: mod))
            }
        }
    }

    private mutating func loadHolidays(_ f: DataFile) throws {
        for line in f.lines {
            let x = try Self.fields(f, line, 2, "name, rule")
            var parts = x[1].split(separator: " ")
            let capitalized = parts.last == "capitalized"
            if capitalized { parts.removeLast() }
            let rule: HolidayRule
            switch parts.first {
            case "fixed":
                guard parts.count == 2, let d = CivilDate(iso: "2000-" + parts[1]) else { throw f.error(line, "fixed needs one MM-DD day, e.g. fixed 12-25") }
                rule = .fixed(month: d.month, day: d.day)
            case "nth":
                guard parts.count == 4 || parts.count == 5 else {
                    throw f.error(line, "nth needs month, N and weekday, and may take an offset in days, e.g. nth 11 4 4 or nth 11 1 1 +1")
                }
                let m = try Self.int(f, line, parts[1], 1...12, "month")
                let n = try Self.int(f, line, parts[2], -1...5, "N")
                let w = try Self.int(f, line, parts[3], 1...7, "weekday")
                guard n != 0 else { throw f.error(line, "N must be 1...5 or -1") }
                let off = parts.count == 5 ? try Self.int(f, line, parts[4], -6...6, "offset") : 0
                rule = .nth(month: m, n: n, weekday: w, offset: off)
            case "easter":
                guard parts.count == 2 else { throw f.error(line, "easter needs an offset in days, e.g. easter -2") }
                rule = .easter(offset: try Self.int(f, line, parts[1], -100...100, "offset"))
            case "dates":
                var ds: [CivilDate] = []
                for p in parts.dropFirst() {
                    guard let d = CivilDate(iso: p) else { throw f.error(line, "'\(p)' is not a date YYYY-MM-DD") }
                    ds.append(d)
                }
                guard !ds.isEmpty else { throw f.error(line, "dates needs at least one date") }
                rule = .dates(ds.sorted())
            default: throw f.error(line, "unknown rule '\(parts.first ?? "")' (fixed, nth, easter, dates)")
            }
            try addPhrase(f, line, x[0], .holiday(rule), capitalized: capitalized)
        }
    }
}
