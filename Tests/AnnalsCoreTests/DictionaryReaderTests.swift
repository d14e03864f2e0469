import Testing
@testable import AnnalsCore

@Suite struct DictionaryReaderTests {
    @Test func synsets() {
        let verbs = """
        &TIETYPES
        +MILITARY
        +ECONOMIC

        --- ABANDON [345] ---
        ABANDON
        - * &TIETYPES TIES [902]
        """
        let d = CodingDictionaries(files: [.init(name: "t.verbs", kind: .verbs, text: verbs)], style: .petrarch)
        #expect(d.warnings.isEmpty, "\(d.warnings) \(d.synsets.keys)")
        #expect(d.patternCount == 1, "\(Array(d.synsets.keys)) \(CodingDictionaries.lines(verbs, style: .petrarch).map { String($0.1) })")
    }
}
