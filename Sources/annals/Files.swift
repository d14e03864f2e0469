import AnnalsCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path as given, or — for a directory — every regular file beneath it,
/// recursively, in name order: a directory's entries are sorted by their
/// UTF-8 bytes and a subdirectory's files come where its name sorts.
/// Hidden files and directories (names starting with `.`) are skipped, and
/// symbolic links to directories are not followed, so a walk always ends.
func expandPath(_ path: String) -> [String] {
    var st = stat()
    guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return [path] }
    var out: [String] = []
    walk(path, into: &out)
    return out
}

private func walk(_ dir: String, into out: inout [String]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
        let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
        var st = stat()
        guard lstat(full, &st) == 0 else { continue }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: walk(full, into: &out)
        case S_IFREG: out.append(full)
        case S_IFLNK:
            var target = stat()
            if stat(full, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG { out.append(full) }
        default: continue
        }
    }
}

/// Reads a whole file (or standard input for `-`); on failure, a message
/// that names the file and the system's reason. With `limit`, a file of more
/// than `limit` bytes is refused without being read whole (memory stays
/// under `limit` plus one chunk).
func readAll(_ path: String, limit: Int = .max) -> Result<[UInt8], ReadFailure> {
    let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
    let name = path == "-" ? "standard input" : path
    guard fd >= 0 else { return .failure(ReadFailure("\(name): cannot open (\(String(cString: strerror(errno))))")) }
    defer { if fd != 0 { close(fd) } }
    var st = stat()
    if limit < .max, fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) > limit {
        return .failure(ReadFailure("\(name): article \(ArticleInput.tooLarge(Int(st.st_size), limit: limit))", tooLarge: true))
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n == 0 { break }
        if n < 0 {
            if errno == EINTR { continue }
            return .failure(ReadFailure("\(name): cannot read (\(String(cString: strerror(errno))))"))
        }
        bytes.append(contentsOf: chunk[0..<n])
        if bytes.count > limit {
            // a pipe, a device or a file still growing: stop here (the rest may never end)
            return .failure(ReadFailure("\(name): article is larger than the limit of \(ArticleInput.grouped(limit)) bytes", tooLarge: true))
        }
    }
    return .success(bytes)
}

struct ReadFailure: Error, CustomStringConvertible {
    var message: String
    /// The file is larger than the limit asked for.
    var tooLarge = false
    init(_ message: String, tooLarge: Bool = false) { self.message = message; self.tooLarge = tooLarge }
    var description: String { message }
}

/// Collects output records and writes them in large pieces.
final class OutputBuffer {
    private let fd: Int32
    private var bytes: [UInt8] = []
    private let limit: Int

    init(fd: Int32, limit: Int = 1 << 16) {
        self.fd = fd; self.limit = limit
        bytes.reserveCapacity(limit + 4096)
    }

    func write(_ record: [UInt8]) {
        bytes.append(contentsOf: record)
        if bytes.count >= limit { flush() }
    }

    func flush() {
        guard !bytes.isEmpty else { return }
        writeAll(fd, bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
