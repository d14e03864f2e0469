import Hummingbird
import NIOCore
import Synchronization

/// The bytes of answers that are built but not yet sent, held against a
/// budget. A page of 10,000 rows is built whole (several megabytes) and stays
/// in memory until the client has read it; slow or stalled clients could
/// otherwise make the server hold any number of them. An answer that would
/// take the bytes in flight over the budget is refused with 503; one answer
/// alone is always served (the page limit already bounds its size).
final class AnswerBudget: Sendable {
    let limit: Int
    private let held = Atomic<Int>(0)

    init(limit: Int) { self.limit = limit }

    /// Bytes written to the connection at a time.
    static let piece = 64 << 10

    /// Bytes held by answers not yet released.
    var inFlight: Int { held.load(ordering: .relaxed) }

    /// Reserves `bytes`, or nil when other answers in flight hold so much that these would exceed the budget.
    func reserve(_ bytes: Int) -> Reservation? {
        let total = held.wrappingAdd(bytes, ordering: .relaxed).newValue
        if total > limit, total != bytes {
            held.wrappingSubtract(bytes, ordering: .relaxed)
            return nil
        }
        return Reservation(self, bytes)
    }

    /// Bytes of an answer, returned to the budget when the answer goes
    /// (sent, failed, or dropped with its connection): the body that holds
    /// the bytes also holds the reservation, so both go at once.
    final class Reservation: Sendable {
        let budget: AnswerBudget
        let bytes: Int
        fileprivate init(_ budget: AnswerBudget, _ bytes: Int) { self.budget = budget; self.bytes = bytes }
        deinit { budget.held.wrappingSubtract(bytes, ordering: .relaxed) }
    }

    /// A response whose body is `buffer`, counted against the budget until it is released.
    func response(_ buffer: ByteBuffer, headers: HTTPFields, status: HTTPResponse.Status = .ok) throws -> Response {
        guard let reservation = reserve(buffer.readableBytes) else {
            throw APIError(503, "the server is holding \(inFlight) bytes of answers not yet read by their clients "
                + "(budget \(limit)); try again shortly or ask for a smaller page")
        }
        let body = ResponseBody(contentLength: buffer.readableBytes) { writer in
            _ = reservation  // held by the body until the body goes
            // In copied pieces: a write waits while the connection's queue is full (a client
            // not reading), so the reservation lasts until the last piece is queued; and the
            // queue holds copies, not slices that would keep the whole answer alive after it.
            var rest = buffer
            while rest.readableBytes > 0, let piece = rest.readSlice(length: min(AnswerBudget.piece, rest.readableBytes)) {
                try await writer.write(ByteBuffer(bytes: piece.readableBytesView))
            }
            try await writer.finish(nil)
        }
        return Response(status: status, headers: headers, body: body)
    }
}
