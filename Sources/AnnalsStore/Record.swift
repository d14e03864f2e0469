import Foundation

/// The parts of an analysis record (version 1, `docs/analysis-record.md`)
/// that the store keeps in its tables. Fields the store does not know are
/// ignored; the whole record is kept as JSON in `documents.record`.
public struct RecordData: Decodable, Sendable {
    public struct DocumentInfo: Decodable, Sendable {
        public var id: String?
        public var date: String?
        public var title: String?
    }
    public struct Span: Decodable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
    }
    public struct Actor: Decodable, Sendable {
        public var id: String
        public var name: String
        public var country: String?
        public var sector: String?
        public var title: String?
        public var kind: String?
        public var mentions: [Span]?
    }
    public struct Place: Decodable, Sendable {
        public var id: String
        public var name: String
        public var country: String?
        public var lat: Double?
        public var lon: Double?
        public var feature: String?
        public var geonameid: Int?
        public var mentions: [Span]?
    }
    public struct Speaker: Decodable, Sendable {
        public var actor: String?
        public var name: String?
        public var text: String?
        public var start: Int?
        public var end: Int?
    }
    public struct Quote: Decodable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
        public var kind: String?
        public var speaker: Speaker?
        public var cue: Span?
    }
    public struct Plover: Decodable, Sendable {
        public var type: String
        public var mode: String?
    }
    public struct Cameo: Decodable, Sendable {
        public var code: String
        public var goldstein: Double?
        public var quad: Int?
    }
    public struct Acled: Decodable, Sendable {
        public var type: String
        public var subtype: String?
    }
    public struct Participant: Decodable, Sendable {
        public var actor: String?
        public var name: String?
        public var country: String?
        public var sector: String?
        public var code: String?
    }
    public struct EventDate: Decodable, Sendable {
        public var value: String?
        public var text: String?
        public var basis: String?
    }
    public struct EventPlace: Decodable, Sendable {
        public var place: String?
        public var name: String?
        public var lat: Double?
        public var lon: Double?
    }
    public struct Evidence: Decodable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
        public var trigger: Span?
    }
    public struct Event: Decodable, Sendable {
        public var id: String
        public var plover: Plover?
        public var cameo: Cameo?
        public var acled: Acled?
        public var actor: [Participant]?
        public var recipient: [Participant]?
        public var date: EventDate?
        public var place: EventPlace?
        public var negated: Bool?
        public var modality: String?
        public var confidence: Double?
        public var evidence: Evidence?
        public var more_evidence: [Evidence]?
        public var rule: String?
    }

    public var version: Int?
    public var document: DocumentInfo
    public var actors: [Actor]?
    public var places: [Place]?
    public var quotes: [Quote]?
    public var events: [Event]?
    public var topics: [String]?
    public var error: String?
}

/// An article ready to be stored: its identity, content hash and text, and
/// its analysis record both as JSON and decoded. Built on any thread.
public struct PreparedDocument: Sendable {
    public var id: String
    public var contentHash: String
    /// SHA-256 of the input exactly as read (see `Store.knownDocuments`), when the reader computed one.
    public var inputHash: String?
    public var published: String?
    public var title: String?
    public var text: String
    public var source: String?
    public var recordJSON: String
    public var record: RecordData

    /// Decodes `recordJSON` (one analysis record, trailing newline allowed).
    public init(id: String, contentHash: String, inputHash: String? = nil, published: String?, title: String?, text: String,
                source: String? = nil, recordJSON: [UInt8]) throws {
        var json = recordJSON
        while let last = json.last, last == 0x0A || last == 0x0D { json.removeLast() }
        let record: RecordData
        // times are kept in the record JSON only: not built
        do { record = try RecordData(json: JSONParser.parse(json, skipping: ["times"])) } catch {
            throw StoreError("\(id): the analysis record cannot be read (\(error))")
        }
        if let e = record.error { throw StoreError("\(id): the record is an error record (\(e))") }
        self.id = id; self.contentHash = contentHash; self.inputHash = inputHash; self.published = published; self.title = title
        self.text = text; self.source = source
        self.recordJSON = String(decoding: json, as: UTF8.self)
        self.record = record
    }
}
