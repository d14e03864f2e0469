import AnnalsIngest
import AnnalsStore
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import AnnalsServer

/// One event of a hand-built analysis record (the store reads the record, not the engine).
struct E {
    var id: String
    var type = "ASSAULT", cameo = "190", goldstein: Double = -10, quad = 4
    var actor: (name: String, country: String?, sector: String?)
    var recipient: (name: String, country: String?, sector: String?)
    var date = "2022-12-20"
    var place: (name: String, lat: Double, lon: Double)? = nil
    var negated = false
    var evidence = "Azerbaijani forces shelled Armenian positions."

    var json: String {
        func party(_ p: (name: String, country: String?, sector: String?)) -> String {
            "[{\"actor\":null,\"name\":\(JSON.quote(p.name)),\"country\":\(JSON.string(p.country)),\"sector\":\(JSON.string(p.sector))}]"
        }
        let placeJSON = place.map { "{\"place\":\"p1\",\"name\":\(JSON.quote($0.name)),\"lat\":\($0.lat),\"lon\":\($0.lon)}" } ?? "null"
        return """
        {"id":"\(id)","plover":{"type":"\(type)","mode":null},"cameo":{"code":"\(cameo)","goldstein":\(goldstein),"quad":\(quad)},"acled":null,\
        "actor":\(party(actor)),"recipient":\(party(recipient)),"date":{"value":"\(date)","text":"Monday","basis":"explicit"},\
        "place":\(placeJSON),"negated":\(negated),"modality":null,"confidence":0.9,\
        "evidence":{"text":\(JSON.quote(evidence)),"start":0,"end":\(evidence.unicodeScalars.count)},"more_evidence":[],"rule":"test:1"}
        """
    }
}

func record(id: String, date: String, title: String, events: [E], quotes: [(String, String)] = [], shusha: Bool = false) -> String {
    let quotesJSON = quotes.enumerated().map { k, q in
        "{\"text\":\(JSON.quote(q.1)),\"start\":\(k * 10),\"end\":\(k * 10 + 5),\"kind\":\"direct\",\"speaker\":{\"actor\":null,\"name\":\(JSON.quote(q.0))},\"cue\":null}"
    }.joined(separator: ",")
    let places = shusha ? "[{\"id\":\"p1\",\"name\":\"Shusha\",\"country\":\"AZE\",\"lat\":39.76,\"lon\":46.75,\"feature\":\"city\",\"mentions\":[]}]" : "[]"
    return """
    {"version":1,"document":{"id":\(JSON.quote(id)),"date":"\(date)","title":\(JSON.quote(title))},"times":[],"actors":[],\
    "places":\(places),"quotes":[\(quotesJSON)],"events":[\(events.map(\.json).joined(separator: ","))],"topics":["armed-conflict"]}
    """
}

let azeForces = (name: "Azerbaijani forces", country: Optional("AZE"), sector: Optional("MIL"))
let armForces = (name: "Armenian forces", country: Optional("ARM"), sector: Optional("MIL"))
let shusha = (name: "Shusha", lat: 39.76, lon: 46.75)

/// Three documents, five events: two reports of one shelling (a cluster), a
/// meeting, aid from a nameless US actor to a nameless Armenian one, and an
/// accusation dated only by month, with a quote.
let corpus: [(id: String, date: String, title: String, record: String)] = [
    ("d1", "2022-12-20", "Shelling near Shusha", record(id: "d1", date: "2022-12-20", title: "Shelling near Shusha", events: [
        E(id: "e1", actor: azeForces, recipient: armForces, date: "2022-12-20", place: shusha),
        E(id: "e2", type: "CONSULT", cameo: "040", goldstein: 1, quad: 1, actor: ("Ilham Aliyev", "AZE", "GOV"),
          recipient: ("Nikol Pashinyan", "ARM", "GOV"), date: "2022-12-20", evidence: "Aliyev met Pashinyan."),
    ], shusha: true)),
    ("d2", "2022-12-21", "More shelling; aid arrives", record(id: "d2", date: "2022-12-21", title: "More shelling; aid arrives", events: [
        E(id: "e1", actor: azeForces, recipient: armForces, date: "2022-12-21", place: shusha),
        E(id: "e2", type: "AID", cameo: "070", goldstein: 7, quad: 2, actor: ("", "USA", "GOV"), recipient: ("", "ARM", nil),
          date: "2022-12-21", negated: true, evidence: "Washington sent aid."),
    ], shusha: true)),
    ("wire/d3", "2022-12-22", "Accusations", record(id: "wire/d3", date: "2022-12-22", title: "Accusations", events: [
        E(id: "e1", type: "ACCUSE", cameo: "112", goldstein: -2, quad: 3, actor: armForces, recipient: azeForces, date: "2022-12",
          evidence: "Armenia accused Azerbaijan of shelling."),
    ], quotes: [("Ilham Aliyev", "We want peace.")])),
]

/// A store file of `corpus` in a temporary directory, with a pool over it.
final class Fixture: @unchecked Sendable {
    let dir: URL
    let path: String
    let pool: StorePool

    init(documents: [(id: String, date: String, title: String, record: String)] = corpus) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("annals-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        path = dir.appendingPathComponent("test.db").path
        let store = try Store(path: path)
        try store.ingest(documents.map { d in
            let text = "Text of \(d.id)."
            return try PreparedDocument(id: d.id, contentHash: ContentHash.of(date: d.date, title: d.title, text: text), published: d.date,
                                        title: d.title, text: text, recordJSON: Array(d.record.utf8))
        })
        let path = self.path
        pool = try StorePool(size: 2) { readOnly in try Store(path: path, readOnly: readOnly) }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func app(token: String? = "s3cret", maxBody: Int = 100_000) -> some ApplicationProtocol {
        Application(router: API(pool: pool, settings: ServerSettings(token: token, maxBody: maxBody), engine: sharedEngine).router(log: log))
    }

    /// A log that drops its lines and keeps the fixture (and so its store
    /// file) alive for as long as the application that holds it.
    var log: @Sendable (String) -> Void { { [self] _ in withExtendedLifetime(self) {} } }
}

/// One engine for every test that posts articles (loading it takes a while).
let sharedEngine = LazyEngine()

extension TestResponse {
    var text: String { String(buffer: body) }
    /// The body as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }
    var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
}
