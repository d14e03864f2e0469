import AnnalsStore
import ArgumentParser
import Foundation

struct BenchStore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Measure actor + date-range queries over a store of generated events.",
        discussion: """
        Generates --events synthetic events (ten per generated document, 2000
        actors, dates 2015-2024) into --db unless it already holds that many,
        then runs --queries queries for one actor's events in a window of 30
        to 365 days, reading every row, and prints p50, p95 and the maximum.
        Use a scratch file: the generated documents are not real articles.

        Example:
          annals bench-store --db /tmp/bench.db --events 1000000 --queries 200
        """)
    @Option(name: .long, help: "Store file for the generated events.")
    var db: String
    @Option(name: .long, help: "Generated events (default 1000000).")
    var events: Int = 1_000_000
    @Option(name: .long, help: "Measured queries (default 200).")
    var queries: Int = 200

    func validate() throws {
        if events < 1 || queries < 1 { throw ValidationError("--events and --queries must be at least 1") }
    }

    func run() throws {
        let store = try storeCall { try Store(path: db) }
        let have = try storeCall { try store.counts().events }
        if have < events {
            let t0 = Date()
            try storeCall { try StoreBenchmark.generate(into: store, events: events - have) }
            print(String(format: "generated %d events in %.1f s", events - have, Date().timeIntervalSince(t0)))
        }
        let total = try storeCall { try store.counts().events }
        let (ms, rows) = try storeCall { try StoreBenchmark.measureActorDateQueries(store, queries: queries) }
        let sorted = ms.sorted()
        func pct(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
        print(String(format: "%d events; %d actor + date-range queries: p50 %.2f ms, p95 %.2f ms, max %.2f ms; rows per query: mean %.1f, max %d",
                     total, queries, pct(0.5), pct(0.95), sorted.last!, Double(rows.reduce(0, +)) / Double(rows.count), rows.max()!))
    }
}
