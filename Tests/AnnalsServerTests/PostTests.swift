import AnnalsStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import AnnalsServer

@Suite struct PostDocumentTests {
    static let article = #"{"id":"p1","date":"2022-12-23","title":"Clashes","text":"Azerbaijani forces shelled Armenian positions near Shusha on Friday, the Armenian defence ministry said."}"#

    func headers(_ token: String?) -> HTTPFields {
        var h = HTTPFields()
        h[.contentType] = "application/json"
        if let token { h[.authorization] = "Bearer \(token)" }
        return h
    }

    @Test func writesNeedAToken() async throws {
        let f = try Fixture()
        try await f.app(token: nil).test(.router) { client in
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers("anything"), body: ByteBuffer(string: Self.article))
            #expect(r.status == .forbidden)
            #expect((r.json["error"] as? String)?.contains("--token") == true)
        }
        try await f.app(token: "s3cret").test(.router) { client in
            let none = try await client.execute(uri: "/api/documents", method: .post, headers: headers(nil), body: ByteBuffer(string: Self.article))
            #expect(none.status == .unauthorized)
            let wrong = try await client.execute(uri: "/api/documents", method: .post, headers: headers("s3creT"), body: ByteBuffer(string: Self.article))
            #expect(wrong.status == .forbidden)
            var basic = HTTPFields()
            basic[.authorization] = "Basic czNjcmV0"
            let other = try await client.execute(uri: "/api/documents", method: .post, headers: basic, body: ByteBuffer(string: Self.article))
            #expect(other.status == .forbidden)
            // nothing was stored
            let health = try await client.execute(uri: "/api/health", method: .get)
            #expect(health.json["documents"] as? Int == 3)
        }
    }

    @Test func malformedAndOversizedBodies() async throws {
        let f = try Fixture()
        try await f.app(maxBody: 1000).test(.router) { client in
            for body in ["", "   ", "{", "[1,2", "nonsense", "42", "[]", "[{\"id\":\"x\"}]", "{\"id\":\"x\",\"text\":\"\"}",
                         "{\"id\":1}\n{\"id\":2}", "\u{FF}"] {
                let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers("s3cret"), body: ByteBuffer(string: body))
                #expect(r.status == .badRequest, "\(body.debugDescription) gave \(r.status)")
                #expect(r.json["error"] is String)
            }
            let big = "{\"id\":\"big\",\"text\":\"" + String(repeating: "a", count: 2000) + "\"}"
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers("s3cret"), body: ByteBuffer(string: big))
            #expect(r.status == .contentTooLarge)
            #expect(r.json["error"] is String)
        }
    }

    @Test func storesAnalyzesAndSkipsUnchanged() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers("s3cret"), body: ByteBuffer(string: Self.article))
            #expect(r.status == .ok, "\(r.text)")
            #expect(r.json["stored"] as? [String] == ["p1"])
            #expect(r.json["unchanged"] as? [String] == [])
            #expect((r.json["errors"] as? [Any])?.isEmpty == true)
            let record = try await client.execute(uri: "/api/documents/p1", method: .get)
            #expect(record.status == .ok)
            let object = try JSONSerialization.jsonObject(with: Data(record.text.utf8)) as? [String: Any]
            #expect((object?["document"] as? [String: Any])?["id"] as? String == "p1")
            #expect(object?["events"] is [Any])

            // the same article again: nothing analyzed or written
            let again = try await client.execute(uri: "/api/documents", method: .post, headers: headers("s3cret"), body: ByteBuffer(string: Self.article))
            #expect(again.json["stored"] as? [String] == [])
            #expect(again.json["unchanged"] as? [String] == ["p1"])

            // an array: one new, one changed, one broken
            let array = """
            [{"id":"p2","date":"2022-12-24","text":"Russia and Ukraine exchanged prisoners on Saturday."},
             {"id":"p1","date":"2022-12-23","text":"Azerbaijani forces shelled Armenian positions on Friday."},
             {"id":"p3","date":"24/12/2022","text":"Bad date."}]
            """
            let a = try await client.execute(uri: "/api/documents", method: .post, headers: headers("s3cret"), body: ByteBuffer(string: array))
            #expect(a.status == .ok, "\(a.text)")
            #expect(a.json["stored"] as? [String] == ["p2", "p1"])
            let errors = a.json["errors"] as? [[String: Any]] ?? []
            #expect(errors.count == 1)
            #expect(errors.first?["id"] as? String == "p3")
            #expect((errors.first?["error"] as? String)?.contains("date") == true)

            // JSON Lines
            let lines = #"{"id":"p4","date":"2022-12-25","text":"Protesters marched in Tbilisi."}"# + "\n\n"
                + #"{"id":"p5","text":"Talks resumed in Geneva."}"# + "\n"
            let l = try await client.execute(uri: "/api/documents", method: .post, headers: headers("s3cret"), body: ByteBuffer(string: lines))
            #expect(l.json["stored"] as? [String] == ["p4", "p5"], "\(l.text)")
            let health = try await client.execute(uri: "/api/health", method: .get)
            #expect(health.json["documents"] as? Int == 7)   // p1 was replaced, not added
        }
    }
}
