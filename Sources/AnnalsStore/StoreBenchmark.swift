import Foundation

/// Synthetic events for measuring queries on a large store (`annals bench-store`).
/// The events are not analyses of real text: each generated document holds
/// ten events with random actors, recipients, types and dates.
public enum StoreBenchmark {
    /// A small deterministic generator (SplitMix64), so runs are repeatable.
    public struct Random {
        var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    public static let actorCount = 2000
    public static let firstDay = "2015-01-01"
    public static let days = 3653   // 2015-01-01 … 2024-12-31

    public static func actorName(_ i: Int) -> String { "Generated Actor \(i)" }

    /// `YYYY-MM-DD` of the day `offset` days after 2015-01-01.
    public static func day(_ offset: Int) -> String {
        var y = 2015, d = offset
        func leap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
        while d >= (leap(y) ? 366 : 365) { d -= leap(y) ? 366 : 365; y += 1 }
        let lengths = [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var m = 0
        while d >= lengths[m] { d -= lengths[m]; m += 1 }
        return String(format: "%04d-%02d-%02d", y, m + 1, d + 1)
    }

    /// Adds `count` generated events (ten per generated document, ids
    /// `bench-N`) to the store in transactions of 100,000 events.
    public static func generate(into store: Store, events count: Int, seed: UInt64 = 42) throws {
        var rng = Random(seed: seed)
        let types = ["CONSULT", "ASSAULT", "PROTEST", "COERCE", "SUPPORT", "ACCUSE", "REQUEST", "AID", "THREATEN", "MOBILIZE"]
        let countries = (0..<120).map { i in String(format: "C%02d", i) }
        let sectors = ["GOV", "MIL", "REB", "CVL", "BUS", "JUD", "LEG", "PTY"]
        let db = store.db
        let existing = Int(try db.scalarInt("SELECT count(*) FROM documents WHERE id LIKE 'bench-%'") ?? 0)
        var made = 0
        var doc: Int64 = 0
        while made < count {
            try db.transaction {
                let docStmt = try db.statement("""
                    INSERT INTO documents(id, content_hash, published, title, text, topics, record, ingested_at)
                    VALUES (?, ?, ?, NULL, 'generated', '[]', '{}', '2026-01-01T00:00:00Z')
                    """)
                let eventStmt = try db.statement("""
                    INSERT INTO events(doc, event_id, seq, plover_type, cameo_code, event_date, date_basis, published,
                                       actor_name, actor_country, actor_sector, recipient_name, recipient_country, recipient_sector, negated)
                    VALUES (?, ?, ?, ?, '000', ?, 'explicit', ?, ?, ?, ?, ?, ?, ?, 0)
                    """)
                let partStmt = try db.statement("""
                    INSERT INTO participants(event, role, seq, doc, actor, name, country, sector) VALUES (?, ?, 0, ?, NULL, ?, ?, ?)
                    """)
                let batchEnd = min(count, made + 100_000)
                while made < batchEnd {
                    if made % 10 == 0 {
                        let n = existing + made / 10
                        let published = day(rng.below(days))
                        try docStmt.run([.text("bench-\(n)"), .text(String(n)), .text(published)])
                        doc = db.lastInsertRowID
                    }
                    let a = rng.below(actorCount), r = rng.below(actorCount)
                    let date = day(rng.below(days))
                    let (ac, asec) = (countries[a % countries.count], sectors[a % sectors.count])
                    let (rc, rsec) = (countries[r % countries.count], sectors[r % sectors.count])
                    try eventStmt.run([.int(doc), .text("e\(made % 10 + 1)"), .int(Int64(made % 10)), .text(types[rng.below(types.count)]),
                                       .text(date), .text(date), .text(actorName(a)), .text(ac), .text(asec),
                                       .text(actorName(r)), .text(rc), .text(rsec)])
                    let event = db.lastInsertRowID
                    try partStmt.run([.int(event), .text("actor"), .int(doc), .text(actorName(a)), .text(ac), .text(asec)])
                    try partStmt.run([.int(event), .text("recipient"), .int(doc), .text(actorName(r)), .text(rc), .text(rsec)])
                    made += 1
                }
            }
        }
        try db.execute("ANALYZE")
    }

    /// Runs `queries` actor + event-date-range queries (random actor, a
    /// window of 30 to 365 days) after `warmup` unmeasured ones; returns each
    /// query's wall time in milliseconds (all rows read) and the rows found.
    public static func measureActorDateQueries(_ store: Store, queries: Int, warmup: Int = 20, seed: UInt64 = 7) throws -> (ms: [Double], rows: [Int]) {
        var rng = Random(seed: seed)
        var ms: [Double] = [], rows: [Int] = []
        for q in 0..<(warmup + queries) {
            var f = QueryFilter()
            f.actor = actorName(rng.below(actorCount))
            let start = rng.below(days - 365)
            f.from = day(start)
            f.to = day(start + 30 + rng.below(336))
            let t0 = DispatchTime.now().uptimeNanoseconds
            var n = 0
            try store.events(f) { _ in n += 1 }
            let t1 = DispatchTime.now().uptimeNanoseconds
            if q >= warmup { ms.append(Double(t1 - t0) / 1e6); rows.append(n) }
        }
        return (ms, rows)
    }
}
