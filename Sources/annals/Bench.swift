import AnnalsCore
import ArgumentParser
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure analysis throughput (MB/s, articles/s) on one core and on all cores, and peak memory.",
        discussion: """
        Reads a JSON Lines corpus into memory, then analyzes it --rounds times on
        one thread and on --jobs threads, reporting the best round of each.
        Reading and JSON parsing are excluded; record encoding is included.

        Examples:
          annals bench ../shared/data/corpus/reuters21578.jsonl
          annals bench --limit 2000 --rounds 1 corpus.jsonl
          annals bench --capabilities time corpus.jsonl     text and time only
        """
    )

    @Argument(help: "A JSON Lines corpus.") var corpus: String = "../shared/data/corpus/reuters21578.jsonl"
    @Option(help: "Threads for the parallel run (default: all cores).") var jobs: Int?
    @Option(help: "Rounds per configuration; the best is reported.") var rounds = 3
    @Option(help: "Analyze at most this many articles.") var limit: Int?
    @Option(help: "Capabilities to run, comma-separated: time, actors, quotes (default: all).") var capabilities: String?
    @Flag(help: "Print one JSON object instead of a table.") var json = false
    @Option(help: "Also time every article once on one thread and list the N slowest (ms and MB/s).") var slowest: Int?

    func run() throws {
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let engine = try loadEngine()
        let loadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6
        let kbStart = DispatchTime.now().uptimeNanoseconds
        _ = try ActorKnowledge.builtIn()
        let kbMs = Double(DispatchTime.now().uptimeNanoseconds - kbStart) / 1e6
        let caps = try parseCapabilities(capabilities)
        let fd = open(corpus, O_RDONLY)
        guard fd >= 0 else { throw ValidationError("\(corpus): cannot open (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        let reader = LineReader(fd: fd)
        var articles: [Article] = []
        var bytes = 0
        while let line = reader.next(), articles.count < (limit ?? .max) {
            if case .success(let a) = ArticleInput.jsonLine(line, line: reader.lineNumber) {
                articles.append(a); bytes += a.text.utf8.count
            }
        }
        guard !articles.isEmpty else { throw ValidationError("\(corpus): no articles") }
        let jobs = self.jobs ?? defaultJobs()
        let all = articles

        func measure(_ threads: Int) -> Double {
            var best = Double.infinity
            for _ in 0..<max(1, rounds) {
                let t0 = DispatchTime.now().uptimeNanoseconds
                if threads == 1 {
                    var sink = 0
                    for a in all { sink &+= AnalysisRecord.encode(engine.analyze(a, capabilities: caps)).count }
                    precondition(sink > 0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: threads) { k in
                        var i = k
                        var sink = 0
                        while i < all.count { sink &+= AnalysisRecord.encode(engine.analyze(all[i], capabilities: caps)).count; i += threads }
                        precondition(sink >= 0)
                    }
                }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
            }
            return best
        }
        if let slowest, slowest > 0 {
            var times: [(Double, Int)] = []
            for (i, a) in all.enumerated() {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let n = AnalysisRecord.encode(engine.analyze(a, capabilities: caps)).count
                precondition(n > 0)
                times.append((Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9, i))
            }
            for (t, i) in times.sorted(by: { $0.0 > $1.0 }).prefix(slowest) {
                let mb = Double(all[i].text.utf8.count) / 1e6
                print("slow        \(fmt(t * 1000)) ms  \(fmt(mb / t)) MB/s  \(all[i].text.utf8.count) bytes  \(all[i].id)")
            }
        }
        let one = measure(1)
        let many = measure(jobs)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024   // Linux reports KiB
        let mb = Double(bytes) / 1e6
        if json {
            print("{\"articles\":\(all.count),\"mb\":\(fmt(mb)),\"one_core_mb_per_s\":\(fmt(mb / one)),\"one_core_articles_per_s\":\(fmt(Double(all.count) / one)),\"jobs\":\(jobs),\"all_cores_mb_per_s\":\(fmt(mb / many)),\"all_cores_articles_per_s\":\(fmt(Double(all.count) / many)),\"peak_rss_mb\":\(fmt(peakMB)),\"load_ms\":\(fmt(loadMs)),\"actor_kb_load_ms\":\(fmt(kbMs))}")
        } else {
            print("corpus      \(corpus): \(all.count) articles, \(fmt(mb)) MB of text")
            print("1 core      \(fmt(mb / one)) MB/s   \(fmt(Double(all.count) / one)) articles/s")
            print("\(jobs) cores     \(fmt(mb / many)) MB/s   \(fmt(Double(all.count) / many)) articles/s")
            print("peak memory \(fmt(peakMB)) MB (resident, corpus included)")
            print("engine load \(fmt(loadMs)) ms (knowledge files parsed and validated); actor knowledge base alone \(fmt(kbMs)) ms")
        }
    }

    func fmt(_ v: Double) -> String { String(Double(Int(v * 100)) / 100) }
}
