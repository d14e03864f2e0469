import Testing
@testable import AnnalsCore

/// A fourth set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words, with their expected codings, before the
/// engine was run on them. Three or more for each of the 30 CASE labels and
/// the ACLED sub-event types behind them, in the styles of wire copy, local
/// press and NGO reports, from Africa (Sahel, Horn, Great Lakes, Nigeria,
/// Mozambique, Kenya), Latin America (Colombia, Haiti, Venezuela, Chile,
/// Ecuador, Peru), South Asia (Pakistan, Afghanistan, India, Bangladesh,
/// Sri Lanka) and the Middle East (Yemen, Syria, Iraq, Gaza, Iran), and
/// negatives whose trigger words mean something else.
///
/// Each row has the shape of `CaseCodingProbeTests` (and is scored by its
/// functions): the CASE label, the PLOVER type (with its mode where the
/// manual makes it clear), the CAMEO root and the ACLED sub-event type of
/// the deciding event; alternatives separated by "|", "*" checks nothing,
/// "-" no ACLED view.
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text), of 100, with main at 3e0e4c6: label 77, ACLED sub-event 79,
/// PLOVER 73, CAMEO root 79, all four right 65; after the thirteenth
/// session's PLOVER modes, acts ranked above their results, hyphenated nouns
/// and merges (written for the known debts, not for these rows): 78 / 80 /
/// 84 / 83 / 74. After the rules they led to (claims for an assault or a
/// raid, a counterpart hosted with no name, a provincial capital taken,
/// forces that pull out of a port or an outpost, weapons seized and men
/// rounded up after a number, a base set up by mercenaries, a stoning to
/// death, groups battling for control, a chemical weapons attack, an attack
/// on a budget as words, and a riot ranked above the property its own crowd
/// ransacked): 87 / 87 / 94 / 95 / 87; with the sixth set's rules (forces
/// that leave a base) 88 / 89 / 95 / 96 / 88. Snippets still wrong are marked
/// `weak` (a known issue): an explosive vest read as an air strike, a
/// protest's cause (an arrest)
/// ranked above the protest, a killing "at a protest" without a protest
/// word the rules know, youths burning a police station with no protest
/// word, an armed group ending its ceasefire, a headquarters set up by a
/// group named only by its name, a strike called by separatists read as an armed group's
/// change, a depot explosion read as an attack, a central bank's "warning
/// shot", and "launched an attack on the budget". (The girls' school set
/// on fire is coded since session 17's property-after-a-describing-word
/// patterns, CaseWorldProbeTests; the abduction and rape "by armed men"
/// is coded as the rape since session 18 names "armed men" an actor; the
/// protest's cause ranked above the protest is right since the ninth set's
/// rules, an arrest protested names no arrest, CasePressProbeTests: all
/// four 91.)
@Suite struct CaseRegionalProbeTests {
    typealias Row = CaseCodingProbeTests.Row
    static func r(_ label: String, _ plover: String, _ root: String, _ acled: String, _ text: String,
                  weak: Bool = false) -> Row {
        CaseCodingProbeTests.r(label, plover, root, acled, text, weak: weak)
    }

    static let rows: [Row] = [
        // Battles
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Heavy fighting broke out on Thursday between the Ethiopian National Defence Force and Fano militiamen on the outskirts of Gondar, residents said."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Two soldiers and five Ansar Allah fighters were killed when the rival forces exchanged fire near Marib on Sunday."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Members of the Gulf Clan and FARC dissidents battled for control of a coca-growing area in Antioquia, leaving at least eight dead, the Ombudsman's office reported."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "Security forces engaged Baloch Liberation Army militants in a gunfight in Kech district, the military's media wing said."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "The Mozambican army, supported by Rwandan troops, recaptured the port town of Mocimboa da Praia from insurgents on Sunday."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "Iraqi forces have regained control of the last neighbourhoods of western Mosul held by Islamic State, a commander said."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "The Congolese army said it had retaken Kitshanga after M23 rebels withdrew under pressure."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "Taliban fighters captured the provincial capital of Kunduz on Sunday after days of fighting, officials said."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "Houthi rebels took over the district centre of Harib in Shabwa province, tribal sources said."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "Fighters of the Tigray Defence Forces entered Lalibela and took control of the town, witnesses said."),
        // Explosions and remote violence
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "Syrian government helicopters dropped barrels filled with chlorine gas on Saraqib, a rights group said."),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "Activists accused the army of using sarin in an attack on a rebel-held suburb, killing dozens."),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "Residents of a village in Darfur reported blistering and breathing problems after what witnesses described as a chemical weapons attack by government forces."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "Saudi-led coalition warplanes struck a wedding party in Hajjah province, killing at least 20 people, medics said."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "A Turkish drone strike hit a car near Qamishli on Tuesday, killing two members of the SDF."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "Nigerian Air Force jets bombarded a Boko Haram camp in the Sambisa forest, the military said."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "Israeli aircraft carried out strikes on a residential building in Khan Younis overnight, the Gaza health ministry said."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "A suicide bomber blew himself up at a Shia mosque in Kunduz during Friday prayers, killing dozens of worshippers."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "A female suicide bomber detonated her explosives at a market in Konduga, Borno state, killing four people."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "At least 30 people died when an attacker wearing an explosive vest struck a police compound in Peshawar.", weak: true),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Russian forces shelled the centre of Kharkiv on Wednesday, damaging a school and wounding three civilians."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Militants fired mortar shells at a Malian army camp in Boni, the army said."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Al-Shabaab fighters lobbed mortars at the presidential palace in Mogadishu late on Friday."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "Hamas fired a barrage of rockets at southern Israel after the strike, the Israeli military said."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "An improvised explosive device planted on the road to Kidal detonated as a MINUSMA convoy passed, wounding three peacekeepers."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "Two children herding goats were killed by a landmine in Kandahar province, police said."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "A roadside bomb struck a military vehicle in North Waziristan, killing four soldiers."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "Unknown assailants hurled a grenade at a bar in Bujumbura, injuring eleven customers."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "Militants lobbed a grenade at a CRPF bunker in Srinagar's Lal Chowk; two personnel were injured."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "A hand grenade thrown into a crowded market in Goma killed one person and wounded 15."),
        // Violence against civilians
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "Soldiers raped at least 12 women during a raid on a village in Ituri province, a UN report said."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "A 14-year-old girl was abducted and raped by armed men near a camp for displaced people in Borno state."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "Members of a pro-government militia sexually assaulted women at a checkpoint near Kadugli, Human Rights Watch said."),
        r("ATTACK", "ASSAULT", "18|20", "Attack", "Gunmen on motorcycles killed 14 villagers in an attack on Solhan in northern Burkina Faso on Friday night."),
        r("ATTACK", "ASSAULT", "18", "Attack", "A journalist was stabbed to death outside his home in Tegucigalpa, police said."),
        r("ATTACK", "ASSAULT", "18", "Attack", "Fulani herdsmen attacked farmers in Benue state, killing seven people and burning houses."),
        r("ATTACK", "ASSAULT", "18", "Attack", "Unknown assailants shot dead a social leader in Cauca department, the fourth this month."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "Gunmen kidnapped more than 80 students from a school in Kuriga, Kaduna state, on Thursday morning."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct|COERCE/arrest", "18|17", "Abduction/forced disappearance", "Relatives say an activist from Balochistan went missing after being picked up by men in plain clothes in Karachi."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "Suspected ADF rebels abducted 30 civilians during a raid on a village near Beni."),
        // Protests and riots
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Thousands of people marched through Santiago on Saturday to demand a new constitution."),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Hundreds of Rohingya refugees held a peaceful rally in Cox's Bazar demanding a safe return to Myanmar."),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "Lawyers staged a sit-in outside the Lahore High Court to protest against the arrest of a colleague."),
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "Families of the disappeared held a vigil in Colombo to call for answers from the government."),
        r("PEACE_PROTEST", "PROTEST/strike|PROTEST/demo", "14", "Peaceful protest", "Nurses at Kenyatta National Hospital downed tools and marched to parliament over unpaid allowances."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "Police used tear gas and water cannon to disperse opposition supporters gathered outside the electoral commission in Kampala."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "Riot police broke up a march by students in Dhaka, detaining dozens."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "Security forces in Conakry fired tear gas at demonstrators protesting against a third term for the president."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "Soldiers opened fire on protesters in Khartoum, killing at least seven people, a doctors' committee said."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "Police killed two demonstrators in Nairobi during protests against new taxes, Amnesty International said."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "Iranian security forces shot dead a teenager at a protest in Zahedan, rights groups said.", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "Protesters in Port-au-Prince set tyres ablaze and threw stones at police during a demonstration over fuel prices."),
        r("VIOL_DEMONSTR", "PROTEST/riot|ASSAULT/destroy", "14|17", "Violent demonstration", "Angry youths burned a police station in Dakar after the opposition leader was sentenced.", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "Demonstrators stormed the parliament building in Colombo and ransacked offices."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "A mob lynched a man accused of blasphemy in Sialkot and set his body on fire."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "Villagers in Morogoro beat to death two men suspected of stealing a motorcycle."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "Residents stoned a suspected witch to death in a village in Kilifi county."),
        // Strategic developments
        r("AGREEMENT", "SUPPORT", "05", "Agreement", "The government of Chad and dozens of rebel groups signed a peace deal in Doha on Monday."),
        r("AGREEMENT", "RETREAT|AGREE|SUPPORT", "08|03|05", "Agreement", "Armenia and Azerbaijan agreed to a ceasefire brokered by Russia, effective from midnight."),
        r("AGREEMENT", "RETREAT/release", "08", "Agreement", "Hostages held by Hamas were freed under a truce deal mediated by Qatar and Egypt."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Zimbabwean police arrested opposition lawmaker Job Sikhala in Harare on Tuesday."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Indian police detained dozens of Kashmiri separatist leaders ahead of the prime minister's visit."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Venezuelan intelligence agents detained a human rights activist at the airport in Caracas."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "Security forces in Burundi rounded up about 40 young men suspected of belonging to the opposition youth wing."),
        r("CHANGE_TO_GROUP_ACT", "*", "*", "Change to group/activity", "The TTP announced an end to its ceasefire with the Pakistani government and ordered its fighters to resume attacks.", weak: true),
        r("CHANGE_TO_GROUP_ACT", "COOPERATE", "06", "Change to group/activity", "Two armed groups in northern Mali, the GATIA and the MSA, merged to form a single movement."),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "More than 200 fighters of the ADF laid down their arms and surrendered to the army in Beni."),
        r("DISR_WEAP", "*", "*", "Disrupted weapons use", "Bomb disposal experts defused an explosive device found near a church in Maiduguri."),
        r("DISR_WEAP", "ASSAULT", "19", "Disrupted weapons use", "Saudi air defences intercepted a ballistic missile fired by the Houthis towards Jizan."),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "Police seized 200 rifles and ammunition from a militia hideout in Jonglei state."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "Wagner mercenaries set up a base at the airport in Tessalit, local officials said."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "Al-Shabaab established a new headquarters in the village of Bulo Fulay after the army left.", weak: true),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "The RSF has set up a military camp inside a hospital compound in Omdurman, doctors said."),
        r("PROPERTY_DISTRUCT", "COERCE/seize|ASSAULT/destroy", "17", "Looting/property destruction", "Armed men looted shops and burned houses in a village in Plateau state, residents said."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "Israeli forces demolished three Palestinian homes in the village of Masafer Yatta."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "Militants set fire to a girls' school in North Waziristan overnight; no one was hurt."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "The last French troops left the Barkhane base in Timbuktu and handed it over to the Malian army."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "Houthi forces withdrew from the port of Hodeidah under the UN-brokered agreement."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "Islamist fighters abandoned the town of Bula Burte without resistance as troops approached."),
        r("OTHER", "PROTEST/strike", "14", "Other", "Shops and schools stayed shut across Kashmir as separatists called a general strike to mark the anniversary.", weak: true),
        r("OTHER", "COERCE/curfew", "17", "Other", "The government of Ecuador imposed a night-time curfew in Guayaquil after a wave of prison violence."),
        r("OTHER", "COERCE/martial-law", "17", "Other", "Peru's president declared a state of emergency in Lima and Callao for 30 days."),
        // Other CASE labels
        r("DIPLO", "CONSULT", "04", "-", "Kenya's president hosted his Somali counterpart in Nairobi for talks on border security."),
        r("DIPLO", "AGREE|SUPPORT|CONCEDE", "03|05|08", "-", "Iran and Saudi Arabia agreed to restore diplomatic relations after talks in Beijing."),
        r("DIPLO", "CONSULT", "04", "-", "The Colombian foreign minister travelled to Caracas to meet Venezuelan officials on reopening the border."),
        r("ATTRIB", "*", "01", "-", "The Islamic State group claimed responsibility for the bombing of a bus carrying Shia pilgrims in Kabul."),
        r("ATTRIB", "*", "01", "-", "Al-Shabaab said it carried out the attack on the hotel in Mogadishu, in a statement on its radio station."),
        r("ATTRIB", "*", "01", "-", "The Baloch Liberation Army took responsibility for the assault on the Chinese consulate in Karachi."),
        r("NATURAL_DISASTER", "*", "*", "-", "A 6.8-magnitude earthquake struck the High Atlas mountains, killing more than 2,000 people."),
        r("NATURAL_DISASTER", "*", "*", "-", "Monsoon rains triggered landslides in Kerala's Wayanad district, burying hundreds of homes."),
        r("NATURAL_DISASTER", "*", "*", "-", "Cyclone Freddy tore through southern Malawi, leaving at least 190 people dead."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "A train derailed and caught fire in Odisha, killing 280 passengers."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "A boat carrying migrants capsized off the coast of Libya; 61 people are feared drowned."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "An explosion at a fuel depot in Conakry killed eight people and forced thousands to flee.", weak: true),
        r("ORG_CRIME", "*", "*", "-", "The Colombian navy seized 4 tonnes of cocaine aboard a semi-submersible off the Pacific coast."),
        r("ORG_CRIME", "*", "*", "-", "Police in Rio de Janeiro dismantled a drug trafficking ring operating from the Complexo da Mare."),
        r("ORG_CRIME", "*", "*", "-", "A gang leader from Port-au-Prince was extradited to the United States on charges of arms trafficking."),
        // Negatives
        r("NONE", "*", "*", "-", "The central bank fired a warning shot at markets, signalling another rate hike.", weak: true),
        r("NONE", "*", "*", "-", "The opposition launched an attack on the government's budget plans in parliament.", weak: true),
        r("NONE", "*", "*", "-", "Kenya's sprinters stormed to victory in the 4x400m relay final."),
    ]

    @Test(arguments: rows)
    func probe(_ row: Row) {
        CaseCodingProbeTests.expectProbe(row)
    }

    /// Every row's ACLED sub-event type is ACLED's and its CASE label that
    /// type's label; every CASE label has at least three rows.
    @Test func rowsAreConsistent() {
        let count = CaseCodingProbeTests.expectConsistent(Self.rows)
        CaseProbeTests.expectEveryLabel(count, atLeast: 3)
    }

    /// Shares right by field and in full (printed; the floor guards the total).
    @Test func share() {
        CaseCodingProbeTests.expectShares(Self.rows, name: "regional probe")
    }
}
