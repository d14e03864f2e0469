import Testing
@testable import AnnalsCore

/// A tenth set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words, with their expected codings, before the
/// engine was run on them: open-source and think-tank conflict updates and
/// live blogs. Daily assessments in the manner of the ISW and Critical
/// Threats ("Russian forces conducted ground attacks near ...", "geolocated
/// footage published on ... shows", "according to the Ukrainian General
/// Staff"), one-line map items with no verb tense ("Heavy clashes between
/// SAF and RSF reported in ...", "Iron Dome intercepts 2 rockets ..."),
/// humanitarian and crisis briefs in the manner of ACAPS and Crisis Group,
/// and live-blog entries led by a time stamp ("14:32 EAT —", "Update,
/// 9 pm:", "17:48 local —"), in the present tense, full of sourcing hedges
/// ("claimed", "reportedly", "purportedly", "according to Telegram
/// channels", "videos posted on X"). The wars in Ukraine, Sudan, Gaza,
/// Lebanon, Yemen and the Red Sea, Myanmar, the Sahel, the DRC, Haiti and
/// Ecuador; protests in Georgia, Serbia, Kenya and Bangladesh; strategic
/// developments. Each row is read with its publication date (`pub`) so
/// that relative dates ("on Tuesday", "overnight") can be resolved.
/// Three or more rows for each of the 30 CASE labels (four armed clashes);
/// four rows report an event that did not happen (denied) or has not
/// happened yet (called, threatened, expected); five are negatives (a
/// publication notice, a live blog's sign-off, a currency, funding, sport).
///
/// Each row has the four fields and the status of `CaseHeadlineProbeTests`,
/// the date and place country of `CaseNotesProbeTests`, and the actor1
/// country of `CaseWorldProbeTests` (the ISO 3166 alpha-3 country ACLED's
/// actor1 would name, "*" when it would name none or the row has no ACLED
/// event), scored as there.
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text: the file as first committed, 813e67e, SHA-256 1ba5e420...,
/// on main at 915a33d), of 100: label 74, ACLED sub-event 76, PLOVER 77,
/// CAMEO root 75, all four 69, all four and the status 69; date 85, place
/// country 73, actor1 country 31 of 52. After the rules they led to (a
/// crowd gathering in the present, and "tens of thousands" gathered, which
/// one pattern had written as a single alternative and so never matched;
/// ground attacks and offensive operations are fighting; a named place
/// recaptured, retaken or liberated by armed forces or an armed group, not
/// hostages liberated; rockets fired from a place; a place struck or hit
/// with missiles, shells, drones or bombs; a command post set up; part of a
/// building set on fire; forces that pull out of a named town or centre
/// retreat (0874); a suicide bomber who strikes, hits or rams; a vehicle
/// named by its load rammed into a gate; bridges blocked by number; police
/// who remove, clear or drag away a crowd; ground-attack aircraft, smoke
/// bombs and military operations suspended are no events; forces that engage
/// others with small arms fight a battle; bombs releasing toxic gas are a
/// chemical weapon; a fire that tore through a building killed by accident;
/// reports, claims or allegations denied deny the act), on main at 915a33d:
/// 85 / 88 / 86 / 87 / 82 / 82; date 91, place 79, actor1 37 of 52;
/// rebased on main at 706d535: the same, date 90, place 78 (flash floods
/// that killed are no killing there, so that row has no event to date).
/// Rows still wrong are marked `weak`: a named airport "captured" (a bare
/// "captured" pattern was tried and dropped: forces capture munitions and
/// defences as often as places, 2,000 Reuters); rockets that "are fired"
/// with no one firing and "Iron Dome intercepts" (no actor, so no event); a
/// grenade thrown and then claimed after a semicolon (the claim takes the
/// sentence); police who "have begun removing" students (the subject is not
/// reached past "begun"); protesters who set part of a building on fire
/// coded by the act (17), not as a riot (14); demonstrators who hurled smoke
/// bombs "at police and smashed" windows (the police read as the smasher);
/// a ceasefire "US- and French-brokered" and a "Saudi-backed" government
/// read as mediation and support before the agreement; a base set up "from
/// which they are launching attacks" ranked below the attacks; looting coded
/// COERCE/seize, not ASSAULT/destroy; a building fire, a tanker that
/// overturned and scam compounds of criminal syndicates with no disaster or
/// crime topic ("tanker", "overturned" and "syndicates" as topic cues were
/// tried and dropped: a tanker contract, rulings overturned and Arab
/// professional syndicates in the corpora); a denial more than eight words
/// before the act ("denied reports circulating on Telegram channels that
/// ..."); a general strike "called for", a threat whose condition names
/// strikes, and a withdrawal "expected ... under the truce" read as done or
/// as the truce.
@Suite struct CaseOSINTProbeTests {
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
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2025-03-14", "UKR", "RUS", "Russian forces conducted ground attacks near Pokrovsk on 14 March but did not make confirmed advances, according to the Ukrainian General Staff.", pub: "2025-03-15"),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2024-06-10", "SDN", "SDN", "Heavy clashes between SAF and RSF reported in the southern neighbourhoods of El Fasher", pub: "2024-06-10"),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2024-10-02", "LBN", "LBN|ISR", "Hezbollah fighters engaged Israeli troops with small arms and anti-tank guided missiles near Maroun al-Ras on October 2, the group claimed on Telegram.", pub: "2024-10-03"),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2024-12-18", "MMR", "MMR", "Update, 9 pm: Arakan Army fighters and junta troops are still fighting for control of the regional command headquarters in Ann, local sources say.", pub: "2024-12-18"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2025-01-11", "SDN", "SDN", "The Sudanese Armed Forces recaptured Wad Madani, the capital of Al Jazirah state, from the RSF on 11 January, geolocated footage published the same evening shows.", pub: "2025-01-12"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2023-08-28", "UKR", "UKR", "Ukrainian forces liberated Robotyne in western Zaporizhia Oblast, Ukrainian Deputy Defense Minister Hanna Maliar announced on 28 August.", pub: "2023-08-29"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2024-02-06", "COD", "COD", "FARDC soldiers and Wazalendo fighters reportedly retook the town of Kitshanga from M23 on Tuesday, according to a civil society leader in Masisi.", pub: "2024-02-08"),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2025-02-14", "COD", "*", "M23 fighters captured Kavumu airport north of Bukavu on 14 February, according to local sources and videos posted on X.", pub: "2025-02-15", weak: true),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2024-08-03", "MMR", "*", "The Myanmar National Democratic Alliance Army took full control of Lashio on 3 August, the group announced on Telegram.", pub: "2024-08-04"),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2025-03-31|2025-04-01", "HTI", "*", "Viv Ansanm gangs overran the town of Mirebalais overnight and freed more than 500 inmates from its prison, according to local radio.", pub: "2025-04-01"),
        // Explosions and remote violence
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2024-05-03", "UKR", "RUS", "Russian forces dropped munitions filled with chloropicrin on Ukrainian trenches near Kupiansk on 3 May, Ukrainian officials reported.", pub: "2024-05-04"),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2024-09-13", "SDN", "SDN", "Sudanese army aircraft purportedly dropped barrels of chlorine gas on RSF positions north of Khartoum on 13 September, a monitoring group claimed.", pub: "2024-09-20"),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2024-03-22", "MMR", "MMR", "Junta aircraft dropped bombs releasing toxic gas on resistance positions in Kalay township on Friday, the Chin Defense Force claimed.", pub: "2024-03-23"),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "2024-10-05", "LBN", "ISR", "12:05 GMT – Israeli warplanes struck a building in Beirut's southern suburb of Dahiyeh, Lebanese state media reports.", pub: "2024-10-05"),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "2024-02-03|2024-02-04", "YEM", "USA|GBR", "US and UK aircraft carried out strikes on Houthi targets in Hodeidah and Sanaa overnight, CENTCOM said on Sunday.", pub: "2024-02-04"),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "2024-08-17|2024-08-18", "RUS", "UKR", "A Ukrainian drone attack hit an oil depot in Russia's Rostov region overnight, the regional governor claimed on Telegram.", pub: "2024-08-18"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2024-08-24", "BFA", "*", "A suicide bomber struck a military convoy near Djibo on Saturday, killing at least 15 soldiers, security sources told AFP.", pub: "2024-08-24"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2024-11-09", "PAK", "*", "Update, 4:10 pm: Officials now say a suicide bomber blew himself up in the ticket hall of Quetta railway station, killing at least 24 people.", pub: "2024-11-09"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2024-01-29", "MLI", "*", "A suicide car bomber rammed an explosives-laden vehicle into a checkpoint at the army camp in Boulkessi on Monday, according to Telegram channels close to JNIM.", pub: "2024-01-30"),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2025-04-13", "UKR", "RUS", "Russian forces struck central Sumy with two Iskander-M ballistic missiles on 13 April, killing at least 34 civilians, according to Ukrainian officials.", pub: "2025-04-13"),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2024-08-15", "ISR", "LBN", "17:48 local — Sirens sound across the western Galilee as about 40 rockets are fired from Lebanon; Hezbollah claims the barrage targeted an army base near Safed.", pub: "2024-08-15", weak: true),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2024-06-11", "SDN", "SDN", "RSF artillery shelling of Abu Shouk IDP camp north of El Fasher; 12 killed, local volunteers say", pub: "2024-06-11"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2025-01-22", "MLI", "*", "An IED struck a FAMa convoy between Gao and Ansongo on Wednesday, killing four soldiers, according to local sources.", pub: "2025-01-22"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2024-06-08", "UKR", "*", "A tractor hit a landmine in a field in Kharkiv Oblast's Izium district on 8 June, killing the driver, the regional administration said.", pub: "2024-06-08"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2024-03-01", "ECU", "*", "A car bomb exploded outside a prison in Guayaquil early on Friday; no injuries were reported, police said.", pub: "2024-03-01"),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2024-07-12", "HTI", "*", "Unknown assailants threw a grenade into a bar in Petion-Ville on Friday night, wounding three people, Haitian media reported.", pub: "2024-07-13"),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2024-10-21", "ECU", "*", "Gunmen hurled a grenade at the gate of a police unit in Esmeraldas late on Monday, according to a police statement posted on X.", pub: "2024-10-22"),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2024-06-21", "MMR", "*", "A grenade was thrown at a military checkpoint in Yangon's Hlaing Tharyar township on Friday, killing a soldier; an urban guerrilla group claimed the attack.", pub: "2024-06-23", weak: true),
        // Violence against civilians
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2024-10-25", "SDN", "SDN", "RSF fighters raped several women in the village of Al-Sireha in Al Jazirah state on 25 October, a local resistance committee said.", pub: "2024-10-27"),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2024-04-14", "COD", "*", "CODECO militiamen reportedly raped four women on the road between Bunia and Djugu on Sunday, a local NGO told Radio Okapi.", pub: "2024-04-16"),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2024-10-02", "HTI", "HTI", "Gang members raped several women in the Solino neighbourhood of Port-au-Prince on Wednesday, local rights groups reported.", pub: "2024-10-03"),
        r("ATTACK", "ASSAULT", "18", "Attack", "2024-08-24", "BFA", "*", "Suspected JNIM militants killed dozens of civilians who were digging trenches around Barsalogho on Saturday, according to local sources and videos shared by jihadist accounts.", pub: "2024-08-26"),
        r("ATTACK", "ASSAULT", "18", "Attack", "2024-10-03", "HTI", "HTI", "Gang members killed at least 70 people, including women and babies, in an attack on the town of Pont-Sonde early on Thursday, the UN said.", pub: "2024-10-05"),
        r("ATTACK", "ASSAULT", "18", "Attack", "2024-06-10", "COD", "*", "ADF rebels killed at least 40 civilians with machetes in villages of Beni territory on Monday night, civil society sources said.", pub: "2024-06-12"),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2024-12-03", "HTI", "*", "Gunmen abducted 40 passengers from a bus on the road between Port-au-Prince and Mirebalais on Tuesday, according to local media.", pub: "2024-12-05"),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2023-07-02", "UKR", "RUS", "Russian occupation authorities abducted the head of the Nova Kakhovka city hospital on 2 July, Ukrainian officials claimed.", pub: "2023-07-04"),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2024-11-23", "NER", "*", "Unknown gunmen kidnapped a village chief and his two sons in the Tillaberi region on Saturday, according to a local security source.", pub: "2024-11-24"),
        // Demonstrations
        r("PEACE_PROTEST", "PROTEST/demo", "14", "Peaceful protest", "2024-12-04", "GEO", "GEO", "21:10 — Thousands of protesters are gathering outside parliament on Rustaveli Avenue in Tbilisi for a seventh night, waving EU and Georgian flags.", pub: "2024-12-04"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2025-02-01", "SRB", "SRB", "Students and farmers blocked the three bridges of Novi Sad on Saturday to mark three months since the railway station canopy collapsed, N1 reported.", pub: "2025-02-02"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2025-02-09", "BGD", "BGD", "Students staged a sit-in at the Shahbagh intersection in Dhaka on Sunday demanding a ban on the Awami League's student wing.", pub: "2025-02-10"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2024-11-29|2024-11-30", "GEO", "GEO", "Riot police used water cannon and pepper spray to disperse protesters outside parliament in Tbilisi overnight and detained dozens, the interior ministry said.", pub: "2024-11-30"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2024-06-25", "KEN", "KEN", "14:32 EAT — Police are firing tear gas at protesters marching against the finance bill in Nairobi's CBD, live footage shows.", pub: "2024-06-25"),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2025-03-16", "SRB", "SRB", "Update, 9 pm: Police have begun removing students who are blocking the road outside the RTS building in Belgrade, dragging some of them away.", pub: "2025-03-16", weak: true),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2024-06-25", "KEN", "KEN", "Police shot dead at least five protesters after demonstrators stormed parliament in Nairobi on Tuesday, rights groups said.", pub: "2024-06-26"),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2024-07-19", "BGD", "BGD", "Security forces opened fire on students protesting job quotas in Dhaka's Rampura area on 19 July, killing dozens, according to hospital sources.", pub: "2024-07-21"),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2022-06-30", "SDN", "SDN", "Security forces fired live ammunition at anti-coup marchers in Omdurman on Thursday, killing at least nine, the Central Committee of Sudan Doctors said.", pub: "2022-07-01"),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2024-06-25", "KEN", "KEN", "Protesters set part of the parliament building on fire in Nairobi on Tuesday, according to footage circulating on social media.", pub: "2024-06-26", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2024-11-30|2024-12-01", "GEO", "GEO", "Protesters threw fireworks and stones at police lines on Rustaveli Avenue in Tbilisi overnight and set barricades alight, the interior ministry said on Sunday.", pub: "2024-12-01"),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2025-02-03", "SRB", "SRB", "Demonstrators hurled eggs and smoke bombs at police and smashed the windows of the ruling party's offices in Novi Sad on Monday, N1 reported.", pub: "2025-02-04", weak: true),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2024-09-18", "BGD", "BGD", "A mob beat a man to death at Dhaka University's Fazlul Huq Muslim Hall on Wednesday night on suspicion of theft.", pub: "2024-09-19"),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2023-04-24", "HTI", "HTI", "Residents lynched and burned three suspected gang members in Canape-Vert on Monday morning, local radio reported.", pub: "2023-04-25"),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2024-03-07", "KEN", "KEN", "A mob lynched two suspected thieves at a market in Kisii on Thursday before police arrived, the county police commander said.", pub: "2024-03-09"),
        // Strategic developments
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2024-11-26|2024-11-27", "LBN|ISR", "ISR|LBN", "Israel and Hezbollah agreed to a US- and French-brokered ceasefire that took effect at 4 am local time on Wednesday.", pub: "2024-11-27", weak: true),
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2025-06-27", "USA", "COD|RWA", "The DRC and Rwanda signed a peace agreement in Washington on 27 June, the State Department said.", pub: "2025-06-28"),
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2023-03-20", "CHE", "YEM", "The Houthis and the Saudi-backed government agreed to swap nearly 900 prisoners after talks in Switzerland, the UN envoy announced on Monday.", pub: "2023-03-20", weak: true),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2024-12-04", "GEO", "GEO", "Police detained opposition leader Nika Gvaramia during a raid on a party office in Tbilisi on 4 December, according to his party.", pub: "2024-12-05"),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2024-03-08", "ECU", "ECU", "Ecuador: soldiers arrest 14 suspected Los Lobos members in Guayaquil", pub: "2024-03-08"),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2024-06-22", "KEN", "KEN", "Plainclothes officers arrested a protest organiser in Nairobi on Saturday night, his lawyer said on X.", pub: "2024-06-23"),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2024-01-30", "IRQ", "*", "Kataib Hezbollah announced on Tuesday that it was suspending military operations against US forces in Iraq.", pub: "2024-01-30"),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2024-09-17", "MMR", "*", "The MNDAA declared a unilateral ceasefire in northern Shan State on Tuesday, according to a statement on its Telegram channel.", pub: "2024-09-18"),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2024-01-30", "COD", "*", "About 60 fighters of the Twirwaneho militia surrendered their weapons to the FARDC in Minembwe on Tuesday, local officials said.", pub: "2024-02-01"),
        r("DISR_WEAP", "ASSAULT", "19", "Disrupted weapons use", "2024-12-07|2024-12-08", "UKR", "UKR", "Ukrainian air defences shot down 52 of 78 Shahed drones launched overnight, the Ukrainian Air Force reported on Telegram on 8 December.", pub: "2024-12-08"),
        r("DISR_WEAP", "ASSAULT", "19", "Disrupted weapons use", "2024-03-08", "ISR", "ISR", "Iron Dome intercepts 2 rockets launched from Gaza towards Sderot", pub: "2024-03-08", weak: true),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "2024-02-10", "ECU", "ECU", "Ecuadorian police seized 25 rifles, grenades and explosives hidden in a house in Duran on Saturday, the interior ministry said.", pub: "2024-02-11"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "*", "UKR", "RUS", "Russian forces have established a forward command post in Kurakhove, according to Ukrainian military observers.", pub: "2025-01-10"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "*", "BFA", "*", "JNIM has set up camps in forested areas of eastern Burkina Faso near the border with Benin, residents told local media.", pub: "2024-11-20"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "*", "HTI", "HTI", "Gangs have set up a new base in the Delmas 30 area, from which they are launching attacks on the national palace, a police source said.", pub: "2024-03-07", weak: true),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2024-08-05", "BGD", "*", "Unidentified people set fire to three Hindu homes in Lalmonirhat on Monday night, local police said.", pub: "2024-08-07"),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2024-03-19", "HTI", "HTI", "Gang members looted and set fire to the main pharmacy warehouse in downtown Port-au-Prince on Tuesday, according to the health ministry.", pub: "2024-03-20"),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2025-01-29", "COD", "*", "M23 fighters looted warehouses of the World Food Programme in Goma on Wednesday, the UN agency said.", pub: "2025-01-30", weak: true),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "2025-02-09", "PSE", "ISR", "Israeli troops withdrew from the Netzarim corridor on Sunday under the ceasefire deal, Palestinian media reported.", pub: "2025-02-09"),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "2025-03-19", "COD", "COD", "Government troops pulled out of Walikale centre without a fight on Wednesday ahead of the M23's arrival, local sources said.", pub: "2025-03-20"),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "2023-10-21", "MLI", "*", "UN peacekeepers handed over the Tessalit camp to the Malian army on Saturday, MINUSMA said.", pub: "2023-10-22"),
        r("OTHER", "COERCE/martial-law", "17", "Other", "2024-01-08", "ECU", "ECU", "President Daniel Noboa declared a 60-day state of emergency on Monday after a gang leader escaped from prison.", pub: "2024-01-09"),
        r("OTHER", "COERCE/curfew", "17", "Other", "2024-07-19", "BGD", "BGD", "The government imposed a nationwide curfew and deployed the army on Friday night as protests spread, Bangladesh state media reported.", pub: "2024-07-20"),
        r("OTHER", "COERCE/martial-law", "17", "Other", "2024-03-07", "HTI", "HTI", "Haiti's government extended the state of emergency in the West department for another month on Thursday, a decree published in the official gazette showed.", pub: "2024-03-08"),
        // Other CASE labels
        r("DIPLO", "CONSULT", "04", "-", "2024-09-02", "EGY", "*", "Sudan's army chief Abdel Fattah al-Burhan met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday to discuss the war, the presidency said.", pub: "2024-09-03"),
        r("DIPLO", "CONSULT", "04", "-", "2025-03-11", "SAU", "*", "Ukrainian and US delegations held talks in Jeddah on 11 March, according to the Ukrainian presidency.", pub: "2025-03-12"),
        r("DIPLO", "CONSULT", "04", "-", "2024-10-28", "GEO", "*", "Georgia's prime minister hosted his Hungarian counterpart Viktor Orban in Tbilisi on Monday for talks on energy and EU relations.", pub: "2024-10-29"),
        r("ATTRIB", "*", "01", "-", "2024-08-21|2024-08-22", "YEM", "*", "The Houthis claimed responsibility on Thursday for Wednesday's attack on the Greek-flagged tanker Sounion in the Red Sea.", pub: "2024-08-22"),
        r("ATTRIB", "*", "01", "-", "2024-12-08|2024-12-09|2024-12-10|2024-12-11", "NER", "*", "Islamic State Sahel Province claimed responsibility for Sunday's ambush on a Nigerien army patrol near Tillaberi in a statement on its Amaq channel.", pub: "2024-12-11"),
        r("ATTRIB", "*", "01", "-", "2024-08-06|2024-08-07|2024-08-08", "RUS", "*", "Ukraine's military intelligence claimed responsibility for Tuesday's drone strike on an airbase in Russia's Murmansk region, according to Ukrainian media.", pub: "2024-08-08"),
        r("NATURAL_DISASTER", "*", "*", "-", "2024-05-26|2024-05-27", "BGD", "*", "Cyclone Remal made landfall near Mongla on Sunday night, killing at least ten people in Bangladesh, according to ACAPS.", pub: "2024-05-27"),
        r("NATURAL_DISASTER", "*", "*", "-", "2024-09-15", "MMR", "*", "Flooding triggered by Typhoon Yagi has killed at least 226 people across Myanmar, state media reported on Sunday.", pub: "2024-09-15"),
        r("NATURAL_DISASTER", "*", "*", "-", "2024-04-29", "KEN", "*", "Flash floods after heavy rains killed at least 45 people in Mai Mahiu, Nakuru County, on Monday, the Kenya Red Cross said.", pub: "2024-04-30"),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2024-02-29", "BGD", "*", "A fire tore through a seven-storey building on Bailey Road in Dhaka on Thursday night, killing at least 46 people, fire service officials said.", pub: "2024-03-01", weak: true),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2024-09-14", "HTI", "*", "A fuel tanker overturned and exploded in Miragoane on Saturday, killing at least 24 people, the civil protection agency said.", pub: "2024-09-16", weak: true),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2024-08-05", "MMR", "*", "A boat carrying Rohingya refugees capsized off the coast of Rakhine State on Monday, leaving dozens missing, the UN refugee agency said.", pub: "2024-08-07"),
        r("ORG_CRIME", "*", "*", "-", "2024-08-09", "ECU", "*", "Ecuador's navy seized 2.2 tonnes of cocaine from a fishing boat off the Galapagos on Friday, the defence ministry said.", pub: "2024-08-10"),
        r("ORG_CRIME", "*", "*", "-", "2024-11-19", "ECU", "*", "Police in Guayaquil broke up an extortion ring that collected weekly 'vacunas' from shopkeepers in the south of the city on Tuesday, the interior ministry said.", pub: "2024-11-20"),
        r("ORG_CRIME", "*", "*", "-", "2025-02-20", "MMR", "*", "Thousands of foreigners held in scam compounds run by criminal syndicates in Myawaddy were released to Thailand on Thursday, according to the Border Guard Force.", pub: "2025-02-21", weak: true),
        // Events that did not happen, or not yet
        n("AIR_STRIKE", "The IDF denied reports circulating on Telegram channels that its jets had struck a school in Khan Younis on Tuesday.", weak: true),
        n("PEACE_PROTEST|OTHER", "Serbian students and opposition parties have called for a general strike and a mass rally in Belgrade on Saturday.", weak: true),
        n("ATTACK|ART_MISS_ATTACK", "The Houthis threatened to resume attacks on US warships in the Red Sea if strikes on Yemen continue, the group's leader said in a televised speech.", weak: true),
        n("NON_VIOL_TERRIT_TRANSFER", "Israeli forces are expected to withdraw from five hilltop positions in southern Lebanon by 18 February under the truce, Lebanese officials said.", weak: true),
        // Negatives
        none("ISW will publish an abbreviated update on 25 December and will resume its regular schedule on 27 December."),
        none("19:55 GMT — That's all from us for today; we will resume our live coverage at 7 am tomorrow."),
        none("Georgia's lari weakened 2 percent against the dollar on Monday, the National Bank said."),
        none("ACAPS: Funding for the Sudan humanitarian response plan stood at 30 percent at the end of June."),
        none("Kenya's Harambee Stars beat Gabon 2-1 in a World Cup qualifier in Nairobi on Sunday."),
    ]

    @Test(arguments: rows)
    func probe(_ row: Row) { CaseWorldProbeTests.expectRight(row) }

    /// Every row's ACLED sub-event type is ACLED's and its CASE label that
    /// type's label; every CASE label has at least three rows; 100 rows;
    /// dates and countries are well formed.
    @Test func rowsAreConsistent() { CaseWorldProbeTests.expectConsistent(Self.rows, notDone: 4) }

    /// Shares right by field (printed, as `CaseWorldProbeTests.share`).
    @Test func share() { CaseWorldProbeTests.expectShare(Self.rows, set: "osint") }
}
