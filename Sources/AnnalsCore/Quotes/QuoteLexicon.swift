/// The words the quote layer knows: cues, titles, the heads of names that
/// are not people and the function words it tests around speakers. Loaded
/// from `Data/quotes/`.
public final class QuoteLexicon: Sendable {
    public enum CueClass: Sendable, Equatable { case speech, evaluative }
    public struct Cue: Sendable, Equatable {
        public var lemma: String
        public var cls: CueClass
    }

    public let cues: [String: Cue]
    public let titles: Set<String>
    public let nonPersonHeads: Set<String>
    /// Given name → female (true) or male (`quotes/given-names.tsv`).
    public let givenNames: [String: Bool]

    // The function words (`quotes/function-words.tsv`; the file says what each class is for).
    let pronouns: Set<String>
    let personPronouns: Set<String>
    let groupPronouns: Set<String>
    let male: Set<String>
    let female: Set<String>
    let determiners: Set<String>
    let adverbs: Set<String>
    let notNames: Set<String>
    let lyNouns: Set<String>
    let coordinators: Set<String>
    let prepositions: Set<String>
    let clauseWords: Set<String>
    let descriptors: Set<String>
    let innerWords: Set<String>
    let nounMarkers: Set<String>
    let placeOpeners: Set<String>
    let speakerSeparators: Set<String>
    /// Lowercase particles inside a person's name (`text/name-words.tsv`, shared with the actor layer).
    let nameParticles: Set<String>

    public init(cues cueFile: DataFile, titles titleFile: DataFile, nonPersonHeads headFile: DataFile,
                functionWords wordFile: DataFile, nameWords nameFile: DataFile, givenNames givenFile: DataFile) throws {
        var cues: [String: Cue] = [:]
        for line in cueFile.lines {
            guard line.fields.count == 3 else {
                throw cueFile.error(line, "expected 3 tab-separated fields (form, lemma, class), found \(line.fields.count)")
            }
            let form = String(line.fields[0]), lemma = String(line.fields[1])
            guard !form.isEmpty, form == form.lowercased(), !form.contains(" ") else {
                throw cueFile.error(line, "form '\(form)' must be one lowercase word")
            }
            guard !lemma.isEmpty else { throw cueFile.error(line, "empty lemma") }
            let cls: CueClass
            switch line.fields[2] {
            case "speech": cls = .speech
            case "evaluative": cls = .evaluative
            default: throw cueFile.error(line, "unknown class '\(line.fields[2])' (speech or evaluative)")
            }
            if let old = cues[form], old.lemma != lemma || old.cls != cls {
                throw cueFile.error(line, "form '\(form)' is already listed with another lemma or class")
            }
            cues[form] = Cue(lemma: lemma, cls: cls)
        }
        self.cues = cues
        titles = try QuoteLexicon.words(titleFile)
        nonPersonHeads = try QuoteLexicon.words(headFile)
        givenNames = try QuoteLexicon.givenNames(givenFile)
        var words = try WordClassFile(wordFile)
        pronouns = try words.take("pronoun")
        personPronouns = try words.take("person-pronoun")
        groupPronouns = try words.take("group-pronoun")
        male = try words.take("male")
        female = try words.take("female")
        for sex in ["male", "female"] {
            try words.require(sex, "must be a person pronoun or a title of quotes/titles.tsv") { [personPronouns, titles] w in
                personPronouns.contains(w) || titles.contains(w)
            }
        }
        determiners = try words.take("determiner")
        adverbs = try words.take("adverb")
        notNames = try words.take("not-name")
        lyNouns = try words.take("ly-noun")
        coordinators = try words.take("coordinator")
        prepositions = try words.take("preposition")
        clauseWords = try words.take("clause-word")
        descriptors = try words.take("descriptor")
        innerWords = try words.take("inner-word")
        nounMarkers = try words.take("noun-marker")
        placeOpeners = try words.take("place-opener")
        speakerSeparators = try words.take("speaker-separator")
        try words.finish()
        var names = try WordClassFile(nameFile)
        nameParticles = try names.take("name-particle")
        try names.finish()
    }

    static func words(_ file: DataFile) throws -> Set<String> {
        var out = Set<String>()
        for line in file.lines {
            guard line.fields.count == 1, !line.fields[0].isEmpty, !line.fields[0].contains(" ") else {
                throw file.error(line, "expected one word")
            }
            let w = String(line.fields[0])
            guard w == w.lowercased() else { throw file.error(line, "'\(w)' must be lowercase") }
            guard out.insert(w).inserted else { throw file.error(line, "duplicate word '\(w)'") }
        }
        return out
    }

    static func givenNames(_ file: DataFile) throws -> [String: Bool] {
        var out: [String: Bool] = [:]
        for line in file.lines {
            guard line.fields.count == 2 else {
                throw file.error(line, "expected 2 tab-separated fields (name, sex), found \(line.fields.count)")
            }
            let w = String(line.fields[0])
            guard !w.isEmpty, !w.contains(" "), w == w.lowercased() else { throw file.error(line, "name '\(w)' must be one lowercase word") }
            let female: Bool
            switch line.fields[1] {
            case "m": female = false
            case "f": female = true
            default: throw file.error(line, "unknown sex '\(line.fields[1])' (m or f)")
            }
            guard out.updateValue(female, forKey: w) == nil else { throw file.error(line, "'\(w)' is listed twice") }
        }
        return out
    }

    public static func builtIn() throws -> QuoteLexicon {
        try QuoteLexicon(cues: .builtIn("quotes/cues.tsv"), titles: .builtIn("quotes/titles.tsv"),
                         nonPersonHeads: .builtIn("quotes/non-person-heads.tsv"),
                         functionWords: .builtIn("quotes/function-words.tsv"), nameWords: .builtIn("text/name-words.tsv"),
                         givenNames: .builtIn("quotes/given-names.tsv"))
    }
}
