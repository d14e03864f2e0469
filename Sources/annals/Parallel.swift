import Dispatch
import Synchronization

/// Maps `work` over a stream in batches on `jobs` threads and hands the
/// results to `emit` in input order. Memory is bounded by one batch: at most
/// `batchSize` items, and — when `weight` is given — a batch is also run as
/// soon as its items weigh `maxBatchWeight` (bytes, say) or more.
func orderedParallelMap<Input: Sendable, Output: Sendable>(
    jobs: Int, batchSize: Int,
    maxBatchWeight: Int = .max, weight: ((Input) -> Int)? = nil,
    next: () -> Input?,
    work: @escaping @Sendable (Input) -> Output,
    emit: (Output) -> Void
) {
    var batch: [Input] = []
    var batchWeight = 0
    batch.reserveCapacity(batchSize)
    func flush() {
        guard !batch.isEmpty else { return }
        if jobs <= 1 || batch.count == 1 {
            for item in batch { emit(work(item)) }
        } else {
            let items = batch
            let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
            results.initialize(repeating: nil)
            nonisolated(unsafe) let out = results
            let counter = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
                while true {
                    let i = counter.wrappingAdd(1, ordering: .relaxed).oldValue
                    if i >= items.count { break }
                    out[i] = work(items[i])
                }
            }
            for r in results { emit(r!) }
            results.deinitialize()
            results.deallocate()
        }
        batch.removeAll(keepingCapacity: true)
        batchWeight = 0
    }
    while let item = next() {
        batch.append(item)
        if let weight { batchWeight += weight(item) }
        if batch.count >= batchSize || batchWeight >= maxBatchWeight { flush() }
    }
    flush()
}
