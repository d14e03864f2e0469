import AnnalsStore
import NIOPosix
import Synchronization

/// The store behind the server. SQLite and libpq calls block, so they run on
/// a thread pool of their own, never on the event loops or Swift's
/// cooperative threads; each pool thread borrows one of `size` read-only
/// connections (SQLite in WAL mode lets readers run side by side, and
/// beside a writer). Analysis and writes run on one more thread of their
/// own, through one read-write connection, one at a time, so that a long
/// POST never holds up the queries.
public final class StorePool: Sendable {
    /// A connection that is only ever used by one thread at a time (the pool hands it out).
    final class Handle: @unchecked Sendable {
        let store: any CorpusStore
        init(_ store: any CorpusStore) { self.store = store }
    }

    public typealias Opener = @Sendable (_ readOnly: Bool) throws -> any CorpusStore

    private let threads: NIOThreadPool
    private let writerThread: NIOThreadPool
    private let open: Opener
    private let idle: Mutex<[Handle]>
    private let writer: Mutex<Handle?>
    public let size: Int

    /// `size` threads and read connections; `open(readOnly)` opens one connection.
    /// The first read connection is opened now, so a missing or foreign store fails here.
    public init(size: Int, open: @escaping Opener) throws {
        self.size = max(1, size)
        self.open = open
        idle = Mutex([Handle(try open(true))])
        writer = Mutex(nil)
        threads = NIOThreadPool(numberOfThreads: self.size)
        threads.start()
        writerThread = NIOThreadPool(numberOfThreads: 1)
        writerThread.start()
    }

    deinit {
        try? threads.syncShutdownGracefully()
        try? writerThread.syncShutdownGracefully()
    }

    /// Runs `body` with a read connection on a pool thread.
    public func read<T: Sendable>(_ body: @escaping @Sendable (any CorpusStore) throws -> T) async throws -> T {
        try await threads.runIfActive { [self] in
            let handle = try idle.withLock { $0.popLast() } ?? Handle(open(true))
            defer { idle.withLock { $0.append(handle) } }
            return try body(handle.store)
        }
    }

    /// Runs `body` on the writer's thread without a connection (analysis).
    public func analyze<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await writerThread.runIfActive(body)
    }

    /// Runs `body` with the read-write connection on the writer's thread, one writer at a time.
    public func write<T: Sendable>(_ body: @escaping @Sendable (any CorpusStore) throws -> T) async throws -> T {
        try await writerThread.runIfActive { [self] in
            try writer.withLock { w in
                if w == nil { w = Handle(try open(false)) }
                return try body(w!.store)
            }
        }
    }
}
