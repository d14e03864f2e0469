import AnnalsCore
import ArgumentParser
import Foundation

@main
struct AnnalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turn dated news reports into a verifiable record of who did what to whom, when, where, and who said what.",
        discussion: """
        Examples:
          annals demo                                  analyze the built-in example article
          annals analyze article.txt                   one plain-text article (optional 'date YYYY-MM-DD' header)
          annals analyze --date 2022-12-25 a.txt b.txt several articles, with a publication date
          annals analyze --jsonl < corpus.jsonl        JSON Lines in, analysis records out
          annals bench ../shared/data/corpus/reuters21578.jsonl
          annals ingest --jsonl corpus.jsonl           analyze and store in ./annals.db (see docs/store.md)
          annals events --actor 'Ilham Aliyev' --from 2022-12-01
          annals serve --db annals.db                  the JSON API and the web page on http://127.0.0.1:8080/
        """,
        subcommands: [Analyze.self, Demo.self, Bench.self, Ingest.self, Events.self, Quotes.self, Actors.self, Timeline.self, Export.self, BenchStore.self, Serve.self]
    )
}

/// The engine, loaded once per process; a broken knowledge file is reported as `file:line: message`.
func loadEngine() throws -> AnnalsCore.Annals {
    do {
        let engine = try AnnalsCore.Annals()
        LoadedEngines.shared.keep(engine)
        return engine
    } catch let e as KnowledgeError {
        throw ValidationError("knowledge base: \(e)")
    }
}

/// Engines stay referenced until the process exits: freeing the knowledge
/// (hundreds of thousands of strings, arrays and dictionaries) just before
/// exit cost about 74 million instructions (callgrind, `annals analyze`).
final class LoadedEngines: @unchecked Sendable {
    static let shared = LoadedEngines()
    private let lock = NSLock()
    private var engines: [AnnalsCore.Annals] = []
    func keep(_ engine: AnnalsCore.Annals) { lock.lock(); engines.append(engine); lock.unlock() }
}

func parseDate(_ s: String?) throws -> CivilDate? {
    guard let s else { return nil }
    guard s.utf8.count == 10, let d = CivilDate(iso: s) else {
        throw ValidationError("--date '\(s)' is not a valid YYYY-MM-DD date")
    }
    return d
}

func defaultJobs() -> Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

func parseCapabilities(_ s: String?) throws -> Capabilities {
    guard let s else { return .all }
    guard let c = Capabilities(list: s) else {
        throw ValidationError("--capabilities '\(s)': expected a comma-separated list of \(Capabilities.names.map(\.0).joined(separator: ", "))")
    }
    return c
}
