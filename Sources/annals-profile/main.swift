// A profiling driver over the engine alone (docs/performance.md).
//
//   annals-profile CORPUS.jsonl [CAPABILITIES] > records.jsonl
//
// Loads the engine, analyzes every JSON Lines record of CORPUS on one
// thread and writes one analysis record per line, as `annals analyze
// --jsonl --jobs 1` does for valid records. It links AnnalsCore only:
// valgrind 3.19 cannot read the debug information of `annals`, which links
// the HTTP server, and this executable gives callgrind instruction counts.
// With ANNALS_PROFILE_LOAD_ONLY=1 it loads the engine and exits (start-up).
import AnnalsCore
import Foundation

let args = CommandLine.arguments
guard args.count >= 2, let data = FileManager.default.contents(atPath: args[1]) else {
    FileHandle.standardError.write(Data("usage: annals-profile CORPUS.jsonl [time,actors,quotes,places,events]\n".utf8))
    exit(2)
}
let capabilities = args.count >= 3 ? Capabilities(list: args[2]) : .all
guard let capabilities else {
    FileHandle.standardError.write(Data("unknown capability in '\(args[2])'\n".utf8))
    exit(2)
}
let engine: Annals
do { engine = try Annals() } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
if ProcessInfo.processInfo.environment["ANNALS_PROFILE_LOAD_ONLY"] == "1" { exit(0) }
let bytes = [UInt8](data)
var out: [UInt8] = []
var lineNumber = 0
for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) where !line.isEmpty {
    lineNumber += 1
    switch ArticleInput.jsonLine(line, line: lineNumber) {
    case .success(let article): out += AnalysisRecord.encode(engine.analyze(article, capabilities: capabilities))
    case .failure(let error): out += AnalysisRecord.encodeError(id: error.id, message: error.message)
    }
}
FileHandle.standardOutput.write(Data(out))
