import Testing
@testable import AnnalsCore

/// A fifth set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words, with their expected codings, before the
/// engine was run on them. Three or more for each of the 30 CASE labels and
/// the ACLED sub-event types behind them, in styles the other four sets
/// lack: wire-service leads with a dateline, humanitarian situation reports
/// ("since 3 June ... have displaced"), local-press crime and protest items,
/// the passive voice ("was recaptured by"), events named by a noun ("the
/// shelling of", "a sit-in outside", "the fall of"), numbers and casualties
/// first ("Four soldiers were killed when ..."), from Africa, Latin America,
/// South and Southeast Asia; and two negatives.
///
/// Each row has the shape of `CaseCodingProbeTests` (and is scored by its
/// functions): the CASE label, the PLOVER type (with its mode where the
/// manual makes it clear), the CAMEO root and the ACLED sub-event type of
/// the deciding event; alternatives separated by "|", "*" checks nothing,
/// "-" no ACLED view.
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text: the file as first committed, SHA-256 3f771f9a...), of 100:
/// label 66, ACLED sub-event 71, PLOVER 75, CAMEO root 73, all four right
/// 60. After the rules they led to (a passive whose object words stand in
/// its subject, "a cache of arms was recovered by police"; a verb pattern
/// that goes on after its trigger does not apply right after an article or
/// a possessive, "a rally against the mine"; "tear gas" never the verb
/// "gas"; raids after a preposition; a claimed attack is a claim; "the fall
/// of" only of a town or a base; bases seized; the abduction of someone by
/// militants; a suicide attacker's killing; chemical bombs; withdrawals and
/// vacated bases that leave ground to others; the suspension of military
/// operations; a counterpart received; talks held; a fire at a depot; a
/// bus that plunged; criminal rings): 91 / 92 / 91 / 89 / 86. Snippets
/// still wrong are marked `weak` (a known issue): chemical bombs and an
/// aircraft's bombing coded with CAMEO 18 (a bombing) rather than 20 and 19,
/// jets that "destroyed hideouts", a man "bundled into a microbus", a
/// protest march read as PROTEST with no mode, a vigil for men "killed by
/// police" ranked below the killing, live rounds fired at crowds coded 175
/// (repression) rather than 18 or 19, protesters' arson coded as
/// destruction (17) not a riot (14), a merger announced as a noun, a base
/// named as "the establishment of", a stronghold set up by "gang members",
/// bases vacated and then occupied (the occupation ranks first), a building
/// collapse with no disaster topic, and gang members charged with extortion
/// read as ACLED arrests.
@Suite struct CaseReportProbeTests {
    typealias Row = CaseCodingProbeTests.Row
    static func r(_ label: String, _ plover: String, _ root: String, _ acled: String, _ text: String,
                  weak: Bool = false) -> Row {
        CaseCodingProbeTests.r(label, plover, root, acled, text, weak: weak)
    }

    static let rows: [Row] = [
        // Battles
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "MAIDUGURI, Nigeria (Reuters) - Eleven soldiers and an unknown number of assailants were killed in an exchange of fire between the army and ISWAP fighters near Malam Fatori, military sources said."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Since 3 June, renewed clashes between the FARDC and CODECO militia around Djugu have displaced an estimated 12,000 people, according to OCHA."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "A fierce gun battle between Philippine Army troops and NPA rebels in Northern Samar left three guerrillas dead on Tuesday."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "The fighting between Sudanese army units and RSF fighters in El Obeid entered its third day on Friday, humanitarian sources reported."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "The town of Diffa was recaptured by Nigerien troops on Wednesday after a two-day occupation by Boko Haram fighters."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "Following the recapture of Macomia by Mozambican and SADC forces, about 4,000 displaced people returned to their homes, aid agencies said."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "MANILA (Reuters) - Philippine troops have wrested control of the last areas of Marawi held by pro-Islamic State militants, the military said on Monday."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "The fall of Gao to Tuareg rebels on Saturday left the government with no foothold in northern Mali."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "Several villages in Cabo Delgado's Meluco district were overrun by insurgents over the weekend, according to a humanitarian update."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "ISWAP fighters seized a military base in Marte and hoisted their flag, residents said."),
        // Explosions and remote violence
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "At least 15 people, mostly children, were treated for suffocation after a suspected chlorine attack on a rebel-held village in Idlib, rescuers said."),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "Rebels in Myanmar's Karenni state accused the junta of dropping chemical bombs on their positions near Loikaw.", weak: true),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "Sudanese government forces used chemical weapons against civilians in Jebel Marra, Amnesty International alleged in a report."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "Twelve civilians, among them four children, were killed in an airstrike on a village in Myanmar's Sagaing region, local media reported."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "MEKELLE, Ethiopia (AP) - The bombing of a market in Tigray by Ethiopian military aircraft killed at least 50 people, health officials said.", weak: true),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "A drone strike on a gathering in Mali's Segou region killed 13 people on Sunday, local sources said."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "The Nigerian Air Force said its jets had destroyed several bandit hideouts in Zamfara state in a series of air interdictions.", weak: true),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "At least 25 people were killed when a suicide bomber struck a crowded mosque in Maiduguri during evening prayers, police said."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "QUETTA, Pakistan (AP) - A suicide attacker on a motorcycle rammed into a paramilitary vehicle on Monday, killing three Frontier Corps soldiers."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "The suicide bombing of a police academy in Mogadishu left 15 recruits dead, officials said."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Three children were wounded when mortar rounds landed on a school in Mogadishu's Hodan district on Thursday."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "The shelling of Kadugli by SPLM-N forces continued overnight, a humanitarian situation report said."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Artillery shells fired by the military struck a camp for displaced people in Kachin state, killing nine civilians."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "Four soldiers were killed and six others injured when their vehicle ran over a landmine in the Tillaberi region, the defence ministry said."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "An IED blast in a market in Cotabato City wounded seven people on Sunday, police said."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "A pressure-cooker bomb hidden in a bag went off at a bus stand in Imphal, injuring two people."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "Six people were hurt in a grenade attack on a police post in Anantnag, officials said."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "A hand grenade was hurled at the house of a local politician in Manipur's Thoubal district late Friday; no one was hurt."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "Gang members tossed a grenade into a crowded bus in San Pedro Sula, killing a passenger."),
        // Violence against civilians
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "Women arriving at the camp in Adre reported being raped by armed men on the road from El Geneina, MSF said."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "The rape of a 12-year-old girl by a soldier in Ituri has sparked outrage in Bunia."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "A woman was gang-raped by three policemen in a station in Uttar Pradesh, her family alleged."),
        r("ATTACK", "ASSAULT", "18", "Attack", "Seven villagers were hacked to death by suspected ADF militants in Beni territory overnight, local officials said."),
        r("ATTACK", "ASSAULT", "18", "Attack", "The killing of a community leader in Putumayo on Sunday brought to 52 the number of social leaders murdered this year, the Ombudsman said."),
        r("ATTACK", "ASSAULT", "18", "Attack", "A local councillor was shot dead by unidentified gunmen riding in tandem in Cebu on Tuesday, police said."),
        r("ATTACK", "ASSAULT", "18", "Attack", "GUATEMALA CITY (Reuters) - Gunmen killed a journalist in the northern department of Peten on Friday, press freedom groups said."),
        r("ATTACK", "ASSAULT", "18|20", "Attack", "Suspected herdsmen attacked Yelwata village in Benue state overnight, killing at least 40 residents, a police spokesman said."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "Twenty passengers were abducted by gunmen on the Abuja-Kaduna highway on Sunday, police said."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "The abduction of two Indian engineers by militants in Kogi state has been confirmed by the police."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct|COERCE/arrest", "18|17", "Abduction/forced disappearance", "Relatives of a student leader in Dhaka said he has not been seen since plainclothes men bundled him into a microbus on Tuesday night.", weak: true),
        // Protests and riots
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "A sit-in outside the district commissioner's office in Gilgit entered its fifth day on Monday, with traders demanding lower wheat prices."),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Hundreds of garment workers demonstrated outside their factory in Gazipur on Thursday, demanding unpaid wages, local media reported."),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "A protest march by tea garden workers in Dibrugarh passed off peacefully on Wednesday, police said.", weak: true),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "LIMA (Reuters) - Thousands of Peruvians took to the streets of the capital on Thursday demanding the resignation of President Dina Boluarte."),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Residents of Mathare held a candlelight vigil on Sunday in memory of young men killed by police.", weak: true),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "Tear gas was fired at opposition supporters who had gathered outside the party headquarters in Lusaka, witnesses said."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "A demonstration by unemployed graduates in front of parliament in Rabat was broken up by police on Tuesday."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "Forty-two protesters were detained when police dispersed a rally against the mining project in Cajamarca."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "Police baton-charged a procession of opposition workers in Peshawar who were marching towards the press club."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "Two protesters were shot dead by police during demonstrations against the fuel price hike in Freetown, a hospital source said."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "The killing of five demonstrators by soldiers in Bolivia's Sacaba sparked international condemnation."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "MAPUTO (Reuters) - At least 18 people were killed when security forces fired live rounds at crowds protesting against the election results, rights groups said."),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "Protesters angry over power cuts set fire to the offices of the electricity distributor in Kano and blocked the main road, police said.", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "Several vehicles were torched and shops looted by demonstrators in Kinshasa protesting against the election results."),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "Rioting by students in Sylhet left a police station damaged and 20 people injured, local media reported."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "A suspected thief was beaten to death by a mob at a market in Mwanza on Saturday, police said."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "Two men suspected of stealing cattle were lynched by villagers in Jharkhand's Gumla district."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "A crowd of motorcycle taxi riders attacked and burned alive a man accused of stealing a motorcycle in Bujumbura."),
        // Strategic developments
        r("AGREEMENT", "SUPPORT", "05", "Agreement", "A peace agreement was signed in Juba on Saturday between the government and the SPLM-N faction led by Abdelaziz al-Hilu."),
        r("AGREEMENT", "RETREAT/release", "08", "Agreement", "Under a deal brokered by the Catholic Church, 14 hostages held by the ELN were released in Arauca."),
        r("AGREEMENT", "RETREAT|AGREE|SUPPORT", "08|03|05", "Agreement", "The warring parties in eastern Congo agreed to a ceasefire at talks in Luanda, the Angolan presidency said."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Three opposition activists were arrested in Kigali on charges of inciting insurrection, the prosecution said."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "The arrest of a prominent Cambodian opposition leader in Phnom Penh drew criticism from the United States."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "JAKARTA (Reuters) - Indonesian police arrested 23 suspected militants linked to Jemaah Islamiyah in raids across Sumatra, a spokesman said."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Five members of the opposition CCC were picked up by police in Harare during a meeting on Sunday, their lawyer said."),
        r("CHANGE_TO_GROUP_ACT", "COOPERATE", "06", "Change to group/activity", "Two rival factions of the Anglophone separatists in Cameroon announced a merger to form a single command.", weak: true),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "Over 50 Maoist cadres, including six women, surrendered before police in Dantewada on Friday."),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "The Arakan Army announced the suspension of all military operations in Rakhine state for one month."),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "A large cache of arms and ammunition was recovered by security forces from a hideout in Manipur's Churachandpur district."),
        r("DISR_WEAP", "*", "*", "Disrupted weapons use", "An explosive device planted near a bridge on the Maiduguri-Damboa road was safely defused by army engineers on Monday."),
        r("DISR_WEAP", "*", "*", "Disrupted weapons use", "Security forces foiled an attempt to bomb a police station in Bannu, seizing explosives and two suicide vests, officials said."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "Insurgents have set up camps in the forests of the Niassa reserve, according to a humanitarian access report."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "The establishment of a new JNIM base near Tessit was reported by local sources on Thursday.", weak: true),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "Heavily armed gang members established a stronghold in the Bel-Air district of Port-au-Prince, displacing hundreds of residents.", weak: true),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "Dozens of homes were burned down by soldiers in a village in Magway region, residents said."),
        r("PROPERTY_DISTRUCT", "COERCE/seize|ASSAULT/destroy", "17", "Looting/property destruction", "The looting of a WFP warehouse in Mekelle by armed men was condemned by the UN."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "Unknown persons vandalised a statue of B.R. Ambedkar in a village in Tamil Nadu, police said."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "The withdrawal of Malian troops from Anefis left the town under the control of CMA rebels, residents said."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "Ethiopian troops vacated several bases in Somalia's Bakool region, which were later occupied by al-Shabaab.", weak: true),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "The military camp at Ber was handed over to the Malian army by MINUSMA peacekeepers on Sunday."),
        r("OTHER", "COERCE/curfew", "17", "Other", "A dusk-to-dawn curfew has been imposed in Manipur's Imphal East district following the violence."),
        r("OTHER", "COERCE/martial-law", "17", "Other", "A state of emergency was declared in four provinces of southern Ecuador after a surge in gang violence."),
        r("OTHER", "MOBILIZE", "15", "Other", "Security was beefed up and additional troops were deployed to Kashmir's Pulwama district ahead of the polls."),
        // Other CASE labels
        r("DIPLO", "CONSULT", "04", "-", "Indonesian President Joko Widodo received his Malaysian counterpart in Bogor for talks on the border."),
        r("DIPLO", "CONSULT", "04", "-", "Talks between the foreign ministers of India and Bangladesh were held in Dhaka on Monday."),
        r("DIPLO", "CONSULT", "04", "-", "Kenya's president paid a state visit to Tanzania, where he held talks with President Samia Suluhu Hassan."),
        r("ATTRIB", "*", "01", "-", "Responsibility for the bombing of the Jamrud bazaar was claimed by the Pakistani Taliban in a statement."),
        r("ATTRIB", "*", "01", "-", "ISWAP claimed the killing of 12 soldiers in Borno state through its Amaq news agency."),
        r("ATTRIB", "*", "01", "-", "In a video posted online, the Mozambican insurgents claimed the attack on Palma and threatened further raids."),
        r("NATURAL_DISASTER", "*", "*", "-", "At least 120 people have died in floods and mudslides in Brazil's Rio Grande do Sul state, the civil defence agency said."),
        r("NATURAL_DISASTER", "*", "*", "-", "Flash flooding in Beledweyne has displaced some 200,000 people, and humanitarian access remains limited, OCHA reported."),
        r("NATURAL_DISASTER", "*", "*", "-", "Typhoon Rai left a trail of destruction across the central Philippines, killing at least 375 people."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "Thirty-two people were killed when an overloaded bus plunged off a bridge in Chiapas, state officials said."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "The collapse of a building in Lagos's Ikoyi district has left at least 36 people dead.", weak: true),
        r("MAN_MADE_DISASTER", "*", "*", "-", "A fire that broke out at a container depot in Sitakunda killed at least 41 people, including nine firefighters."),
        r("ORG_CRIME", "*", "*", "-", "More than 1.2 tonnes of methamphetamine were seized by Thai police in a raid near the Myanmar border."),
        r("ORG_CRIME", "*", "*", "-", "The dismantling of a human trafficking ring that smuggled Guatemalans to the United States was announced by prosecutors."),
        r("ORG_CRIME", "*", "*", "-", "Two alleged members of the Barrio 18 gang were charged with extorting bus drivers in Guatemala City.", weak: true),
        // Negatives
        r("NONE", "*", "*", "-", "The fall of the rupee to a record low rattled investors in Mumbai."),
        r("NONE", "*", "*", "-", "Thousands of fans stormed the pitch in Lagos after the final whistle to celebrate the title."),
    ]

    @Test(arguments: rows)
    func probe(_ row: Row) {
        CaseCodingProbeTests.expectProbe(row)
    }

    /// Every row's ACLED sub-event type is ACLED's and its CASE label that
    /// type's label; every CASE label has at least three rows; 100 rows.
    @Test func rowsAreConsistent() {
        let count = CaseCodingProbeTests.expectConsistent(Self.rows)
        CaseProbeTests.expectEveryLabel(count, atLeast: 3)
        #expect(Self.rows.count == 100)
    }

    /// Shares right by field and in full (printed; the floor guards the total).
    @Test func share() {
        CaseCodingProbeTests.expectShares(Self.rows, name: "report probe")
    }
}
