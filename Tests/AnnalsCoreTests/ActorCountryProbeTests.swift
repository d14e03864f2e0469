import Testing
@testable import AnnalsCore

/// A probe set for the country of the actor who acts (issue 4): 100
/// ACLED-style notes written for this file in our own words, with the
/// country ACLED's actor1 would name, before the engine was run on them.
/// Most are from Armenia and Azerbaijan 2018-2020 (fire across the border
/// in Tavush, Gegharkunik, Syunik and Nakhchivan, the 2020 war, Armenian
/// politics), some from Georgia and conflicts elsewhere. The actor is named
/// in many ways: nationality adjectives before a force word ("Azerbaijani
/// forces", "units of the Azerbaijani army", "Armenian servicemen"), a side
/// ("the Azerbaijani side"), "the enemy" after an attribution to one
/// ministry of defence, Nagorno-Karabakh's army under its several names,
/// ACLED's own actor strings ("Military Forces of Azerbaijan (2003-)",
/// "Protesters (Armenia)"), crowds named by their leader or party
/// ("supporters of Prosperous Armenia"), by where they live ("residents of
/// the village of ...") or by nothing but the place ("opposition
/// activists" in Yerevan, "unidentified gunmen" in Gyumri).
///
/// The expected country mirrors ../shared/eval/score_acled.py: the country
/// ACLED's actor1 names ("ARM|AZE|NKR" for Nagorno-Karabakh's own forces,
/// any of the three), right when it is the country of some actor of some
/// event (`sourceRight`); the scorer's looser figure also accepts an
/// event's recipients (`anyRight`). Rows whose actor1 names no country are
/// not in the set (the scorer leaves them out).
///
/// Measured before any rule was changed for them (the honest figure for
/// unseen text: the file as first committed, SHA-256 56d42cf2..., on main
/// at 5718984), of 100: actor1 63, actor or recipient 64. After the
/// changes they led to (sector words "units", "air defence units", an
/// airstrike, "supporters", "unidentified persons/men", "ministry of
/// defence" bound to a country where the sectors file says so; Prosperous
/// Armenia, Bright Armenia and the Homeland Salvation Movement as
/// Armenian parties; a violent act's noun that names its doers as the
/// event's actor; unidentified gunmen, an unknown organization that
/// protests and a crowd that strikes or blocks a road taking the place's
/// country): 73 / 74. Session 18 (a side named by its country, "the
/// enemy" and "the adversary" as the other side of the sentence's one
/// country, `actors/adversaries.tsv`): 77 / 78; an army named without its
/// country placed in the one country an article names
/// (`places/crowd-sectors.tsv`, scope `home`): 80 / 81. Session 19 (acts
/// of war whose object is a side's positions, armour or offensive: shots
/// and grenades fired or thrown at positions, weapons used against them,
/// positions struck, tanks destroyed, an offensive launched or repelled):
/// 87 / 88.
/// Rows still wrong are marked `weak`: most have no event or an event
/// with no actor ("shot down" an aircraft named by its model, "were
/// repelled", ACLED's actor names with "(2018-)" before "clashed"); "fire
/// from the Azerbaijani side" (no event); "its forces"; "separatist forces in Nagorno-Karabakh"; refugees from
/// Karabakh protesting in Yerevan coded with Karabakh's country; places the
/// gazetteer lacks (Pankisi).
@Suite struct ActorCountryProbeTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var want: String
        var text: String
        var weak: Bool
        var testDescription: String { "\(want): \(text.prefix(70))" }
    }

    static func r(_ want: String, _ text: String, weak: Bool = false) -> Row {
        Row(want: want, text: text, weak: weak)
    }

    static let nkr = "ARM|AZE|NKR"

    static let rows: [Row] = [
        // Azerbaijan's forces fire across the border (Armenian reports)
        r("AZE", "On 14 July 2020, Azerbaijani forces fired at Armenian positions near Aygepar (Tavush) using mortars. No casualties reported."),
        r("AZE", "On 3 March 2019, the Azerbaijani side violated the ceasefire on the border, firing at positions near Nerkin Karmiraghbyur (Tavush). No casualties reported."),
        r("AZE", "On 22 August 2018, Azerbaijani armed forces opened fire on Armenian positions near Chinari (Tavush) with sniper rifles. No casualties reported."),
        r("AZE", "On 9 October 2019, units of the Azerbaijani army shelled the village of Berdavan (Tavush), damaging two houses. No casualties reported."),
        r("AZE", "On 18 April 2019, according to the Armenian Ministry of Defence, the enemy fired more than 300 shots at Armenian positions near Movses (Tavush). No casualties reported."),
        r("AZE", "On 27 May 2018, Azerbaijani units fired at Armenian positions near Kayan (Tavush) with large-calibre machine guns. No casualties reported."),
        r("AZE", "On 12 July 2020, Military Forces of Azerbaijan (2003-) attacked Armenian border positions near Movses (Tavush) with artillery. Four Armenian soldiers were killed."),
        r("AZE", "On 2 November 2019, an Azerbaijani sniper shot and wounded an Armenian soldier at a border post near Paravakar (Tavush)."),
        r("AZE", "On 16 July 2020, an Azerbaijani drone struck a kindergarten in the village of Aygepar (Tavush). No casualties reported."),
        r("AZE", "On 13 September 2020, Azerbaijani troops opened fire on an Armenian army truck near Chinari (Tavush), wounding the driver."),
        r("AZE", "On 29 September 2020, Azerbaijani military drones struck a bus in Vardenis (Gegharkunik), killing one civilian."),
        r("AZE", "On 1 October 2020, the Azerbaijani army shelled the outskirts of Vardenis (Gegharkunik). No casualties reported."),
        r("AZE", "On 20 June 2018, Azerbaijani servicemen fired on an Armenian farmer working in a field near Baghanis (Tavush); he was wounded."),
        r("AZE", "On 5 February 2019, an Armenian conscript was wounded by fire from the Azerbaijani side near Berd (Tavush).", weak: true),
        r("AZE", "On 7 August 2018, the Armenian Defence Ministry said the enemy had used grenade launchers against Armenian positions near Yeraskh (Ararat). No casualties reported."),
        r("AZE", "On 28 May 2018, Azerbaijani forces advanced toward Armenian positions near Gyunnut in the Nakhchivan section of the border, taking several heights."),
        r("AZE", "On 15 July 2020, Azerbaijani forces attempted to seize an Armenian position near Movses (Tavush) but were repelled. No casualties reported.", weak: true),
        r("AZE", "On 4 December 2019, Azerbaijan's armed forces violated the ceasefire more than 50 times along the line of contact, the Armenian MoD said."),
        r("AZE", "On 10 March 2020, an Armenian serviceman was killed by an Azerbaijani sniper in Tavush province."),
        r("AZE", "On 23 November 2019, Azerbaijani soldiers threw hand grenades at Armenian positions in Tavush province. No casualties reported."),
        r("AZE", "On 17 July 2020, the Armenian Defence Ministry reported that the adversary had shelled Aygepar (Tavush) overnight. No casualties reported."),
        r("AZE", "On 5 July 2019, a sniper killed an Armenian soldier near Chinari (Tavush), the Armenian MoD said, blaming Azerbaijani forces.", weak: true),
        r("AZE", "On 30 July 2020, an Armenian soldier who had crossed the border near Ijevan was detained by Azerbaijani border guards."),
        r("AZE", "On 11 May 2019, Azerbaijani armed units fired mortar rounds at the village of Chinari (Tavush), damaging a school. No casualties reported."),
        // Armenia's forces (Azerbaijani reports, or Armenia's own)
        r("ARM", "On 19 March 2019, Armenian forces fired on Azerbaijani positions from positions in Berd district (Tavush), according to the Azerbaijani Defence Ministry. No casualties reported."),
        r("ARM", "On 14 July 2020, Armenian armed forces shelled Azerbaijani positions in Tovuz district from positions near Chinari (Tavush), the Azerbaijani MoD said."),
        r("ARM", "On 6 April 2019, Armenian servicemen opened fire on Azerbaijani villages across the border from Ijevan (Tavush). No casualties reported."),
        r("ARM", "On 26 June 2018, the Armenian side violated the ceasefire 120 times, using sniper rifles, according to Azerbaijan's Defence Ministry."),
        r("ARM", "On 16 July 2020, the Armenian army shot down an Azerbaijani drone over Berd (Tavush)."),
        r("ARM", "On 28 September 2020, Armenian troops destroyed two Azerbaijani tanks near the border in Syunik province, the Armenian MoD said."),
        r("ARM", "On 15 July 2020, Military Forces of Armenia (2018-) and Military Forces of Azerbaijan (2003-) clashed near Aygepar (Tavush). Two soldiers were wounded.", weak: true),
        r("ARM", "On 22 October 2020, the Armenian Ministry of Defence reported that Armenian air defence units shot down an Azerbaijani drone over Vardenis (Gegharkunik)."),
        r("ARM", "On 8 November 2018, Armenian military units fired mortars at Azerbaijani positions near Gazakh, the Azerbaijani MoD said."),
        r("ARM", "On 10 August 2018, Armenian border guards detained an Azerbaijani man who had crossed the border near Berd (Tavush)."),
        r("ARM", "On 17 October 2020, a missile fired from Armenia hit a residential area of Ganja, killing 13 civilians, the Azerbaijani prosecutor's office said."),
        r("ARM", "On 2 February 2019, according to the Azerbaijani Defence Ministry, the enemy fired at Azerbaijani positions in Gadabay district from Armenian villages in Tavush. No casualties reported."),
        // Nagorno-Karabakh's forces
        r(nkr, "On 27 September 2020, the Defense Army of Nagorno-Karabakh repelled an Azerbaijani offensive along the line of contact near Martakert."),
        r(nkr, "On 4 October 2020, the Artsakh Defense Army fired rockets at Ganja, killing one civilian, according to Azerbaijan."),
        r(nkr, "On 30 September 2020, Karabakh forces shelled the Azerbaijani town of Tartar, wounding three civilians."),
        r(nkr, "On 10 October 2020, ethnic Armenian forces struck positions near Horadiz with artillery, the Azerbaijani Defence Ministry said."),
        r(nkr, "On 3 October 2020, Karabakh Armenian fighters ambushed an Azerbaijani column near Hadrut."),
        r(nkr, "On 29 October 2020, the Artsakh Defence Army reported that it had destroyed 12 Azerbaijani drones over Shushi.", weak: true),
        r(nkr, "On 12 March 2019, soldiers of the Nagorno-Karabakh Defence Army fired on Azerbaijani positions near Aghdam. No casualties reported."),
        r(nkr, "On 2 October 2020, the Nagorno-Karabakh defence ministry said its forces had repelled an attack near Jabrayil."),
        r(nkr, "On 19 October 2020, separatist forces in Nagorno-Karabakh shelled Barda, killing a woman, Azerbaijani officials said."),
        // Azerbaijan's forces in the 2020 war
        r("AZE", "On 4 October 2020, Azerbaijani forces shelled Stepanakert with rocket artillery, killing two civilians."),
        r("AZE", "On 8 October 2020, an Azerbaijani airstrike hit the Ghazanchetsots Cathedral in Shushi, wounding two journalists."),
        r("AZE", "On 17 October 2020, Azerbaijani troops captured the town of Fuzuli, President Aliyev said."),
        r("AZE", "On 9 November 2020, the Azerbaijani army took control of Shushi after days of fighting."),
        r("AZE", "On 27 September 2020, Azerbaijan launched a large offensive along the line of contact in Nagorno-Karabakh."),
        r("AZE", "On 20 October 2020, Azerbaijani special forces killed two Armenian prisoners near Hadrut, according to a video."),
        r("TUR", "On 29 September 2020, a Turkish F-16 shot down an Armenian Su-25 over Vardenis, the Armenian MoD said.", weak: true),
        // Protests and riots in Armenia
        r("ARM", "On 13 April 2018, Protesters (Armenia) marched in Yerevan against the nomination of Serzh Sargsyan as prime minister. [size=several thousand]"),
        r("ARM", "On 22 April 2018, thousands of opposition activists blocked streets in central Yerevan, demanding Sargsyan's resignation."),
        r("ARM", "On 5 June 2019, supporters of Prosperous Armenia rallied outside the government building in Yerevan against the arrest of their leader."),
        r("ARM", "On 19 August 2019, residents of the village of Gndevaz blocked the road to the Amulsar gold mine (Vayots Dzor)."),
        r("ARM", "On 10 November 2020, hundreds of protesters stormed the parliament building in Yerevan after the ceasefire agreement was announced."),
        r("ARM", "On 25 May 2018, students held a sit-in at Yerevan State University demanding the rector's dismissal. [size=around 100]"),
        r("ARM", "On 16 March 2019, around 200 people gathered in Gyumri to protest against rising electricity prices."),
        r("ARM", "On 3 July 2018, farmers from Armavir province protested outside the Ministry of Agriculture in Yerevan, demanding compensation for hail damage."),
        r("ARM", "On 2 December 2020, members of the Homeland Salvation Movement marched in Yerevan demanding Pashinyan's resignation."),
        r("ARM", "On 14 September 2019, environmental activists protested near Jermuk against the Amulsar mine."),
        r("ARM", "On 24 April 2019, tens of thousands of Armenians marched to the Tsitsernakaberd memorial in Yerevan."),
        r("ARM", "On 8 October 2018, Rioters (Armenia) clashed with police outside the parliament in Yerevan after a vote on the election law."),
        r("ARM", "On 1 March 2019, supporters of the Republican Party of Armenia held a rally in Yerevan marking the anniversary of the 2008 events."),
        r("ARM", "On 11 June 2020, supporters of Gagik Tsarukyan gathered outside the National Security Service in Yerevan as he was questioned.", weak: true),
        r("ARM", "On 30 May 2019, taxi drivers went on strike in Yerevan against new fines, blocking several streets.", weak: true),
        r("ARM", "On 20 January 2020, mothers of soldiers killed in the army picketed the Ministry of Defence in Yerevan."),
        r("ARM", "On 9 April 2020, workers at a copper mine in Kajaran (Syunik) protested against unpaid wages."),
        r("ARM", "On 4 July 2020, residents of the village blocked the highway near Talin (Aragatsotn), demanding that the road be repaired."),
        r("ARM", "On 13 November 2020, refugees from Nagorno-Karabakh protested outside the government building in Yerevan, demanding housing.", weak: true),
        r("ARM", "On 28 April 2018, hunger strikers in Republic Square in Yerevan ended their protest after Sargsyan resigned."),
        // The Armenian state: police, security service, government
        r("ARM", "On 23 April 2018, police detained dozens of protesters in Yerevan, including opposition leader Nikol Pashinyan."),
        r("ARM", "On 27 July 2018, Police Forces of Armenia (2018-) arrested former president Robert Kocharyan in Yerevan."),
        r("ARM", "On 19 June 2020, officers of the National Security Service raided the home of Gagik Tsarukyan in Yerevan.", weak: true),
        r("ARM", "On 12 November 2020, Armenian police arrested ten opposition figures in Yerevan, accusing them of organising mass unrest."),
        r("ARM", "On 3 May 2018, riot police dispersed demonstrators blocking the road to Zvartnots airport near Yerevan using stun grenades."),
        r("ARM", "On 21 October 2020, the Armenian government extended martial law and banned rallies in Yerevan."),
        r("ARM", "On 7 September 2019, the Investigative Committee of Armenia charged a former defence minister with abuse of office.", weak: true),
        // Unidentified attackers in Armenia
        r("ARM", "On 25 December 2018, unidentified gunmen shot and wounded a local council member in Gyumri (Shirak)."),
        r("ARM", "On 4 August 2019, unidentified persons set fire to the office of an opposition party in Vanadzor (Lori)."),
        r("ARM", "On 2 September 2018, a group of men attacked a journalist covering a rally in Yerevan, breaking his camera.", weak: true),
        r("ARM", "On 28 March 2020, a mob attacked the house of a family accused of spreading the coronavirus in Ararat province."),
        // Georgia
        r("GEO", "On 20 June 2019, Protesters (Georgia) tried to storm the parliament in Tbilisi after a Russian deputy addressed the assembly."),
        r("GEO", "On 21 June 2019, Georgian riot police fired rubber bullets and tear gas at demonstrators outside parliament in Tbilisi."),
        r("GEO", "On 8 November 2020, supporters of the United National Movement rallied outside the Central Election Commission in Tbilisi."),
        r("RUS", "On 26 August 2019, Russian border guards detained two Georgian citizens near the occupation line in Shida Kartli."),
        r("GEO", "On 14 May 2020, residents of Pankisi clashed with police over the construction of a hydropower plant; 11 policemen were injured.", weak: true),
        r("GEO", "On 25 November 2019, opposition activists blocked the entrances to the parliament in Tbilisi, demanding a proportional electoral system."),
        // Azerbaijan at home
        r("AZE", "On 19 October 2019, police detained dozens of opposition supporters at an unauthorized rally in Baku."),
        r("AZE", "On 14 July 2020, thousands of Azerbaijanis marched through Baku demanding war with Armenia; some broke into the parliament building."),
        r("AZE", "On 30 September 2020, the Azerbaijani government restricted internet access across the country."),
        // Elsewhere
        r("UKR", "On 5 April 2019, Ukrainian forces shelled separatist positions near Horlivka (Donetsk), the rebels said."),
        r("SYR", "On 3 March 2020, Syrian government forces shelled Sarmin (Idlib), killing three civilians."),
        r("TUR", "On 22 October 2019, Turkish troops shelled Kurdish positions near Ras al-Ain (Hasakah)."),
        r("IRQ", "On 1 October 2019, Iraqi security forces opened fire on protesters in Baghdad, killing two."),
        r("IRN", "On 16 November 2019, Iranian security forces fired on demonstrators protesting fuel price rises in Shiraz."),
        r("RUS", "On 27 March 2019, the Russian air force struck rebel positions near Khan Sheikhoun (Idlib)."),
        r("ISR", "On 12 November 2019, an Israeli airstrike killed a senior Islamic Jihad commander in Gaza City."),
        r("IND", "On 4 May 2020, Indian soldiers fired at Pakistani posts along the Line of Control in Kupwara, the Pakistani army said."),
    ]

    /// Countries of the actors (`sources`) and of actors or recipients of every event.
    static func countries(_ text: String) -> (sources: Set<String>, any: Set<String>) {
        countries(of: CaseProbeTests.engine.analyze(Article(id: "probe", date: nil, text: text)))
    }

    /// The same for an analysis: what the held-out ACLED scorer collects for actor1
    /// (`CaseWorldProbeTests` reads it too).
    static func countries(of a: Analysis) -> (sources: Set<String>, any: Set<String>) {
        var src = Set<String>(), any = Set<String>()
        for e in a.events {
            for i in e.sources { if let c = a.actors[i].country { src.insert(c); any.insert(c) } }
            for i in e.targets { if let c = a.actors[i].country { any.insert(c) } }
        }
        return (src, any)
    }

    static func marks(_ row: Row) -> (source: Bool, any: Bool, got: Set<String>) {
        let want = Set(row.want.split(separator: "|").map(String.init))
        let (src, any) = countries(row.text)
        return (!want.isDisjoint(with: src), !want.isDisjoint(with: any), src)
    }

    @Test(arguments: rows)
    func probe(_ row: Row) {
        let m = Self.marks(row)
        if row.weak {
            withKnownIssue("weak probe") { #expect(m.source, "\(row.text) -> \(m.got.sorted())") }
        } else {
            #expect(m.source, "\(row.text) -> \(m.got.sorted())")
        }
    }

    /// 100 rows; every expected code is three capitals.
    @Test func rowsAreConsistent() {
        #expect(Self.rows.count == 100)
        for r in Self.rows {
            for c in r.want.split(separator: "|") {
                #expect(c.count == 3 && c.allSatisfy { $0.isUppercase }, "\(r.text): \(c)")
            }
        }
    }

    /// The shares (printed): actor1 as score_acled.py's actor1_acc (some
    /// event's actor) and actor1_any_acc (actor or recipient); every row
    /// not marked weak must be right by the first.
    @Test func share() {
        var source = 0, any = 0
        for row in Self.rows {
            let m = Self.marks(row)
            if m.source { source += 1 } else {
                print("actor-country probe miss: want \(row.want) got \(m.got.sorted()) | \(row.text)")
            }
            if m.any { any += 1 }
        }
        print("actor-country probe: actor1 \(source)/\(Self.rows.count), actor or recipient \(any)/\(Self.rows.count)")
        #expect(source == Self.rows.filter { !$0.weak }.count)
    }
}
