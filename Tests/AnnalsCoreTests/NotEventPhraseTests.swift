import Testing
@testable import AnnalsCore

/// Table tests for `events/not-events.tsv`: phrases in which a trigger names
/// no event, each beside a sentence where the same word is an event.
@Suite struct NotEventPhraseTests {
    static let engine = try! Annals()

    static func codes(_ text: String) -> [String] {
        engine.analyze(Article(id: "t", date: CivilDate(iso: "2020-05-04"), text: text)).events.map(\.cameo.code)
    }

    @Test(arguments: [
        ("The activist died of a heart attack in custody.", "180"),
        ("He suffered a cardiac arrest in prison on Monday.", "173"),
        ("She had a panic attack during the hearing.", "180"),
        ("The campaign turned into personal attacks between the candidates.", "180"),
        ("Legal attacks on file-sharing sites have not stopped piracy.", "180"),
        ("The army bought new attack helicopters from Russia.", "180"),
        ("Traders raised the strike price of the options.", "14"),
        ("The UN special rapporteur on torture visited the prison.", "18"),
        ("The government expanded its detention program in the region.", "17"),
        ("Migrants were held at detention centres near the border.", "173"),
        ("Government troops withdrew from the town, leaving it to the rebels without a fight.", "19"),
        ("The film was a bomb at the box office despite its star cast.", "183"),
        ("A gas explosion ripped through a block of flats in Moscow.", "183"),
        ("A monk set himself on fire outside the provincial office.", "1712"),
        ("They beat the burglar and set him on fire.", "1712"),
        ("New devices targeted towards older people went on sale.", "183"),
        ("The opposition leader attacked the budget as a betrayal of workers.", "180"),
        ("The senator attacked their plan in a speech.", "180"),
        ("The company said it would shoot a new advertising campaign in Bogota.", "19"),
        ("The band is shooting a music video in Lagos this week.", "19"),
        ("The union said workers were ready to fight for every job at the plant.", "19"),
        ("Nurses are fighting for better pay.", "19"),
        ("Tear gas was fired at opposition supporters in Lusaka.", "2041"),
        ("Police arrested 23 suspected militants in raids across Sumatra.", "1724"),
        ("Prosecutors announced the dismantling of a human trafficking ring.", "041"),
        ("The rebels announced the suspension of all military operations.", "190"),
        ("Stocks rally in London as oil slides", "14"),
        ("Oil prices rallied on Monday after the OPEC meeting.", "14"),
        ("Traders bet on a rally in shares after the vote.", "14"),
        ("Soldiers used grenades against the rebel positions.", "2041"),
        ("The minister clashed on Tuesday with reporters over the budget.", "190"),
        ("Opposition supporters gathered in Yerevan in defiance of martial law.", "1724"),
        ("Rallies continued under martial law in the capital.", "1724"),
        ("PKK fighters hid in caves in the mountains of northern Iraq.", "080"),
        ("The kidnappers released a video of the hostages on Monday.", "0841"),
        ("The junta freed the opposition leader from house arrest.", "173"),
        ("The rebels said they would suspend kidnappings during the talks.", "181"),
        ("The group halted its attacks on civilians.", "180"),
        ("The air force received new ground attack aircraft.", "180"),
        ("Troops liberated the hostages on Monday.", "192"),
        ("The rebels announced they were suspending military operations.", "190"),
        ("Fans threw smoke bombs onto the pitch.", "183"),
    ])
    func noEvent(_ text: String, code: String) {
        #expect(!Self.codes(text).contains { $0.hasPrefix(code) }, "\(Self.codes(text))")
    }

    @Test(arguments: [
        ("Gunmen carried out an attack on the village.", "180"),
        ("Gunmen carried out a fierce attack on the village.", "180"),
        ("Police arrested the journalist on Monday.", "173"),
        ("The journalist was arrested and died of cardiac arrest two days later.", "173"),
        ("The rapporteur said guards used torture on the detainees.", "182"),
        ("Police kept the activist in detention for a week.", "173"),
        ("His detention was condemned by the union.", "173"),
        ("Government troops and rebels fought for the town for a week.", "19"),
        ("A bomb exploded at the box office of a cinema in Kabul.", "183"),
        ("A blast ripped through a bus in Kabul on Tuesday.", "183"),
        ("Protesters set two buses on fire outside the provincial office.", "1712"),
        ("Unknown persons set ablaze a polling station in Kisii county.", "1712"),
        ("Gunmen attacked the convoy as it left the town.", "180"),
        ("Soldiers were shooting at a film crew near the border.", "18"),
        ("Rebels fought for control of the town for a week.", "19"),
        ("Syrian government forces gassed civilians in the town.", "2041"),
        ("Police raided the offices of the opposition party.", "173"),
        ("The army launched military operations against the rebels near the town.", "190"),
        ("Thousands rally in Tbilisi against the bill", "14"),
        ("Opposition supporters staged a rally in Baku on Saturday.", "14"),
        ("Armenia declared martial law on Sunday after the attack.", "1724"),
        ("The government caved in to the strikers on Friday.", "080"),
        ("The kidnappers released two hostages on Monday.", "0841"),
        ("The activist was placed under house arrest.", "173"),
        ("The rebels kidnapped two engineers.", "181"),
    ])
    func stillAnEvent(_ text: String, code: String) {
        #expect(Self.codes(text).contains { $0.hasPrefix(code) }, "\(Self.codes(text))")
    }

    @Test func phraseMatchesAroundTheTrigger() throws {
        let p = try NotEventPhrases(DataFile(name: "events/not-events.tsv", text: "heart [attack|attacks]\n[attack] helicopters"))
        let norms = ["a", "heart", "attack", "and", "attack", "helicopters", "attack", "dogs"]
        #expect(p.covers(2, norms: norms, sentence: 0..<8))
        #expect(p.covers(4, norms: norms, sentence: 0..<8))
        #expect(!p.covers(6, norms: norms, sentence: 0..<8))
        #expect(!p.covers(2, norms: norms, sentence: 2..<8))   // "heart" is outside the sentence
    }

    @Test(arguments: [
        ("heart attack", "a phrase needs exactly one trigger word in square brackets"),
        ("[heart] [attack]", "a phrase needs exactly one trigger word in square brackets"),
        ("[attack]", "a phrase needs a word beside its trigger"),
        ("Heart [attack]", "word 'Heart' must be a lowercase word"),
        ("heart||lung [attack]", "word '' must be a lowercase word"),
        ("heart [attack]\tx", "expected one field (a phrase with its trigger in square brackets), found 2"),
    ])
    func badLine(_ line: String, message: String) {
        do {
            _ = try NotEventPhrases(DataFile(name: "events/not-events.tsv", text: "# phrases\n" + line))
            Issue.record("accepted: \(line)")
        } catch let e as KnowledgeError {
            #expect(e == KnowledgeError(file: "events/not-events.tsv", line: 2, message: message))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
