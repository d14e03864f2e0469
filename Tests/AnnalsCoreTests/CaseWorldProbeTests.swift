import Testing
@testable import AnnalsCore

/// An eighth set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words, with their expected codings, before the
/// engine was run on them: ACLED notes and short wire items from conflicts
/// outside the Caucasus. Battles and remote violence on the Ukraine-Russia
/// front line, in the Sahel (Mali, Burkina Faso, Niger), Nigeria, Somalia,
/// the DRC, Sudan, Ethiopia, Myanmar, Syria, Iraq, Yemen, Afghanistan and
/// Pakistan, Kashmir, Colombia and Mexico; protests and riots in India,
/// Kenya, Bangladesh, Chile, Iran, Serbia and France; violence against
/// civilians; strategic developments. Notes in ACLED's manner ("On 14 March
/// 2022, ...", "Around 12 May 2023 (month of), ...", "Property destruction:
/// ...", "[size=around 200]", "Fatalities: 7") with ACLED's actor names
/// ("Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and
/// Muslims", "Unidentified Armed Group (Nigeria)", "Protesters (India)",
/// "Rioters (Kenya)", "Police Forces of Kenya (2022-)"), and wire leads and
/// headlines with relative dates read with a publication date (`pub`).
/// Three or more rows for each of the 30 CASE labels (five armed clashes,
/// four air or drone strikes: the label floor leaves battles and remote
/// violence at 30 rows, not ACLED's half); five rows report an event that
/// did not happen or has not happened yet, two are negatives.
///
/// Each row has the four fields and the status of `CaseHeadlineProbeTests`,
/// the date and place country of `CaseNotesProbeTests`, and one more column,
/// scored apart: the ISO 3166 alpha-3 country ACLED's actor1 names ("*" when
/// it names none or the row has no ACLED event), right when some actor of
/// some event the engine codes has that country, as the held-out ACLED
/// scorer counts it; it is counted over the rows that name one.
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text: the file as first committed, SHA-256 06707a82..., on main
/// at 5718984), of 100: label 75, ACLED sub-event 75, PLOVER 83, CAMEO root
/// 82, all four 73, all four and the status 73; date 92, place country 67,
/// actor1 country 37 of 54. After the rules they led to (property named
/// after a number or a describing word, "set fire to 12 vehicles", "burned
/// down a primary school"; weapons named by make, "a cache of AK-47
/// rifles"; a training camp set up; a city entered unopposed; bombing with
/// aircraft in the sentence an air strike; rioters in the sentence riot, a
/// mob before its members is a mob; a building that collapsed is no attack;
/// force against a protest that is killing), on main at 5718984: 86 / 87 /
/// 89 / 87 / 81 / 81; date 97, place 70, actor1 41 of 54; rebased on main
/// at 937140f (its event places and its civilians who take a place over):
/// 86 / 87 / 90 / 88 / 82 / 82; date 97, place 82, actor1 41 of 54.
/// Session 18's actors ("armed men", "masked men", "paramilitary Rangers"
/// as Pakistan's, "Rioters (France)" as French rioters, "Unidentified Armed
/// Group (Nigeria)", al-Shabaab in lowercase): 88 / 89 / 91 / 88 / 84 / 84;
/// date 97, place 82, actor1 47 of 54.
/// Session 18's live rounds fired at people coded as an attack (CAMEO 180,
/// not repression 175), with the killing beside them kept as excessive
/// force: the two live-fire rows (and the report set's Maputo row).
/// Session 19 (the bracket of an ACLED actor name, "(2021-)", passed over
/// between the name and its verb; "plan nationwide demonstrations" intended):
/// all four 86 -> 88, the aircraft's bombing (CAMEO 195) and the planned
/// demonstrations.
/// Rows still wrong are marked `weak`: "a remotely detonated bomb
/// struck" read as an air strike; rape "during an attack" ranked below the
/// attack; pellets that blinded a student; rioters who attacked coded by the
/// act (18) not as a riot (14); a group that
/// would suspend kidnappings, or called off a ceasefire and ordered
/// attacks, coded as the kidnapping or the attacks; a headline's "after
/// attacks"; a military zone declared with civilians ordered out read as an
/// expulsion; a canopy that collapsed (no disaster topic) and a tanker that
/// crashed and exploded; a police raid that arrested a gang's members read
/// as the gang abducting people; "foiled an attempt ... to kidnap" read as done. Places the
/// gazetteer lacks or misreads (Boni read as German, Peshawar as Polish,
/// Kech as German, Solhan as Turkish, Kani as Japanese, Ber as Greek, Cauca
/// as Spanish, Paletwa in "Chin State" as China, Robotyne as Russian;
/// Tessit, Lower Shabelle, Jebel Moya, Wayanad, Culiacan, Moyale and the
/// Islamabad High Court not found)
/// and actors with no country ("gunmen", "unidentified men",
/// "unidentified persons", "the presidential guard", Military Forces of
/// Sudan's "warplanes") cost most place and actor1 misses; places, dates
/// and actors are counted, not required.
@Suite struct CaseWorldProbeTests {
    typealias Note = CaseNotesProbeTests.Note

    struct Row: CustomTestStringConvertible, Sendable {
        var note: Note
        /// ISO 3166 alpha-3 of ACLED's actor1 ("|" between alternatives, "*" none).
        var actor1: String
        var testDescription: String { note.testDescription }
    }

    static func r(_ label: String, _ plover: String, _ root: String, _ acled: String, _ date: String,
                  _ country: String, _ actor1: String, _ text: String, pub: String? = nil,
                  weak: Bool = false) -> Row {
        Row(note: CaseNotesProbeTests.r(label, plover, root, acled, date, country, text, pub: pub, weak: weak),
            actor1: actor1)
    }

    /// A snippet whose event did not happen, or not yet (no date, place or actor checked).
    static func n(_ label: String, _ text: String, weak: Bool = false) -> Row {
        Row(note: CaseNotesProbeTests.n(label, text, weak: weak), actor1: "*")
    }

    /// A negative: no event of the 30 labels.
    static func none(_ text: String, weak: Bool = false) -> Row {
        Row(note: CaseNotesProbeTests.none(text, weak: weak), actor1: "*")
    }

    static let rows: [Row] = [
        // Battles
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2022-03-14", "MLI", "MLI", "On 14 March 2022, Military Forces of Mali (2021-) clashed with JNIM: Group for Support of Islam and Muslims near Boni (Douentza, Mopti). Fatalities: 7."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2023-05-12", "SDN", "SDN", "Around 12 May 2023 (month of), Military Forces of Sudan (2019-) and the Rapid Support Forces fought for control of the Yarmouk military complex in southern Khartoum. Fatalities: 10."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2024-04-04", "UKR", "UKR|RUS", "Ukrainian and Russian troops fought street battles in the eastern town of Chasiv Yar on Thursday, the Ukrainian general staff said.", pub: "2024-04-06"),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2021-02-03", "NGA", "NGA", "On 3 February 2021, Unidentified Armed Group (Nigeria) and Military Forces of Nigeria (2015-2023) exchanged gunfire in Dansadau (Maru, Zamfara). Fatalities: 4."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2022-01-02", "COL", "*", "On 2 January 2022, FARC dissidents and ELN fighters clashed in rural Tame (Arauca) near the Venezuelan border; at least 16 people were killed."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2023-11-14", "MLI", "MLI", "On 14 November 2023, Military Forces of Mali (2021-), supported by the Wagner Group, retook Kidal from the coalition of Tuareg armed groups."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2022-09-27", "SOM", "SOM", "Somali troops recapture town of Mahas from al-Shabaab", pub: "2022-09-27"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2022-11-11", "UKR", "UKR", "On 11 November 2022, Military Forces of Ukraine (2019-) retook control of Kherson city after Russian forces pulled back across the Dnipro."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2025-01-27", "COD", "*", "On 27 January 2025, M23 rebels took control of Goma after days of fighting with Military Forces of the Democratic Republic of Congo (2019-)."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2024-01-14", "MMR", "*", "The Arakan Army took full control of the town of Paletwa in Chin State on Sunday after overrunning the last army battalion there, the group said.", pub: "2024-01-16"),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2022-07-05", "MLI", "*", "Around 5 July 2022 (month of), Islamic State (Sahel) fighters seized control of Tessit village (Ansongo, Gao) after the Malian army left its camp."),
        // Explosions and remote violence
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2017-04-04", "SYR", "SYR", "On 4 April 2017, Syrian government aircraft dropped a sarin-filled bomb on Khan Shaykhun (Idlib), killing more than 80 people."),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2024-05-18", "UKR", "RUS", "Ukraine's military said Russian troops used grenades filled with chloropicrin against its positions near Robotyne on Saturday.", pub: "2024-05-20"),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2016-05-16", "IRQ", "*", "On 16 May 2016, Islamic State fighters released chlorine gas against Iraqi army units advancing near Fallujah."),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "2023-04-11", "MMR", "MMR", "On 11 April 2023, an aircraft of the Military Forces of Myanmar (2021-) bombed a gathering in Pazigyi village (Kanbalu, Sagaing), killing more than 160 people. Fatalities: 168."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "2024-03-12|2024-03-13", "UKR", "RUS", "Russian drones hit energy infrastructure in Odesa overnight, the regional governor said on Wednesday.", pub: "2024-03-13"),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "2025-01-07", "SDN", "SDN", "On 7 January 2025, Military Forces of Sudan (2019-) warplanes struck Rapid Support Forces positions in Nyala (South Darfur). Fatalities: 12."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "2023-02-21", "SOM", "USA", "A US drone strike killed three al-Shabaab fighters near Jilib in southern Somalia on Tuesday, US Africa Command said.", pub: "2023-02-24"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2023-01-30", "PAK", "*", "On 30 January 2023, a suicide bomber blew himself up inside a mosque in the Police Lines compound in Peshawar (Khyber Pakhtunkhwa), killing more than 80 people, mostly police officers."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2021-08-26", "AFG", "*", "Around 26 August 2021, an Islamic State Khorasan suicide bomber detonated explosives at the Abbey Gate of Kabul airport, killing about 170 Afghans and 13 US service members."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2019-06-15", "NGA", "*", "A female suicide bomber killed 12 people at a fish market in Konduga, Borno state, on Saturday, a local militia leader said.", pub: "2019-06-18"),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2022-03-09", "UKR", "RUS", "On 9 March 2022, Military Forces of Russia (2000-) shelled the maternity hospital in Mariupol (Donetsk), killing three people."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2024-07-14", "SDN", "*", "Around 14 July 2024 (month of), Rapid Support Forces fired artillery shells at the Abu Shouk camp for displaced people near El Fasher (North Darfur). Fatalities: 5."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2021-06-06", "YEM", "*", "Houthi forces fired a ballistic missile at the city of Marib on Sunday, killing a child, local officials said.", pub: "2021-06-07"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2022-03-16", "BFA", "*", "On 16 March 2022, an IED planted by JNIM: Group for Support of Islam and Muslims hit a convoy of Military Forces of Burkina Faso (2022-) between Djibo and Namsiguia (Soum, Sahel). Fatalities: 4."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2020-11-03", "SOM", "*", "Roadside bomb kills five soldiers in Lower Shabelle", pub: "2020-11-03"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2021-10-18", "PAK", "*", "On 18 October 2021, a remotely detonated bomb struck a Pakistani army vehicle in Kech district (Balochistan), killing two soldiers.", weak: true),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2018-11-18", "IND", "IND", "On 18 November 2018, two unidentified men on a motorbike hurled a grenade into a prayer hall in Adliwal village near Amritsar (Punjab), killing three."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2024-06-02", "IND", "IND", "Around 2 June 2024 (month of), a grenade thrown by suspected militants exploded near a market in Sopore (Baramulla, Jammu and Kashmir), wounding five civilians."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2023-08-11", "COL", "COL", "Two people were wounded when a man threw a grenade into a bar in Cali on Friday night, police said.", pub: "2023-08-13"),
        // Violence against civilians
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2024-04-15", "SDN", "*", "On 15 April 2024, Rapid Support Forces fighters raped several women during a raid on a village near Wad Madani (Al Jazirah). [size=no report]"),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2022-09-22", "ETH", "ETH", "On 22 September 2022, members of the Military Forces of Ethiopia (2018-) sexually assaulted two women at a checkpoint in Adwa (Tigray)."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2024-03-03", "COD", "COD", "Armed men raped at least 20 women during an attack on a camp for displaced people near Goma on Sunday, a medical charity said.", pub: "2024-03-05"),
        r("ATTACK", "ASSAULT", "18", "Attack", "2021-06-05", "BFA", "*", "On 5 June 2021, JNIM: Group for Support of Islam and Muslims militants attacked civilians in Solhan (Yagha, Sahel), killing at least 132 people. Fatalities: 132."),
        r("ATTACK", "ASSAULT", "18", "Attack", "2023-04-09", "MMR", "MMR", "On 9 April 2023, soldiers of the Military Forces of Myanmar (2021-) shot dead five villagers in Kani township (Sagaing)."),
        r("ATTACK", "ASSAULT", "18", "Attack", "2022-06-05", "NGA", "NGA", "Gunmen killed 18 worshippers at a church in Owo, Ondo state, on Sunday, police said.", pub: "2022-06-06"),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2021-02-26", "NGA", "NGA", "On 26 February 2021, Unidentified Armed Group (Nigeria) abducted 279 schoolgirls from a government secondary school in Jangebe (Talata Mafara, Zamfara)."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2023-09-10", "NGA", "*", "Around 10 September 2023 (month of), suspected ISWAP fighters kidnapped at least 30 farmers near Gwoza (Borno)."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2024-01-10", "MEX", "MEX", "Masked men seized a journalist outside his home in Culiacan, Sinaloa, on Wednesday and his whereabouts remain unknown, his newspaper said.", pub: "2024-01-12", weak: true),
        // Protests and riots
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2020-12-08", "IND", "IND", "On 8 December 2020, Protesters (India) marched in Chandigarh (Punjab) against the three new farm laws. [size=around 2000]"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2023-10-11", "BGD", "BGD", "On 11 October 2023, students held a peaceful rally at the Shahbag intersection in Dhaka demanding justice for a classmate killed in a road accident. [size=around 200]"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2025-03-15", "SRB", "SRB", "Tens of thousands of people marched through Belgrade on Saturday to protest against the government after the Novi Sad canopy collapse.", pub: "2025-03-17"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2023-07-18", "KEN", "KEN", "On 18 July 2023, Police Forces of Kenya (2022-) used tear gas to disperse Protesters (Kenya) demonstrating against the finance law in Kisumu. [size=no report]"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2022-09-22", "IRN", "IRN", "On 22 September 2022, Iranian police arrested dozens of demonstrators who gathered in Valiasr Square in Tehran to protest the death of Mahsa Amini."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2023-03-16", "FRA", "FRA", "French police detained 81 people after breaking up a protest against the pension reform on the Place de la Concorde in Paris on Thursday evening.", pub: "2023-03-17"),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2024-06-25", "KEN", "KEN", "On 25 June 2024, Police Forces of Kenya (2022-) fired live rounds at protesters outside parliament in Nairobi, killing at least five. Fatalities: 5."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2024-07-19", "BGD", "BGD", "On 19 July 2024, police and Border Guard Bangladesh personnel fired live ammunition at students protesting job quotas in Dhaka, killing dozens."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2019-11-08", "CHL", "CHL", "Chilean security forces fired pellets that blinded a student during protests in Santiago on Friday, a rights group said.", pub: "2019-11-10", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2023-06-27", "FRA", "FRA", "On 27 June 2023, Rioters (France) set cars on fire and attacked a police station in Nanterre (Hauts-de-Seine) after police shot a teenager during a traffic stop. [size=no report]", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2024-08-05", "BGD", "BGD", "On 5 August 2024, protesters stormed and set fire to a police station in Jatrabari in Dhaka after the prime minister resigned."),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2023-07-19", "KEN", "KEN", "Rioters (Kenya) burned tyres and threw stones at police in Kibera (Nairobi) on Wednesday in protests over the cost of living.", pub: "2023-07-20"),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2022-05-12", "NGA", "NGA", "On 12 May 2022, a mob of students in Sokoto beat to death a classmate accused of blasphemy and burned her body."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2024-06-20", "IND", "IND", "Around 20 June 2024 (month of), a mob attacked a man accused of transporting cattle in Raipur (Chhattisgarh), beating him to death."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2018-08-30", "MEX", "MEX", "Villagers beat two suspected thieves to death in Puebla state on Thursday before police arrived, local authorities said.", pub: "2018-08-31"),
        // Strategic developments
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2022-11-02", "ZAF", "ETH", "On 2 November 2022, the Ethiopian government and the TPLF signed a permanent cessation of hostilities agreement in Pretoria."),
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2015-06-20", "MLI", "MLI", "On 20 June 2015, the government of Mali and the Coordination of Azawad Movements signed the Algiers peace accord in Bamako."),
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT|COOPERATE", "03|05|06|08", "Agreement", "2024-08-26", "*", "RUS|UKR", "Russia and Ukraine swapped 95 prisoners of war each on Monday, with the United Arab Emirates mediating.", pub: "2024-08-26"),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2023-05-09", "PAK", "PAK", "On 9 May 2023, paramilitary Rangers arrested former prime minister Imran Khan at the Islamabad High Court."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2022-10-30", "IRN", "IRN", "Around 30 October 2022 (month of), Police Forces of Iran arrested a rapper in Isfahan province over songs supporting the protests."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2023-05-23", "COL", "COL", "Colombian police arrested a FARC dissident commander in Cauca on Tuesday, the defence minister said.", pub: "2023-05-25"),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2024-03-27", "COL", "*", "On 27 March 2024, the ELN announced that it would suspend kidnappings for ransom during the peace talks with the Colombian government.", weak: true),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2023-01-10", "SOM", "*", "Around 10 January 2023 (month of), about 30 al-Shabaab fighters defected and surrendered to the Somali army in Middle Shabelle."),
        r("CHANGE_TO_GROUP_ACT", "*", "*", "Change to group/activity", "2022-11-28", "PAK", "*", "On 28 November 2022, the Tehreek-e-Taliban Pakistan (TTP) called off its ceasefire with the Pakistani government and ordered its fighters to resume attacks across the country.", weak: true),
        r("DISR_WEAP", "ASSAULT", "19", "Disrupted weapons use", "2023-12-29", "UKR", "UKR", "On 29 December 2023, air defences of the Military Forces of Ukraine (2019-) shot down 87 of 122 Russian missiles fired at cities across the country."),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "2021-04-20", "NGA", "NGA", "Around 20 April 2021 (month of), Military Forces of Nigeria (2015-2023) recovered a cache of AK-47 rifles and ammunition from a bandit hideout in Zamfara."),
        r("DISR_WEAP", "*", "*", "Disrupted weapons use", "2022-03-14", "IND", "IND", "Police defused an explosive device found under a bridge in Pulwama on Monday, averting a major attack, officials said.", pub: "2022-03-16"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "2023-12-06", "MLI", "*", "On 6 December 2023, Wagner Group fighters set up a base in the former UN camp in Ber (Timbuktu)."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "2024-03-10", "SOM", "*", "Around 10 March 2024 (month of), al-Shabaab set up a new training camp in the forest near Bu'aale (Middle Juba)."),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "*", "NER", "*", "Islamic State fighters have established a base in the hills of the Tillaberi region near the Malian border, Nigerien officials said on Thursday.", pub: "2023-05-12"),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2023-02-04", "CMR", "CMR", "Property destruction: On 4 February 2023, unidentified persons burned down a primary school in Ekondo-Titi (Ndian, Sud-Ouest)."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2024-03-17", "MEX", "MEX", "On 17 March 2024, Unidentified Armed Group (Mexico) set fire to 12 vehicles and a shop in Ciudad Obregon (Cajeme, Sonora)."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2023-05-03", "IND", "IND", "Armed men torched more than 50 houses in a village in Manipur's Churachandpur district on Wednesday night, police said.", pub: "2023-05-05"),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT|MOBILIZE", "08|15", "Non-violent transfer of territory", "2021-08-15", "AFG", "*", "On 15 August 2021, the Taliban entered Kabul unopposed after President Ashraf Ghani fled the country."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "2022-06-13", "MLI", "FRA", "On 13 June 2022, French troops handed over the Menaka base to Military Forces of Mali (2021-)."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "2024-10-06", "SDN", "*", "The Rapid Support Forces withdrew from Jebel Moya on Sunday, leaving the area to the army without a fight, a military source said.", pub: "2024-10-08"),
        r("OTHER|ARREST", "COERCE", "17", "Other|Arrests", "2023-07-26", "NER", "NER", "On 26 July 2023, the presidential guard detained President Mohamed Bazoum in Niamey and announced a military takeover on national television."),
        r("OTHER", "COERCE", "17", "Other", "2024-08-27", "PAK", "PAK", "Pakistan suspends mobile internet in Balochistan after attacks", pub: "2024-08-27", weak: true),
        r("OTHER", "COERCE", "17", "Other", "2022-05-12", "BFA", "BFA", "Around 12 May 2022 (month of), Military Forces of Burkina Faso (2022-) declared a military zone in the east and ordered civilians to leave within two weeks.", weak: true),
        // Other CASE labels
        r("DIPLO", "CONSULT", "04", "-", "2024-03-15", "TUR", "*", "On 15 March 2024, the Somali president met the Turkish president in Ankara to discuss the maritime security agreement."),
        r("DIPLO", "CONSULT", "04", "-", "2023-08-29", "EGY", "*", "Sudan army chief visits Cairo for talks with Sisi", pub: "2023-08-29"),
        r("DIPLO", "CONSULT", "04", "-", "2023-06-17", "RUS", "*", "On 17 June 2023, a delegation of African leaders met Vladimir Putin in Saint Petersburg to discuss a peace initiative for Ukraine."),
        r("ATTRIB", "*", "01", "-", "2024-09-17|2024-09-19", "MLI", "*", "JNIM claimed responsibility for Tuesday's attack on the gendarmerie school in Bamako in a statement posted on Telegram.", pub: "2024-09-19"),
        r("ATTRIB", "*", "01", "-", "2024-03-22|2024-03-23", "RUS", "*", "On 23 March 2024, the Islamic State claimed responsibility for the shooting at the Crocus City Hall concert venue near Moscow."),
        r("ATTRIB", "*", "01", "-", "2019-02-14", "IND", "*", "On 14 February 2019, Jaish-e-Mohammed claimed responsibility for the car bombing of a CRPF convoy in Pulwama that killed 40 paramilitary police."),
        r("NATURAL_DISASTER", "*", "*", "-", "2023-02-06", "TUR|SYR", "*", "On 6 February 2023, a magnitude 7.8 earthquake struck southern Turkey and northern Syria, killing more than 50,000 people."),
        r("NATURAL_DISASTER", "*", "*", "-", "2024-07-30", "IND", "*", "Heavy rains triggered landslides in Kerala's Wayanad district on Tuesday, killing more than 200 people.", pub: "2024-08-01"),
        r("NATURAL_DISASTER", "*", "*", "-", "2023-10-25", "BGD", "*", "On 25 October 2023, Cyclone Hamoon made landfall in southern Bangladesh, killing three people and destroying thousands of homes."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2024-11-01", "SRB", "*", "On 1 November 2024, a concrete canopy at the Novi Sad railway station collapsed, killing 15 people.", weak: true),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2024-10-05", "NGA", "*", "A fuel tanker crashed and exploded near Mokwa in Niger state on Saturday, killing 35 people who were scooping fuel from it.", pub: "2024-10-07", weak: true),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2013-04-24", "BGD", "*", "On 24 April 2013, the Rana Plaza garment factory building collapsed in Savar near Dhaka, killing 1,134 workers."),
        r("ORG_CRIME", "*", "*", "-", "2023-10-18", "MEX", "*", "On 18 October 2023, Mexican police seized 1.2 tonnes of cocaine belonging to the Sinaloa Cartel from a truck in Culiacan."),
        r("ORG_CRIME", "*", "*", "-", "2023-11-14", "COL", "*", "Colombian police dismantled a Gulf Clan network that laundered drug money through cattle ranches in Cordoba, arresting 14 people on Tuesday.", pub: "2023-11-16", weak: true),
        r("ORG_CRIME", "*", "*", "-", "2022-05-05", "KEN", "*", "Around 5 May 2022 (month of), Kenyan police broke up a human trafficking ring that smuggled Ethiopian migrants through Moyale."),
        // Events that did not happen, or not yet
        n("AIR_STRIKE", "Russia's defence ministry denied that its aircraft had bombed the market in Kostiantynivka."),
        n("PEACE_PROTEST", "Opposition parties in Kenya plan nationwide demonstrations next Monday against the tax increases."),
        n("ARMED_CLASH", "No clashes were reported along the Line of Control in Kashmir over the weekend, the Indian army said."),
        n("ABDUCT_DISSAP", "Police in Zamfara foiled an attempt by bandits to kidnap travellers on the Gusau road.", weak: true),
        n("ATTACK|ART_MISS_ATTACK", "Al-Shabaab threatened to attack Kenyan towns unless Kenya withdraws its troops from Somalia."),
        // Negatives
        none("Mali's gold output rose 8 percent last year, the mines ministry said."),
        none("The Colombian peso weakened against the dollar on Friday as oil prices fell."),
    ]

    /// The countries of the actors of every event coded in the row (read
    /// with its publication date), as the held-out ACLED scorer collects them.
    static func actorCountries(_ row: Row) -> Set<String> {
        let date = row.note.pub.flatMap { CivilDate(iso: $0) }
        let a = CaseProbeTests.engine.analyze(Article(id: "probe", date: date, text: row.note.probe.row.text))
        return ActorCountryProbeTests.countries(of: a).sources
    }

    @Test(arguments: rows)
    func probe(_ row: Row) { Self.expectRight(row) }

    /// Every row's ACLED sub-event type is ACLED's and its CASE label that
    /// type's label; every CASE label has at least three rows; 100 rows;
    /// dates and countries are well formed.
    @Test func rowsAreConsistent() { Self.expectConsistent(Self.rows, notDone: 5) }

    /// Shares right by field, in the four fields, with the status, of dates,
    /// places and actor1 countries (printed; every row not marked weak must
    /// be right in the four fields and the status; dates, places and actors
    /// are only counted).
    @Test func share() { Self.expectShare(Self.rows, set: "world") }

    /// A row right in the four fields and the status; a weak row a known issue.
    static func expectRight(_ row: Row) {
        let (_, all, c) = CaseHeadlineProbeTests.right(row.note.probe)
        if row.note.probe.row.weak {
            withKnownIssue("weak probe: \(c)") { #expect(all, "\(row.note.probe.row.text) -> \(c)") }
        } else {
            #expect(all, "\(row.note.probe.row.text) -> \(c)")
        }
    }

    /// The checks of `rowsAreConsistent` on a set of `rows`, `notDone` of them
    /// telling of events that did not happen.
    static func expectConsistent(_ rows: [Row], notDone: Int) {
        let count = CaseCodingProbeTests.expectConsistent(rows.map(\.note.probe.row))
        CaseProbeTests.expectEveryLabel(count, atLeast: 3)
        #expect(rows.count == 100)
        #expect(rows.filter { $0.note.probe.status == .notDone }.count == notDone)
        for row in rows {
            let n = row.note
            for d in n.date.split(separator: "|") where d != "*" {
                #expect(CivilDate(iso: d) != nil, "\(n.probe.row.text): \(d)")
            }
            for c in (n.country + "|" + row.actor1).split(separator: "|") where c != "*" {
                #expect(c.count == 3 && c.allSatisfy { $0.isUppercase }, "\(n.probe.row.text): \(c)")
            }
            if let p = n.pub { #expect(CivilDate(iso: p) != nil, "\(n.probe.row.text): \(p)") }
        }
    }

    /// The tally of `share` on a set of `rows`, printed under the name `set`.
    static func expectShare(_ rows: [Row], set: String) {
        var tally = CaseHeadlineProbeTests.Tally(set: set)
        var date = 0, place = 0, actor = 0, actorRows = 0
        for row in rows {
            let note = row.note
            tally.add(note.probe)
            let dp = CaseNotesProbeTests.dateAndPlaceMarks(note)
            if dp.date { date += 1 } else {
                print("\(set) probe date miss: want \(note.date) got \(dp.got.0 ?? "-") | \(note.probe.row.text)")
            }
            if dp.place { place += 1 } else {
                print("\(set) probe place miss: want \(note.country) got \(dp.got.1 ?? "-") | \(note.probe.row.text)")
            }
            if row.actor1 != "*" {
                actorRows += 1
                let got = actorCountries(row)
                if row.actor1.split(separator: "|").contains(where: { got.contains(String($0)) }) { actor += 1 } else {
                    print("\(set) probe actor1 miss: want \(row.actor1) got \(got.sorted()) | \(note.probe.row.text)")
                }
            }
        }
        let n = rows.count
        tally.report(of: n, extra: ", date \(date)/\(n), place \(place)/\(n), actor1 \(actor)/\(actorRows)")
        #expect(tally.all == rows.filter { !$0.note.probe.row.weak }.count)
    }
}
