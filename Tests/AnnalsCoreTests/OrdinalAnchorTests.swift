import Testing
@testable import AnnalsCore

/// Event-anchored ordinals take the nearest full date of their sentence.
@Suite struct OrdinalAnchorTests {
    static let engine = try! Annals()

    @Test(arguments: [
        // the nearest date, not the first one of the sentence
        ("Farmers who have blocked the road since February 25 held a rally on Thursday, on the 19th day of the blockade.", "2024-03-14", "2024-02-25"),
        // no date in the sentence: the publication date
        ("Crowds gathered on the 3rd day of the strike.", "2024-03-15", "2024-03-13"),
    ])
    func anchor(_ text: String, _ value: String, _ start: String) {
        let a = Self.engine.analyze(Article(id: "t", date: CivilDate(iso: "2024-03-15"), text: text))
        let t = a.times.first { $0.impliedStart != nil }
        #expect(t?.value == value)
        #expect(t?.impliedStart == start)
    }
}
