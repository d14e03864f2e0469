import Foundation
import Testing
@testable import AnnalsStore

@Suite struct ContentHashTests {
    @Test func sha256KnownVectors() {
        #expect(ContentHash.hex(ContentHash.sha256([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex(ContentHash.sha256(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex(ContentHash.sha256(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // a message that needs two padding blocks, and one of exactly 64 bytes
        #expect(ContentHash.hex(ContentHash.sha256(Array(repeating: 0x61, count: 64)))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        // fed in uneven pieces, the digest is the same as in one piece
        let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var h = SHA256()
        var start = 0
        for size in [1, 63, 64, 65, 3, 200, 604] {
            message[start..<start + size].withUnsafeBytes { h.update($0) }
            start += size
        }
        #expect(start == message.count)
        #expect(h.finish() == ContentHash.sha256(message))
        // and the hash of an article is the SHA-256 of its fields with separators
        #expect(ContentHash.of(date: "2022-12-25", title: nil, text: "Talks.")
                == ContentHash.hex(ContentHash.sha256(Array("2022-12-25\u{0}\u{0}Talks.\u{0}".utf8))))
    }

    /// The CPU's SHA instructions (Sources/CSHA256, used when the CPU has them) and the
    /// Swift compression give the same digests: messages of every length up to five blocks
    /// (so every padding case), fed whole and in pieces, and the standard vectors.
    @Test func cpuAndSwiftCompressionAgree() {
        func digest(_ message: [UInt8], swiftOnly: Bool, piece: Int) -> [UInt8] {
            var h = SHA256(swiftOnly: swiftOnly)
            var start = 0
            while start < message.count {
                let end = min(message.count, start + piece)
                message[start..<end].withUnsafeBytes { h.update($0) }
                start = end
            }
            return h.finish()
        }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in 0...320 {
            let message = (0..<length).map { _ -> UInt8 in
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                return UInt8(truncatingIfNeeded: seed >> 33)
            }
            let swift = digest(message, swiftOnly: true, piece: max(1, length))
            #expect(digest(message, swiftOnly: false, piece: max(1, length)) == swift, "length \(length)")
            #expect(digest(message, swiftOnly: false, piece: 7) == swift, "length \(length) in pieces of 7")
            // the hex digits written without the digest's array are those of the array
            var h = SHA256()
            message.withUnsafeBytes { h.update($0) }
            #expect(h.finishHex() == ContentHash.hex(swift), "length \(length) as hex")
        }
        for swiftOnly in [true, false] {
            #expect(ContentHash.hex(digest(Array("abc".utf8), swiftOnly: swiftOnly, piece: 3))
                    == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
            #expect(ContentHash.hex(digest(Array(repeating: 0x61, count: 1_000_000), swiftOnly: swiftOnly, piece: 4096))
                    == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        }
    }

    @Test func hashCoversDateTitleAndText() {
        let base = ContentHash.of(date: "2022-12-25", title: "T", text: "x")
        #expect(base == ContentHash.of(date: "2022-12-25", title: "T", text: "x"))
        #expect(base != ContentHash.of(date: "2022-12-26", title: "T", text: "x"))
        #expect(base != ContentHash.of(date: "2022-12-25", title: nil, text: "x"))
        #expect(base != ContentHash.of(date: "2022-12-25", title: "T", text: "y"))
        // separators: moving a character between fields changes the hash
        #expect(ContentHash.of(date: nil, title: "ab", text: "c") != ContentHash.of(date: nil, title: "a", text: "bc"))
    }
}

@Suite struct StoreTests {
    @Test func roundTrip() throws {
        let t = try TempStore(); defer { t.remove() }
        var e1 = TestEvent(); e1.more = ["They shelled again."]; e1.place = ("Shusha", 39.76, 46.75)
        var e2 = TestEvent(); e2.id = "e2"; e2.type = "CONSULT"; e2.mode = "phone"; e2.cameo = "041"; e2.acled = nil
        e2.actor = ("Ilham Aliyev", "AZE", "GOV"); e2.recipient = nil; e2.evidence = "Aliyev phoned Macron."
        let d = try prepared("doc1", text: "Azerbaijani forces shelled Armenian positions.", events: [e1, e2],
                             quotes: [("Nobody can influence us", "Ilham Aliyev")], places: true, source: "Reuters")
        #expect(try t.store.ingest([d]) == [.stored])
        let c = try t.store.counts()
        #expect(c.documents == 1 && c.actors == 3 && c.places == 1 && c.quotes == 1 && c.events == 2)
        #expect(c.participants == 3 && c.evidence == 3 && c.clusters == 1)

        var docRow: [StoreValue] = []
        try t.store.select("SELECT id, published, source, text, topics, json_extract(record, '$.document.id') FROM documents") { docRow = $0 }
        #expect(docRow == [.text("doc1"), .text("2022-12-25"), .text("Reuters"), .text("Azerbaijani forces shelled Armenian positions."),
                           .text("[\"armed-conflict\"]"), .text("doc1")])

        let events = try t.store.events(QueryFilter())
        #expect(events.rows.count == 2)
        let byId = Dictionary(uniqueKeysWithValues: events.rows.map { ($0[events.columns.firstIndex(of: "event")!].string!, $0) })
        func field(_ e: String, _ col: String) -> StoreValue { byId[e]![events.columns.firstIndex(of: col)!] }
        #expect(field("e1", "plover_type") == .text("ASSAULT"))
        #expect(field("e1", "acled_type") == .text("Battles"))
        #expect(field("e1", "actor_country") == .text("AZE"))
        #expect(field("e1", "recipient_sector") == .text("MIL"))
        #expect(field("e1", "place_name") == .text("Shusha"))
        #expect(field("e1", "lat") == .double(39.76))
        #expect(field("e1", "event_date") == .text("2022-12-23"))
        #expect(field("e2", "plover_mode") == .text("phone"))
        #expect(field("e2", "cameo_code") == .text("041"))
        #expect(field("e2", "recipient_name") == .null)
        #expect(field("e2", "evidence") == .text("Aliyev phoned Macron."))

        let q = try t.store.quotes(QueryFilter())
        #expect(q.column("speaker") == [.text("Ilham Aliyev")])
        #expect(q.column("title") == [.text("President of Azerbaijan")])
        #expect(q.column("text") == [.text("Nobody can influence us")])

        var place: [StoreValue] = []
        try t.store.select("SELECT name, country, lat, lon, feature, geonameid, mentions FROM places") { place = $0 }
        #expect(place == [.text("Shusha"), .text("AZE"), .double(39.76), .double(46.75), .text("city"), .int(147105), .int(1)])
        var plover: [String] = []
        try t.store.export(.plover) { plover.append($0) }
        let located = try #require(try JSONSerialization.jsonObject(with: Data(plover[0].utf8)) as? [String: Any])
        let loc = try #require(located["event_loc"] as? [String: Any])
        #expect(loc["geonameid"] as? Int == 147105 && loc["resolved_place"] as? String == "Shusha" && loc["country_code"] as? String == "AZE")

        #expect(try t.store.integrityCheck() == "ok")
        // the file opens read-only with the same content, and in WAL mode
        let reader = try Store(path: t.path, readOnly: true)
        #expect(try reader.counts() == c)
        var mode: [StoreValue] = []
        try reader.select("PRAGMA journal_mode") { mode = $0 }
        #expect(mode == [.text("wal")])
    }

    @Test func reingestSkipsAndChangedContentReplaces() throws {
        let t = try TempStore(); defer { t.remove() }
        var e = TestEvent(); e.evidence = "Forces shelled the old bridge."
        let a = try prepared("a", text: "first version", events: [e])
        let b = try prepared("b", text: "other", events: [TestEvent()])
        #expect(try t.store.ingest([a, b]) == [.stored, .stored])
        let before = try t.store.counts()
        #expect(try t.store.ingest([a, b]) == [.skipped, .skipped])
        #expect(try t.store.counts() == before)
        #expect(try t.store.knownDocuments().content == ["a": a.contentHash, "b": b.contentHash])
        #expect(try t.store.knownDocuments().inputs.isEmpty)

        var changed = TestEvent(); changed.evidence = "Forces crossed the new river."; changed.type = "MOBILIZE"; changed.cameo = "150"
        let a2 = try prepared("a", text: "second version", events: [changed, TestEvent(id: "e2")])
        #expect(try t.store.ingest([a2]) == [.replaced])
        let after = try t.store.counts()
        #expect(after.documents == 2 && after.events == 3 && after.actors == 6)
        var f = QueryFilter(); f.search = "bridge"
        #expect(try t.store.events(f).rows.isEmpty, "the old evidence left the full-text index")
        f.search = "river"
        #expect(try t.store.events(f).column("document") == [.text("a")])
        var hash: [StoreValue] = []
        try t.store.select("SELECT content_hash, text FROM documents WHERE id = 'a'") { hash = $0 }
        #expect(hash == [.text(a2.contentHash), .text("second version")])
        #expect(try t.store.integrityCheck() == "ok")
        // the same article twice in one batch: stored once
        let c = try prepared("c", text: "once")
        #expect(try t.store.ingest([c, c]) == [.stored, .skipped])
    }

    /// The full-text index is filled once per batch: a batch's evidence is searchable
    /// after it commits, an article replaced within its own batch leaves no stale entry,
    /// and the integrity check finds an evidence row the index lacks.
    @Test func fullTextIndexFollowsEachBatch() throws {
        let t = try TempStore(); defer { t.remove() }
        var old = TestEvent(); old.evidence = "Troops shelled the granary."
        var new = TestEvent(); new.evidence = "Troops crossed the viaduct."
        var other = TestEvent(); other.evidence = "Police dispersed the granary workers."
        let first = try prepared("a", text: "first", events: [old])
        let second = try prepared("a", text: "second", events: [new])
        let third = try prepared("b", text: "third", events: [other])
        #expect(try t.store.ingest([first, second, third]) == [.stored, .replaced, .stored])
        var f = QueryFilter(); f.search = "granary"
        #expect(try t.store.events(f).column("document") == [.text("b")])
        f.search = "viaduct"
        #expect(try t.store.events(f).column("document") == [.text("a")])
        #expect(try t.store.integrityCheck() == "ok")
        // a later batch replaces it again: the index follows
        var last = TestEvent(); last.evidence = "Troops left the viaduct."
        #expect(try t.store.ingest([try prepared("a", text: "fourth", events: [last])]) == [.replaced])
        f.search = "crossed"
        #expect(try t.store.events(f).rows.isEmpty)
        f.search = "left"
        #expect(try t.store.events(f).column("document") == [.text("a")])
        #expect(try t.store.integrityCheck() == "ok")
        // counter-example: a row written behind the store's back is not indexed, and the check says so
        try t.store.db.execute("INSERT INTO evidence(event, doc, seq, text, span_start, span_end) SELECT event, doc, 9, 'unindexed', 0, 9 FROM events LIMIT 1")
        #expect(try t.store.integrityCheck() != "ok")
    }

    @Test func clustersLinkReportsAcrossArticles() throws {
        let t = try TempStore(); defer { t.remove() }
        var first = TestEvent(); first.date = "2022-12-23"
        var nextDay = TestEvent(); nextDay.date = "2022-12-24"
        var tooLate = TestEvent(); tooLate.date = "2022-12-27"
        var otherSector = TestEvent(); otherSector.recipient = ("Armenian government", "ARM", "GOV")
        var negated = TestEvent(); negated.negated = true
        var noRecipientCountry = TestEvent(); noRecipientCountry.recipient = ("someone", nil, nil)
        try t.store.ingest([try prepared("r1", events: [first]), try prepared("r2", events: [nextDay]),
                            try prepared("r3", events: [tooLate]), try prepared("r4", events: [otherSector]),
                            try prepared("r5", events: [negated]), try prepared("r6", events: [noRecipientCountry])])
        var links: [String: (cluster: Int, reason: String, matched: String?)] = [:]
        try t.store.select("""
            SELECT d.id, l.cluster, l.reason, l.matched_document FROM cluster_links l JOIN events e ON e.event = l.event
            JOIN documents d ON d.doc = e.doc
            """) { links[$0[0].string!] = ($0[1].int!, $0[2].string!, $0[3].string) }
        #expect(Set(links.keys) == ["r1", "r2", "r3", "r4"], "negated events and unknown countries stay out of clusters")
        #expect(links["r1"]!.cluster == links["r2"]!.cluster)
        #expect(links["r2"]!.matched == "r1")
        #expect(links["r2"]!.reason.contains("1 day apart"))
        #expect(links["r2"]!.reason.contains("ASSAULT AZE/MIL -> ARM/MIL"))
        #expect(links["r3"]!.cluster != links["r1"]!.cluster)
        #expect(links["r4"]!.cluster != links["r1"]!.cluster)
        var summary: [StoreValue] = []
        try t.store.select("SELECT events, articles, sources, first_date, last_date FROM cluster_summary WHERE cluster = ?",
                           [.int(Int64(links["r1"]!.cluster))]) { summary = $0 }
        #expect(summary == [.int(2), .int(2), .int(2), .text("2022-12-23"), .text("2022-12-24")])

        // places: near ones merge, far ones do not
        var near = TestEvent(); near.date = "2023-05-01"; near.place = ("Shusha", 39.76, 46.75)
        var close = TestEvent(); close.date = "2023-05-01"; close.place = ("Stepanakert", 39.82, 46.75)
        var far = TestEvent(); far.date = "2023-05-01"; far.place = ("Baku", 40.38, 49.89)
        try t.store.ingest([try prepared("p1", events: [near]), try prepared("p2", events: [close]), try prepared("p3", events: [far])])
        var placed: [String: (Int, Double?)] = [:]
        try t.store.select("""
            SELECT d.id, l.cluster, l.distance_km FROM cluster_links l JOIN events e ON e.event = l.event JOIN documents d ON d.doc = e.doc
            WHERE d.id LIKE 'p%'
            """) { placed[$0[0].string!] = ($0[1].int!, $0[2].double) }
        #expect(placed["p1"]!.0 == placed["p2"]!.0)
        #expect(abs(placed["p2"]!.1! - 6.7) < 0.3)
        #expect(placed["p3"]!.0 != placed["p1"]!.0)

        // replacing r2 drops its link; replacing r3 (alone in its cluster) drops the cluster
        let clustersBefore = try t.store.counts().clusters
        try t.store.ingest([try prepared("r3", text: "changed", events: [])])
        #expect(try t.store.counts().clusters == clustersBefore - 1)
        try t.store.ingest([try prepared("r2", text: "changed", events: [])])
        try t.store.select("SELECT events FROM cluster_summary WHERE cluster = ?", [.int(Int64(links["r1"]!.cluster))]) { summary = $0 }
        #expect(summary == [.int(1)])
    }

    @Test func aBatchIsOneTransaction() throws {
        let t = try TempStore(); defer { t.remove() }
        try t.store.ingest([try prepared("before")])
        // a record whose two actors share an id breaks the actors key: the whole batch is rolled back
        let broken = testRecord(id: "broken", date: "2022-12-25").replacingOccurrences(of: "\"id\":\"a2\"", with: "\"id\":\"a1\"")
        let bad = try PreparedDocument(id: "broken", contentHash: "h", published: nil, title: nil, text: "t", recordJSON: Array(broken.utf8))
        #expect(throws: StoreError.self) { try t.store.ingest([try prepared("good"), bad]) }
        #expect(try t.store.knownDocuments().content.keys.sorted() == ["before"])
        #expect(try t.store.counts().actors == 3)
        // and the store goes on working
        #expect(try t.store.ingest([try prepared("good")]) == [.stored])
        #expect(try t.store.integrityCheck() == "ok")
    }

    /// Text is bound in place with its length: an empty string stays text (not NULL), and a
    /// zero byte inside a text does not cut it short; non-ASCII text comes back byte for byte.
    @Test func textIsStoredWhole() throws {
        let t = try TempStore(); defer { t.remove() }
        let text = "before\u{0}after — Zoë’s"
        let p = try prepared("nul", text: text, source: "")
        let d = PreparedDocument(id: p.id, contentHash: p.contentHash, inputHash: p.inputHash, published: p.published, title: "",
                                     text: p.text, source: p.source, recordJSON: p.recordJSON, topics: [], rows: p.rows)
        try t.store.ingest([d])
        var row: [StoreValue] = []
        try t.store.select("SELECT text, length(CAST(text AS BLOB)), title, typeof(title), source FROM documents WHERE id = 'nul'") { row = $0 }
        #expect(row == [.text(text), .int(Int64(text.utf8.count)), .text(""), .text("text"), .text("")])
    }

    /// The rows' buffer gives back every value as written: empty text stays text, a zero
    /// byte and non-ASCII text survive, integers keep their sign and doubles their bits.
    @Test func rowsKeepEveryValue() {
        // a first guess of 8 bytes: the writer grows several times
        let rows = StoreRows(capacity: 8) { rows in
            rows.row(.evidence)
            rows.int(0); rows.text(""); rows.int(-5); rows.int(Int.max); rows.text("a\u{0}é’"); rows.null(); rows.double(-0.1)
            rows.row(.participants)
            rows.text("actor"); rows.int(1); rows.text(nil as String?); rows.text("Iran"); rows.double(nil); rows.int(nil as Int?); rows.bool(true)
            rows.row(.actors)
            rows.text(UInt8(ascii: "a"), 0); rows.text(UInt8(ascii: "p"), 7); rows.text(UInt8(ascii: "e"), 10); rows.text(UInt8(ascii: "a"), 1_234_567)
            rows.text(String(repeating: "x", count: 5_000)); rows.text("Brasília" + String(repeating: "é", count: 40))
            rows.int(Int.min); rows.double(Double.infinity); rows.double(0)
        }
        let decoded = rows.decoded
        #expect(decoded.map(\.table) == [.evidence, .participants, .actors])
        #expect(decoded[0].values == [.int(0), .text(""), .int(-5), .int(Int64(Int.max)), .text("a\u{0}é’"), .null, .double(-0.1)])
        #expect(decoded[1].values == [.text("actor"), .int(1), .null, .text("Iran"), .null, .null, .int(1)])
        #expect(decoded[2].values == [.text("a0"), .text("p7"), .text("e10"), .text("a1234567"), .text(String(repeating: "x", count: 5_000)),
                                      .text("Brasília" + String(repeating: "é", count: 40)), .int(Int64.min), .double(.infinity), .double(0)])
        #expect(rows != StoreRows())
    }

    @Test func olderFilesGetNewColumns() throws {
        let t = try TempStore(); defer { t.remove() }
        try t.store.ingest([try prepared("old", places: true)])
        // a file from before input hashes and GeoNames ids
        try t.store.execute("DROP INDEX documents_hash; ALTER TABLE documents DROP COLUMN input_hash; ALTER TABLE places DROP COLUMN geonameid")
        let reopened = try Store(path: t.path)
        var columns: [String] = []
        try reopened.select("SELECT name FROM pragma_table_info('documents') UNION ALL SELECT name FROM pragma_table_info('places')") {
            columns.append($0[0].string!)
        }
        #expect(columns.contains("input_hash") && columns.contains("geonameid"))
        #expect(try reopened.ingest([try prepared("new", places: true)]) == [.stored])
        #expect(try reopened.knownDocuments().content.count == 2)
        #expect(try reopened.integrityCheck() == "ok")
    }

    @Test func errorRecordsAndBadJSONAreRefused() throws {
        #expect(throws: StoreError.self) {
            try PreparedDocument(id: "x", contentHash: "h", published: nil, title: nil, text: "t",
                                 recordJSON: Array(#"{"version":1,"document":{"id":"x"},"error":"no text"}"#.utf8))
        }
        #expect(throws: StoreError.self) {
            try PreparedDocument(id: "x", contentHash: "h", published: nil, title: nil, text: "t", recordJSON: Array("{not json".utf8))
        }
    }

    @Test func readOnlyOpenOfMissingFileFails() throws {
        #expect(throws: StoreError.self) { try Store(path: "/nonexistent/dir/x.db", readOnly: true) }
    }
}

@Suite struct RecordParserTests {
    @Test func readsWhatJSONDecoderReads() throws {
        var e = TestEvent(); e.evidence = "Quote \"marks\", back\\slash, tab\t, \u{1F600} and é"; e.more = ["second"]; e.place = ("Baku", 40.38, 49.89)
        let json = testRecord(id: "x\"y", date: "2022-12-25", title: "T\u{2019}s", events: [e], quotes: [("Nobody\n can", "Ilham Aliyev")], places: true)
        let fast = try RecordData(json: JSONParser.parse(Array(json.utf8)))
        let slow = try JSONDecoder().decode(RecordData.self, from: Data(json.utf8))
        #expect(fast.document.id == slow.document.id && fast.document.id == "x\"y")
        #expect(fast.document.title == "T\u{2019}s")
        #expect(fast.events?.first?.evidence?.text == slow.events?.first?.evidence?.text)
        #expect(fast.events?.first?.evidence?.text == "Quote \"marks\", back\\slash, tab\t, \u{1F600} and é")
        #expect(fast.events?.first?.place?.lat == 40.38 && slow.events?.first?.place?.lat == 40.38)
        #expect(fast.events?.first?.cameo?.goldstein == -10 && fast.events?.first?.cameo?.quad == 4)
        #expect(fast.events?.first?.more_evidence?.map(\.text) == ["second"])
        #expect(fast.quotes?.first?.speaker?.actor == "a3" && fast.quotes?.first?.text == "Nobody\n can")
        #expect(fast.actors?.map(\.name) == slow.actors?.map(\.name))
        #expect(fast.actors?.map { $0.mentions?.count } == slow.actors?.map { $0.mentions?.count })
        #expect(fast.places?.first?.feature == "city")
        #expect(fast.topics == ["armed-conflict"])
        // \u escapes, surrogate pairs, exponents
        let escaped = try JSONParser.parse(Array(#"{"a":"\u00e9\ud83d\ude00\/","b":-1.5e2,"c":[true,false,null]}"#.utf8))
        #expect(escaped["a"]?.string == "é😀/")
        #expect(escaped["b"]?.double == -150)
        #expect(escaped["c"]?.array?.count == 3)
        // skipped keys are stepped over, syntax still checked
        let skipped = try JSONParser.parse(Array(#"{"times":[{"x":"a\"]}","y":[1,{"z":null}]}],"b":2}"#.utf8), skipping: ["times"])
        #expect(skipped["times"]?.isNull == true && skipped["b"]?.int == 2)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(#"{"times":[1,{"a":2]],"b":2}"#.utf8), skipping: ["times"]) }
        for bad in [#"{"a":}"#, #"{"a":1"#, #"[1,]"#, #"{"a":"x}"#, "nul", #"{"a":1} x"#] {
            #expect(throws: JSONParseError.self, "\(bad)") { try JSONParser.parse(Array(bad.utf8)) }
        }
    }
}
