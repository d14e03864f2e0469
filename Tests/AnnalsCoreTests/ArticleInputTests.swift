import Foundation
import Testing
@testable import AnnalsCore

@Suite struct PlainTextInputTests {
    func read(_ text: String, override: String? = nil) -> Result<Article, InputError> {
        ArticleInput.plainText(Array(text.utf8), id: "a.txt", date: override.flatMap { CivilDate(iso: $0) })
    }

    /// (input, expected date, expected text)
    @Test(arguments: [
        ("date 2022-12-25 Karabakh’s leaders met.", "2022-12-25", "Karabakh’s leaders met."),
        (" date 2022-12-25 Leaders met.", "2022-12-25", "Leaders met."),
        ("\n\t date 2022-12-25\nLeaders met.", "2022-12-25", "Leaders met."),
        ("date 2022-12-25\r\nLeaders met.", "2022-12-25", "Leaders met."),
        ("date 2022-12-25\n\nLeaders met.", "2022-12-25", "\nLeaders met."),
        ("date 2022-12-25\tLeaders met.", "2022-12-25", "Leaders met."),
        ("\u{FEFF}date 2024-02-29 Leap.", "2024-02-29", "Leap."),
        ("Leaders met.", nil, "Leaders met."),
        ("  Leaders met.", nil, "  Leaders met."),
        ("date night was fun.", nil, "date night was fun."),
        ("Date 2022-12-25 is not a header.", nil, "Date 2022-12-25 is not a header."),
        ("date 2022-12-25x is not a header.", nil, "date 2022-12-25x is not a header."),
        ("They set a date 2022-12-25 later.", nil, "They set a date 2022-12-25 later."),
    ] as [(String, String?, String)])
    func header(_ input: String, _ date: String?, _ text: String) throws {
        let article = try read(input).get()
        #expect(article.date?.description == date)
        #expect(article.text == text)
        #expect(article.id == "a.txt")
        #expect(article.title == nil)
    }

    @Test func overrideWinsOverHeader() throws {
        let a = try read("date 2022-12-25 Leaders met.", override: "2023-01-02").get()
        #expect(a.date?.description == "2023-01-02")
        #expect(a.text == "Leaders met.")
        let b = try read("Leaders met.", override: "2023-01-02").get()
        #expect(b.date?.description == "2023-01-02")
    }

    /// (input, words the error message must contain)
    @Test(arguments: [
        ("date 2022-13-45 Leaders met.", ["a.txt", "impossible date", "2022-13-45"]),
        ("date 2023-02-29\nLeaders met.", ["a.txt", "impossible date", "2023-02-29"]),
        ("date 2022-1-5 Leaders met.", ["a.txt", "2022-1-5", "YYYY-MM-DD"]),
        ("date 25/12/2022 Leaders met.", ["a.txt", "25/12/2022", "YYYY-MM-DD"]),
        ("", ["a.txt", "no text"]),
        (" \n\t\r\n", ["a.txt", "no text"]),
        ("date 2022-12-25", ["a.txt", "no text after the date header"]),
        ("date 2022-12-25 \n  ", ["a.txt", "no text after the date header"]),
    ] as [(String, [String])])
    func rejects(_ input: String, _ words: [String]) {
        guard case .failure(let e) = read(input) else { Issue.record("accepted \(input.debugDescription)"); return }
        for w in words { #expect(e.message.contains(w), "\(e.message) lacks \(w)") }
        #expect(e.id == "a.txt")
    }

    @Test func invalidUTF8NamesTheByte() {
        let bytes: [UInt8] = Array("date 2022-12-25 Caf".utf8) + [0xC3, 0x28] + Array(" ok".utf8)
        guard case .failure(let e) = ArticleInput.plainText(bytes, id: "bad.txt") else { Issue.record("accepted invalid UTF-8"); return }
        #expect(e.message == "bad.txt: invalid UTF-8 at byte 19")
        #expect(e.id == "bad.txt")
    }

    @Test func sharedArticleHeader() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/articles/000_16cbb9f82b15c5f5.txt").standardized
        guard let data = FileManager.default.contents(atPath: url.path) else { return }   // ../shared absent
        let article = try ArticleInput.plainText(data, id: "000").get()
        #expect(article.date?.description == "2022-12-25")
        #expect(article.text.hasPrefix("Karabakh"))
        #expect(Array(article.text.utf8) == Array(data.drop(while: { $0 == 0x20 }).dropFirst("date 2022-12-25 ".utf8.count)))
    }
}

@Suite struct JSONLinesInputTests {
    func read(_ line: String, number: Int = 7) -> Result<Article, InputError> {
        ArticleInput.jsonLine(Array(line.utf8), line: number)
    }

    @Test func fullRecord() throws {
        let a = try read(#"{"id":"r1","date":"2022-12-25","title":"Talks resume","text":"Leaders met.","url":"https://example.org/x","source":"wire"}"#).get()
        #expect(a.id == "r1")
        #expect(a.date?.description == "2022-12-25")
        #expect(a.title == "Talks resume")
        #expect(a.text == "Leaders met.")
        #expect(a.source == "wire")
    }

    /// The outlet is kept when it is a non-empty string; anything else is no outlet, not an error.
    @Test(arguments: [
        (#"{"text":"Hi.","source":"BBC"}"#, "BBC"),
        (#"{"text":"Hi."}"#, nil),
        (#"{"text":"Hi.","source":""}"#, nil),
        (#"{"text":"Hi.","source":null}"#, nil),
        (#"{"text":"Hi.","source":7}"#, nil),
        (#"{"text":"Hi.","title":"source"}"#, nil),
    ] as [(String, String?)])
    func source(line: String, expected: String?) throws {
        #expect(try read(line).get().source == expected)
    }

    /// (line, expected id, date, title)
    @Test(arguments: [
        (#"{"id":"x","text":"Hi."}"#, "x", nil, nil),
        (#"{"id":42,"text":"Hi."}"#, "42", nil, nil),
        (#"{"text":"Hi."}"#, "line 7", nil, nil),
        (#"{"id":null,"date":null,"title":null,"text":"Hi."}"#, "line 7", nil, nil),
        // an empty id names nothing (found by the jsonl fuzzer): named by its line, like no id
        (#"{"id": "", "text": "Pa1", "date": "2022-12-25", "text": "Officials met."}"#, "line 7", "2022-12-25", nil),
        (#"{"id":"x","date":"","text":"Hi."}"#, "x", nil, nil),
        (#"{"id":"x","date":"2022-12-25T08:30:00Z","text":"Hi."}"#, "x", "2022-12-25", nil),
        (#"{"id":"x","date":"2022-12-25 08:30","text":"Hi."}"#, "x", "2022-12-25", nil),
        (#"  {"id":"x","title":"Ünïcödé “title”","text":"Hi."}  "#, "x", nil, "Ünïcödé “title”"),
        (#"{"id":"x","title":"","text":"Hi."}"#, "x", nil, nil),
        (#"{"id":"é\n","text":"Hi \ud83d\ude00."}"#, "é\n", nil, nil),
    ] as [(String, String, String?, String?)])
    func accepts(_ line: String, _ id: String, _ date: String?, _ title: String?) throws {
        let a = try read(line).get()
        #expect(a.id == id)
        #expect(a.date?.description == date)
        #expect(a.title == title)
    }

    @Test func overrideDate() throws {
        let a = try ArticleInput.jsonLine(Array(#"{"id":"x","date":"2022-12-25","text":"Hi."}"#.utf8), line: 1, date: CivilDate(iso: "2020-01-01")).get()
        #expect(a.date?.description == "2020-01-01")
    }

    /// (line, expected error id, words the message must contain)
    @Test(arguments: [
        (#"{"id":"x","text":"Hi."#, nil, ["line 7", "invalid JSON"]),
        (#"not json"#, nil, ["line 7", "invalid JSON"]),
        (#"{"id":"x","text":"Hi."} trailing"#, nil, ["line 7", "invalid JSON"]),
        (#"["x","Hi."]"#, nil, ["line 7", "expected a JSON object", "found an array"]),
        (#""just a string""#, nil, ["line 7", "expected a JSON object", "found a string"]),
        (#"42"#, nil, ["line 7", "expected a JSON object", "found a number"]),
        (#"null"#, nil, ["line 7", "expected a JSON object", "found null"]),
        (#"{"id":"x"}"#, "x", ["line 7", "article \"x\"", "no \"text\""]),
        (#"{"id":"x","text":null}"#, "x", ["line 7", "article \"x\"", "no \"text\""]),
        (#"{"date":"2022-12-25"}"#, nil, ["line 7", "no \"text\""]),
        (#"{"id":"x","text":5}"#, "x", ["article \"x\"", "\"text\" must be a string", "found a number"]),
        (#"{"id":"x","text":["a"]}"#, "x", ["\"text\" must be a string", "found an array"]),
        (#"{"id":"x","text":{"body":"a"}}"#, "x", ["\"text\" must be a string", "found an object"]),
        (#"{"id":"x","text":true}"#, "x", ["\"text\" must be a string", "found a boolean"]),
        (#"{"id":"x","text":""}"#, "x", ["article \"x\"", "\"text\" is empty"]),
        (#"{"id":"x","text":" \n "}"#, "x", ["\"text\" is empty"]),
        (#"{"id":"x","date":"2022-13-45","text":"Hi."}"#, "x", ["line 7", "article \"x\"", "impossible date", "2022-13-45"]),
        (#"{"id":"x","date":"2023-02-29","text":"Hi."}"#, "x", ["impossible date", "2023-02-29"]),
        (#"{"id":"x","date":"25/12/2022","text":"Hi."}"#, "x", ["25/12/2022", "YYYY-MM-DD"]),
        (#"{"id":"x","date":"2022-12-25junk","text":"Hi."}"#, "x", ["2022-12-25junk", "YYYY-MM-DD"]),
        (#"{"id":"x","date":20221225,"text":"Hi."}"#, "x", ["\"date\" must be a string", "found a number"]),
        (#"{"id":"x","title":7,"text":"Hi."}"#, "x", ["\"title\" must be a string", "found a number"]),
        (#"{"id":["x"],"text":"Hi."}"#, nil, ["line 7", "\"id\" must be a string or a number", "found an array"]),
    ] as [(String, String?, [String])])
    func rejects(_ line: String, _ id: String?, _ words: [String]) {
        guard case .failure(let e) = read(line) else { Issue.record("accepted \(line)"); return }
        #expect(e.id == id)
        for w in words { #expect(e.message.contains(w), "\(e.message) lacks \(w)") }
    }

    @Test func invalidUTF8() {
        let bytes: [UInt8] = Array(#"{"id":"x","text":"Caf"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        guard case .failure(let e) = ArticleInput.jsonLine(bytes, line: 3) else { Issue.record("accepted invalid UTF-8"); return }
        #expect(e.message == "line 3: invalid UTF-8 at byte 21")
    }

    @Test func titleAppearsInRecord() throws {
        let engine = try Annals()
        let a = try read(#"{"id":"x","date":"2022-12-25","title":"Talks \"resume\"","text":"Leaders met."}"#).get()
        let record = try JSONSerialization.jsonObject(with: Data(AnalysisRecord.encode(engine.analyze(a)))) as? [String: Any]
        let document = record?["document"] as? [String: Any]
        #expect(document?["title"] as? String == "Talks \"resume\"")
        #expect(document?["id"] as? String == "x")
        #expect(document?["date"] as? String == "2022-12-25")
        let untitled = try read(#"{"id":"y","text":"Leaders met."}"#).get()
        let record2 = try JSONSerialization.jsonObject(with: Data(AnalysisRecord.encode(engine.analyze(untitled)))) as? [String: Any]
        #expect((record2?["document"] as? [String: Any])?["title"] is NSNull)
    }
}
