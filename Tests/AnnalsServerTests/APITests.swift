import AnnalsStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import AnnalsServer

@Suite struct QueryEndpointTests {
    @Test func health() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let r = try await client.execute(uri: "/api/health", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "application/json; charset=utf-8")
            #expect(r.json["status"] as? String == "ok")
            #expect(r.json["documents"] as? Int == 3)
            #expect(r.json["events"] as? Int == 5)
            #expect(r.json["clusters"] as? Int == 2)   // the shelling (two reports) and the meeting
        }
    }

    @Test func eventsPageThroughAllRows() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let all = try await client.execute(uri: "/api/events", method: .get)
            #expect(all.status == .ok)
            #expect(all.items.count == 5)
            #expect(all.json["limit"] as? Int == 100)
            #expect(all.json["offset"] as? Int == 0)
            #expect(all.json["next_offset"] is NSNull)
            // the columns of QuerySQL.eventColumns, negated as a boolean
            let first = all.items[0]
            for c in ["document", "event", "event_date", "date_basis", "published", "plover_type", "plover_mode", "cameo_code", "goldstein",
                      "quad", "acled_type", "acled_subtype", "actor_name", "actor_country", "actor_sector", "recipient_name",
                      "recipient_country", "recipient_sector", "place_name", "lat", "lon", "negated", "modality", "confidence", "cluster",
                      "evidence", "rule"] {
                #expect(first.keys.contains(c), "missing column \(c)")
            }
            #expect(all.items.compactMap { $0["negated"] as? Bool }.filter { $0 }.count == 1)
            var seen: [String] = []
            var offset: Int? = 0
            while let o = offset {
                let page = try await client.execute(uri: "/api/events?limit=2&offset=\(o)", method: .get)
                #expect(page.items.count <= 2)
                seen += page.items.map { "\($0["document"]!) \($0["event"]!)" }
                offset = page.json["next_offset"] as? Int
            }
            #expect(seen == all.items.map { "\($0["document"]!) \($0["event"]!)" })
            let last = try await client.execute(uri: "/api/events?limit=2&offset=4", method: .get)
            #expect(last.items.count == 1)
            #expect(last.json["next_offset"] is NSNull)
        }
    }

    @Test func eventFilters() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let cases: [(String, Int)] = [
                ("country=AZE", 3), ("country=aze&sector=GOV", 1), ("recipient=ARM", 4), ("plover=ASSAULT", 2), ("cameo=11", 1),
                ("from=2022-12-21", 2), ("from=2022-12-22&by=published", 1), ("near=39.76,46.75&radius=10", 2),
                ("search=Washington", 1), ("actor=Ilham+Aliyev", 1), ("actor=Ilham%20Aliyev&to=2022-12", 1),
                ("actor=&country=", 5),   // empty values are absent
            ]
            for (query, expected) in cases {
                let r = try await client.execute(uri: "/api/events?" + query, method: .get)
                #expect(r.status == .ok, "\(query): \(r.text)")
                #expect(r.items.count == expected, "\(query)")
            }
        }
    }

    @Test func badParametersAre400() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            for query in ["limit=0", "limit=10001", "limit=ten", "offset=-1", "from=yesterday", "to=2022-1", "by=day",
                          "near=91,0", "near=40", "near=1e1,5", "near=+5,5", "near= 5,5", "near=5.,5", "radius=-5", "unknown=1", "limit=5&limit=6", "actor=%zz", "search=%22"] {
                let r = try await client.execute(uri: "/api/events?" + query, method: .get)
                #expect(r.status == .badRequest, "\(query) gave \(r.status)")
                #expect(r.headers[.contentType] == "application/json; charset=utf-8")
                #expect((r.json["error"] as? String)?.isEmpty == false, "\(query): \(r.text)")
            }
            let r = try await client.execute(uri: "/api/quotes?plover=ASSAULT", method: .get)
            #expect(r.status == .badRequest)
        }
    }

    @Test func documents() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let r = try await client.execute(uri: "/api/documents", method: .get)
            #expect(r.status == .ok)
            #expect(r.items.map { $0["id"] as? String } == ["d1", "d2", "wire/d3"])
            #expect(r.items.map { $0["events"] as? Int } == [2, 2, 1])
            #expect(r.items.map { $0["quotes"] as? Int } == [0, 0, 1])
            #expect(r.items[0]["topics"] as? [String] == ["armed-conflict"])
            #expect(r.items[0]["title"] as? String == "Shelling near Shusha")
            let s = try await client.execute(uri: "/api/documents?search=shelling&to=2022-12-20", method: .get)
            #expect(s.items.map { $0["id"] as? String } == ["d1"])

            let one = try await client.execute(uri: "/api/documents/wire%2Fd3", method: .get)
            #expect(one.status == .ok)
            // the record as stored, with the article's text as a first member
            #expect(one.text == "{\"text\":\"Text of wire/d3.\"," + corpus[2].record.dropFirst())
            #expect(one.json["text"] as? String == "Text of wire/d3.")
            #expect(API.withText("{}", "a\"b") == "{\"text\":\"a\\\"b\"}")
            let missing = try await client.execute(uri: "/api/documents/nope", method: .get)
            #expect(missing.status == .notFound)
            #expect((missing.json["error"] as? String)?.contains("nope") == true)
        }
    }

    @Test func clustersActorsQuotes() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let c = try await client.execute(uri: "/api/clusters", method: .get)
            #expect(c.status == .ok)
            // the two reports of the shelling are one row; the three other events one row each
            #expect(c.items.count == 4)
            #expect(c.items.compactMap { $0["events"] as? Int }.sorted() == [1, 1, 1, 2])
            let a = try await client.execute(uri: "/api/actors?limit=1", method: .get)
            #expect(a.status == .ok)
            let q = try await client.execute(uri: "/api/quotes?actor=ilham+aliyev", method: .get)
            #expect(q.items.map { $0["text"] as? String } == ["We want peace."])
            #expect(q.items.first?["document"] as? String == "wire/d3")
        }
    }

    @Test func dailyTimeline() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let r = try await client.execute(uri: "/api/timeline/daily", method: .get)
            #expect(r.status == .ok)
            // the accusation dated only '2022-12' is on no day
            #expect(r.items.map { $0["date"] as? String } == ["2022-12-20", "2022-12-21"])
            let d = r.items[0]
            #expect(d["verbal_cooperation"] as? Int == 1)
            #expect(d["material_cooperation"] as? Int == 0)
            #expect(d["verbal_conflict"] as? Int == 0)
            #expect(d["material_conflict"] as? Int == 1)
            #expect(d["events"] as? Int == 2)
            #expect(d["goldstein_mean"] as? Double == -4.5)
            #expect(r.items[1]["material_cooperation"] as? Int == 1)
            #expect(r.items[1]["goldstein_mean"] as? Double == -1.5)
            let p = try await client.execute(uri: "/api/timeline/daily?by=published&plover=ACCUSE", method: .get)
            #expect(p.items.map { $0["date"] as? String } == ["2022-12-22"])
            #expect(p.items.first?["verbal_conflict"] as? Int == 1)
        }
    }

    @Test func network() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let r = try await client.execute(uri: "/api/network", method: .get)
            #expect(r.status == .ok)
            let edges = r.json["edges"] as? [[String: Any]] ?? []
            let nodes = r.json["nodes"] as? [[String: Any]] ?? []
            #expect(edges.count == 4)
            #expect(edges.first?["source"] as? String == "Azerbaijani forces")
            #expect(edges.first?["target"] as? String == "Armenian forces")
            #expect(edges.first?["events"] as? Int == 2)
            #expect(edges.first?["goldstein_mean"] as? Double == -10)
            // nameless participants are named by their country code
            #expect(edges.contains { $0["source"] as? String == "USA" && $0["target"] as? String == "ARM" })
            let aze = nodes.first { $0["id"] as? String == "Azerbaijani forces" }
            #expect(aze?["events"] as? Int == 3)
            #expect(aze?["country"] as? String == "AZE")
            #expect(aze?["sector"] as? String == "MIL")
            #expect(Set(nodes.compactMap { $0["id"] as? String }) == ["Azerbaijani forces", "Armenian forces", "Ilham Aliyev", "Nikol Pashinyan", "USA", "ARM"])

            let strong = try await client.execute(uri: "/api/network?min=2", method: .get)
            #expect((strong.json["edges"] as? [Any])?.count == 1)
            #expect((strong.json["nodes"] as? [Any])?.count == 2)
            let bad = try await client.execute(uri: "/api/network?min=0", method: .get)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func places() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let r = try await client.execute(uri: "/api/places", method: .get)
            #expect(r.status == .ok)
            #expect(r.items.count == 1)
            let p = r.items[0]
            #expect(p["place_name"] as? String == "Shusha")
            #expect(p["country"] as? String == "AZE")
            #expect(p["lat"] as? Double == 39.76)
            #expect(p["lon"] as? Double == 46.75)
            #expect(p["events"] as? Int == 2)
            #expect(p["goldstein_mean"] as? Double == -10)
            let none = try await client.execute(uri: "/api/places?plover=CONSULT", method: .get)
            #expect(none.items.isEmpty)
        }
    }

    @Test func unknownRouteIsJSON404() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            // a known path with a method it does not take: 405 naming the methods it does
            for (uri, method, allow) in [("/api/events", HTTPRequest.Method.put, "GET"), ("/api/documents", .delete, "GET, POST"),
                                         ("/api/documents/d1", .post, "GET"), ("/assets/app.js", .delete, "GET")] {
                let r = try await client.execute(uri: uri, method: method)
                #expect(r.status == .methodNotAllowed, "\(method) \(uri)")
                #expect(r.headers[.allow] == allow)
                #expect(r.json["error"] is String)
            }
            let deeper = try await client.execute(uri: "/api/documents/d1/more", method: .get)
            #expect(deeper.status == .notFound)
            let r = try await client.execute(uri: "/api/nothing", method: .get)
            #expect(r.status == .notFound)
            #expect(r.headers[.contentType] == "application/json; charset=utf-8")
            #expect(r.json["error"] is String)
        }
    }
}

@Suite struct PageAndHeaderTests {
    @Test func pageAndAssetsWithSecurityHeaders() async throws {
        let f = try Fixture()
        try await f.app().test(.router) { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("<html"))
            let csp = page.headers[.contentSecurityPolicy] ?? ""
            #expect(csp.contains("default-src 'self'"))
            #expect(csp.contains("script-src 'self'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            #expect(page.headers[.cacheControl] != nil)
            let etag = try #require(page.headers[.eTag])
            var h = HTTPFields()
            h[.ifNoneMatch] = etag
            let again = try await client.execute(uri: "/", method: .get, headers: h)
            #expect(again.status == .notModified)

            let missing = try await client.execute(uri: "/assets/nothing.js", method: .get)
            #expect(missing.status == .notFound)
            for uri in ["/assets/../openapi.json", "/assets/..%2Fopenapi.json", "/assets/web/index.html", "/assets/"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .notFound, "\(uri)")
            }
            // every JSON answer carries the headers too
            let health = try await client.execute(uri: "/api/health", method: .get)
            #expect(health.headers[.xContentTypeOptions] == "nosniff")
            #expect(health.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test func everyEmbeddedAssetIsServedWithItsType() async throws {
        let f = try Fixture()
        let files = StaticFiles().files
        #expect(files["index.html"] != nil)
        try await f.app().test(.router) { client in
            for (name, file) in files where name != "index.html" {
                let r = try await client.execute(uri: "/assets/" + name, method: .get)
                #expect(r.status == .ok, "\(name)")
                #expect(r.headers[.contentType] == file.contentType)
            }
        }
        #expect(StaticFiles.contentType("app.js") == "text/javascript; charset=utf-8")
        #expect(StaticFiles.contentType("style.css") == "text/css; charset=utf-8")
        #expect(StaticFiles.contentType("world.json") == "application/json; charset=utf-8")
    }
}
