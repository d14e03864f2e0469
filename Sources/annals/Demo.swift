import AnnalsCore
import ArgumentParser
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze the built-in example article and print its analysis record.",
        discussion: """
        The example is a short report written for Annals (Sources/AnnalsCore/Data/examples/demo.txt).

        Examples:
          annals demo            the analysis record, pretty-printed
          annals demo --text     the article itself
          annals demo --compact  one JSON line, as `annals analyze` writes it
        """
    )

    @Flag(help: "Print the article instead of its analysis.") var text = false
    @Flag(help: "Print the record on one line.") var compact = false

    func run() throws {
        guard let raw = DataFile.builtInText("examples/demo.txt") else { throw ValidationError("the example article is missing from this build") }
        if text { print(raw, terminator: ""); return }
        let engine = try loadEngine()
        let article = try ArticleInput.plainText(Array(raw.utf8), id: "demo").get()
        let bytes = AnalysisRecord.encode(engine.analyze(article))
        if compact { writeAll(1, bytes); return }
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        let pretty = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        writeAll(1, Array(pretty) + [0x0A])
    }
}
