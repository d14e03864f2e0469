import Testing
@testable import AnnalsCore

/// A third set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words before the engine was run on them, in styles
/// the first two sets (`CaseProbeTests`, `CaseStyleProbeTests`) lack: ACLED
/// notes from the Sahel, Myanmar, Ukraine, Mexico, Sudan, Colombia and the
/// Philippines; labour strikes (a strike with a gathering is a protest, a
/// stay-at-home strike is ACLED's "Other"); vigilantes and lynch mobs;
/// property destroyed by armed men; state forces who "take away" a critic;
/// drones, missiles, mines and car bombs; ground taken, retaken and handed
/// over; prisoner swaps; and negatives from sport and business.
///
/// Unlike the first two sets, each snippet also names the full coding
/// expected of its deciding event (the one `CaseProbeTests.label` reads: the
/// first event with an ACLED view, else a claim, else the first event):
/// the PLOVER type (with its mode where the manual makes it clear), the CAMEO
/// root and the ACLED sub-event type (its event type follows from it;
/// "-": no ACLED view). Alternatives are separated by "|"; "*" checks
/// nothing (a snippet whose label comes from a topic, or a negative).
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text), of 94: label 64, ACLED sub-event 65, PLOVER 67, CAMEO root
/// 71, all four right 53. After the rules they led to (strikes that gather,
/// strikers arrested or smashing property, one protester killed by the
/// state's forces, mines named by kind, armed men clashing with police,
/// lynchings, prisoner swaps, bases handed over, towns abandoned, masts and
/// trees destroyed, bandits and worshippers as actors, films shot and jobs
/// fought for as negatives): label 83, ACLED 83, PLOVER 74, root 79, all
/// four 70. Then (thirteenth session) PLOVER modes read from the trigger,
/// the sentence and the ACLED view (`plover-modes.tsv`: a strike, not CAMEO
/// 143's "boycott"; a withdrawal, not 0874's "disarm"), an act of war ranked
/// above the killing it caused, hyphenated nouns ("sit-in") coded and armed
/// groups that merge: label 85, ACLED 85, PLOVER 85, root 83, all four 80;
/// with the fourth set's rules (weapons seized after a number) 86 / 86 / 86
/// / 84 / 81.
/// Snippets still wrong are marked `weak`: their test expects the miss (a
/// known issue), so one that starts to pass, or one that starts to fail,
/// both show up.
@Suite struct CaseCodingProbeTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var label: String
        var plover: String
        var root: String
        var acled: String
        var text: String
        var weak = false
        var testDescription: String { "\(label): \(text.prefix(50))" }
    }

    static func r(_ label: String, _ plover: String, _ root: String, _ acled: String, _ text: String,
                  weak: Bool = false) -> Row {
        Row(label: label, plover: plover, root: root, acled: acled, text: text, weak: weak)
    }

    static let rows: [Row] = [
        // Sahel
        r("ATTACK", "ASSAULT", "18", "Attack", "On 14 August 2022, JNIM militants executed five civilians accused of collaborating with the army in Gourma-Rharous, Timbuktu region."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "On 2 October 2021, a Burkinabe army convoy struck an improvised explosive device between Djibo and Arbinda; four soldiers were killed."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "ISGS fighters overran a gendarmerie post and took control of the commune of Tessit after heavy fighting."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "On 2 March 2022, French forces handed over the Gossi military base to the Malian army as part of their withdrawal."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Wagner Group mercenaries and Malian troops fought suspected jihadists near Moura for several hours on 27 March 2022."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "A Turkish-made drone operated by the Burkinabe army struck a market in Djibo, killing dozens of people, witnesses said.", weak: true),
        r("CHANGE_TO_GROUP_ACT", "SANCTION", "16", "Change to group/activity", "The Tuareg-led CMA coalition announced it was suspending its participation in the Algiers peace accord.", weak: true),
        // Myanmar
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "On 11 April 2023, Myanmar military jets bombed a gathering in Pazigyi village, Sagaing region, killing more than 100 people."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "On 5 May 2022, PDF fighters ambushed a military column near Myaing township, Magway region, sparking a two-hour gunfight."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "On 18 December 2021, junta troops torched more than 200 houses in Thantlang town, Chin state."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "The Arakan Army said it had captured a military outpost in Paletwa township after days of fighting."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "On 3 March 2021, soldiers fired live rounds into an anti-coup rally in Monywa, killing six demonstrators."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "On 1 February 2021, the military detained Aung San Suu Kyi and other NLD leaders in pre-dawn raids in Naypyitaw."),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "Thousands of garment workers walked off the job and marched through Yangon on Monday against the coup."),
        // Ukraine
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "On 14 January 2023, a Russian missile hit an apartment block in Dnipro, killing 46 residents."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "On 17 October 2022, Russian forces attacked Kyiv with Iranian-made Shahed drones, hitting energy facilities.", weak: true),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "Ukrainian forces liberated the village of Klishchiivka, south of Bakhmut, the General Staff said on Sunday."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Russian artillery pounded Kherson overnight, wounding four civilians, the regional governor said."),
        r("DISR_WEAP", "ASSAULT", "19", "Disrupted weapons use", "Ukraine's air defences shot down 21 of 24 cruise missiles launched overnight, the air force said."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "A tractor driver was killed when his vehicle hit an anti-tank mine in a field near Izium."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "Russian forces seized full control of Avdiivka after months of fighting."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "On 10 March 2022, a Russian soldier raped a woman in a village in Brovary raion, Kyiv oblast."),
        // Mexico
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "On 5 January 2023, members of the Sinaloa Cartel clashed with the National Guard in Culiacan after the arrest of Ovidio Guzman; 29 people were killed.", weak: true),
        r("ATTACK", "ASSAULT", "18", "Attack", "Suspected CJNG gunmen shot dead a mayoral candidate at a campaign rally in Guerrero state."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "Armed men abducted five young men from a house in Lagos de Moreno, Jalisco; their families have not heard from them since."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "Residents of a town in Puebla lynched two men they accused of kidnapping children, burning them to death outside the municipal hall."),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "Mexican soldiers seized an arsenal of rifles, grenades and a .50-calibre machine gun at a cartel safe house in Tamaulipas."),
        r("ORG_CRIME", "*", "*", "-", "Police in Sonora found a clandestine lab producing fentanyl pills for export."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "Cartel gunmen used drones to drop explosives on a village in Michoacan, forcing families to flee.", weak: true),
        // Sudan
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "On 15 April 2023, fighting erupted between the Sudanese Armed Forces and the Rapid Support Forces around the presidential palace in Khartoum."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "SAF warplanes bombed RSF positions in Nyala, killing civilians in nearby homes, residents said."),
        r("ATTACK", "ASSAULT", "18|20", "Attack", "RSF and allied Arab militiamen killed dozens of Masalit men in Ardamata, El Geneina, witnesses told reporters."),
        r("PROPERTY_DISTRUCT", "COERCE/seize", "17", "Looting/property destruction", "Armed men ransacked the offices of an aid agency in El Fasher, stealing vehicles and fuel."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "Survivors said RSF fighters raped at least 15 women and girls in a town in Gezira state."),
        r("AGREEMENT", "RETREAT|AGREE|SUPPORT", "08|03|05", "Agreement", "The SAF and RSF agreed in Jeddah to a seven-day humanitarian ceasefire starting on Monday."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "The RSF set up a command centre in a university campus in Wad Madani after taking the city.", weak: true),
        // Colombia
        r("ATTACK", "ASSAULT", "18", "Attack", "On 12 August 2021, ELN guerrillas killed a community leader in Tame, Arauca."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "A motorcycle bomb exploded near a police station in Jamundi, Valle del Cauca, wounding three officers; authorities blamed FARC dissidents."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "The ELN kidnapped the father of footballer Luis Diaz in Barrancas, La Guajira."),
        r("CHANGE_TO_GROUP_ACT", "RETREAT/ceasefire", "08", "Change to group/activity", "The ELN announced a unilateral ceasefire over the Christmas holidays."),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Indigenous Misak communities held a minga and marched peacefully along the Pan-American Highway in Cauca."),
        r("PROTEST_WITH_INTER", "ASSAULT", "17", "Protest with intervention", "Riot police of the ESMAD broke up a road blockade set up by truckers near Buenaventura with tear gas.", weak: true),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "Police in Cali shot and killed a 17-year-old protester during the national strike, rights groups said."),
        // Philippines
        r("ATTACK", "ASSAULT", "18", "Attack", "Unidentified riding-in-tandem gunmen shot dead a suspected drug pusher in Tondo, Manila."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Government troops clashed with Dawlah Islamiyah militants in Lanao del Sur, killing two soldiers."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "Troops retook the town hall of Datu Hoffer from BIFF gunmen after a day-long firefight."),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "Forty members of the New People's Army surrendered to the military in Bukidnon and handed over their firearms."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "A grenade was thrown at a bus terminal in Cotabato City, injuring six passengers."),
        // Strikes and labour protests
        r("PEACE_PROTEST", "PROTEST/strike", "14", "Peaceful protest", "Dockworkers at the port of Durban went on strike and picketed outside the terminal gates demanding a wage increase."),
        r("OTHER", "PROTEST/strike", "14", "Other", "Public sector workers stayed home on Tuesday for a nationwide general strike called by the trade union congress."),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "Teachers in Lagos state began an indefinite sit-in at the education ministry over unpaid salaries."),
        r("PROTEST_WITH_INTER", "COERCE|ASSAULT|PROTEST", "14|17", "Protest with intervention", "Police arrested 30 striking miners who blocked the entrance to a platinum mine near Rustenburg."),
        r("VIOL_DEMONSTR", "PROTEST/riot|ASSAULT/destroy", "14|17", "Violent demonstration", "Striking bus drivers smashed the windows of buses operated by strike-breakers in Nairobi."),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Farmers drove hundreds of tractors into the centre of Brussels to protest against EU rules.", weak: true),
        // Mobs and vigilantes
        r("MOB_VIOL|VIOL_DEMONSTR", "ASSAULT|PROTEST", "14|17|18", "Mob violence|Violent demonstration", "Angry villagers in Nakuru stormed a police station and set it on fire after a suspect in the killing of a boda boda rider died in custody.", weak: true),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "A crowd beat a man to death in Chittagong after rumours spread on Facebook that he was a child kidnapper."),
        r("MOB_VIOL", "ASSAULT/beat", "18", "Mob violence", "Cow vigilantes assaulted two Muslim men transporting cattle in Haryana's Nuh district."),
        r("ATTACK", "ASSAULT", "18", "Attack", "Members of a vigilante group executed three suspected cattle thieves in Katsina state.", weak: true),
        // Looting and property destruction
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "Al-Shabaab militants destroyed a telecommunications mast in Bay region, cutting off mobile service."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "Settlers uprooted about 300 olive trees belonging to Palestinian farmers near Nablus."),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "During protests over fuel prices, demonstrators looted shops and set a police post ablaze in Abidjan.", weak: true),
        // Abductions and disappearances
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "Boko Haram insurgents kidnapped 20 travellers at a fake checkpoint on the Maiduguri-Damaturu road."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct|COERCE/arrest", "18|17", "Abduction/forced disappearance", "Security agents took away a prominent blogger from his home in Dhaka at night and his family has been unable to locate him.", weak: true),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "Bandits seized 39 worshippers from a mosque in Zamfara and demanded a ransom."),
        // Sexual violence
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "A local official said two women were gang-raped by militiamen near Djugu, Ituri province."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "Police officers sexually abused detained protesters in Tehran, a rights group reported.", weak: true),
        // Explosives, shelling, air and drone strikes
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "A car bomb parked outside a hotel in Mogadishu exploded, killing nine people."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Azerbaijani troops fired mortar rounds at Armenian positions near Sotk, Armenia's defence ministry said."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Hezbollah fired dozens of rockets at northern Israel on Saturday."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "A US drone strike killed a senior al-Shabaab commander near Jilib, Somalia's government said."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "Helicopter gunships of the Ethiopian army struck Fano militia positions near Lalibela."),
        // Territory
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "Somali forces backed by local clan militias recaptured the town of Adan Yabaal from al-Shabaab."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "M23 rebels seized the town of Bunagana on the Ugandan border after heavy fighting with the army."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "Al-Shabaab fighters abandoned the town of Mahas and withdrew to nearby villages without a fight."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "Russian troops pulled out of the city of Kherson and crossed to the east bank of the Dnipro river."),
        // Protests: peaceful, with intervention, excessive force
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "On 9 May 2022, members of the Awami League formed a human chain in Dhaka to demand justice for the victims."),
        r("PROTEST_WITH_INTER", "ASSAULT", "17", "Protest with intervention", "Police fired rubber bullets to disperse a crowd of students demonstrating outside parliament in Nairobi; no one was seriously hurt."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "Security forces in Zahedan opened fire on worshippers protesting after Friday prayers, killing at least 66 people."),
        // Arrests
        r("ARREST", "COERCE/arrest", "17", "Arrests", "The Ethiopian federal police arrested a journalist in Addis Ababa for reporting on the Amhara conflict."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Burundian intelligence agents detained three CNL party officials in Gitega province."),
        // Agreements, bases, changes to a group
        r("AGREEMENT", "SUPPORT", "05", "Agreement", "The government of the Philippines and the MILF signed a peace agreement in Manila."),
        r("AGREEMENT", "RETREAT/release", "08", "Agreement", "Russia and Ukraine exchanged 90 prisoners of war each under a deal mediated by the UAE."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "Islamic State fighters established a headquarters in a school in Mocimboa da Praia."),
        r("CHANGE_TO_GROUP_ACT", "*", "*", "Change to group/activity", "Three armed factions in northern Mali announced they had merged into a single movement."),
        // Other CASE labels
        r("DIPLO", "CONSULT", "04", "-", "Sudanese army chief Abdel Fattah al-Burhan met the Egyptian president in Cairo to discuss the war."),
        r("ATTRIB", "*", "01", "-", "JNIM claimed the ambush that killed 12 soldiers near Boni in a statement on Telegram."),
        r("NATURAL_DISASTER", "*", "*", "-", "Flash floods swept through villages in Kassala state, killing 18 people and destroying hundreds of homes."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "A fire at a garment factory outside Dhaka killed at least 52 workers trapped inside."),
        // Negatives
        r("NONE", "*", "*", "-", "The union's leader said workers were ready to fight for every job at the plant."),
        r("NONE", "*", "*", "-", "The striker fired the ball past the goalkeeper to seal a 2-0 win."),
        r("NONE", "*", "*", "-", "The bomb squad held a training exercise at the airport on Tuesday."),
        r("NONE", "*", "*", "-", "The company said it would shoot a new advertising campaign in Bogota next month."),
        r("NONE", "*", "*", "-", "Investors fled emerging markets as the dollar surged."),
        r("NONE", "*", "*", "-", "The mayor launched a campaign to clean up the city's parks."),
    ]

    /// What the engine gives a snippet: its CASE label and its deciding event's coding.
    struct Coding: CustomStringConvertible {
        var label: String
        var plover: String
        var root: String
        var acled: String
        var description: String { "\(label) \(plover) \(root) \(acled)" }
    }

    static func coding(_ text: String) -> Coding {
        let label = CaseProbeTests.label(text)
        let a = CaseProbeTests.engine.analyze(Article(id: "probe", date: nil, text: text))
        let e = a.events.first(where: { $0.cameo.acled != nil })
            ?? a.events.first(where: { $0.cameo.code.hasPrefix("015") })
            ?? a.events.first
        return Coding(label: label, plover: e?.cameo.plover?.description ?? "-", root: e?.cameo.root ?? "-",
                      acled: e?.cameo.acled?.subtype ?? "-")
    }

    /// Which of the row's four fields the engine gets right.
    static func marks(_ row: Row, _ c: Coding) -> (label: Bool, acled: Bool, plover: Bool, root: Bool) {
        func alts(_ s: String) -> [String] { s.split(separator: "|").map(String.init) }
        let plover = row.plover == "*" || alts(row.plover).contains { want in
            want.contains("/") ? c.plover == want : c.plover.split(separator: "/").first.map(String.init) == want
        }
        let root = row.root == "*" || alts(row.root).contains(c.root)
        return (alts(row.label).contains(c.label), alts(row.acled).contains(c.acled), plover, root)
    }

    @Test(arguments: rows)
    func probe(_ row: Row) {
        Self.expectProbe(row)
    }

    /// A row is right in all four fields; a weak one is a known issue.
    static func expectProbe(_ row: Row) {
        let c = coding(row.text)
        let m = marks(row, c)
        let right = m.label && m.acled && m.plover && m.root
        if row.weak {
            withKnownIssue("weak probe: \(c)") { #expect(right, "\(row.text) -> \(c)") }
        } else {
            #expect(right, "\(row.text) -> \(c)")
        }
    }

    /// Every row's ACLED sub-event type is ACLED's, and its CASE label is that type's label.
    @Test func rowsAreConsistent() {
        _ = Self.expectConsistent(Self.rows)
    }

    /// Checks that each row's ACLED sub-event types carry one of its CASE
    /// labels and that there are at least 80 rows; returns the rows per label.
    static func expectConsistent(_ rows: [Row]) -> [String: Int] {
        var count: [String: Int] = [:]
        for row in rows {
            let labels = row.label.split(separator: "|").map(String.init)
            for l in labels { count[l, default: 0] += 1 }
            for sub in row.acled.split(separator: "|").map(String.init) where sub != "-" {
                let l = CaseProbeTests.labelOfSubtype[sub]
                #expect(l != nil && labels.contains(l!), "\(row.text)")
            }
        }
        #expect(rows.count >= 80)
        return count
    }

    /// Shares right by field and in full (printed; the floor guards the total).
    @Test func share() {
        Self.expectShares(Self.rows, name: "coding probe")
    }

    /// Prints the shares of `rows` right by field and in full, and each miss;
    /// every row not marked weak must be right in all four fields.
    static func expectShares(_ rows: [Row], name: String) {
        var label = 0, acled = 0, plover = 0, root = 0, all = 0
        for row in rows {
            let c = coding(row.text)
            let m = marks(row, c)
            if m.label { label += 1 }
            if m.acled { acled += 1 }
            if m.plover { plover += 1 }
            if m.root { root += 1 }
            if m.label && m.acled && m.plover && m.root { all += 1 } else { print("\(name) miss: \(row.label) want \(row.plover) \(row.root) \(row.acled) got \(c) | \(row.text)") }
        }
        let n = rows.count
        print("\(name): label \(label)/\(n), ACLED \(acled)/\(n), PLOVER \(plover)/\(n), CAMEO root \(root)/\(n), all four \(all)/\(n)")
        #expect(all == rows.filter { !$0.weak }.count)
    }
}
