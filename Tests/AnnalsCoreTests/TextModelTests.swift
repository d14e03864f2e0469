import Testing
@testable import AnnalsCore

/// The text knowledge files are validated at load with `file:line: message`.
@Suite struct TextModelTests {
    static let openers = DataFile(name: "o.tsv", text: "the\n")

    @Test(arguments: [
        ("# c\ndr\ttitle\n\nno\tnumber\n", nil),
        ("# c\ndr\ttitle\nDr\ttitle\n", "a.tsv:3: abbreviation 'Dr' must be lowercase, without its final period"),
        ("dr.\ttitle\n", "a.tsv:1: abbreviation 'dr.' must be lowercase, without its final period"),
        ("dr\n", "a.tsv:1: expected 2 tab-separated fields (abbreviation, class), found 1"),
        ("\n\ndr\ttitel\n", "a.tsv:3: unknown class 'titel' (title, month, other or number)"),
        ("dr\ttitle\ndr\tother\n", "a.tsv:2: duplicate abbreviation 'dr'"),
    ] as [(String, String?)])
    func abbreviations(_ text: String, _ expected: String?) {
        do {
            _ = try TextModel(abbreviations: DataFile(name: "a.tsv", text: text), openers: Self.openers)
            #expect(expected == nil)
        } catch let e as KnowledgeError {
            #expect(e.description == expected)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(arguments: [
        ("the\nhowever\n", nil),
        ("the\nThe\n", "o.tsv:2: sentence opener 'The' must be lowercase"),
        ("the\nthe\n", "o.tsv:2: duplicate sentence opener 'the'"),
        ("in fact\n", "o.tsv:1: expected one word"),
    ] as [(String, String?)])
    func openers(_ text: String, _ expected: String?) {
        let abbreviations = DataFile(name: "a.tsv", text: "dr\ttitle\n")
        do {
            _ = try TextModel(abbreviations: abbreviations, openers: DataFile(name: "o.tsv", text: text))
            #expect(expected == nil)
        } catch let e as KnowledgeError {
            #expect(e.description == expected)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func builtInLoads() throws {
        let model = try TextModel.builtIn()
        #expect(model.abbreviations["sept"] == .month)
        #expect(model.abbreviations["dr"] == .title)
        #expect(model.abbreviations["no"] == .number)
        #expect(model.openers.contains("the"))
    }
}
