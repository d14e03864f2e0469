import Foundation
import Hummingbird
import Testing
@testable import AnnalsServer

@Suite struct OpenAPITests {
    /// "GET /api/documents/{id}" for each operation of the document.
    static func documented() throws -> Set<String> {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any])
        #expect(object["openapi"] as? String == "3.1.0")
        let paths = try #require(object["paths"] as? [String: [String: Any]])
        var out = Set<String>()
        for (path, item) in paths {
            for method in item.keys where ["get", "post", "put", "delete", "patch", "head"].contains(method) {
                out.insert("\(method.uppercased()) \(path)")
            }
        }
        return out
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws {
        let f = try Fixture()
        let router = API(pool: f.pool, settings: ServerSettings(token: nil, maxBody: 1)).router(log: { _ in })
        // the router writes a capture as {name} and a catch-all as **; the document names the asset {name}
        let served = Set(router.routes.map { "\($0.method) \($0.path)".replacingOccurrences(of: "/**", with: "/{name}") })
        let documented = try Self.documented()
        #expect(served.count >= 14)
        #expect(served.subtracting(documented).isEmpty, "served but not documented: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "documented but not served: \(documented.subtracting(served).sorted())")
        // the table behind 405 answers names the same routes
        let table = Set(API.routeTable.flatMap { r in r.methods.map { "\($0) \(r.path)".replacingOccurrences(of: "/**", with: "/{name}") } })
        #expect(table == served)
    }

    @Test func servedAsJSON() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let r = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "application/json; charset=utf-8")
            #expect(r.json["openapi"] as? String == "3.1.0")
        }
    }
}
