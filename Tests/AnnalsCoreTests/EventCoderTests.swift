import Testing
@testable import AnnalsCore

/// Table tests for the event coder: sentences written for these tests,
/// the CAMEO code, source, target and date expected, and counter-examples.
@Suite struct EventCoderTests {
    static let engine = try! Annals()

    static func events(_ text: String, date: String = "2022-12-25") -> [(code: String, src: [String], tgt: [String], date: String?, negated: Bool, basis: Event.DateBasis)] {
        let a = engine.analyze(Article(id: "t", date: CivilDate(iso: date), text: text))
        return a.events.map { e in
            (e.cameo.code, e.sources.map { a.actors[$0].name }, e.targets.map { a.actors[$0].name }, e.date.value, e.negated, e.date.basis)
        }
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var code: String
        var src: String?
        var tgt: String?
        var date: String?
        var testDescription: String { String(text.prefix(60)) }
    }

    static let rows: [Row] = [
        Row(text: "French President Emmanuel Macron phoned Ilham Aliyev on Friday.", code: "041", src: "Emmanuel Macron", tgt: "Ilham Aliyev", date: "2022-12-23"),
        Row(text: "Vladimir Putin spoke by phone with Emmanuel Macron on Saturday.", code: "041", src: "Vladimir Putin", tgt: "Emmanuel Macron", date: "2022-12-24"),
        Row(text: "Macron urged Baku to reopen the road.", code: "020", src: "Emmanuel Macron", tgt: "Azerbaijan", date: "2022-12-25"),
        Row(text: "Azerbaijani forces shelled Armenian villages on December 12.", code: "194", src: "Azerbaijani forces", tgt: nil, date: "2022-12-12"),
        Row(text: "Police arrested 12 protesters on Tuesday.", code: "173", src: "Police", tgt: nil, date: "2022-12-20"),
        Row(text: "Armenian protesters held a rally in the capital.", code: "141", src: "Armenian protesters", tgt: nil, date: "2022-12-25"),
        Row(text: "The Russian government condemned the Turkish government.", code: "110", src: "Russian government", tgt: "Turkish government", date: "2022-12-25"),
        // a parenthesis inside a wildcard counts as nothing (ACLED notes name the district and region)
        Row(text: "Nigerian troops recaptured Damasak (Mobbar, Borno) from ISWAP fighters on Monday.", code: "192", src: "Nigerian troops", tgt: "ISWAP fighters", date: "2022-12-19"),
        // a counterpart with no name
        Row(text: "The Indian prime minister met his Japanese counterpart in Tokyo on Monday.", code: "040", src: "Indian prime minister", tgt: nil, date: "2022-12-19"),
        Row(text: "Brazilian Finance Minister Dilson Funaro met his Swiss counterpart Otto Stich on Monday.", code: "040", src: "Dilson Funaro", tgt: "Otto Stich", date: "2022-12-19"),
        // weapons named as the subject; victims the actor base does not name; an adverb inside a passive
        Row(text: "Drones hit a truck carrying fuel near the border.", code: "1952", src: nil, tgt: nil, date: "2022-12-25"),
        Row(text: "Government artillery pounded rebel-held neighbourhoods of Aleppo.", code: "194", src: nil, tgt: nil, date: "2022-12-25"),
        Row(text: "Police beat a street vendor in Lagos.", code: "182", src: "Police", tgt: nil, date: "2022-12-25"),
        Row(text: "A woman activist was sexually abused by men in uniform at a checkpoint.", code: "1821", src: nil, tgt: nil, date: "2022-12-25"),
        Row(text: "Syrian government forces took back the village of Kafr Nabudah from rebels.", code: "192", src: "Syrian government forces", tgt: nil, date: "2022-12-25"),
        Row(text: "Houthi rebels captured several districts in Marib province.", code: "192", src: nil, tgt: nil, date: "2022-12-25"),
        // people named after what they belong to act, not the place, person or party after "of";
        // counter-examples: forces and the president are no such people
        Row(text: "Residents of Yerevan protested against the rise of electricity prices.", code: "140", src: "Residents", tgt: nil, date: "2022-12-25"),
        Row(text: "Supporters of Nikol Pashinyan blocked streets in Yerevan.", code: "144", src: "Supporters", tgt: nil, date: "2022-12-25"),
        Row(text: "Forces of the Transitional Council attacked the town.", code: "180", src: "Transitional Council", tgt: nil, date: "2022-12-25"),
        Row(text: "Supporters of the opposition party rallied in Tbilisi.", code: "141", src: "opposition party", tgt: nil, date: "2022-12-25"),
    ]

    @Test(arguments: rows)
    func codes(_ row: Row) {
        let found = Self.events(row.text)
        let e = found.first { $0.code == row.code }
        #expect(e != nil, "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt)" })")
        if let src = row.src { #expect(e?.src.contains(src) == true, "sources: \(e?.src ?? [])") }
        if let tgt = row.tgt { #expect(e?.tgt.contains(tgt) == true, "targets: \(e?.tgt ?? [])") }
        #expect(e?.date == row.date)
    }

    /// A passive's object words may stand in its subject, within the clause
    /// ("a cache of arms was recovered by police"); a verb right after an
    /// article or a possessive is a noun ("dispersed a rally against the
    /// mine"), and "tear gas" is never the verb "gas".
    @Test(arguments: [
        ("A large cache of arms was recovered by police in Manipur.", "1711", true),
        ("Dozens of homes were burned down by soldiers in the village.", "1712", true),
        ("The military camp was handed over to the army by peacekeepers.", "0874", true),
        ("Responsibility for the bombing was claimed by the Pakistani Taliban.", "015", true),
        ("Fourteen hostages held by the rebels were released in Arauca.", "0841", true),
        ("Talks on weapons failed, and the document was recovered by police.", "1711", false),
        ("The raid on the offices of the opposition party drew criticism.", "173", false),
        ("Police raided the offices of the opposition party.", "173", true),
        ("Two men were arrested in a raid near the border.", "1724", false),
        ("Tear gas was fired at opposition supporters in Lusaka.", "2041", false),
    ])
    func passiveObjectsAndNounsAfterDeterminers(_ text: String, code: String, coded: Bool) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.contains(code) == coded, "\(codes)")
    }

    @Test func passiveSwapsSourceAndTarget() {
        let e = Self.events("Armenian villages were shelled by Azerbaijani forces on Monday.").first { $0.code == "194" }
        #expect(e?.src == ["Azerbaijani forces"])
    }

    @Test func negationAndRefusal() {
        #expect(Self.events("Macron did not phone Aliyev.").first?.negated == true)
        #expect(Self.events("Aliyev refused to meet Macron.").first { $0.code == "125" }?.negated == false)   // the refusal is the event
    }

    @Test func eventAnchoredOrdinalDatesTheAnchor() {
        let e = Self.events("Crowds gathered on the 14th day of the road blockade.").first { $0.code == "191" }
        #expect(e?.date == "2022-12-12")
        #expect(e?.basis == .inferred)
    }

    /// The date of the trigger's clause: a date in another clause is another
    /// event's; a date of saying only bounds the event (basis inferred).
    struct ClauseRow: CustomTestStringConvertible, Sendable {
        var text: String
        var code: String
        var date: String
        var basis: Event.DateBasis
        var testDescription: String { String(text.prefix(60)) }
    }

    static let clauseRows: [ClauseRow] = [
        // a date of saying is a last resort, after the clause's own date
        ClauseRow(text: "Police arrested 12 protesters, rights activists said on Tuesday.", code: "173", date: "2022-12-20", basis: .inferred),
        ClauseRow(text: "Police arrested 12 protesters on Monday, activists said on Tuesday.", code: "173", date: "2022-12-19", basis: .explicit),
        ClauseRow(text: "Rights groups condemned on Friday the arrest of 12 journalists on Monday.", code: "173", date: "2022-12-19", basis: .explicit),
        // a relative or "since" clause has its own time
        ClauseRow(text: "The arrests are the largest since the government passed a security law last June.", code: "173", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "Ahmed, who was arrested in 2018, was sentenced to ten years in prison on Tuesday.", code: "173", date: "2018", basis: .explicit),
        ClauseRow(text: "Ahmed, who was arrested in 2018, was sentenced to ten years in prison on Tuesday.", code: "173", date: "2022-12-20", basis: .explicit),
        // counter-examples: a preposition before the date, "when", and "the day before" keep the clause's date
        ClauseRow(text: "The journalist has been detained since December 15.", code: "173", date: "2022-12-15", basis: .explicit),
        // an open stretch of years before a noun ("pre-1990", mod BEFORE) names no event's day; a plain year does
        ClauseRow(text: "Police arrested holders of pre-1990 bonds.", code: "173", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "Police arrested holders of the bonds in 1990.", code: "173", date: "1990", basis: .explicit),
        ClauseRow(text: "Police arrested dozens of students on Friday when they marched to parliament.", code: "173", date: "2022-12-23", basis: .explicit),
        ClauseRow(text: "On December 12, the day before the talks were held, police arrested 12 protesters.", code: "173", date: "2022-12-12", basis: .explicit),
        ClauseRow(text: "Speaking in Baku on Saturday, the minister said that police arrested 12 protesters.", code: "173", date: "2022-12-24", basis: .explicit),
        ClauseRow(text: "Student leaders, who organized the march, were arrested in the capital on Friday.", code: "173", date: "2022-12-23", basis: .explicit),
        // a participle clause after the trigger has its own time; a trigger inside one shares the main clause's
        ClauseRow(text: "Police said on Saturday they detained 81 people, exceeding the total they arrested last year.", code: "173", date: "2022-12-24", basis: .inferred),
        ClauseRow(text: "Gunmen stormed a school on Wednesday, killing one student.", code: "1823", date: "2022-12-21", basis: .explicit),
        ClauseRow(text: "Police detained 81 people, including two journalists, on Wednesday.", code: "173", date: "2022-12-21", basis: .explicit),
        // "until" ends a state and dates no act; "since" dates its start
        ClauseRow(text: "No reason was given for the arrests until December 20.", code: "173", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "The activist was detained until the December 20 hearing.", code: "173", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "The activist was detained on December 18 until the December 20 hearing.", code: "173", date: "2022-12-18", basis: .explicit),
        ClauseRow(text: "The activist has been detained since December 20.", code: "173", date: "2022-12-20", basis: .explicit),
        // a date that opens the sentence dates a relative clause in it too; not an act in the past perfect,
        // in an aside set off by dashes, or after a semicolon
        ClauseRow(text: "On 21 June 2019, police detained six activists who were blocking the entrance to the mine.", code: "144", date: "2019-06-21", basis: .explicit),
        ClauseRow(text: "On 21 June 2019, activists who were blocking the road were detained by police.", code: "173", date: "2019-06-21", basis: .explicit),
        ClauseRow(text: "In December, the manager, who worked in a factory, was lynched by a mob.", code: "1823", date: "2022-12", basis: .explicit),
        ClauseRow(text: "On Monday, police arrested a man who had attacked a shop.", code: "180", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "In 2015, she described the women - who were detained in camps - as liars.", code: "173", date: "2022-12-25", basis: .publication),
        // a date in brackets the trigger is not in glosses another; a trigger in the brackets takes theirs
        ClauseRow(text: "Around 12 December 2022 (between 11 and 13 December), police arrested 12 protesters.", code: "173", date: "2022-12-12", basis: .explicit),
        ClauseRow(text: "Police arrested 12 protesters in the capital (on 13 December).", code: "173", date: "2022-12-13", basis: .explicit),
        // a span and "after" or "before": the act is the main clause's date moved by the span, at the span's unit
        ClauseRow(text: "Two years after the activist was abducted, his family marched in the capital on Sunday.", code: "181", date: "2020", basis: .explicit),
        ClauseRow(text: "His family marched in the capital on Sunday, three months after soldiers abducted him.", code: "181", date: "2022-09", basis: .explicit),
        ClauseRow(text: "The editor was freed on Thursday, a day after police detained another journalist.", code: "173", date: "2022-12-21", basis: .explicit),
        // counter-examples: the clause's own date; no other date to move (not the publication date); an approximate
        // span ("almost two decades"), whose clause still takes no date of the main clause
        ClauseRow(text: "Two years after gunmen abducted the activist on March 3, 2019, his family marched on Sunday.", code: "181", date: "2019-03-03", basis: .explicit),
        ClauseRow(text: "Ten weeks after police arrested him, the activist was moved to a prison.", code: "173", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "Almost two decades after gunmen kidnapped the journalist, a court sentenced three men on Monday.", code: "181", date: "2022-12-25", basis: .publication),
    ]

    @Test(arguments: clauseRows)
    func clauseDates(_ row: ClauseRow) {
        let found = Self.events(row.text).filter { $0.code.hasPrefix(row.code) }
        #expect(found.contains { $0.date == row.date && $0.basis == row.basis }, "events: \(found.map { "\($0.code) \($0.date ?? "-") \($0.basis)" })")
    }

    /// An act of force in the article's lead without a date of its own takes
    /// the next sentence's first date, before a date of saying of its own
    /// sentence ("…, his family said on Friday" only bounds it).
    /// Counter-examples: a next-sentence date that tells a saying, an act
    /// that is no act of force, an act after the lead, an act with a date
    /// of its own clause, and a next sentence that names another person.
    static let leadRows: [ClauseRow] = [
        ClauseRow(text: "Gunmen abducted a journalist in the capital, his family said. He was driving home on Thursday.", code: "181", date: "2022-12-22", basis: .explicit),
        ClauseRow(text: "Gunmen abducted a journalist, his family said on Friday. He was driving home on Thursday.", code: "181", date: "2022-12-22", basis: .explicit),
        ClauseRow(text: "Gunmen abducted a journalist, his family said on Friday.", code: "181", date: "2022-12-23", basis: .inferred),
        ClauseRow(text: "Gunmen abducted a journalist in the capital. His family told reporters on Thursday that he had received threats.", code: "181", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "French President Emmanuel Macron phoned Ilham Aliyev. Macron was in Brussels on Thursday.", code: "041", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "The city was calm. Shops opened. Schools reopened. Gunmen abducted a journalist in the capital. He was driving home on Thursday.", code: "181", date: "2022-12-25", basis: .publication),
        ClauseRow(text: "Gunmen abducted a journalist on Monday. He was driving home on Thursday.", code: "181", date: "2022-12-19", basis: .explicit),
        // the next sentence about the act's person, or naming an unnamed victim, dates it; about another person, not
        ClauseRow(text: "Police detained the journalist Maria Kovacs, her lawyer said. Kovacs was driving home on December 20.", code: "173", date: "2022-12-20", basis: .explicit),
        ClauseRow(text: "Gunmen abducted a man in Nairobi, his sister said. Ahmed Omar was driving home on Thursday.", code: "181", date: "2022-12-22", basis: .explicit),
        ClauseRow(text: "Police detained the journalist Maria Kovacs, her lawyer said. The lawyer Anna Petrova was visiting Baku on December 20.", code: "173", date: "2022-12-25", basis: .publication),
        // a date in the possessive before the act dates it, even after a verb of saying or blaming; elsewhere there it only bounds it
        ClauseRow(text: "The union blamed Saturday's abduction of the doctor Peter Magombeyi on hooligans. In a statement on Monday, the union called for his release.", code: "181", date: "2022-12-24", basis: .explicit),
        ClauseRow(text: "The union condemned Saturday’s abduction of the doctor Peter Magombeyi.", code: "181", date: "2022-12-24", basis: .explicit),
        ClauseRow(text: "The union blamed hooligans on Saturday for the abduction of the doctor Peter Magombeyi.", code: "181", date: "2022-12-24", basis: .inferred),
    ]

    @Test(arguments: leadRows)
    func leadActDates(_ row: ClauseRow) {
        let found = Self.events(row.text).filter { $0.code.hasPrefix(row.code) }
        #expect(found.count == 1 && found[0].date == row.date && found[0].basis == row.basis, "events: \(found.map { "\($0.code) \($0.date ?? "-") \($0.basis)" })")
    }

    /// A later report of the same event gives its date to a report dated
    /// only by the day it was said ("…, activists said on Saturday") when its
    /// own sentence states that date; a date it takes from the sentences
    /// before may be another event's. An undated report takes any stated
    /// date. (Three sentences first keep the act out of the lead.)
    static let laterReportRows: [ClauseRow] = [
        ClauseRow(text: "The city was calm. Shops opened. Schools reopened. Police detained the journalist Maria Kovacs, her lawyer said on Saturday. The city had been quiet in 2021. Kovacs was detained at a police station.",
                  code: "173", date: "2022-12-24", basis: .inferred),
        // counter-examples: the later report's own date, and an undated first report
        ClauseRow(text: "The city was calm. Shops opened. Schools reopened. Police detained the journalist Maria Kovacs, her lawyer said on Saturday. The city had been quiet in 2021. Kovacs was detained at a police station on Friday.",
                  code: "173", date: "2022-12-23", basis: .explicit),
        ClauseRow(text: "The city was calm. Shops opened. Schools reopened. Police detained the journalist Maria Kovacs. The city had been quiet on Friday. Kovacs was detained at a police station.",
                  code: "173", date: "2022-12-23", basis: .explicit),
    ]

    @Test(arguments: laterReportRows)
    func laterReportDates(_ row: ClauseRow) {
        let found = Self.events(row.text).filter { $0.code.hasPrefix(row.code) }
        #expect(found.count == 1 && found[0].date == row.date && found[0].basis == row.basis, "events: \(found.map { "\($0.code) \($0.date ?? "-") \($0.basis)" })")
    }

    /// An agency dateline's date ("ALEPPO, Dec. 24 (Xinhua) --", "CAIRO,
    /// Dec 24 —") is the day the report was filed: the sentence's own day
    /// dates the act, and without one the dateline only bounds it (basis
    /// inferred), as a date of saying does, for its sentence and the two after.
    /// Counter-examples: a date after a comma that opens a sentence and no
    /// dateline, and a dateline with no date.
    static let datelineRows: [ClauseRow] = [
        ClauseRow(text: "ALEPPO, Dec. 24 (Xinhua) -- Gunmen killed three soldiers at a checkpoint in northern Syria on Friday, a war monitor said.",
                  code: "1823", date: "2022-12-23", basis: .explicit),
        ClauseRow(text: "ADEN, Yemen, Dec. 24 (Xinhua) -- Gunmen kidnapped four aid workers in Hadramout on Thursday.",
                  code: "181", date: "2022-12-22", basis: .explicit),
        ClauseRow(text: "CAIRO, Dec 24 — Security forces detained three journalists at the office of a news website, the outlet said.",
                  code: "173", date: "2022-12-24", basis: .inferred),
        ClauseRow(text: "ALEPPO, Dec. 24 (Xinhua) -- A war monitor reported heavy fighting. Gunmen killed three soldiers at a checkpoint.",
                  code: "1823", date: "2022-12-24", basis: .inferred),
        ClauseRow(text: "On Dec. 24, gunmen killed three soldiers at a checkpoint in northern Syria, a war monitor said on Friday.",
                  code: "1823", date: "2022-12-24", basis: .explicit),
        ClauseRow(text: "ALEPPO (Xinhua) -- Gunmen killed three soldiers at a checkpoint in northern Syria on Friday.",
                  code: "1823", date: "2022-12-23", basis: .explicit),
    ]

    @Test(arguments: datelineRows)
    func datelineDates(_ row: ClauseRow) {
        let found = Self.events(row.text).filter { $0.code.hasPrefix(row.code) }
        #expect(found.contains { $0.date == row.date && $0.basis == row.basis }, "events: \(found.map { "\($0.code) \($0.date ?? "-") \($0.basis)" })")
    }

    /// An act after a word of purpose or intent and "to" ("a law designed to
    /// stamp out dissent", "an act meant to silence critics") is not reported
    /// as done: modality intent. Counter-examples: the same act reported as
    /// done, and a word of purpose that governs no "to".
    @Test(arguments: [
        ("Beijing passed a law designed to stamp out dissent.", "17", "intent"),
        ("Critics said the charge was an act meant to silence the press.", "17", "intent"),
        ("The government is seeking to detain the activist.", "17", "intent"),
        ("The government stamped out dissent in the city.", "17", nil),
        ("Police detained the designer of the campaign.", "17", nil),
    ] as [(String, String, String?)])
    func purposeIsIntent(_ text: String, _ family: String, _ modality: String?) {
        let a = Self.engine.analyze(Article(id: "t", date: CivilDate(iso: "2022-12-25"), text: text))
        let e = a.events.first { $0.cameo.code.hasPrefix(family) }
        #expect(e != nil && e?.modality == modality, "\(a.events.map { "\($0.cameo.code) \($0.modality ?? "-")" })")
    }

    /// A noun event called off is negated ("calls off Saturday rally",
    /// "cancelled the strike"); one planned or threatened has the modality
    /// intent or threat ("plan a general strike"); an act a clause denies is
    /// negated ("denied that its aircraft had bombed"); an act in a condition
    /// ("if", "unless") is possible. Counter-examples: the same events done,
    /// a bomb "set off", a denial of involvement in an attack that happened,
    /// an "if" after the trigger and a capitalized "If" opening a title.
    @Test(arguments: [
        ("Opposition calls off Saturday rally in Baku", "14", true, nil),
        ("The union cancelled the general strike.", "14", true, nil),
        ("Unions plan a general strike in Athens next week.", "14", false, "intent"),
        ("Dockers threatened a general strike over pay.", "14", false, "threat"),
        ("The defence ministry denied that its aircraft had bombed a village.", "18", true, nil),
        ("The ministry denied reports that troops had shelled the village.", "19", true, nil),
        ("Reports said troops had shelled the village.", "19", false, nil),
        ("Opposition supporters held a rally in Baku.", "14", false, nil),
        ("Unions staged a general strike in Athens.", "14", false, nil),
        ("The minister discussed the plans during a trip to Moscow.", "04", false, nil),
        ("The defence ministry said its aircraft had bombed a village.", "18", false, nil),
        ("The group denied involvement in the attack on the village.", "18", false, nil),
        ("Azerbaijan threatened to strike the plant if Armenian forces attacked the Mingachevir reservoir.", "18", false, "possible"),
        ("If convicted, the activist could face 21 years in prison.", "11", false, "possible"),
        ("The army said it would respond unless the rebels withdrew from the town.", "08", false, "possible"),
        ("Rebels attacked the town on Sunday, if the reports are true.", "18", false, nil),
        ("Her song If I Ain't Got You was banned by the regulator in Iran.", "17", false, nil),
        ("He said if the rebels attacked the town, the army would respond.", "18", false, "possible"),
        ("Reporters asked the minister if troops had attacked the town.", "18", false, nil),
        ("The ministry did not say if its aircraft had bombed the village.", "18", false, nil),
        ("The army declined to say if its troops had shelled the village.", "19", false, nil),
        ("The court will decide if the police arrested the activist lawfully.", "17", false, nil),
    ] as [(String, String, Bool, String?)])
    func notDone(_ text: String, _ family: String, _ negated: Bool, _ modality: String?) {
        let a = Self.engine.analyze(Article(id: "t", date: CivilDate(iso: "2022-12-25"), text: text))
        let e = a.events.first { $0.cameo.code.hasPrefix(family) }
        #expect(e != nil && e?.negated == negated && e?.modality == modality,
                "\(a.events.map { "\($0.cameo.code) \($0.negated) \($0.modality ?? "-")" })")
    }

    /// A capitalized trigger inside a name is a law or a body, not an event;
    /// in a headline of capitalized words, or first in a sentence, it is one.
    @Test func triggersInsideNames() {
        #expect(!Self.events("The Kidnapping Prohibition Law was passed by parliament in 2017.").contains { $0.code.hasPrefix("18") })
        #expect(!Self.events("She testified before the Committee Against Torture in Geneva.").contains { $0.code.hasPrefix("18") })
        #expect(!Self.events("Lawyers were detained in the 709 Crackdown.").contains { $0.code == "175" })
        #expect(Self.events("Police Arrest Five Activists In The Capital").contains { $0.code.hasPrefix("173") })
        #expect(Self.events("Arrested on Monday, the activist was freed on bail.").contains { $0.code.hasPrefix("173") })
        #expect(Self.events("Police arrested the activist on Monday.").contains { $0.code.hasPrefix("173") })
        // a name after the sentence's first word ("Merrill Lynch"), and a name in a sentence of many
        // names that still leaves three words or more in lowercase, is no event
        #expect(Self.events("Merrill Lynch and Goldman Sachs will manage the sale of the shares.").isEmpty)
        #expect(!Self.events("The band will play with Kasabian, Black Rebel Motorcycle Club and Bloc Party at the Leeds Festival.")
            .contains { $0.code.hasPrefix("18") })
        #expect(Self.events("Rebels Attack Army Base Near Kaya").contains { $0.code.hasPrefix("18") || $0.code.hasPrefix("19") })
    }

    /// A verb's present form that opens a sentence is no verb: news writes no
    /// imperatives outside quotations ("Shell has signed", "Phone firms are").
    @Test func presentFormOpeningASentenceIsNoVerb() {
        #expect(!Self.events("Shell has signed a gas supply deal with Qatar.").contains { $0.code.hasPrefix("19") })
        #expect(!Self.events("Phone companies must warn their customers about scams.").contains { $0.code.hasPrefix("04") })
        #expect(Self.events("Rebels shell the city every night.").contains { $0.code.hasPrefix("19") })
        #expect(Self.events("Attacked by gunmen, the convoy turned back.").contains { $0.code.hasPrefix("18") })
    }

    @Test func sameEventReportedTwiceIsOneEvent() {
        let text = "Protesters closed the corridor on December 12. The blockade of the corridor continued."
        #expect(Self.events(text).filter { $0.code.hasPrefix("19") }.count == 1)
    }

    // Counter-examples: no event, or none from these words.
    @Test(arguments: [
        "The weather was mild on Friday.",
        "\"We will fight,\" he said.",                      // speech inside a quotation is not a report
        "The Kremlin made no mention of the talks.",        // a noun's source is only its possessor
        "Shares rose 5% on Tuesday.",
    ])
    func noEvent(_ text: String) {
        let found = Self.events(text)
        #expect(found.allSatisfy { $0.src.isEmpty || !$0.code.hasPrefix("19") && !$0.code.hasPrefix("04") }, "\(found.map(\.code))")
    }

    /// A verb's bare form that modifies the noun after it names no event, and
    /// a capitalized month is no march (coded: false); counter-examples (coded:
    /// true): the bare form as a verb (after a modal, "to", an actor) or as a
    /// noun that is the event, a march that is a march. Sentences written for
    /// these tests.
    @Test(arguments: [
        ("Northway Holdings, a publicly held shell company, said it acquired the firm.", "19", false),
        ("Natural gas prices rose in the Midwest last week, Tulis said.", "20", false),
        ("The spokesman said in a telephone interview that the plan would fail.", "04", false),
        ("March/April sold at 4,340 dlrs, Smith said.", "14", false),
        ("Payable March 31, record March nine.", "14", false),
        ("Shell Transport and Trading said its profit rose.", "19", false),
        ("Ban Ki-moon said the talks would resume in Geneva.", "17", false),
        ("Emmanuel Macron will telephone Ilham Aliyev on Friday.", "04", true),
        ("Azerbaijani forces shell Armenian positions near the border.", "19", true),
        ("Brazil renewed the request today.", "02", true),
        ("Thousands of farmers joined a march to the capital.", "14", true),
        ("Armenian protesters march to parliament every day.", "14", true),
        ("Shelling hit the town of Martuni on Friday, the ministry said.", "19", true),
        ("Condemning Azerbaijan, Armenian protesters held a rally in Yerevan.", "14", true),
    ])
    func bareFormsAndMonths(_ text: String, _ family: String, _ coded: Bool) {
        let found = Self.events(text, date: "1987-03-02")
        #expect(found.contains { $0.code.hasPrefix(family) } == coded, "\(found.map(\.code))")
    }

    /// ACLED's violence against civilians has unarmed victims: the same act
    /// against soldiers is an armed clash; counter-example: a civilian victim.
    @Test(arguments: [
        ("An Armenian soldier was killed by Azerbaijani forces near Koti.", "Battles"),
        ("Azerbaijani forces killed two Armenian soldiers near the border.", "Battles"),
        ("Azerbaijani forces killed two Armenian farmers near the border.", "Violence against civilians"),
    ])
    func acledViewFollowsTheRecipient(_ text: String, _ type: String) {
        let a = Self.engine.analyze(Article(id: "t", date: CivilDate(iso: "2019-03-08"), text: text))
        let first = a.events.first { $0.cameo.acled != nil }
        #expect(first?.cameo.acled?.type == type, "\(a.events.map { "\($0.cameo.code) \($0.cameo.acled?.description ?? "-")" })")
    }

    /// Counter-examples of the weapon, victim, quantity and adverb patterns.
    @Test(arguments: [
        ("Drone sales hit a record in the third quarter.", "1952"),
        ("The team beat a side from Lagos in the final.", "182"),
        ("The report was heavily criticized by the unions.", "1821"),
        ("The company took back two of its products from the market.", "192"),
        ("The airline flew to several cities in the region.", "192"),
        ("Shares in the rocket maker fell after the launch.", "194"),
    ])
    func notThoseEvents(_ text: String, _ family: String) {
        #expect(!Self.events(text).contains { $0.code.hasPrefix(family) }, "\(Self.events(text).map(\.code))")
    }

    /// A slot written with sectors (`SRC:MIL|REB`) holds only an actor of one
    /// of them, and a pattern that writes `TGT` before its trigger takes no
    /// source from the subject: "came under fire" from an armed side, or
    /// befalling one, is fighting; from anyone else, or "for" something, it
    /// is criticism (the words "came under attack" code no assault of their own).
    @Test(arguments: [
        ("Armenian troops came under fire from Russian forces near the village.", "193", "Russian forces", "Armenian troops"),
        ("Armenian positions came under fire from Azerbaijani forces overnight.", "193", "Azerbaijani forces", nil),
        ("An Armenian army post came under fire on Tuesday night.", "193", nil, "Armenian army"),
        ("Ukrainian soldiers came under attack from Russian troops near Bakhmut.", "190", "Russian troops", "Ukrainian soldiers"),
        ("A convoy came under fire from gunmen near Kandahar.", "193", "gunmen", nil),
        ("The army came under fire from rights groups for its conduct.", "111", "rights groups", "army"),
        ("The government came under fire for its handling of the crisis.", "111", nil, "government"),
    ] as [(String, String, String?, String?)])
    func slotSectors(_ text: String, _ code: String, _ src: String?, _ tgt: String?) {
        let found = Self.events(text)
        #expect(found.map(\.code) == [code], "\(found.map { "\($0.code) \($0.src)→\($0.tgt)" })")
        #expect(found.first?.src == (src.map { [$0] } ?? []) && found.first?.tgt == (tgt.map { [$0] } ?? []),
                "\(found.map { "\($0.code) \($0.src)→\($0.tgt)" })")
        // criticism is no fighting, and the figure of speech no assault
        if code == "111" { notThoseEvents(text, "19"); notThoseEvents(text, "18") }
    }

    /// A slot before the trigger reaches its actor past a time expression
    /// ("Gunmen on Sunday raided"), so a pattern with a sector condition
    /// still codes; counter-examples: an actor of another sector, and one
    /// cut off by a clause boundary, do not fill the conditional slot.
    @Test(arguments: [
        ("Gunmen on Sunday raided a village in Borno state.", "180", "Gunmen"),
        ("Protesters on Monday occupied the main square in Yerevan.", "144", "Protesters"),
        ("Hundreds of students last week occupied the university building.", "144", "students"),
        ("Gunmen raided a village in Borno state.", "180", "Gunmen"),
        ("Police on Sunday raided a house in Kano.", nil, nil),
        ("Gunmen fled. On Sunday raided houses were searched.", nil, nil),
    ] as [(String, String?, String?)])
    func slotPastTimeExpression(_ text: String, _ code: String?, _ src: String?) {
        let found = Self.events(text)
        if let code {
            #expect(found.first?.code == code && found.first?.src == src.map { [$0] }, "\(found.map { "\($0.code) \($0.src)" })")
        } else {
            #expect(!found.contains { $0.code == "180" || $0.code == "144" }, "\(found.map { "\($0.code) \($0.src)" })")
        }
    }

    @Test func criticismIsNoAttack() {
        notThoseEvents("The prime minister came under attack from his own party.", "18")
        notThoseEvents("The prime minister came under attack from his own party.", "19")
        notThoseEvents("The minister came under fire from opposition lawmakers over the budget.", "19")
    }

    @Test func patternErrorsNameFileAndLine() throws {
        let ontology = try EventOntology.builtIn()
        let verbs = DataFile(name: "verbs.tsv", text: "")
        func load(_ text: String) throws { _ = try EventPatterns(verbs: verbs, patternFiles: [DataFile(name: "p.tsv", text: text)], ontology: ontology) }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 2, message: "unknown CAMEO code '999'")) { try load("041\t@phone TGT\n999\t@explode\n") }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 1, message: "no trigger (@verb or #noun) in 'SRC TGT'")) { try load("041\tSRC TGT\n") }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 2, message: "pattern '@phone TGT' is already at p.tsv:1")) { try load("041\t@phone TGT\n042\t@phone TGT\n") }
        #expect(throws: KnowledgeError.self) { try load("041\t@phone #call\n") }
        // a slot's sectors are PLOVER sector codes, each once
        #expect(throws: KnowledgeError(file: "p.tsv", line: 1, message: "'ARMY' in 'SRC:MIL|ARMY' is not a PLOVER sector code (\(PLOVERCodes.sectors.sorted().joined(separator: " ")))")) {
            try load("193\t@fire at TGT from SRC:MIL|ARMY\n")
        }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 1, message: "sector 'MIL' listed twice in 'TGT:MIL|MIL'")) { try load("193\tTGT:MIL|MIL @come under fire\n") }
        #expect(throws: KnowledgeError.self) { try load("193\tTGT:mil @come under fire\n") }
        #expect(throws: KnowledgeError.self) { try load("193\tTGTX @come under fire\n") }
        // each line's code is checked, whether or not the line before had a good one
        #expect(throws: KnowledgeError(file: "p.tsv", line: 3, message: "unknown CAMEO code '999'")) { try load("041\t@phone TGT\n041\t@call TGT\n999\t@explode\n") }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 2, message: "unknown CAMEO code '0411'")) { try load("041\t@phone TGT\n0411\t@call TGT\n041\t@ring TGT\n") }
        // "-" is a counter-pattern's code, and no other code is checked as one
        #expect(throws: Never.self) { try load("190\t@fight\n-\t@fight poverty\n") }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 2, message: "unknown CAMEO code '--'")) { try load("190\t@fight\n--\t@fight poverty\n") }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 2, message: "pattern '@fight poverty' is already at p.tsv:1")) {
            try load("190\t@fight poverty\n-\t@fight poverty\n")
        }
        // a repeated pattern is found after other codes and across files, and names its first place
        #expect(throws: KnowledgeError(file: "p.tsv", line: 4, message: "pattern '@phone TGT' is already at p.tsv:1")) { try load("041\t@phone TGT\n042\t@call TGT\n041\t@ring TGT\n043\t@phone TGT\n") }
        #expect(throws: KnowledgeError(file: "q.tsv", line: 1, message: "pattern '@phone TGT' is already at p.tsv:2")) {
            _ = try EventPatterns(verbs: verbs, patternFiles: [DataFile(name: "p.tsv", text: "041\t@call TGT\n041\t@phone TGT\n"),
                                                                DataFile(name: "q.tsv", text: "042\t@phone TGT\n")], ontology: ontology)
        }
    }

    /// Salience: a participle telling what happened to the people named
    /// after "of" ranks below the verb its clause goes on to report;
    /// counter-examples: a coordinated verb, an -ing form, a verb after
    /// "to", and a pronoun between "of" and the trigger leave the order.
    @Test(arguments: [
        ("Mothers of soldiers killed in the army picketed the Ministry of Defence.", "141"),
        ("Relatives of protesters detained last week rallied outside the court.", "141"),
        ("A group of gunmen attacked the village and killed three farmers.", "18"),
        ("Hundreds of supporters of the mayor blocked the road demanding his release.", "1"),
        ("The Federation of Unions said it agreed to meet the government.", "036"),
    ])
    func participleAfterOfRanksBelowItsClausesVerb(_ text: String, _ codePrefix: String) {
        let found = Self.events(text)
        #expect(found.first?.code.hasPrefix(codePrefix) == true, "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt)" })")
    }

    /// Salience: an act of repression against a named person ranks above
    /// one against a crowd or an institution; counter-examples: the
    /// person does not lift talk above violence, and without a person the
    /// earlier report keeps its place.
    @Test(arguments: [
        ("Police raided the offices of the newspaper on Monday. Police detained the journalist Maria Kovacs on Tuesday.", "173", "Maria Kovacs"),
        ("Police detained twelve protesters on Monday. Officials met the journalist Maria Kovacs on Tuesday.", "173", "protesters"),
        ("Police raided the offices of the newspaper on Monday. Police detained the newspaper's editors on Tuesday.", "173", "newspaper"),
    ] as [(String, String, String?)])
    func personRecipientIsSalient(_ text: String, _ code: String, _ target: String?) {
        let found = Self.events(text)
        #expect(found.first?.code == code, "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt)" })")
        #expect(found.first?.tgt.first == target, "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt) \($0.date ?? "")" })")
    }

    /// Salience: an act reported as done but dated after the publication
    /// date (2022-12-25) ranks below one dated before it; counter-examples:
    /// both dated before, or the later one on the publication day, keep text
    /// order, and so does an undated act.
    @Test(arguments: [
        ("Police detained the journalist Maria Kovacs on January 4, 2023. Police detained the lawyer Anna Petrova on December 20.", "Anna Petrova", "2022-12-20"),
        ("Police detained the journalist Maria Kovacs in 2023. Police detained the lawyer Anna Petrova on December 20.", "Anna Petrova", "2022-12-20"),
        ("Police detained the journalist Maria Kovacs on December 24. Police detained the lawyer Anna Petrova on December 20.", "Maria Kovacs", "2022-12-24"),
        ("Police detained the journalist Maria Kovacs on December 25. Police detained the lawyer Anna Petrova on December 20.", "Maria Kovacs", "2022-12-25"),
        ("Police detained the journalist Maria Kovacs. Police detained the lawyer Anna Petrova on December 20.", "Maria Kovacs", "2022-12-25"),
    ] as [(String, String, String)])
    func doneActDatedAfterPublicationRanksLower(_ text: String, _ target: String, _ date: String) {
        let found = Self.events(text)
        #expect(found.first?.tgt.first == target && found.first?.date == date,
                "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt) \($0.date ?? "")" })")
    }

    /// Salience: the title points at what the article is about. Soldiers'
    /// beating, reported first, ranks first by itself; the detention ranks
    /// first when the title uses one of its trigger words ("detained") or
    /// names its person or group ("Maria Kovacs", "police" for "The
    /// police"). Counter-examples: no title, a title with neither, a
    /// title that names only a country party to the detention ("Russia"),
    /// and a title word that is no trigger of the text ("arrest") nor a form
    /// of one ("details"; "detain" is one of "detained").
    @Test(arguments: [
        ("Journalist detained in the capital", "Maria Kovacs"),
        ("Maria Kovacs speaks about her week", "Maria Kovacs"),
        ("Police under fire in the capital", "Maria Kovacs"),
        (nil, "Anna Petrova"),
        ("A long week in the capital", "Anna Petrova"),
        ("Russia under fire in the capital", "Anna Petrova"),
        ("Journalist arrest in the capital", "Anna Petrova"),
        // another form of a trigger word points at its event; a word that only looks like one does not
        ("Police detain journalist in the capital", "Maria Kovacs"),
        ("Journalist details her week in the capital", "Anna Petrova"),
    ] as [(String?, String)])
    func titlePointsAtItsEvent(_ title: String?, _ target: String) {
        let texts = [
            "Soldiers beat the lawyer Anna Petrova on Monday. The police detained the journalist Maria Kovacs on Tuesday. The city was quiet afterwards. Shops stayed open.",
            "Soldiers beat the lawyer Anna Petrova on Monday. Russia detained the journalist Maria Kovacs on Tuesday. The city was quiet afterwards. Shops stayed open.",
        ]
        let text = title?.hasPrefix("Russia") == true ? texts[1] : texts[0]
        let a = Self.engine.analyze(Article(id: "t", date: CivilDate(iso: "2022-12-25"), title: title, text: text))
        let found = a.events.map { e in (e.cameo.code, e.sources.map { a.actors[$0].name }, e.targets.map { a.actors[$0].name }) }
        #expect(found.first?.2.first == target, "events: \(found.map { "\($0.0) \($0.1)→\($0.2)" })")
        #expect(found.count == 2, "events: \(found.map { "\($0.0) \($0.1)→\($0.2)" })")
    }

    /// Salience: an act of the kind the title names outranks an act of force
    /// on a named person reported before it ("Dozens detained in the
    /// capital": the detention, reported second). Counter-examples: a title
    /// that names neither act, or the beating ("Lawyer beaten in the
    /// capital"), and no title: the beating, reported first, keeps its place.
    @Test(arguments: [
        ("Dozens detained in the capital", "173"),
        ("Police detain dozens in the capital", "173"),
        ("Lawyer beaten in the capital", "182"),
        ("A long week in the capital", "182"),
        (nil, "182"),
    ] as [(String?, String)])
    func titleActOutranksAnEarlierAct(_ title: String?, _ code: String) {
        let text = "Soldiers beat the lawyer Anna Petrova on Monday. Police detained dozens of students on Tuesday. The city was quiet afterwards. Shops stayed open."
        let a = Self.engine.analyze(Article(id: "t", date: CivilDate(iso: "2022-12-25"), title: title, text: text))
        let found = a.events.map { e in (e.cameo.code, e.targets.map { a.actors[$0].name }) }
        #expect(found.first?.0.hasPrefix(code) == true, "events: \(found.map { "\($0.0)→\($0.1)" })")
        #expect(found.count == 2, "events: \(found.map { "\($0.0)→\($0.1)" })")
    }

    /// Salience: an act told in a relative clause set off by a comma
    /// ("Anna Petrova, who was arrested by police in 2019, …") tells about a
    /// participant; the main clause tells the news. Counter-examples: a
    /// relative clause without a comma (it defines whom the sentence is
    /// about) and the same act told in a main clause keep their place.
    @Test(arguments: [
        ("Soldiers beat the lawyer Anna Petrova, who was arrested by police in 2019, in the capital.", "182"),
        ("Soldiers beat the lawyer Anna Petrova who was arrested by police in 2019 in the capital.", "173"),
        ("Police arrested the lawyer Anna Petrova in 2019, and soldiers beat the journalist Maria Kovacs in the capital.", "173"),
    ] as [(String, String)])
    func asideClauseActRanksLower(_ text: String, _ code: String) {
        let found = Self.events(text)
        #expect(found.first?.code.hasPrefix(code) == true, "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt) \($0.date ?? "")" })")
        #expect(found.count == 2, "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt) \($0.date ?? "")" })")
    }

    /// The subject before a verb passes over a relative clause set off by
    /// commas: it tells about the subject and names none of its own ("Anna
    /// Petrova, who was beaten by soldiers in 2019, was arrested": Anna
    /// Petrova, not the soldiers). Counter-examples: a trigger inside the
    /// clause keeps the clause's own actors, and a subject after the clause
    /// is found as before.
    @Test(arguments: [
        ("The lawyer Anna Petrova, who was beaten by soldiers in 2019, was arrested by police on Monday.", "173", ["police"], ["Anna Petrova"]),
        ("Police, who were called by residents, arrested the journalist Maria Kovacs on Monday.", "173", ["Police"], ["Maria Kovacs"]),
        ("The lawyer Anna Petrova, who was beaten by soldiers in 2019, was arrested by police on Monday.", "182", ["soldiers"], ["Anna Petrova"]),
        ("The lawyer Anna Petrova, who lives in the capital, said police arrested the journalist Maria Kovacs on Monday.", "173", ["police"], ["Maria Kovacs"]),
    ] as [(String, String, [String], [String])])
    func subjectPassesOverAsideClause(_ text: String, _ code: String, _ src: [String], _ tgt: [String]) {
        let found = Self.events(text).filter { $0.code.hasPrefix(code) }
        #expect(found.count == 1 && found[0].src == src && found[0].tgt == tgt,
                "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt)" })")
    }

    /// The subject before a verb passes over an actor inside a relative
    /// clause without commas that has words of its own before the actor
    /// ("the lawyer Anna Petrova who criticized Vladimir Putin was
    /// arrested": Anna Petrova, not Vladimir Putin; with no actor before
    /// "who", none). Counter-examples: an actor right after the pronoun is
    /// the clause's subject ("the journalist who police arrested"), an actor
    /// right before the trigger (-ly adverbs between) or before "to" and the
    /// trigger is its subject even inside such a clause, another clause
    /// opener between starts a clause of its own, and a capitalized "Who" is
    /// a name's.
    @Test(arguments: [
        ("The lawyer Anna Petrova who criticized Vladimir Putin was arrested by police on Monday.", "173", ["police"], ["Anna Petrova"]),
        ("A lawyer who criticized Vladimir Putin was arrested by police on Monday.", "173", ["police"], []),
        ("The journalist Maria Kovacs who wrote about Vladimir Putin was detained on Monday.", "173", [], ["Maria Kovacs"]),
        ("Maria Kovacs, the journalist who police arrested on Monday, was released.", "173", ["police"], []),
        ("Residents who said police beat the lawyer Anna Petrova on Monday were questioned.", "182", ["police"], ["Anna Petrova"]),
        ("Residents who said police brutally beat the lawyer Anna Petrova on Monday were questioned.", "182", ["police"], ["Anna Petrova"]),
        ("Residents who fled after police had beaten the lawyer Anna Petrova on Monday were questioned.", "182", ["police"], ["Anna Petrova"]),
        ("A fan of Doctor Who and Vladimir Putin was arrested by police on Monday.", "173", ["police"], ["Vladimir Putin"]),
    ] as [(String, String, [String], [String])])
    func subjectPassesOverRestrictiveRelativeClause(_ text: String, _ code: String, _ src: [String], _ tgt: [String]) {
        let found = Self.events(text).filter { $0.code.hasPrefix(code) }
        #expect(found.count == 1 && found[0].src == src && found[0].tgt == tgt,
                "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt)" })")
    }

    /// Salience: a court step (a sentence, a charge) is coded with arrests
    /// but is no act of force; reported first, it ranks below the arrest
    /// reported after it. Counter-examples: beside talk it still ranks
    /// first, and an act of force reported first keeps its place.
    @Test(arguments: [
        ("A court sentenced the lawyer Anna Petrova to five years on Monday. Police arrested the journalist Maria Kovacs on Tuesday. The city was quiet afterwards. Shops stayed open.", "Maria Kovacs"),
        ("Prosecutors charged the lawyer Anna Petrova with fraud on Monday. Police arrested the journalist Maria Kovacs on Tuesday. The city was quiet afterwards. Shops stayed open.", "Maria Kovacs"),
        ("A court sentenced the lawyer Anna Petrova to five years on Monday. Officials met the journalist Maria Kovacs on Tuesday. The city was quiet afterwards. Shops stayed open.", "Anna Petrova"),
        ("Police beat the lawyer Anna Petrova on Monday. Police arrested the journalist Maria Kovacs on Tuesday. The city was quiet afterwards. Shops stayed open.", "Anna Petrova"),
    ] as [(String, String)])
    func courtStepRanksBelowForce(_ text: String, _ target: String) {
        let found = Self.events(text)
        #expect(found.first?.tgt.first == target, "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt) \($0.date ?? "")" })")
    }

    /// The days a calendar value covers (day numbers), and values without a span.
    @Test(arguments: [
        ("2019", "2019-01-01", "2019-12-31"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2019-04-06", "2019-04-06", "2019-04-06"),
        ("2019-04-06T14:00", "2019-04-06", "2019-04-06"),
        ("2021-07-21TEV", "2021-07-21", "2021-07-21"),
        ("2021-W14", "2021-04-05", "2021-04-11"),
        ("2021-W14-WE", "2021-04-05", "2021-04-11"),
    ])
    func dateSpans(_ value: String, _ first: String, _ last: String) {
        let span = EventDateSpan.days(of: value)
        #expect(span?.lowerBound == CivilDate(iso: first)?.dayNumber && span?.upperBound == CivilDate(iso: last)?.dayNumber)
    }

    @Test(arguments: ["195", "PAST_REF", "P3D", "2020-SU", "2021-13", "20x1", ""])
    func valuesWithoutDateSpan(_ value: String) {
        #expect(EventDateSpan.days(of: value) == nil)
    }

    @Test func verbForms() {
        let none: [String: [[String]]] = [:]
        #expect(EventPatterns.verbForms("shell", irregular: none).past == ["shelled"])
        #expect(EventPatterns.verbForms("urge", irregular: none).ing == ["urging"])
        #expect(EventPatterns.verbForms("deny", irregular: none).third == ["denies"])
        #expect(EventPatterns.verbForms("free", irregular: none).ing == ["freeing"])
        #expect(EventPatterns.nounForms("rally") == ["rally", "rallies"])
    }

    /// Compound actors: every conjunct of a coordinated subject is a source of
    /// the one event, in text order; a comma alone joins nothing (an apposition).
    @Test(arguments: [
        ("France and Germany urged Russia to withdraw its troops.", ["France", "Germany"]),
        ("Iran, Iraq and Syria signed an agreement with Turkey.", ["Iran", "Iraq", "Syria"]),
        ("Armenian and Azerbaijani troops clashed near the border.", ["Armenian troops", "Azerbaijani troops"]),
        ("Talks between Russia and Ukraine resumed, and Germany urged restraint.", ["Germany"]),
    ])
    func coordinatedSources(_ text: String, _ sources: [String]) {
        let found = Self.events(text).map(\.src)
        #expect(found.contains(sources), "sources: \(found)")
        #expect(!found.contains { $0.count > sources.count })
    }

    /// A participle after an article or a possessive is an adjective: it reports no act
    /// there ("the detained mayor"); the same verb after a subject does.
    @Test(arguments: [
        ("Hundreds of people gathered outside the court in support of the detained mayor.", "173", false),
        ("Relatives of a killed soldier blocked the road to the base.", "1823", false),
        ("Police detained the mayor outside the court.", "173", true),
        ("It received approval from the court and detained the mayor.", "173", true),
        // after a preposition or at the sentence's start, before a word that is no function word
        ("The union launched a campaign in support of jailed PKK leader Abdullah Ocalan.", "173", false),
        ("Activists held a vigil for slain human rights defender Zara Alvarez in Bacolod.", "1823", false),
        ("Jailed activist Loujain al-Hathloul appeared before a terrorism court.", "173", false),
        ("Police on Monday jailed activist Loujain al-Hathloul for two years.", "173", true),
        ("Police detained Belarusian blogger Ihar Losik in Minsk.", "173", true),
        ("Detained for three days, the reporter was released on bail.", "173", true),
        ("Killed were two soldiers and a policeman.", "1823", true),
    ])
    func participleAsAdjective(_ text: String, _ code: String, _ coded: Bool) {
        let found = Self.events(text)
        #expect(found.contains { $0.code == code } == coded, "events: \(found.map(\.code))")
    }

    /// A verb joined to the verb before it by "and" shares its subject
    /// ("students clashed with police and vandalized buses": the students
    /// vandalized), not the actor named as the first verb's object.
    /// The same holds for a participle clause after a comma ("…, killing 66").
    /// Counter-examples: a clause with a subject of its own after "and"
    /// keeps it, and with no actor between the verbs nothing changes.
    @Test(arguments: [
        ("Students clashed with police and vandalized buses in Nairobi.", "1712", ["Students"]),
        ("Police arrested the journalist Maria Kovacs and beat two drivers.", "182", ["Police"]),
        ("Protesters threw stones at the police and police beat the protesters.", "175", ["police"]),
        ("Soldiers entered the village and torched several houses.", "1712", ["Soldiers"]),
        // a participle clause after a comma: the main clause's subject, not its object
        ("Gunmen opened fire on worshippers at a mosque on Friday, killing 66 people.", "1823", ["Gunmen"]),
        ("Rebels ambushed an army convoy near the border, killing four soldiers.", "1823", ["Rebels"]),
    ] as [(String, String, [String])])
    func verbsJoinedByAndShareTheirSubject(_ text: String, _ code: String, _ src: [String]) {
        let found = Self.events(text).filter { $0.code.hasPrefix(code) }
        #expect(found.count == 1 && found[0].src == src, "events: \(found.map { "\($0.code) \($0.src)→\($0.tgt)" })")
    }

    /// A third party that blames someone for an attack, or attributes one to
    /// them, accuses them (CAMEO 112); only the author's own claim is a claim
    /// of responsibility (015).
    @Test(arguments: [
        ("Police blamed the Kurdistan Workers' Party for the blast in Ankara.", "112"),
        ("The government accused Boko Haram of carrying out the massacre.", "112"),
        ("Authorities attributed the bombing to a local cell of the Islamic State group.", "112"),
        ("The Islamic State group claimed responsibility for the bombing.", "015"),
    ] as [(String, String)])
    func blameIsAnAccusationNotAClaim(_ text: String, _ family: String) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.contains { $0.hasPrefix(family) }, "\(codes)")
        if family == "112" { #expect(!codes.contains { $0.hasPrefix("015") }, "\(codes)") }
    }

    /// A noun written with a hyphen ("sit-in", "ill-treatment") is coded: the
    /// tokenizer splits it ("sit", "-", "in"), and a pattern's hyphen is no
    /// anchor the coder could look for after the trigger. Counter-examples:
    /// the parts without the hyphen name no such act.
    @Test(arguments: [
        ("Teachers began an indefinite sit-in at the education ministry over unpaid salaries.", "144", true),
        ("Students held sit-ins at three universities on Monday.", "144", true),
        ("Teachers sit in the staff room at lunchtime.", "144", false),
        ("Rights groups documented the ill-treatment of detainees at the prison.", "1822", true),
        ("The patient was ill, and treatment began on Monday.", "1822", false),
        ("The army launched a counter-offensive near Kharkiv on Tuesday.", "190", true),
        ("The army posted a counter-argument online.", "190", false),
        ("Officials condemned the hostage-taking at the embassy.", "181", true),
    ] as [(String, String, Bool)])
    func hyphenatedNounsAreCoded(_ text: String, _ code: String, _ coded: Bool) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.contains(code) == coded, "\(codes)")
    }

    /// A trigger among the words of another event's pattern in its sentence,
    /// coding the same CAMEO root, is that report's word, not an event of its
    /// own ("staged a sit-in": one protest, whoever staged it). A trigger
    /// inside a pattern of another root still codes ("broke up a sit-in": the
    /// repression and the sit-in), and so does one after the match ends.
    @Test(arguments: [
        ("Traders staged a sit-in outside the Karachi Stock Exchange.", "14", 1),
        ("Nurses of the Mater hospital staged a sit-in outside the health ministry.", "14", 1),
        ("Security forces broke up a sit-in by unemployed graduates in Rabat.", "14", 1),
        ("Security forces broke up a sit-in by unemployed graduates in Rabat.", "17", 1),
        ("Traders staged a sit-in on Monday, and dockers went on strike on Tuesday.", "14", 2),
    ] as [(String, String, Int)])
    func triggerInsideAMatchIsItsWord(_ text: String, _ root: String, _ count: Int) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.filter { $0.hasPrefix(root) }.count == count, "\(codes)")
    }

    /// The passive of a violent act (CAMEO roots 18-20) names in its subject
    /// what was hurt or taken: a subject headed by a word of `not-patient`
    /// (a deal, a record, footage, a warrant, attempts), also before a
    /// preposition opening its postmodifier ("the deal with Hutton was
    /// struck"), or a score after the verb (a game), codes no act of force.
    /// Counter-examples: people, a town, a man shot, men "in the car" and
    /// soldiers "with the convoy"; and the same verbs with a victim.
    @Test(arguments: [
        ("Purolator had been for sale before a deal was struck with Hutton on Friday.", "19", false),
        ("Seventy search warrants were executed in the US, Britain and Australia.", "18", false),
        ("But its record was beaten by a Japanese robot.", "18", false),
        ("Principal footage was shot in Morocco and Rome.", "19", false),
        ("The number of instructions that can be executed at once doubles.", "18", false),
        ("England were beaten 11-9 by Wales in their opener in Cardiff.", "18", false),
        ("Santoro was beaten 6-3 6-0 by Davydenko.", "18", false),
        ("Armenia beat Georgia 2-1 in a friendly in Yerevan.", "18", false),
        ("England beat Fiji 26-21 in a dramatic final in Dubai.", "18", false),
        ("Gunmen killed 10-15 villagers in an attack on Sunday.", "18", true),
        ("Police beat two journalists in Yerevan on Sunday.", "18", true),
        ("Four soldiers were killed when their vehicle hit a mine near Gao.", "18", true),
        ("The town of Diffa was recaptured by Nigerien troops on Wednesday.", "19", true),
        ("A man was shot in the thigh outside a hotel in New York.", "19", true),
        ("Two journalists were beaten by police at the protest.", "18", true),
        ("Three villagers who had been executed by the militants were buried on Sunday.", "18", true),
        ("Purolator had been for sale for some time before the deal with Hutton was struck Friday.", "19", false),
        ("Finally, a deal to turn it into a sport and entertainment venue was struck.", "19", false),
        ("Attempts by the rebels to cross the river were repelled by the army.", "19", false),
        ("Two men in the car were shot by police at a checkpoint.", "19", true),
        ("Soldiers with the convoy were attacked by gunmen near Gao.", "18", true),
    ] as [(String, String, Bool)])
    func violentPassiveNeedsAVictim(_ text: String, _ root: String, _ coded: Bool) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.contains { $0.hasPrefix(root) } == coded, "\(codes)")
    }

    /// An agreement whose sentence goes on to tell the fighting it came after
    /// ("after", "following") ranks above that fighting: it is the news.
    /// Counter-examples: fighting told first, despite an agreement; an
    /// agreement with no fighting after "after".
    @Test(arguments: [
        ("Armenia and Azerbaijan agreed a ceasefire after clashes killed 12 soldiers.", "0871"),
        ("Rival militias in Tripoli agreed to a truce following two days of heavy fighting.", "08"),
        ("Despite the ceasefire agreed on 10 November, Azerbaijani forces shelled Armenian positions.", "194"),
        ("Azerbaijani forces shelled Armenian positions after the two sides agreed a ceasefire.", "194"),
    ] as [(String, String)])
    func agreementRanksAboveTheFightingBeforeIt(_ text: String, _ first: String) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.first?.hasPrefix(first) == true, "\(codes)")
    }

    /// A missile named as the subject of "struck" is a missile attack (CAMEO
    /// 194, as "missile hit" and "missiles struck" are).
    @Test func missileThatStruckIsAMissileAttack() {
        let codes = Self.events("A Russian missile struck a pizzeria in Kramatorsk, killing 13 people.").map(\.code)
        #expect(codes.contains("194"), "\(codes)")
    }

    /// A pattern word written with a hyphen could never match (the tokenizer
    /// splits it): the loader refuses it and says how to write it.
    @Test func hyphenatedPatternWordIsRefused() throws {
        let ontology = try EventOntology.builtIn()
        let verbs = DataFile(name: "verbs.tsv", text: "")
        func load(_ text: String) throws { _ = try EventPatterns(verbs: verbs, patternFiles: [DataFile(name: "p.tsv", text: text)], ontology: ontology) }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 1, message: "'sit-in': the tokenizer splits words at hyphens, so write its parts apart ('sit - in')")) { try load("141\t#sit-in\n") }
        #expect(throws: KnowledgeError(file: "p.tsv", line: 2, message: "'pre-trial': the tokenizer splits words at hyphens, so write its parts apart ('pre - trial')")) { try load("141\t#rally\n173\tin (police|pre-trial)? #custody\n") }
        try load("141\t#sit - in\n173\tin (police|pretrial)? #custody\n")
    }

    /// An act of war told with the killing it caused ranks above the killing:
    /// the strike, the shelling or the clash is what the sentence reports; so
    /// does a riot above the property its crowd ransacked or burned.
    /// Counter-examples: a killing with no act of war beside it, or beside
    /// one of another sentence, and looting with no protest keep their place.
    @Test(arguments: [
        ("An air strike killed 12 people in Idlib.", "195"),
        ("Myanmar military jets bombed a gathering in Pazigyi village, killing more than 100 people.", "195"),
        ("A Russian missile hit an apartment block in Dnipro, killing 46 residents.", "194"),
        ("Gunmen killed four villagers in North Waziristan.", "1823"),
        ("Gunmen killed four villagers in North Waziristan. Jets bombed rebel positions near Idlib.", "1823"),
        ("Demonstrators stormed the parliament building in Colombo and ransacked offices.", "145"),
        ("Protesters set tyres ablaze and threw stones at police during a demonstration over fuel prices.", "145"),
        ("Soldiers looted shops and burned houses in the village.", "1712"),
        ("Security forces in Conakry fired tear gas at demonstrators protesting against a third term.", "175"),
    ] as [(String, String)])
    func actOfWarRanksAboveItsResult(_ text: String, _ first: String) {
        let found = Self.events(text)
        #expect(found.first?.code == first, "events: \(found.map(\.code))")
    }

    /// A verbal act whose words go on to name another act ranks above it:
    /// the criticism, the inquiry, the accusation, the lawsuit or the threat
    /// is what the sentence reports, as a codebook codes the verb and not its
    /// object; the first act with an ACLED view stays the act named (so the
    /// ACLED and CASE views of a record do not change). Counter-examples: the
    /// act told first ("Gunmen killed ..., and the UN condemned the attack"),
    /// an act told after a clause opener ("after soldiers shot dead", "the
    /// curfew imposed after the riots"), an act with an ACLED view of its own
    /// (an arrest over a killing), and an act the article reports again (the
    /// arrest condemned, then told), keep their order.
    @Test(arguments: [
        ("The European Union condemned the bombing of a school in Kabul.", "11", "1834"),
        ("The United Nations launched an investigation into the air strike on the hospital.", "09", "195"),
        ("Activists accused the army of using sarin in an attack on a rebel-held suburb, killing dozens.", "112", "2041"),
        ("Iran threatened to attack American bases in the Gulf.", "13", "180"),
        ("The family of the journalist sued the army over his killing.", "115", "1823"),
        ("Washington accused Moscow of shelling the nuclear plant.", "112", "194"),
        ("Gunmen killed three journalists in Mosul, and the United Nations condemned the attack.", "1823", "1823"),
        ("Police arrested two men over the killing of a journalist.", "173", "173"),
        ("The minister condemned the decision after soldiers shot dead two protesters.", "1823", "1823"),
        ("The government lifted the curfew imposed after the riots.", "145", "145"),
        ("The European Union condemned the arrest of the journalist Roman Protasevich. Belarusian police arrested Protasevich on Sunday.", "173", "173"),
    ] as [(String, String, String)])
    func verbalActRanksAboveTheActItNames(_ text: String, _ first: String, _ firstACLED: String) {
        let a = Self.engine.analyze(Article(id: "t", date: CivilDate(iso: "2022-12-25"), text: text))
        let codes = a.events.map(\.cameo.code)
        #expect(codes.first?.hasPrefix(first) == true, "\(codes)")
        #expect(a.events.first(where: { $0.cameo.acled != nil })?.cameo.code == firstACLED, "\(codes)")
    }

    /// Groups that merge cooperate (CAMEO 060); counter-examples: roads
    /// that merge and a merger only planned are no act of two groups.
    @Test(arguments: [
        ("The two rebel groups merged on Sunday.", true),
        ("The Movement for the Salvation of Azawad merged with the Coordination of Azawad Movements.", true),
        ("Three armed factions in northern Mali merged into a single movement.", true),
        ("The two roads merge near the bridge.", false),
        ("Traffic merged slowly onto the motorway.", false),
    ] as [(String, Bool)])
    func groupsThatMergeCooperate(_ text: String, _ coded: Bool) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.contains("060") == coded, "\(codes)")
    }

    /// Patterns the fourth probe set (`CaseRegionalProbeTests`) showed
    /// missing, each with a counter-example: men rounded up after a number,
    /// weapons seized after one, a base set up by armed men, a capital taken,
    /// a withdrawal from a port, a claim for an assault, a counterpart with no
    /// name hosted, a stoning with a victim no actor names, groups battling
    /// for control, a chemical weapons attack; and an attack on a budget,
    /// which is words.
    @Test(arguments: [
        ("Soldiers rounded up 40 men in the village.", "173", true),
        ("The shepherd rounded up his sheep before the storm.", "173", false),
        ("Police seized 200 rifles and ammunition from a militia hideout.", "1711", true),
        ("Police seized on the report to ask for more rifles.", "1711", false),
        ("Mercenaries set up a base at the airport.", "150", true),
        ("The company set up a base in Dublin.", "150", false),
        ("Rebels captured the provincial capital.", "192", true),
        ("The photograph captured the mood of the capital.", "192", false),
        ("Houthi forces withdrew from the port of Hodeidah.", "0874", true),
        ("The company withdrew from the deal to buy the port.", "0874", false),
        ("The Baloch Liberation Army took responsibility for the assault on the Chinese consulate in Karachi.", "015", true),
        ("Kenya's president hosted his Somali counterpart in Nairobi.", "043", true),
        ("Residents stoned a suspected witch to death.", "1823", true),
        ("The cartels battled for control of the border crossing.", "190", true),
        ("Witnesses described a chemical weapons attack on the town.", "2041", true),
        ("The minister's speech was an attack on the budget.", "180", false),
        ("Critics called the speech an attack on the government's budget plans.", "180", false),
        ("Rebels carried out an attack on the government's forces near Goma.", "180", true),
    ] as [(String, String, Bool)])
    func fourthProbeSetPatterns(_ text: String, _ code: String, _ coded: Bool) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.contains(code) == coded, "\(codes)")
    }

    /// Event debt of the seventh probe set: fire at a side's positions is
    /// fighting (193), not an attack; rockets named before their target by
    /// several words are shelling (194) and rank above the killing they
    /// caused; property "of their own" set on fire is destroyed; an
    /// agreement to reopen a crossing or talks is the agreement (0355, 036),
    /// the reopening only intended. Counter-examples: fire at people, a
    /// crossing reopened, "set fire to" a person.
    @Test(arguments: [
        ("Azerbaijani and Armenian soldiers fired at each other's positions near Verin Shorzha.", "193"),
        ("Armenian forces fired Smerch rockets carrying cluster munitions at the town of Barda, killing 21 civilians.", "194"),
        ("Residents of Kalbajar set fire to their own houses before the handover.", "1712"),
        ("Georgian, South Ossetian sides agree to reopen crossing point at Ergneti meeting", "0355"),
        ("Japan's ruling and opposition parties agreed to reopen talks on the budget.", "036"),
        ("Gunmen fired at villagers in the market.", "180"),
        ("Israel reopened the crossing on Sunday.", "0863"),
    ] as [(String, String)])
    func notesDebtFirstEvent(_ text: String, _ first: String) {
        let codes = Self.events(text).map(\.code)
        #expect(codes.first?.hasPrefix(first) == true, "\(codes)")
    }

    /// In a document of the sports topic a `game-verb` act of force ("beaten",
    /// "attacked", "shot") is play and is not coded; a killing is, and so is
    /// an act by gunmen. Counter-example: the same verbs in a report that is
    /// not about sport.
    @Test(arguments: [
        ("Wales have beaten France 24-18 in the Six Nations championship in Paris. The Wales coach praised his squad after the victory, and the fans in the stadium celebrated. Henson attacked down the left and shot wide before the try.", [String](), ["18", "19"]),
        ("Wales have beaten France 24-18 in the Six Nations championship in Paris. The Wales coach praised his squad after the victory, and the fans in the stadium celebrated. Gunmen attacked the team bus near the stadium.", ["18"], [String]()),
        ("Wales have beaten France 24-18 in the Six Nations championship in Paris. The Wales coach praised his squad after the victory, and the fans in the stadium celebrated. A supporter was shot dead outside the ground.", ["1823"], [String]()),
        ("Police beat two journalists in Yerevan on Sunday.", ["18"], [String]()),
    ] as [(String, [String], [String])])
    func sportsReportHasNoAssault(_ text: String, _ coded: [String], _ notCoded: [String]) {
        let codes = Self.events(text).map(\.code)
        for c in coded { #expect(codes.contains { $0.hasPrefix(c) }, "\(codes)") }
        for c in notCoded { #expect(!codes.contains { $0.hasPrefix(c) }, "\(codes)") }
    }
}
