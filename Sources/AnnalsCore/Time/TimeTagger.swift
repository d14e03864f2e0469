/// Finds time expressions and normalizes them to TIMEX3 against the
/// publication date.
///
/// Two phases, as in HeidelTime: `TimeGrammar` matches the expression over
/// tokens (longest match at each token) and extracts an under-specified
/// value; `TimeResolver` places it against the publication date and the
/// clause's tense. The words come from `Data/time/*.tsv` (`TimeLexicon`).
///
/// Numeric dates follow the US convention, month/day/year ("12/11/2022" is
/// December 11), unless the first number is over 12 ("25/12/2022").
public struct TimeTagger: Sendable {
    public let lexicon: TimeLexicon
    /// The lexicon's entries by word id (`Document.wordIDs`), filled by `register(into:)`.
    private var entryOfWord = WordIndex()
    /// Every token of every phrase by word id, phrase `p`'s from `phraseTokenStart[p]`
    /// (`phraseTokenByForm` for a dash or quotation mark, which documents give no id),
    /// filled by `register(into:)`: the grammar matches a phrase's tokens by id.
    private var phraseTokenIDs: [Int32] = []
    private var phraseTokenStart: [Int32] = []
    /// A phrase token compared by its form.
    static let phraseTokenByForm: Int32 = -2

    public init(lexicon: TimeLexicon) { self.lexicon = lexicon }

    /// Marks the forms `TimeLexicon.word` answers for, so that a document
    /// looks up only those tokens, and gives every form of the lexicon
    /// (context-only words too, without a class) an id: the grammar then
    /// reads a token's entry by its id instead of hashing its string.
    public mutating func register(into classes: inout WordClasses) {
        entryOfWord = WordIndex()
        for (form, entry) in lexicon.index {
            let id = classes.add(form, lexicon.words[Int(entry)].contextOnly ? [] : .timeWord)
            entryOfWord[id] = entry
        }
        // (a phrase's tokens are registered without a class: only an id)
        phraseTokenIDs = []
        phraseTokenStart = []
        for ph in lexicon.phrases {
            phraseTokenStart.append(Int32(phraseTokenIDs.count))
            for t in ph.tokens {
                phraseTokenIDs.append(t == "-" || t == "\"" || t == "'" ? Self.phraseTokenByForm : classes.add(t, []))
            }
        }
    }

    /// Loads the built-in lexicon; throws `KnowledgeError` (`file:line: message`).
    public static func builtIn() throws -> TimeTagger { TimeTagger(lexicon: try .builtIn()) }

    /// The time expressions of `doc`, in text order, without overlaps.
    /// - Complexity: linear in the number of tokens.
    public func tag(_ doc: Document) -> [TimeExpression] {
        guard !doc.tokens.isEmpty else { return [] }
        return grammar(doc).run()
    }

    /// The grammar over `doc` with this tagger's entries by word id (tests read its rules one by one).
    func grammar(_ doc: Document) -> TimeGrammar {
        TimeGrammar(doc: doc, lexicon: lexicon, entryOfWord: entryOfWord, phraseTokenIDs: phraseTokenIDs, phraseTokenStart: phraseTokenStart)
    }
}
