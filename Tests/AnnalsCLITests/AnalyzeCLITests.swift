import Foundation
import Testing

/// End-to-end tests of `annals analyze` and `annals demo`: the real binary,
/// real files, real standard input.
@Suite struct AnalyzeCLITests {
    @Test func demo() throws {
        let run = try CLI.run(["demo"])
        #expect(run.status == 0, "\(run.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        #expect(record.id == "demo")
        #expect(record.date == "2024-03-15")
        #expect(record["version"] as? Int == 1)
        for key in ["times", "actors", "places", "quotes", "events", "topics"] { #expect(record[key] is [Any], "\(key)") }

        // `demo --compact` is what `analyze` writes for the same article (apart from its id).
        let compact = try CLI.run(["demo", "--compact"])
        let article = try CLI.run(["demo", "--text"])
        #expect(article.text.hasPrefix("date 2024-03-15 "))
        let analyzed = try CLI.run(["analyze"], stdin: article.stdout)
        #expect(analyzed.status == 0)
        #expect(compact.text.split(separator: "\n").count == 1)
        #expect(compact.text.replacingOccurrences(of: #"{"id":"demo","#, with: #"{"id":"stdin","#) == analyzed.text)
    }

    @Test func plainTextFileWithHeader() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let path = try dir.file("a.txt", " date 2022-12-25 Leaders met in Baku on Friday.\n")
        let run = try CLI.run(["analyze", path])
        #expect(run.status == 0)
        let records = run.records
        #expect(records.count == 1)
        #expect(records.first?.id == path)
        #expect(records.first?.date == "2022-12-25")
        #expect(records.first?.document["title"] is NSNull)
    }

    @Test func dateOverride() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let withHeader = try dir.file("a.txt", "date 2022-12-25 Leaders met.")
        let without = try dir.file("b.txt", "Leaders met.")
        let run = try CLI.run(["analyze", "--date", "2023-01-02", withHeader, without])
        #expect(run.status == 0)
        #expect(run.records.map(\.date) == ["2023-01-02", "2023-01-02"])
        #expect(run.records.map(\.id) == [withHeader, without])

        let plain = try CLI.run(["analyze", without])
        #expect(plain.records.first?.document["date"] is NSNull)

        let bad = try CLI.run(["analyze", "--date", "2022-13-45", without])
        #expect(bad.status != 0 && bad.status != 1)
        #expect(bad.stderr.contains("2022-13-45"))
        #expect(bad.stdout.isEmpty)
    }

    @Test func badPlainTextFilesGiveErrorRecords() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let good = try dir.file("1.txt", "Leaders met.")
        let impossible = try dir.file("2.txt", "date 2022-13-45 Leaders met.")
        let invalid = try dir.file("3.txt", Data([0x41, 0xFF, 0x42]))
        let missing = dir.url.appendingPathComponent("4.txt").path
        let run = try CLI.run(["analyze", good, impossible, invalid, missing, good])
        #expect(run.status == 1)
        let records = run.records
        #expect(records.map(\.id) == [good, impossible, invalid, missing, good])
        #expect(records.map { $0.error == nil } == [true, false, false, false, true])
        #expect(records[1].error?.contains("impossible date '2022-13-45'") == true)
        #expect(records[2].error?.contains("invalid UTF-8 at byte 1") == true)
        #expect(records[3].error?.contains("cannot open") == true)
        #expect(run.stderr.contains("3 articles could not be analyzed"))
    }

    @Test func directoryInNameOrder() throws {
        let dir = try TempDir(); defer { dir.remove() }
        try dir.file("b.txt", "B.")
        try dir.file("a.txt", "date 2022-12-25 A.")
        try dir.file("sub/c.txt", "C.")
        try dir.file("sub/deeper/d.txt", "D.")
        try dir.file("z.txt", "Z.")
        try dir.file(".hidden/x.txt", "X.")
        try dir.file(".dotfile", "Y.")
        let run = try CLI.run(["analyze", dir.url.path])
        #expect(run.status == 0)
        let root = dir.url.path
        #expect(run.records.map(\.id) == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "z.txt"].map { root + "/" + $0 })
        #expect(run.records.first?.date == "2022-12-25")

        // A directory and a file together: each expands in place.
        let single = try dir.file("0.txt", "Zero.")
        let mixed = try CLI.run(["analyze", "--jobs", "2", root + "/sub", single])
        #expect(mixed.records.map(\.id) == [root + "/sub/c.txt", root + "/sub/deeper/d.txt", single])
    }

    @Test func standardInput() throws {
        let run = try CLI.run(["analyze"], stdin: Data("date 2022-12-25 Leaders met.".utf8))
        #expect(run.status == 0)
        #expect(run.records.first?.id == "stdin")
        #expect(run.records.first?.date == "2022-12-25")
        let dash = try CLI.run(["analyze", "-", "--date", "2020-02-02"], stdin: Data("Leaders met.".utf8))
        #expect(dash.records.first?.date == "2020-02-02")
    }

    static let mixedJSONL = [
        #"{"id":"good1","date":"2022-12-25","title":"Talks","text":"Leaders met on Friday."}"#,
        #"{"id":"broken","text":"#,
        "",
        #"["not","an","object"]"#,
        #"{"id":"nostring","text":42}"#,
        #"{"id":"baddate","date":"2022-13-45","text":"Hi."}"#,
        #"{"id":"notext"}"#,
        #"{"id":"good2","text":"Bye."}"#,
    ].joined(separator: "\n") + "\n"

    @Test func jsonlFromStandardInputKeepsGoingAfterErrors() throws {
        let run = try CLI.run(["analyze", "--jsonl"], stdin: Data(Self.mixedJSONL.utf8))
        #expect(run.status == 1)
        let records = run.records
        #expect(records.count == 7, "a blank line is not a record; every other line gives one")
        #expect(records.map { $0.error == nil } == [true, false, false, false, false, false, true])
        #expect(records.first?.document["title"] as? String == "Talks")
        #expect(records.last?.id == "good2")
        #expect(records[1].error?.hasPrefix("line 2: invalid JSON") == true)
        #expect(records[2].error?.hasPrefix("line 4: expected a JSON object") == true)
        #expect(records[3].error == #"line 5, article "nostring": "text" must be a string, found a number"#)
        #expect(records[3].id == "nostring")
        #expect(records[4].error == #"line 6, article "baddate": impossible date "2022-13-45""#)
        #expect(records[5].error == #"line 7, article "notext": no "text""#)
        for r in records where r.error != nil { #expect(Set(r.keys) == ["version", "document", "error"]) }
    }

    @Test func jsonlFromFilesNamesTheFile() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let a = try dir.file("a.jsonl", Self.mixedJSONL)
        let b = try dir.file("b.jsonl", #"{"id":"b1","text":"One."}"# + "\r\n" + #"{"id":"b2","text":"Two."}"#)
        let run = try CLI.run(["analyze", "--jsonl", a, b])
        #expect(run.status == 1)
        #expect(run.records.count == 9)
        #expect(run.records.suffix(2).map(\.id) == ["b1", "b2"])
        #expect(run.records[1].error?.hasPrefix("\(a): line 2: invalid JSON") == true)

        let good = try CLI.run(["analyze", "--jsonl", b])
        #expect(good.status == 0)
        #expect(good.records.map(\.id) == ["b1", "b2"])
    }

    /// Output order is input order, byte for byte, whatever --jobs.
    @Test func jobsDoNotChangeOutput() throws {
        var lines: [String] = []
        let openers = ["Officials said", "Dr. Smith told reporters", "The U.S. envoy said", "“We will stay,” she said, and",
                       "Łukasz Nowak, 34, said", "東京の当局者は", "Police in Baku said"]
        for i in 0..<300 {
            let text = "\(openers[i % openers.count]) talks number \(i) began on Friday. "
                + String(repeating: "They met again on \(i % 28 + 1) March 2022 and spoke for \(i % 5 + 1) hours. ", count: i % 9 + 1)
                + (i % 4 == 0 ? "\n\nA second paragraph follows.\nHeadline-like line\nMore text." : "")
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
            if i % 37 == 5 {
                lines.append("{\"id\":\"bad\(i)\",\"text\":") // broken JSON
            } else {
                lines.append("{\"id\":\"art\(i)\",\"date\":\"2022-\(String(format: "%02d", i % 12 + 1))-15\",\"text\":\"\(escaped)\"}")
            }
        }
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let one = try CLI.run(["analyze", "--jsonl", "--jobs", "1"], stdin: input)
        let two = try CLI.run(["analyze", "--jsonl", "--jobs", "2"], stdin: input)
        let three = try CLI.run(["analyze", "--jsonl", "--jobs", "3"], stdin: input)
        #expect(one.status == 1 && two.status == 1)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout == three.stdout)
        let ids = one.records.map { $0.id ?? "line" }
        #expect(ids.count == 300)
        let expected = (0..<300).map { $0 % 37 == 5 ? "line" : "art\($0)" }
        #expect(ids == expected)

        // The same for a directory of files.
        let dir = try TempDir(); defer { dir.remove() }
        for i in 0..<60 { try dir.file(String(format: "d%03d.txt", i), "date 2022-12-25 Report \(i). Leaders met on Friday.") }
        let d1 = try CLI.run(["analyze", "--jobs", "1", dir.url.path])
        let d2 = try CLI.run(["analyze", "--jobs", "2", dir.url.path])
        #expect(d1.stdout == d2.stdout)
        #expect(d1.records.count == 60)
    }

    @Test func sharedArticle() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/articles/000_16cbb9f82b15c5f5.txt").standardized.path
        guard FileManager.default.fileExists(atPath: path) else { return }   // ../shared absent
        let run = try CLI.run(["analyze", path])
        #expect(run.status == 0)
        #expect(run.records.first?.date == "2022-12-25")
    }

    /// A one-line article, process start included. Asserts only a loose
    /// ceiling; the measured figure is printed.
    @Test func oneLineArticleIsFast() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let path = try dir.file("one.txt", "date 2022-12-25 Leaders met in Baku on Friday.")
        var best = Double.infinity
        for _ in 0..<3 {
            let run = try CLI.run(["analyze", path])
            #expect(run.status == 0)
            best = min(best, run.seconds)
        }
        print("annals analyze, one-line article: \(Int(best * 1000)) ms wall time (best of 3, process start included)")
        #expect(best < 5.0)   // debug build, suites in parallel; the release figure is in the notes
    }
}

@Suite struct HelpCLITests {
    /// (arguments, words the help must contain)
    @Test(arguments: [
        (["--help"], ["USAGE: annals <subcommand>", "analyze", "demo", "bench", "annals demo"]),
        (["analyze", "--help"], ["USAGE: annals analyze", "--jsonl", "--date", "--jobs", "<paths>", "error record", "input order"]),
        (["help", "analyze"], ["USAGE: annals analyze", "--jsonl"]),
        (["demo", "--help"], ["USAGE: annals demo", "--text", "--compact"]),
        (["bench", "--help"], ["USAGE: annals bench", "--jobs", "--rounds", "--limit", "--json"]),
    ] as [([String], [String])])
    func help(_ arguments: [String], _ words: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 0)
        for w in words { #expect(run.text.contains(w), "help for \(arguments) lacks \(w)") }
    }

    @Test func unknownOptionFails() throws {
        let run = try CLI.run(["analyze", "--no-such-option"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--no-such-option"))
    }
}
