import AnnalsCore
import AnnalsStore
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The engine, loaded by the first caller that needs it: re-ingesting a
/// stored corpus, or a server that only answers queries, never loads it.
public final class LazyEngine: Sendable {
    /// The loaded engine, held by reference: a worker takes the box (one
    /// retain) and analyzes through `analyze`, which holds the engine it
    /// captured and calls it in place. Calling the engine's value read from
    /// the box (a class's stored property, or behind a pointer) made the
    /// optimizer copy it for the call: a retain and a release of each of its
    /// dozens of fields, for every article, on every worker at once.
    final class Box: Sendable {
        let annals: AnnalsCore.Annals
        let analyze: @Sendable (Article) -> Analysis
        init(_ annals: AnnalsCore.Annals) {
            self.annals = annals
            analyze = { [annals] article in annals.analyze(article) }
        }
    }
    private let state = Mutex<Result<Box, Error>?>(nil)
    public init() {}
    /// The engine as a value (a copy of it: for callers that keep it).
    public func get() throws -> AnnalsCore.Annals { try box().annals }

    func box() throws -> Box {
        try state.withLock { s in
            if s == nil { s = LazyEngine.load().map(Box.init) }
            return try s!.get()
        }
    }

    /// The engine when it has been loaded (or is being loaded: waits for it), else nil; never starts loading it.
    public var loaded: AnnalsCore.Annals? {
        state.withLock { s in s.flatMap { try? $0.get().annals } }
    }

    /// Starts loading the engine now, on a thread of its own, for a caller
    /// that knows it will need it (an ingest into an empty store); `get()` waits for it.
    public func preload() {
        Thread.detachNewThread { [self] in _ = try? box() }
    }

    /// Loads the engine on a thread of its own. `Annals()` loads its knowledge
    /// bases on three threads with `concurrentPerform`; called from a worker of
    /// another `concurrentPerform` (the ingest's), GCD gives the inner one a
    /// single thread on a two-core machine, and the three loads run one after another.
    private static func load() -> Result<AnnalsCore.Annals, Error> {
        nonisolated(unsafe) var result: Result<AnnalsCore.Annals, Error>? = nil
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result = Result { try AnnalsCore.Annals() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        done.wait()
        return result!
    }
}

/// CPU time spent in each stage of preparing articles (`annals ingest --timing`).
public final class IngestTimers: Sendable {
    /// The engine's analysis (loading the engine not included), writing the record's JSON,
    /// building the store's fields from the analysis, the content hash, the store's writes.
    public let analysis = Atomic<Int>(0), record = Atomic<Int>(0), fields = Atomic<Int>(0), hash = Atomic<Int>(0), write = Atomic<Int>(0)
    public init() {}
}

/// CPU time of the calling thread.
public func threadCPUNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// What preparing one article gave.
public enum PreparedArticle: Sendable {
    /// Analyzed, ready for `CorpusStore.ingest`.
    case prepared(PreparedDocument)
    /// Stored before with the same content hash: not analyzed.
    case known(Article, hash: String)
    case failed(String)
}

/// The one path from an article to what the store keeps, shared by
/// `annals ingest` and `POST /api/documents`: content hash, skip when the
/// store already holds that id with that hash, analyze, encode the record,
/// and build the store's rows from the analysis into a `PreparedDocument`.
public enum ArticlePreparer {
    public static func prepare(_ article: Article, inputHash: String?,
                               known: Store.KnownDocuments, engine: LazyEngine, timers: IngestTimers? = nil) -> PreparedArticle {
        let published = article.date?.description
        let h0 = timers != nil ? threadCPUNanoseconds() : 0
        let hash = ContentHash.of(date: published, title: article.title, text: article.text)
        if let timers { timers.hash.add(Int(threadCPUNanoseconds() - h0), ordering: .relaxed) }
        if known.content[article.id] == hash { return .known(article, hash: hash) }
        return analyze(article, hash: hash, inputHash: inputHash, engine: engine, timers: timers)
    }

    /// Analyzes an article whose content hash is known (no check against the store).
    public static func analyze(_ article: Article, hash: String, inputHash: String? = nil,
                               engine: LazyEngine, timers: IngestTimers? = nil) -> PreparedArticle {
        do {
            let box = try engine.box()
            let t0 = timers != nil ? threadCPUNanoseconds() : 0
            let analysis = box.analyze(article)
            let t1 = timers != nil ? threadCPUNanoseconds() : 0
            let json = AnalysisRecord.encode(analysis)
            let t2 = timers != nil ? threadCPUNanoseconds() : 0
            // the store's rows come from the analysis itself: the JSON is kept, never read back
            let published = article.date?.description
            let prepared = PreparedDocument(id: article.id, contentHash: hash, inputHash: inputHash, published: published,
                                            title: article.title, text: article.text, source: article.source, recordJSON: consume json,
                                            topics: analysis.topics, rows: StoreRows(analysis, published: published))
            if let timers {
                let t3 = threadCPUNanoseconds()
                timers.analysis.add(Int(t1 - t0), ordering: .relaxed)
                timers.record.add(Int(t2 - t1), ordering: .relaxed)
                timers.fields.add(Int(t3 - t2), ordering: .relaxed)
            }
            return .prepared(prepared)
        } catch let e as KnowledgeError {
            return .failed("\(article.id): knowledge base: \(e)")
        } catch {
            return .failed("\(article.id): \(error)")
        }
    }
}
