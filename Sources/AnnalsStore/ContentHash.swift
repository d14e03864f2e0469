import CSHA256

/// The content hash of an article: SHA-256 (FIPS 180-4) over its publication
/// date, title and text, each followed by a 0x00 separator byte, as 64
/// lowercase hex digits. The id is not part of it: the same id with a new
/// hash means the article changed.
public enum ContentHash {
    /// - Complexity: linear in the text; one allocation (the hex string).
    public static func of(date: String?, title: String?, text: String) -> String {
        var h = SHA256()
        h.update(part: date ?? ""); h.update(part: title ?? ""); h.update(part: text)
        return h.finishHex()
    }

    /// The input hash: SHA-256 over the parts given (each followed by a 0x00
    /// byte) and then the input's bytes exactly as read. The same hash means
    /// the same input, so an ingest can skip it without reading it.
    public static func input(_ parts: [String], bytes: UnsafeRawBufferPointer) -> String {
        var h = SHA256()
        for part in parts { h.update(part: part) }
        h.update(bytes)
        return h.finishHex()
    }

    public static func hex(_ digest: [UInt8]) -> String {
        digest.withUnsafeBytes { hex($0) }
    }

    /// Lowercase hex digits of `digest`, written straight into the string's storage.
    static func hex(_ digest: UnsafeRawBufferPointer) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: digest.count * 2) { out in
            for (i, b) in digest.enumerated() {
                out[2 * i] = digits.utf8Start[Int(b >> 4)]
                out[2 * i + 1] = digits.utf8Start[Int(b & 15)]
            }
            return digest.count * 2
        }
    }

    /// SHA-256 of `message`.
    public static func sha256(_ message: [UInt8]) -> [UInt8] {
        var h = SHA256()
        message.withUnsafeBytes { h.update($0) }
        return h.finish()
    }
}

/// SHA-256, fed in pieces. Blocks are compressed with the CPU's SHA
/// instructions when it has them (`Sources/CSHA256`), else in Swift.
struct SHA256 {
    /// Whether this CPU has the x86 SHA extensions.
    static let accelerated = annals_sha256_accelerated() == 1

    private var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    /// Fewer than 64 bytes not yet compressed (the first `pendingCount` of a
    /// 64-byte block kept in the value itself: hashing allocates nothing).
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var length: UInt64 = 0

    /// Compress with the CPU's SHA instructions (when it has them).
    private let useCPU: Bool

    /// `swiftOnly`: never use the CPU's SHA instructions (the tests compare both ways).
    init(swiftOnly: Bool = false) {
        useCPU = SHA256.accelerated && !swiftOnly
    }

    mutating func update(byte: UInt8) {
        withUnsafeBytes(of: byte) { update($0) }
    }

    /// A string's UTF-8 bytes, then a 0x00 separator.
    mutating func update(part: String) {
        var s = part
        s.withUTF8 { update(UnsafeRawBufferPointer($0)) }
        update(byte: 0)
    }

    mutating func update(_ data: UnsafeRawBufferPointer) {
        length &+= UInt64(data.count)
        var offset = 0
        if pendingCount > 0 {
            let take = min(64 - pendingCount, data.count)
            let at = pendingCount
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.advanced(by: at).copyMemory(from: data.baseAddress!, byteCount: take) }
            pendingCount += take
            offset = take
            if pendingCount == 64 {
                var block = pending
                withUnsafeBytes(of: &block) { compress($0.baseAddress!, blocks: 1) }
                pendingCount = 0
            }
        }
        let blocks = (data.count - offset) / 64
        if blocks > 0 {
            compress(data.baseAddress! + offset, blocks: blocks)
            offset += blocks * 64
        }
        if offset < data.count {
            let at = pendingCount, n = data.count - offset
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.advanced(by: at).copyMemory(from: data.baseAddress! + offset, byteCount: n) }
            pendingCount += n
        }
    }

    /// Pads and compresses the last block or two; the digest is then the state `h`.
    private mutating func pad() {
        let bits = length &* 8
        // at most two blocks: the pending bytes, 0x80, zeros, the 8-byte length
        var tail: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                   UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let n = pendingCount
        let total = n + 1 + 8 <= 64 ? 64 : 128
        withUnsafeMutableBytes(of: &tail) { t in
            withUnsafeBytes(of: &pending) { t.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: n) }
            t[n] = 0x80
            for i in 0..<8 { t[total - 1 - i] = UInt8(truncatingIfNeeded: bits >> (UInt64(i) * 8)) }
        }
        withUnsafeBytes(of: &tail) { compress($0.baseAddress!, blocks: total / 64) }
    }

    mutating func finish() -> [UInt8] {
        pad()
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for v in [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7] {
            out.append(UInt8(v >> 24)); out.append(UInt8(truncatingIfNeeded: v >> 16))
            out.append(UInt8(truncatingIfNeeded: v >> 8)); out.append(UInt8(truncatingIfNeeded: v))
        }
        return out
    }

    /// The digest as 64 lowercase hex digits, without an intermediate array.
    mutating func finishHex() -> String {
        pad()
        var digest = (h.0.bigEndian, h.1.bigEndian, h.2.bigEndian, h.3.bigEndian, h.4.bigEndian, h.5.bigEndian, h.6.bigEndian, h.7.bigEndian)
        return withUnsafeBytes(of: &digest) { ContentHash.hex($0) }
    }

    @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// Compresses `blocks` consecutive 64-byte blocks.
    private mutating func compress(_ data: UnsafeRawPointer, blocks: Int) {
        if useCPU {
            withUnsafeMutableBytes(of: &h) { state in
                annals_sha256_blocks(state.baseAddress!.assumingMemoryBound(to: UInt32.self),
                                     data.assumingMemoryBound(to: UInt8.self), blocks)
            }
        } else {
            for b in 0..<blocks { compressInSwift(data + b * 64) }
        }
    }

    /// Compresses one 64-byte block in Swift.
    private mutating func compressInSwift(_ block: UnsafeRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 {
                let p = block + t * 4
                w[t] = UInt32(p.load(fromByteOffset: 0, as: UInt8.self)) << 24 | UInt32(p.load(fromByteOffset: 1, as: UInt8.self)) << 16
                    | UInt32(p.load(fromByteOffset: 2, as: UInt8.self)) << 8 | UInt32(p.load(fromByteOffset: 3, as: UInt8.self))
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = h
            // the constants are a C array, imported as a tuple of 64 words
            withUnsafePointer(to: annals_sha256_k) {
                $0.withMemoryRebound(to: UInt32.self, capacity: 64) { k in
                    for t in 0..<64 {
                        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let ch = (e & f) ^ (~e & g)
                        let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
                        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let maj = (a & b) ^ (a & c) ^ (b & c)
                        hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ s0 &+ maj
                    }
                }
            }
            h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
        }
    }
}
