/// Finds quotations and their speakers.
///
/// 1. Quotation marks are paired within a paragraph (straight, curly, « »,
///    typewriter ``…'' and ''…'', and single quotes); a quote left open at
///    a paragraph's end continues in the next paragraph when that one opens
///    with a quotation mark.
/// 2. Each quote is `direct` (it stands as speech of its own) or `partial`
///    (a few quoted words inside a reported sentence).
/// 3. Speakers come from the news attribution patterns: '"…," X said',
///    '"…," said X', 'X said: "…"', 'according to X', and for partial quotes
///    the subject of the nearest cue verb before them; an unattributed quote
///    continues the speaker of the quote before it in the paragraph.
/// 4. Reported speech without quotation marks ('X said that …', '…, X said.')
///    is a quote of kind `indirect`.
///
/// Pronoun speakers resolve to the nearest preceding person-like name; the
/// actor layer will replace this with real coreference.
public struct QuoteScanner: Sendable {
    public let lexicon: QuoteLexicon

    public init(lexicon: QuoteLexicon) { self.lexicon = lexicon }

    public static func builtIn() throws -> QuoteScanner { QuoteScanner(lexicon: try .builtIn()) }

    /// Registers the words this layer tests per token.
    public func register(into classes: inout WordClasses) {
        classes.add(lexicon.cues.filter { $0.value.cls == .speech }.map(\.key), .speechCue)
        classes.add(lexicon.cues.filter { $0.value.cls == .evaluative }.map(\.key), .evaluativeCue)
        classes.add(lexicon.pronouns, .pronoun)
        classes.add(lexicon.titles, .title)
        classes.add(lexicon.nonPersonHeads, .nonPersonHead)
        classes.add(lexicon.notNames, .quoteNotName)
        classes.add(lexicon.adverbs, .adverb)
        classes.add(lexicon.clauseWords, .clauseWord)
        classes.add(lexicon.innerWords, .innerWord)
        classes.add(lexicon.determiners, .quoteDeterminer)
        classes.add(lexicon.nounMarkers, .nounMarker)
        classes.add(lexicon.prepositions, .quotePreposition)
        classes.add(lexicon.coordinators, .coordinator)
        classes.add(lexicon.male, .maleWord)
        classes.add(lexicon.female, .femaleWord)
        classes.add(lexicon.descriptors, .descriptor)
        classes.add(lexicon.nameParticles, .nameParticle)
        classes.add(lexicon.personPronouns, .personPronoun)
        classes.add(lexicon.groupPronouns, .groupPronoun)
    }

    /// The same table, for documents built without the engine's shared one.
    func ownClasses() -> WordClasses {
        var c = WordClasses()
        register(into: &c)
        return c
    }

    /// Finds the quotations of `doc` and their speakers. `actors`, the actor
    /// layer's findings when it ran first, tell which names are no people: "he"
    /// and "she" never refer to a country, a body or a group ("New Zealand").
    /// - Complexity: O(n) in tokens, apart from short bounded look-arounds.
    public func scan(_ doc: Document, actors: [Actor] = []) -> [Quote] {
        let classes = doc.classes.isEmpty ? { let t = ownClasses(); return doc.norms.map { t.classes(of: $0) } }() : doc.classes
        var run = QuoteRun(doc: doc, lex: lexicon, classes: classes)
        for actor in actors where actor.kind != .person {
            if run.notPerson.isEmpty { run.notPerson = [Bool](filled: false, count: doc.tokens.count) }
            for m in actor.mentions { for t in m where t < run.notPerson.count { run.notPerson[t] = true } }
        }
        return run.scan()
    }
}

/// The state of one scan over one document.
struct QuoteRun {
    let doc: Document
    let lex: QuoteLexicon
    let tokens: [Token]
    let norms: [String]
    /// Person-like names in text order: (last token index, full name).
    var people: [(end: Int, name: String)] = []
    var fullNameBySurname: [String: String] = [:]
    /// The tokens written with a capital inside a sentence: their words are names, not
    /// sentence openers (`capitalizedInside(_:)`). Positions rather than a set of words:
    /// few words are asked about, and hashing every name of the article into a set cost more.
    var capitalizedPositions: [Int] = []
    /// The people a title marks as a man or a woman somewhere in the document: true for a woman. Keyed by
    /// the full name ("Mr Tony Blair") or, when the title stands before a surname alone ("Mr Blair"), by the
    /// lowercased surname, which counts only while no two people named in the article share it.
    var sexByName: [String: Bool] = [:]
    /// Surnames two different full names in the article end with ("Michael Jackson", "Katherine Jackson").
    var sharedSurnames: Set<String> = []
    /// The tokens of names the actor layer found to be no person (a country, a body, a group); empty when none.
    var notPerson: [Bool] = []

    func namesNoPerson(_ k: Int) -> Bool { k < notPerson.count && notPerson[k] }

    let cls: [WordClass]

    init(doc: Document, lex: QuoteLexicon, classes: [WordClass]) {
        self.doc = doc; self.lex = lex; tokens = doc.tokens; norms = doc.norms; cls = classes
    }

    // MARK: Quotation marks

    enum Mark { case doubleOpen, doubleClose, doubleEither, singleOpen, singleClose, singleEither, none }

    func mark(_ i: Int) -> Mark {
        let t = tokens[i]
        guard t.kind == .quote else { return .none }
        let b = doc.bytes, s = Int(t.start)
        switch b[s] {
        case 0x22: return .doubleEither
        case 0x27: return t.end - t.start == 2 ? .doubleEither : .singleEither   // '' is a double mark
        case 0x60: return t.end - t.start == 2 ? .doubleOpen : .singleOpen       // `` and `
        case 0xC2: return b[s + 1] == 0xAB ? .doubleOpen : .doubleClose
        case 0xE2:
            switch b[s + 2] {
            case 0x9C, 0x9E, 0x9F: return .doubleOpen
            case 0x9D: return .doubleClose
            case 0x98, 0x9B, 0xB9: return .singleOpen
            case 0x99, 0xBA: return .singleClose
            default: return .doubleEither
            }
        default: return .doubleEither
        }
    }

    /// Whether a straight mark at `i` opens: space (or a paragraph start or
    /// an opening bracket) before, a word right after.
    func opensBySpacing(_ i: Int, paraStart: Int, paraEnd: Int) -> Bool {
        guard i + 1 < paraEnd, !tokens[i + 1].spaceBefore, tokens[i + 1].kind != .quote || mark(i + 1) != .doubleEither else { return false }
        if i == paraStart || tokens[i].spaceBefore { return true }
        let p = norms[i - 1]
        return p == "(" || p == "[" || p == "-" || p == ":"
    }

    func closesBySpacing(_ i: Int, paraEnd: Int) -> Bool {
        !tokens[i].spaceBefore && (i + 1 >= paraEnd || tokens[i + 1].spaceBefore || tokens[i + 1].kind == .punct || tokens[i + 1].kind == .quote || tokens[i + 1].kind == .dash)
    }

    func isDoubleOpen(_ i: Int, _ ps: Int, _ pe: Int) -> Bool {
        switch mark(i) {
        case .doubleOpen: return true
        case .doubleEither: return opensBySpacing(i, paraStart: ps, paraEnd: pe)
        case .doubleClose: return opensLine(i, paraStart: ps, paraEnd: pe)
        default: return false
        }
    }

    /// A right mark typed for a left one at the start of a line, a word right
    /// after it ('”Fear. I am afraid.” ― Ana'): nothing stands before it to close.
    func opensLine(_ i: Int, paraStart: Int, paraEnd: Int) -> Bool {
        guard i == paraStart || tokens[i].newlinesBefore > 0, i + 1 < paraEnd, !tokens[i + 1].spaceBefore else { return false }
        let k = tokens[i + 1].kind
        return k == .word || k == .initialism || k == .number || k == .alnum
    }

    func isDoubleClose(_ i: Int, _ pe: Int) -> Bool {
        switch mark(i) {
        case .doubleClose: return true
        case .doubleEither: return !tokens[i].spaceBefore || closesBySpacing(i, paraEnd: pe)
        default: return false
        }
    }

    func isSingleOpen(_ i: Int, _ ps: Int, _ pe: Int) -> Bool {
        switch mark(i) {
        case .singleOpen: return i + 1 < pe && !tokens[i + 1].spaceBefore
        case .singleEither: return opensBySpacing(i, paraStart: ps, paraEnd: pe)
        default: return false
        }
    }

    func isSingleClose(_ i: Int, _ pe: Int) -> Bool {
        switch mark(i) {
        case .singleClose, .singleEither: return closesBySpacing(i, paraEnd: pe)
        default: return false
        }
    }

    /// A quoted stretch: the tokens between its marks.
    struct Span { var open: Int; var close: Int?; var content: Range<Int>; var paragraph: Int }

    func pairMarks() -> [Span] {
        var out: [Span] = []
        for (p, para) in doc.paragraphs.enumerated() {
            let ps = para.tokens.lowerBound, pe = para.tokens.upperBound
            var i = ps
            while i < pe {
                if isDoubleOpen(i, ps, pe) {
                    var j = i + 1
                    while j < pe && !isDoubleClose(j, pe) { j += 1 }
                    if j < pe {
                        if j > i + 1 { out.append(Span(open: i, close: j, content: i + 1..<j, paragraph: p)) }
                        i = j + 1
                    } else {
                        if pe > i + 1 { out.append(Span(open: i, close: nil, content: i + 1..<pe, paragraph: p)) }
                        i = pe
                    }
                    continue
                }
                if isSingleOpen(i, ps, pe) {
                    var j = i + 1
                    let limit = min(pe, i + 40)
                    while j < limit && !(isSingleClose(j, pe) && j > i + 1) { j += 1 }
                    if j < limit {
                        out.append(Span(open: i, close: j, content: i + 1..<j, paragraph: p))
                        i = j + 1
                        continue
                    }
                }
                i += 1
            }
        }
        return out
    }

    // MARK: Names and speakers

    func isNameToken(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.kind == .dash { return isNameHyphen(i) }
        return t.isCapitalized && (t.kind == .word || t.kind == .initialism) && !cls[i].contains(.quoteNotName)
    }

    /// A hyphen inside a double-barrelled name (`Document.isWordHyphen`, not a
    /// dash) between two capitalized words: "Holtz-Eakin", "Kilroy-Silk".
    func isNameHyphen(_ i: Int) -> Bool {
        guard i > 0, doc.isWordHyphen(i) else { return false }
        let a = tokens[i - 1], b = tokens[i + 1]
        return a.isCapitalized && b.isCapitalized && a.kind == .word && b.kind == .word
            && !cls[i - 1].contains(.quoteNotName) && !cls[i + 1].contains(.quoteNotName)
    }

    /// A period that belongs to a title abbreviation in a name ("Mr. Barrett", "Sen. Tim Kaine").
    func isTitlePeriod(_ j: Int, after start: Int) -> Bool {
        j > start && norms[j] == "." && !tokens[j].spaceBefore && cls[j - 1].contains(.title) && tokens[j - 1].isCapitalized
    }

    /// Strips title words from a capitalized run: "French President Emmanuel Macron" → "Emmanuel Macron".
    func nameTokens(_ run: Range<Int>) -> Range<Int> {
        var start = run.lowerBound
        for k in run where cls[k].contains(.title) { start = k + 1 }
        while start < run.upperBound, norms[start] == "." { start += 1 }   // "Mr. Hallam"
        return start < run.upperBound ? start..<run.upperBound : run
    }

    func name(of range: Range<Int>) -> String {
        var out = ""
        for k in range {
            if k > range.lowerBound, tokens[k].spaceBefore { out += " " }
            out += doc.slice(Int(tokens[k].start), Int(tokens[k].end))
        }
        return out
    }

    /// Collects person-like names (two or more capitalized words after title stripping).
    mutating func collectPeople() {
        var i = 0
        let n = tokens.count
        for k in 1..<max(n, 1) where isNameToken(k) && tokens[k].newlinesBefore == 0 && tokens[k - 1].kind != .quote
            && !Segmenter.isTerminal(norms[k - 1]) && norms[k - 1] != ":" {
            capitalizedPositions.append(k)
        }
        while i < n {
            guard isNameToken(i) else { i += 1; continue }
            var j = i
            while j < n, isNameToken(j), j - i < 6, j == i || !(tokens[j].newlinesBefore > 0) { j += 1 }
            let run = i..<j
            let nm = nameTokens(run)
            var full: String? = nil
            let noPerson = namesNoPerson(nm.upperBound - 1)
            if noPerson || nm.count >= 2 && lex.placeOpeners.contains(norms[nm.lowerBound]) {
                // a country, a body, a group or a place is nobody's name: "he" and "she" pass over it
            } else if nm.count >= 2, !cls[nm.lowerBound].contains(.quoteDeterminer), !cls[nm.upperBound - 1].contains(.nonPersonHead),
               !tokens[nm.lowerBound].isAllCaps {
                let surname = norms[nm.upperBound - 1]
                full = name(of: nm)
                if let other = fullNameBySurname[surname], other != full { sharedSurnames.insert(surname) }
                fullNameBySurname[surname] = full
            }
            // "Mr Blair", "Ms. Clare Short", "Lord Falconer": the title right before the name marks the person's sex
            var t = nm.lowerBound - 1
            if t > 0, norms[t] == ".", !tokens[t].spaceBefore { t -= 1 }
            let sexTitle = t >= 0 && cls[t].contains(.title) && (cls[t].contains(.maleWord) || cls[t].contains(.femaleWord))
            if nm.count == 1, !noPerson {
                // a surname alone stands for the full name used before it; after a title ("Lord Falconer",
                // "Sir Anthony"), for the full name it opens or ends, else for itself
                let w = norms[nm.lowerBound]
                full = fullNameBySurname[w] ?? (sexTitle && tokens[nm.lowerBound].isCapitalized ? fullName(openedBy: w) ?? name(of: nm) : nil)
            }
            if let full {
                people.append((nm.upperBound - 1, full))
                if sexTitle {
                    sexByName[nm.count >= 2 ? full : norms[nm.lowerBound]] = cls[t].contains(.femaleWord)
                } else if nm.count >= 2, sexByName[full] == nil, let female = lex.givenNames[norms[nm.lowerBound]] {
                    // else a given name ("Theresa May"); a title elsewhere in the article wins
                    sexByName[full] = female
                }
            }
            i = j
        }
    }

    /// The last person named so far, among the last 32, whose full name opens
    /// with the given name `word` ("anthony" → "Anthony O'Reilly"), for "Sir
    /// Anthony". Searched only after such a title, which is rare: no table is
    /// kept for it; the bound keeps a run of titles ("Mr. Mr. Mr.") linear.
    func fullName(openedBy word: String) -> String? {
        people.suffix(32).last { p in
            guard let space = p.name.firstIndex(of: " ") else { return false }
            return p.name[..<space].lowercased() == word
        }?.name
    }

    /// Whether token `k` opens its sentence (after any quotation mark).
    func isSentenceOpener(_ k: Int) -> Bool {
        var s = doc.sentences[doc.sentenceIndex(ofToken: k)].tokens.lowerBound
        while s < k, tokens[s].kind == .quote { s += 1 }
        return s == k
    }

    /// Whether the document writes `word` with a capital inside a sentence somewhere.
    func capitalizedInside(_ word: String) -> Bool {
        capitalizedPositions.contains { norms[$0] == word }
    }

    /// The person a pronoun at token `i` stands for: the nearest person named
    /// before it when a title or given name marks them as the pronoun's sex.
    /// When nothing marks the nearest one ("Pell Grants" and "Aston Villa" look
    /// like names too), a person marked as the pronoun's sex and named in this
    /// paragraph or the one before wins, else the nearest stays. When the
    /// nearest is marked as the other sex ("Mr Blair" for "she"): the nearest
    /// marked as the pronoun's sex, else the nearest unmarked one.
    func personBefore(_ i: Int) -> String? {
        var lo = 0, hi = people.count
        while lo < hi { let mid = (lo + hi) / 2; if people[mid].end < i { lo = mid + 1 } else { hi = mid } }
        guard lo > 0 else { return nil }
        switch sexMatch(people[lo - 1].name, pronoun: i) {
        case true?: return people[lo - 1].name
        case nil:
            // an unmarked name ("Pell Grants", "Aston Villa") yields to one of the pronoun's sex named in this
            // paragraph or the one before
            let floor = doc.paragraphs[max(0, doc.paragraphIndex(ofToken: i) - 1)].tokens.lowerBound
            for p in people[..<(lo - 1)].reversed() {
                if p.end < floor { break }
                if sexMatch(p.name, pronoun: i) == true { return p.name }
            }
            return people[lo - 1].name
        case false?: break
        }
        var unmarked: String? = nil
        for p in people[..<lo].reversed() {
            switch sexMatch(p.name, pronoun: i) {
            case true?: return p.name
            case nil: if unmarked == nil { unmarked = p.name }
            case false?: continue
            }
        }
        return unmarked
    }

    /// Whether the pronoun at `k` ("he", "she") agrees with the sex a title or
    /// a given name in the document gives `name`; nil when none is known.
    func sexMatch(_ name: String, pronoun k: Int) -> Bool? {
        guard cls[k].contains(.maleWord) || cls[k].contains(.femaleWord) else { return nil }
        var female = sexByName[name]
        if female == nil, let last = name.split(separator: " ").last?.lowercased(), !sharedSurnames.contains(last) { female = sexByName[last] }
        guard let female else { return nil }
        return female == cls[k].contains(.femaleWord)
    }

    func speaker(_ whole: Range<Int>) -> Speaker {
        // "The Interfax news agency quoted Mr Ivanov (as saying)": the one quoted speaks, not the agency
        var range = whole
        if whole.count > 2, let q = whole.dropFirst().last(where: { lex.cues[norms[$0]]?.lemma == "quote" && !tokens[$0].isCapitalized }),
           q + 1 < whole.upperBound, isNameToken(whole.upperBound - 1) || cls[q + 1].contains(.quoteDeterminer) || cls[q + 1].contains(.title) {
            range = q + 1..<whole.upperBound
        }
        let first = norms[range.lowerBound]
        var name: String? = nil
        if range.count == 1, cls[range.lowerBound].contains(.pronoun) {
            if cls[range.lowerBound].contains(.personPronoun) { name = personBefore(range.lowerBound) }
        } else if range.count == 1, first == "who" {
            if let r = antecedent(ofRelative: range.lowerBound) { name = speaker(r).name }
        } else if !isNameToken(range.upperBound - 1), let head = headName(range) {
            let nm = nameTokens(head)
            if nm.count == 1, let full = fullNameBySurname[norms[nm.lowerBound]] { name = full } else { name = self.name(of: nm) }
        } else if isNameToken(range.upperBound - 1) {
            var b = range.upperBound - 1
            while b > range.lowerBound, isNameToken(b - 1) { b -= 1 }
            let nm = nameTokens(b..<range.upperBound)
            if nm.count == 1, let full = fullNameBySurname[norms[nm.lowerBound]] { name = full } else if tokens[nm.lowerBound].isCapitalized { name = self.name(of: nm) }
        }
        var s = Speaker(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end), name: name, tokens: range)
        s.isPronoun = range.count == 1 && cls[range.lowerBound].contains(.personPronoun)
        return s
    }

    /// The name that a relative "who" after a comma stands for: the name
    /// right before the comma, or before an apposition ("criticized by Marc
    /// Morial, the league's chief, who said …" → "Marc Morial"). Without the
    /// comma the clause restricts a phrase ("anybody who complains"): none.
    func antecedent(ofRelative k: Int) -> Range<Int>? {
        guard k > 0, norms[k - 1] == "," else { return nil }
        let sStart = doc.sentences[doc.sentenceIndex(ofToken: k)].tokens.lowerBound
        var comma = k - 1
        for _ in 0..<2 {
            // a name after a preposition other than the agent's "by" is not the antecedent ("the daughter of King Michael, who said")
            if let r = speakerBackward(comma, floor: sStart), r.upperBound <= comma, isNameToken(r.upperBound - 1),
               r.lowerBound == sStart || norms[r.lowerBound - 1] == "by" || !cls[r.lowerBound - 1].contains(.quotePreposition) { return r }
            var c = comma - 1
            while c > sStart, comma - c <= 12, norms[c] != "," { c -= 1 }
            guard c > sStart, norms[c] == "," else { return nil }
            comma = c
        }
        return nil
    }

    /// Whether a sentence's subject can be the source of a partial quote that
    /// has no cue: a personal pronoun ("he", "I", "we") or a phrase holding a
    /// name ("Trump", "A document on the Trump campaign's website"), not a
    /// capitalized sentence opener ("The choice was …", "Calls men names …",
    /// "Ironically, …") nor "it" or "they", whose referent is unknown here.
    /// `sStart` is the first token of the subject's sentence.
    func namesSomeone(_ r: Range<Int>, sentenceStart sStart: Int) -> Bool {
        if r.count == 1, cls[r.lowerBound].contains(.pronoun) { return !cls[r.lowerBound].contains(.groupPronoun) }
        return r.contains { k in
            isNameToken(k) && !cls[k].contains(.quoteDeterminer) && !cls[k].contains(.pronoun)
                && (k != sStart && k != r.lowerBound || capitalizedInside(norms[k]))
        }
    }

    /// The name that opens a noun phrase after its determiner: "United Nations
    /// Security Council" in "The United Nations Security Council on Friday";
    /// nil for a possessor ("Clinton's campaign") or a phrase with no name first.
    func leadingName(_ range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        if k < range.upperBound, cls[k].contains(.quoteDeterminer) { k += 1 }
        var e = k
        while e < range.upperBound, isNameToken(e) { e += 1 }
        guard e > k else { return nil }
        if e < range.upperBound, norms[e] == "'s" || norms[e].hasASCIISuffix("'s") { return nil }
        if norms[e - 1].hasASCIISuffix("'s") { return nil }
        let nm = nameTokens(k..<e)
        // a lone capitalized word that opens the sentence is a name only when the document writes it so elsewhere ("Officials say they …")
        if nm.count == 1, nm.lowerBound == range.lowerBound, !capitalizedInside(norms[nm.lowerBound]) { return nil }
        return nm.isEmpty ? nil : nm
    }

    /// The name at the head of a phrase that does not end in one: "Mr. Hallam"
    /// in "Mr. Hallam of the river trust"; nil when a preposition or a comma
    /// comes first ("a report by the court").
    func headName(_ range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        while k < range.upperBound, !isNameToken(k) {
            if cls[k].contains(.innerWord) || tokens[k].kind == .punct { return nil }
            k += 1
        }
        guard k < range.upperBound, !cls[k].contains(.quoteDeterminer) else { return nil }
        var e = k
        while e < range.upperBound, isNameToken(e) || isTitlePeriod(e, after: k) { e += 1 }
        if e < range.upperBound, norms[e].hasASCIISuffix("'s") || norms[e] == "'s" { return nil }   // "Obama's former strategist"
        return k..<e
    }

    /// A speaker mention starting at `k`: a pronoun, a capitalized run, or a
    /// short determiner phrase ("the Karabakh premier"); with `bare`, also a
    /// single lowercase noun ("sources", "officials").
    func speakerForward(_ k: Int, limit: Int, bare: Bool) -> Range<Int>? {
        guard k < limit else { return nil }
        let t = tokens[k], nk = norms[k]
        if cls[k].contains(.pronoun) { return k..<k + 1 }
        if isNameToken(k) || cls[k].contains(.title) {
            // a name with its titles and descriptors: "Mr. Barrett", "IMF chief economist Maury Obstfeld"
            var j = k
            var lastName = -1
            while j < limit, j - k < 8 {
                if isNameToken(j) { lastName = j; j += 1; continue }
                if isTitlePeriod(j, after: k) { j += 1; continue }
                if j > k, tokens[j].kind == .word, !tokens[j].isCapitalized, cls[j].contains(.nameParticle) || cls[j].contains(.title) || (lastName >= 0 && cls[j].contains(.descriptor)) { j += 1; continue }
                break
            }
            if lastName >= 0 { return k..<lastName + 1 }
            if j > k, cls[j - 1].contains(.title) { return k..<j }   // "said spokesman"
            return nil
        }
        if cls[k].contains(.quoteDeterminer) {
            var j = k + 1
            while j < limit, j - k <= 6, tokens[j].kind == .word || tokens[j].kind == .initialism, lex.cues[norms[j]] == nil { j += 1 }
            return j > k + 1 ? k..<j : nil
        }
        if bare, t.kind == .word, !t.isCapitalized, lex.cues[nk] == nil { return k..<k + 1 }
        return nil
    }

    /// A speaker mention ending just before `k` (the subject of a cue at `k`),
    /// looking past adverbs ("also said") and an apposition ("X, the premier, said").
    func speakerBackward(_ k: Int, floor: Int, bare: Bool = false) -> Range<Int>? {
        var e = k
        while e > floor {
            if isAdverb(e - 1) { e -= 1; continue }
            // a parenthesis after the name: "Paul D. Ryan (R-Wis.) said"
            if norms[e - 1] == ")" {
                var o = e - 2
                while o > floor, e - o <= 10, norms[o] != "(", norms[o] != ")" { o -= 1 }
                if o > floor, norms[o] == "(" { e = o; continue }
            }
            break
        }
        guard e > floor else { return nil }
        if norms[e - 1] == "," {
            // X, apposition, said: the first noun phrase of the comma-separated chunks
            if let r = subjectOfChunks(ending: e - 1, floor: floor) { return r }
            var c = e - 2
            while c > floor, e - c <= 10, norms[c] != "," { c -= 1 }
            guard c > floor, norms[c] == "," else { return nil }
            let head = speakerBackward(c, floor: floor)
            if let r = head, isNameToken(r.upperBound - 1) || cls[r.lowerBound].contains(.pronoun) { return r }
            // "The mayor, Ana Costa, said": the apposition is the name
            if c + 1 < e - 1, (c + 1..<e - 1).allSatisfy({ isNameToken($0) }) { return c + 1..<e - 1 }
            return head
        }
        if norms[e - 1] == "who", e - 1 > floor { return e - 1..<e }   // "McConnell, who in 2010 said": the relative pronoun is the mention
        let last = e - 1
        if cls[last].contains(.pronoun) { return last..<e }
        if isNameToken(last) {
            var s = last
            while s > floor, isNameToken(s - 1), e - s < 7 { s -= 1 }
            // a capitalized sentence opener is not part of the name ("Meanwhile Borrell said" is rare; keep runs as found)
            return s..<e
        }
        // a noun phrase: walk back over words ("a spokesman for the ministry",
        // "Clinton's campaign", "sources"), then start it at its first
        // determiner, name or possessor
        var s = e
        while s > floor, e - s < 8 {
            let k = s - 1
            guard tokens[k].kind == .word || tokens[k].kind == .initialism, !cls[k].contains(.clauseWord), lex.cues[norms[k]] == nil,
                  !(tokens[k].isCapitalized && cls[k].contains(.quoteNotName) && cls[k].contains(.quotePreposition)) else { break }   // not "Meanwhile, it said"
            s = k
        }
        while s < last, cls[s].contains(.innerWord) || norms[s] == "'s" { s += 1 }
        guard s <= last, tokens[last].kind == .word, !cls[last].contains(.innerWord) else { return nil }
        var begin = s
        for k in s...last where cls[k].contains(.quoteDeterminer) || tokens[k].isCapitalized { begin = k; break }
        if begin == s, !cls[s].contains(.quoteDeterminer), !tokens[s].isCapitalized {
            // no determiner or name: only a bare plural or a single noun right before the cue ("officials said")
            guard bare || norms[last].hasASCIISuffix("s") else { return nil }
            begin = last
        }
        return begin..<e
    }

    /// An adverb between a subject and its cue: listed ones ("also", "has")
    /// and -ly words ("forcefully", "repeatedly"), but not -ly nouns ("family").
    func isAdverb(_ i: Int) -> Bool {
        if cls[i].contains(.adverb) { return true }
        let w = norms[i]
        return tokens[i].kind == .word && !tokens[i].isCapitalized && w.utf8.count > 4 && w.hasASCIISuffix("ly") && !lex.lyNouns.contains(w)
    }

    /// The subject of 'X, apposition, …, said' whose last comma is `comma`:
    /// the comma-separated chunks back to `floor` (or a clause boundary), and
    /// the first of them that opens like a noun phrase. A chunk that opens
    /// with a preposition or a subordinator ("In a statement,") is skipped;
    /// one that opens with "and" or "but" starts a new clause.
    func subjectOfChunks(ending comma: Int, floor: Int) -> Range<Int>? {
        var c = comma - 1
        var starts: [Int] = []
        while c >= floor, comma - c <= 40 {
            let t = tokens[c]
            if t.kind == .quote || Segmenter.isTerminal(norms[c]) || norms[c] == ";" || norms[c] == ":" || (t.kind == .dash && t.spaceBefore) { break }
            if norms[c] == "," { starts.append(c + 1) }
            c -= 1
        }
        starts.append(c + 1)
        starts.reverse()
        var best: Range<Int>? = nil
        for (n, st) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] - 1 : comma
            var k = st
            guard k < end else { continue }
            if cls[k].contains(.coordinator) { best = nil; k += 1; guard k < end else { continue } }
            if best != nil { continue }
            if cls[k].contains(.quotePreposition) || cls[k].contains(.quoteNotName) && !cls[k].contains(.pronoun) || tokens[k].kind != .word && tokens[k].kind != .initialism { continue }
            if let r = nounPhrase(k, limit: end) {
                best = r
                // "The mayor, Ana Costa, said": a name in apposition names the speaker
                if !isNameToken(r.lowerBound) || cls[r.lowerBound].contains(.quoteDeterminer), n + 1 < starts.count {
                    let a = starts[n + 1], b = n + 2 < starts.count ? starts[n + 2] - 1 : comma
                    if a < b, b - a <= 5, (a..<b).allSatisfy({ isNameToken($0) || isTitlePeriod($0, after: a) }) { best = a..<b }
                }
            }
        }
        return best
    }

    /// A noun phrase opening at `k`, up to `limit`: a pronoun, a name with its
    /// titles ("Rep. John Mica"), or a determiner or possessive phrase ("the
    /// letter", "Obama's former campaign strategist", "Trump lawyer Marc Kasowitz").
    func nounPhrase(_ k: Int, limit: Int) -> Range<Int>? {
        guard k < limit else { return nil }
        let w = norms[k]
        if cls[k].contains(.pronoun) { return k..<k + 1 }
        guard tokens[k].kind == .word || tokens[k].kind == .initialism || tokens[k].kind == .alnum || tokens[k].kind == .number else { return nil }
        let opens = isNameToken(k) || cls[k].contains(.title) || cls[k].contains(.quoteDeterminer) || w == "my" || w == "your" || w.hasASCIISuffix("'s")
            || (tokens[k].kind == .number || tokens[k].kind == .alnum)
        guard opens else { return nil }
        // A phrase that opens with a name, or a title before one ("Mr Blair on Sunday dismissed …"),
        // goes on only through titles and descriptors ("Trump lawyer Marc Kasowitz"), not into a
        // verb ("Labour hit back at …"). A capitalized sentence opener counts as a name when the
        // article writes it so inside a sentence or a name, title or descriptor follows it
        // ("Oxfam senior policy adviser …"; not "Campaigners welcomed …").
        let title = cls[k].contains(.title)
        let roleOrNameNext = k + 1 < limit && (isNameToken(k + 1) || cls[k + 1].contains(.title) || cls[k + 1].contains(.descriptor))
        var named = (isNameToken(k) || (title && k + 1 < limit && isNameToken(k + 1)))
            && !w.hasASCIISuffix("'s") && !cls[k].contains(.quoteDeterminer) && !cls[k].contains(.pronoun)
            && (!isSentenceOpener(k) || capitalizedInside(w) || title || roleOrNameNext)
        var possessed = false
        var j = k
        var lastGood = -1
        while j < limit, j - k < 10 {
            let t = tokens[j], n = norms[j]
            if t.kind == .word || t.kind == .initialism || t.kind == .alnum || t.kind == .number {
                if j > k, cls[j].contains(.speechCue) || cls[j].contains(.clauseWord) || isAdverb(j) { break }
                // a possessor opens a phrase of its own ("Mr Sigarchi's lawyer"); a name after it ends it again
                // ("Presley's daughter Lisa Marie retains …")
                if n.hasASCIISuffix("'s") { named = false; possessed = true } else if possessed, !named, isNameToken(j) { named = true }
                if named, t.kind == .word, !t.isCapitalized, !cls[j].contains(.title), !cls[j].contains(.descriptor), !cls[j].contains(.nameParticle),
                   !rolesBeforeName(j, limit: limit), !(n == "of" && j + 1 < limit && isNameToken(j + 1)) { break }   // "Ford Motor Co of Canada"
                if j > k, cls[j].contains(.innerWord) { j += 1; continue }
                lastGood = j; j += 1; continue
            }
            if isTitlePeriod(j, after: k) || (t.kind == .punct && n == "." && !t.spaceBefore && j > k && tokens[j - 1].isCapitalized && norms[j - 1].utf8.count == 1)
                || (t.kind == .dash && isNameHyphen(j)) { j += 1; continue }
            if n == "(" {   // "(R-Wis.)"
                var c = j + 1
                while c < limit, c - j <= 8, norms[c] != ")" { c += 1 }
                if c < limit, norms[c] == ")" { lastGood = c; j = c + 1; continue }
            }
            break
        }
        return lastGood >= k ? k..<lastGood + 1 : nil
    }

    /// Whether the lowercase words from `j` (at most two, no preposition or
    /// determiner among them) lead to a name: "Bolton boss Sam Allardyce",
    /// "US bankruptcy judge Letitia Clark"; not "Mr Blair on Sunday dismissed"
    /// nor a verb in -ed ("Trump attacked Clinton").
    func rolesBeforeName(_ j: Int, limit: Int) -> Bool {
        var e = j
        while e < limit, e - j < 2, tokens[e].kind == .word, !tokens[e].isCapitalized {
            let n = norms[e]
            if cls[e].contains(.quotePreposition) || cls[e].contains(.innerWord) || cls[e].contains(.quoteDeterminer) || cls[e].contains(.coordinator)
                || (n.hasASCIISuffix("ed") && n != "quoted") { return false }   // a verb: "Trump attacked Clinton"; but "PAP quoted Baka" names Baka
            e += 1
        }
        return e > j && e < limit && (isNameToken(e) || cls[e].contains(.title))
    }

    /// Lowercase words that may stand between a name and a title in a speaker phrase ("Clinton campaign spokesman Brian Fallon").
    /// Words allowed inside a subject phrase but not at its edges.

    /// Whether token `i` is a cue verb: a listed form used as a verb, not as
    /// a noun ("a tweet", "his comments", "Trump's remarks") nor inside a name
    /// ("United States"); capitalized only at a sentence's start ("Said Ellis:").
    func isCue(_ i: Int, speechOnly: Bool) -> Bool {
        guard speechOnly ? cls[i].contains(.speechCue) : !cls[i].isDisjoint(with: [.speechCue, .evaluativeCue]) else { return false }
        guard i > 0 else { return true }
        let p = norms[i - 1]
        if tokens[i].isCapitalized, tokens[i].newlinesBefore == 0, !Segmenter.isTerminal(p), tokens[i - 1].kind != .quote, p != ":" { return false }
        // a word that is both ("earlier") marks a noun only after another marker: "his earlier comments", not "Mr Brown earlier denied"
        if cls[i - 1].contains(.nounMarker), !cls[i - 1].contains(.adverb) || i > 1 && cls[i - 2].contains(.nounMarker) { return false }
        if tokens[i - 1].kind == .word && (p.hasASCIISuffix("'s") || p.hasASCIISuffix("s'")) { return false }
        if i > 1, norms[i - 2] == "of", norms[i].hasASCIISuffix("s"), tokens[i - 1].kind == .word { return false }   // "of Republican claims"
        return true
    }

    /// '"…," X said' / '"…," said X' / '"…," according to X' / '"…" ― X' after
    /// a closing mark. The subject may carry appositions and parentheses ('"…,"
    /// Scott Pruitt, the attorney general of Oklahoma, said'). When the quote
    /// ends a sentence of its own, an 'X said' that goes on with a clause of
    /// its own ('"…." The agency said North Korea had …') starts new speech
    /// and is not taken.
    func attributionAfter(close j: Int, limit: Int, direct: Bool, complete: Bool) -> (Speaker, Range<Int>)? {
        var k = j + 1
        if k < limit, norms[k] == "," { k += 1 }
        guard k < limit else { return nil }
        // "― Name": a signature after the quotation
        if direct, tokens[k].kind == .dash, k + 1 < limit, isNameToken(k + 1) {
            var e = k + 1
            while e < limit, e - k <= 6, isNameToken(e) || (norms[e] == "." && !tokens[e].spaceBefore && tokens[e - 1].isCapitalized && norms[e - 1].utf8.count == 1) { e += 1 }
            if e >= limit || tokens[e].newlinesBefore > 0 || norms[e] == "." || norms[e] == "," || tokens[e].kind == .quote {
                var last = e - 1
                while last > k + 1, norms[last] == "." { last -= 1 }
                return (speaker(k + 1..<last + 1), tokens[k].range)
            }
        }
        if isAccordingTo(k, limit: limit), let found = according(k, limit: limit, source: .speaker) { return found }
        if isCue(k, speechOnly: true) {
            if let r = speakerForward(k + 1, limit: limit, bare: false) ?? nounPhrase(k + 1, limit: limit) {
                return (speaker(r), tokens[k].range)
            }
            return nil
        }
        // the first cue in the clause after the quote, with its subject right after the quote
        let hard = min(tokens.count, limit + 30)
        var c = k
        while c < hard, c - k <= 32 {
            let t = tokens[c]
            if t.kind == .quote || endsSentence(c, after: k) || norms[c] == ";" || norms[c] == ":" { return nil }
            if isCue(c, speechOnly: true) { break }
            c += 1
        }
        guard c < hard, c - k <= 32, isCue(c, speechOnly: true), c > k else { return nil }
        // a partial quote takes an attribution after it only as '"…," X said' or at its sentence's end
        if !direct, !complete, norms[j + 1] != ",", !norms[j - 1].hasASCIISuffix(",") { return nil }
        var subject = speakerBackward(c, floor: k, bare: true)
        if let r = subject, r.lowerBound > k {
            // the subject runs back to the closing mark: "Mr. Obama", "Tulsa police Chief Chuck Jordan", "the official, who …,",
            // "city budget director Ana Ruiz"
            if let np = nounPhrase(k, limit: c) {
                subject = np.lowerBound..<max(np.upperBound, r.upperBound)
            } else if r.lowerBound - k <= 4, (k..<r.lowerBound).allSatisfy({ tokens[$0].kind == .word && !cls[$0].contains(.clauseWord) && !cls[$0].contains(.speechCue) && !cls[$0].contains(.quotePreposition) }) {
                subject = k..<r.upperBound
            } else if direct, startsAttributionTail(c + 1), let comma = (k..<r.lowerBound).last(where: { norms[$0] == "," }),
                      let np = nounPhrase(comma + 1, limit: c), np.upperBound >= r.upperBound {
                // the quoted words go on outside the marks, then ", X said." ends the sentence:
                // '"I have admiration for the mechanics" of the plan, Mr. Holtz-Eakin said.'
                subject = np
            } else {
                subject = nil
            }
        } else if subject == nil {
            subject = nounPhrase(k, limit: c)
        }
        guard let r = subject else { return nil }
        if complete, lex.cues[norms[c]]?.lemma != "tell", !startsAttributionTail(c + 1) { return nil }
        return (speaker(r), tokens[c].range)
    }

    /// Whether the token at `c` ends a sentence: a terminal mark that is not
    /// the period of a title ("Mr."), an initial ("Vann R. Newkirk") or an
    /// abbreviation in brackets ("(R-Fla.)").
    func endsSentence(_ c: Int, after start: Int) -> Bool {
        guard Segmenter.isTerminal(norms[c]) else { return false }
        if isTitlePeriod(c, after: start) { return false }
        if c > start, tokens[c - 1].isCapitalized, norms[c - 1].utf8.count == 1, !tokens[c].spaceBefore { return false }
        if c + 1 < tokens.count, norms[c + 1] == ")" || norms[c + 1] == "," { return false }
        return true
    }

    /// Whether what follows a cue at `i` ends an attribution ("said.", "said
    /// on Friday", "said, adding …", "told CNN.") rather than opening a
    /// reported clause ("said North Korea had …", "said that …").
    func startsAttributionTail(_ i: Int) -> Bool {
        guard i < tokens.count else { return true }
        let t = tokens[i], w = norms[i]
        if t.newlinesBefore > 0 || t.kind == .punct || t.kind == .quote || t.kind == .dash { return true }
        if w == "that" || cls[i].contains(.quoteDeterminer) || cls[i].contains(.pronoun) { return false }
        if cls[i].contains(.quotePreposition) || isAdverb(i) { return true }
        if isNameToken(i) {
            var e = i
            while e < tokens.count, isNameToken(e) || norms[e].hasASCIISuffix("'s") && tokens[e].isCapitalized, e - i < 6 { e += 1 }
            guard e < tokens.count else { return true }
            let n = norms[e]
            return tokens[e].kind == .punct || tokens[e].kind == .quote || cls[e].contains(.quotePreposition) || n == "and" || tokens[e].newlinesBefore > 0
                || !tokens[e].isCapitalized && tokens[e].kind == .word && (n == "on" || n == "reporters" || n == "radio" || n == "television")
        }
        return ["reporters", "journalists", "me", "us", "him", "them", "supporters"].contains(w)
    }

    /// The nearest cue before `i` in its sentence, and its subject. With
    /// `openOf`, earlier quotations in the sentence are stepped over (Cruz
    /// called Trump a "liar" who is "amoral" …); otherwise one stops the search.
    /// A participle after a comma ("…, saying") takes the sentence's subject.
    func attributionBefore(_ i: Int, sentenceStart: Int, speechOnly: Bool, openOf: [Int: Int]? = nil) -> (Speaker, Range<Int>)? {
        var c = i - 1
        while c >= sentenceStart {
            if tokens[c].kind == .quote {
                guard let openOf, let o = openOf[c] else { return nil }   // another quotation stands between
                c = o - 1; continue
            }
            if isAccordingTo(c, limit: i), let found = according(c, limit: i, source: .toComma) { return found }
            if isCue(c, speechOnly: speechOnly) {
                if norms[c].hasASCIISuffix("ing"), let r = sentenceSubject(sentenceStart, before: c) {
                    return (speaker(r), tokens[c].range)
                }
                if let r = speakerBackward(c, floor: sentenceStart) { return (speaker(r), tokens[c].range) }
                if c == sentenceStart, let r = speakerForward(c + 1, limit: i, bare: false) {
                    return (speaker(r), tokens[c].range)   // "Said Ellis: …", "Added the mayor: …"
                }
                if c > sentenceStart, cls[c - 1].contains(.coordinator), let r = sentenceSubject(sentenceStart, before: c - 1) {
                    return (speaker(r), tokens[c].range)   // "Carson took the stage and called the system …": the first verb's subject
                }
            }
            c -= 1
        }
        return nil
    }

    /// The subject of the sentence starting at `s`, before `limit`: its first
    /// noun phrase after conjunctions and fronted adverbials ("At a rally,
    /// Trump likened …", "In recent weeks, Reid has …").
    func sentenceSubject(_ s: Int, before limit: Int) -> Range<Int>? {
        var k = s
        var rounds = 0
        // a dateline: "WASHINGTON, Aug. 24 (UPI) — A spokesman …"
        var d = s
        while d < limit, d - s < 12, tokens[d].kind != .dash, tokens[d].isCapitalized || tokens[d].kind != .word { d += 1 }
        if d < limit, d > s, d - s < 12, tokens[d].kind == .dash, tokens[d].spaceBefore, tokens[s].isCapitalized { k = d + 1 }
        while k < limit {
            let w = norms[k]
            if cls[k].contains(.coordinator) { k += 1; continue }
            if tokens[k].kind == .dash || tokens[k].kind == .punct && w != "(" { k += 1; continue }
            let fronted = cls[k].contains(.quotePreposition) || tokens[k].kind == .number || (w.hasASCIISuffix("ing") && tokens[k].kind == .word)
                || (cls[k].contains(.quoteNotName) && !cls[k].contains(.pronoun))
            guard fronted else { break }
            guard rounds < 3 else { return nil }
            var c = k + 1
            while c < limit, c - k <= 25, norms[c] != ",", tokens[c].kind != .quote { c += 1 }
            guard c < limit, norms[c] == "," else { return nil }
            k = c + 1; rounds += 1
        }
        guard k < limit, tokens[k].kind != .quote else { return nil }
        if norms[k] == "it" || norms[k] == "there" || norms[k] == "this" || norms[k] == "that" { return nil }
        return nounPhrase(k, limit: limit)
    }

    // MARK: The scan

    /// The speaker of the sentence before sentence `sIndex` in its paragraph,
    /// for a quotation that follows it unattributed: the subject of its last
    /// speech cue, else its subject ('Cummings called him a master at deals.
    /// "He showed again and again …"'). Nil when that sentence is itself a
    /// quotation.
    func previousSentenceSpeaker(_ sIndex: Int, paragraphStart ps: Int) -> Range<Int>? {
        guard sIndex > 0 else { return nil }
        let prev = doc.sentences[sIndex - 1].tokens
        guard prev.lowerBound >= ps, prev.count >= 3, tokens[prev.lowerBound].kind != .quote else { return nil }
        var e = prev.upperBound
        while e > prev.lowerBound, tokens[e - 1].kind == .quote || Segmenter.isTerminal(norms[e - 1]) { e -= 1 }
        var c = e - 1
        while c > prev.lowerBound {
            if tokens[c].kind == .quote { return nil }
            if isCue(c, speechOnly: true), let r = speakerBackward(c, floor: prev.lowerBound, bare: true) { return r }
            c -= 1
        }
        return sentenceSubject(prev.lowerBound, before: e)
    }

    /// A transcript line quoted whole: '"PENCE: Well, look …"'; the speaker
    /// tokens (all-capital words before a colon at the content's start).
    func transcriptSpeaker(_ content: Range<Int>) -> Range<Int>? {
        var k = content.lowerBound
        while k < content.upperBound, k - content.lowerBound < 4, tokens[k].isAllCaps, tokens[k].kind == .word || tokens[k].kind == .initialism { k += 1 }
        guard k > content.lowerBound, k + 1 < content.upperBound, norms[k] == ":" else { return nil }
        return content.lowerBound..<k
    }

    mutating func scan() -> [Quote] {
        guard !tokens.isEmpty else { return [] }
        collectPeople()
        let spans = pairMarks()
        var openOf: [Int: Int] = [:]
        for sp in spans { if let c = sp.close { openOf[c] = sp.open } }
        var quotes: [Quote] = []
        var quotedSentences = Set<Int>()
        var previous: (paragraph: Int, sentence: Int, speaker: Speaker?, continues: Bool)? = nil
        for span in spans {
            let para = doc.paragraphs[span.paragraph]
            let sIndex = doc.sentenceIndex(ofToken: span.open)
            let sentence = doc.sentences[sIndex]
            let ps = para.tokens.lowerBound, pe = para.tokens.upperBound
            let prev = span.open > ps ? span.open - 1 : nil
            var content = span.content
            let first = content.lowerBound
            let direct: Bool = {
                guard let p = prev else { return true }
                if p < sentence.tokens.lowerBound || span.open == sentence.tokens.lowerBound || tokens[span.open].newlinesBefore > 0 { return true }
                if norms[p] == ":" { return true }
                if norms[p] == "," || isCue(p, speechOnly: true) { return tokens[first].isCapitalized }
                return content.count >= 6 && tokens[first].isCapitalized && Segmenter.isTerminal(norms[content.upperBound - 1])
            }()
            var found: (Speaker, Range<Int>)? = nil
            if direct, let t = transcriptSpeaker(content) {
                found = (speaker(t), tokens[t.upperBound].range)
                content = t.upperBound + 1..<content.upperBound
            }
            if found == nil, let close = span.close {
                // the attribution ends its sentence, which may be a later one than the opening mark's
                let limit = min(pe, close + 40)
                let complete = Segmenter.isTerminal(norms[span.content.upperBound - 1]) && !(close + 1 < pe && norms[close + 1] == ",")
                found = attributionAfter(close: close, limit: limit, direct: direct, complete: complete)
            }
            if found == nil {
                found = attributionBefore(span.open, sentenceStart: direct ? max(ps, sentence.tokens.lowerBound) : sentence.tokens.lowerBound,
                                          speechOnly: direct, openOf: direct ? nil : openOf)
            }
            if !direct, found == nil, let close = span.close {
                found = trailingAccording(after: close, sentenceEnd: sentence.tokens.upperBound)
            }
            if !direct, found == nil, mark(span.open) == .singleOpen || mark(span.open) == .singleEither {
                continue   // single-quoted words without a cue are scare quotes
            }
            if !direct, found == nil, content.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || norms[$0].utf8.count <= 3 }) {
                continue   // a title or a name in quotation marks ("Morning Joe"), not a quotation
            }
            if !direct, let p = prev, ["of", "on", "in", "to", "at", "from", "with", "for", "by", "about"].contains(norms[p]) || norms[p] == "'s" || norms[p].hasASCIISuffix("'s") && tokens[p].isCapitalized,
               content.contains(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized && norms[$0].utf8.count > 3 }),
               content.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || norms[$0].utf8.count <= 3 }) {
                continue   // the title of a work after a preposition or a possessive: 'on "Fox News Sunday,"', 'MSNBC's "Morning Joe"'
            }
            if found == nil, direct, span.open == ps, span.paragraph > 0 {
                // a block quotation introduced by the paragraph before: "Caddell continued:"
                let before = doc.paragraphs[span.paragraph - 1]
                let last = before.tokens.upperBound - 1
                if norms[last] == ":" {
                    let sStart = doc.sentences[doc.sentenceIndex(ofToken: last)].tokens.lowerBound
                    found = attributionBefore(last, sentenceStart: sStart, speechOnly: true)
                }
            }
            var speaker = found?.0
            let cue = found?.1
            if speaker == nil, let prevQuote = previous, prevQuote.speaker != nil,
               direct && (prevQuote.paragraph == span.paragraph || (prevQuote.continues && prevQuote.paragraph == span.paragraph - 1 && span.open == ps))
                || !direct && prevQuote.sentence == sIndex {
                speaker = prevQuote.speaker   // an unattributed quote continues its paragraph's (a partial one, its sentence's) speaker
            }
            if speaker == nil, direct {
                if span.open > sentence.tokens.lowerBound, span.open > ps, let r = sentenceSubject(max(ps, sentence.tokens.lowerBound), before: span.open) {
                    speaker = self.speaker(r)   // 'President Obama is rolling out a new message: "It's about me."'
                } else if let r = previousSentenceSpeaker(sIndex, paragraphStart: ps) {
                    speaker = self.speaker(r)   // 'Schiff said. "The other factor …"'
                }
            }
            if speaker == nil, !direct, let r = sentenceSubject(sentence.tokens.lowerBound, before: span.open),
               namesSomeone(r, sentenceStart: sentence.tokens.lowerBound) {
                speaker = self.speaker(r)   // a partial quote without a cue: the sentence's subject ('Trump likened the refugees to a "vicious snake"')
            }
            if let sp = speaker, sp.tokens.count == 1, cls[sp.tokens.lowerBound].contains(.personPronoun) {
                // "he" / "she": the subject of the sentence when a name, else the paragraph's last speaker, else the last person named
                let k = sp.tokens.lowerBound
                let sStart = doc.sentences[doc.sentenceIndex(ofToken: k)].tokens.lowerBound
                if let r = sentenceSubject(sStart, before: k), r.upperBound <= k, isNameToken(r.upperBound - 1), !cls[r.lowerBound].contains(.quoteDeterminer),
                   !namesNoPerson(r.upperBound - 1),
                   let nm = self.speaker(r).name, sexMatch(nm, pronoun: k) != false {
                    speaker?.name = nm
                } else if let p = previous, p.paragraph == span.paragraph, let nm = p.speaker?.name, p.speaker?.tokens.lowerBound != k,
                          sexMatch(nm, pronoun: k) != false {
                    speaker?.name = nm
                }
            }
            if let sp = speaker, sp.name == nil, sp.tokens.count == 1, cls[sp.tokens.lowerBound].contains(.groupPronoun) {
                // "it" / "they": the named subject of its own sentence ('The Security Council condemned what it called …');
                // the mention stays the pronoun
                let k = sp.tokens.lowerBound
                let sStart = doc.sentences[doc.sentenceIndex(ofToken: k)].tokens.lowerBound
                if let r = sentenceSubject(sStart, before: k), r.upperBound <= k, let nm = leadingName(r) {
                    speaker?.name = name(of: nm)
                }
            }
            let start = Int(tokens[content.lowerBound].start), end = Int(tokens[content.upperBound - 1].end)
            quotes.append(Quote(start: start, end: end, kind: direct ? .direct : .partial, speaker: speaker, cue: cue))
            // A quote's attribution can fix the speaker of the unattributed quotes before it in the paragraph.
            if let speaker {
                var k = quotes.count - 2
                while k >= 0, quotes[k].speaker == nil, quotes[k].kind == .direct,
                      doc.paragraphs[span.paragraph].start <= Int32(quotes[k].start) {
                    quotes[k].speaker = speaker; k -= 1
                }
            }
            previous = (span.paragraph, sIndex, speaker, span.close == nil)
            for s in doc.sentenceIndex(ofToken: span.open)...doc.sentenceIndex(ofToken: span.close ?? (span.content.upperBound - 1)) where direct {
                quotedSentences.insert(s)
            }
        }
        let reported = indirect(skipping: quotedSentences)
        for i in quotes.indices where quotes[i].kind == .partial && quotes[i].speaker == nil {
            // a partial quote inside reported speech is that speech's ('… the prime minister "wanted to progress"
            // during the presidency, said a spokesman.'); reported quotes, one a sentence at most, are in text
            // order, so only the last one starting before the quote can hold it
            var lo = 0, hi = reported.count
            while lo < hi { let mid = (lo + hi) / 2; if reported[mid].start <= quotes[i].start { lo = mid + 1 } else { hi = mid } }
            if lo > 0, let sp = reported[lo - 1].speaker, quotes[i].end <= reported[lo - 1].end {
                quotes[i].speaker = sp; quotes[i].cue = reported[lo - 1].cue
            }
        }
        quotes.append(contentsOf: reported)
        quotes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return quotes
    }

    /// Reported speech without quotation marks.
    /// Words that open no reported clause after "said" ("said in a statement", "told it"):
    /// a constant, not an array built at every speech verb.
    static let notClauseHeads: Set<String> = ["in", "on", "at", "by", "to", "for", "with", "from", "after", "before", "during", "of",
                                              "as", "it", "so", "about"]

    /// ', according to X.' ending the sentence of a partial quote that closes
    /// at `j`, at most 40 tokens on: 'The band have done "everything in their
    /// powers" to stay on top, according to Q magazine editor Paul Rees.'
    func trailingAccording(after j: Int, sentenceEnd e: Int) -> (Speaker, Range<Int>)? {
        var end = e
        while end > j + 1, tokens[end - 1].kind == .quote || Segmenter.isTerminal(norms[end - 1]) { end -= 1 }
        guard end - j > 4, end - j <= 40, let k = (j + 2..<end - 2).last(where: { norms[$0 - 1] == "," && isAccordingTo($0, limit: end) }),
              !(j + 1..<k).contains(where: { tokens[$0].kind == .quote }) else { return nil }
        return according(k, limit: end, source: .toEnd)
    }

    /// Where the source named after "according to" ends.
    enum AccordingSource {
        /// a speaker phrase (`speakerForward`): "according to Mr. Barrett"
        case speaker
        /// a speaker phrase, else anything up to the next comma: "According to a
        /// civil complaint filed by the SEC, …", "according to conservative talk
        /// radio host Rush Limbaugh, …"
        case toComma
        /// a speaker phrase that ends the sentence, perhaps before a phrase of place
        /// or time, else the last 12 tokens at most, with no comma or quotation mark:
        /// "according to Q magazine editor Paul Rees", "according to figures released
        /// (on Monday)"
        case toEnd
    }

    /// Whether the tokens at `k` read "according to", both before `limit`.
    func isAccordingTo(_ k: Int, limit: Int) -> Bool {
        k + 1 < limit && norms[k] == "according" && norms[k + 1] == "to"
    }

    /// The speaker named after "according to" at `k` (`isAccordingTo`), read up
    /// to `limit` as `source` says, and the two words as the cue. The one
    /// reader of the phrase for quotations before it, after it and around it.
    func according(_ k: Int, limit: Int, source: AccordingSource) -> (Speaker, Range<Int>)? {
        let s = k + 2
        let cue = Int(tokens[k].start)..<Int(tokens[k + 1].end)
        let forward = speakerForward(s, limit: limit, bare: false)
        var r: Range<Int>? = nil
        switch source {
        case .speaker:
            r = forward
        case .toComma:
            if let forward {
                r = forward
            } else {
                var e = s
                while e < limit, e - s < 20, norms[e] != ",", tokens[e].kind != .quote, !endsSentence(e, after: s) { e += 1 }
                if e > s, e < limit, norms[e] == "," { r = s..<e }
            }
        case .toEnd:
            if let f = forward, f.upperBound == limit || endsWithPlaceOrTime(f.upperBound, end: limit) {
                r = f
            } else if limit - s <= 12, !(s..<limit).contains(where: { norms[$0] == "," || tokens[$0].kind == .quote }) {
                r = s..<((s + 1..<limit).first { endsWithPlaceOrTime($0, end: limit) } ?? limit)
            }
        }
        return r.map { (speaker($0), cue) }
    }

    /// Whether `r` reads as one noun phrase, not a clause: no clause word
    /// ("had", "would", "after") and no second determiner except after "of"
    /// ("a panel of the experts", not "the bid undervalued the business").
    func isPlainNounPhrase(_ r: Range<Int>) -> Bool {
        !r.contains { cls[$0].contains(.clauseWord) }
            && !r.dropFirst().contains { cls[$0].contains(.quoteDeterminer) && norms[$0 - 1] != "of" }
    }

    /// Whether the tokens from `k` to `end` are only prepositional phrases of
    /// place, body or time after a speaker's name, with no comma or cue among
    /// them: "at Merrill Lynch on Thursday", "of the central bank in Tokyo".
    func endsWithPlaceOrTime(_ k: Int, end: Int) -> Bool {
        guard k < end, end - k <= 10, cls[k].contains(.quotePreposition) else { return false }
        return (k..<end).allSatisfy { norms[$0] != "," && !cls[$0].contains(.speechCue) && !cls[$0].contains(.clauseWord) }
    }

    func indirect(skipping quoted: Set<Int>) -> [Quote] {
        var out: [Quote] = []
        for (sIndex, sentence) in doc.sentences.enumerated() where !quoted.contains(sIndex) {
            let s = sentence.tokens.lowerBound, e = sentence.tokens.upperBound
            var end = e
            while end > s, tokens[end - 1].kind == .quote || Segmenter.isTerminal(norms[end - 1]) { end -= 1 }
            var c = s
            while c < end {
                defer { c += 1 }
                // a cue word used as a noun opens no reported clause ("if the claims were true", "his comments")
                guard isCue(c, speechOnly: true), let cue = lex.cues[norms[c]], norms[c] != cue.lemma,
                      !norms[c].hasASCIISuffix("ing") else { continue }
                // '…, X said.' / '…, said X.' at the end of the sentence
                if c + 3 >= end, c > s + 3, let r = speakerBackward(c, floor: s, bare: true), r.lowerBound > s + 2, norms[r.lowerBound - 1] == "," {
                    out.append(Quote(start: Int(tokens[s].start), end: Int(tokens[r.lowerBound - 2].end), kind: .indirect, speaker: speaker(r), cue: tokens[c].range))
                    break
                }
                if c > s + 3, norms[c - 1] == ",", cue.lemma != "tell",   // ', told a news conference' names the listeners
                   let r = speakerForward(c + 1, limit: end, bare: false), isPlainNounPhrase(r),
                   r.upperBound == end || endsWithPlaceOrTime(r.upperBound, end: end) {
                    // ', said X.', ', said David Anders at Merrill Lynch on Thursday.'
                    out.append(Quote(start: Int(tokens[s].start), end: Int(tokens[c - 2].end), kind: .indirect, speaker: speaker(r), cue: tokens[c].range))
                    break
                }
                // 'X said (that) …' / 'X told Y (that) …'
                guard let r = speakerBackward(c, floor: s) else { continue }
                var k = c + 1
                var that = k
                while that < min(end, c + 8), norms[that] != "that" { that += 1 }
                if that < min(end, c + 8), !(k < end && tokens[k].kind == .quote) {
                    k = that + 1
                } else if cue.lemma == "tell" {
                    guard let obj = speakerForward(k, limit: end, bare: true) else { continue }
                    k = obj.upperBound
                }
                guard end - k >= 3, tokens[k].kind != .quote, tokens[k].kind != .punct || norms[k] == "\"" else { continue }
                let head = norms[k]
                if QuoteRun.notClauseHeads.contains(head) { continue }
                out.append(Quote(start: Int(tokens[k].start), end: Int(tokens[end - 1].end), kind: .indirect, speaker: speaker(r), cue: tokens[c].range))
                break
            }
        }
        return out
    }
}
