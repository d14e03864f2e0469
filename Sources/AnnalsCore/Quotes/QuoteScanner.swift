/// Finds quotations and their speakers.
///
/// 1. Quotation marks are paired within a paragraph (straight, curly, « »,
///    and single quotes); a quote left open at a paragraph's end continues
///    in the next paragraph when that one opens with a quotation mark.
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
        classes.add(QuoteRun.pronouns, .pronoun)
        classes.add(lexicon.titles, .title)
        classes.add(lexicon.nonPersonHeads, .nonPersonHead)
        classes.add(QuoteRun.notNames, .quoteNotName)
        classes.add(QuoteRun.adverbs, .adverb)
        classes.add(QuoteRun.clauseWords, .clauseWord)
        classes.add(QuoteRun.innerWords, .innerWord)
        classes.add(QuoteRun.determiners, .quoteDeterminer)
    }

    /// The same table, for documents built without the engine's shared one.
    func ownClasses() -> WordClasses {
        var c = WordClasses()
        register(into: &c)
        return c
    }

    /// - Complexity: O(n) in tokens, apart from short bounded look-arounds.
    public func scan(_ doc: Document) -> [Quote] {
        let classes = doc.classes.isEmpty ? { let t = ownClasses(); return doc.norms.map { t.classes(of: $0) } }() : doc.classes
        var run = QuoteRun(doc: doc, lex: lexicon, classes: classes)
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

    let cls: [WordClass]

    init(doc: Document, lex: QuoteLexicon, classes: [WordClass]) {
        self.doc = doc; self.lex = lex; tokens = doc.tokens; norms = doc.norms; cls = classes
    }

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    static let personPronouns: Set<String> = ["he", "she"]
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "two", "three", "several", "some", "many"]
    static let adverbs: Set<String> = ["also", "later", "then", "again", "repeatedly", "once", "earlier", "previously", "further", "afterwards", "recently", "separately", "simply", "only", "just", "has", "had", "have", "would", "will", "was", "is"]

    // MARK: Quotation marks

    enum Mark { case doubleOpen, doubleClose, doubleEither, singleOpen, singleClose, singleEither, none }

    func mark(_ i: Int) -> Mark {
        let t = tokens[i]
        guard t.kind == .quote else { return .none }
        let b = doc.bytes, s = Int(t.start)
        switch b[s] {
        case 0x22: return .doubleEither
        case 0x27: return .singleEither
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
        default: return false
        }
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
        return t.isCapitalized && (t.kind == .word || t.kind == .initialism) && !cls[i].contains(.quoteNotName)
    }

    /// Capitalized words that open sentences but never name a speaker.
    static let notNames: Set<String> = ["meanwhile", "however", "still", "but", "and", "yet", "also", "instead", "now", "then",
                                        "later", "today", "yesterday", "moreover", "furthermore", "separately", "earlier", "asked",
                                        "speaking", "according", "in", "on", "at", "after", "before", "when", "while", "if", "as", "so"]

    /// A period that belongs to a title abbreviation in a name ("Mr. Barrett", "Sen. Tim Kaine").
    func isTitlePeriod(_ j: Int, after start: Int) -> Bool {
        j > start && norms[j] == "." && !tokens[j].spaceBefore && lex.titles.contains(norms[j - 1]) && tokens[j - 1].isCapitalized
    }

    /// Strips title words from a capitalized run: "French President Emmanuel Macron" → "Emmanuel Macron".
    func nameTokens(_ run: Range<Int>) -> Range<Int> {
        var start = run.lowerBound
        for k in run where cls[k].contains(.title) { start = k + 1 }
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
        while i < n {
            guard isNameToken(i) else { i += 1; continue }
            var j = i
            while j < n, isNameToken(j), j - i < 6, j == i || !(tokens[j].newlinesBefore > 0) { j += 1 }
            let run = i..<j
            let nm = nameTokens(run)
            if nm.count >= 2, !cls[nm.lowerBound].contains(.quoteDeterminer), !cls[nm.upperBound - 1].contains(.nonPersonHead),
               !tokens[nm.lowerBound].isAllCaps {
                let full = name(of: nm)
                people.append((nm.upperBound - 1, full))
                fullNameBySurname[norms[nm.upperBound - 1]] = full
            } else if nm.count == 1, let full = fullNameBySurname[norms[nm.lowerBound]] {
                people.append((nm.lowerBound, full))
            }
            i = j
        }
    }

    /// The nearest person named before token `i`.
    func personBefore(_ i: Int) -> String? {
        var lo = 0, hi = people.count
        while lo < hi { let mid = (lo + hi) / 2; if people[mid].end < i { lo = mid + 1 } else { hi = mid } }
        return lo > 0 ? people[lo - 1].name : nil
    }

    func speaker(_ range: Range<Int>) -> Speaker {
        let first = norms[range.lowerBound]
        var name: String? = nil
        if range.count == 1, QuoteRun.pronouns.contains(first) {
            if QuoteRun.personPronouns.contains(first) { name = personBefore(range.lowerBound) }
        } else if isNameToken(range.upperBound - 1) {
            var b = range.upperBound - 1
            while b > range.lowerBound, isNameToken(b - 1) { b -= 1 }
            let nm = nameTokens(b..<range.upperBound)
            if nm.count == 1, let full = fullNameBySurname[norms[nm.lowerBound]] { name = full } else if tokens[nm.lowerBound].isCapitalized { name = self.name(of: nm) }
        }
        return Speaker(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end), name: name, tokens: range)
    }

    /// A speaker mention starting at `k`: a pronoun, a capitalized run, or a
    /// short determiner phrase ("the Karabakh premier"); with `bare`, also a
    /// single lowercase noun ("sources", "officials").
    func speakerForward(_ k: Int, limit: Int, bare: Bool) -> Range<Int>? {
        guard k < limit else { return nil }
        let t = tokens[k], nk = norms[k]
        if QuoteRun.pronouns.contains(nk) { return k..<k + 1 }
        if isNameToken(k) || lex.titles.contains(nk) {
            // a name with its titles and descriptors: "Mr. Barrett", "IMF chief economist Maury Obstfeld"
            var j = k
            var lastName = -1
            while j < limit, j - k < 8 {
                if isNameToken(j) { lastName = j; j += 1; continue }
                if isTitlePeriod(j, after: k) { j += 1; continue }
                if j > k, tokens[j].kind == .word, !tokens[j].isCapitalized, ["al", "bin", "de", "van", "von", "der", "la", "le", "da"].contains(norms[j]) || lex.titles.contains(norms[j]) || (lastName >= 0 && QuoteRun.descriptors.contains(norms[j])) { j += 1; continue }
                break
            }
            if lastName >= 0 { return k..<lastName + 1 }
            if j > k, lex.titles.contains(norms[j - 1]) { return k..<j }   // "said spokesman"
            return nil
        }
        if QuoteRun.determiners.contains(nk) {
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
        while e > floor, QuoteRun.adverbs.contains(norms[e - 1]) { e -= 1 }
        guard e > floor else { return nil }
        if norms[e - 1] == "," {
            // X, apposition, said
            var c = e - 2
            while c > floor, e - c <= 10, norms[c] != "," { c -= 1 }
            guard c > floor, norms[c] == "," else { return nil }
            let head = speakerBackward(c, floor: floor)
            if let r = head, isNameToken(r.upperBound - 1) || QuoteRun.pronouns.contains(norms[r.lowerBound]) { return r }
            // "The mayor, Ana Costa, said": the apposition is the name
            if c + 1 < e - 1, (c + 1..<e - 1).allSatisfy({ isNameToken($0) }) { return c + 1..<e - 1 }
            return head
        }
        let last = e - 1
        if QuoteRun.pronouns.contains(norms[last]) { return last..<e }
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
            guard tokens[k].kind == .word || tokens[k].kind == .initialism, !QuoteRun.clauseWords.contains(norms[k]), lex.cues[norms[k]] == nil else { break }
            s = k
        }
        while s < last, QuoteRun.innerWords.contains(norms[s]) || norms[s] == "'s" { s += 1 }
        guard s <= last, tokens[last].kind == .word, !QuoteRun.innerWords.contains(norms[last]) else { return nil }
        var begin = s
        for k in s...last where QuoteRun.determiners.contains(norms[k]) || tokens[k].isCapitalized { begin = k; break }
        if begin == s, !QuoteRun.determiners.contains(norms[s]), !tokens[s].isCapitalized {
            // no determiner or name: only a bare plural or a single noun right before the cue ("officials said")
            guard bare || norms[last].hasSuffix("s") else { return nil }
            begin = last
        }
        return begin..<e
    }

    /// Words that end a subject phrase when walking back from a cue.
    static let clauseWords: Set<String> = ["that", "and", "but", "who", "which", "when", "while", "as", "if", "because", "so", "not", "to", "what", "where", "whom", "whose", "after", "before", "than", "or", "by",
                                           "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "did", "does", "do"]
    /// Lowercase words that may stand between a name and a title in a speaker phrase ("Clinton campaign spokesman Brian Fallon").
    static let descriptors: Set<String> = ["campaign", "chief", "senior", "economist", "official", "adviser", "advisor", "aide", "analyst", "press", "policy",
                                           "foreign", "former", "deputy", "top", "lead", "party", "military", "security", "national", "regional", "local", "white", "house"]
    /// Words allowed inside a subject phrase but not at its edges.
    static let innerWords: Set<String> = ["of", "for", "at", "in", "on", "with", "from"]

    func isCue(_ i: Int, speechOnly: Bool) -> Bool {
        speechOnly ? cls[i].contains(.speechCue) : !cls[i].isDisjoint(with: [.speechCue, .evaluativeCue])
    }

    /// '"…," X said' / '"…," said X' / '"…," according to X' after a closing mark.
    func attributionAfter(close j: Int, limit: Int) -> (Speaker, Range<Int>)? {
        var k = j + 1
        if k < limit, norms[k] == "," { k += 1 }
        guard k < limit else { return nil }
        if norms[k] == "according", k + 1 < limit, norms[k + 1] == "to", let r = speakerForward(k + 2, limit: limit, bare: false) {
            return (speaker(r), Int(tokens[k].start)..<Int(tokens[k + 1].end))
        }
        if isCue(k, speechOnly: true), let r = speakerForward(k + 1, limit: limit, bare: false) {
            return (speaker(r), tokens[k].range)
        }
        if let r = speakerForward(k, limit: limit, bare: true) {
            var c = r.upperBound
            if c < limit, norms[c] == "," {   // "Quina Jones, 25, said"
                var d = c + 1
                while d < min(limit + 8, tokens.count), d - c <= 8, norms[d] != "," { d += 1 }
                if d < tokens.count, norms[d] == "," { c = d + 1 }
            }
            while c < min(limit + 8, tokens.count), QuoteRun.adverbs.contains(norms[c]) { c += 1 }
            if c < min(limit + 8, tokens.count), isCue(c, speechOnly: true) { return (speaker(r), tokens[c].range) }
        }
        return nil
    }

    /// The nearest cue before `i` in its sentence, and its subject.
    func attributionBefore(_ i: Int, sentenceStart: Int, speechOnly: Bool) -> (Speaker, Range<Int>)? {
        var c = i - 1
        while c >= sentenceStart {
            if tokens[c].kind == .quote { return nil }   // another quotation stands between
            if norms[c] == "according", c + 1 < i, norms[c + 1] == "to", let r = speakerForward(c + 2, limit: i, bare: false) {
                return (speaker(r), Int(tokens[c].start)..<Int(tokens[c + 1].end))
            }
            if isCue(c, speechOnly: speechOnly), let r = speakerBackward(c, floor: sentenceStart) {
                return (speaker(r), tokens[c].range)
            }
            c -= 1
        }
        return nil
    }

    // MARK: The scan

    mutating func scan() -> [Quote] {
        guard !tokens.isEmpty else { return [] }
        collectPeople()
        let spans = pairMarks()
        var quotes: [Quote] = []
        var quotedSentences = Set<Int>()
        var previous: (paragraph: Int, speaker: Speaker?, continues: Bool)? = nil
        for span in spans {
            let para = doc.paragraphs[span.paragraph]
            let sIndex = doc.sentenceIndex(ofToken: span.open)
            let sentence = doc.sentences[sIndex]
            let ps = para.tokens.lowerBound, pe = para.tokens.upperBound
            let prev = span.open > ps ? span.open - 1 : nil
            let first = span.content.lowerBound
            let direct: Bool = {
                guard let p = prev else { return true }
                if p < sentence.tokens.lowerBound || span.open == sentence.tokens.lowerBound { return true }
                if norms[p] == ":" { return true }
                if norms[p] == "," || isCue(p, speechOnly: true) { return tokens[first].isCapitalized }
                return span.content.count >= 6 && tokens[first].isCapitalized && Segmenter.isTerminal(norms[span.content.upperBound - 1])
            }()
            var found: (Speaker, Range<Int>)? = nil
            if let close = span.close {
                // the attribution ends its sentence, which may be a later one than the opening mark's
                let limit = min(pe, close + 12)
                found = attributionAfter(close: close, limit: limit)
            }
            if found == nil {
                found = attributionBefore(span.open, sentenceStart: direct ? max(ps, sentence.tokens.lowerBound) : sentence.tokens.lowerBound, speechOnly: direct)
            }
            if !direct, found == nil, mark(span.open) == .singleOpen || mark(span.open) == .singleEither {
                continue   // single-quoted words without a cue are scare quotes
            }
            if !direct, found == nil, span.content.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || norms[$0].utf8.count <= 3 }) {
                continue   // a title or a name in quotation marks ("Morning Joe"), not a quotation
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
            if speaker == nil, direct, let prevQuote = previous, prevQuote.speaker != nil,
               prevQuote.paragraph == span.paragraph || (prevQuote.continues && prevQuote.paragraph == span.paragraph - 1 && span.open == ps) {
                speaker = prevQuote.speaker   // an unattributed quote continues its paragraph's speaker
            }
            let start = Int(tokens[span.content.lowerBound].start), end = Int(tokens[span.content.upperBound - 1].end)
            quotes.append(Quote(start: start, end: end, kind: direct ? .direct : .partial, speaker: speaker, cue: cue))
            // A quote's attribution can fix the speaker of the unattributed quotes before it in the paragraph.
            if let speaker {
                var k = quotes.count - 2
                while k >= 0, quotes[k].speaker == nil, quotes[k].kind == .direct,
                      doc.paragraphs[span.paragraph].start <= Int32(quotes[k].start) {
                    quotes[k].speaker = speaker; k -= 1
                }
            }
            previous = (span.paragraph, speaker, span.close == nil)
            for s in doc.sentenceIndex(ofToken: span.open)...doc.sentenceIndex(ofToken: span.close ?? (span.content.upperBound - 1)) where direct {
                quotedSentences.insert(s)
            }
        }
        quotes.append(contentsOf: indirect(skipping: quotedSentences))
        quotes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return quotes
    }

    /// Reported speech without quotation marks.
    func indirect(skipping quoted: Set<Int>) -> [Quote] {
        var out: [Quote] = []
        for (sIndex, sentence) in doc.sentences.enumerated() where !quoted.contains(sIndex) {
            let s = sentence.tokens.lowerBound, e = sentence.tokens.upperBound
            var end = e
            while end > s, tokens[end - 1].kind == .quote || Segmenter.isTerminal(norms[end - 1]) { end -= 1 }
            var c = s
            while c < end {
                defer { c += 1 }
                guard cls[c].contains(.speechCue), let cue = lex.cues[norms[c]], norms[c] != cue.lemma,
                      !norms[c].hasSuffix("ing") else { continue }
                // '…, X said.' / '…, said X.' at the end of the sentence
                if c + 3 >= end, c > s + 3 {
                    if let r = speakerBackward(c, floor: s, bare: true), r.lowerBound > s + 2, norms[r.lowerBound - 1] == "," {
                        out.append(Quote(start: Int(tokens[s].start), end: Int(tokens[r.lowerBound - 2].end), kind: .indirect, speaker: speaker(r), cue: tokens[c].range))
                        break
                    }
                    if norms[c - 1] == ",", let r = speakerForward(c + 1, limit: end, bare: false), r.upperBound == end {
                        out.append(Quote(start: Int(tokens[s].start), end: Int(tokens[c - 2].end), kind: .indirect, speaker: speaker(r), cue: tokens[c].range))
                        break
                    }
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
                if ["in", "on", "at", "by", "to", "for", "with", "from", "after", "before", "during", "of", "as", "it", "so", "about"].contains(head) { continue }
                out.append(Quote(start: Int(tokens[k].start), end: Int(tokens[end - 1].end), kind: .indirect, speaker: speaker(r), cue: tokens[c].range))
                break
            }
        }
        return out
    }
}
