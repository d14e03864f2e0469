import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import AnnalsServer
#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP connection to 127.0.0.1 (for what a test client does not do: stall, or hold many connections).
final class RawConnection {
    let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard rc == 0 else { close(fd); throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ s: String) { _ = Array(s.utf8).withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } }

    /// Reads until the peer closes, `until` appears, or 60 s pass; nil on a timeout with nothing read.
    func read(until marker: String? = nil) -> String? {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 { return out.isEmpty ? nil : String(decoding: out, as: UTF8.self) }
            if n == 0 { return String(decoding: out, as: UTF8.self) }
            out += buffer[0..<n]
            if let marker, String(decoding: out, as: UTF8.self).contains(marker) { return String(decoding: out, as: UTF8.self) }
        }
    }
}

/// Runs blocking socket calls on a thread of their own: on Swift's
/// cooperative threads (two on this machine) they would starve the server's
/// handlers, which run there too.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { c in
        Thread { c.resume(with: Result { try body() }) }.start()
    }
}

extension RawConnection: @unchecked Sendable {}

@Suite struct AbuseTests {
    @Test func slowClientIsDisconnected() async throws {
        let f = try Fixture()
        let api = API(pool: f.pool, settings: ServerSettings(token: nil, maxBody: 1000))
        let app = makeApplication(api: api, host: "127.0.0.1", port: 0, idleTimeout: .seconds(1), log: f.log)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // a request whose headers never end: the server closes the connection once it has been idle for a second
            let slow = try RawConnection(port: port)
            slow.send("GET /api/health HTTP/1.1\r\nHost: localhost\r\n")
            let started = Date()
            let answer = try await offPool { slow.read() }
            // (well before the read's own 60 s timeout; under the whole suite's load the 1 s timer has fired 10 s late)
            #expect(answer != nil, "the connection was still open after 60 s")
            #expect(answer?.contains("200 OK") != true)
            #expect(Date().timeIntervalSince(started) < 30)
            // others are served after it (the test client's own keep-alive connection was idle too, and is closed)
            let next = try RawConnection(port: port)
            next.send("GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(try await offPool { next.read() }?.hasPrefix("HTTP/1.1 200 OK") == true)
        }
    }

    @Test func manyConnectionsAtOnceAreAllAnswered() async throws {
        let f = try Fixture()
        let api = API(pool: f.pool, settings: ServerSettings(token: nil, maxBody: 1000))
        let app = makeApplication(api: api, host: "127.0.0.1", port: 0, log: f.log)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // 200 connections open at once, each with a request in flight, then every answer is read
            let connections = try (0..<200).map { _ in try RawConnection(port: port) }
            for (i, c) in connections.enumerated() {
                c.send("GET /api/events?limit=\(1 + i % 5) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            }
            let ok = try await offPool { connections.filter { $0.read()?.hasPrefix("HTTP/1.1 200 OK") == true }.count }
            #expect(ok == 200)
        }
    }

    @Test func concurrentQueriesThroughThePool() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let statuses = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
                for i in 0..<300 {
                    group.addTask {
                        let uri = ["/api/events", "/api/timeline/daily", "/api/network", "/api/places", "/api/documents"][i % 5]
                        let r = try await client.execute(uri: uri, method: .get)
                        return (r.status.code, r.json.isEmpty ? 0 : 1)
                    }
                }
                var all: [(Int, Int)] = []
                for try await s in group { all.append(s) }
                return all
            }
            #expect(statuses.count == 300)
            #expect(statuses.allSatisfy { $0.0 == 200 && $0.1 == 1 })
        }
    }

    @Test func deepOrHugeJSONIsRefusedNotCrashing() async throws {
        let f = try Fixture()
        let h: HTTPFields = [.authorization: "Bearer s3cret"]
        try await f.app(maxBody: 2_000_000).test(.router) { client in
            for body in [String(repeating: "[", count: 500_000), String(repeating: "{\"a\":", count: 200_000),
                         "[" + String(repeating: "1,", count: 400_000) + "1]"] {
                let r = try await client.execute(uri: "/api/documents", method: .post, headers: h, body: ByteBuffer(string: body))
                #expect(r.status == .badRequest, "\(r.status): \(r.text.prefix(200))")
            }
            let health = try await client.execute(uri: "/api/health", method: .get)
            #expect(health.status == .ok)
        }
    }

    @Test func writeGateRefusesBeyondItsLimit() async throws {
        let gate = WriteGate()
        #expect(gate.enter(limit: 2))
        #expect(gate.enter(limit: 2))
        #expect(!gate.enter(limit: 2))
        gate.leave()
        #expect(gate.enter(limit: 2))
        let f = try Fixture()
        let h: HTTPFields = [.authorization: "Bearer s3cret"]
        let api = API(pool: f.pool, settings: ServerSettings(token: "s3cret", maxBody: 1000, maxWrites: 0))
        try await Application(router: api.router(log: f.log)).test(.router) { client in
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: h, body: ByteBuffer(string: "{}"))
            #expect(r.status == .serviceUnavailable)
        }
    }

    /// Answers built but not sent count against a budget: a second large answer
    /// while the first is held is refused with 503, one answer alone is always
    /// served, and the bytes come back when an answer goes.
    @Test func answersInFlightAreBounded() async throws {
        let f = try Fixture()
        let api = API(pool: f.pool, settings: ServerSettings(token: nil, maxBody: 1000, maxAnswerBytes: 1000))
        let big = String(repeating: "x", count: 800)
        do {
            let first = try api.answer(big)
            withExtendedLifetime(first) {
                #expect(api.answers.inFlight == 800)
                #expect(throws: APIError.self) { try api.answer(big) }
                #expect(api.answers.inFlight == 800, "a refused answer holds nothing")
                if let small = try? api.answer("{}") {  // still within the budget
                    withExtendedLifetime(small) { #expect(api.answers.inFlight == 802) }
                } else {
                    Issue.record("a small answer within the budget was refused")
                }
            }
        }
        #expect(api.answers.inFlight == 0, "the bytes came back when the answers went")
        // alone, an answer larger than the whole budget is served
        let alone = API(pool: f.pool, settings: ServerSettings(token: nil, maxBody: 1000, maxAnswerBytes: 10))
        withExtendedLifetime(try alone.answer(big)) { #expect(alone.answers.inFlight == 800) }
        #expect(alone.answers.inFlight == 0, "the bytes came back when the answer went")
        // through the router: a page is sent whole and its bytes return to the budget
        try await Application(router: api.router(log: f.log)).test(.router) { client in
            let r = try await client.execute(uri: "/api/events?limit=10000", method: .get)
            #expect(r.status == .ok)
            #expect(String(buffer: r.body).hasPrefix("{\"items\":["))
        }
        #expect(api.answers.inFlight == 0)
    }
}
