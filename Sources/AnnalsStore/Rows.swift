/// The rows one document adds to the store's tables (all but `documents`),
/// in one byte buffer: built on the worker that analyzed the document, read
/// by the writer, which binds each value where it lies in the buffer.
///
/// One buffer instead of a tree of strings and arrays: the objects that
/// outlive an article's analysis (until its batch is written, on another
/// thread) are a handful per article, not hundreds, so the workers' heap
/// stays as hot as in `annals analyze`, and the writer reads one block of
/// memory per document and frees it with one call.
///
/// Layout: a row is its table's tag byte, then exactly that table's number
/// of values (`Table.width`), in the order of the columns listed at each
/// table; each value is a kind byte (0 NULL, 1 integer, 2 real, 3 text)
/// followed by 8 bytes (integer, real: little-endian) or a 4-byte length and
/// the UTF-8 bytes. The ids the store gives (`doc`, `event`) are not in the
/// rows. An event's participants and evidence follow its row.
public struct StoreRows: Sendable, Equatable {
    public enum Table: UInt8, Sendable, CaseIterable {
        /// actor, name, country, sector, title, kind, mentions, first_start, first_end
        case actors = 1
        /// place, name, country, lat, lon, feature, geonameid, mentions
        case places
        /// seq, kind, text, span_start, span_end, speaker_actor, speaker_name, speaker_text,
        /// speaker_start, speaker_end, cue_text, cue_start, cue_end
        case quotes
        /// event_id, seq, plover_type, plover_mode, cameo_code, goldstein, quad, acled_type,
        /// acled_subtype, event_date, date_text, date_basis, published, actor_name,
        /// actor_country, actor_sector, recipient_name, recipient_country, recipient_sector,
        /// place_ref, place_name, lat, lon, negated, modality, confidence, rule
        case events
        /// role, seq, actor, name, country, sector, code (of the event before)
        case participants
        /// seq, text, span_start, span_end, trigger_text, trigger_start, trigger_end (of the event before)
        case evidence

        /// The number of values in a row of this table.
        public var width: Int {
            switch self {
            case .actors: return 9
            case .places: return 8
            case .quotes: return 13
            case .events: return 27
            case .participants, .evidence: return 7
            }
        }
    }

    /// Positions of an event row's values that the stores read besides binding them.
    public enum EventColumn {
        public static let id = 0, ploverType = 2, date = 9, actorCountry = 14, actorSector = 15,
                          recipientCountry = 17, recipientSector = 18, lat = 21, lon = 22, negated = 23, modality = 24
    }

    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    // MARK: writing

    /// Starts a row of `table`; exactly `table.width` values must follow.
    public mutating func row(_ table: Table) { bytes.append(table.rawValue) }

    public mutating func null() { bytes.append(0) }

    public mutating func int(_ v: Int) {
        bytes.append(1)
        withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func int(_ v: Int?) { if let v { int(v) } else { null() } }

    public mutating func double(_ v: Double?) {
        guard let v else { return null() }
        bytes.append(2)
        withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func bool(_ v: Bool) { int(v ? 1 : 0) }

    public mutating func text(_ s: String?) {
        guard var s else { return null() }
        s.withUTF8 { text(utf8: $0) }
    }

    /// Text given as UTF-8 bytes (appended as they are).
    public mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(3)
        withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: utf8)
    }

    // MARK: reading

    /// One value, pointing into the buffer (valid inside `read`).
    public enum Value {
        case null
        case int(Int64)
        case double(Double)
        case text(UnsafeBufferPointer<UInt8>)

        public var string: String? { if case .text(let b) = self { return String(decoding: b, as: UTF8.self) }; return nil }
        public var double: Double? { if case .double(let d) = self { return d }; return nil }
        public var int: Int64? { if case .int(let i) = self { return i }; return nil }
        public var isNull: Bool { if case .null = self { return true }; return false }
        /// As a value the query code uses (text copied into a String).
        public var storeValue: StoreValue {
            switch self {
            case .null: return .null
            case .int(let i): return .int(i)
            case .double(let d): return .double(d)
            case .text(let b): return .text(String(decoding: b, as: UTF8.self))
            }
        }
    }

    /// Reads the rows in order.
    public struct Reader {
        let base: UnsafeBufferPointer<UInt8>
        var at = 0

        /// The next row's table, nil at the end.
        public mutating func nextRow() -> Table? {
            guard at < base.count else { return nil }
            defer { at += 1 }
            return Table(rawValue: base[at])!
        }

        public mutating func value() -> Value {
            let kind = base[at]
            at += 1
            switch kind {
            case 0: return .null
            case 1, 2:
                let raw = UInt64(littleEndian: UnsafeRawPointer(base.baseAddress! + at).loadUnaligned(as: UInt64.self))
                at += 8
                return kind == 1 ? .int(Int64(bitPattern: raw)) : .double(Double(bitPattern: raw))
            default:
                let n = Int(UInt32(littleEndian: UnsafeRawPointer(base.baseAddress! + at).loadUnaligned(as: UInt32.self)))
                at += 4
                defer { at += n }
                return .text(UnsafeBufferPointer(start: base.baseAddress! + at, count: n))
            }
        }

        /// The rest of a row of `table`.
        public mutating func values(_ table: Table) -> [Value] { (0..<table.width).map { _ in value() } }
    }

    /// Hands a reader over the rows to `body` (the values' text points into the buffer until it returns).
    public func read<T>(_ body: (inout Reader) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { p in
            var r = Reader(base: p)
            return try body(&r)
        }
    }

    /// Every row with its table, its values as `StoreValue`s (for the PostgreSQL store and tests).
    public var decoded: [(table: Table, values: [StoreValue])] {
        read { r in
            var out: [(Table, [StoreValue])] = []
            while let t = r.nextRow() { out.append((t, r.values(t).map(\.storeValue))) }
            return out
        }
    }
}

/// What cluster matching needs of an event row: its type and dyad, day and
/// place. Nil for an event that is never clustered: no PLOVER type, no full
/// date, no country on either side, negated, or with a modality.
public struct ClusterProbe: Sendable {
    public var eventID: String
    public var type: String
    public var date: String
    public var sourceCountry: String, sourceSector: String?
    public var targetCountry: String, targetSector: String?
    public var lat: Double?, lon: Double?

    /// From an event row in the buffer (the SQLite store's form, read in place).
    public init?(eventRow v: [StoreRows.Value]) {
        self.init(string: { v[$0].string }, double: { v[$0].double }, isNull: { v[$0].isNull },
                  negated: v[StoreRows.EventColumn.negated].int == 1)
    }

    /// From an event row as `StoreValue`s (the PostgreSQL store's form).
    public init?(eventRow v: [StoreValue]) {
        self.init(string: { v[$0].string }, double: { v[$0].double }, isNull: { v[$0].isNull },
                  negated: v[StoreRows.EventColumn.negated].int == 1)
    }

    /// Both forms, read through the row's accessors.
    private init?(string: (Int) -> String?, double: (Int) -> Double?, isNull: (Int) -> Bool, negated: Bool) {
        typealias C = StoreRows.EventColumn
        guard let type = string(C.ploverType), let date = string(C.date), date.utf8.count == 10,
              let sc = string(C.actorCountry), let tc = string(C.recipientCountry),
              !negated, isNull(C.modality) else { return nil }
        eventID = string(C.id) ?? ""
        self.type = type; self.date = date
        sourceCountry = sc; sourceSector = string(C.actorSector)
        targetCountry = tc; targetSector = string(C.recipientSector)
        lat = double(C.lat); lon = double(C.lon)
    }
}

extension StoreRows {
    /// The rows of an analysis record read from its JSON (`PreparedDocument`'s
    /// decoding initializer); `published` is the document's publication date,
    /// copied into each event row.
    public init(record r: RecordData, published: String?) {
        self.init()
        for a in r.actors ?? [] {
            row(.actors)
            text(a.id); text(a.name); text(a.country); text(a.sector); text(a.title); text(a.kind)
            int(a.mentions?.count ?? 0); int(a.mentions?.first?.start); int(a.mentions?.first?.end)
        }
        for p in r.places ?? [] {
            row(.places)
            text(p.id); text(p.name); text(p.country); double(p.lat); double(p.lon); text(p.feature); int(p.geonameid)
            int(p.mentions?.count ?? 0)
        }
        for (k, q) in (r.quotes ?? []).enumerated() {
            row(.quotes)
            int(k); text(q.kind); text(q.text); int(q.start); int(q.end)
            text(q.speaker?.actor); text(q.speaker?.name); text(q.speaker?.text); int(q.speaker?.start); int(q.speaker?.end)
            text(q.cue?.text); int(q.cue?.start); int(q.cue?.end)
        }
        for (k, e) in (r.events ?? []).enumerated() {
            let source = e.actor?.first, target = e.recipient?.first
            row(.events)
            text(e.id); int(k); text(e.plover?.type); text(e.plover?.mode); text(e.cameo?.code)
            double(e.cameo?.goldstein); int(e.cameo?.quad); text(e.acled?.type); text(e.acled?.subtype)
            text(e.date?.value); text(e.date?.text); text(e.date?.basis); text(published)
            text(source?.name); text(source?.country); text(source?.sector)
            text(target?.name); text(target?.country); text(target?.sector)
            text(e.place?.place); text(e.place?.name); double(e.place?.lat); double(e.place?.lon)
            bool(e.negated ?? false); text(e.modality); double(e.confidence); text(e.rule)
            for (role, list) in [("actor", e.actor ?? []), ("recipient", e.recipient ?? [])] {
                for (i, p) in list.enumerated() {
                    row(.participants)
                    text(role); int(i); text(p.actor); text(p.name); text(p.country); text(p.sector); text(p.code)
                }
            }
            for (i, ev) in ([e.evidence].compactMap { $0 } + (e.more_evidence ?? [])).enumerated() {
                row(.evidence)
                int(i); text(ev.text); int(ev.start); int(ev.end); text(ev.trigger?.text); int(ev.trigger?.start); int(ev.trigger?.end)
            }
        }
    }
}
