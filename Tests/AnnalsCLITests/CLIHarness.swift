import AnnalsTestSupport
import Foundation
import Testing

/// Runs the built `annals` executable as a user would.
enum CLI {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var seconds: Double
        var text: String { String(decoding: stdout, as: UTF8.self) }
        /// The output's JSON Lines records, parsed.
        var records: [[String: Any]] {
            text.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
    }

    /// The `annals` binary: `$ANNALS_BIN`, or the one `swift test` built next
    /// to the test bundle (the products directory holds both).
    static let binary: URL? = AnnalsBinary.url

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
        let exe = try #require(binary, "the annals binary was not found next to the test bundle; set ANNALS_BIN", sourceLocation: sourceLocation)
        let dir = try TempDir()
        defer { dir.remove() }
        let inURL = dir.url.appendingPathComponent("stdin")
        let outURL = dir.url.appendingPathComponent("stdout")
        let errURL = dir.url.appendingPathComponent("stderr")
        try (stdin ?? Data()).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let t0 = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        return Run(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self), seconds: seconds)
    }
}

/// A temporary directory, removed by `remove()`.
struct TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("annals-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    @discardableResult
    func file(_ relative: String, _ text: String) throws -> String {
        try file(relative, Data(text.utf8))
    }
    @discardableResult
    func file(_ relative: String, _ data: Data) throws -> String {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
        return target.path
    }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

extension Dictionary where Key == String, Value == Any {
    var document: [String: Any] { self["document"] as? [String: Any] ?? [:] }
    var id: String? { document["id"] as? String }
    var date: String? { document["date"] as? String }
    var error: String? { self["error"] as? String }
}
