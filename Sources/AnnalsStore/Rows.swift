#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    public init() {}

    /// The rows `body` writes (`Writer`). `capacity` is a first guess of
    /// their size in bytes; the writer grows past it as needed. The writer
    /// works in its thread's scratch memory (`Scratch`), kept from one
    /// document to the next, so the only allocation is `bytes`.
    public init(capacity: Int = 1024, _ body: (inout Writer) throws -> Void) rethrows {
        var w = Writer(scratch: capacity)
        defer { w.returnScratch() }
        try body(&w)
        bytes = Array(UnsafeRawBufferPointer(start: w.base, count: w.count))
    }

    // MARK: writing

    /// Writes rows into memory of its own (copied into `bytes` once, at the
    /// end): each value is stored with one capacity check, without the
    /// uniqueness check and the generic appends of an array's, and the
    /// methods are inlined into the code that builds the rows (in another
    /// module) instead of called.
    public struct Writer {
        @usableFromInline var base: UnsafeMutableRawPointer
        @usableFromInline var count = 0
        @usableFromInline var capacity: Int

        /// Takes the calling thread's scratch memory (at least `capacity` bytes); `returnScratch` gives it back.
        init(scratch capacity: Int) {
            (base, self.capacity) = Scratch.take(minimum: max(capacity, 64))
        }

        /// Hands the memory (grown or not) back to the thread's scratch.
        func returnScratch() { Scratch.give(base, capacity) }

        /// Makes room for `n` more bytes.
        @inlinable mutating func reserve(_ n: Int) {
            if count + n > capacity { grow(n) }
        }

        @usableFromInline mutating func grow(_ n: Int) {
            let size = max(capacity * 2, count + n)
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            bigger.copyMemory(from: base, byteCount: count)
            base.deallocate()
            base = bigger
            capacity = size
        }

        /// Starts a row of `table`; exactly `table.width` values must follow.
        @inlinable public mutating func row(_ table: Table) {
            reserve(1)
            base.storeBytes(of: table.rawValue, toByteOffset: count, as: UInt8.self)
            count += 1
        }

        @inlinable public mutating func null() {
            reserve(1)
            base.storeBytes(of: 0, toByteOffset: count, as: UInt8.self)
            count += 1
        }

        /// A kind byte and 8 bytes, little-endian.
        @inlinable mutating func word(_ kind: UInt8, _ v: UInt64) {
            reserve(9)
            base.storeBytes(of: kind, toByteOffset: count, as: UInt8.self)
            base.storeBytes(of: v.littleEndian, toByteOffset: count + 1, as: UInt64.self)
            count += 9
        }

        @inlinable public mutating func int(_ v: Int) { word(1, UInt64(bitPattern: Int64(v))) }

        @inlinable public mutating func int(_ v: Int?) { if let v { int(v) } else { null() } }

        @inlinable public mutating func double(_ v: Double?) {
            guard let v else { return null() }
            word(2, v.bitPattern)
        }

        @inlinable public mutating func bool(_ v: Bool) { int(v ? 1 : 0) }

        @inlinable public mutating func text(_ s: String?) {
            guard let s else { return null() }
            if s.utf8.withContiguousStorageIfAvailable({ text(utf8: $0) }) == nil {
                Array(s.utf8).withUnsafeBufferPointer { text(utf8: $0) }
            }
        }

        /// Text given as UTF-8 bytes (stored as they are).
        @inlinable public mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
            let n = utf8.count
            reserve(5 + n)
            base.storeBytes(of: 3, toByteOffset: count, as: UInt8.self)
            base.storeBytes(of: UInt32(n).littleEndian, toByteOffset: count + 1, as: UInt32.self)
            if n > 0 { (base + count + 5).copyMemory(from: utf8.baseAddress!, byteCount: n) }
            count += 5 + n
        }

        /// The text of `prefix` followed by the decimal digits of `number` (≥ 0):
        /// the record's ids `a1`, `p2`, `e3`, without building a string.
        @inlinable public mutating func text(_ prefix: UInt8, _ number: Int) {
            var digits = 1, rest = number / 10
            while rest > 0 { digits += 1; rest /= 10 }
            reserve(6 + digits)
            base.storeBytes(of: 3, toByteOffset: count, as: UInt8.self)
            base.storeBytes(of: UInt32(1 + digits).littleEndian, toByteOffset: count + 1, as: UInt32.self)
            base.storeBytes(of: prefix, toByteOffset: count + 5, as: UInt8.self)
            var v = number, at = count + 5 + digits
            repeat {
                base.storeBytes(of: UInt8(truncatingIfNeeded: 48 + v % 10), toByteOffset: at, as: UInt8.self)
                v /= 10; at -= 1
            } while v > 0
            count += 6 + digits
        }
    }

    /// Memory a thread writes its documents' rows in, kept from one document
    /// to the next (a thread-specific value): building a document's rows then
    /// allocates nothing but the finished `bytes`, where a fresh buffer per
    /// document cost an allocation and, for most documents, one or two more
    /// as it grew. Memory above `keepAtMost` is freed instead of kept.
    enum Scratch {
        static let keepAtMost = 1 << 20

        /// The thread's block: its base and capacity, or a null base when the thread has none.
        final class Block {
            var base: UnsafeMutableRawPointer? = nil
            var capacity = 0
            deinit { base?.deallocate() }
        }

        static let key: pthread_key_t = {
            var key = pthread_key_t()
            let rc = pthread_key_create(&key) { p in
                #if canImport(Glibc)
                guard let p else { return }
                #endif
                Unmanaged<Block>.fromOpaque(p).release()
            }
            precondition(rc == 0, "pthread_key_create failed")
            return key
        }()

        static func block() -> Block {
            if let p = pthread_getspecific(key) { return Unmanaged<Block>.fromOpaque(p).takeUnretainedValue() }
            let b = Block()
            pthread_setspecific(key, Unmanaged.passRetained(b).toOpaque())
            return b
        }

        /// The thread's memory if it holds at least `minimum` bytes, else new memory of that size.
        static func take(minimum: Int) -> (UnsafeMutableRawPointer, Int) {
            let b = block()
            if let base = b.base {
                b.base = nil
                if b.capacity >= minimum { return (base, b.capacity) }
                base.deallocate()
            }
            return (.allocate(byteCount: minimum, alignment: 8), minimum)
        }

        static func give(_ base: UnsafeMutableRawPointer, _ capacity: Int) {
            let b = block()
            if b.base == nil, capacity <= keepAtMost { b.base = base; b.capacity = capacity } else { base.deallocate() }
        }
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
        self.init { w in
            for a in r.actors ?? [] {
                w.row(.actors)
                w.text(a.id); w.text(a.name); w.text(a.country); w.text(a.sector); w.text(a.title); w.text(a.kind)
                w.int(a.mentions?.count ?? 0); w.int(a.mentions?.first?.start); w.int(a.mentions?.first?.end)
            }
            for p in r.places ?? [] {
                w.row(.places)
                w.text(p.id); w.text(p.name); w.text(p.country); w.double(p.lat); w.double(p.lon); w.text(p.feature); w.int(p.geonameid)
                w.int(p.mentions?.count ?? 0)
            }
            for (k, q) in (r.quotes ?? []).enumerated() {
                w.row(.quotes)
                w.int(k); w.text(q.kind); w.text(q.text); w.int(q.start); w.int(q.end)
                w.text(q.speaker?.actor); w.text(q.speaker?.name); w.text(q.speaker?.text); w.int(q.speaker?.start); w.int(q.speaker?.end)
                w.text(q.cue?.text); w.int(q.cue?.start); w.int(q.cue?.end)
            }
            for (k, e) in (r.events ?? []).enumerated() {
                let source = e.actor?.first, target = e.recipient?.first
                w.row(.events)
                w.text(e.id); w.int(k); w.text(e.plover?.type); w.text(e.plover?.mode); w.text(e.cameo?.code)
                w.double(e.cameo?.goldstein); w.int(e.cameo?.quad); w.text(e.acled?.type); w.text(e.acled?.subtype)
                w.text(e.date?.value); w.text(e.date?.text); w.text(e.date?.basis); w.text(published)
                w.text(source?.name); w.text(source?.country); w.text(source?.sector)
                w.text(target?.name); w.text(target?.country); w.text(target?.sector)
                w.text(e.place?.place); w.text(e.place?.name); w.double(e.place?.lat); w.double(e.place?.lon)
                w.bool(e.negated ?? false); w.text(e.modality); w.double(e.confidence); w.text(e.rule)
                for (role, list) in [("actor", e.actor ?? []), ("recipient", e.recipient ?? [])] {
                    for (i, p) in list.enumerated() {
                        w.row(.participants)
                        w.text(role); w.int(i); w.text(p.actor); w.text(p.name); w.text(p.country); w.text(p.sector); w.text(p.code)
                    }
                }
                for (i, ev) in ([e.evidence].compactMap { $0 } + (e.more_evidence ?? [])).enumerated() {
                    w.row(.evidence)
                    w.int(i); w.text(ev.text); w.int(ev.start); w.int(ev.end); w.text(ev.trigger?.text); w.int(ev.trigger?.start); w.int(ev.trigger?.end)
                }
            }
        }
    }
}
