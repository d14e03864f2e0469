import Dispatch
import Foundation

/// A value loaded on a thread of its own, started at once: `Annals()` loads
/// its largest knowledge bases so. A `Thread` rather than a Dispatch queue:
/// Dispatch runs no more worker threads than there are cores, so on two
/// cores the third of three loaders waited for one of the first two to end.
final class Loading<Value: Sendable>: @unchecked Sendable {
    // written once by the loading thread before `finished` is signalled, read after it
    private var result: Result<Value, Error>?
    private let finished = DispatchSemaphore(value: 0)

    init(_ load: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try load() }
            finished.signal()
        }
        thread.start()
    }

    /// Waits until the thread has finished (at once if it has).
    func wait() {
        finished.wait()
        finished.signal()
    }

    /// The loaded value, or the loader's error; waits for it.
    func get() throws -> Value {
        wait()
        return try result!.get()
    }
}
