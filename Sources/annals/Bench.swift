import AnnalsCore
import ArgumentParser
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure analysis throughput (MB/s per core and on all cores), allocations per article, start-up time and peak memory.",
        discussion: """
        Reads a JSON Lines corpus into memory, then analyzes it --rounds times on
        one thread and on --jobs threads, reporting the best round of each.
        Reading and JSON parsing are excluded; record encoding is included.

        Allocations per article (heap allocation calls and bytes asked for, one
        pass on one thread) are counted when the process runs with the counting
        allocator of Scripts/malloc-count.c preloaded (Scripts/perf-budget.sh
        does this); they hardly vary between runs, so they make a regression
        check that a noisy machine does not disturb. Start-up time is the wall
        time of `annals analyze` on a one-line article in a new process (best
        and median of --startup-runs, and the least CPU time, user and system, of
        all its threads). Peak memory is this process's resident
        high-water mark, corpus included.

        With budget options (--min-mb-per-core, --max-allocations-per-article,
        --max-peak-mb, --max-startup-ms) the command exits 1 when a figure is
        over its budget.

        Examples:
          annals bench ../shared/data/corpus/reuters21578.jsonl
          annals bench --limit 2000 --rounds 1 corpus.jsonl
          annals bench --capabilities time corpus.jsonl     text and time only
          annals bench --slowest 5 corpus.jsonl             also list the 5 slowest articles
        """
    )

    @Argument(help: "A JSON Lines corpus.") var corpus: String = "../shared/data/corpus/reuters21578.jsonl"
    @Option(help: "Threads for the parallel run (default: all cores).") var jobs: Int?
    @Option(help: "Rounds per configuration; the best is reported.") var rounds = 3
    @Option(help: "Analyze at most this many articles.") var limit: Int?
    @Option(help: "Capabilities to run, comma-separated: time, actors, quotes (default: all).") var capabilities: String?
    @Flag(help: "Print one JSON object instead of a table.") var json = false
    @Option(help: "Also time every article once on one thread and list the N slowest (ms and MB/s).") var slowest: Int?
    @Option(help: "Processes started to measure start-up time (0: skip).") var startupRuns = 5
    @Option(help: "Budget: least MB/s per core (from the one-core run).") var minMbPerCore: Double?
    @Option(help: "Budget: most heap allocations per article (needs the counting allocator).") var maxAllocationsPerArticle: Double?
    @Option(help: "Budget: most peak resident memory, MB.") var maxPeakMb: Double?
    @Option(help: "Budget: most start-up time (best run), ms.") var maxStartupMs: Double?

    /// The process's resident memory now, MB (`/proc/self/statm`; 0 where it cannot be read).
    static func residentMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    func run() throws {
        // The gazetteer alone first (issue 5: loaded in <= 100 ms and <= 100 MB): its load
        // time, and the resident memory it adds while held, before anything else is loaded.
        let (gazetteerMs, gazetteerMB) = try {
            let rssBefore = Bench.residentMB()
            let start = DispatchTime.now().uptimeNanoseconds
            let gazetteer = try Gazetteer.builtIn()
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            return withExtendedLifetime(gazetteer) { (ms, Bench.residentMB() - rssBefore) }
        }()
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

        // allocations: one pass on this thread, when the counting allocator is loaded
        var allocations: (perArticle: Double, bytesPerArticle: Double)? = nil
        if let counts = MallocCounter.find() {
            let before = counts()
            var sink = 0
            for a in all { sink &+= AnalysisRecord.encode(engine.analyze(a, capabilities: caps)).count }
            let after = counts()
            precondition(sink > 0)
            allocations = (Double(after.calls - before.calls) / Double(all.count), Double(after.bytes - before.bytes) / Double(all.count))
        }

        /// Best wall time over the rounds; for one thread also the best thread CPU time
        /// (what the analysis cost, whatever else the machine runs).
        var bestCPU = Double.infinity
        func measure(_ threads: Int) -> Double {
            var best = Double.infinity
            for _ in 0..<max(1, rounds) {
                let c0 = threadCPUSeconds()
                let t0 = DispatchTime.now().uptimeNanoseconds
                defer { if threads == 1 { bestCPU = min(bestCPU, threadCPUSeconds() - c0) } }
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
        let one = measure(1)
        let many = measure(jobs)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024   // Linux reports KiB
        let startup = startupRuns > 0 ? try measureStartup(runs: startupRuns) : nil
        let mb = Double(bytes) / 1e6

        if json {
            var fields = [
                "\"articles\":\(all.count)", "\"mb\":\(fmt(mb))",
                "\"one_core_mb_per_s\":\(fmt(mb / one))", "\"one_core_cpu_mb_per_s\":\(fmt(mb / bestCPU))", "\"one_core_articles_per_s\":\(fmt(Double(all.count) / one))",
                "\"jobs\":\(jobs)", "\"all_cores_mb_per_s\":\(fmt(mb / many))", "\"all_cores_articles_per_s\":\(fmt(Double(all.count) / many))",
                "\"mb_per_s_per_core_parallel\":\(fmt(mb / many / Double(jobs)))",
                "\"peak_rss_mb\":\(fmt(peakMB))", "\"load_ms\":\(fmt(loadMs))", "\"actor_kb_load_ms\":\(fmt(kbMs))", "\"gazetteer_load_ms\":\(fmt(gazetteerMs))", "\"gazetteer_mb\":\(fmt(gazetteerMB))",
            ]
            if let allocations {
                fields.append("\"allocations_per_article\":\(fmt(allocations.perArticle))")
                fields.append("\"allocated_bytes_per_article\":\(Int(allocations.bytesPerArticle))")
            }
            if let startup { fields.append("\"startup_ms_best\":\(fmt(startup.best))"); fields.append("\"startup_ms_median\":\(fmt(startup.median))"); fields.append("\"startup_cpu_ms_best\":\(fmt(startup.cpu))") }
            print("{" + fields.joined(separator: ",") + "}")
        } else {
            print("corpus      \(corpus): \(all.count) articles, \(fmt(mb)) MB of text")
            print("1 core      \(fmt(mb / one)) MB/s   \(fmt(Double(all.count) / one)) articles/s   (\(fmt(mb / bestCPU)) MB per CPU second)")
            print("\(jobs) cores     \(fmt(mb / many)) MB/s   \(fmt(Double(all.count) / many)) articles/s   (\(fmt(mb / many / Double(jobs))) MB/s per core)")
            if let allocations {
                print("allocations \(fmt(allocations.perArticle)) per article, \(Int(allocations.bytesPerArticle)) bytes asked for per article")
            } else {
                print("allocations not counted (run with LD_PRELOAD of Scripts/malloc-count.c, as Scripts/perf-budget.sh does)")
            }
            print("peak memory \(fmt(peakMB)) MB (resident, corpus included)")
            print("engine load \(fmt(loadMs)) ms (knowledge files parsed and validated); actor knowledge base alone \(fmt(kbMs)) ms; gazetteer alone, loaded first, \(fmt(gazetteerMs)) ms and \(fmt(gazetteerMB)) MB resident")
            if let startup {
                print("start-up    \(fmt(startup.best)) ms best, \(fmt(startup.median)) ms median of \(startupRuns): annals analyze on a one-line article, process start included (CPU time \(fmt(startup.cpu)) ms, all threads)")
            }
        }

        var over: [String] = []
        if let m = minMbPerCore, mb / one < m { over.append("\(fmt(mb / one)) MB/s per core is under \(fmt(m))") }
        if let m = maxAllocationsPerArticle {
            if let allocations {
                if allocations.perArticle > m { over.append("\(fmt(allocations.perArticle)) allocations per article is over \(fmt(m))") }
            } else {
                over.append("allocations were not counted (the counting allocator is not loaded)")
            }
        }
        if let m = maxPeakMb, peakMB > m { over.append("peak memory \(fmt(peakMB)) MB is over \(fmt(m))") }
        if let m = maxStartupMs, let startup, startup.best > m { over.append("start-up \(fmt(startup.best)) ms is over \(fmt(m))") }
        if !over.isEmpty {
            FileHandle.standardError.write(Data(("budget: over budget: " + over.joined(separator: "; ") + "\n").utf8))
            throw ExitCode(1)
        }
    }

    /// Runs `annals analyze` (this executable) on a one-line article in new
    /// processes; wall time in ms, best and median.
    func measureStartup(runs: Int) throws -> (best: Double, median: Double, cpu: Double) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annals-bench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("one.txt")
        try Data("date 2022-12-25 Leaders met in Baku on Friday.\n".utf8).write(to: article)
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var times: [Double] = []
        var cpuTimes: [Double] = []
        func childrenCPU() -> Double {
            var u = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &u)
            return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000
        }
        for _ in 0..<runs {
            let c0 = childrenCPU()
            let p = Process()
            p.executableURL = exe
            p.arguments = ["analyze", article.path]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let t0 = DispatchTime.now().uptimeNanoseconds
            try p.run()
            p.waitUntilExit()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            cpuTimes.append(childrenCPU() - c0)
            guard p.terminationStatus == 0 else { throw ValidationError("start-up run: annals analyze exited with \(p.terminationStatus)") }
        }
        times.sort()
        return (times[0], times[times.count / 2], cpuTimes.min() ?? 0)
    }

    func fmt(_ v: Double) -> String { String(Double(Int(v * 100)) / 100) }
}

/// CPU time this thread has used, in seconds.
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The counters of Scripts/malloc-count.c when that library is preloaded.
enum MallocCounter {
    typealias Counts = @convention(c) (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>) -> Void

    static func find() -> (() -> (calls: UInt64, bytes: UInt64))? {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "annals_malloc_counts") else { return nil }
        let f = unsafeBitCast(symbol, to: Counts.self)
        return {
            var calls: UInt64 = 0, bytes: UInt64 = 0
            f(&calls, &bytes)
            return (calls, bytes)
        }
    }
}
