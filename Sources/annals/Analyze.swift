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

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Argument(help: "Files or directories (default: standard input).")
    var paths: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        _ = try parseDate(date)
    }

    func run() throws {
        let engine = try loadEngine()
        let override = try parseDate(date)
        let jobs = self.jobs ?? defaultJobs()
        var failed = 0
        let emit: ([UInt8]) -> Void = { bytes in writeAll(1, bytes) }

        if jsonl {
            let sources = paths.isEmpty ? ["-"] : paths
            for source in sources {
                let fd: Int32 = source == "-" ? 0 : open(source, O_RDONLY)
                guard fd >= 0 else {
                    emit(AnalysisRecord.encodeError(id: nil, message: "\(source): cannot open (\(String(cString: strerror(errno))))"))
                    failed += 1
                    continue
                }
                let reader = LineReader(fd: fd)
                orderedParallelMap(jobs: jobs, batchSize: 64 * jobs, next: { () -> (Int, [UInt8])? in
                    while let line = reader.next() {
                        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }   // blank lines are not records
                        return (reader.lineNumber, Array(line))
                    }
                    return nil
                }, work: { item -> ([UInt8], Bool) in
                    switch ArticleInput.jsonLine(item.1, line: item.0, date: override) {
                    case .success(let article): return (AnalysisRecord.encode(engine.analyze(article)), false)
                    case .failure(let e): return (AnalysisRecord.encodeError(id: e.id, message: e.message), true)
                    }
                }, emit: { result in
                    if result.1 { failed += 1 }
                    emit(result.0)
                })
                if fd != 0 { close(fd) }
            }
        } else {
            var files: [String] = []
            for p in (paths.isEmpty ? ["-"] : paths) {
                if p == "-" { files.append(p); continue }
                files.append(contentsOf: expand(p))
            }
            var index = 0
            orderedParallelMap(jobs: jobs, batchSize: 8 * jobs, next: { () -> String? in
                guard index < files.count else { return nil }
                defer { index += 1 }
                return files[index]
            }, work: { path -> ([UInt8], Bool) in
                let id = path == "-" ? "stdin" : path
                let data: Data?
                if path == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else { data = FileManager.default.contents(atPath: path) }
                guard let data else {
                    return (AnalysisRecord.encodeError(id: id, message: "\(path): cannot read file"), true)
                }
                switch ArticleInput.plainText(data, id: id, date: override) {
                case .success(let article): return (AnalysisRecord.encode(engine.analyze(article)), false)
                case .failure(let e): return (AnalysisRecord.encodeError(id: e.id, message: e.message), true)
                }
            }, emit: { result in
                if result.1 { failed += 1 }
                emit(result.0)
            })
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("annals: \(failed) article\(failed == 1 ? "" : "s") could not be analyzed (see the error records)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// A file, or every regular file under a directory in name order.
    func expand(_ path: String) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [path] }
        var out: [String] = []
        for case let rel as String in walker {
            let full = (path as NSString).appendingPathComponent(rel)
            var sub: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue,
               !(rel as NSString).lastPathComponent.hasPrefix(".") {
                out.append(full)
            }
        }
        return out.sorted()
    }
}

