/// Gives each event the place it happened, by the rule of the time layer:
/// the place in the event's own clause, else its sentence's, else its
/// paragraph's, else the article's.
///
/// In a sentence, a place after a setting word (cue-words.tsv: "in Baku",
/// "near the Lachin corridor") beats one without, and the nearer to the trigger
/// wins; a locative between the setting word and the name keeps it a setting
/// ("in central Yerevan", "in northern Syria", "in the north of Israel"). A name that is an actor there ("Baku said") is not a setting. A country adjective ("Russian forces") says whose forces, not
/// where: it never places an event, nor does a legislator's state after the
/// party letter ("Sen. Jesse Helms, R-N.C.", "Rep. Nick Rahall, D-W. Va."), which
/// says whom the legislator represents; nor does a town's name that begins
/// a street's or a square's ("Chicago Avenue", "Independence Square"). The article's place is the first
/// place named in the country the article's places name most, or that country itself when it is named
/// only as an actor or an adjective. A dateline in capitals ("RIYADH —") stays a place when the actor
/// layer reads it as the government.
public enum EventPlaces {
    public static func assign(_ events: inout [Event], places: [ResolvedPlace], actors: [Actor], settings: Set<String>,
                              locatives: Set<String>, facilities: Set<String>, in doc: Document) {
        guard !events.isEmpty else { return }   // (no event to place: the mentions are not read)
        var actorToken = [Bool](filled: false, count: doc.tokens.count)
        for a in actors { for m in a.mentions { for t in m where t < actorToken.count { actorToken[t] = true } } }
        // every nominal mention: (first token, last token, place index, after a locative);
        // a name that acts ("Baku said", "urged Baku") is an actor there, not a setting
        var mentions: [(start: Int, end: Int, place: Int, cue: Bool)] = []
        // places named only as an actor or an adjective: the article's setting may still be one
        var named = [Bool](filled: false, count: places.count)
        for (k, p) in places.enumerated() {
            for (j, m) in p.mentions.enumerated() {
                if p.adjectival.indices.contains(j) && p.adjectival[j] { named[k] = true; continue }
                if partyState(m.lowerBound, doc) { continue }
                // the first words of a street's, square's or park's name ("Chicago Avenue" in
                // Minneapolis, "Multan Road" in Lahore, "Independence Square" in Minsk): not where
                if m.upperBound < doc.tokens.count, doc.tokens[m.upperBound].isCapitalized,
                   doc.tokens[m.upperBound].newlinesBefore == 0, facilities.contains(doc.norms[m.upperBound]) { continue }
                var b = m.lowerBound - 1
                if b >= 0, doc.norms[b] == "the" { b -= 1 }
                // "in central Yerevan", "in the north of Israel": past the locative to the setting word
                if b >= 2, doc.norms[b] == "of", locatives.contains(doc.norms[b - 1]), doc.norms[b - 2] == "the" { b -= 3 }
                else if b >= 1, locatives.contains(doc.norms[b]), !settings.contains(doc.norms[b]) { b -= 1 }
                if b >= 0, doc.norms[b] == "the" { b -= 1 }
                let cue = b >= 0 && settings.contains(doc.norms[b])
                if !cue, m.contains(where: { actorToken[$0] }), !dateline(m, doc) { named[k] = true; continue }
                mentions.append((m.lowerBound, m.upperBound, k, cue))
            }
        }
        mentions.sort { $0.start < $1.start }
        // the article's setting: the first place named in the country its places name most
        // (adjectives included: "Turkish police" says where as much as "Turkey" does); when
        // that country is named only as an actor or an adjective ("Saudi Arabia said",
        // "Bahraini authorities"), the country itself (else its place named first), not a
        // place of another country
        var byCountry: [String: Int] = [:]
        for p in places where !p.place.country.isEmpty { byCountry[p.place.country, default: 0] += p.mentions.count }
        let focus = byCountry.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        var focusNamed: (place: Int, start: Int, country: Int)? = nil
        for (k, p) in places.enumerated() where named[k] && p.place.country == focus {
            guard let m = p.mentions.first else { continue }
            let country = p.place.kind == .country ? 1 : 0
            if focusNamed == nil || (country, -m.lowerBound) > (focusNamed!.country, -focusNamed!.start) { focusNamed = (k, m.lowerBound, country) }
        }
        guard let articlePlace = mentions.first(where: { places[$0.place].place.country == focus })?.place
                ?? focusNamed?.place ?? mentions.first?.place else { return }
        for e in events.indices {
            guard let ev = events[e].evidence.first else { continue }
            let trigger = ev.trigger.lowerBound
            let sentence = doc.sentences.indices.contains(ev.sentence) ? doc.sentences[ev.sentence].tokens : trigger..<trigger + 1
            let inSentence = mentions.filter { sentence.contains($0.start) }
            if let best = inSentence.min(by: { rank($0, trigger, places) < rank($1, trigger, places) }) {
                events[e].place = best.place
                continue
            }
            // the writer's paragraph: a line of web text written one paragraph a line
            let paragraph = doc.lineParagraphs.isEmpty ? sentence : doc.lineParagraphs[doc.lineParagraphIndex(ofToken: trigger)].tokens
            if let before = mentions.last(where: { paragraph.contains($0.start) && $0.start < trigger }) ?? mentions.first(where: { paragraph.contains($0.start) }) {
                events[e].place = before.place
                continue
            }
            events[e].place = articlePlace
        }
    }

    /// A mention in capitals that opens a line and is followed by a dateline's
    /// punctuation ("RIYADH —", "NAIROBI (Reuters) -", "MANILA, Philippines",
    /// "KINSHASA/BEIJING"): where the report was filed, which the actor layer may
    /// read as the country's government; it stays a place here.
    static func dateline(_ m: Range<Int>, _ doc: Document) -> Bool {
        guard m.upperBound < doc.tokens.count, m.lowerBound == 0 || doc.tokens[m.lowerBound].newlinesBefore > 0,
              m.allSatisfy({ doc.tokens[$0].isAllCaps }) else { return false }
        return ["(", "-", ":", ",", "/"].contains(doc.norms[m.upperBound])   // (every dash is "-" in `norms`)
    }

    /// Token `k` follows a party letter and its hyphen, "D-", "R-" or "I-" glued to it
    /// ("R-N.C.", "D-Ohio"): a legislator's state.
    static func partyState(_ k: Int, _ doc: Document) -> Bool {
        guard k >= 2, doc.norms[k - 1] == "-", !doc.tokens[k].spaceBefore, !doc.tokens[k - 1].spaceBefore else { return false }
        let t = doc.tokens[k - 2]
        guard t.end - t.start == 1 else { return false }
        let c = doc.bytes[Int(t.start)]
        return c == UInt8(ascii: "D") || c == UInt8(ascii: "R") || c == UInt8(ascii: "I")
    }

    /// Located places first, then the more precise (a town or region before a
    /// country: "a Minsk court ... the United States"), then by distance to the trigger.
    static func rank(_ m: (start: Int, end: Int, place: Int, cue: Bool), _ trigger: Int, _ places: [ResolvedPlace]) -> (Int, Int, Int) {
        (m.cue ? 0 : 1, places[m.place].place.kind == .country ? 1 : 0, abs(m.start - trigger))
    }

    /// The sectors of actors who act at home (`places/crowd-sectors.tsv`).
    public struct CrowdSectors: Sendable, Equatable {
        /// A group of one of these sectors takes the country of a protest or riot it stages.
        public var crowds: Set<String> = []
        /// A group of one of these sectors takes the country of any event it takes part in.
        public var always: Set<String> = []
        /// A group of one of these sectors takes the country of an event it takes part in
        /// when that country is the only one the article names (in its places and actors).
        public var home: Set<String> = []
    }

    /// A crowd is of the country it gathers in: the unaffiliated group that
    /// protests or riots ("tens of thousands of people protested in Yerevan",
    /// "residents of Sevan protested") takes the country of the event's place,
    /// as ACLED names such actors ("Protesters (Armenia)"). Only a group with
    /// no country of its own whose sector is one of a crowd's (civilians,
    /// workers, farmers, students, the opposition); the first such event
    /// decides. The police act at home whatever the event:
    /// "police detained two men in Yerevan" are Armenia's police ("Police
    /// Forces of Armenia"), as actor or as recipient. A government or an army
    /// is not placed this way. An organization the knowledge base does not
    /// know that protests or riots is placed like a crowd ("members of the
    /// Homeland Salvation Movement marched in Yerevan"). A protest is one in
    /// ACLED's view or by its CAMEO code (root 14, or 191, a road blocked).
    /// An army named without its country ("soldiers", "troops", "security
    /// forces") is placed only in an article that names no other country:
    /// a local report's army is its country's ("Military Forces of
    /// Nigeria"), while in a report of a war abroad the soldiers are as
    /// often a foreign power's. The sectors come from
    /// `places/crowd-sectors.tsv` (`crowdSectors(from:)`).
    public static func locateCrowds(_ actors: inout [Actor], events: [Event], places: [ResolvedPlace], crowdSectors: CrowdSectors) {
        func unplaced(_ a: Int, _ sectors: Set<String>) -> Bool {
            actors[a].kind == .group && actors[a].country == nil && !actors[a].opponent && sectors.contains(actors[a].sector ?? "CVL")
        }
        func unknownOrganization(_ a: Int) -> Bool {
            actors[a].kind == .organization && !actors[a].known && actors[a].country == nil
        }
        // the one country the article names in its places and actors, if it names only one
        var only: String? = nil, several = false
        func names(_ c: String?) {
            guard let c, !c.isEmpty, c != only else { return }
            if only == nil { only = c } else { several = true }
        }
        if !crowdSectors.home.isEmpty {
            for p in places where !several { names(p.place.country) }
            for a in actors where !several { names(a.country) }
        }
        for e in events {
            guard let p = e.place, !places[p].place.country.isEmpty else { continue }
            let country = places[p].place.country
            if !several, country == only {
                for a in e.sources + e.targets where unplaced(a, crowdSectors.home) { actors[a].country = country }
            }
            // a protest or riot in ACLED's view, or by its CAMEO code (a strike, a road blocked by
            // residents: "taxi drivers went on strike in Yerevan", ACLED's "Protesters (Armenia)")
            let type = e.cameo.acled?.type
            if type == "Protests" || type == "Riots" || e.cameo.root == "14" || e.cameo.code == "191" {
                for s in e.sources where unplaced(s, crowdSectors.crowds) || unknownOrganization(s) { actors[s].country = country }
            }
            for a in e.sources where unplaced(a, crowdSectors.always) { actors[a].country = country }
            for a in e.targets where unplaced(a, crowdSectors.always) { actors[a].country = country }
        }
    }

    /// Reads `places/crowd-sectors.tsv`: two tab-separated fields a line, a
    /// PLOVER sector code in capitals and its scope (`protest`, `any` or `home`); a
    /// sector listed once; at least one line.
    public static func crowdSectors(from file: DataFile) throws -> CrowdSectors {
        var sectors = CrowdSectors()
        var seen = Set<String>()
        for line in file.lines {
            guard line.fields.count == 2 else { throw file.error(line, "expected 2 tab-separated fields (PLOVER sector code, scope), found \(line.fields.count)") }
            let code = String(line.fields[0])
            guard PLOVERCodes.sectors.contains(code) else { throw file.error(line, "'\(code)' is no PLOVER sector code") }
            guard seen.insert(code).inserted else { throw file.error(line, "duplicate sector '\(code)'") }
            switch line.fields[1] {
            case "protest": sectors.crowds.insert(code)
            case "any": sectors.always.insert(code)
            case "home": sectors.home.insert(code)
            default: throw file.error(line, "unknown scope '\(line.fields[1])' (protest, any or home)")
            }
        }
        guard !seen.isEmpty else { throw KnowledgeError(file: file.name, line: 0, message: "no sector listed") }
        return sectors
    }
}
