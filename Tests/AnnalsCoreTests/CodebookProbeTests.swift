import Testing
@testable import AnnalsCore

/// Probe sentences in the style of an event codebook's examples (issue 4,
/// held-out aim "PLOVER GSR sentences"): short sentences with one actor,
/// one act and one target, often a country or its leader, about eight for
/// each CAMEO root 02-20 and several three-digit codes of each, refusals and
/// threats included. Every sentence was written for this file in our own
/// words from the code names of Data/events/cameo.tsv; none comes from a
/// codebook or an evaluation set.
///
/// They were written before the engine was run on them: on main at 78db796
/// the first event had the intended PLOVER type in 115 of the 156 rows and
/// the intended CAMEO root in 114, both in 114 (the honest figure for this
/// style of text; the file as first written had sha256 2805fbef62...).
/// A verbal act ranked above the act its words name (`actsBeforeTheirTopics`)
/// and four pattern families raised it to 131 of 156 (PLOVER, root, both).
/// Patterns for two objects ("lent Egypt 3 billion dollars", "supplied
/// Ukraine with tanks"), captives counted ("released twenty hostages"), a
/// release from house arrest, pay demanded, a resignation demanded and a
/// verdict on people the actor layer does not name, and a state recognized
/// that it does not name raised it to 140 of 156 (session 18).
/// The 16 still weak: 8 with no event (actors the actor layer does not name:
/// "both sides", "the two countries", "its Western allies"; "said it would
/// cooperate"; "met", "negotiated over"), a mediation read for an appeal or a
/// promise, a promise read for the act promised, torching, a mob's beating,
/// missiles paraded, a warning, and an inquiry into an air strike or into
/// allegations of torture reported as the act.
///
/// A row gives the CAMEO root the sentence's first event must have ("a|b"
/// only where the codebook itself allows both) and the PLOVER type our
/// cameo.tsv gives the intended code. The first event of the analysis is
/// scored, as the held-out scorer does: its PLOVER type, its CAMEO root and
/// both. Rows the engine does not read as intended (both fields) are
/// marked `weak`: their test expects the miss (a known issue), so a row that
/// starts to pass, or one that starts to fail, both show up.
@Suite struct CodebookProbeTests {
    static let engine = try! Annals()

    struct Row: CustomTestStringConvertible, Sendable {
        var root: String
        var plover: String
        var text: String
        var weak = false
        var testDescription: String { "\(root) \(plover): \(text.prefix(50))" }
        var roots: [String] { root.split(separator: "|").map(String.init) }
    }

    static func p(_ root: String, _ plover: String, _ text: String, weak: Bool = false) -> Row {
        Row(root: root, plover: plover, text: text, weak: weak)
    }

    static let rows: [Row] = [
        // 02 appeal
        p("02", "REQUEST", "The United Nations appealed to donors for emergency food aid."),
        p("02", "REQUEST", "The president called on Congress to pass the budget."),
        p("02", "REQUEST", "Kenya urged Somalia to resume talks over the maritime border."),
        p("02", "REQUEST", "The opposition leader appealed for calm after the election."),
        p("02", "REQUEST", "Pakistan asked China for a loan to shore up its reserves."),
        p("02", "REQUEST", "The foreign minister urged both sides to accept mediation by the African Union.", weak: true),
        p("02", "REQUEST", "Human rights groups called on the government to release political prisoners."),
        p("02", "REQUEST", "Kyiv asked its Western allies for more air defence systems.", weak: true),
        // 03 express intent to cooperate
        p("03", "AGREE", "Japan pledged 500 million dollars in aid to the flood victims."),
        p("03", "AGREE", "The rebels offered to negotiate with the government."),
        p("03", "AGREE", "Turkey offered to mediate between Russia and Ukraine."),
        p("03", "AGREE", "The junta promised to hold elections next year."),
        p("03", "AGREE", "Iran said it would cooperate with the nuclear inspectors.", weak: true),
        p("03", "AGREE", "The government agreed to accept mediation by Norway.", weak: true),
        p("03", "AGREE", "Germany promised to back France's candidate for the post."),
        p("03", "AGREE", "The army said it would withdraw its troops from the border region.", weak: true),
        // 04 consult
        p("04", "CONSULT", "The Indian prime minister visited Moscow."),
        p("04", "CONSULT", "The Chinese president hosted his Brazilian counterpart in Beijing."),
        p("04", "CONSULT", "The French president spoke by telephone with the Egyptian president."),
        p("04", "CONSULT", "The foreign ministers of Russia and Turkey met in Geneva.", weak: true),
        p("04", "CONSULT", "Norway mediated between the government and the rebels."),
        p("04", "CONSULT", "Israel and Lebanon negotiated over their maritime border.", weak: true),
        p("04", "CONSULT", "The labour minister held talks with union leaders."),
        p("04", "CONSULT", "The Pope received the Argentine president at the Vatican."),
        // 05 cooperate diplomatically (055 apologize is CONCEDE)
        p("05", "SUPPORT", "The United States praised Ghana for its peaceful election."),
        p("05", "SUPPORT", "Brazil recognized the independence of the new state."),
        p("05", "SUPPORT", "The two countries signed a treaty on border security."),
        p("05", "SUPPORT", "France defended Morocco's record at the UN Human Rights Council."),
        p("05", "CONCEDE", "The German chancellor apologized to Namibia for colonial-era killings."),
        p("05", "SUPPORT", "The European Union welcomed the ceasefire agreement."),
        p("05", "SUPPORT", "The president endorsed the governor's campaign."),
        p("05", "SUPPORT", "The ministers of the two countries signed an agreement on energy cooperation."),
        // 06 cooperate materially
        p("06", "COOPERATE", "Japan and Australia held joint naval exercises."),
        p("06", "COOPERATE", "France sold fighter jets to India."),
        p("06", "COOPERATE", "Spain extradited a suspected drug lord to the United States."),
        p("06", "COOPERATE", "The two countries exchanged intelligence on terrorist networks.", weak: true),
        p("06", "COOPERATE", "China invested 2 billion dollars in Kenya's ports.", weak: true),
        p("06", "COOPERATE", "Colombian police worked with Ecuadorian authorities to dismantle a smuggling ring.", weak: true),
        p("06", "COOPERATE", "Russian and Chinese warships conducted joint patrols in the Pacific."),
        p("06", "COOPERATE", "Israel shared intelligence with Jordan about a planned attack."),
        // 07 provide aid
        p("07", "AID", "The World Bank lent Egypt 3 billion dollars."),
        p("07", "AID", "Britain supplied Ukraine with tanks and artillery."),
        p("07", "AID", "The Red Cross delivered food and medicine to refugees in Darfur."),
        p("07", "AID", "The UN sent peacekeepers to South Sudan."),
        p("07", "AID", "Venezuela granted political asylum to a Peruvian former minister."),
        p("07", "AID", "Saudi Arabia provided economic aid to Pakistan."),
        p("07", "AID", "The United States supplied weapons to the Kurdish fighters."),
        p("07", "AID", "Germany sent humanitarian aid to the earthquake victims in Turkey."),
        // 08 yield (0841 release, 085 ease sanctions, 086 access, 087 de-escalate are RETREAT)
        p("08", "CONCEDE", "The government lifted the curfew in the capital."),
        p("08", "RETREAT", "The rebels released twenty hostages."),
        p("08", "RETREAT", "Israel withdrew its troops from southern Lebanon."),
        p("08", "RETREAT", "The United States eased sanctions on Venezuela."),
        p("08", "RETREAT", "The government allowed UN inspectors into the nuclear plant."),
        p("08", "RETREAT", "The two sides declared a ceasefire."),
        p("08", "RETREAT", "The junta freed the opposition leader from house arrest."),
        p("08", "CONCEDE", "The authorities lifted the ban on the opposition newspaper."),
        p("08", "RETREAT", "The rebels handed over their weapons to the peacekeepers."),
        // 09 investigate
        p("09", "ACCUSE", "Police opened an investigation into the mayor's finances."),
        p("09", "ACCUSE", "The UN launched an inquiry into abuses against the Rohingya."),
        p("09", "ACCUSE", "The army investigated the air strike that killed civilians.", weak: true),
        p("09", "ACCUSE", "The International Criminal Court investigated war crimes in Darfur."),
        p("09", "ACCUSE", "Prosecutors investigated the minister for corruption."),
        p("09", "ACCUSE", "The commission probed allegations of torture in prisons.", weak: true),
        p("09", "ACCUSE", "The government set up a commission to investigate the shooting."),
        p("09", "ACCUSE", "Parliament launched an investigation into the intelligence service."),
        // 10 demand
        p("10", "REQUEST", "China demanded that Japan withdraw its ships from the disputed waters."),
        p("10", "REQUEST", "The union demanded higher wages from the government."),
        p("10", "REQUEST", "The opposition demanded talks with the president."),
        p("10", "REQUEST", "Iran demanded the release of its diplomats."),
        p("10", "REQUEST", "The United States demanded that North Korea abandon its nuclear programme."),
        p("10", "REQUEST", "The rebels insisted on international mediation."),
        p("10", "REQUEST", "Armenia demanded that Russia support it against Azerbaijan."),
        p("10", "REQUEST", "The opposition demanded the resignation of the prime minister."),
        // 11 disapprove (116 find guilty is SANCTION)
        p("11", "ACCUSE", "Germany condemned the missile test."),
        p("11", "ACCUSE", "The opposition accused the government of rigging the election."),
        p("11", "ACCUSE", "France criticized Turkey's operation in Syria."),
        p("11", "ACCUSE", "Greece lodged a formal complaint with Turkey over airspace violations."),
        p("11", "ACCUSE", "The family sued the police for wrongful arrest."),
        p("11", "SANCTION", "A court found the former president guilty of corruption."),
        p("11", "ACCUSE", "Human rights groups denounced the killing of journalists."),
        p("11", "ACCUSE", "The United States accused Russia of meddling in the election."),
        // 12 reject
        p("12", "REJECT", "The government rejected the rebels' demands."),
        p("12", "REJECT", "Israel rejected the peace plan."),
        p("12", "REJECT", "The president refused to meet the opposition leader."),
        p("12", "REJECT", "Iran refused to halt uranium enrichment."),
        p("12", "REJECT", "Russia vetoed the Security Council resolution."),
        p("12", "REJECT", "The government turned down the offer of foreign aid."),
        p("12", "REJECT", "Hamas rejected Egypt's mediation."),
        p("12", "REJECT", "The opposition defied the ban on public gatherings."),
        // 13 threaten
        p("13", "THREATEN", "China threatened to impose sanctions on Lithuania."),
        p("13", "THREATEN", "North Korea threatened to attack South Korea."),
        p("13", "THREATEN", "The union threatened to strike."),
        p("13", "THREATEN", "The president threatened to ban the opposition party."),
        p("13", "THREATEN", "Iran threatened to pull out of the nuclear talks."),
        p("13", "THREATEN", "The United States gave Iraq an ultimatum to disarm."),
        p("13", "THREATEN", "The military warned that it would crush any uprising.", weak: true),
        p("13", "THREATEN", "Russia threatened to cut off gas supplies to Moldova."),
        // 14 protest
        p("14", "PROTEST", "Thousands of students marched through the capital."),
        p("14", "PROTEST", "Prisoners went on hunger strike."),
        p("14", "PROTEST", "Dockworkers went on strike."),
        p("14", "PROTEST", "Farmers blocked the main highway with tractors."),
        p("14", "PROTEST", "Rioters torched cars in the city centre.", weak: true),
        p("14", "PROTEST", "Opposition supporters rallied outside parliament."),
        p("14", "PROTEST", "Demonstrators blockaded the port."),
        p("14", "PROTEST", "Consumers boycotted French products."),
        // 15 exhibit force posture
        p("15", "MOBILIZE", "The government put the police on high alert."),
        p("15", "MOBILIZE", "India put its army on high alert along the border."),
        p("15", "MOBILIZE", "The government deployed riot police in the capital."),
        p("15", "MOBILIZE", "Russia massed troops on the Ukrainian border."),
        p("15", "MOBILIZE", "China mobilized its reserves."),
        p("15", "MOBILIZE", "The army paraded its new missiles.", weak: true),
        p("15", "MOBILIZE", "Turkey sent reinforcements to its border with Syria."),
        p("15", "MOBILIZE", "Police reinforced security around the embassy."),
        // 16 reduce relations
        p("16", "SANCTION", "Morocco broke off diplomatic relations with Iran."),
        p("16", "SANCTION", "The United States cut military aid to Egypt."),
        p("16", "SANCTION", "The European Union imposed sanctions on Belarus."),
        p("16", "SANCTION", "The government broke off negotiations with the rebels."),
        p("16", "SANCTION", "Eritrea expelled UN peacekeepers."),
        p("16", "SANCTION", "The government withdrew from mediation by Qatar."),
        p("16", "SANCTION", "Saudi Arabia recalled its ambassador from Canada."),
        p("16", "SANCTION", "The United States halted aid to Afghanistan."),
        // 17 coerce (1712 destroy property and 175 violent repression are ASSAULT)
        p("17", "COERCE", "Police arrested the opposition leader."),
        p("17", "COERCE", "The army confiscated the property of the opposition leader."),
        p("17", "ASSAULT", "Soldiers demolished homes in the village."),
        p("17", "COERCE", "The government deported hundreds of migrants."),
        p("17", "COERCE", "The government imposed a curfew on the city."),
        p("17", "COERCE", "Hackers attacked the ministry's computer networks."),
        p("17", "COERCE", "The junta banned political parties."),
        p("17", "ASSAULT", "Security forces used tear gas against protesters."),
        p("17", "COERCE", "Police detained a prominent journalist."),
        // 18 assault
        p("18", "ASSAULT", "Gunmen kidnapped a foreign aid worker."),
        p("18", "ASSAULT", "Pirates hijacked an oil tanker."),
        p("18", "ASSAULT", "A suicide bomber blew himself up at a checkpoint."),
        p("18", "ASSAULT", "Militants set off a car bomb near a market."),
        p("18", "ASSAULT", "A mob beat a journalist.", weak: true),
        p("18", "ASSAULT", "Gunmen tried to assassinate the governor."),
        p("18", "ASSAULT", "Gunmen shot dead a judge."),
        p("18", "ASSAULT", "Militants used villagers as human shields."),
        p("18", "ASSAULT", "Soldiers tortured the prisoners."),
        // 19 fight (191 blockade and 192 occupy are COERCE)
        p("19", "ASSAULT", "Troops clashed with rebels near the border."),
        p("19", "COERCE", "Government forces blockaded the rebel-held town."),
        p("19", "COERCE", "Rebel forces captured the city."),
        p("19", "ASSAULT", "Soldiers exchanged fire with militants."),
        p("19", "ASSAULT", "Artillery shelled the rebels' positions."),
        p("19", "ASSAULT", "Israeli jets bombed targets in Gaza."),
        p("19", "ASSAULT", "The rebels violated the ceasefire."),
        p("19", "ASSAULT", "The army attacked the rebel stronghold with tanks."),
        p("19", "COERCE", "Azerbaijan occupied several villages."),
        // 20 unconventional mass violence
        p("20", "ASSAULT", "Soldiers massacred hundreds of villagers."),
        p("20", "ASSAULT", "The regime used chemical weapons against the rebel town."),
        p("20", "ASSAULT", "The militia drove thousands of people from their homes."),
        p("20", "ASSAULT", "The government carried out ethnic cleansing in the region."),
        p("20", "ASSAULT", "The army expelled the ethnic minority from the province."),
        p("20", "ASSAULT", "Militants killed hundreds of civilians in a massacre in the village."),
        p("20", "ASSAULT", "The regime dropped poison gas on the town."),
        p("20", "ASSAULT", "Paramilitaries slaughtered the inhabitants of the village."),
    ]

    /// The first event's PLOVER type and CAMEO root ("-" when there is none).
    static func firstEvent(_ text: String) -> (plover: String, root: String) {
        let a = engine.analyze(Article(id: "probe", date: nil, text: text))
        guard let e = a.events.first else { return ("-", "-") }
        return (e.cameo.plover?.type ?? "-", e.cameo.root)
    }

    static func scores(_ row: Row) -> (plover: Bool, root: Bool) {
        let got = firstEvent(row.text)
        return (got.plover == row.plover, row.roots.contains(got.root))
    }

    @Test(arguments: rows)
    func probe(_ row: Row) {
        let got = Self.firstEvent(row.text)
        let s = Self.scores(row)
        if row.weak {
            withKnownIssue("weak probe: \(got.plover) \(got.root)") {
                #expect(s.plover && s.root, "\(row.text) -> \(got.plover) \(got.root)")
            }
        } else {
            #expect(s.plover && s.root, "\(row.text) -> \(got.plover) \(got.root)")
        }
    }

    /// Every root 02-20 has at least eight rows.
    @Test func everyRootHasEightRows() {
        var count: [String: Int] = [:]
        for r in Self.rows { for root in r.roots { count[root, default: 0] += 1 } }
        for n in 2...20 {
            let root = n < 10 ? "0\(n)" : "\(n)"
            #expect(count[root, default: 0] >= 8, "\(root): \(count[root, default: 0])")
        }
    }

    /// PLOVER type, CAMEO root and both, by root (printed; the floor guards the total).
    @Test func shareByRoot() {
        var all: [String: Int] = [:], pl: [String: Int] = [:], rt: [String: Int] = [:], both: [String: Int] = [:]
        for r in Self.rows {
            let s = Self.scores(r), k = r.roots[0]
            all[k, default: 0] += 1
            if s.plover { pl[k, default: 0] += 1 }
            if s.root { rt[k, default: 0] += 1 }
            if s.plover && s.root { both[k, default: 0] += 1 }
        }
        for k in all.keys.sorted() {
            print("codebook \(k): plover \(pl[k, default: 0]) root \(rt[k, default: 0]) both \(both[k, default: 0]) of \(all[k]!)")
        }
        let total = both.values.reduce(0, +)
        print("codebook total: plover \(pl.values.reduce(0, +)) root \(rt.values.reduce(0, +)) both \(total) of \(Self.rows.count)")
        #expect(total == Self.rows.filter { !$0.weak }.count)
    }
}
