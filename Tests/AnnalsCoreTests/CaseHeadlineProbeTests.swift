import Testing
@testable import AnnalsCore

/// A sixth set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words, with their expected codings, before the
/// engine was run on them. Three or more for each of the 30 CASE labels, in
/// styles the other five sets lack: headlines (present tense, no articles,
/// commas for "and": "Troops, separatists trade fire"); English from
/// translated press, with French, Spanish, Arabic and Russian calques ("the
/// forces of order", "elements of the army", "employees of the organs of
/// internal affairs", "the martyr"); long ACLED notes naming several actors
/// and ending "police said" or "... reported"; sentences that open with
/// their date ("On 3 March, ..."); from Europe, Central Asia, the Caucasus,
/// the Pacific and the Caribbean. Five rows report an event that did not
/// happen or has not happened yet (called off, denied, planned, threatened,
/// "did not"), and three are negatives from sport and business.
///
/// Each row has the shape of `CaseCodingProbeTests` (CASE label, PLOVER
/// type with its mode where clear, CAMEO root, ACLED sub-event type; "|"
/// separates alternatives, "*" checks nothing, "-" no ACLED view), and one
/// more field, its status:
/// - `done` (the default): the deciding event must be right in the four
///   fields and be reported as done (neither negated nor with a modality);
/// - `notDone`: the snippet's event must not be coded as done: the row is
///   right when its label is NONE, or when its deciding event is negated or
///   carries a modality and its label is one of the row's;
/// - `any`: negatives; only the four fields are checked.
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text: the file as first committed, SHA-256 c4793211..., with the
/// status check's fix for rows with no event), of 100, on main at bc89462:
/// label 69, ACLED sub-event 70, PLOVER 75, CAMEO root 74, all four 67, all
/// four and the status 67. After the rules they led to (a noun event called
/// off, planned or threatened; an act a clause denies; people detained at a
/// protest or an "unsanctioned" rally; control restored over a town; an
/// advance halted; an end of armed struggle; forces that leave their bases;
/// a base set up by a gang or created by militants; a grenade hurled with
/// no auxiliary; an explosive device that exploded or detonated; a clash
/// with an armed band; a weapon containing a chemical agent; a modified
/// place set on fire; talks with a colleague; a statement ending a war;
/// stocks that rally): 91 / 91 / 94 / 92 / 89 / 89. Snippets still wrong
/// are marked `weak` (a known issue): a town seized named only by its name
/// in a headline ("Gangs seize Mirebalais"), "the martyr fell by the bullets of", men
/// who "took away" an activist, rioters' arson coded as destruction (17)
/// and a riot ranked below "the police killing" it protests, a claim with a
/// name between "claims" and "attack", and a nightclub fire and a gas
/// explosion read as attacks. With the seventh set's rules (people detained
/// for drugs are outside ACLED), the criminal organisation dismantled is
/// right: all four 90. With the event debt paid in session 16 (a missile
/// that struck is CAMEO 194; an agreement ranks above the fighting it came
/// after), on main at 17d34bd: 93 / 93 / 95 / 94 / 92 / 92.
@Suite struct CaseHeadlineProbeTests {
    typealias Row = CaseCodingProbeTests.Row

    enum Status: Sendable { case done, notDone, any }

    struct Probe: CustomTestStringConvertible, Sendable {
        var row: Row
        var status: Status
        var testDescription: String { row.testDescription }
    }

    static func r(_ label: String, _ plover: String, _ root: String, _ acled: String, _ text: String,
                  status: Status = .done, weak: Bool = false) -> Probe {
        Probe(row: CaseCodingProbeTests.r(label, plover, root, acled, text, weak: weak), status: status)
    }

    /// A snippet whose event did not happen, or not yet: right when it is
    /// not coded, or coded as negated or with a modality.
    static func n(_ label: String, _ text: String, weak: Bool = false) -> Probe {
        r(label + "|NONE", "*", "*", "-", text, status: .notDone, weak: weak)
    }

    static let probes: [Probe] = [
        // Battles
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Troops, separatists trade fire on Karabakh line of contact"),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Elements of the army clashed on Tuesday with an armed band in the commune of Cité Soleil, according to a communiqué of the National Police of Haiti."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "On 14 September 2022, Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash in Batken region, each side accusing the other of starting the fighting."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "On 9 July 2023, members of the 400 Mawozo gang and the Kraze Baryè gang fought each other in Croix-des-Bouquets (Ouest); police said at least six gang members were killed. Residents reported that dozens of homes were abandoned."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "Ukrainian army retakes Lyman from Russian forces, Defence Ministry says"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "The forces of the Tajik government restored control over the town of Khorog after three days of fighting with local armed groups, the Interior Ministry reported."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "On 3 March 2024, police regained control of the airport road in Port-au-Prince from armed gangs after a day-long operation."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "Gangs seize Mirebalais, free hundreds of inmates from town prison", weak: true),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "On 5 June, armed separatists of the TPNPB took control of the district capital of Kenyam in Nduga, a police spokesman in Jayapura said."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "Taliban fighters captured the border crossing at Sher Khan Bandar on Tuesday, forcing Afghan soldiers to flee into Tajikistan."),
        // Explosions and remote violence
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "Syrian regime drops chlorine on Douma, rescuers say"),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "The regime forces targeted the town of Kafr Zita with barrels loaded with toxic gas, causing cases of suffocation among the civilians, according to the Civil Defence."),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "On 20 April 2024, Russian forces used grenades containing chloropicrin against Ukrainian positions near Avdiivka, the Ukrainian general staff said."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "Azerbaijani drones hit Armenian positions near Jermuk"),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "Aviation of the Russian Aerospace Forces struck the positions of militants in the province of Idlib, the Russian Centre for Reconciliation reported."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "On 4 October 2020, Azerbaijani warplanes bombed Stepanakert, according to the Armenian side."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "Suicide bomber kills 14 at Kabul wedding hall"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "A suicide bomber blew himself up at the entrance of a police station in Grozny, wounding three officers, the National Anti-Terrorism Committee said."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "The terrorist detonated his explosive belt among the worshippers in the mosque of Kunduz, killing dozens, the Ministry of Interior said."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Rockets rain on Stepanakert as fighting spreads"),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "The Armed Forces of Ukraine shelled Donetsk from multiple rocket launchers, the mission of the DPR in the JCCC reported; two civilians were wounded."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "On 27 June 2023, a Russian missile struck a pizzeria in Kramatorsk, killing 13 people."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "Roadside bomb kills two soldiers in Dagestan"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "An explosive device of artisanal manufacture exploded at the passage of a patrol of the forces of order near Ménaka, according to a security source."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "On 11 August 2023, an explosive device detonated outside a tax office in Athens; no injuries were reported. Police said an anonymous caller had warned a newspaper 40 minutes earlier."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "Grenade hurled at Stockholm flat; two injured"),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "On 2 February, unknown persons threw a hand grenade into the yard of a house in Tbilisi, injuring a woman."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "A grenade thrown at a market in Kulob wounded five people, local authorities said."),
        // Violence against civilians
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "Soldiers accused of raping women in Kherson village"),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "On 12 May 2023, a group of tribal fighters raped two women in Enga province; police said the women were attacked while returning from a market."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "Gang members raped several women during an attack on the neighbourhood of Carrefour-Feuilles, a human rights organisation reported."),
        r("ATTACK", "ASSAULT", "18", "Attack", "Gunmen kill three villagers in PNG highlands"),
        r("ATTACK", "ASSAULT", "18", "Attack", "The martyr Ahmad fell by the bullets of the occupation forces at the entrance of the town of Jenin, the Ministry of Health announced.", weak: true),
        r("ATTACK", "ASSAULT", "18", "Attack", "On 16 October 2023, a man shot dead two Swedish football fans in Brussels before fleeing on a scooter; police said the gunman had pledged allegiance to the Islamic State."),
        r("ATTACK", "ASSAULT", "18", "Attack", "On 20 April, unidentified gunmen killed a taxi driver in Spanish Town, St Catherine; police said the motive was unclear."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "Gang abducts 17 missionaries near Haitian capital"),
        r("ABDUCT_DISSAP", "ASSAULT/abduct|COERCE/arrest", "18|17", "Abduction/forced disappearance", "Unknown persons in military uniform took away the activist from his home in Melitopol; his whereabouts remain unknown, relatives reported.", weak: true),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "On 6 March, armed men kidnapped a Chechen blogger in Makhachkala and forced him into a car, his relatives said."),
        // Protests and riots
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Thousands rally in Tbilisi against 'foreign agents' bill"),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Several thousand persons marched in the streets of Nouméa on Saturday to demand the withdrawal of the electoral reform, according to the organisers."),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "On 2 January 2022, residents of Zhanaozen gathered on the central square to protest against the doubling of gas prices."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "Police detain dozens at Minsk protest"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "Employees of the organs of internal affairs detained participants of an unsanctioned action in the centre of Moscow; according to OVD-Info, 45 people were detained."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "On 2 June, demonstrators gathered outside parliament in Yerevan demanding the prime minister's resignation; police removed protesters blocking the road and detained 60 of them."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "Troops fire on Nukus protesters, several dead"),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "The forces of order opened fire on the demonstrators in Dakar, killing two young people, according to hospital sources."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "On 5 January 2022, security forces shot dead protesters in Almaty as the unrest spread, rights groups said."),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "Rioters torch cars in Nouméa as unrest spreads", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "On 29 June 2023, rioters protesting the police killing of a teenager set fire to a town hall in L'Haÿ-les-Roses and looted shops, police said.", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "Demonstrators erected barricades of burning tyres and threw stones at vehicles in Port-au-Prince to denounce the high cost of living."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "Mob beats suspected thief to death in Port Moresby settlement"),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "On 4 April, a crowd in a village on Malaita attacked a man accused of sorcery and burned his house; police said he was rescued with serious injuries."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "A mob of residents lynched two suspected gang members with machetes in Port-au-Prince's Canapé-Vert neighbourhood, witnesses said."),
        // Strategic developments
        r("AGREEMENT", "RETREAT|AGREE|SUPPORT", "08|03|05", "Agreement", "Kyrgyzstan, Tajikistan agree ceasefire after border clashes"),
        r("AGREEMENT", "RETREAT|AGREE|SUPPORT|COOPERATE", "08|03|05|06", "Agreement", "The two parties signed in Minsk a protocol on the exchange of prisoners of war, the OSCE mission reported."),
        r("AGREEMENT", "AGREE|SUPPORT", "03|05", "Agreement", "On 10 November 2020, Armenia, Azerbaijan and Russia signed a statement ending the war in Nagorno-Karabakh."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Georgian police arrest opposition leader"),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Employees of the FSB detained a resident of Crimea suspected of treason, the press service of the department reported."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "On 15 March, police in Honiara arrested 12 men in connection with last year's riots; a police statement said they were charged with arson and theft."),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "ETA announces definitive end of armed activity"),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "The PKK announced that it would dissolve itself and lay down its arms, following a call by its jailed leader."),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "On 24 June 2023, the Wagner Group announced it was halting its advance on Moscow and returning its fighters to their field camps."),
        r("DISR_WEAP", "*", "*", "Disrupted weapons use", "Police defuse bomb outside Belfast police station"),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "The forces of order seized a lot of weapons of war and munitions in a warehouse in Port-de-Paix, according to the police."),
        r("DISR_WEAP", "ASSAULT", "19", "Disrupted weapons use", "On 30 December, Ukrainian air defence shot down 41 Russian drones over Kyiv and the surrounding regions, the Air Force said."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "Gang sets up base in Haitian town of Mirebalais"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "Fighters of the West Papua National Liberation Army set up a new camp in the hills above Intan Jaya, the Indonesian military said."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "Militants created a base in the mountains of Dagestan, the National Anti-Terrorism Committee reported."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "Settlers torch Palestinian cars in West Bank village"),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "On 3 August, unknown persons set fire to a refugee shelter in Saxony; police said no one was inside."),
        r("PROPERTY_DISTRUCT", "COERCE/seize|ASSAULT/destroy", "17", "Looting/property destruction", "Armed bandits looted and burned the General Hospital in Port-au-Prince, the health ministry said."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "Russian peacekeepers leave Karabakh bases"),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "On 11 November 2022, Russian troops withdrew from the city of Kherson to the left bank of the Dnipro."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "Armenia handed over four villages in the Tavush region to Azerbaijan under a border agreement."),
        r("OTHER", "COERCE/curfew", "17", "Other", "Tajikistan imposes curfew in Khorog"),
        r("OTHER", "COERCE/martial-law", "17", "Other", "The government declared a state of emergency in the department of the West for one month, the official journal reported."),
        r("OTHER", "MOBILIZE", "15", "Other", "Serbia put its army on the highest state of combat readiness and sent troops towards the border with Kosovo."),
        // Other CASE labels
        r("DIPLO", "CONSULT", "04", "-", "Aliyev, Pashinyan meet in Brussels"),
        r("DIPLO", "CONSULT", "04", "-", "The Minister of Foreign Affairs of Russia held negotiations with his Kazakh colleague in Astana."),
        r("DIPLO", "CONSULT", "04", "-", "Fiji's prime minister visited Canberra for talks with his Australian counterpart on security cooperation."),
        r("ATTRIB", "*", "01", "-", "Islamic State claims Moscow concert hall attack", weak: true),
        r("ATTRIB", "*", "01", "-", "The Islamic Resistance in Iraq claimed responsibility for targeting a base of the American occupation with a drone, in a statement."),
        r("ATTRIB", "*", "01", "-", "A far-left group claimed responsibility for the arson of a cable duct that halted rail traffic near Berlin, police said."),
        r("NATURAL_DISASTER", "*", "*", "-", "Powerful quake hits Vanuatu capital, killing 14"),
        r("NATURAL_DISASTER", "*", "*", "-", "Hurricane Beryl flattened homes across Carriacou and killed at least seven people in the eastern Caribbean."),
        r("NATURAL_DISASTER", "*", "*", "-", "On 16 May, floods in Emilia-Romagna killed 14 people and forced 36,000 from their homes."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "Fire at Bucharest nightclub kills 27", weak: true),
        r("MAN_MADE_DISASTER", "*", "*", "-", "On 14 June 2023, a fishing boat carrying migrants capsized off Pylos, Greece, with hundreds feared drowned."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "A gas explosion in an apartment block in Magnitogorsk killed 39 residents.", weak: true),
        r("ORG_CRIME", "*", "*", "-", "Dutch customs seize cocaine hidden in banana boxes"),
        r("ORG_CRIME", "*", "*", "-", "The Civil Guard dismantled a criminal organisation dedicated to the trafficking of hashish in Cádiz and arrested 23 persons."),
        r("ORG_CRIME", "*", "*", "-", "A smuggling network moving guns from Florida to Haitian gangs was broken up by US and Haitian authorities."),
        // Events that did not happen, or not yet
        n("PEACE_PROTEST", "Opposition calls off Saturday rally in Baku"),
        n("AIR_STRIKE", "The defence ministry denied that its aircraft had bombed a village near Shusha."),
        n("PEACE_PROTEST|OTHER", "Unions plan a general strike in Athens next week against the pension reform."),
        n("ATTACK", "Rebel leaders threatened to attack Honiara if the prime minister did not resign."),
        n("ARMED_CLASH|ATTACK", "The Tajik border guards did not open fire on the Kyrgyz convoy, the State Committee for National Security said."),
        // Negatives
        r("NONE", "*", "*", "-", "City rout United, seize top spot", status: .any),
        r("NONE", "*", "*", "-", "Stocks rally in London as oil slides", status: .any),
        r("NONE", "*", "*", "-", "Georgian lenders announce merger to form largest bank", status: .any),
    ]

    /// Whether a probe is right: its four fields and its status.
    static func right(_ p: Probe) -> (fields: Bool, all: Bool, coding: CaseCodingProbeTests.Coding) {
        let c = CaseCodingProbeTests.coding(p.row.text)
        let a = CaseProbeTests.engine.analyze(Article(id: "probe", date: nil, text: p.row.text))
        let e = a.events.first(where: { $0.cameo.acled != nil })
            ?? a.events.first(where: { $0.cameo.code.hasPrefix("015") })
            ?? a.events.first
        // a snippet whose label comes from a topic may have no event: nothing is coded as not done
        let notDone = e.map { $0.negated || $0.modality != nil } ?? false
        let m = CaseCodingProbeTests.marks(p.row, c)
        let fields = m.label && m.acled && m.plover && m.root
        switch p.status {
        case .done: return (fields, fields && !notDone, c)
        case .notDone:
            let labels = p.row.label.split(separator: "|").map(String.init)
            let ok = c.label == "NONE" || (notDone && labels.contains(c.label))
            return (ok, ok, c)
        case .any: return (fields, fields, c)
        }
    }

    @Test(arguments: probes)
    func probe(_ p: Probe) {
        let (_, all, c) = Self.right(p)
        if p.row.weak {
            withKnownIssue("weak probe: \(c)") { #expect(all, "\(p.row.text) -> \(c)") }
        } else {
            #expect(all, "\(p.row.text) -> \(c)")
        }
    }

    /// Every row's ACLED sub-event type is ACLED's and its CASE label that
    /// type's label; every CASE label has at least three rows; 100 rows.
    @Test func rowsAreConsistent() {
        let count = CaseCodingProbeTests.expectConsistent(Self.probes.map(\.row))
        CaseProbeTests.expectEveryLabel(count, atLeast: 3)
        #expect(Self.probes.count == 100)
        #expect(Self.probes.filter { $0.status == .notDone }.count == 5)
    }

    /// Shares right by field, in the four fields and with the status
    /// (printed; every row not marked weak must be right).
    @Test func share() {
        var tally = Tally(set: "headline")
        for p in Self.probes { tally.add(p) }
        tally.report(of: Self.probes.count)
        #expect(tally.all == Self.probes.filter { !$0.row.weak }.count)
    }

    /// Counts of probes right by field, in the four fields and with the
    /// status; shared with `CaseNotesProbeTests`, whose rows are probes too.
    struct Tally {
        let set: String
        var label = 0, acled = 0, plover = 0, root = 0, four = 0, all = 0

        /// Runs the probe, counts its marks and prints a miss; whether it is right with its status.
        @discardableResult mutating func add(_ p: Probe) -> Bool {
            let (fields, ok, c) = CaseHeadlineProbeTests.right(p)
            if p.status == .notDone {
                if ok { label += 1; acled += 1; plover += 1; root += 1 }
            } else {
                let m = CaseCodingProbeTests.marks(p.row, c)
                if m.label { label += 1 }
                if m.acled { acled += 1 }
                if m.plover { plover += 1 }
                if m.root { root += 1 }
            }
            if fields { four += 1 }
            if ok { all += 1 } else {
                print("\(set) probe miss: \(p.row.label) want \(p.row.plover) \(p.row.root) \(p.row.acled) got \(c) | \(p.row.text)")
            }
            return ok
        }

        func report(of n: Int, extra: String = "") {
            print("\(set) probe: label \(label)/\(n), ACLED \(acled)/\(n), PLOVER \(plover)/\(n), CAMEO root \(root)/\(n), all four \(four)/\(n), all four and status \(all)/\(n)\(extra)")
        }
    }
}
