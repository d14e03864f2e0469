import Testing
@testable import AnnalsCore

/// A ninth set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words, with their expected codings, before the
/// engine was run on them: regional and non-native English press and
/// agency copy. South Asian papers in Indian, Pakistani and Bangladeshi
/// English ("lathi-charged", "gheraoed", "staged a dharna", "bandh",
/// "hartal", "miscreants", "goons", "stone-pelting", "FIR lodged",
/// "martyred", an "encounter" that is a shoot-out with the police, "law
/// enforcers", "a clash between two factions"), Nigerian and Kenyan papers
/// ("hoodlums", "herders", "bandits", "gunmen suspected to be", "youths",
/// "the command's spokesperson", "told our correspondent"), Philippine and
/// Latin American English ("NPA rebels", "yielded", "sicarios", "armed men
/// aboard a motorcycle"), and agency copy in the manner of Xinhua, Anadolu
/// and AFP (datelines such as "KABUL, July 9 (Xinhua) --", "a security
/// source said", long official titles), each read with its publication
/// date (`pub`) so that relative dates can be resolved. Three or more rows
/// for each of the 30 CASE labels (four armed clashes and four attacks);
/// three rows report an event that did not happen or has not happened
/// yet, five are negatives (sport, a court, business, an election, a road
/// safety campaign).
///
/// Each row has the four fields and the status of `CaseHeadlineProbeTests`,
/// the date and place country of `CaseNotesProbeTests`, and the actor1
/// country of `CaseWorldProbeTests` (the ISO 3166 alpha-3 country ACLED's
/// actor1 would name, "*" when it would name none or the row has no ACLED
/// event), scored as there.
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text: the file as first committed, SHA-256 0c6ddd93..., on main
/// at c69e620), of 100: label 72, ACLED sub-event 75, PLOVER 82, CAMEO root
/// 82, all four 69, all four and the status 69; date 90, place country 70,
/// actor1 country 15 of 61. After the rules they led to (a gherao, a
/// procession taken or brought out, a bandh or a hartal, stone-pelting;
/// responsibility "owned"; tear-smoke and teargas shells fired or lobbed as
/// crowd control, not artillery; a protest "hijacked" and an arrest
/// protested that name no act; people set ablaze by a crowd; rebels who
/// "yielded" or surrendered "before" the police, also with their guns where
/// a city is named; a base set up by an armed actor or named after one;
/// communities taken over by armed men; weapons recovered after an amount;
/// jets that pounded a place; police who fire on "agitating" farmers;
/// people hurt in a clash between factions; a town retaken after fighting
/// is the change of territory, not a clash; a riot's tear gas is the riot;
/// the police read as the protester of "protesting workers"; a flyover that
/// collapsed; cloudburst, monsoon rains, shabu and hashish as topic cues;
/// miscreants, goons, hoodlums, sicarios, jawans, law enforcers and
/// agitators as sector words): 91 / 92 / 93 / 92 / 89 / 89; date 93,
/// place 73, actor1 21 of 61; rebased on main at 32b4b00 (its actors named
/// by their country and ACLED's bracketed names): the same, actor1 22 of 61.
/// Session 19's denial of reports ("denied reports that gunmen had
/// kidnapped passengers", CaseOSINTProbeTests): all four 89 -> 90.
/// Session 19 (a killing "in an encounter with" the police or the army is
/// the shoot-out, CAMEO 193; an adverb in -ly passed over between a jet and
/// "bombed", CAMEO 195, as the CAMEO manual's "employ aerial weapons"):
/// all four 90 -> 92.
/// Rows still wrong are marked `weak`: a district captured "after ... heavy clashes" read as the
/// clash (the capture of a named district has no pattern without a
/// describing word); "picked up" by unknown persons, and "allegedly";
/// hoodlums who set a police station ablaze and agitating workers who
/// vandalised factories coded by the act (17), not as a riot (14); a fire
/// at a chemical warehouse read as a chemical weapon ("Old Dhaka" read as
/// the actor); a gang of fuel thieves (no topic cue); "put on alert"
/// coded as a real alert (OTHER), which other sets count as right; a hartal
/// threatened "if" read as done.
/// Actor1 countries are the weakest column: police, troops, soldiers and
/// "security forces" of the country where they act get no country unless
/// the sentence names it ("Soldiers opened fire ... in Lagos"); places the
/// gazetteer lacks or misreads (Mir Ali, Sitio Malabo, Malam Fatori, Niger
/// State read as Niger, Nikial read as Indian, Gulshan as Iranian, Baga as
/// Spanish, Kullu as Turkish, Guma, Gaighata, Bogura, Dantewada) and dates
/// read from a dateline rather than the day named ("ALEPPO, Nov. 25 ... on
/// Saturday") cost most date and place misses.
@Suite struct CasePressProbeTests {
    typealias Row = CaseWorldProbeTests.Row

    static func r(_ label: String, _ plover: String, _ root: String, _ acled: String, _ date: String,
                  _ country: String, _ actor1: String, _ text: String, pub: String? = nil,
                  weak: Bool = false) -> Row {
        CaseWorldProbeTests.r(label, plover, root, acled, date, country, actor1, text, pub: pub, weak: weak)
    }

    static func n(_ label: String, _ text: String, weak: Bool = false) -> Row {
        CaseWorldProbeTests.n(label, text, weak: weak)
    }

    static func none(_ text: String, weak: Bool = false) -> Row {
        CaseWorldProbeTests.none(text, weak: weak)
    }

    static let rows: [Row] = [
        // Battles
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2023-11-14", "IND", "IND", "Two terrorists were killed in an encounter with security forces in Kulgam district of south Kashmir on Tuesday, police said.", pub: "2023-11-16"),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2024-03-17|2024-03-16", "PAK", "PAK", "Two soldiers were martyred during an intense exchange of fire with terrorists in the Mir Ali area of North Waziristan, the ISPR said on Sunday.", pub: "2024-03-17"),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2022-09-16", "PHL", "PHL", "Soldiers of the Army's 62nd Infantry Battalion clashed with some 20 NPA rebels in Sitio Malabo, Barangay Cabanbanan, Negros Oriental on Friday morning, leaving one rebel dead, the brigade commander said.", pub: "2022-09-17"),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2023-05-08", "NGA", "NGA", "Troops of Operation Hadin Kai on Monday repelled an attack by Boko Haram terrorists on their base in Marte, Borno State, neutralising 12 of the insurgents, the Army spokesperson said.", pub: "2023-05-09"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2017-10-17", "PHL", "PHL", "Government forces have regained full control of Marawi City from Islamic State-linked militants after five months of fighting, the Secretary of National Defense announced on Tuesday.", pub: "2017-10-17"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2021-04-15", "NGA", "NGA", "Troops have recaptured Malam Fatori, the headquarters of Abadam Local Government Area, from ISWAP terrorists, the Defence Headquarters said in a statement on Thursday.", pub: "2021-04-16"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2024-06-12", "PAK", "PAK", "ISLAMABAD, June 12 (Xinhua) -- Pakistani security forces on Wednesday regained control of a hilltop post in the Kurram tribal district that militants had seized a day earlier, a security source said.", pub: "2024-06-12"),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "*", "NGA", "NGA", "Bandits have taken over several communities in Shiroro Local Government Area of Niger State, forcing residents to flee, a community leader told our correspondent on Sunday.", pub: "2022-06-13"),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2021-07-09", "AFG", "*", "KABUL, July 9 (Xinhua) -- Taliban militants captured Ghormach district in northwestern Faryab province on Friday after government troops pulled out following heavy clashes, a local official said.", pub: "2021-07-09", weak: true),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2021-04-10", "MEX", "*", "Sicarios of the Jalisco New Generation Cartel seized control of the municipal seat of Aguililla, Michoacan, on Saturday after driving out a rival gang, residents said.", pub: "2021-04-12"),
        // Explosions and remote violence
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2022-10-17", "IRQ", "*", "ANKARA (AA) - PKK terrorists used chemical gas against Turkish soldiers during an operation in northern Iraq's Metina region on Monday, according to security sources.", pub: "2022-10-19"),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2019-05-19", "SYR", "SYR", "Assad regime forces fired shells containing chlorine gas at the Kabani hills in the Latakia countryside on Sunday, causing breathing problems among opposition fighters, the White Helmets said.", pub: "2019-05-21"),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2018-11-24", "SYR", "*", "ALEPPO, Nov. 25 (Xinhua) -- Rebels fired shells loaded with toxic gas at residential areas of Aleppo city on Saturday, causing more than 100 cases of suffocation, the state news agency said.", pub: "2018-11-25"),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "2024-03-18", "AFG", "PAK", "Pakistani jets pounded hideouts of the TTP in Afghanistan's Khost and Paktika provinces early Monday, killing eight people, a Taliban spokesman said.", pub: "2024-03-18"),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "2023-12-03", "NGA", "NGA", "A Nigerian Air Force fighter jet mistakenly bombed villagers celebrating a religious festival in Tudun Biri, Kaduna State, on Sunday night, killing at least 85 people.", pub: "2023-12-05"),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "2023-06-10", "IRQ", "TUR", "Turkish drone strike neutralises 4 PKK terrorists in northern Iraq", pub: "2023-06-10"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2023-07-30", "PAK", "*", "At least 54 people, including a JUI-F leader, were killed when a suicide bomber blew himself up at a workers' convention of the party in Bajaur district's Khar tehsil on Sunday, police said.", pub: "2023-07-31"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2024-06-29", "NGA", "*", "A suspected female suicide bomber detonated an IED strapped to her body at a wedding in Gwoza, Borno State, on Saturday, killing 18 persons, the state emergency management agency said.", pub: "2024-06-30"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2022-03-05", "SOM", "*", "MOGADISHU, March 5 (Xinhua) -- At least 20 people were killed when a suicide car bomber rammed his vehicle into a busy restaurant in Mogadishu on Saturday, police said.", pub: "2022-03-05"),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2020-10-23", "PAK", "IND", "Indian troops resorted to unprovoked firing and shelling along the Line of Control in the Nikial sector on Friday, martyring a civilian woman, the ISPR said.", pub: "2020-10-24"),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2023-01-08", "SOM", "*", "Al-Shabaab militants fired mortar shells at the presidential palace in Mogadishu on Sunday evening, wounding two guards, a police officer told AFP.", pub: "2023-01-10"),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2018-01-22", "TUR", "*", "YPG/PKK terrorists fired rockets at Turkey's southern Kilis province from northern Syria on Monday, injuring two civilians, according to the governor's office.", pub: "2018-01-23"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2025-01-06", "IND", "IND", "Eight DRG jawans and a civilian driver were killed when Maoists triggered an IED blast targeting their vehicle in Bijapur district of Chhattisgarh on Monday afternoon.", pub: "2025-01-07"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2022-02-03", "PAK", "PAK", "A landmine blast in the Kahan area of Kohlu district claimed the lives of two Frontier Corps personnel on Thursday, Levies officials said.", pub: "2022-02-05"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2021-08-24", "COL", "*", "Two soldiers were injured when they stepped on an anti-personnel mine planted by ELN guerrillas in a rural area of Tibu, Norte de Santander, on Tuesday, the army said.", pub: "2021-08-26"),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2022-11-06", "IND", "IND", "Terrorists lobbed a grenade at a CRPF bunker in Srinagar's Habba Kadal area on Sunday evening, injuring a jawan and two passersby, officials said.", pub: "2022-11-07"),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2023-03-01", "PHL", "PHL", "Two men aboard a motorcycle hurled a grenade at a public market in Datu Piang, Maguindanao, on Wednesday, wounding six vendors, police said.", pub: "2023-03-02"),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2023-06-17", "IND", "IND", "Miscreants hurled a hand grenade at the residence of a BJP leader in Imphal West's Lamphel area late on Saturday night; no one was hurt.", pub: "2023-06-19"),
        // Violence against civilians
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2023-05-04", "IND", "IND", "Two Kuki women were paraded naked and sexually assaulted by a mob in Kangpokpi district on May 4, according to an FIR lodged weeks later.", pub: "2023-07-20"),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2022-03-22", "NGA", "NGA", "Armed herders raped two women on their farm in Guma Local Government Area of Benue State on Tuesday, the command's spokesperson, SP Catherine Anene, confirmed.", pub: "2022-03-24"),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2021-02-20", "SSD", "SSD", "Soldiers of the SSPDF raped four women who were collecting firewood near Yei town on Saturday, the county commissioner said.", pub: "2021-02-22"),
        r("ATTACK", "ASSAULT", "18", "Attack", "2023-04-09", "NGA", "NGA", "Gunmen suspected to be herders killed 12 persons in an attack on Ngban community in Guma Local Government Area of Benue State on Sunday night, the command's spokesperson said.", pub: "2023-04-10"),
        r("ATTACK", "ASSAULT", "18", "Attack", "2022-01-03", "KEN", "*", "Suspected al-Shabaab militants killed five people in a raid on Juhudi village in Lamu County on Monday night, the county commissioner said.", pub: "2022-01-04"),
        r("ATTACK", "ASSAULT", "18", "Attack", "2024-01-01", "IND", "IND", "Miscreants shot dead a Trinamool Congress panchayat member near his residence in Joynagar, South 24 Parganas, on Monday morning.", pub: "2024-01-02"),
        r("ATTACK", "ASSAULT", "18", "Attack", "2024-04-01", "MEX", "MEX", "Sicarios aboard a motorcycle shot dead a mayoral candidate as she campaigned in Celaya, Guanajuato, on Monday.", pub: "2024-04-02"),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2024-03-07", "NGA", "NGA", "Bandits on Thursday abducted over 280 pupils and teachers of LEA Primary and Secondary School, Kuriga, in Chikun LGA of Kaduna State.", pub: "2024-03-08"),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2022-05-10", "PAK", "PAK", "Unknown persons allegedly picked up a Baloch student from his hostel in Quetta on Tuesday night and his whereabouts remain unknown, his family said.", pub: "2022-05-12", weak: true),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2023-09-15", "PHL", "PHL", "Armed men aboard a pickup truck abducted a village chief in Barangay Tapian, Datu Odin Sinsuat, Maguindanao del Norte, on Friday, the municipal police chief said.", pub: "2023-09-16"),
        // Protests and riots
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2023-04-04", "IND", "IND", "Members of the Samyukt Kisan Morcha staged a dharna outside the district collectorate in Bathinda on Tuesday demanding compensation for crop losses.", pub: "2023-04-05"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2022-08-01", "IND", "IND", "Hundreds of villagers gheraoed the block development office in Gaighata, North 24 Parganas, on Monday demanding jobs under the rural employment scheme.", pub: "2022-08-02"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2023-11-12", "BGD", "BGD", "BNP activists brought out processions in Bogura town on Sunday during the dawn-to-dusk hartal called by the party to protest the arrest of its leaders.", pub: "2023-11-13"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2024-07-03", "IND", "IND", "Police lathi-charged protesting Congress workers and used water cannons to disperse them near the state secretariat in Patna on Wednesday.", pub: "2024-07-04"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2023-03-12", "PAK", "PAK", "Police baton-charged and arrested dozens of PTI workers who tried to gather outside the Lahore Press Club on Sunday.", pub: "2023-03-13"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2023-07-12", "KEN", "KEN", "Police in Kisumu lobbed teargas canisters to disperse youths protesting against the high cost of living on Wednesday.", pub: "2023-07-13"),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2020-10-20", "NGA", "NGA", "Soldiers opened fire on #EndSARS protesters at the Lekki toll gate in Lagos on Tuesday night, killing several of them, Amnesty International said.", pub: "2020-10-22"),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2024-07-16", "BGD", "BGD", "A student was killed when law enforcers fired on a procession of quota reform protesters in Rangpur on Tuesday.", pub: "2024-07-17"),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2017-06-06", "IND", "IND", "Five farmers were killed when police opened fire on agitating farmers in Mandsaur district of Madhya Pradesh on Tuesday.", pub: "2017-06-07"),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2018-05-04", "IND", "IND", "Youths resorted to stone-pelting on security forces in Sopore town after Friday prayers, and the forces fired tear smoke shells to chase them away.", pub: "2018-05-05"),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2020-10-21", "NGA", "NGA", "Hoodlums who hijacked the protest set a police station ablaze in Orile, Lagos, on Wednesday.", pub: "2020-10-22", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2023-10-30", "BGD", "BGD", "Agitating garment workers blocked the Dhaka-Tangail highway and vandalised several factories in Gazipur on Monday demanding a hike in minimum wages.", pub: "2023-10-31", weak: true),
        r("MOB_VIOL|ARMED_CLASH", "ASSAULT", "18|19", "Mob violence|Armed clash", "2022-06-09", "BGD", "BGD", "At least 20 people were injured in a clash between two factions of the Chhatra League over the control of a dormitory at Chittagong University on Thursday.", pub: "2022-06-10"),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2018-07-01", "IND", "IND", "A mob lynched a man on suspicion of being a child-lifter in Dhule district on Sunday; police have lodged an FIR against 25 persons.", pub: "2018-07-02"),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2021-09-03", "KEN", "KEN", "Irate youths set ablaze two suspected thieves at Kawangware market in Nairobi on Friday before police arrived.", pub: "2021-09-05"),
        // Strategic developments
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2021-11-08", "PAK", "PAK", "ISLAMABAD, Nov. 8 (Xinhua) -- The Pakistani government and the banned Tehreek-e-Taliban Pakistan have agreed to a month-long ceasefire, the federal minister for information and broadcasting said on Monday.", pub: "2021-11-08"),
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2023-06-09", "CUB", "COL", "The Colombian government and the ELN signed a six-month bilateral ceasefire in Havana on Friday.", pub: "2023-06-10"),
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2023-12-29", "IND", "IND", "The Centre, the Assam government and the pro-talks faction of ULFA signed a tripartite peace accord in New Delhi on Friday.", pub: "2023-12-30"),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2023-08-01", "IND", "IND", "Police arrested five persons in connection with the stone-pelting incident in Nuh and lodged an FIR against 40 others, the SP said on Tuesday.", pub: "2023-08-02"),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2023-10-29", "BGD", "BGD", "Law enforcers detained BNP secretary general Mirza Fakhrul Islam Alamgir from his Gulshan residence early Sunday.", pub: "2023-10-29"),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2024-02-08", "KEN", "KEN", "Detectives from the DCI arrested a blogger in Eldoret on Thursday over posts allegedly inciting violence, the DCI said.", pub: "2024-02-09"),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2022-05-20", "IND", "IND", "Maoist commander carrying Rs 8 lakh bounty surrenders before police in Dantewada", pub: "2022-05-20"),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2023-02-11", "PHL", "*", "Twelve NPA rebels yielded to the Army's 94th Infantry Battalion in Himamaylan City, Negros Occidental, on Saturday and turned over their firearms, the battalion commander said on Sunday.", pub: "2023-02-13"),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2021-05-01", "IND", "*", "The ULFA (Independent) declared a three-month unilateral ceasefire on Saturday, citing the Covid situation, its commander-in-chief said in a statement.", pub: "2021-05-02"),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "2023-09-01", "PAK", "PAK", "The Counter Terrorism Department foiled a terror bid and recovered 20 kilograms of explosives, detonators and two suicide jackets from a hideout in Quetta on Friday.", pub: "2023-09-02"),
        r("DISR_WEAP", "*", "*", "Disrupted weapons use", "2024-02-15", "IND", "IND", "Security forces defused an IED planted by Maoists on the Dornapal-Jagargunda road in Sukma on Thursday.", pub: "2024-02-16"),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "2023-08-30", "NGA", "NGA", "Troops of Operation Safe Haven on Wednesday intercepted 1,000 rounds of ammunition hidden in bags of grain at a checkpoint in Mangu, Plateau State, the media coordinator said.", pub: "2023-08-31"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "*", "NGA", "*", "Lakurawa terrorists have established camps in several communities of Tangaza LGA of Sokoto State, residents told our correspondent.", pub: "2024-11-10"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "*", "PHL", "*", "The NPA has set up a new guerrilla base in the hinterlands of Las Navas, Northern Samar, military intelligence reports showed.", pub: "2020-03-03"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "2024-01-30", "IND", "IND", "Security forces established a new forward operating base at Kondapalli in Bijapur district on Tuesday in the core area of the Maoists.", pub: "2024-02-01"),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2021-10-16", "BGD", "BGD", "Miscreants set fire to a Hindu temple in Chandpur in the early hours of Saturday.", pub: "2021-10-17"),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2018-03-09", "IND", "IND", "Goons allegedly backed by the ruling party vandalised the CPI(M) party office in Agartala on Friday night.", pub: "2018-03-10"),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2024-05-22", "NGA", "NGA", "Suspected herders destroyed farmlands and burnt several houses at Yelwata community in Benue State on Wednesday.", pub: "2024-05-25"),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT|MOBILIZE", "08|15", "Non-violent transfer of territory", "2021-08-15", "AFG", "*", "JALALABAD, Aug. 15 (Xinhua) -- Taliban fighters entered Jalalabad without a fight on Sunday after the provincial governor handed over the city, a local source said.", pub: "2021-08-15"),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "2022-01-31", "NGA", "NGA", "The Nigerian Army on Monday handed over its base in Baga to troops of the Multinational Joint Task Force.", pub: "2022-02-01"),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "2014-05-11", "MEX", "MEX", "Self-defence groups withdrew from Tepalcatepec and handed control of the town to the state police on Sunday.", pub: "2014-05-12"),
        r("OTHER", "COERCE/curfew", "17", "Other", "2023-07-31|2023-08-01", "IND", "IND", "The district administration clamped a curfew in Nuh and suspended mobile internet services after the violence on Monday.", pub: "2023-08-01"),
        r("OTHER", "PROTEST/strike", "14", "Other", "2016-07-13", "IND", "IND", "Normal life was paralysed across the Kashmir valley as shops and businesses remained shut on Wednesday in response to a bandh called by separatists.", pub: "2016-07-14"),
        r("OTHER", "COERCE/martial-law", "17", "Other", "2022-04-01", "LKA", "LKA", "President Gotabaya Rajapaksa declared a state of emergency across Sri Lanka late on Friday, giving security forces sweeping powers of arrest, the government gazette showed.", pub: "2022-04-02"),
        // Other CASE labels
        r("DIPLO", "CONSULT", "04", "-", "2023-05-03", "CHN", "*", "BEIJING, May 3 (Xinhua) -- Chinese State Councilor and Foreign Minister Qin Gang held talks with visiting Pakistani Foreign Minister Bilawal Bhutto Zardari in Beijing on Wednesday.", pub: "2023-05-03"),
        r("DIPLO", "CONSULT", "04", "-", "2024-03-04", "NGA", "*", "President Bola Tinubu on Monday received the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, at the State House in Abuja, where the two leaders discussed investment and security cooperation.", pub: "2024-03-05"),
        r("DIPLO", "CONSULT", "04", "-", "2021-03-04", "BGD", "*", "External Affairs Minister S. Jaishankar called on Bangladesh Prime Minister Sheikh Hasina in Dhaka on Thursday and discussed connectivity projects.", pub: "2021-03-05"),
        r("ATTRIB", "*", "01", "-", "2024-03-20|2024-03-21", "PAK", "*", "The Baloch Liberation Army has claimed responsibility for Wednesday's attack on the Gwadar Port Authority complex, the group's spokesperson said in a statement.", pub: "2024-03-21"),
        r("ATTRIB", "*", "01", "-", "2024-06-09|2024-06-10|2024-06-11", "IND", "*", "The Resistance Front, an offshoot of the Lashkar-e-Taiba, owned responsibility for Sunday's attack on a bus carrying pilgrims in Reasi district.", pub: "2024-06-11"),
        r("ATTRIB", "*", "01", "-", "2023-03-21|2023-03-22|2023-03-23", "NGA", "*", "The Islamic State West Africa Province claimed responsibility for Tuesday's attack on a military base in Malam Fatori in a statement released through its Amaq news agency.", pub: "2023-03-23"),
        r("NATURAL_DISASTER", "*", "*", "-", "2023-07-10", "IND", "*", "Flash floods triggered by a cloudburst swept away 12 houses and killed five people in Kullu district of Himachal Pradesh on Monday night, the disaster management authority said.", pub: "2023-07-11"),
        r("NATURAL_DISASTER", "*", "*", "-", "2022-07-07", "PAK", "*", "At least 30 people died as heavy monsoon rains lashed Karachi on Thursday, inundating low-lying areas, officials of the PDMA said.", pub: "2022-07-08"),
        r("NATURAL_DISASTER", "*", "*", "-", "2021-12-16", "PHL", "*", "Typhoon Rai (Odette) slammed into Siargao island on Thursday, tearing off roofs and killing at least 12 people, the NDRRMC said.", pub: "2021-12-18"),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2019-02-20", "BGD", "*", "A fire broke out at a chemical warehouse in Old Dhaka's Chawkbazar on Wednesday night, killing at least 67 people.", pub: "2019-02-21", weak: true),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2023-06-12", "NGA", "*", "A boat carrying wedding guests capsized on the Niger River in Kwara State on Monday, killing more than 100 people.", pub: "2023-06-14"),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2018-05-15", "IND", "*", "A portion of an under-construction flyover collapsed in Varanasi on Tuesday, crushing vehicles and killing 18 people.", pub: "2018-05-16"),
        r("ORG_CRIME", "*", "*", "-", "2022-09-09", "PAK", "*", "The Anti-Narcotics Force seized 1.5 tonnes of hashish and arrested two smugglers in a raid near the border town of Chaman on Friday, a spokesperson said on Saturday.", pub: "2022-09-10"),
        r("ORG_CRIME", "*", "*", "-", "2024-09-23", "PHL", "*", "Police seized P6.8 billion worth of shabu from a warehouse in Mexico, Pampanga, on Monday, the PNP chief said.", pub: "2024-09-25"),
        r("ORG_CRIME", "*", "*", "-", "2019-01-15", "MEX", "*", "Mexican authorities dismantled a gang of fuel thieves that drained gasoline from Pemex pipelines in Hidalgo state on Tuesday, the attorney general's office said on Wednesday.", pub: "2019-01-17", weak: true),
        // Events that did not happen, or not yet
        n("ATTACK|ARMED_CLASH", "Security agencies have been put on alert after intelligence inputs warned that terrorists plan to attack security installations in Jammu before Independence Day.", weak: true),
        n("PEACE_PROTEST|OTHER", "The opposition alliance has threatened to enforce a countrywide hartal if the government fails to release its leaders within 48 hours.", weak: true),
        n("ABDUCT_DISSAP", "The police commissioner denied reports that gunmen had kidnapped passengers on the Abuja-Kaduna highway on Sunday, describing them as fake news."),
        // Negatives
        none("Pakistan thrashed Bangladesh by seven wickets in the second Test at Rawalpindi after the pacers bowled out the visitors for 172."),
        none("The Lahore High Court granted bail to the former chief minister in a corruption case on Monday."),
        none("The Central Bank of Nigeria retained the Monetary Policy Rate at 27.5 per cent, its governor told journalists in Abuja on Tuesday."),
        none("Voters queued from early morning in Kisii as the by-election for the Bobasi parliamentary seat went off peacefully on Thursday, the IEBC said."),
        none("The Federal Road Safety Corps launched a campaign to cut road accidents during the festive season, its Corps Marshal said in Abuja."),
    ]

    @Test(arguments: rows)
    func probe(_ row: Row) { CaseWorldProbeTests.expectRight(row) }

    /// Every row's ACLED sub-event type is ACLED's and its CASE label that
    /// type's label; every CASE label has at least three rows; 100 rows;
    /// dates and countries are well formed.
    @Test func rowsAreConsistent() { CaseWorldProbeTests.expectConsistent(Self.rows, notDone: 3) }

    /// Shares right by field (printed, as `CaseWorldProbeTests.share`).
    @Test func share() { CaseWorldProbeTests.expectShare(Self.rows, set: "press") }
}
