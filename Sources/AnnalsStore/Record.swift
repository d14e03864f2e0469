import Foundation

/// The parts of an analysis record (version 1, `docs/analysis-record.md`)
/// that the store keeps in its tables. Fields the store does not know are
/// ignored; the whole record is kept as JSON in `documents.record`.
public struct RecordData: Decodable, Sendable, Equatable {
    public struct DocumentInfo: Decodable, Sendable, Equatable {
        public var id: String?
        public var date: String?
        public var title: String?
        public init(id: String? = nil, date: String? = nil, title: String? = nil) {
            self.id = id; self.date = date; self.title = title
        }
    }
    public struct Span: Decodable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public init(text: String, start: Int, end: Int) {
            self.text = text; self.start = start; self.end = end
        }
    }
    public struct Actor: Decodable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var country: String?
        public var sector: String?
        public var title: String?
        public var kind: String?
        public var mentions: [Span]?
        public init(id: String, name: String, country: String? = nil, sector: String? = nil, title: String? = nil, kind: String? = nil, mentions: [Span]? = nil) {
            self.id = id; self.name = name; self.country = country; self.sector = sector; self.title = title; self.kind = kind; self.mentions = mentions
        }
    }
    public struct Place: Decodable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var country: String?
        public var lat: Double?
        public var lon: Double?
        public var feature: String?
        public var geonameid: Int?
        public var mentions: [Span]?
        public init(id: String, name: String, country: String? = nil, lat: Double? = nil, lon: Double? = nil, feature: String? = nil, geonameid: Int? = nil, mentions: [Span]? = nil) {
            self.id = id; self.name = name; self.country = country; self.lat = lat; self.lon = lon; self.feature = feature; self.geonameid = geonameid; self.mentions = mentions
        }
    }
    public struct Speaker: Decodable, Sendable, Equatable {
        public var actor: String?
        public var name: String?
        public var text: String?
        public var start: Int?
        public var end: Int?
        public init(actor: String? = nil, name: String? = nil, text: String? = nil, start: Int? = nil, end: Int? = nil) {
            self.actor = actor; self.name = name; self.text = text; self.start = start; self.end = end
        }
    }
    public struct Quote: Decodable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public var kind: String?
        public var speaker: Speaker?
        public var cue: Span?
        public init(text: String, start: Int, end: Int, kind: String? = nil, speaker: Speaker? = nil, cue: Span? = nil) {
            self.text = text; self.start = start; self.end = end; self.kind = kind; self.speaker = speaker; self.cue = cue
        }
    }
    public struct Plover: Decodable, Sendable, Equatable {
        public var type: String
        public var mode: String?
        public init(type: String, mode: String? = nil) {
            self.type = type; self.mode = mode
        }
    }
    public struct Cameo: Decodable, Sendable, Equatable {
        public var code: String
        public var goldstein: Double?
        public var quad: Int?
        public init(code: String, goldstein: Double? = nil, quad: Int? = nil) {
            self.code = code; self.goldstein = goldstein; self.quad = quad
        }
    }
    public struct Acled: Decodable, Sendable, Equatable {
        public var type: String
        public var subtype: String?
        public init(type: String, subtype: String? = nil) {
            self.type = type; self.subtype = subtype
        }
    }
    public struct Participant: Decodable, Sendable, Equatable {
        public var actor: String?
        public var name: String?
        public var country: String?
        public var sector: String?
        public var code: String?
        public init(actor: String? = nil, name: String? = nil, country: String? = nil, sector: String? = nil, code: String? = nil) {
            self.actor = actor; self.name = name; self.country = country; self.sector = sector; self.code = code
        }
    }
    public struct EventDate: Decodable, Sendable, Equatable {
        public var value: String?
        public var text: String?
        public var basis: String?
        public init(value: String? = nil, text: String? = nil, basis: String? = nil) {
            self.value = value; self.text = text; self.basis = basis
        }
    }
    public struct EventPlace: Decodable, Sendable, Equatable {
        public var place: String?
        public var name: String?
        public var lat: Double?
        public var lon: Double?
        public init(place: String? = nil, name: String? = nil, lat: Double? = nil, lon: Double? = nil) {
            self.place = place; self.name = name; self.lat = lat; self.lon = lon
        }
    }
    public struct Evidence: Decodable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public var trigger: Span?
        public init(text: String, start: Int, end: Int, trigger: Span? = nil) {
            self.text = text; self.start = start; self.end = end; self.trigger = trigger
        }
    }
    public struct Event: Decodable, Sendable, Equatable {
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
        public init(id: String, plover: Plover? = nil, cameo: Cameo? = nil, acled: Acled? = nil, actor: [Participant]? = nil, recipient: [Participant]? = nil, date: EventDate? = nil, place: EventPlace? = nil, negated: Bool? = nil, modality: String? = nil, confidence: Double? = nil, evidence: Evidence? = nil, more_evidence: [Evidence]? = nil, rule: String? = nil) {
            self.id = id; self.plover = plover; self.cameo = cameo; self.acled = acled; self.actor = actor; self.recipient = recipient; self.date = date; self.place = place; self.negated = negated; self.modality = modality; self.confidence = confidence; self.evidence = evidence; self.more_evidence = more_evidence; self.rule = rule
        }
    }

    public var version: Int?
    public var document: DocumentInfo
    public var actors: [Actor]?
    public var places: [Place]?
    public var quotes: [Quote]?
    public var events: [Event]?
    public var topics: [String]?
    public var error: String?
    public init(version: Int? = nil, document: DocumentInfo, actors: [Actor]? = nil, places: [Place]? = nil, quotes: [Quote]? = nil, events: [Event]? = nil, topics: [String]? = nil, error: String? = nil) {
        self.version = version; self.document = document; self.actors = actors; self.places = places; self.quotes = quotes; self.events = events; self.topics = topics; self.error = error
    }
}

/// An article ready to be stored: its identity, content hash and text, its
/// analysis record as JSON, and the rows it adds to the tables. Built on any thread.
/// A class, not a struct: a batch's documents are handed from the workers to
/// the writer through several arrays, and a reference moves with one retain
/// where a struct of a dozen strings and arrays needed one for each of them.
public final class PreparedDocument: Sendable {
    public let id: String
    public let contentHash: String
    /// SHA-256 of the input exactly as read (see `Store.knownDocuments`), when the reader computed one.
    public let inputHash: String?
    public let published: String?
    public let title: String?
    public let text: String
    public let source: String?
    /// The analysis record's JSON as UTF-8 bytes, without the trailing newline
    /// (kept as bytes: the store binds them as they are, without a copy into a String).
    public let recordJSON: [UInt8]
    /// The record's `topics` as a JSON array (`documents.topics`).
    public let topics: String
    /// The rows of the other tables (`StoreRows`).
    public let rows: StoreRows

    /// Decodes `recordJSON` (one analysis record, trailing newline allowed).
    public init(id: String, contentHash: String, inputHash: String? = nil, published: String?, title: String?, text: String,
                source: String? = nil, recordJSON: [UInt8]) throws {
        let json = PreparedDocument.trimmed(recordJSON)
        let record: RecordData
        do { record = try RecordData.read(json: json) } catch {
            throw StoreError("\(id): the analysis record cannot be read (\(error))")
        }
        if let e = record.error { throw StoreError("\(id): the record is an error record (\(e))") }
        self.id = id; self.contentHash = contentHash; self.inputHash = inputHash; self.published = published; self.title = title
        self.text = text; self.source = source
        // invalid UTF-8 is replaced, as a String would: the store holds text
        self.recordJSON = Array(String(decoding: json, as: UTF8.self).utf8)
        self.topics = PreparedDocument.topicsJSON(record.topics ?? [])
        self.rows = StoreRows(record: record, published: published)
    }

    /// Takes the rows as already built from the analysis, without reading
    /// `recordJSON` back: `rows` must say what `recordJSON` says (AnnalsIngest's
    /// `StoreRows(analysis)` builds them so, and a test compares the two on a corpus).
    /// `recordJSON` is kept as it is (trailing newline dropped), so it must be
    /// UTF-8, as `AnalysisRecord.encode` writes it.
    public init(id: String, contentHash: String, inputHash: String? = nil, published: String?, title: String?, text: String,
                source: String? = nil, recordJSON: consuming [UInt8], topics: [String], rows: StoreRows) {
        self.id = id; self.contentHash = contentHash; self.inputHash = inputHash; self.published = published; self.title = title
        self.text = text; self.source = source
        // the caller hands its bytes over (`consuming`), so the newline goes without a copy of the record
        while let last = recordJSON.last, last == 0x0A || last == 0x0D { recordJSON.removeLast() }
        self.recordJSON = recordJSON
        self.topics = PreparedDocument.topicsJSON(topics)
        self.rows = rows
    }

    /// `["a","b"]`: the topics as `documents.topics` holds them.
    public static func topicsJSON(_ topics: [String]) -> String {
        "[" + topics.map { JSON.quote($0) }.joined(separator: ",") + "]"
    }

    private static func trimmed(_ json: [UInt8]) -> ArraySlice<UInt8> {
        var end = json.endIndex
        while end > json.startIndex, json[end - 1] == 0x0A || json[end - 1] == 0x0D { end -= 1 }
        return json[..<end]
    }
}

extension RecordData {
    /// Reads one analysis record (JSON, no trailing newline); `times` is
    /// checked for syntax but not built (the store keeps it in the JSON only).
    public static func read(json: some Collection<UInt8>) throws -> RecordData {
        try RecordData(json: JSONParser.parse(Array(json), skipping: ["times"]))
    }
}
