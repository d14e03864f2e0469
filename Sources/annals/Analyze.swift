import AnnalsCore
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze articles and print one analysis record (JSON) per article.",
        discussion: """
        Inputs are plain-text articles (files or directories, read recursively in
        name order; '-' or nothing reads one article from standard input), or with
        --jsonl, JSON Lines records {"id","date","title"?,"text"} from the files
        given or from standard input. Records come out in input order. An article
        that cannot be read yields an error record {"version":1,"document":{"id":…},"error":"…"}
        and the run goes on; the exit status is 1 when any article failed.

        Limits: an article (a file, or a record's "text") of more than
        --max-article-bytes, and with --jsonl a line of more than
        --max-line-bytes, is refused with an error record. An overlong line is
        skipped as it is read, never held whole in memory.

        With --dictionaries DIR, events are coded with analysts' TABARI/PETRARCH
        dictionaries instead of the built-in patterns, and each event's actor and
        recipient carry the dictionary's CAMEO actor "code" (e.g. "ARNGOV"). Files
        in DIR: when DIR holds a TABARI *.project file (the first by name), the
        files its <actorsfile>, <agentsfile> and <verbsfile> lines name, read
        TABARI style (a word without a trailing '_' is a stem); otherwise every
        file whose name contains .actors, .agents, .verbs (or verbpatterns) or
        .discards (PETR.Validate.verbs.txt, Phoenix.Countries.actors.txt,
        CAMEO.verbpatterns.txt ...), read PETRARCH style. Lines that cannot be
        read are skipped with a warning 'file:line: message' on standard error;
        a file that cannot be read is an error.

        Examples:
          annals analyze ../shared/articles/000_16cbb9f82b15c5f5.txt
          annals analyze --date 2022-12-25 notes/
          annals analyze --jsonl --jobs 2 < corpus.jsonl > analysis.jsonl
        """
    )

    @Flag(name: .long, help: "Read JSON Lines records instead of plain-text articles.")
    var jsonl = false

    @Option(name: .long, help: "Publication date YYYY-MM-DD; sets or overrides the article's date.")
    var date: String?

    @Option(name: .long, help: "Capabilities to run, comma-separated: time, actors, quotes (default: all).")
    var capabilities: String?

    @Option(name: .long, help: "Code events with the TABARI/PETRARCH dictionaries in this folder (see below).")
    var dictionaries: String?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @OptionGroup var limits: InputLimits

    @Argument(help: "Files or directories (default: standard input).")
    var paths: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        _ = try parseDate(date)
        _ = try parseCapabilities(capabilities)
    }

    func run() throws {
        let engine = try loadEngine()
        let override = try parseDate(date)
        let caps = try parseCapabilities(capabilities)
        let coder = try dictionaries.map { try loadDictionaryCoder($0) }
        let analyzeOne: @Sendable (Article) -> Analysis = { article in
            if let coder { return engine.analyze(article, capabilities: caps, dictionaries: coder) }
            return engine.analyze(article, capabilities: caps)
        }
        let jobs = self.jobs ?? defaultJobs()
        var failed = 0
        let out = OutputBuffer(fd: 1)
        defer { out.flush() }
        func emit(_ result: ([UInt8], Bool)) {
            if result.1 { failed += 1 }
            out.write(result.0)
        }

        if jsonl {
            let sources = paths.isEmpty ? ["-"] : paths.flatMap { $0 == "-" ? ["-"] : expandPath($0) }
            for source in sources {
                let fd: Int32 = source == "-" ? 0 : open(source, O_RDONLY)
                guard fd >= 0 else {
                    emit((AnalysisRecord.encodeError(id: nil, message: "\(source): cannot open (\(String(cString: strerror(errno))))"), true))
                    continue
                }
                defer { if fd != 0 { close(fd) } }
                // Messages name the file when there is one: "corpus.jsonl: line 3: …".
                let prefix = source == "-" ? "" : "\(source): "
                let lineLimit = limits.lineLimit
                let reader = LineReader(fd: fd, maxLineBytes: lineLimit)
                let maxText = limits.maxArticleBytes
                // a batch also runs once it holds 8 MB per thread of input, so large articles do not pile up
                orderedParallelMap(jobs: jobs, batchSize: 64 * jobs, maxBatchWeight: (8 << 20) * jobs, weight: { $0.weight },
                                   next: { () -> JSONLItem? in
                    while let line = reader.nextLine() {
                        switch line {
                        case .text(let t):
                            if t.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }   // blank lines are not records
                            return .line(reader.lineNumber, Array(t))
                        case .tooLong(let first, let length):
                            return .failed(ArticleInput.lineTooLong(prefix: first, length: length, line: reader.lineNumber, limit: lineLimit))
                        }
                    }
                    return nil
                }, work: { item -> ([UInt8], Bool) in
                    switch item {
                    case .failed(let e): return (AnalysisRecord.encodeError(id: e.id, message: prefix + e.message), true)
                    case .line(let number, let bytes):
                        switch ArticleInput.jsonLine(bytes, line: number, date: override, maxTextBytes: maxText) {
                        case .success(let article): return (AnalysisRecord.encode(analyzeOne(article)), false)
                        case .failure(let e): return (AnalysisRecord.encodeError(id: e.id, message: prefix + e.message), true)
                        }
                    }
                }, emit: emit)
                if let err = reader.error {
                    emit((AnalysisRecord.encodeError(id: nil, message: "\(source == "-" ? "standard input" : source): read error after line \(reader.lineNumber) (\(String(cString: strerror(err))))"), true))
                }
            }
        } else {
            var files: [String] = []
            for p in (paths.isEmpty ? ["-"] : paths) {
                if p == "-" { files.append(p); continue }
                files.append(contentsOf: expandPath(p))
            }
            var index = 0
            let maxBytes = limits.maxArticleBytes
            orderedParallelMap(jobs: jobs, batchSize: 8 * jobs, next: { () -> String? in
                guard index < files.count else { return nil }
                defer { index += 1 }
                return files[index]
            }, work: { path -> ([UInt8], Bool) in
                let id = path == "-" ? "stdin" : path
                switch readAll(path, limit: maxBytes) {
                case .failure(let failure):
                    return (AnalysisRecord.encodeError(id: id, message: failure.message), true)
                case .success(let bytes):
                    switch ArticleInput.plainText(bytes, id: id, date: override, maxBytes: maxBytes) {
                    case .success(let article): return (AnalysisRecord.encode(analyzeOne(article)), false)
                    case .failure(let e): return (AnalysisRecord.encodeError(id: e.id, message: e.message), true)
                    }
                }
            }, emit: emit)
        }
        out.flush()
        if failed > 0 {
            FileHandle.standardError.write(Data("annals: \(failed) article\(failed == 1 ? "" : "s") could not be analyzed (see the error records)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// 5 MB: the default --max-article-bytes.
let defaultMaxArticleBytes = 5_000_000

/// One JSON Lines line on its way to a worker: its bytes, or the error of a
/// line too long to keep.
/// The input limits shared by `annals analyze` and `annals ingest`: an article or a
/// JSON Lines line over them is reported with its reason and the run goes on.
struct InputLimits: ParsableArguments {
    @Option(name: .long, help: "Largest article accepted, in bytes of UTF-8 text.")
    var maxArticleBytes: Int = defaultMaxArticleBytes

    @Option(name: .long, help: "Longest JSON Lines line accepted, in bytes (default: twice --max-article-bytes).")
    var maxLineBytes: Int?

    /// The line limit in force.
    var lineLimit: Int { maxLineBytes ?? (maxArticleBytes > Int.max / 2 ? Int.max : 2 * maxArticleBytes) }

    func validate() throws {
        if maxArticleBytes < 1 { throw ValidationError("--max-article-bytes must be at least 1") }
        if let maxLineBytes, maxLineBytes < 1 { throw ValidationError("--max-line-bytes must be at least 1") }
    }
}

enum JSONLItem: Sendable {
    case line(Int, [UInt8])
    case failed(InputError)
    var weight: Int {
        if case .line(_, let b) = self { return b.count }
        return 0
    }
}

// MARK: --dictionaries

/// Reads the dictionary files of `dir` (see `DictionaryDiscovery`), prints
/// every skipped line as `file:line: message` on standard error, and builds
/// the coder; an unreadable folder or file is an error.
func loadDictionaryCoder(_ dir: String) throws -> DictionaryCoder {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
        throw ValidationError("--dictionaries \(dir): cannot read the folder")
    }
    func path(_ name: String) -> String { dir.hasSuffix("/") ? dir + name : dir + "/" + name }
    func text(_ name: String) throws -> String {
        switch readAll(path(name)) {
        case .success(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .failure(let f): throw ValidationError("--dictionaries: \(f.message)")
        }
    }
    let project = try DictionaryDiscovery.projectFile(in: names).map { (name: $0, text: try text($0)) }
    let plan = DictionaryDiscovery.plan(names: names, project: project)
    guard !plan.files.isEmpty else { throw ValidationError("--dictionaries \(dir): no .actors, .agents, .verbs or .discards files") }
    let files = try plan.files.map { CodingDictionaries.DictionaryFile(name: $0.name, kind: $0.kind, text: try text($0.name)) }
    let dictionaries = CodingDictionaries(files: files, style: plan.style)
    var report = ""
    for w in plan.warnings + dictionaries.warnings { report += "\(w)\n" }
    if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
    let ontology: EventOntology
    do { ontology = try EventOntology.builtIn() } catch let e as KnowledgeError { throw ValidationError("knowledge base: \(e)") }
    return DictionaryCoder(dictionaries: dictionaries, ontology: ontology)
}
