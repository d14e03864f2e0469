import Testing
@testable import AnnalsCore

/// A second set of CASE 2021 / ACLED probe snippets (issue 4), written for
/// this file in our own words in styles the first set (`CaseProbeTests`)
/// lacks: ACLED-style terse descriptions ("On 3 May 2021, ..."), wire-service
/// leads with a dateline, South Asian, African, Latin American and Middle
/// Eastern reporting, police and court reports, and figurative negatives.
/// They were written before the engine was run on them: 56 of the 72 were
/// read as intended then (the honest figure for how the rules generalize);
/// general rules and patterns fixed 11 more (67), and the 5 still read wrong
/// are marked `weak`: a base set up by a named group (the base patterns need
/// an armed group's word before the verb, since "set up a base" is also a
/// company's), "battled" without an object, a person "picked up" whom the
/// actor layer does not name ("a Baloch student"), a group that dissolved and
/// joined another (no CAMEO code says so), and a body found. The base set
/// up by a named group is right since the ninth set's rules (a base set up by
/// an actor of an armed sector, `CasePressProbeTests`): 68, four weak.
/// Labels are read as in `CaseProbeTests.label`.
@Suite struct CaseStyleProbeTests {
    typealias Probe = CaseProbeTests.Probe
    static func p(_ label: String, _ text: String, weak: Bool = false) -> Probe { CaseProbeTests.p(label, text, weak: weak) }

    static let probes: [Probe] = [
        p("ATTACK", "On 3 May 2021, unidentified gunmen killed a village chief in Kapalong, Davao del Norte."),
        p("ABDUCT_DISSAP", "On 12 June 2020, suspected ADF militants abducted four civilians in Mamove, Beni territory."),
        p("PEACE_PROTEST", "On 8 March 2021, around 200 women held a peaceful demonstration in Quetta to mark International Women's Day."),
        p("PROTEST_WITH_INTER", "On 15 January 2022, police dispersed a protest by traders in Kisumu town using tear gas. No injuries were reported."),
        p("ARMED_CLASH", "On 21 April 2020, JNIM militants clashed with Malian soldiers near Bambara Maoude. Fatalities unknown."),
        p("REM_EXPLOS", "On 2 February 2021, an IED planted by the Taliban detonated against a police vehicle in Lashkar Gah, killing two policemen."),
        p("AIR_STRIKE", "On 19 September 2019, Saudi-led coalition aircraft carried out airstrikes on Al Hudaydah city. No casualties reported."),
        p("ART_MISS_ATTACK", "On 7 July 2022, Russian forces shelled Kharkiv city with multiple rocket launchers, killing three civilians."),
        p("PROPERTY_DISTRUCT", "On 11 August 2020, unknown persons set ablaze a polling station in Kisii county."),
        p("MOB_VIOL", "On 25 October 2021, a mob of villagers beat to death a suspected thief in Kasese district."),
        p("ARREST", "On 4 November 2020, police arrested 12 members of the opposition NUP in Kampala."),
        p("PROPERTY_DISTRUCT", "On 9 March 2021, Fulani militia looted cattle and burned houses in Bassa LGA, Plateau state."),
        p("SEX_VIOL", "On 14 May 2019, an FARDC soldier raped a woman in Kalehe territory, South Kivu."),
        p("HQ_ESTABLISHED", "On 5 December 2020, Al Shabaab established a new base in Bulo Marer."),
        p("DISR_WEAP", "On 23 July 2021, Pakistani security forces recovered a cache of explosives and detonators in Pishin district."),
        p("GOV_REGAINS_TERIT", "On 17 March 2021, the Mozambican military retook control of Quissanga district from insurgents."),
        p("NON_STATE_ACTOR_OVERTAKES_TER", "On 10 February 2022, JNIM militants seized control of Dioura town."),
        p("SUIC_BOMB", "KABUL (Reuters) - A suicide bomber killed at least 24 people at a government office in eastern Afghanistan on Wednesday, officials said."),
        p("CHEM_WEAP", "BEIRUT (AP) - Syrian opposition activists accused government forces of using poison gas in an attack on a rebel-held suburb of Damascus on Saturday."),
        p("ARMED_CLASH", "BAMAKO, Mali (AP) - Islamic extremists and Malian soldiers battled for hours near the town of Boni, leaving at least 10 dead, the army said.", weak: true),
        p("FORCE_AGAINST_PROTEST", "YANGON (Reuters) - Myanmar security forces killed at least 38 people on Wednesday as they fired on crowds protesting against the military coup, the United Nations said."),
        p("AGREEMENT", "KHARTOUM (Reuters) - Sudan's transitional government and rebel groups signed a peace agreement on Saturday, ending years of conflict in Darfur."),
        p("ARREST", "ISTANBUL (Reuters) - Turkish authorities detained 82 people, including opposition politicians, over deadly protests in 2014, prosecutors said."),
        p("DIPLO", "MOSCOW (AP) - Russian Foreign Minister Sergei Lavrov met with his Turkish counterpart on Thursday to discuss the situation in Syria."),
        p("ATTACK", "Maoists gunned down a former sarpanch in Bijapur district on Sunday night, suspecting him to be a police informer."),
        p("PEACE_PROTEST", "Activists of the BJP staged a dharna in front of the collectorate demanding action against the erring officials."),
        p("VIOL_DEMONSTR", "Protesters torched buses and pelted stones at police during a bandh called by opposition parties in Kolkata."),
        p("GRENADE", "Terrorists lobbed a grenade towards a CRPF party in Pulwama's Tral area, injuring a civilian."),
        p("ABDUCT_DISSAP", "Unknown persons picked up a Baloch student from his hostel in Karachi and his whereabouts are unknown, his family alleged.", weak: true),
        p("PROTEST_WITH_INTER", "Police lathicharged protesting farmers who tried to break the barricades near the Delhi border."),
        p("ATTACK", "Bandits killed 15 villagers in an attack on Kadisau village in Zamfara State."),
        p("ABDUCT_DISSAP", "Gunmen abducted a Catholic priest along the Kaduna-Abuja highway on Saturday, police said."),
        p("MOB_VIOL", "Youths in Ondo set upon three suspected kidnappers and burnt them alive."),
        p("PEACE_PROTEST", "Hundreds of Zimbabwean nurses downed tools and marched to the health ministry to demand better pay."),
        p("CHANGE_TO_GROUP_ACT", "The Anglophone separatist faction announced it had dissolved and joined the Ambazonia Defence Forces.", weak: true),
        p("DISR_WEAP", "Soldiers intercepted a truck loaded with weapons bound for militants in northern Burkina Faso."),
        p("ATTACK", "Hitmen on motorcycles shot dead a social leader in Cauca department, the Ombudsman's Office reported."),
        p("ABDUCT_DISSAP", "Human rights groups denounced the disappearance of three environmental activists in Guerrero state."),
        p("PROTEST_WITH_INTER", "Carabineros used water cannon and tear gas against students marching in Santiago."),
        p("VIOL_DEMONSTR", "Hooded demonstrators burned a metro station and looted supermarkets in Santiago."),
        p("AIR_STRIKE", "The Colombian Air Force bombed a camp of FARC dissidents in Guaviare, killing 10 rebels."),
        p("ARREST", "Mexican authorities captured the alleged leader of a cartel cell in Sinaloa."),
        p("ORG_CRIME", "Police dismantled a drug trafficking network that shipped cocaine from Colombia to Spain."),
        p("AIR_STRIKE", "Israeli warplanes struck Hamas targets in the Gaza Strip overnight in response to rocket fire, the army said."),
        p("ART_MISS_ATTACK", "Houthi militia launched a ballistic missile towards Marib city, killing two children."),
        p("ARREST", "Israeli forces arrested 15 Palestinians in overnight raids across the West Bank."),
        p("PROPERTY_DISTRUCT", "Israeli authorities demolished the home of a Palestinian attacker in Jenin."),
        p("SUIC_BOMB", "Two suicide bombers blew themselves up in a busy market in central Baghdad, killing 32 people."),
        p("REM_EXPLOS", "A roadside explosive device targeted a convoy carrying supplies for the US-led coalition in Diwaniya, without causing casualties."),
        p("ARREST", "Officers arrested two men on suspicion of terrorism offences in Manchester, police said."),
        p("ATTACK", "Police said a 35-year-old man was shot dead by unknown assailants in Soweto on Friday night."),
        p("PEACE_PROTEST", "Thousands of Hong Kong residents took to the streets on Sunday in a largely peaceful march against the extradition bill."),
        p("VIOL_DEMONSTR", "Demonstrators clashed with police in Beirut, throwing stones and firecrackers."),
        p("VIOL_DEMONSTR|PROTEST_WITH_INTER", "Demonstrators clashed with police in Tunis on Monday night."),
        p("PROPERTY_DISTRUCT", "Armed men looted a health centre in Ouham prefecture, taking medicines and equipment."),
        p("REM_EXPLOS", "A shepherd lost his leg when he stepped on a landmine left over from the war in Kandahar."),
        p("REM_EXPLOS", "Maoists triggered an IED blast targeting a security forces vehicle in Sukma, injuring three jawans."),
        p("SEX_VIOL", "Militiamen sexually assaulted women fleeing the fighting in Tigray, according to Amnesty International."),
        p("SUIC_BOMB", "A suicide bomber on a motorcycle targeted a NATO convoy near Bagram."),
        p("CHEM_WEAP", "Government forces allegedly fired shells containing chlorine gas into the besieged enclave of Eastern Ghouta."),
        p("AGREEMENT", "Ethiopia's government and the TPLF agreed to a permanent cessation of hostilities in Pretoria."),
        p("AGREEMENT", "Israel and Hamas agreed to an Egyptian-brokered ceasefire."),
        p("PROPERTY_DISTRUCT", "RSF fighters looted the central market in Nyala."),
        p("ATTRIB", "Boko Haram claimed responsibility for the abduction of schoolgirls in Chibok."),
        p("OTHER|NONE", "Military helicopters patrolled the border area on Friday."),
        p("ABDUCT_DISSAP|ATTACK", "The body of a journalist who disappeared two weeks ago was found in Sinaloa, prosecutors said.", weak: true),
        p("VIOL_DEMONSTR", "Students clashed with police and vandalized shops in downtown Accra."),
        p("GRENADE", "A grenade hurled by suspected militants at a market in Anantnag went off near a vegetable stall, wounding seven people."),
        p("NONE", "The opposition leader attacked the budget as a betrayal of workers."),
        p("NONE", "Tech shares exploded higher after the earnings report."),
        p("NONE", "The midfielder was shot down by critics after another poor display."),
        p("NONE", "Fans stormed the pitch to celebrate the title."),
    ]

    @Test(arguments: probes)
    func probe(_ row: Probe) { CaseProbeTests.check(row) }

    /// Shares predicted as intended (printed; the floor guards the total).
    @Test func share() {
        var right = 0
        for p in Self.probes where p.accepts.contains(CaseProbeTests.label(p.text)) { right += 1 }
        print("style probe total: \(right)/\(Self.probes.count)")
        #expect(right == Self.probes.filter { !$0.weak }.count)
    }
}
