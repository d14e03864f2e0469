import Foundation

/// Finds the built `annals` binary for the tests that run it as a process:
/// `$ANNALS_BIN`, else the `annals` that `swift test` built in the products
/// directory, found by walking up from the test bundle (or the test runner).
public enum AnnalsBinary {
    public static let url: URL? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["ANNALS_BIN"], fm.isExecutableFile(atPath: env) {
            return URL(fileURLWithPath: env)
        }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL { starts.append(exe) }
        starts += Bundle.allBundles.map(\.bundleURL)
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]))
        for start in starts {
            var dir = start.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = dir.appendingPathComponent("annals")
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()
}
