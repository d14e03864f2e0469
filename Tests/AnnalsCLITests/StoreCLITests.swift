import AnnalsStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A generated JSON Lines corpus: similar reports of a few conflicts on a few days,
/// so the engine finds actors, quotes and events and the store forms clusters.
func generatedCorpus(_ n: Int, changed: Set<Int> = []) -> String {
    let sides = [("Azerbaijani", "Armenian", "Shusha", "Ilham Aliyev"), ("Russian", "Ukrainian", "Kharkiv", "Sergei Lavrov"),
                 ("Israeli", "Palestinian", "Gaza", "Benjamin Netanyahu"), ("Indian", "Pakistani", "Kashmir", "Narendra Modi")]
    var out = ""
    for i in 0..<n {
        let (a, b, place, leader) = sides[i % sides.count]
        let day = 1 + (i / sides.count) % 9
        var text = "\(a) forces attacked \(b) troops near \(place) on Friday, the defence ministry said. "
        text += "\"We will not accept this,\" \(leader) said on Saturday. "
        text += "Officials from both sides met in Geneva to discuss a ceasefire, and the United Nations called for restraint. "
        text += "Report number \(i)."
        if changed.contains(i) { text += " Updated with new details." }
        let object: [String: Any] = ["id": "gen-\(i)", "date": String(format: "2022-12-%02d", day), "title": "Report \(i)", "text": text]
        out += String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }
    return out
}

@Suite struct StoreCLITests {
    @Test func ingestSkipsReplacesAndQueries() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let corpus = try dir.file("corpus.jsonl", generatedCorpus(24) + "{\"id\":\"broken\",\"date\":\"2022-12-01\"}\nnot json\n")
        let db = dir.url.appendingPathComponent("c.db").path

        let first = try CLI.run(["ingest", "--db", db, "--jsonl", corpus, "--log-every", "0.0001"])
        #expect(first.status == 1, "two articles fail")
        #expect(first.stderr.contains("24 stored, 0 replaced, 0 skipped (already stored), 2 failed"), "\(first.stderr)")
        #expect(first.stderr.contains("line 25, article \"broken\": no \"text\""))
        #expect(first.stderr.contains("line 26: invalid JSON"))
        #expect(first.stderr.contains("articles/s"), "progress lines when standard error is not a terminal")

        let second = try CLI.run(["ingest", "--db", db, "--jsonl", corpus])
        #expect(second.stderr.contains("0 stored, 0 replaced, 24 skipped (already stored), 2 failed"), "\(second.stderr)")

        let changed = try dir.file("changed.jsonl", generatedCorpus(24, changed: [3, 7]))
        let third = try CLI.run(["ingest", "--jsonl", changed], environment: ["ANNALS_DB": db])
        #expect(third.status == 0)
        #expect(third.stderr.contains("0 stored, 2 replaced, 22 skipped"), "\(third.stderr)")

        let store = try Store(path: db, readOnly: true)
        let counts = try store.counts()
        #expect(counts.documents == 24)
        #expect(counts.events > 0 && counts.actors > 0 && counts.quotes > 0)
        var text: [StoreValue] = []
        try store.select("SELECT text FROM documents WHERE id = 'gen-3'") { text = $0 }
        #expect(text.first?.string?.hasSuffix("Updated with new details.") == true)

        // queries read the same store; jsonl rows parse, csv has a header
        let events = try CLI.run(["events", "--db", db, "--format", "jsonl", "--limit", "0"])
        #expect(events.status == 0, "\(events.stderr)")
        #expect(events.records.count == counts.events)
        let csv = try CLI.run(["export", "--db", db, "--format", "csv"])
        #expect(csv.text.split(separator: "\r\n").count == counts.events + 1)
        let plover = try CLI.run(["export", "--db", db, "--format", "plover"])
        #expect(plover.records.allSatisfy { $0["id"] is String && $0["event"] is [String] && $0["actor"] is [Any] })
        #expect(plover.records.count > 0)
        let acled = try CLI.run(["export", "--db", db, "--format", "acled"])
        #expect(acled.text.hasPrefix("event_id_cnty,event_date,"))

        let assaults = try CLI.run(["events", "--db", db, "--plover", "ASSAULT", "--country", "AZE", "--format", "jsonl"])
        #expect(assaults.records.allSatisfy { $0["plover_type"] as? String == "ASSAULT" && $0["actor_country"] as? String == "AZE" })
        let table = try CLI.run(["events", "--db", db, "--search", "attacked", "--limit", "3"])
        #expect(table.status == 0)
        #expect(table.text.contains("(3 rows)"))
        let quotes = try CLI.run(["quotes", "--db", db, "--search", "accept", "--format", "csv"])
        #expect(quotes.text.split(separator: "\r\n").count == 25, "one quote per article")
        let actors = try CLI.run(["actors", "--db", db, "--format", "jsonl"])
        #expect(actors.records.contains { $0["name"] as? String == "United Nations" && $0["articles"] as? Int == 24 })
        let timeline = try CLI.run(["timeline", "--db", db, "--format", "jsonl", "--limit", "0"])
        let merged = timeline.records.reduce(0) { $0 + ($1["events"] as? Int ?? 0) }
        #expect(merged == counts.events, "the timeline accounts for every event")
        #expect(timeline.records.count < counts.events, "reports of the same shelling on the same day are merged")

        // wrong usage
        let badDate = try CLI.run(["events", "--db", db, "--from", "12/01/2022"])
        #expect(badDate.status == 64)
        let wrongFilter = try CLI.run(["quotes", "--db", db, "--plover", "ASSAULT"])
        #expect(wrongFilter.status == 64 && wrongFilter.stderr.contains("--plover does not apply"))
        let badSearch = try CLI.run(["events", "--db", db, "--search", "AND OR"])
        #expect(badSearch.status == 1 && badSearch.stderr.contains("fts5"))
        let missing = try CLI.run(["events", "--db", dir.url.appendingPathComponent("none.db").path])
        #expect(missing.status != 0 && missing.stderr.contains("no such store"))
    }

    /// Inputs read before are skipped unread; the same content written differently is
    /// skipped by its content hash; one id seen with two contents in one run ends with the last.
    @Test func sameIdTwiceInOneRunAndRewrittenLines() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let db = dir.url.appendingPathComponent("s.db").path
        let a = #"{"id":"x","date":"2022-12-02","source":"Wire A","text":"Azerbaijani forces attacked Armenian troops near Shusha on Friday."}"#
        let b = #"{"id":"x","date":"2022-12-02","source":"Wire B","text":"Armenian forces attacked Azerbaijani troops near Shusha on Friday."}"#
        let aRewritten = #"{"text": "Azerbaijani forces attacked Armenian troops near Shusha on Friday.", "date": "2022-12-02", "id": "x", "url": "u"}"#
        let noID = #"{"date":"2022-12-03","text":"Talks resumed in Geneva."}"#
        let first = try CLI.run(["ingest", "--db", db, "--jsonl", try dir.file("1.jsonl", a + "\n" + noID + "\n")])
        #expect(first.stderr.contains("2 stored, 0 replaced, 0 skipped"), "\(first.stderr)")
        let again = try CLI.run(["ingest", "--db", db, "--jsonl", try dir.file("2.jsonl", aRewritten + "\n" + noID + "\n")])
        #expect(again.stderr.contains("0 stored, 0 replaced, 2 skipped"), "\(again.stderr)")
        let aba = try CLI.run(["ingest", "--db", db, "--jsonl", try dir.file("3.jsonl", [a, b, a].joined(separator: "\n"))])
        #expect(aba.stderr.contains("0 stored, 2 replaced, 1 skipped"), "\(aba.stderr)")
        var text: [StoreValue] = []
        try Store(path: db, readOnly: true).select("SELECT text, source FROM documents WHERE id = 'x'") { text = $0 }
        #expect(text.first?.string?.hasPrefix("Azerbaijani forces") == true)
        #expect(text.last?.string == "Wire A", "the outlet of the line analyzed again keeps its source")
        let last = try CLI.run(["ingest", "--db", db, "--jsonl", try dir.file("4.jsonl", b + "\n")])
        #expect(last.stderr.contains("0 stored, 1 replaced, 0 skipped"), "\(last.stderr)")
    }

    /// Plain-text files and directories as for analyze, and JSON Lines on standard input.
    @Test func filesDirectoriesAndStandardInput() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let db = dir.url.appendingPathComponent("f.db").path
        try dir.file("articles/a.txt", "date 2022-12-02 Azerbaijani forces attacked Armenian troops near Shusha on Friday.")
        try dir.file("articles/sub/b.txt", "date 2022-12-03 Protesters marched in Yerevan on Saturday.")
        let bad = try dir.file("articles/c.txt", "date 2022-13-45 Impossible.")
        let folder = dir.url.appendingPathComponent("articles").path
        let first = try CLI.run(["ingest", "--db", db, folder])
        #expect(first.status == 1)
        #expect(first.stderr.contains("2 stored, 0 replaced, 0 skipped (already stored), 1 failed"), "\(first.stderr)")
        #expect(first.stderr.contains("\(bad): impossible date '2022-13-45'"))
        let again = try CLI.run(["ingest", "--db", db, folder])
        #expect(again.stderr.contains("0 stored, 0 replaced, 2 skipped"), "\(again.stderr)")
        try dir.file("articles/a.txt", "date 2022-12-02 Azerbaijani forces shelled Armenian troops near Shusha on Friday.")
        let changed = try CLI.run(["ingest", "--db", db, folder])
        #expect(changed.stderr.contains("0 stored, 1 replaced, 1 skipped"), "\(changed.stderr)")
        // the same date given with --date is other input: read again, same content, skipped
        let dated = try CLI.run(["ingest", "--db", db, "--date", "2022-12-03", dir.url.appendingPathComponent("articles/sub/b.txt").path])
        #expect(dated.stderr.contains("0 stored, 0 replaced, 1 skipped"), "\(dated.stderr)")
        let piped = try CLI.run(["ingest", "--db", db, "--jsonl", "-"], stdin: Data(#"{"id":"p","date":"2022-12-04","text":"Talks resumed in Geneva."}"#.utf8))
        #expect(piped.stderr.contains("1 stored, 0 replaced, 0 skipped"), "\(piped.stderr)")
        #expect(try Store(path: db, readOnly: true).counts().documents == 3)
    }

    /// Two ingests of the same corpus into one file at the same time store every document once.
    @Test func concurrentIngestsDoNotDuplicate() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let n = 48
        let corpus = try dir.file("corpus.jsonl", generatedCorpus(n))
        let db = dir.url.appendingPathComponent("both.db").path
        let clean = dir.url.appendingPathComponent("clean.db").path
        let exe = try #require(CLI.binary)
        // the store must exist before two processes race to create its schema
        _ = try Store(path: db)
        let processes = (0..<2).map { _ in
            let p = Process()
            p.executableURL = exe
            p.arguments = ["ingest", "--jsonl", corpus, "--db", db, "--batch", "4", "--jobs", "1"]
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        _ = try CLI.run(["ingest", "--jsonl", corpus, "--db", clean, "--jobs", "1"])
        let both = try Store(path: db)  // writable: the integrity check covers the full-text index
        let counts = try both.counts()
        #expect(counts.documents == n)
        #expect(counts.events == (try Store(path: clean, readOnly: true).counts().events))
        var duplicates: [StoreValue] = []
        try both.select("SELECT count(*) FROM (SELECT doc, event_id FROM events GROUP BY doc, event_id HAVING count(*) > 1)") { duplicates = $0 }
        #expect(duplicates == [.int(0)])
        #expect(try both.integrityCheck() == "ok")
    }

    /// SIGKILL in the middle of an ingest, then the same command again: the
    /// store ends with exactly what a clean run stores, and SQLite finds it sound.
    @Test func killedIngestResumes() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let n = 160
        let corpus = try dir.file("corpus.jsonl", generatedCorpus(n))
        let cleanDB = dir.url.appendingPathComponent("clean.db").path
        let killedDB = dir.url.appendingPathComponent("killed.db").path
        // one worker: the suites run in parallel, and this test should not slow the others down
        let arguments = ["ingest", "--jsonl", corpus, "--batch", "8", "--jobs", "1"]

        let clean = try CLI.run(arguments + ["--db", cleanDB])
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try Store(path: cleanDB, readOnly: true).counts()
        #expect(expected.documents == n)

        // start, wait until some but not all batches are committed, kill
        let exe = try #require(CLI.binary)
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments + ["--db", killedDB]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var storedAtKill = 0
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            usleep(5_000)
            if FileManager.default.fileExists(atPath: killedDB),
               let c = try? Store(path: killedDB, readOnly: true).counts().documents, c >= n / 3 {
                kill(process.processIdentifier, SIGKILL)
                storedAtKill = c
                break
            }
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL, "the ingest was killed, not finished")
        #expect(storedAtKill > 0 && storedAtKill < n)
        let partial = try Store(path: killedDB, readOnly: false).counts().documents
        #expect(partial >= storedAtKill && partial < n, "committed batches survive; the run was not complete")

        let resumed = try CLI.run(arguments + ["--db", killedDB])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(n - partial) stored, 0 replaced, \(partial) skipped"), "\(resumed.stderr)")
        let store = try Store(path: killedDB, readOnly: false)
        #expect(try store.counts() == expected)
        #expect(try store.integrityCheck() == "ok")
        var duplicates: [StoreValue] = []
        try store.select("SELECT count(*) FROM (SELECT doc, event_id FROM events GROUP BY doc, event_id HAVING count(*) > 1)") { duplicates = $0 }
        #expect(duplicates == [.int(0)])
    }
}
