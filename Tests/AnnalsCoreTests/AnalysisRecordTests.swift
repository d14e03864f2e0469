import Foundation
import Testing
@testable import AnnalsCore

@Suite struct AnalysisRecordTests {
    /// Offsets in the record are code points of the text as read, whatever
    /// precedes the span: emoji, accents, CJK, NBSP, CRLF.
    @Test(arguments: [
        ("Talks ended on Friday.", "Friday", 15),
        ("👍🏽\u{A0}Talks ended on Friday.", "Friday", 18),
        ("Zoë’s “talks” ended\r\non Friday.", "Friday", 24),
        ("東京で会議 on Friday.", "Friday", 9),
    ] as [(String, String, Int)])
    func codePointOffsets(_ text: String, _ span: String, _ start: Int) throws {
        let model = try TextModel.builtIn()
        let doc = Document(Article(id: "x", date: CivilDate(iso: "2022-12-25"), text: text), model: model)
        let i = try #require(doc.tokens.firstIndex { doc.slice(Int($0.start), Int($0.end)) == span })
        let t = doc.tokens[i]
        let time = TimeExpression(tokens: i..<i + 1, start: Int(t.start), end: Int(t.end), type: .date, value: "2022-12-23",
                                  impliedStart: "2022-12-10")
        let bytes = AnalysisRecord.encode(Analysis(document: doc, times: [time]))
        #expect(bytes.last == 0x0A)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let times = try #require(record["times"] as? [[String: Any]])
        #expect(times.first?["start"] as? Int == start)
        #expect(times.first?["end"] as? Int == start + span.unicodeScalars.count)
        #expect(times.first?["text"] as? String == span)
        let implies = times.first?["implies"] as? [String: Any]
        #expect(implies?["start"] as? String == "2022-12-10")
        #expect(implies?["basis"] as? String == "inferred")
        // text[start..<end] == text, in code points
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<start + span.unicodeScalars.count])) == span)
    }

    @Test func errorRecord() throws {
        let bytes = AnalysisRecord.encodeError(id: "a\"b", message: "line 3: bad\nthing")
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"version":1,"document":{"id":"a\"b"},"error":"line 3: bad\nthing"}"# + "\n")
        #expect(String(decoding: AnalysisRecord.encodeError(id: nil, message: "m"), as: UTF8.self) == #"{"version":1,"document":{"id":null},"error":"m"}"# + "\n")
    }
}
