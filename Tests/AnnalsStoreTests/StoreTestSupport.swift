import Foundation
import Testing
@testable import AnnalsStore

/// Builds analysis records by hand (the store reads the record, not the engine).
struct TestEvent {
    var id = "e1"
    var type: String? = "ASSAULT"
    var mode: String? = nil
    var cameo = "190"
    var acled: (String, String)? = ("Battles", "Armed clash")
    var actor: (name: String, country: String?, sector: String?)? = ("Azerbaijani forces", "AZE", "MIL")
    var recipient: (name: String, country: String?, sector: String?)? = ("Armenian forces", "ARM", "MIL")
    var date = "2022-12-23"
    var basis = "explicit"
    var place: (name: String, lat: Double, lon: Double)? = nil
    var negated = false
    var modality: String? = nil
    var evidence = "Azerbaijani forces shelled Armenian positions."
    var more: [String] = []

    var json: String {
        func party(_ p: (name: String, country: String?, sector: String?)?) -> String {
            guard let p else { return "[]" }
            // the id of the record's actor with this name (see testRecord), null for others
            let ref = ["Azerbaijani forces": "a1", "Armenian forces": "a2", "Ilham Aliyev": "a3"][p.name]
            return "[{\"actor\":\(JSON.string(ref)),\"name\":\(JSON.quote(p.name)),\"country\":\(JSON.string(p.country)),\"sector\":\(JSON.string(p.sector))}]"
        }
        let plover = type.map { "{\"type\":\"\($0)\",\"mode\":\(JSON.string(mode))}" } ?? "null"
        let acledJSON = acled.map { "{\"type\":\(JSON.quote($0.0)),\"subtype\":\(JSON.quote($0.1))}" } ?? "null"
        let placeJSON = place.map { "{\"place\":\"p1\",\"name\":\(JSON.quote($0.name)),\"lat\":\($0.lat),\"lon\":\($0.lon)}" } ?? "null"
        func ev(_ t: String) -> String { "{\"text\":\(JSON.quote(t)),\"start\":0,\"end\":\(t.unicodeScalars.count),\"trigger\":{\"text\":\"x\",\"start\":0,\"end\":1}}" }
        return """
        {"id":"\(id)","plover":\(plover),"cameo":{"code":"\(cameo)","goldstein":-10,"quad":4},"acled":\(acledJSON),\
        "actor":\(party(actor)),"recipient":\(party(recipient)),\
        "date":{"value":"\(date)","text":"Friday","basis":"\(basis)"},"place":\(placeJSON),\
        "negated":\(negated),"modality":\(JSON.string(modality)),"confidence":0.9,\
        "evidence":\(ev(evidence)),"more_evidence":[\(more.map(ev).joined(separator: ","))],"rule":"events/patterns/test.tsv:1"}
        """
    }
}

func testRecord(id: String, date: String?, title: String? = nil, events: [TestEvent] = [],
                quotes: [(text: String, speaker: String?)] = [], places: Bool = false) -> String {
    let actors = """
    [{"id":"a1","name":"Azerbaijani forces","country":"AZE","sector":"MIL","title":null,"kind":"group","mentions":[{"text":"Azerbaijani forces","start":0,"end":18}]},\
    {"id":"a2","name":"Armenian forces","country":"ARM","sector":"MIL","title":null,"kind":"group","mentions":[{"text":"Armenian forces","start":20,"end":35},{"text":"they","start":40,"end":44}]},\
    {"id":"a3","name":"Ilham Aliyev","country":"AZE","sector":"GOV","title":"President of Azerbaijan","kind":"person","mentions":[{"text":"Aliyev","start":50,"end":56}]}]
    """
    let quotesJSON = quotes.enumerated().map { k, q in
        let speaker = q.speaker.map { "{\"actor\":\"a3\",\"name\":\(JSON.quote($0)),\"text\":\"he\",\"start\":1,\"end\":3}" } ?? "null"
        return "{\"text\":\(JSON.quote(q.text)),\"start\":\(k * 10),\"end\":\(k * 10 + 5),\"kind\":\"direct\",\"speaker\":\(speaker),\"cue\":{\"text\":\"said\",\"start\":4,\"end\":8}}"
    }.joined(separator: ",")
    let placesJSON = places ? "[{\"id\":\"p1\",\"name\":\"Shusha\",\"country\":\"AZE\",\"lat\":39.76,\"lon\":46.75,\"feature\":\"city\",\"geonameid\":147105,\"mentions\":[{\"text\":\"Shusha\",\"start\":60,\"end\":66}]}]" : "[]"
    return """
    {"version":1,"document":{"id":\(JSON.quote(id)),"date":\(JSON.string(date)),"title":\(JSON.string(title))},"times":[],\
    "actors":\(actors),"places":\(placesJSON),"quotes":[\(quotesJSON)],"events":[\(events.map(\.json).joined(separator: ","))],"topics":["armed-conflict"]}
    """
}

func prepared(_ id: String, date: String? = "2022-12-25", text: String = "Some text.", events: [TestEvent] = [],
              quotes: [(text: String, speaker: String?)] = [], places: Bool = false, source: String? = nil) throws -> PreparedDocument {
    let record = testRecord(id: id, date: date, events: events, quotes: quotes, places: places)
    return try PreparedDocument(id: id, contentHash: ContentHash.of(date: date, title: nil, text: text), published: date, title: nil,
                                text: text, source: source, recordJSON: Array(record.utf8))
}

/// A private store file in a temporary directory.
struct TempStore {
    let dir: URL
    let store: Store
    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("annals-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try Store(path: dir.appendingPathComponent("test.db").path)
    }
    var path: String { dir.appendingPathComponent("test.db").path }
    func remove() { try? FileManager.default.removeItem(at: dir) }
}
