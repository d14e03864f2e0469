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
        let doc = a.document
        self.init { w in
            doc.bytes.withUnsafeBufferPointer { bytes in
                func spanText(_ start: Int, _ end: Int) { w.text(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                /// text, start, end
                func span(_ start: Int, _ end: Int) {
                    spanText(start, end); w.int(doc.scalarOffset(start)); w.int(doc.scalarOffset(end))
                }
                func span(tokens m: Range<Int>) { span(Int(doc.tokens[m.lowerBound].start), Int(doc.tokens[m.upperBound - 1].end)) }
                /// An event's first source or target: name, country, sector (three NULLs when there is none).
                /// Local functions, not loops over array literals: those allocated two arrays per event.
                func first(of list: [Int]) {
                    if let i = list.first {
                        let actor = a.actors[i]
                        w.text(actor.name); w.text(actor.country); w.text(actor.sector)
                    } else { w.null(); w.null(); w.null() }
                }
                /// The participant rows of one side of an event.
                func participants(_ role: String, _ list: [Int]) {
                    for (n, i) in list.enumerated() {
                        let actor = a.actors[i]
                        var code: String? = nil
                        if let codes = a.actorCodes, i < codes.count { code = codes[i] }
                        w.row(.participants)
                        w.text(role); w.int(n); w.text(UInt8(ascii: "a"), i + 1); w.text(actor.name); w.text(actor.country); w.text(actor.sector); w.text(code)
                    }
                }
                func evidence(_ k: Int, _ ev: AnnalsCore.Event.Evidence) {
                    let s = doc.sentences[ev.sentence]
                    w.row(.evidence)
                    w.int(k); span(Int(s.start), Int(s.end)); span(tokens: ev.trigger)
                }

                for (k, actor) in a.actors.enumerated() {
                    w.row(.actors)
                    w.text(UInt8(ascii: "a"), k + 1); w.text(actor.name); w.text(actor.country); w.text(actor.sector); w.text(actor.title); w.text(actor.kind.rawValue)
                    w.int(actor.mentions.count)
                    if let m = actor.mentions.first {
                        w.int(doc.scalarOffset(Int(doc.tokens[m.lowerBound].start))); w.int(doc.scalarOffset(Int(doc.tokens[m.upperBound - 1].end)))
                    } else { w.null(); w.null() }
                }
                for (k, r) in a.places.enumerated() {
                    w.row(.places)
                    w.text(UInt8(ascii: "p"), k + 1); w.text(r.place.name); w.text(r.place.country.isEmpty ? nil : r.place.country)
                    w.double(StoreRows.coordinate(r.place.latitude)); w.double(StoreRows.coordinate(r.place.longitude))
                    w.text(r.feature); w.int(r.place.geonameID); w.int(r.mentions.count)
                }
                for (k, q) in a.quotes.enumerated() {
                    w.row(.quotes)
                    w.int(k); w.text(q.kind.rawValue); span(q.start, q.end)
                    if let s = q.speaker {
                        if let i = s.actor { w.text(UInt8(ascii: "a"), i + 1) } else { w.null() }
                        w.text(s.name); span(s.start, s.end)
                    } else { w.null(); w.null(); w.null(); w.null(); w.null() }
                    if let c = q.cue { span(c.lowerBound, c.upperBound) } else { w.null(); w.null(); w.null() }
                }
                for (k, e) in a.events.enumerated() {
                    let c = e.cameo
                    w.row(.events)
                    w.text(UInt8(ascii: "e"), k + 1); w.int(k); w.text(c.plover?.type); w.text(c.plover?.mode); w.text(c.code)
                    w.double(c.goldstein.isNaN ? nil : StoreRows.hundredths(c.goldstein)); w.int(c.quad == 0 ? nil : c.quad)
                    w.text(c.acled?.type); w.text(c.acled?.subtype)
                    w.text(e.date.value)
                    if let t = e.date.time { spanText(a.times[t].start, a.times[t].end) } else { w.null() }
                    w.text(e.date.basis.rawValue); w.text(published)
                    first(of: e.sources); first(of: e.targets)
                    if let p = e.place, p < a.places.count {
                        let g = a.places[p].place
                        w.text(UInt8(ascii: "p"), p + 1); w.text(g.name); w.double(StoreRows.coordinate(g.latitude)); w.double(StoreRows.coordinate(g.longitude))
                    } else { w.null(); w.null(); w.null(); w.null() }
                    w.bool(e.negated); w.text(e.modality); w.double(StoreRows.hundredths(e.confidence)); w.text(e.rule)
                    participants("actor", e.sources); participants("recipient", e.targets)
                    for (n, ev) in e.evidence.enumerated() { evidence(n, ev) }
                }
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
