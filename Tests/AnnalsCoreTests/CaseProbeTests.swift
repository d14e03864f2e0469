import Testing
@testable import AnnalsCore

/// Probe snippets for the CASE 2021 task 2 labels and the ACLED sub-event
/// types (issue 4), run through the engine's own API. Every snippet was
/// written for this file in our own words, in the styles of wire copy, local
/// press and NGO reports, about many conflicts and countries; none comes from
/// an evaluation set. They measure coverage of our own sentences, not
/// accuracy on unseen news.
///
/// A snippet's label is read from the analysis the way the project's CASE
/// view reads a record: the first event with an ACLED view gives its
/// sub-event type's label; else a claim of responsibility (CAMEO 015) is
/// ATTRIB; else a consultation, agreement, support or concession (PLOVER, or
/// CAMEO roots 03-05) is DIPLO; else the first disaster or crime topic;
/// else NONE. Snippets the engine does not yet read as intended are marked
/// `weak`: their test expects the wrong answer (a known issue), so a snippet
/// that starts to pass, or one that starts to fail, both show up.
@Suite struct CaseProbeTests {
    static let engine = try! Annals()

    /// ACLED sub-event type → CASE label.
    static let labelOfSubtype: [String: String] = [
        "Armed clash": "ARMED_CLASH", "Government regains territory": "GOV_REGAINS_TERIT",
        "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
        "Chemical weapon": "CHEM_WEAP", "Air/drone strike": "AIR_STRIKE", "Suicide bomb": "SUIC_BOMB",
        "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
        "Remote explosive/landmine/IED": "REM_EXPLOS", "Grenade": "GRENADE",
        "Sexual violence": "SEX_VIOL", "Attack": "ATTACK", "Abduction/forced disappearance": "ABDUCT_DISSAP",
        "Peaceful protest": "PEACE_PROTEST", "Protest with intervention": "PROTEST_WITH_INTER",
        "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
        "Violent demonstration": "VIOL_DEMONSTR", "Mob violence": "MOB_VIOL",
        "Agreement": "AGREEMENT", "Arrests": "ARREST", "Change to group/activity": "CHANGE_TO_GROUP_ACT",
        "Disrupted weapons use": "DISR_WEAP", "Headquarters or base established": "HQ_ESTABLISHED",
        "Looting/property destruction": "PROPERTY_DISTRUCT",
        "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER", "Other": "OTHER",
    ]

    static func label(_ text: String) -> String {
        let a = engine.analyze(Article(id: "probe", date: nil, text: text))
        if let e = a.events.first(where: { $0.cameo.acled != nil }), let sub = e.cameo.acled?.subtype {
            return labelOfSubtype[sub] ?? "NONE"
        }
        if a.events.contains(where: { $0.cameo.code.hasPrefix("015") }) { return "ATTRIB" }
        if a.events.contains(where: {
            ["CONSULT", "AGREE", "SUPPORT", "CONCEDE"].contains($0.cameo.plover?.type ?? "")
                || ["03", "04", "05"].contains($0.cameo.root)
        }) { return "DIPLO" }
        for t in a.topics {
            switch t {
            case "natural-disaster": return "NATURAL_DISASTER"
            case "man-made-disaster": return "MAN_MADE_DISASTER"
            case "organized-crime": return "ORG_CRIME"
            default: continue
            }
        }
        return "NONE"
    }

    struct Probe: CustomTestStringConvertible, Sendable {
        /// The intended label; for negatives "NONE", or several separated by "|".
        var label: String
        var text: String
        /// Not yet read as intended (a known issue).
        var weak = false
        var testDescription: String { "\(label): \(text.prefix(50))" }
        var accepts: [String] { label.split(separator: "|").map(String.init) }
    }

    static func p(_ label: String, _ text: String, weak: Bool = false) -> Probe {
        Probe(label: label, text: text, weak: weak)
    }

    static let probes: [Probe] = [
        // Battles
        p("ARMED_CLASH", "Fighting broke out between government troops and Tuareg rebels near Kidal on Tuesday, the army said."),
        p("ARMED_CLASH", "Azerbaijani and Armenian forces exchanged fire along the border in the Tovuz district, leaving two soldiers dead."),
        p("ARMED_CLASH", "Clashes between the Arakan Army and Myanmar troops in Rathedaung township killed at least six fighters, local media reported."),
        p("ARMED_CLASH", "Al-Shabaab militants attacked a military base in Lower Shabelle, sparking a gunfight that lasted several hours."),
        p("ARMED_CLASH", "Police and armed cattle rustlers exchanged gunfire in Zamfara state on Sunday."),
        p("ARMED_CLASH", "FARC dissidents ambushed an army patrol in Cauca, killing three soldiers, the defence ministry said."),
        p("GOV_REGAINS_TERIT", "Iraqi forces recaptured the town of Tal Afar from Islamic State militants after an eight-day offensive."),
        p("GOV_REGAINS_TERIT", "The Nigerian army said it had retaken Baga from Boko Haram fighters."),
        p("GOV_REGAINS_TERIT", "Government troops regained control of Palma, the Mozambican defence ministry announced on Sunday."),
        p("GOV_REGAINS_TERIT", "Syrian government forces took back the village of Kafr Nabudah from rebels, state media said."),
        p("GOV_REGAINS_TERIT", "Ethiopian federal troops recaptured the town of Shewa Robit from Tigrayan forces."),
        p("GOV_REGAINS_TERIT", "The army liberated three villages in the Fuzuli district, the Azerbaijani defence ministry said."),
        p("NON_STATE_ACTOR_OVERTAKES_TER", "Taliban fighters seized the district centre of Jaghatu after government forces fled."),
        p("NON_STATE_ACTOR_OVERTAKES_TER", "M23 rebels captured the town of Bunagana on the border with Uganda."),
        p("NON_STATE_ACTOR_OVERTAKES_TER", "Islamic State militants overran the town of Palmyra in central Syria."),
        p("NON_STATE_ACTOR_OVERTAKES_TER", "Jihadists took control of the port town of Mocimboa da Praia on Wednesday, according to local sources."),
        p("NON_STATE_ACTOR_OVERTAKES_TER", "Houthi rebels captured several districts in Marib province after heavy fighting."),
        p("NON_STATE_ACTOR_OVERTAKES_TER", "Al-Shabaab fighters occupied the town of Bulo Burde hours after the last soldiers left."),

        // Explosions/remote violence
        p("CHEM_WEAP", "Activists said a chlorine gas attack on Douma killed dozens of people, many of them children."),
        p("CHEM_WEAP", "Inspectors concluded that sarin was used in an attack on Khan Sheikhoun."),
        p("CHEM_WEAP", "Doctors treated 40 people for breathing problems after a suspected chemical attack on the town of Saraqeb."),
        p("CHEM_WEAP", "Residents accused government forces of dropping barrels filled with chlorine on the village."),
        p("CHEM_WEAP", "A mustard gas attack on the Kurdish-held town wounded at least 30 civilians, medics said."),
        p("CHEM_WEAP", "Rebels said government helicopters dropped toxic gas on their positions near Hama."),
        p("AIR_STRIKE", "Coalition air strikes hit a market in Saada province, killing 12 people."),
        p("AIR_STRIKE", "A US drone strike killed two suspected al-Qaeda members in Marib, tribal sources said."),
        p("AIR_STRIKE", "Russian warplanes bombed rebel positions in southern Idlib overnight."),
        p("AIR_STRIKE", "Drones hit a truck carrying fuel near the border, killing the driver."),
        p("AIR_STRIKE", "The Nigerian Air Force bombarded a terrorist enclave in the Sambisa forest."),
        p("AIR_STRIKE", "Turkish jets struck PKK targets in northern Iraq on Friday, the defence ministry said."),
        p("AIR_STRIKE", "An Azerbaijani drone destroyed an Armenian tank near Martuni."),
        p("SUIC_BOMB", "A suicide bomber blew himself up at a mosque in Peshawar during Friday prayers, killing 30 people."),
        p("SUIC_BOMB", "Two female suicide bombers detonated explosives at a market in Maiduguri."),
        p("SUIC_BOMB", "A suicide car bomb exploded outside a military academy in Kabul."),
        p("SUIC_BOMB", "A suicide attacker wearing an explosive vest struck a wedding party in Kabul."),
        p("SUIC_BOMB", "A suicide bomber rammed an explosives-laden truck into an army checkpoint in Mogadishu."),
        p("SUIC_BOMB", "A teenage suicide bomber killed five people at a bus station in northeastern Nigeria."),
        p("ART_MISS_ATTACK", "Armenian forces shelled the Azerbaijani city of Tartar, damaging several houses."),
        p("ART_MISS_ATTACK", "Rockets fired from Gaza landed in open areas near Sderot, the Israeli army said."),
        p("ART_MISS_ATTACK", "Government artillery pounded rebel-held neighbourhoods of Aleppo overnight."),
        p("ART_MISS_ATTACK", "A ballistic missile struck the city of Ganja, killing nine civilians."),
        p("ART_MISS_ATTACK", "Mortar shells hit a residential area of Donetsk, local authorities said."),
        p("ART_MISS_ATTACK", "Houthi forces fired a missile at an oil facility in Jizan."),
        p("REM_EXPLOS", "A roadside bomb struck a military convoy in Kunar province, killing four soldiers."),
        p("REM_EXPLOS", "An improvised explosive device exploded near a police vehicle in Dantewada."),
        p("REM_EXPLOS", "Two children were killed when a landmine went off near their village in Antioquia."),
        p("REM_EXPLOS", "A bomb planted on a motorcycle exploded in a crowded market in Quetta."),
        p("REM_EXPLOS", "A car bomb exploded near a government building in Mogadishu, killing eight people."),
        p("REM_EXPLOS", "A blast ripped through a bus in Kabul on Tuesday, police said."),
        p("GRENADE", "Unknown attackers hurled a grenade at a police post in Srinagar, wounding two officers."),
        p("GRENADE", "A hand grenade was tossed into a crowded nightclub in Kampala, injuring 12 people."),
        p("GRENADE", "Militants lobbed a grenade at a security forces bunker in Sopore."),
        p("GRENADE", "A grenade exploded at a political rally in Mindanao, killing a village official."),
        p("GRENADE", "Two people were injured when a grenade thrown by a man on a motorbike went off outside a church."),
        p("GRENADE", "Gang members threw grenades at a bus terminal in Tegucigalpa."),

        // Violence against civilians
        p("SEX_VIOL", "Soldiers raped at least 20 women in a village in South Kivu, a UN report said."),
        p("SEX_VIOL", "A 14-year-old girl was gang-raped by armed men near a displacement camp in Darfur."),
        p("SEX_VIOL", "Police officers sexually assaulted two female detainees at a station in Lahore, rights groups alleged."),
        p("SEX_VIOL", "Human Rights Watch documented the rape of dozens of Rohingya women by security forces."),
        p("SEX_VIOL", "A woman activist was sexually abused by men in uniform at a checkpoint, her lawyer said."),
        p("SEX_VIOL", "Rebel fighters raped a nun in a convent in the Central African Republic."),
        p("ATTACK", "Gunmen killed 14 villagers in an attack on the village of Kukawa on Saturday night."),
        p("ATTACK", "Police beat a street vendor in Lagos after he refused to pay a bribe."),
        p("ATTACK", "Unidentified gunmen shot dead a journalist outside his home in Veracruz."),
        p("ATTACK", "Herders killed a farmer and injured his wife in Benue state."),
        p("ATTACK", "Soldiers tortured three civilians suspected of supporting the rebels, witnesses said."),
        p("ATTACK", "Militants stabbed a priest to death in his church in northern France."),
        p("ATTACK", "Armed men attacked a camp for displaced people in Ituri, killing 22 civilians with machetes."),
        p("ABDUCT_DISSAP", "Gunmen kidnapped 12 students from a school in Kaduna state."),
        p("ABDUCT_DISSAP", "Armed men abducted a local councillor from his home in Tillaberi."),
        p("ABDUCT_DISSAP", "An activist has been missing since security forces took him away from his home, his family said.", weak: true),
        p("ABDUCT_DISSAP", "Boko Haram fighters abducted 20 women collecting firewood near Gwoza."),
        p("ABDUCT_DISSAP", "Masked men seized a human rights lawyer outside a court in Cairo; his whereabouts remain unknown.", weak: true),
        p("ABDUCT_DISSAP", "The militia kidnapped two aid workers on the road to Goma."),

        // Protests
        p("PEACE_PROTEST", "Thousands of people marched through Yerevan on Saturday demanding the prime minister's resignation."),
        p("PEACE_PROTEST", "Farmers staged a sit-in outside the district collector's office to demand loan waivers."),
        p("PEACE_PROTEST", "Teachers rallied in front of parliament in Bishkek to protest against low wages."),
        p("PEACE_PROTEST", "Hundreds of students demonstrated peacefully in Khartoum against fuel price rises."),
        p("PEACE_PROTEST", "Residents held a protest in Lalitpur against the demolition of their homes."),
        p("PEACE_PROTEST", "Activists gathered outside the Russian embassy in Tbilisi to protest against the war."),
        p("PROTEST_WITH_INTER", "Police used tear gas to disperse hundreds of opposition supporters who gathered in Kampala."),
        p("PROTEST_WITH_INTER", "Riot police detained 30 demonstrators at an unauthorized rally in Minsk."),
        p("PROTEST_WITH_INTER", "Police fired water cannon at protesters demanding the release of political prisoners."),
        p("PROTEST_WITH_INTER", "Security forces broke up a sit-in by unemployed graduates in Rabat."),
        p("PROTEST_WITH_INTER", "Police arrested dozens of protesters during a march against the pension reform in Paris."),
        p("PROTEST_WITH_INTER", "Baton-wielding police charged at students protesting outside the university in Dhaka."),
        p("FORCE_AGAINST_PROTEST", "Security forces opened fire on protesters in Khartoum, killing at least seven people."),
        p("FORCE_AGAINST_PROTEST", "Police shot dead two demonstrators during a protest over fuel prices in Lagos."),
        p("FORCE_AGAINST_PROTEST", "Troops used live ammunition against protesters in Mandalay, killing a teenage girl."),
        p("FORCE_AGAINST_PROTEST", "Three protesters died after police fired on a crowd demonstrating against the election results."),
        p("FORCE_AGAINST_PROTEST", "Soldiers killed 12 people when they fired at demonstrators in Conakry."),
        p("FORCE_AGAINST_PROTEST", "Iranian security forces killed dozens of protesters in Zahedan, rights groups said."),

        // Riots
        p("VIOL_DEMONSTR", "Protesters set fire to tyres and threw stones at police in Port-au-Prince."),
        p("VIOL_DEMONSTR", "Rioters torched a police station and several vehicles in Dhaka after the verdict."),
        p("VIOL_DEMONSTR", "Demonstrators stormed the parliament building in Baghdad and clashed with guards."),
        p("VIOL_DEMONSTR", "Supporters of the opposition candidate rioted in Conakry, burning cars and looting shops."),
        p("VIOL_DEMONSTR", "Angry protesters pelted police with stones and blocked the highway in Kashmir."),
        p("VIOL_DEMONSTR", "Students clashed with police and vandalized buses during a protest in Nairobi."),
        p("MOB_VIOL", "A mob lynched a man accused of stealing a motorcycle in Kano."),
        p("MOB_VIOL", "Villagers beat two suspected child kidnappers to death in Puebla state."),
        p("MOB_VIOL", "An angry crowd attacked a police station in Bihar after a man died in custody."),
        p("MOB_VIOL", "Vigilantes killed three men accused of cattle theft in Madhya Pradesh."),
        p("MOB_VIOL", "A mob burned alive a woman accused of witchcraft in Papua New Guinea."),
        p("MOB_VIOL", "Residents set upon a suspected thief and beat him to death in Nairobi's Kibera."),

        // Strategic developments
        p("AGREEMENT", "The government and the ELN rebels signed a ceasefire agreement in Havana."),
        p("AGREEMENT", "Armenia and Azerbaijan agreed to a humanitarian ceasefire starting at midnight."),
        p("AGREEMENT", "The warring parties in South Sudan signed a peace deal in Addis Ababa."),
        p("AGREEMENT", "Taliban and Afghan government negotiators reached an agreement on a prisoner exchange."),
        p("AGREEMENT", "Rival militias in Tripoli agreed to a truce brokered by the United Nations."),
        p("AGREEMENT", "The Houthis released 100 prisoners under a deal mediated by the Red Cross."),
        p("ARREST", "Police arrested three men suspected of planning attacks in Mombasa."),
        p("ARREST", "Security forces detained an opposition leader in Harare on Friday."),
        p("ARREST", "The national security service arrested a former defence minister on corruption charges."),
        p("ARREST", "Authorities in Baku detained two journalists working for an independent outlet."),
        p("ARREST", "Turkish police detained 45 people in raids targeting suspected Gulen supporters."),
        p("ARREST", "A prominent blogger was arrested in Hanoi and charged with spreading anti-state propaganda."),
        p("CHANGE_TO_GROUP_ACT", "The ELN announced a unilateral ceasefire for the Christmas period."),
        p("CHANGE_TO_GROUP_ACT", "Two rebel factions in Darfur announced that they had merged into a single movement."),
        p("CHANGE_TO_GROUP_ACT", "More than 200 Maoist rebels surrendered to police in Chhattisgarh."),
        p("CHANGE_TO_GROUP_ACT", "The separatist group announced it was suspending its armed campaign."),
        p("CHANGE_TO_GROUP_ACT", "Hundreds of Boko Haram fighters laid down their arms and surrendered to the military."),
        p("CHANGE_TO_GROUP_ACT", "The Islamist militia said it had changed its name and cut ties with al-Qaeda."),
        p("DISR_WEAP", "Bomb disposal experts defused an explosive device found near a school in Quetta."),
        p("DISR_WEAP", "Air defences intercepted two ballistic missiles fired towards Riyadh."),
        p("DISR_WEAP", "Security forces seized a large cache of weapons and ammunition in a raid in Mindanao."),
        p("DISR_WEAP", "The army said it shot down an Armenian drone over the Aghdam district."),
        p("DISR_WEAP", "Police found and defused a bomb planted under a bridge in Manipur."),
        p("DISR_WEAP", "The Iron Dome system intercepted most of the rockets fired from the Gaza Strip."),
        p("HQ_ESTABLISHED", "Al-Shabaab militants set up a base in the village of Bariire."),
        p("HQ_ESTABLISHED", "Jihadists established a new camp in the forest near the border with Burkina Faso."),
        p("HQ_ESTABLISHED", "Rebels set up their headquarters in the town after government forces left."),
        p("HQ_ESTABLISHED", "The militia established a base on the road to Beni."),
        p("HQ_ESTABLISHED", "Turkish forces set up a new military outpost in Idlib province."),
        p("NON_VIOL_TERRIT_TRANSFER", "Armenian forces handed over the Kalbajar district to Azerbaijan under the ceasefire deal."),
        p("NON_VIOL_TERRIT_TRANSFER", "Government troops withdrew from the town of Kidal without a fight, leaving it to the rebels."),
        p("NON_VIOL_TERRIT_TRANSFER", "The rebels handed control of the city to a transitional council."),
        p("NON_VIOL_TERRIT_TRANSFER", "Russian forces pulled out of the town of Kherson and crossed the river."),
        p("NON_VIOL_TERRIT_TRANSFER", "Kurdish fighters withdrew from the border strip as part of the agreement."),
        p("PROPERTY_DISTRUCT", "Militants set fire to a school in Balochistan overnight."),
        p("PROPERTY_DISTRUCT", "Soldiers burned dozens of homes in the village of Tula Toli, witnesses said."),
        p("PROPERTY_DISTRUCT", "Unknown people vandalised a mosque in Bradford, daubing its walls with graffiti."),
        p("PROPERTY_DISTRUCT", "Armed men looted shops and torched houses in the town of Djibo."),
        p("PROPERTY_DISTRUCT", "Settlers uprooted hundreds of olive trees in a village near Nablus."),
        p("PROPERTY_DISTRUCT", "Bulldozers demolished 20 homes in East Jerusalem, the UN said."),
        p("OTHER", "Authorities imposed a curfew in the city of Gondar after the unrest."),
        p("OTHER", "The government declared a state of emergency in the Oromia region."),
        p("OTHER", "The army deployed additional troops to the border with Armenia."),
        p("OTHER", "Hundreds of prisoners went on hunger strike in Israeli jails."),
        p("OTHER", "Police were put on high alert across the capital ahead of the verdict."),

        // CASE's own labels
        p("ATTRIB", "The Islamic State group claimed responsibility for the attack on a church in Jolo."),
        p("ATTRIB", "The Pakistani Taliban claimed the suicide bombing in Peshawar."),
        // Blame by a third party is an accusation (CAMEO 112), not a claim (015), and the
        // CASE view reads ATTRIB from 015 only: these three stay known issues unless CASE's
        // ATTRIB turns out to cover blame (EventCoderTests.blameIsAnAccusationNotAClaim).
        p("ATTRIB", "Police blamed the Kurdistan Workers' Party for the blast in Ankara.", weak: true),
        p("ATTRIB", "The Baloch Liberation Army said it carried out the attack on the Chinese consulate."),
        p("ATTRIB", "The government accused Boko Haram of carrying out the massacre.", weak: true),
        p("ATTRIB", "Authorities attributed the bombing to a local cell of the Islamic State group.", weak: true),
        p("DIPLO", "The foreign ministers of Armenia and Azerbaijan met in Moscow for talks."),
        p("DIPLO", "The Indian prime minister held talks with his Japanese counterpart in Tokyo."),
        p("DIPLO", "Kenya and Somalia agreed to restore diplomatic relations."),
        p("DIPLO", "The EU's foreign policy chief visited Baku on Tuesday."),
        p("DIPLO", "President Macron telephoned Vladimir Putin to discuss the crisis."),
        p("DIPLO", "Ethiopia and Sudan pledged to resolve their border dispute through dialogue."),
        p("NATURAL_DISASTER", "Floods killed 12 people in Assam and left thousands homeless."),
        p("NATURAL_DISASTER", "A magnitude 6.4 earthquake struck southern Turkey, killing at least 40 people."),
        p("NATURAL_DISASTER", "Cyclone Idai made landfall near Beira, destroying thousands of homes."),
        p("NATURAL_DISASTER", "Landslides triggered by heavy rain buried a village in Uganda's Bududa district."),
        p("NATURAL_DISASTER", "A severe drought has left millions facing hunger in southern Madagascar."),
        p("NATURAL_DISASTER", "Wildfires swept through the hills above Athens, forcing thousands to flee."),
        p("MAN_MADE_DISASTER", "A bus plunged into a gorge in Himachal Pradesh, killing 25 passengers."),
        p("MAN_MADE_DISASTER", "A fire at a garment factory in Dhaka killed 17 workers."),
        p("MAN_MADE_DISASTER", "A gas explosion at a coal mine in Shanxi province trapped dozens of miners."),
        p("MAN_MADE_DISASTER", "Two passenger trains collided near Balasore, killing more than 200 people."),
        p("MAN_MADE_DISASTER", "An overcrowded ferry capsized on Lake Victoria, and 40 passengers are feared dead."),
        p("MAN_MADE_DISASTER", "A building under construction collapsed in Lagos, trapping workers under the rubble."),
        p("ORG_CRIME", "Mexican police seized two tonnes of cocaine hidden in a shipment of bananas."),
        p("ORG_CRIME", "A gang of smugglers was dismantled after a two-year investigation into human trafficking across the Mediterranean."),
        p("ORG_CRIME", "The mafia boss ran an extortion racket that targeted shopkeepers in Palermo, prosecutors said."),
        p("ORG_CRIME", "Customs officers found 300 kg of heroin in a container at the port of Karachi."),
        p("ORG_CRIME", "Drug traffickers are using small planes to move cocaine through Honduras, officials said."),
        p("ORG_CRIME", "Police in Italy broke up a money laundering ring linked to the 'Ndrangheta."),

        // Negatives: sports, films, business and figures of speech
        p("NONE", "Liverpool's attack was relentless in the second half, and Salah scored twice."),
        p("NONE", "The film was a bomb at the box office despite its star cast."),
        p("NONE", "Critics said the sequel bombed, taking just $4 million in its opening weekend."),
        p("NONE", "The chancellor came under fire from backbenchers over the budget."),
        p("NONE", "The company fired its chief executive after the accounting scandal."),
        p("NONE|DIPLO", "Apple struck a deal with Samsung to supply screens for its phones."),
        p("NONE", "The striker was on fire, scoring a hat-trick against Bayern."),
        p("NONE", "The director's new thriller is an explosive, gripping ride, and its lead steals every scene."),
        p("NONE", "The visitors launched a counter-attack and equalised in the 89th minute."),
        p("NONE|DIPLO", "Unions and employers struck a deal on wages after all-night talks."),
        p("NONE", "The central bank must strike a balance between growth and inflation."),
        p("NONE", "The minister's remarks sparked a firestorm on social media."),
        p("NONE", "In the film, a bomb disposal expert races against time to save a hostage."),
        p("NONE", "Shares in the airline were hammered after it issued a profit warning."),
        p("NONE", "The quarterback was sacked three times in the first quarter."),
        p("NONE", "The opposition launched a blistering attack on the government's housing plan."),
    ]

    @Test(arguments: probes)
    func probe(_ row: Probe) { Self.check(row) }

    /// Expects the probe's label; a weak probe's miss is a known issue.
    static func check(_ row: Probe) {
        let got = label(row.text)
        if row.weak {
            withKnownIssue("weak probe: \(got)") {
                #expect(row.accepts.contains(got), "\(row.text) -> \(got)")
            }
        } else {
            #expect(row.accepts.contains(got), "\(row.text) -> \(got)")
        }
    }

    /// The 30 CASE 2021 labels: those behind ACLED's sub-event types and five of the shared task's own.
    static let caseLabels = Set(labelOfSubtype.values).union(["ATTRIB", "DIPLO", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"])

    /// Checks that `count` (rows per label) has at least `n` rows for each of the 30 labels.
    static func expectEveryLabel(_ count: [String: Int], atLeast n: Int) {
        #expect(caseLabels.count == 30)
        for l in caseLabels { #expect(count[l, default: 0] >= n, "\(l): \(count[l, default: 0])") }
    }

    /// At least five snippets for each of the 30 labels, and negatives.
    @Test func everyLabelHasFiveProbes() {
        var count: [String: Int] = [:]
        for p in Self.probes { count[p.label, default: 0] += 1 }
        Self.expectEveryLabel(count, atLeast: 5)
        #expect(Self.probes.filter { $0.accepts.contains("NONE") }.count >= 10)
    }

    /// Shares predicted as intended, by label (printed; the floor guards the total).
    @Test func shareByLabel() {
        var right: [String: Int] = [:], all: [String: Int] = [:]
        for p in Self.probes {
            let key = p.accepts.contains("NONE") ? "negative" : p.label
            all[key, default: 0] += 1
            if p.accepts.contains(Self.label(p.text)) { right[key, default: 0] += 1 }
        }
        let total = right.values.reduce(0, +)
        for k in all.keys.sorted() { print("probe \(k): \(right[k, default: 0])/\(all[k]!)") }
        print("probe total: \(total)/\(Self.probes.count)")
        #expect(total == Self.probes.filter { !$0.weak }.count)
    }
}
