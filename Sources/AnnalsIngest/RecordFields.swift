import AnnalsCore
import AnnalsStore

extension StoreRows {
    /// The rows the store keeps, written straight from the analysis into one
    /// buffer instead of reading back the JSON that `AnalysisRecord.encode`
    /// wrote from it. Every value is the one that reading that JSON gives:
    /// spans are the document's bytes with code-point offsets, coordinates
    /// are rounded to 4 decimals and Goldstein values and confidences to 2,
    /// as the record writes them. `RecordFieldsTests` compares the two on a
    /// corpus, so a change to the record writer that is not made here too
    /// fails there. `published` is copied into each event row.
    /// - Complexity: linear in the size of the analysis; no string is built
    ///   for a span (its bytes are copied from the document's).
    public init(_ a: Analysis, published: String?) {
        self.init(capacity: 1024)
        let doc = a.document
        doc.bytes.withUnsafeBufferPointer { bytes in
            func spanText(_ start: Int, _ end: Int) { text(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            /// text, start, end
            func span(_ start: Int, _ end: Int) {
                spanText(start, end); int(doc.scalarOffset(start)); int(doc.scalarOffset(end))
            }
            func span(tokens m: Range<Int>) { span(Int(doc.tokens[m.lowerBound].start), Int(doc.tokens[m.upperBound - 1].end)) }
            func evidence(_ k: Int, _ ev: AnnalsCore.Event.Evidence) {
                let s = doc.sentences[ev.sentence]
                row(.evidence)
                int(k); span(Int(s.start), Int(s.end)); span(tokens: ev.trigger)
            }

            for (k, actor) in a.actors.enumerated() {
                row(.actors)
                text("a\(k + 1)"); text(actor.name); text(actor.country); text(actor.sector); text(actor.title); text(actor.kind.rawValue)
                int(actor.mentions.count)
                if let m = actor.mentions.first {
                    int(doc.scalarOffset(Int(doc.tokens[m.lowerBound].start))); int(doc.scalarOffset(Int(doc.tokens[m.upperBound - 1].end)))
                } else { null(); null() }
            }
            for (k, r) in a.places.enumerated() {
                row(.places)
                text("p\(k + 1)"); text(r.place.name); text(r.place.country.isEmpty ? nil : r.place.country)
                double(StoreRows.coordinate(r.place.latitude)); double(StoreRows.coordinate(r.place.longitude))
                text(r.feature); int(r.place.geonameID); int(r.mentions.count)
            }
            for (k, q) in a.quotes.enumerated() {
                row(.quotes)
                int(k); text(q.kind.rawValue); span(q.start, q.end)
                if let s = q.speaker {
                    text(s.actor.map { "a\($0 + 1)" }); text(s.name); span(s.start, s.end)
                } else { null(); null(); null(); null(); null() }
                if let c = q.cue { span(c.lowerBound, c.upperBound) } else { null(); null(); null() }
            }
            for (k, e) in a.events.enumerated() {
                let c = e.cameo
                row(.events)
                text("e\(k + 1)"); int(k); text(c.plover?.type); text(c.plover?.mode); text(c.code)
                double(c.goldstein.isNaN ? nil : StoreRows.hundredths(c.goldstein)); int(c.quad == 0 ? nil : c.quad)
                text(c.acled?.type); text(c.acled?.subtype)
                text(e.date.value)
                if let t = e.date.time { spanText(a.times[t].start, a.times[t].end) } else { null() }
                text(e.date.basis.rawValue); text(published)
                for list in [e.sources, e.targets] {
                    if let i = list.first {
                        let actor = a.actors[i]
                        text(actor.name); text(actor.country); text(actor.sector)
                    } else { null(); null(); null() }
                }
                if let p = e.place, p < a.places.count {
                    let g = a.places[p].place
                    text("p\(p + 1)"); text(g.name); double(StoreRows.coordinate(g.latitude)); double(StoreRows.coordinate(g.longitude))
                } else { null(); null(); null(); null() }
                bool(e.negated); text(e.modality); double(StoreRows.hundredths(e.confidence)); text(e.rule)
                for (role, list) in [("actor", e.sources), ("recipient", e.targets)] {
                    for (n, i) in list.enumerated() {
                        let actor = a.actors[i]
                        var code: String? = nil
                        if let codes = a.actorCodes, i < codes.count { code = codes[i] }
                        row(.participants)
                        text(role); int(n); text("a\(i + 1)"); text(actor.name); text(actor.country); text(actor.sector); text(code)
                    }
                }
                for (n, ev) in e.evidence.enumerated() { evidence(n, ev) }
            }
        }
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
