import Foundation
import Testing
@testable import AnnalsStore

/// A small corpus with one event per article where each filter picks out a known set.
@Suite struct QueryTests {
    let t: TempStore

    init() throws {
        t = try TempStore()
        var a = TestEvent(); a.date = "2022-12-01"; a.place = ("Shusha", 39.76, 46.75); a.evidence = "Troops shelled the bridge near Shusha."
        var b = TestEvent(); b.type = "CONSULT"; b.mode = "phone"; b.cameo = "041"; b.acled = nil; b.date = "2022-12-10"
        b.actor = ("Ilham Aliyev", "AZE", "GOV"); b.recipient = ("Emmanuel Macron", "FRA", "GOV"); b.evidence = "Aliyev phoned Macron about the corridor."
        var c = TestEvent(); c.type = "PROTEST"; c.mode = "demo"; c.cameo = "141"; c.acled = ("Protests", "Peaceful protest"); c.date = "2023-01-05"
        c.actor = ("Armenian protesters", "ARM", "CVL"); c.recipient = ("Armenian government", "ARM", "GOV"); c.evidence = "Protesters marched in Yerevan."
        c.place = ("Yerevan", 40.18, 44.51)
        var d = TestEvent(); d.cameo = "1951"; d.date = "2023-02-01"; d.evidence = "Aircraft bombed the depot."
        try t.store.ingest([
            try prepared("A", date: "2022-12-02", events: [a], quotes: [("We will respond", "Ilham Aliyev")]),
            try prepared("B", date: "2022-12-11", events: [b]),
            try prepared("C", date: "2023-01-06", events: [c], quotes: [("The corridor must open", nil)]),
            try prepared("D", date: "2023-03-01", events: [d]),
        ])
    }

    func docs(_ configure: (inout QueryFilter) -> Void) throws -> [String] {
        var f = QueryFilter()
        configure(&f)
        return try t.store.events(f).column("document").compactMap(\.string)
    }

    @Test func limitAndOffsetPageEveryQuery() throws {
        defer { t.remove() }
        #expect(try docs { $0.limit = 2 } == ["A", "B"])
        #expect(try docs { $0.limit = 2; $0.offset = 2 } == ["C", "D"])
        #expect(try docs { $0.limit = 2; $0.offset = 3 } == ["D"])
        #expect(try docs { $0.offset = 1 } == ["B", "C", "D"])
        #expect(try docs { $0.offset = 9 } == [])
        // a deep page takes another plan (keys first): the same rows as the shallow plan's
        let many = try TempStore(); defer { many.remove() }
        try many.store.ingest((0..<40).map { i in
            var e = TestEvent(); e.date = String(format: "2022-12-%02d", 1 + i % 28)
            return try prepared(String(format: "M%02d", i), events: Array(repeating: e, count: 15).enumerated().map { k, e in var e = e; e.id = "e\(k + 1)"; return e })
        })
        var all = QueryFilter()
        let every = try many.store.events(all).rows
        #expect(every.count == 600)
        all.offset = 520; all.limit = 50
        #expect(try many.store.events(all).rows == Array(every[520..<570]))
        all.limit = nil
        #expect(try many.store.events(all).rows == Array(every[520...]))
        var f = QueryFilter(); f.offset = 1; f.limit = 1
        #expect(try t.store.quotes(f).column("document") == [.text("C")])
        #expect(try t.store.timeline(f).rows.count == 1)
        #expect(try t.store.documents(f).column("id") == [.text("B")])
        f.limit = nil
        #expect(try t.store.daily(f).column("date") == [.text("2022-12-10"), .text("2023-01-05"), .text("2023-02-01")])
        #expect(try t.store.actors(f).rows.count == (try t.store.actors(QueryFilter()).rows.count) - 1)
    }

    @Test func aggregatesForThePage() throws {
        defer { t.remove() }
        let all = QueryFilter()
        // every event has a full date: one day each, quad 4 for the three assaults and protests (the test records' quad)
        let daily = try t.store.daily(all)
        #expect(daily.column("date").count == 4)
        #expect(daily.column("events").allSatisfy { $0 == .int(1) })
        #expect(daily.column("material_conflict").allSatisfy { $0 == .int(1) })
        let dyads = try t.store.dyads(all)
        let pairs = dyads.rows.map { "\($0[0]) -> \($0[3]): \($0[6])" }
        #expect(pairs.contains("Azerbaijani forces -> Armenian forces: 2"))
        #expect(pairs.contains("Ilham Aliyev -> Emmanuel Macron: 1"))
        let places = try t.store.places(all)
        #expect(places.column("place_name") == [.text("Shusha"), .text("Yerevan")])
        #expect(places.column("events") == [.int(1), .int(1)])
        #expect(try t.store.record(id: "B")?.record.contains("\"Emmanuel Macron\"") == true)
        #expect(try t.store.record(id: "B")?.text == "Some text.")
        #expect(try t.store.record(id: "Z") == nil)
        var near = QueryFilter(); near.near = (40.18, 44.51); near.radiusKm = 5
        #expect(try t.store.places(near).column("place_name") == [.text("Yerevan")])
    }

    @Test func eventFilters() throws {
        defer { t.remove() }
        #expect(try docs { _ in } == ["A", "B", "C", "D"])
        #expect(try docs { $0.actor = "ilham aliyev" } == ["B"])
        #expect(try docs { $0.country = "aze" } == ["A", "B", "D"])
        #expect(try docs { $0.country = "AZE"; $0.sector = "MIL" } == ["A", "D"])
        #expect(try docs { $0.sector = "CVL" } == ["C"])
        #expect(try docs { $0.recipient = "Emmanuel Macron" } == ["B"])
        #expect(try docs { $0.recipient = "ARM" } == ["A", "C", "D"])
        #expect(try docs { $0.recipient = "ARM"; $0.recipientSector = "GOV" } == ["C"])
        #expect(try docs { $0.ploverType = "assault" } == ["A", "D"])
        #expect(try docs { $0.ploverMode = "phone" } == ["B"])
        #expect(try docs { $0.cameo = "19" } == ["A", "D"])
        #expect(try docs { $0.cameo = "195" } == ["D"])
        #expect(try docs { $0.acledType = "protests" } == ["C"])
        #expect(try docs { $0.from = "2022-12-05"; $0.to = "2023-01-31" } == ["B", "C"])
        #expect(try docs { $0.from = "2023" } == ["C", "D"])
        #expect(try docs { $0.to = "2023-01" } == ["A", "B", "C"])
        #expect(try docs { $0.from = "2022-12"; $0.to = "2022" } == ["A", "B"])
        #expect(try docs { $0.dateField = .published; $0.from = "2022-12-02"; $0.to = "2022-12-02" } == ["A"])
        #expect(try docs { $0.dateField = .published; $0.from = "2023-02-15" } == ["D"])
        #expect(try docs { $0.near = (39.8, 46.7); $0.radiusKm = 20 } == ["A"])
        #expect(try docs { $0.near = (40.0, 45.5); $0.radiusKm = 200 } == ["A", "C"])
        #expect(try docs { $0.search = "corridor" } == ["B"])
        #expect(try docs { $0.search = "shelled OR bombed" } == ["A", "D"])
        #expect(try docs { $0.country = "AZE"; $0.search = "bridge"; $0.from = "2022-11-01" } == ["A"])
        #expect(try docs { $0.limit = 2 } == ["A", "B"])
        #expect(throws: StoreError.self) { try docs { $0.search = "AND OR" } }
    }

    @Test func quotesActorsTimeline() throws {
        defer { t.remove() }
        var f = QueryFilter()
        #expect(try t.store.quotes(f).column("document") == [.text("A"), .text("C")])
        f.actor = "Ilham Aliyev"
        #expect(try t.store.quotes(f).column("text") == [.text("We will respond")])
        f = QueryFilter(); f.search = "corridor"
        #expect(try t.store.quotes(f).column("document") == [.text("C")])
        f = QueryFilter(); f.country = "AZE"; f.sector = "GOV"
        #expect(try t.store.quotes(f).column("document") == [.text("A")])
        f = QueryFilter(); f.from = "2023-01-01"
        #expect(try t.store.quotes(f).column("document") == [.text("C")])

        f = QueryFilter(); f.actor = "Armenian forces"
        let armenian = try t.store.actors(f)
        #expect(armenian.rows.count == 1)
        #expect(armenian.column("articles") == [.int(4)])
        #expect(armenian.column("mentions") == [.int(8)])
        // recipient of events in A and D (C's and B's recipients are other actors)
        #expect(armenian.column("as_recipient") == [.int(2)])
        f = QueryFilter(); f.search = "forces"; f.country = "AZE"
        #expect(try t.store.actors(f).column("as_actor") == [.int(2)])
        f = QueryFilter(); f.from = "2023-03-01"
        #expect(try t.store.actors(f).column("articles").allSatisfy { $0 == .int(1) })

        // the timeline merges clustered reports: add a second report of A's event
        var again = TestEvent(); again.date = "2022-12-02"; again.place = ("Shusha", 39.76, 46.75)
        try t.store.ingest([try prepared("A2", date: "2022-12-03", events: [again])])
        let timeline = try t.store.timeline(QueryFilter())
        #expect(timeline.column("date") == [.text("2022-12-01"), .text("2022-12-10"), .text("2023-01-05"), .text("2023-02-01")])
        #expect(timeline.column("events") == [.int(2), .int(1), .int(1), .int(1)])
        #expect(timeline.column("articles") == [.int(2), .int(1), .int(1), .int(1)])
        #expect(timeline.column("last_date") == [.text("2022-12-02"), .text("2022-12-10"), .text("2023-01-05"), .text("2023-02-01")])
        f = QueryFilter(); f.ploverType = "ASSAULT"
        #expect(try t.store.timeline(f).rows.count == 2)
    }

    @Test func exports() throws {
        defer { t.remove() }
        var plover: [String] = []
        #expect(try t.store.export(.plover) { plover.append($0) } == 4)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(plover[0].utf8)) as? [String: Any])
        for key in ["id", "date", "actor", "recipient", "event", "mode", "event_loc", "event_text", "quad_code", "event_scale", "link",
                    "text_info", "cite_info", "coder", "coded_date"] {
            #expect(first[key] != nil, "\(key)")
        }
        #expect(first["id"] as? String == "A:e1")
        #expect(first["date"] as? String == "2022-12-01")
        #expect(first["event"] as? [String] == ["ASSAULT"])
        let actor = try #require((first["actor"] as? [[String: Any]])?.first)
        #expect(actor["code"] as? String == "AZE" && actor["sector"] as? String == "MIL" && actor["entity_text"] as? String == "Azerbaijani forces")
        let loc = try #require(first["event_loc"] as? [String: Any])
        #expect(loc["extracted_place"] as? String == "Shusha" && loc["lat"] as? Double == 39.76)
        #expect(first["event_text"] as? [String] == ["Troops shelled the bridge near Shusha."])
        #expect(first["quad_code"] as? Int == 4)
        #expect((first["link"] as? String)?.hasPrefix("cluster-") == true)
        let phone = try #require(try JSONSerialization.jsonObject(with: Data(plover[1].utf8)) as? [String: Any])
        #expect(phone["mode"] as? [String] == ["phone"])
        #expect((phone["actor"] as? [[String: Any]])?.first?["office"] as? String == "President of Azerbaijan")

        var csv = ""
        #expect(try t.store.export(.csv) { csv += $0 } == 4)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("document,event,event_date"))

        var acled = ""
        #expect(try t.store.export(.acled) { acled += $0 } == 3, "the CONSULT event is outside ACLED")
        let rows = acled.split(separator: "\r\n")
        #expect(rows[0] == "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,country,location,latitude,longitude,source,notes,fatalities")
        #expect(rows[1].hasPrefix("A:e1,2022-12-01,2022,1,Battles,Armed clash,Azerbaijani forces (AZE MIL),,Armenian forces (ARM MIL),,,Shusha,39.76,46.75,A,"))
    }

    @Test func outputFormats() throws {
        defer { t.remove() }
        let r = ResultSet(columns: ["a", "b"], rows: [[.text("x,y"), .int(1)], [.text("say \"hi\""), .null]])
        #expect(Output.render(r, as: .csv) == "a,b\r\n\"x,y\",1\r\n\"say \"\"hi\"\"\",\r\n")
        #expect(Output.render(r, as: .jsonl) == "{\"a\":\"x,y\",\"b\":1}\n{\"a\":\"say \\\"hi\\\"\",\"b\":null}\n")
        let table = Output.render(r, as: .table)
        #expect(table.hasPrefix("a         b\n--------  -\nx,y       1\n"))
        #expect(table.hasSuffix("(2 rows)\n"))
    }
}
