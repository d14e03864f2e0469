/// Writes the analysis record, version 1 (`docs/analysis-json.md`).
/// Offsets are converted from UTF-8 bytes to Unicode code points here.
public enum AnalysisRecord {
    public static let version = 1

    /// One JSON Lines record, newline included.
    public static func encode(_ a: Analysis) -> [UInt8] {
        let doc = a.document
        var w = JSONWriter(capacity: 512 + a.times.count * 120)
        w.beginObject()
        w.key("version"); w.int(version)
        w.key("document"); w.beginObject()
        w.key("id"); w.string(doc.id)
        w.key("date"); w.string(doc.date.map(TimexFormat.day))
        w.key("title"); w.string(doc.title)
        w.endObject()
        w.key("times"); w.beginArray()
        for t in a.times {
            w.beginObject()
            writeSpan(&w, doc, t.start, t.end)
            w.key("type"); w.string(t.type.rawValue)
            w.key("value"); w.string(t.value)
            w.key("mod"); w.string(t.mod)
            if let s = t.impliedStart {
                w.key("implies"); w.beginObject()
                w.key("start"); w.string(s)
                w.key("basis"); w.string("inferred")
                w.endObject()
            }
            w.endObject()
        }
        w.endArray()
        w.key("actors"); w.beginArray()
        // (elements passed in place by index: `enumerated()` copied each actor and place)
        for k in a.actors.indices { writeActor(&w, a.actors[k], id: k, doc) }
        w.endArray()
        w.key("places"); w.beginArray()
        for k in a.places.indices { writePlace(&w, a.places[k], id: k, doc) }
        w.endArray()
        w.key("quotes"); w.beginArray()
        for q in a.quotes { writeQuote(&w, q, doc) }
        w.endArray()
        w.key("events"); w.beginArray()
        for (k, e) in a.events.enumerated() { writeEvent(&w, e, id: k, a) }
        w.endArray()
        w.key("topics"); w.beginArray()
        for topic in a.topics { w.string(topic) }
        w.endArray()
        w.endObject()
        w.newline()
        return w.bytes
    }

    static func writeSpan(_ w: inout JSONWriter, _ doc: Document, _ start: Int, _ end: Int) {
        w.key("text")
        doc.bytes.withUnsafeBufferPointer { w.string(utf8: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        w.key("start"); w.int(doc.scalarOffset(start))
        w.key("end"); w.int(doc.scalarOffset(end))
    }

    static func writePlace(_ w: inout JSONWriter, _ r: ResolvedPlace, id: Int, _ doc: Document) {
        let p = r.place
        w.beginObject()
        w.key("id"); w.id(UInt8(ascii: "p"), id + 1)
        w.key("name"); w.string(p.name)
        w.key("country"); w.string(p.country.isEmpty ? nil : p.country)
        w.key("lat"); w.coordinate(p.latitude)
        w.key("lon"); w.coordinate(p.longitude)
        w.key("feature"); w.string(r.feature)
        if let g = p.geonameID { w.key("geonameid"); w.int(g) }
        w.key("reason"); w.string(r.reason)
        w.key("mentions"); w.beginArray()
        for m in r.mentions {
            w.beginObject()
            writeSpan(&w, doc, Int(doc.tokens[m.lowerBound].start), Int(doc.tokens[m.upperBound - 1].end))
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func writeActor(_ w: inout JSONWriter, _ actor: Actor, id: Int, _ doc: Document) {
        w.beginObject()
        w.key("id"); w.id(UInt8(ascii: "a"), id + 1)
        w.key("name"); w.string(actor.name)
        w.key("country"); w.string(actor.country)
        w.key("sector"); w.string(actor.sector)
        w.key("title"); w.string(actor.title)
        w.key("kind"); w.string(actor.kind.rawValue)
        w.key("mentions"); w.beginArray()
        for m in actor.mentions {
            w.beginObject()
            writeSpan(&w, doc, Int(doc.tokens[m.lowerBound].start), Int(doc.tokens[m.upperBound - 1].end))
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func writeEvent(_ w: inout JSONWriter, _ e: Event, id: Int, _ a: Analysis) {
        let doc = a.document
        w.beginObject()
        w.key("id"); w.id(UInt8(ascii: "e"), id + 1)
        w.key("plover")
        if let p = e.cameo.plover {
            w.beginObject(); w.key("type"); w.string(p.type); w.key("mode"); w.string(p.mode); w.endObject()
        } else { w.null() }
        w.key("cameo"); w.beginObject()
        w.key("code"); w.string(e.cameo.code)
        // dictionary codes outside the built-in ontology have no Goldstein value or quad class
        w.key("goldstein"); if e.cameo.goldstein.isNaN { w.null() } else { w.double(e.cameo.goldstein) }
        w.key("quad"); if e.cameo.quad == 0 { w.null() } else { w.int(e.cameo.quad) }
        w.endObject()
        w.key("acled")
        if let c = e.cameo.acled {
            w.beginObject(); w.key("type"); w.string(c.type); w.key("subtype"); w.string(c.subtype); w.endObject()
        } else { w.null() }
        w.key("actor"); writeParticipants(&w, e.sources, a)
        w.key("recipient"); writeParticipants(&w, e.targets, a)
        w.key("date"); w.beginObject()
        w.key("value"); w.string(e.date.value)
        w.key("text"); w.string(e.date.time.map { doc.slice(a.times[$0].start, a.times[$0].end) })
        w.key("basis"); w.string(e.date.basis.rawValue)
        w.endObject()
        w.key("place")
        if let k = e.place, k < a.places.count {
            let p = a.places[k].place
            w.beginObject()
            w.key("place"); w.id(UInt8(ascii: "p"), k + 1)
            w.key("name"); w.string(p.name)
            // a territory's event is coded in the country that holds it (places/event-countries.tsv)
            if let c = a.places[k].eventCountry { w.key("country"); w.string(c) }
            w.key("lat"); w.coordinate(p.latitude)
            w.key("lon"); w.coordinate(p.longitude)
            w.endObject()
        } else { w.null() }
        w.key("negated"); w.bool(e.negated)
        w.key("modality"); w.string(e.modality)
        w.key("confidence"); w.double(e.confidence)
        w.key("evidence"); writeEvidence(&w, e.evidence[0], doc)
        w.key("more_evidence"); w.beginArray()
        for ev in e.evidence.dropFirst() { writeEvidence(&w, ev, doc) }
        w.endArray()
        w.key("rule"); w.string(e.rule)
        w.endObject()
    }

    static func writeParticipants(_ w: inout JSONWriter, _ list: [Int], _ a: Analysis) {
        w.beginArray()
        for i in list {
            w.beginObject()
            w.key("actor"); w.id(UInt8(ascii: "a"), i + 1)
            w.key("name"); w.string(a.actors[i].name)
            w.key("country"); w.string(a.actors[i].country)
            w.key("sector"); w.string(a.actors[i].sector)
            // dictionary-coded events: the dictionary's CAMEO actor code
            if let codes = a.actorCodes, i < codes.count, let code = codes[i] { w.key("code"); w.string(code) }
            w.endObject()
        }
        w.endArray()
    }

    static func writeEvidence(_ w: inout JSONWriter, _ ev: Event.Evidence, _ doc: Document) {
        let s = doc.sentences[ev.sentence]
        w.beginObject()
        writeSpan(&w, doc, Int(s.start), Int(s.end))
        w.key("trigger"); w.beginObject()
        writeSpan(&w, doc, Int(doc.tokens[ev.trigger.lowerBound].start), Int(doc.tokens[ev.trigger.upperBound - 1].end))
        w.endObject()
        w.endObject()
    }

    static func writeQuote(_ w: inout JSONWriter, _ q: Quote, _ doc: Document) {
        w.beginObject()
        writeSpan(&w, doc, q.start, q.end)
        w.key("kind"); w.string(q.kind.rawValue)
        w.key("speaker")
        if let s = q.speaker {
            w.beginObject()
            w.key("actor"); if let k = s.actor { w.id(UInt8(ascii: "a"), k + 1) } else { w.null() }
            w.key("name"); w.string(s.name)
            writeSpan(&w, doc, s.start, s.end)
            w.endObject()
        } else { w.null() }
        w.key("cue")
        if let c = q.cue {
            w.beginObject(); writeSpan(&w, doc, c.lowerBound, c.upperBound); w.endObject()
        } else { w.null() }
        w.endObject()
    }

    /// The record for an article that could not be read.
    public static func encodeError(id: String?, message: String) -> [UInt8] {
        var w = JSONWriter(capacity: 128)
        w.beginObject()
        w.key("version"); w.int(version)
        w.key("document"); w.beginObject()
        w.key("id"); w.string(id)
        w.endObject()
        w.key("error"); w.string(message)
        w.endObject()
        w.newline()
        return w.bytes
    }
}
