import AnnalsCore
import AnnalsStore

extension RecordData {
    /// The fields the store keeps, built straight from the analysis instead
    /// of reading back the JSON that `AnalysisRecord.encode` wrote from it.
    /// Every value is the one that reading that JSON gives: spans are the
    /// document's bytes with code-point offsets, coordinates are rounded to 4
    /// decimals and Goldstein values and confidences to 2, as the record
    /// writes them. `RecordFieldsTests` compares the two on a corpus, so a
    /// change to the record writer that is not made here too fails there.
    /// - Complexity: linear in the size of the analysis.
    public init(_ a: Analysis) {
        let doc = a.document
        func span(_ start: Int, _ end: Int) -> Span {
            Span(text: doc.slice(start, end), start: doc.scalarOffset(start), end: doc.scalarOffset(end))
        }
        func span(tokens m: Range<Int>) -> Span {
            span(Int(doc.tokens[m.lowerBound].start), Int(doc.tokens[m.upperBound - 1].end))
        }
        func evidence(_ ev: AnnalsCore.Event.Evidence) -> Evidence {
            let s = doc.sentences[ev.sentence]
            let whole = span(Int(s.start), Int(s.end))
            return Evidence(text: whole.text, start: whole.start, end: whole.end, trigger: span(tokens: ev.trigger))
        }
        func participants(_ list: [Int]) -> [Participant] {
            list.map { i in
                let actor = a.actors[i]
                var code: String? = nil
                if let codes = a.actorCodes, i < codes.count { code = codes[i] }
                return Participant(actor: "a\(i + 1)", name: actor.name, country: actor.country, sector: actor.sector, code: code)
            }
        }
        let actors = a.actors.enumerated().map { k, actor in
            Actor(id: "a\(k + 1)", name: actor.name, country: actor.country, sector: actor.sector, title: actor.title,
                  kind: actor.kind.rawValue, mentions: actor.mentions.map { span(tokens: $0) })
        }
        let places = a.places.enumerated().map { k, r in
            Place(id: "p\(k + 1)", name: r.place.name, country: r.place.country.isEmpty ? nil : r.place.country,
                  lat: RecordData.coordinate(r.place.latitude), lon: RecordData.coordinate(r.place.longitude),
                  feature: r.feature, geonameid: r.place.geonameID, mentions: r.mentions.map { span(tokens: $0) })
        }
        let quotes = a.quotes.map { q in
            let whole = span(q.start, q.end)
            let speaker = q.speaker.map { s in
                let at = span(s.start, s.end)
                return Speaker(actor: s.actor.map { "a\($0 + 1)" }, name: s.name, text: at.text, start: at.start, end: at.end)
            }
            return Quote(text: whole.text, start: whole.start, end: whole.end, kind: q.kind.rawValue, speaker: speaker,
                         cue: q.cue.map { span($0.lowerBound, $0.upperBound) })
        }
        let events = a.events.enumerated().map { k, e in
            let c = e.cameo
            var place: EventPlace? = nil
            if let p = e.place, p < a.places.count {
                let g = a.places[p].place
                place = EventPlace(place: "p\(p + 1)", name: g.name, lat: RecordData.coordinate(g.latitude), lon: RecordData.coordinate(g.longitude))
            }
            return Event(
                id: "e\(k + 1)",
                plover: c.plover.map { Plover(type: $0.type, mode: $0.mode) },
                cameo: Cameo(code: c.code, goldstein: c.goldstein.isNaN ? nil : RecordData.hundredths(c.goldstein), quad: c.quad == 0 ? nil : c.quad),
                acled: c.acled.map { Acled(type: $0.type, subtype: $0.subtype) },
                actor: participants(e.sources), recipient: participants(e.targets),
                date: EventDate(value: e.date.value, text: e.date.time.map { doc.slice(a.times[$0].start, a.times[$0].end) },
                                basis: e.date.basis.rawValue),
                place: place, negated: e.negated, modality: e.modality, confidence: RecordData.hundredths(e.confidence),
                evidence: evidence(e.evidence[0]), more_evidence: e.evidence.dropFirst().map(evidence), rule: e.rule)
        }
        self.init(version: AnalysisRecord.version,
                  document: DocumentInfo(id: doc.id, date: doc.date.map(TimexFormat.day), title: doc.title),
                  actors: actors, places: places, quotes: quotes, events: events, topics: a.topics)
    }

    /// A coordinate as the record gives it: rounded to 4 decimals (the
    /// nearest double to the decimal the record writes, as reading it gives).
    static func coordinate(_ v: Double?) -> Double? {
        guard let v else { return nil }
        let scaled = (v * 10_000).rounded()
        return Double(Int(scaled)) / 10_000
    }

    /// A number as the record writes it: rounded to 2 decimals.
    static func hundredths(_ v: Double) -> Double {
        Double(Int((v * 100).rounded())) / 100
    }
}
