import Foundation
import Testing
@testable import annals
import AnnalsStore

/// Article and line limits: what is too large is refused with an error
/// record, the stream goes on, and an overlong line is never held whole.
@Suite struct LimitsCLITests {
    @Test func overlongLinesAndLargeTextsGiveErrorRecords() throws {
        let big = String(repeating: "Talks went on. ", count: 2_000)          // 30,000 bytes of text
        let input = [
            #"{"id":"before","text":"Leaders met on Friday."}"#,
            #"{"id":"long","date":"2022-12-25","text":"\#(big)\#(big)"}"#,   // a 60,000-byte line
            #"{"id":"large","text":"\#(big)"}"#,                             // a 30,000-byte text
            #"{"id":"after","text":"Leaders met again."}"#,
        ].joined(separator: "\n")
        let run = try CLI.run(["analyze", "--jsonl", "--max-article-bytes", "20000", "--max-line-bytes", "50000"], stdin: Data(input.utf8))
        #expect(run.status == 1)
        let r = run.records
        #expect(r.map(\.id) == ["before", "long", "large", "after"])
        #expect(r.map { $0.error == nil } == [true, false, false, true])
        #expect(r[1].error == #"line 2, article "long": line of 60,043 bytes is longer than the limit of 50,000 bytes; skipped"#)
        #expect(r[2].error == #"line 3, article "large": "text" of 30,000 bytes is larger than the limit of 20,000 bytes"#)
        #expect(run.stderr.contains("2 articles could not be analyzed"))

        // the line limit defaults to twice the article limit
        let loose = try CLI.run(["analyze", "--jsonl", "--max-article-bytes", "60000"], stdin: Data(input.utf8))
        #expect(loose.status == 0)
        #expect(loose.records.allSatisfy { $0.error == nil })
    }

    @Test func plainTextFilesOverTheLimit() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let big = try dir.file("big.txt", "date 2022-12-25 " + String(repeating: "x", count: 5_000))
        let small = try dir.file("small.txt", "date 2022-12-25 Leaders met.")
        let run = try CLI.run(["analyze", "--max-article-bytes", "4096", big, small])
        #expect(run.status == 1)
        #expect(run.records.map(\.id) == [big, small])
        #expect(run.records[0].error == "\(big): article of 5,016 bytes is larger than the limit of 4,096 bytes")
        #expect(run.records[1].error == nil)
        let stdin = try CLI.run(["analyze", "--max-article-bytes", "4096"], stdin: Data(String(repeating: "y", count: 100_000).utf8))
        #expect(stdin.status == 1)
        #expect(stdin.records.first?.error == "standard input: article of 100,000 bytes is larger than the limit of 4,096 bytes")
        // input of unknown size is not read past the limit: /dev/zero never ends
        let endless = try CLI.run(["analyze", "--max-article-bytes", "4096", "/dev/zero"])
        #expect(endless.status == 1)
        #expect(endless.records.first?.error == "/dev/zero: article is larger than the limit of 4,096 bytes")
    }

    /// `annals ingest` takes the same limits: what is over them is reported as failed with its
    /// reason, the rest is stored (a 20 MB JSON Lines file given without --jsonl is one article, refused).
    @Test func ingestRefusesWhatIsOverTheLimits() throws {
        let dir = try TempDir(); defer { dir.remove() }
        let db = dir.url.appendingPathComponent("l.db").path
        let big = String(repeating: "Talks went on. ", count: 2_000)          // 30,000 bytes of text
        let lines = try dir.file("in.jsonl", [
            #"{"id":"before","date":"2022-12-25","text":"Leaders met on Friday."}"#,
            #"{"id":"long","date":"2022-12-25","text":"\#(big)\#(big)"}"#,
            #"{"id":"large","date":"2022-12-25","text":"\#(big)"}"#,
        ].joined(separator: "\n") + "\n")
        let run = try CLI.run(["ingest", "--db", db, "--jsonl", "--max-article-bytes", "20000", "--max-line-bytes", "50000", lines])
        #expect(run.status == 1)
        #expect(run.stderr.contains("1 stored, 0 replaced, 0 skipped (already stored), 2 failed"), "\(run.stderr)")
        #expect(run.stderr.contains("line of 60,043 bytes is longer than the limit of 50,000 bytes"), "\(run.stderr)")
        #expect(run.stderr.contains(#""text" of 30,000 bytes is larger than the limit of 20,000 bytes"#), "\(run.stderr)")
        let file = try dir.file("big.txt", "date 2022-12-25 " + String(repeating: "x", count: 5_000))
        let plain = try CLI.run(["ingest", "--db", db, "--max-article-bytes", "4096", file])
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("article of 5,016 bytes is larger than the limit of 4,096 bytes"), "\(plain.stderr)")
        #expect(try Store(path: db, readOnly: true).counts().documents == 1)
    }

    @Test func limitsMustBePositive() throws {
        #expect(try CLI.run(["analyze", "--max-article-bytes", "0"]).status != 0)
        #expect(try CLI.run(["analyze", "--jsonl", "--max-line-bytes", "-1"]).status != 0)
    }

    /// A 50 MB line (default limits) through standard input: an error record
    /// named after the line's id, and the next line is analyzed.
    @Test func fiftyMegabyteLine() throws {
        var input = Data(#"{"id":"huge","text":""#.utf8)
        input.append(Data(repeating: UInt8(ascii: "a"), count: 50_000_000))
        input.append(Data("\"}\n".utf8))
        input.append(Data(#"{"id":"next","text":"Leaders met."}"#.utf8))
        let run = try CLI.run(["analyze", "--jsonl"], stdin: input)
        #expect(run.status == 1)
        #expect(run.records.map(\.id) == ["huge", "next"])
        #expect(run.records.first?.error == #"line 1, article "huge": line of 50,000,023 bytes is longer than the limit of 10,000,000 bytes; skipped"#)
    }

    // MARK: LineReader

    /// Writes `data` into a pipe from another thread and reads it back with a `LineReader`.
    func readLines(_ data: Data, maxLineBytes: Int, bufferSize: Int) -> (lines: [LineReader.Line], capacity: Int) {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0)
        let writeEnd = fds[1]
        let writer = Thread {
            data.withUnsafeBytes { p in
                var off = 0
                while off < p.count {
                    let n = write(writeEnd, p.baseAddress! + off, min(p.count - off, 1 << 16))
                    if n <= 0 { break }
                    off += n
                }
            }
            close(writeEnd)
        }
        writer.start()
        let reader = LineReader(fd: fds[0], bufferSize: bufferSize, maxLineBytes: maxLineBytes)
        var lines: [LineReader.Line] = []
        var capacity = 0
        while let l = reader.nextLine() {
            if case .text(let t) = l { lines.append(.text(ArraySlice(Array(t)))) } else { lines.append(l) }
            capacity = max(capacity, reader.bufferCapacity)
        }
        close(fds[0])
        return (lines, capacity)
    }

    @Test func lineReaderBoundsMemory() {
        var data = Data("short\r\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "b"), count: 50_000_000))
        data.append(Data("\r\nend".utf8))
        let (lines, capacity) = readLines(data, maxLineBytes: 1_000_000, bufferSize: 1 << 16)
        #expect(lines.count == 3)
        if case .text(let t) = lines[0] { #expect(Array(t) == Array("short".utf8)) } else { Issue.record("line 1") }
        if case .tooLong(let prefix, let length) = lines[1] {
            #expect(length == 50_000_000)
            #expect(prefix.count == LineReader.keptPrefix && prefix.allSatisfy { $0 == UInt8(ascii: "b") })
        } else { Issue.record("line 2 should be too long") }
        if case .text(let t) = lines[2] { #expect(Array(t) == Array("end".utf8)) } else { Issue.record("line 3") }
        #expect(capacity <= 1_000_001 + (1 << 16), "the buffer grew to \(capacity) bytes")
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func lineReaderSplitsAnywhere(_ bufferSize: Int) {
        // lines exactly at, just under and just over the limit, with and without CR, and a last line without a break
        let text = "abcd\nabcde\r\nabcdef\n\n\r\nabcdefghij\r\nxy"
        let (lines, _) = readLines(Data(text.utf8), maxLineBytes: 5, bufferSize: bufferSize)
        let shown = lines.map { l -> String in
            switch l {
            case .text(let t): return String(decoding: t, as: UTF8.self)
            case .tooLong(let p, let n):
                // the kept prefix is what the buffer held: some first bytes of the line
                #expect(!p.isEmpty && (text.utf8.starts(with: p) || text.utf8.split(separator: 0x0A).contains { $0.starts(with: p) }))
                return "!\(n)"
            }
        }
        #expect(shown == ["abcd", "abcde", "!6", "", "", "!10", "xy"])
    }
}
