import Testing
@testable import AnnalsCore

/// A seventh set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words, with their expected codings, before the
/// engine was run on them: ACLED notes and short wire items from the South
/// Caucasus and the conflicts next to it. The Armenia-Azerbaijan border
/// (Tavush, Gegharkunik, Syunik, the Nakhchivan section: fire at positions,
/// ceasefire violations, sniper fire, mortars, drones); the 2020 Karabakh
/// war (towns shelled, struck by drones, taken and retaken, districts
/// handed over, a ceasefire agreed); Armenian politics 2018-2020 (marches,
/// roads blocked, hunger strikes, sit-ins, arrests of opposition figures,
/// parliament stormed); Georgia (Tbilisi protests, detentions on the South
/// Ossetian line, fences moved); the North Caucasus, Turkey, Iraq, Iran and
/// Syria; ACLED's strategic developments. Notes in ACLED's manner: "On 14
/// July 2020, ...", "Around 28 September 2020 (between 27 and 29
/// September), ...", "On the night of 3-4 May ...", "No casualties
/// reported.", "[size=no report]", actors such as "Military Forces of
/// Azerbaijan" and "Defense Army of Nagorno-Karabakh". Three or more rows
/// for each of the 30 CASE labels (four for armed clashes and peaceful
/// protests); five rows report an event that did not happen or has not
/// happened yet, three are negatives from sport and business.
///
/// Each row has the four fields and the status of `CaseHeadlineProbeTests`
/// (scored by its `right`), and two more, scored apart: the date of the
/// deciding event (YYYY-MM-DD, "|" between alternatives, "*" checks
/// nothing) and the ISO 3166 alpha-3 country of its place (Nagorno-Karabakh
/// is Azerbaijan's, South Ossetia Georgia's, as in ACLED's country field).
/// A wire item with a relative date ("on Tuesday") or none is read with a
/// publication date (`pub`); the four fields are read without one, as in
/// the other sets.
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text: the file as first committed, SHA-256 502677dd..., on main
/// at 847da1d), of 100: label 71, ACLED sub-event 75, PLOVER 86, CAMEO root
/// 83, all four 68, all four and the status 68; date 85, place country 67.
/// After the rules they led to (fire exchanged with mortars stays an armed
/// clash; captives executed are attacked; people captured whose whereabouts
/// are unknown disappear; people detained for drugs are outside ACLED, and
/// people detained who gathered are protesters; a hunger strike held in
/// public is a protest; demonstrators who attack riot, a mob stays a mob; a
/// state's forces firing on supporters or a crowd use force against them;
/// martial law defied is not declared; "caves" as a place; chemical gas
/// used against fighters and phosphorus dropped; mines defused after a
/// number; an observation post set up; troops withdrawing from a named
/// district; a date in brackets glossing the sentence's own date; migrants
/// smuggled as a topic cue), on main at d5767f7: 85 / 88 / 90 / 87 / 81 /
/// 81; date 90, place 69.
/// Rows still wrong are marked `weak`: the Defense Army of
/// Nagorno-Karabakh taking heights read as a government regaining ground;
/// civilians captured coded COERCE/seize; rubber bullets that cost eyes
/// read as intervention, not excessive force (a judgment call); parliament
/// stormed ranked below the looting; "agree to reopen" a crossing, now
/// coded as the agreement (AGREE, 0355) but with no ACLED view, so its
/// label is DIPLO; a decree dissolving institutions, a surrender ranked
/// below the occupation in its relative clause, a monitoring centre opened,
/// troops that "entered" a handed-over district, fences moved: no or
/// another event; a headline "hold talks" with no publication date; a fuel
/// depot that exploded read as an attack; a bus that overturned, with no
/// topic ("overturned" is more often a ruling's: as a cue of weight 1 it
/// made a court ruling on Reuters and two BBC sport reports disasters); a
/// company's gas deal coded as an event (the football score, "beat Georgia
/// 2-1", is no attack since the session-16 event debt: 86 / 89 / 90 / 87 /
/// 82 / 82 on main at c6bb3fc). With the session-17 event debt (fire at a
/// side's positions is fighting, CAMEO 193; rockets fired at a town are
/// shelling, 194, above the killing; "their own houses" set on fire, also
/// coded by the eighth set's "set fire to * houses"; an attack after "if"
/// is possible, not done), four weak rows are right: 88 / 91 / 93 / 92 /
/// 86 / 86, date 91, place 83 (on main at c2141e1). Places
/// the gazetteer lacks (Talish, Martakert, Verin Shorzha, Gegharkunik,
/// Gubadli, Hadrut, Shushi, Qandil, Kakheti, Chorchana, Shurnukh, Syunik,
/// Ergneti, Khurvaleti, Shida Kartli, Lake Sev, Racha, Shovi,
/// Gugutiantkari, Dagestan alone; Lachin read as a Turkish village;
/// Stepanakert after "pounds" and "over") cost most place misses; places
/// and dates are counted, not required. Session 17 (event place): place
/// 83 -> 92 with Chorchana and Ergneti in regions.tsv, Stepanakert's
/// population as news knows it, and the article's country named only as an
/// actor ("Armenia declared martial law", "Armenia and Azerbaijan exchanged
/// prisoners") as the setting of an event whose sentence names no place.
/// Still missed, every one with no place at all: the Tbilisi Pride office,
/// the de facto president of Nagorno-Karabakh, Kalbajar district,
/// Gugutiantkari, Shamakhi, the Sadakhlo crossing, "across the Georgian
/// border" (Dagestan, a region of regions.tsv since: 93).
@Suite struct CaseNotesProbeTests {
    typealias Probe = CaseHeadlineProbeTests.Probe

    struct Note: CustomTestStringConvertible, Sendable {
        var probe: Probe
        var date: String
        var country: String
        var pub: String?
        var testDescription: String { probe.testDescription }
    }

    static func r(_ label: String, _ plover: String, _ root: String, _ acled: String, _ date: String,
                  _ country: String, _ text: String, pub: String? = nil, weak: Bool = false) -> Note {
        Note(probe: CaseHeadlineProbeTests.r(label, plover, root, acled, text, weak: weak), date: date,
             country: country, pub: pub)
    }

    /// A snippet whose event did not happen, or not yet (no date or place checked).
    static func n(_ label: String, _ text: String, weak: Bool = false) -> Note {
        Note(probe: CaseHeadlineProbeTests.n(label, text, weak: weak), date: "*", country: "*", pub: nil)
    }

    /// A negative: no event of the 30 labels.
    static func none(_ text: String, weak: Bool = false) -> Note {
        Note(probe: CaseHeadlineProbeTests.r("NONE", "*", "*", "-", text, status: .any, weak: weak), date: "*",
             country: "*", pub: nil)
    }

    static let notes: [Note] = [
        // Battles
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2020-07-14", "ARM", "On 14 July 2020, Military Forces of Azerbaijan and Military Forces of Armenia exchanged fire with mortars and artillery near Movses village (Tavush) at the Armenian-Azerbaijani border. A soldier of the Armenian side was wounded."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2020-09-28", "AZE", "Around 28 September 2020 (between 27 and 29 September), Military Forces of Azerbaijan and the Defense Army of Nagorno-Karabakh fought along the line of contact near Talish (Martakert, Nagorno-Karabakh). Casualties unknown."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2021-05-03|2021-05-04", "ARM", "On the night of 3-4 May 2021, Azerbaijani and Armenian soldiers fired at each other's positions near Verin Shorzha (Gegharkunik). No casualties reported."),
        r("ARMED_CLASH", "ASSAULT", "19", "Armed clash", "2021-08-17", "ARM", "A soldier of the Armenian army was wounded by Azerbaijani sniper fire near the village of Chinari in Tavush on Tuesday, the defence ministry said, calling it a ceasefire violation.", pub: "2021-08-19"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2020-11-08", "AZE", "On 8 November 2020, the Military Forces of Azerbaijan regained control over Shusha (Shushi) after several days of fighting with the Defense Army of Nagorno-Karabakh."),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2020-10-09", "AZE", "Aliyev says army has liberated Jabrayil town from Armenian forces", pub: "2020-10-09"),
        r("GOV_REGAINS_TERIT", "COERCE/seize", "19", "Government regains territory", "2020-10-25", "AZE", "On 25 October 2020, the Military Forces of Azerbaijan recaptured the town of Gubadli after fighting with the Defense Army of Nagorno-Karabakh, the Azerbaijani president announced."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2020-10-12", "AZE", "On 12 October 2020, the Defense Army of Nagorno-Karabakh said it had recaptured two heights near Hadrut from Azerbaijani forces.", weak: true),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "2015-02-18", "UKR", "On 18 February 2015, DPR fighters took control of Debaltseve after Ukrainian troops withdrew from the town."),
        r("NON_STATE_ACTOR_OVERTAKES_TER", "COERCE/seize", "19", "Non-state actor overtakes territory", "1999-08-07", "RUS", "On 7 August 1999, Chechen fighters led by Shamil Basayev seized several villages in Botlikh district of Dagestan."),
        // Explosions and remote violence
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2020-10-30", "AZE", "On 30 October 2020, Azerbaijani forces dropped incendiary munitions containing white phosphorus on forest areas near Shushi, according to the Defense Army of Nagorno-Karabakh."),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2022-10-18", "IRQ", "On 18 October 2022, Turkish forces used chemical gas against PKK fighters in caves in the Avashin-Basyan area of Duhok province, according to a Kurdish medical group."),
        r("CHEM_WEAP", "ASSAULT/unconventional", "20", "Chemical weapon", "2018-04-07", "SYR", "On 7 April 2018, Syrian government helicopters dropped barrels containing chlorine on Douma, killing dozens, rescuers said."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "2020-10-02", "AZE", "On 2 October 2020, Azerbaijani drones struck positions of the Defense Army of Nagorno-Karabakh near Martuni; the Armenian side reported several soldiers killed."),
        r("AIR_STRIKE", "ASSAULT/drone", "19", "Air/drone strike", "2020-10-20", "AZE", "Azerbaijani Bayraktar drone destroys Armenian air defence system near Lachin, defence ministry says", pub: "2020-10-20"),
        r("AIR_STRIKE", "ASSAULT/aerial", "19", "Air/drone strike", "2021-07-15", "IRQ", "On 15 July 2021, Turkish warplanes bombed PKK positions in the Qandil mountains of northern Iraq."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2015-10-10", "TUR", "On 10 October 2015, two suicide bombers blew themselves up at a peace rally outside Ankara's main railway station, killing more than 100 people."),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2020-05-10", "RUS", "A suicide bomber detonated explosives at a police checkpoint on the outskirts of Makhachkala on Sunday, wounding two officers, Dagestan's interior ministry said.", pub: "2020-05-12"),
        r("SUIC_BOMB", "ASSAULT/suicide-attack", "18", "Suicide bomb", "2013-12-29", "RUS", "On 29 December 2013, a female suicide bomber blew herself up at the railway station in Volgograd, killing 18 people."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2020-10-04", "AZE", "On 4 October 2020, Armenian forces shelled the city of Ganja with missiles, killing one civilian and damaging houses, according to Azerbaijan."),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2020-10-03", "AZE", "Azerbaijani artillery pounds Stepanakert; civilians shelter in basements", pub: "2020-10-03"),
        r("ART_MISS_ATTACK", "ASSAULT/heavy-weapons", "19", "Shelling/artillery/missile attack", "2020-10-28", "AZE", "On 28 October 2020, Armenian forces fired Smerch rockets carrying cluster munitions at the town of Barda, killing 21 civilians, the Azerbaijani prosecutor's office said."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2021-06-04", "AZE", "On 4 June 2021, a car carrying journalists hit an anti-tank mine near Susuzluq village in Kalbajar district; three people were killed."),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2021-03-08", "AZE", "An Azerbaijani soldier was wounded when a landmine exploded during demining work near Fuzuli on Monday, the defence ministry said.", pub: "2021-03-10"),
        r("REM_EXPLOS", "ASSAULT/explosives", "18", "Remote explosive/landmine/IED", "2021-02-02", "RUS", "On 2 February 2021, an improvised explosive device exploded near a police car in the village of Nesterovskaya, Ingushetia. No casualties reported."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2019-03-10", "ARM", "On 10 March 2019, an unknown man threw a hand grenade into the yard of a house in Gyumri (Shirak); two people were injured."),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2019-06-14", "GEO", "A grenade thrown into a cafe in Zugdidi wounded three people late on Friday, Georgia's interior ministry said.", pub: "2019-06-17"),
        r("GRENADE", "ASSAULT/explosives", "18", "Grenade", "2020-09-22", "ARM", "On 22 September 2020, a soldier threw a grenade at fellow servicemen at a military unit in Vardenis (Gegharkunik), killing two."),
        // Violence against civilians
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2020-11-14", "AZE", "On 14 November 2020, Azerbaijani soldiers raped a captured Armenian woman in a village of Hadrut district, the human rights ombudsman reported."),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2019-09-12", "GEO", "Russian border guards sexually assaulted a Georgian woman detained near the occupation line in Gori municipality, her lawyer said.", pub: "2019-09-12"),
        r("SEX_VIOL", "ASSAULT/sexual", "18", "Sexual violence", "2021-08-03", "GEO", "On 3 August 2021, a group of men raped a girl in a village in Kakheti, police reported."),
        r("ATTACK", "ASSAULT", "18", "Attack", "2020-10-18", "AZE", "On 18 October 2020, Azerbaijani soldiers executed two captured Armenian soldiers near Hadrut, according to video footage."),
        r("ATTACK", "ASSAULT", "18", "Attack", "2020-12-27", "RUS", "On 27 December 2020, unidentified gunmen shot dead a police officer in Nazran, Ingushetia."),
        r("ATTACK", "ASSAULT", "18", "Attack", "2018-07-03", "ARM", "On 3 July 2018, unidentified men stabbed and beat an opposition activist in Yerevan; he was hospitalised."),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2020-11-13", "AZE", "On 13 November 2020, Azerbaijani soldiers captured two elderly civilians in a village of Hadrut district; their whereabouts remain unknown.", weak: true),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2019-08-24", "GEO", "South Ossetian militiamen abducted a Georgian villager from his orchard near Chorchana on Saturday, the State Security Service of Georgia said.", pub: "2019-08-27"),
        r("ABDUCT_DISSAP", "ASSAULT/abduct", "18", "Abduction/forced disappearance", "2019-05-08", "RUS", "On 8 May 2019, armed men kidnapped the son of a businessman in Grozny and took him to an unknown location."),
        // Protests and riots
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2018-04-13", "ARM", "On 13 April 2018, Nikol Pashinyan and several thousand supporters marched from Republic Square to Yerevan State University, protesting Serzh Sargsyan's nomination as prime minister. [size=several thousand]"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2018-04-22", "ARM", "On 22 April 2018, protesters blocked streets across Yerevan as part of a civil disobedience campaign; the action was peaceful. [size=no report]"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2019-03-05", "ARM", "On 5 March 2019, three members of the opposition began a hunger strike outside the government building in Yerevan, demanding the release of detained activists. [size=3]"),
        r("PEACE_PROTEST", "PROTEST", "14", "Peaceful protest", "2019-05-20", "ARM", "On 20 May 2019, lawyers and supporters of Robert Kocharyan staged a sit-in outside the Constitutional Court in Yerevan, demanding his release. No arrests were reported."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2018-04-16", "ARM", "On 16 April 2018, police detained dozens of protesters who were blocking the entrance to the Armenian government building in Yerevan."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2019-11-18", "GEO", "On 18 November 2019, Georgian police used water cannons to disperse protesters blocking the entrances to parliament in Tbilisi and detained 37 people."),
        r("PROTEST_WITH_INTER", "ASSAULT|COERCE", "17", "Protest with intervention", "2020-11-11", "ARM", "On 11 November 2020, police detained over 130 opposition supporters who gathered in Freedom Square in Yerevan in defiance of martial law to demand Pashinyan's resignation."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2019-06-20", "GEO", "On 20 June 2019, riot police fired rubber bullets and tear gas at protesters outside the Georgian parliament in Tbilisi; two people lost an eye and over 240 were injured.", weak: true),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2008-03-01", "ARM", "On 1 March 2008, security forces opened fire on opposition supporters in Yerevan, killing ten people."),
        r("FORCE_AGAINST_PROTEST", "ASSAULT", "18|19", "Excessive force against protesters", "2022-09-21", "IRN", "On 21 September 2022, Iranian security forces shot dead protesters in Piranshahr during demonstrations over the death of Mahsa Amini."),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2020-11-10", "ARM", "On 10 November 2020, protesters stormed the parliament building in Yerevan after the ceasefire was announced, beat the speaker and looted offices.", weak: true),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2016-07-17", "ARM", "On 17 July 2016, hundreds of protesters clashed with police near the occupied police base in Erebuni district of Yerevan, throwing stones and bottles."),
        r("VIOL_DEMONSTR", "PROTEST/riot", "14", "Violent demonstration", "2019-06-20", "GEO", "Demonstrators threw stones and firecrackers at police outside the parliament in Tbilisi on Thursday night; 15 officers were hurt.", pub: "2019-06-21"),
        r("MOB_VIOL|VIOL_DEMONSTR", "ASSAULT|PROTEST/riot", "18|14", "Mob violence|Violent demonstration", "2021-07-05", "GEO", "On 5 July 2021, a mob of anti-LGBT demonstrators attacked journalists and stormed the Tbilisi Pride office, injuring more than 50 reporters."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2018-08-03", "ARM", "On 3 August 2018, a group of villagers in Shurnukh (Syunik) beat two men accused of stealing livestock."),
        r("MOB_VIOL", "ASSAULT", "18", "Mob violence", "2020-05-20", "ARM", "On 20 May 2020, a crowd of about 40 residents attacked the home of a Jehovah's Witness family in Gyumri, breaking windows and beating the father."),
        // Strategic developments
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT", "03|05|08", "Agreement", "2020-10-10", "RUS", "On 10 October 2020, Armenia and Azerbaijan agreed in Moscow to a humanitarian ceasefire to exchange prisoners and the bodies of the dead."),
        r("AGREEMENT", "AGREE|SUPPORT|RETREAT|COOPERATE", "03|05|06|08", "Agreement", "2020-12-14", "ARM|AZE", "On 14 December 2020, Armenia and Azerbaijan exchanged prisoners of war at the border under Russian mediation; 44 Armenians and 12 Azerbaijanis were returned."),
        r("AGREEMENT", "AGREE|SUPPORT", "03|05", "Agreement", "2020-02-05", "GEO", "Georgian, South Ossetian sides agree to reopen crossing point at Ergneti meeting", pub: "2020-02-05", weak: true),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2018-07-27", "ARM", "On 27 July 2018, former president Robert Kocharyan was arrested in Yerevan on charges of overthrowing the constitutional order in 2008."),
        r("ARREST", "COERCE/arrest", "17", "Arrests", "2020-09-25", "ARM", "On 25 September 2020, the National Security Service detained opposition leader Gagik Tsarukyan at his home in Arinj (Kotayk) on vote-buying charges."),
        r("ARREST|ABDUCT_DISSAP", "COERCE/arrest|ASSAULT/abduct", "17|18", "Arrests|Abduction/forced disappearance", "2019-10-04", "GEO", "On 4 October 2019, Russian border guards detained two residents of Khurvaleti (Shida Kartli) near the occupation line for 'illegally crossing the border'."),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2023-09-28", "AZE", "On 28 September 2023, the de facto president of Nagorno-Karabakh signed a decree dissolving all state institutions by 1 January 2024.", weak: true),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2023-03-01", "TUR", "On 1 March 2023, the PKK declared a unilateral ceasefire in Turkey following the earthquakes, saying it would not carry out operations."),
        r("CHANGE_TO_GROUP_ACT", "RETREAT", "08", "Change to group/activity", "2016-07-31", "ARM", "On 31 July 2016, the Sasna Tsrer gunmen who had occupied a police base in Yerevan surrendered to the authorities.", weak: true),
        r("DISR_WEAP", "ASSAULT", "19", "Disrupted weapons use", "2020-10-12", "AZE", "On 12 October 2020, the air defence of the Defense Army of Nagorno-Karabakh shot down an Azerbaijani drone over Stepanakert."),
        r("DISR_WEAP", "COERCE/seize", "17", "Disrupted weapons use", "2019-03-05", "ARM", "On 5 March 2019, officers of the National Security Service found and seized a cache of grenades, automatic rifles and explosives in a garage in Yerevan."),
        r("DISR_WEAP", "*", "*", "Disrupted weapons use", "2021-04-28", "AZE", "Azerbaijani deminers defused 20 anti-tank mines in Aghdam district on Wednesday, the mine action agency said.", pub: "2021-04-30"),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "2020-11-20", "AZE", "On 20 November 2020, Russian peacekeepers set up a new observation post at the entrance of the Lachin corridor."),
        r("HQ_ESTABLISHED", "MOBILIZE|COOPERATE", "15|06", "Headquarters or base established", "2021-01-30", "AZE", "On 30 January 2021, Turkey and Russia opened a joint monitoring centre in Aghdam district to observe the ceasefire in Nagorno-Karabakh.", weak: true),
        r("HQ_ESTABLISHED", "MOBILIZE", "15", "Headquarters or base established", "2021-05-13", "ARM", "On 13 May 2021, Azerbaijani troops set up positions 3.5 km inside Armenian territory near Lake Sev (Syunik)."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2020-11-14", "AZE", "On 14 November 2020, residents of Kalbajar set fire to their own houses before the district was handed over to Azerbaijan."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2019-07-03", "ARM", "On 3 July 2019, unknown persons smashed the windows of the Open Society Foundations office in Yerevan."),
        r("PROPERTY_DISTRUCT", "ASSAULT/destroy", "17", "Looting/property destruction", "2021-06-02", "ARM", "On 2 June 2021, unknown persons set fire to the office of an opposition party in Gyumri; no one was injured."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT", "08", "Non-violent transfer of territory", "2020-11-20", "AZE", "On 20 November 2020, Armenian forces handed over Aghdam district to Azerbaijan under the ceasefire agreement."),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT|MOBILIZE", "08|15", "Non-violent transfer of territory", "2020-11-25", "AZE", "On 25 November 2020, Azerbaijani troops entered Kalbajar district after its handover by Armenia under the 10 November agreement.", weak: true),
        r("NON_VIOL_TERRIT_TRANSFER", "RETREAT/withdraw", "08", "Non-violent transfer of territory", "2020-11-30", "AZE", "Armenian troops withdraw from Lachin district ahead of handover", pub: "2020-11-30"),
        r("OTHER", "COERCE|MOBILIZE", "17|15", "Other", "2020-09-27", "ARM", "On 27 September 2020, Armenia declared martial law and general mobilisation after the Azerbaijani offensive."),
        r("OTHER", "COERCE/curfew", "17", "Other", "2020-09-28", "AZE", "Azerbaijan imposes curfew in Baku, Ganja and other cities", pub: "2020-09-28"),
        r("OTHER|NON_VIOL_TERRIT_TRANSFER", "*", "*", "Other|Non-violent transfer of territory", "2019-10-28", "GEO", "On 28 October 2019, Russian forces installed new barbed-wire fences near Gugutiantkari, moving the occupation line deeper into Georgian-controlled territory.", weak: true),
        // Other CASE labels
        r("DIPLO", "CONSULT", "04", "-", "2020-01-30", "CHE", "On 30 January 2020, the foreign ministers of Armenia and Azerbaijan met in Geneva with the OSCE Minsk Group co-chairs."),
        r("DIPLO", "CONSULT", "04", "-", "2021-01-11", "RUS", "Pashinyan, Aliyev hold talks in Moscow on Karabakh", pub: "2021-01-11", weak: true),
        r("DIPLO", "CONSULT", "04", "-", "2019-09-03", "ARM", "Georgia's prime minister visited Yerevan on Tuesday for talks with his Armenian counterpart on transit and trade.", pub: "2019-09-05"),
        r("ATTRIB", "*", "01", "-", "2019-02-18", "RUS", "The Islamic State claimed responsibility for an attack on a police checkpoint in Dagestan that killed two officers.", pub: "2019-02-18"),
        r("ATTRIB", "*", "01", "-", "2016-03-14", "TUR", "On 14 March 2016, the Kurdistan Freedom Falcons (TAK) claimed responsibility for the car bombing in Ankara that killed 37 people."),
        r("ATTRIB", "*", "01", "-", "2020-06-02", "GEO", "A previously unknown group claimed responsibility for the arson of an Azerbaijani-owned restaurant in Tbilisi, in a statement posted online.", pub: "2020-06-02"),
        r("NATURAL_DISASTER", "*", "*", "-", "2023-08-03", "GEO", "On 3 August 2023, a landslide buried part of the Shovi resort in Racha, Georgia, killing 32 people."),
        r("NATURAL_DISASTER", "*", "*", "-", "2019-02-05", "AZE", "An earthquake of magnitude 5.9 struck near Shamakhi on Tuesday, damaging hundreds of homes.", pub: "2019-02-06"),
        r("NATURAL_DISASTER", "*", "*", "-", "2019-05-23", "ARM", "On 23 May 2019, floods in Tavush destroyed bridges and cut off several villages."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2022-08-14", "ARM", "On 14 August 2022, an explosion at a fireworks warehouse in the Surmalu market in Yerevan killed 16 people."),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2023-09-25", "AZE", "On 25 September 2023, a fuel depot exploded near Stepanakert as refugees queued for petrol, killing at least 170 people.", weak: true),
        r("MAN_MADE_DISASTER", "*", "*", "-", "2020-07-11", "GEO", "A bus carrying pilgrims overturned on the Gudauri road in northern Georgia on Saturday, killing nine passengers.", pub: "2020-07-13", weak: true),
        r("ORG_CRIME", "*", "*", "-", "2019-11-05", "GEO", "On 5 November 2019, Georgian police seized 150 kg of heroin smuggled from Iran at the Sadakhlo border crossing."),
        r("ORG_CRIME", "*", "*", "-", "2020-03-03", "ARM", "Armenian police detained members of a gang that trafficked drugs from Iran through Meghri, the police said.", pub: "2020-03-03"),
        r("ORG_CRIME", "*", "*", "-", "2020-01-20", "AZE", "On 20 January 2020, Azerbaijani authorities broke up a criminal group that smuggled migrants across the Georgian border."),
        // Events that did not happen, or not yet
        n("PEACE_PROTEST", "The opposition called off a rally planned for Saturday in Yerevan's Freedom Square, citing the coronavirus restrictions."),
        n("ART_MISS_ATTACK", "The Armenian defence ministry denied that its forces had shelled the Azerbaijani town of Tartar."),
        n("PEACE_PROTEST", "Opposition groups plan to march on parliament in Tbilisi next week to demand early elections."),
        n("ATTACK|ART_MISS_ATTACK|AIR_STRIKE", "Azerbaijan threatened to strike the Metsamor nuclear plant if Armenian forces attacked the Mingachevir reservoir."),
        n("ARMED_CLASH", "No ceasefire violations were recorded on the Armenian-Azerbaijani border overnight, the defence ministry said."),
        // Negatives
        none("Armenia beat Georgia 2-1 in a friendly in Yerevan, with a late goal from Mkhitaryan."),
        none("Azerbaijan's state oil company SOCAR signed a deal to raise gas exports to Europe.", weak: true),
        none("Georgian wine exports to China rose by a third in 2019, the national wine agency said."),
    ]

    /// The deciding event's date (YYYY-MM-DD, nil when none) and its place's
    /// country (nil when none), read with the row's publication date.
    static func dateAndPlace(_ note: Note) -> (date: String?, country: String?) {
        let date = note.pub.flatMap { CivilDate(iso: $0) }
        let a = CaseProbeTests.engine.analyze(Article(id: "probe", date: date, text: note.probe.row.text))
        let e = a.events.first(where: { $0.cameo.acled != nil })
            ?? a.events.first(where: { $0.cameo.code.hasPrefix("015") })
            ?? a.events.first
        guard let e else { return (nil, nil) }
        let country = e.place.flatMap { $0 < a.places.count ? a.places[$0].place.country : nil }
        return (e.date.value.map { String($0.prefix(10)) }, country)
    }

    /// Whether the row's date and country are right ("*" always is).
    static func dateAndPlaceMarks(_ note: Note) -> (date: Bool, place: Bool, got: (String?, String?)) {
        let got = dateAndPlace(note)
        func ok(_ want: String, _ have: String?) -> Bool {
            want == "*" || want.split(separator: "|").contains { $0 == have ?? "" }
        }
        return (ok(note.date, got.date), ok(note.country, got.country), got)
    }

    @Test(arguments: notes)
    func probe(_ note: Note) {
        let (_, all, c) = CaseHeadlineProbeTests.right(note.probe)
        if note.probe.row.weak {
            withKnownIssue("weak probe: \(c)") { #expect(all, "\(note.probe.row.text) -> \(c)") }
        } else {
            #expect(all, "\(note.probe.row.text) -> \(c)")
        }
    }

    /// Every row's ACLED sub-event type is ACLED's and its CASE label that
    /// type's label; every CASE label has at least three rows; 100 rows;
    /// dates and countries are well formed.
    @Test func rowsAreConsistent() {
        let count = CaseCodingProbeTests.expectConsistent(Self.notes.map(\.probe.row))
        CaseProbeTests.expectEveryLabel(count, atLeast: 3)
        #expect(Self.notes.count == 100)
        #expect(Self.notes.filter { $0.probe.status == .notDone }.count == 5)
        for n in Self.notes {
            for d in n.date.split(separator: "|") where d != "*" {
                #expect(CivilDate(iso: d) != nil, "\(n.probe.row.text): \(d)")
            }
            for c in n.country.split(separator: "|") where c != "*" {
                #expect(c.count == 3 && c.allSatisfy { $0.isUppercase }, "\(n.probe.row.text): \(c)")
            }
            if let p = n.pub { #expect(CivilDate(iso: p) != nil, "\(n.probe.row.text): \(p)") }
        }
    }

    /// Shares right by field, in the four fields, with the status, and of
    /// dates and places (printed; every row not marked weak must be right in
    /// the four fields and the status; dates and places are only counted).
    @Test func share() {
        var tally = CaseHeadlineProbeTests.Tally(set: "notes")
        var date = 0, place = 0
        for note in Self.notes {
            tally.add(note.probe)
            let dp = Self.dateAndPlaceMarks(note)
            if dp.date { date += 1 } else {
                print("notes probe date miss: want \(note.date) got \(dp.got.0 ?? "-") | \(note.probe.row.text)")
            }
            if dp.place { place += 1 } else {
                print("notes probe place miss: want \(note.country) got \(dp.got.1 ?? "-") | \(note.probe.row.text)")
            }
        }
        let n = Self.notes.count
        tally.report(of: n, extra: ", date \(date)/\(n), place \(place)/\(n)")
        #expect(tally.all == Self.notes.filter { !$0.probe.row.weak }.count)
    }
}
