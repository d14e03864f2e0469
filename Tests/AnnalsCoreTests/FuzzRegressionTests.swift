import Foundation
import Testing
@testable import AnnalsCore

/// Inputs the fuzzers (Fuzz/, Scripts/fuzz.sh) found crashing, kept as
/// regression tests: each must now be analyzed without a crash. Each is also
/// in the fuzz seed corpus of its target.
@Suite struct FuzzRegressionTests {
    static let engine = try! Annals()

    /// The `time` and `pipeline` targets read the first two bytes as the publication date.
    static func analyze(fuzzInput b: [UInt8]) -> Analysis {
        let days = b.count >= 2 ? (Int(b[0]) << 8 | Int(b[1])) / 2 : 0
        let date = CivilDate(year: 1900, month: 1, day: 1)!.adding(days: days)
        let text = String(decoding: b.dropFirst(2), as: UTF8.self)
        return engine.analyze(Article(id: "fuzz", date: date, title: nil, text: text))
    }

    /// time-crash-9ecbd46a: a 30-digit number before an ordinal suffix
    /// overflowed Int in TimeGrammar.digitOrdinal ("Shares rose J.5 pct 4444…4in the s?cond quarter").
    @Test func longDigitRunBeforeAnOrdinalSuffix() throws {
        let input: [UInt8] = [
            0x6B, 0x14, 0x53, 0x68, 0x61, 0x72, 0x65, 0x73, 0x20, 0x72, 0x89, 0x73, 0x65, 0x20, 0x4A, 0x2E,
            0x35, 0x20, 0x70, 0x63, 0x74, 0x20, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34,
            0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34,
            0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x69, 0x6E, 0x20, 0x74, 0x68, 0x65, 0x20, 0x73, 0xE5, 0x63,
            0x6F, 0x6E, 0x64, 0x20, 0x71, 0x75, 0x61, 0x72, 0x74, 0x65, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
            0xFF, 0xFF, 0x20, 0x69, 0x6E, 0x20, 0x6D, 0x69, 0x64, 0x2D, 0x4A, 0x75, 0x6C, 0x79, 0x2E,
        ]
        let a = Self.analyze(fuzzInput: input)
        #expect(a.document.tokens.count > 0)
        _ = AnalysisRecord.encode(a)
    }

    @Test(arguments: [
        "on the " + String(repeating: "4", count: 30) + "th of May",
        "at " + String(repeating: "9", count: 40) + "pm on Friday",
        String(repeating: "1", count: 25) + "st and " + String(repeating: "7", count: 25) + "am",
    ])
    func longDigitRunsInTimeWords(_ text: String) {
        let doc = Document(Article(id: "d", date: CivilDate(iso: "2022-12-25"), title: nil, text: text), model: Self.engine.text)
        let times = Self.engine.time.tag(doc)
        #expect(times.allSatisfy { !$0.value.isEmpty })
    }
}
