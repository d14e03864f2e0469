/// Gives each event the place it happened, by the rule of the time layer:
/// the place in the event's own clause, else its sentence's, else its
/// paragraph's, else the article's.
///
/// In a sentence, a place after a locative preposition ("in Baku", "near
/// the Lachin corridor") beats a bare one, and the nearer to the trigger
/// wins. A country adjective ("Russian forces") says whose forces, not
/// where: it never places an event. The article's place is its first
/// place of all (the dateline, or the lead's setting).
public enum EventPlaces {
    static let locatives: Set<String> = ["in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"]

    public static func assign(_ events: inout [Event], places: [ResolvedPlace], in doc: Document) {
        // every nominal mention: (first token, last token, place index, after a locative)
        var mentions: [(start: Int, end: Int, place: Int, cue: Bool)] = []
        for (k, p) in places.enumerated() {
            for (j, m) in p.mentions.enumerated() where !(p.adjectival.indices.contains(j) && p.adjectival[j]) {
                var b = m.lowerBound - 1
                if b >= 0, doc.norms[b] == "the" { b -= 1 }
                let cue = b >= 0 && locatives.contains(doc.norms[b])
                mentions.append((m.lowerBound, m.upperBound, k, cue))
            }
        }
        guard !mentions.isEmpty else { return }
        mentions.sort { $0.start < $1.start }
        let articlePlace = mentions[0].place
        for e in events.indices {
            guard let ev = events[e].evidence.first else { continue }
            let trigger = ev.trigger.lowerBound
            let sentence = doc.sentences.indices.contains(ev.sentence) ? doc.sentences[ev.sentence].tokens : trigger..<trigger + 1
            let inSentence = mentions.filter { sentence.contains($0.start) }
            if let best = inSentence.min(by: { rank($0, trigger) < rank($1, trigger) }) {
                events[e].place = best.place
                continue
            }
            let paragraph = doc.paragraphs.isEmpty ? sentence : doc.paragraphs[doc.paragraphIndex(ofToken: trigger)].tokens
            if let before = mentions.last(where: { paragraph.contains($0.start) && $0.start < trigger }) ?? mentions.first(where: { paragraph.contains($0.start) }) {
                events[e].place = before.place
                continue
            }
            events[e].place = articlePlace
        }
    }

    /// Located places first, then by distance to the trigger.
    static func rank(_ m: (start: Int, end: Int, place: Int, cue: Bool), _ trigger: Int) -> (Int, Int) {
        (m.cue ? 0 : 1, abs(m.start - trigger))
    }
}
