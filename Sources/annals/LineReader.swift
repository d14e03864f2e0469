#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line with bounded memory: one buffer that
/// holds at most the current line (up to `maxLineBytes`) plus one read.
/// Lines are returned without their `\n` (and `\r`). A line longer than
/// `maxLineBytes` is never held whole: its bytes after the first
/// `keptPrefix` are discarded as they are read, and `nextLine()` reports it
/// as `.tooLong` with its length.
final class LineReader {
    enum Line {
        case text(ArraySlice<UInt8>)
        /// A line over the limit: its first bytes and its full length (without the line break).
        case tooLong(prefix: [UInt8], length: Int)
    }

    private let fd: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var eof = false
    private let maxLineBytes: Int
    private let readSize: Int
    /// How many first bytes of an overlong line `.tooLong` keeps (to name the article).
    static let keptPrefix = 4096
    private(set) var lineNumber = 0
    /// The `errno` of a failed read (reading a directory, an I/O error); input ends there.
    private(set) var error: Int32?

    /// The buffer's size now (bounded by `maxLineBytes` plus one read).
    var bufferCapacity: Int { buffer.count }

    /// `maxLineBytes`: the longest line returned whole (default: no limit).
    init(fd: Int32, bufferSize: Int = 1 << 20, maxLineBytes: Int = .max) {
        self.fd = fd
        self.maxLineBytes = max(1, maxLineBytes)
        readSize = max(1, bufferSize)
        buffer = [UInt8](repeating: 0, count: readSize)
    }

    /// The next line, or nil at end of input; lines over the limit are skipped
    /// (use `nextLine()` to hear of them).
    func next() -> ArraySlice<UInt8>? {
        while let line = nextLine() {
            if case .text(let t) = line { return t }
        }
        return nil
    }

    /// The next line or overlong line, or nil at end of input.
    /// - Complexity: O(line length); memory O(min(line length, maxLineBytes) + bufferSize).
    func nextLine() -> Line? {
        var scanned = start   // bytes before this are known to hold no line break
        while true {
            if let nl = buffer[scanned..<end].firstIndex(of: 0x0A) {
                var line = buffer[start..<nl]
                if line.last == 0x0D { line = line.dropLast() }
                start = nl + 1
                lineNumber += 1
                if line.count > maxLineBytes { return .tooLong(prefix: Array(line.prefix(LineReader.keptPrefix)), length: line.count) }
                return .text(line)
            }
            scanned = end
            if eof {
                guard start < end else { return nil }
                var line = buffer[start..<end]
                if line.last == 0x0D { line = line.dropLast() }
                start = end
                lineNumber += 1
                if line.count > maxLineBytes { return .tooLong(prefix: Array(line.prefix(LineReader.keptPrefix)), length: line.count) }
                return .text(line)
            }
            // over the limit even if its last byte is the `\r` of a `\r\n`
            if end - start - 1 > maxLineBytes { return skipLongLine() }
            // compact, grow if the line fills the buffer, then read more
            if start > 0 {
                compact()
                scanned = end
            }
            if end == buffer.count {
                // the buffer never grows past the limit plus one read
                let cap = maxLineBytes > Int.max - readSize - 1 ? Int.max : maxLineBytes + readSize + 1
                buffer.append(contentsOf: repeatElement(0, count: min(buffer.count, cap - buffer.count)))
            }
            guard fill() else { continue }
        }
    }

    /// Moves the unread bytes to the front of the buffer.
    private func compact() {
        guard start > 0 else { return }
        buffer.withUnsafeMutableBufferPointer { p in
            _ = memmove(p.baseAddress!, p.baseAddress! + start, end - start)
        }
        end -= start; start = 0
    }

    /// Reads once into the free end of the buffer; false on EINTR (try again).
    private func fill() -> Bool {
        let n = buffer.withUnsafeMutableBufferPointer { p in read(fd, p.baseAddress! + end, p.count - end) }
        if n < 0 {
            if errno == EINTR { return false }
            error = errno
            eof = true
        } else if n == 0 {
            eof = true
        } else {
            end += n
        }
        return true
    }

    /// Reads past the rest of a line already longer than the limit,
    /// discarding it, and reports it.
    private func skipLongLine() -> Line {
        let prefix = Array(buffer[start..<min(end, start + LineReader.keptPrefix)])
        var length = 0
        var lastCR = false
        while true {
            if let nl = buffer[start..<end].firstIndex(of: 0x0A) {
                length += nl - start
                if nl > start { lastCR = buffer[nl - 1] == 0x0D }
                start = nl + 1
                break
            }
            length += end - start
            if end > start { lastCR = buffer[end - 1] == 0x0D }
            start = 0; end = 0
            if eof { break }
            _ = fill()
        }
        lineNumber += 1
        return .tooLong(prefix: prefix, length: length - (lastCR ? 1 : 0))
    }
}

/// Writes bytes to a file descriptor, retrying short writes.
func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { p in
        var off = 0
        while off < p.count {
            let n = write(fd, p.baseAddress! + off, p.count - off)
            if n < 0 { if errno == EINTR { continue }; return }
            off += n
        }
    }
}
