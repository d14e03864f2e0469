import AnnalsCore
import AnnalsIngest
import AnnalsStore
import ArgumentParser
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze articles and store them in the corpus store (SQLite, or PostgreSQL with --db postgresql://…).",
        discussion: """
        Inputs are those of 'annals analyze': plain-text files or directories, or
        with --jsonl, JSON Lines records from the files given or from standard
        input ('-' or nothing). The store is --db, else $ANNALS_DB, else
        ./annals.db; its schema is documented in docs/store.md.

        An article already stored with the same id and content (publication
        date, title and text) is skipped without being analyzed again; an id
        whose content changed replaces its old analysis. Articles are written
        in batches, one transaction each: a run that is killed loses at most
        the batch in flight, and running it again completes the corpus.

        The input limits are those of 'annals analyze': an article over
        --max-article-bytes (default 5 MB) or a JSON Lines line over
        --max-line-bytes is counted as failed, with its reason, and the
        run goes on.

        Progress goes to standard error: a bar on a terminal, a line every
        --log-every seconds otherwise. At the end, a summary: stored,
        replaced, skipped and failed (with reasons); the exit status is 1 when
        any article failed.

        Examples:
          annals ingest --jsonl ../shared/data/corpus/reuters21578.jsonl
          annals ingest --db corpus.db articles/
          annals ingest --jsonl - < corpus.jsonl
        """)

    @OptionGroup var store: DatabaseOption

    @Flag(name: .long, help: "Read JSON Lines records instead of plain-text articles.")
    var jsonl = false

    @Option(name: .long, help: "Publication date YYYY-MM-DD; sets or overrides the article's date.")
    var date: String?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Option(name: .customLong("batch"), help: "Articles per transaction (default: 512 per worker for JSON Lines, 32 per worker for files).")
    var batch: Int?

    @Option(name: .customLong("log-every"), help: "Seconds between progress lines when standard error is not a terminal (default 5).")
    var logEvery: Double = 5

    @Flag(name: .long, help: "At the end, print the CPU time of each stage (analysis, record JSON, store fields, content hash, store writes).")
    var timing = false

    @OptionGroup var limits: InputLimits

    @Argument(help: "Files or directories, or '-' for standard input (default).")
    var paths: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let batch, batch < 1 { throw ValidationError("--batch must be at least 1") }
        if logEvery <= 0 { throw ValidationError("--log-every must be positive") }
        _ = try parseDate(date)
    }

    /// What a worker made of one input article.
    enum Item: Sendable {
        case prepared(PreparedDocument)
        /// Stored before this run with the same content hash: not analyzed.
        case known(Article, hash: String)
        /// Stored before this run from the very same input (same input hash): not even read.
        /// `again` reads and prepares it, for when the id was written earlier in this run.
        case knownInput(id: String, again: @Sendable () -> Item)
        case failed(String)
    }

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let override = try parseDate(date)
        let store = try self.store.open(readOnly: false)
        let known = try storeCall { try store.knownDocuments() }
        let engine = LazyEngine()
        // an empty store: every article will be analyzed, so the engine loads while the input is read
        if known.content.isEmpty { engine.preload() }
        let jobs = self.jobs ?? defaultJobs()
        let timers = IngestTimers()
        let timing = self.timing

        @Sendable func prepare(_ article: Article, inputHash: String?) -> Item {
            switch ArticlePreparer.prepare(article, inputHash: inputHash, known: known, engine: engine,
                                           timers: timing ? timers : nil) {
            case .prepared(let d): return .prepared(d)
            case .known(let a, let hash): return .known(a, hash: hash)
            case .failed(let message): return .failed(message)
            }
        }

        // inputs
        var sources: [String] = []
        for p in (paths.isEmpty ? ["-"] : paths) { sources.append(contentsOf: p == "-" ? ["-"] : expandPath(p)) }
        let total: Int? = jsonl ? (sources.contains("-") ? nil : sources.reduce(0) { $0 + countLines($1) }) : sources.count
        let progress = Progress(total: total, logEvery: logEvery)

        var summary = IngestSummary()
        var pending: [PreparedDocument] = []
        var sent = Set<String>()   // ids handed to the writer during this run
        var inBatch = 0
        let batchSize = batch ?? (jsonl ? 512 : 32) * jobs
        // Batches are written on their own thread while the next batch is analyzed.
        let writer = BatchWriter(store: store, timers: timers)
        var storeError: Error? { writer.error }

        func commit() {
            writer.submit(pending)
            pending.removeAll(keepingCapacity: true)
            inBatch = 0
        }
        func handle(_ item: Item) {
            switch item {
            case .prepared(let d): pending.append(d); sent.insert(d.id)
            case .known(let article, let hash):
                // the same id was written earlier in this run with other content: store this version too
                if sent.contains(article.id) { handle(prepareNow(article, hash: hash, engine: engine)) } else { summary.skipped += 1 }
            case .knownInput(let id, let again):
                if sent.contains(id) { handle(again()) } else { summary.skipped += 1 }
            case .failed(let message): summary.fail(message)
            }
        }
        func emit(_ item: Item) {
            guard storeError == nil else { return }
            handle(item)
            inBatch += 1
            progress.advance()
            if inBatch >= batchSize { commit() }
        }

        if jsonl {
            for source in sources {
                guard storeError == nil else { break }
                let fd: Int32 = source == "-" ? 0 : open(source, O_RDONLY)
                guard fd >= 0 else { summary.fail("\(source): cannot open (\(String(cString: strerror(errno))))"); continue }
                defer { if fd != 0 { close(fd) } }
                let prefix = source == "-" ? "" : "\(source): "
                let lineLimit = limits.lineLimit, maxText = limits.maxArticleBytes
                let reader = LineReader(fd: fd, maxLineBytes: lineLimit)
                orderedParallelMap(jobs: jobs, batchSize: batchSize, next: { () -> (Int, [UInt8], InputError?)? in
                    guard storeError == nil else { return nil }
                    while let line = reader.nextLine() {
                        switch line {
                        case .text(let t):
                            if t.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                            return (reader.lineNumber, Array(t), nil)
                        case .tooLong(let first, let length):
                            return (reader.lineNumber, [], ArticleInput.lineTooLong(prefix: first, length: length, line: reader.lineNumber, limit: lineLimit))
                        }
                    }
                    return nil
                }, work: { item -> Item in
                    if let e = item.2 { return .failed(prefix + e.message) }
                    @Sendable func read(inputHash: String?) -> Item {
                        switch ArticleInput.jsonLine(item.1, line: item.0, date: override, maxTextBytes: maxText) {
                        case .success(let article): return prepare(article, inputHash: inputHash)
                        case .failure(let e): return .failed(prefix + e.message)
                        }
                    }
                    // a record without an "id" is named by its line number: only records with ids get an input hash
                    guard hasIDKey(item.1) else { return read(inputHash: nil) }
                    let inputHash = item.1.withUnsafeBytes { ContentHash.input(["jsonl", override?.description ?? ""], bytes: $0) }
                    if let id = known.inputs[inputHash] { return .knownInput(id: id, again: { read(inputHash: inputHash) }) }
                    return read(inputHash: inputHash)
                }, emit: emit)
                if let err = reader.error {
                    summary.fail("\(source == "-" ? "standard input" : source): read error after line \(reader.lineNumber) (\(String(cString: strerror(err))))")
                }
            }
        } else {
            var index = 0
            orderedParallelMap(jobs: jobs, batchSize: batchSize, next: { () -> String? in
                guard storeError == nil, index < sources.count else { return nil }
                defer { index += 1 }
                return sources[index]
            }, work: { path -> Item in
                let id = path == "-" ? "stdin" : path
                switch readAll(path, limit: limits.maxArticleBytes) {
                case .failure(let failure): return .failed(failure.message)
                case .success(let bytes):
                    @Sendable func read(inputHash: String?) -> Item {
                        switch ArticleInput.plainText(bytes, id: id, date: override, maxBytes: limits.maxArticleBytes) {
                        case .success(let article): return prepare(article, inputHash: inputHash)
                        case .failure(let e): return .failed(e.message)
                        }
                    }
                    // standard input has no name that stays the same from run to run
                    guard path != "-" else { return read(inputHash: nil) }
                    let inputHash = bytes.withUnsafeBytes { ContentHash.input(["text", id, override?.description ?? ""], bytes: $0) }
                    if let known = known.inputs[inputHash], known == id { return .knownInput(id: id, again: { read(inputHash: inputHash) }) }
                    return read(inputHash: inputHash)
                }
            }, emit: emit)
        }
        if storeError == nil { commit() }
        let written = writer.finish()
        // the engine stays referenced until the process exits, as in 'annals analyze': freeing its
        // knowledge just before exit is work for nothing
        if let loaded = engine.loaded { LoadedEngines.shared.keep(loaded) }
        summary.stored = written.stored; summary.replaced = written.replaced; summary.skipped += written.skipped
        progress.finish()
        if let storeError {
            FileHandle.standardError.write(Data("annals: \(storeError)\n".utf8))
            throw ExitCode(1)
        }

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let counts = try storeCall { try store.summaryCounts() }
        FileHandle.standardError.write(Data(summary.report(path: self.store.displayName, seconds: seconds, counts: counts).utf8))
        if timing {
            func s(_ a: borrowing Atomic<Int>) -> String { String(format: "%.2f s", Double(a.load(ordering: .relaxed)) / 1e9) }
            FileHandle.standardError.write(Data(("CPU time: analysis \(s(timers.analysis)), record JSON \(s(timers.record)), store fields \(s(timers.fields)), "
                + "content hash \(s(timers.hash)), store writes \(s(timers.write)) (writer thread)\n").utf8))
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }

    private func prepareNow(_ article: Article, hash: String, engine: LazyEngine) -> Item {
        switch ArticlePreparer.analyze(article, hash: hash, engine: engine) {
        case .prepared(let d): return .prepared(d)
        case .known(let a, let hash): return .known(a, hash: hash)
        case .failed(let message): return .failed(message)
        }
    }
}

/// Writes batches to the store on a thread of its own, one transaction per
/// batch, in the order submitted; at most two batches wait, so memory stays bounded.
final class BatchWriter: @unchecked Sendable {
    private let store: any CorpusStore
    private let timers: IngestTimers
    private let queue = DispatchQueue(label: "annals.store-writer")
    private let slots = DispatchSemaphore(value: 2)
    private let state = Mutex<(stored: Int, replaced: Int, skipped: Int, error: Error?)>((0, 0, 0, nil))

    init(store: any CorpusStore, timers: IngestTimers) { self.store = store; self.timers = timers }

    var error: Error? { state.withLock { $0.error } }

    func submit(_ batch: [PreparedDocument]) {
        guard !batch.isEmpty else { return }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard error == nil else { return }
            let t0 = threadCPUNanoseconds()
            defer { timers.write.add(Int(threadCPUNanoseconds() - t0), ordering: .relaxed) }
            do {
                let outcomes = try store.ingest(batch)
                state.withLock { s in
                    for o in outcomes {
                        switch o {
                        case .stored: s.stored += 1
                        case .replaced: s.replaced += 1
                        case .skipped: s.skipped += 1
                        }
                    }
                }
            } catch {
                state.withLock { $0.error = error }
            }
        }
    }

    /// Waits for every submitted batch; the counts of what was written.
    func finish() -> (stored: Int, replaced: Int, skipped: Int) {
        queue.sync {}
        return state.withLock { ($0.stored, $0.replaced, $0.skipped) }
    }
}

/// Whether a JSON Lines record has an "id" key (a quoted `id` followed by a
/// colon, not inside a string value: `"id"` inside a string is escaped as `\"id\"`).
func hasIDKey(_ line: [UInt8]) -> Bool {
    line.withUnsafeBufferPointer { p in
        var i = 0
        while i + 4 <= p.count {
            if p[i] == 0x22, p[i + 1] == 0x69, p[i + 2] == 0x64, p[i + 3] == 0x22, i == 0 || p[i - 1] != 0x5C {
                var j = i + 4
                while j < p.count, p[j] == 0x20 || p[j] == 0x09 { j += 1 }
                if j < p.count, p[j] == 0x3A { return true }
            }
            i += 1
        }
        return false
    }
}

/// Lines of a file that hold something other than spaces and tabs (for the
/// progress bar's total); 0 when it cannot be read.
func countLines(_ path: String) -> Int {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return 0 }
    defer { close(fd) }
    var n = 0
    var blank = true   // the current line so far holds only blanks
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let r = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if r < 0 { if errno == EINTR { continue }; break }
        if r == 0 { break }
        buffer.withUnsafeBufferPointer { p in
            var i = 0
            while i < r {
                if blank {
                    let b = p[i]
                    if b == 0x0A { i += 1; continue }
                    if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
                    blank = false
                }
                // a non-blank line: jump to its end
                guard let nl = memchr(p.baseAddress! + i, 0x0A, r - i) else { i = r; break }
                i = UnsafePointer<UInt8>(nl.assumingMemoryBound(to: UInt8.self)) - p.baseAddress! + 1
                n += 1
                blank = true
            }
        }
    }
    if !blank { n += 1 }
    return n
}

struct IngestSummary {
    var stored = 0, replaced = 0, skipped = 0, failed = 0
    var failures: [String] = []

    mutating func fail(_ message: String) {
        failed += 1
        if failures.count < 20 { failures.append(message) }
    }

    func report(path: String, seconds: Double, counts: (documents: Int, events: Int, clusters: Int)) -> String {
        let n = stored + replaced + skipped + failed
        var s = "annals ingest: \(n) article\(n == 1 ? "" : "s") in \(String(format: "%.1f", seconds)) s"
        s += " (\(String(format: "%.0f", Double(n) / max(seconds, 1e-9))) articles/s): "
        s += "\(stored) stored, \(replaced) replaced, \(skipped) skipped (already stored), \(failed) failed\n"
        s += "store \(path): \(counts.documents) documents, \(counts.events) events, \(counts.clusters) clusters\n"
        if failed > 0 {
            s += "failed:\n"
            for f in failures { s += "  \(f)\n" }
            if failed > failures.count { s += "  … and \(failed - failures.count) more\n" }
        }
        return s
    }
}

/// Progress on standard error: a bar redrawn in place on a terminal, else a
/// plain line every `logEvery` seconds.
final class Progress {
    let total: Int?
    let logEvery: Double
    let tty = isatty(2) == 1
    private var done = 0
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0

    init(total: Int?, logEvery: Double) { self.total = total; self.logEvery = logEvery }

    func advance() {
        done += 1
        guard done % 16 == 0 else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let interval: Double = tty ? 0.2 : logEvery
        if Double(now - lastDraw) / 1e9 >= interval, (tty || Double(now - start) / 1e9 >= logEvery) {
            lastDraw = now
            draw(now)
        }
    }

    func finish() {
        if tty { draw(DispatchTime.now().uptimeNanoseconds); FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func draw(_ now: UInt64) {
        let seconds = max(Double(now - start) / 1e9, 1e-9)
        let rate = Double(done) / seconds
        var eta = ""
        if let total, rate > 0, total >= done {
            let left = Int((Double(total - done) / rate).rounded())
            eta = String(format: "ETA %d:%02d", left / 60, left % 60)
        }
        let count = total.map { "\(done)/\($0)" } ?? "\(done)"
        if tty {
            var bar = ""
            if let total, total > 0 {
                let width = 30, filled = min(width, done * width / total)
                bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            }
            let line = "\r\(bar)\(count) articles  \(String(format: "%.1f", rate))/s  \(eta)\u{1B}[K"
            FileHandle.standardError.write(Data(line.utf8))
        } else {
            FileHandle.standardError.write(Data("annals ingest: \(count) articles, \(String(format: "%.1f", rate)) articles/s\(eta.isEmpty ? "" : ", " + eta)\n".utf8))
        }
    }
}
