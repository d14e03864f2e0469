#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line with bounded memory (one buffer plus
/// the current line). Lines are returned without their `\n` (and `\r`).
final class LineReader {
    private let fd: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var eof = false
    private(set) var lineNumber = 0
    /// The `errno` of a failed read (reading a directory, an I/O error); input ends there.
    private(set) var error: Int32?

    init(fd: Int32, bufferSize: Int = 1 << 20) {
        self.fd = fd
        buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    /// The next line, or nil at end of input.
    func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start..<end].firstIndex(of: 0x0A) {
                var line = buffer[start..<nl]
                if line.last == 0x0D { line = line.dropLast() }
                start = nl + 1
                lineNumber += 1
                return line
            }
            if eof {
                guard start < end else { return nil }
                var line = buffer[start..<end]
                if line.last == 0x0D { line = line.dropLast() }
                start = end
                lineNumber += 1
                return line
            }
            // compact, grow if the line fills the buffer, then read more
            if start > 0 {
                buffer.withUnsafeMutableBufferPointer { p in
                    _ = memmove(p.baseAddress!, p.baseAddress! + start, end - start)
                }
                end -= start; start = 0
            }
            if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let n = buffer.withUnsafeMutableBufferPointer { p in read(fd, p.baseAddress! + end, p.count - end) }
            if n < 0 {
                if errno == EINTR { continue }
                error = errno
                eof = true
            } else if n == 0 {
                eof = true
            } else {
                end += n
            }
        }
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
