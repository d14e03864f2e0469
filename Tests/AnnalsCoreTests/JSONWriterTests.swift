import Testing
@testable import AnnalsCore

/// The writer's numbers, ids, escapes and growth, as the record has always written them.
@Suite struct JSONWriterTests {
    static func written(_ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(capacity: 8)
        w.beginArray()
        body(&w)
        w.endArray()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        (1.9, "1.9"), (-10, "-10"), (0.85, "0.85"), (0.05, "0.05"), (-0.05, "-0.05"), (3.0, "3"),
        (2.999, "3"), (-0.004, "0"), (0, "0"), (1.25, "1.25"), (10.1, "10.1"), (-7.5, "-7.5"),
    ] as [(Double, String)])
    func doubles(_ v: Double, _ text: String) {
        #expect(Self.written { $0.double(v) } == "[\(text)]")
    }

    @Test(arguments: [
        (51.5074, "51.5074"), (-0.1278, "-0.1278"), (2.05, "2.05"), (-33.0, "-33"), (12.345_67, "12.3457"),
        (-1.0001, "-1.0001"), (0.00004, "0"), (-0.00004, "0"), (179.99999, "180"), (10.5, "10.5"),
    ] as [(Double, String)])
    func coordinates(_ v: Double, _ text: String) {
        #expect(Self.written { $0.coordinate(v) } == "[\(text)]")
    }

    @Test func integersIdsAndLiterals() {
        #expect(Self.written { w in
            w.int(0); w.int(7); w.int(-12); w.int(1_000_000); w.int(Int.max); w.int(Int.min)
        } == "[0,7,-12,1000000,9223372036854775807,-9223372036854775808]")
        #expect(Self.written { w in
            w.id(UInt8(ascii: "a"), 1); w.id(UInt8(ascii: "p"), 10); w.id(UInt8(ascii: "e"), 123)
            w.coordinate(nil); w.bool(true); w.bool(false); w.null()
        } == #"["a1","p10","e123",null,true,false,null]"#)
    }

    @Test func keysAndNesting() {
        var w = JSONWriter(capacity: 8)
        w.beginObject()
        w.key("a"); w.int(1)
        w.key("b"); w.beginArray(); w.beginObject(); w.endObject(); w.int(2); w.beginArray(); w.endArray(); w.endArray()
        w.key("c"); w.string(nil as String?)
        w.endObject()
        w.newline()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"a":1,"b":[{},2,[]],"c":null}"# + "\n")
    }

    @Test func escapesAndGrowth() {
        #expect(Self.written { $0.string("a\"b\\c\nd\re\tf\u{01}g\u{7F}h\u{1F}é") }
                == #"["a\"b\\c\nd\re\tf\u0001g\u007fh\u001fé"]"#)
        #expect(Self.written { $0.string("") } == #"[""]"#)
        // far past the first capacity, clean and escaped
        let long = String(repeating: "abcdefghij", count: 200)
        #expect(Self.written { $0.string(long) } == "[\"\(long)\"]")
        let quotes = String(repeating: "\"", count: 500)
        #expect(Self.written { $0.string(quotes) } == "[\"" + String(repeating: "\\\"", count: 500) + "\"]")
    }

    /// The reference escape, one byte at a time (what the writer did before it tested eight bytes at once).
    static func escapedByByte(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = [0x22]
        let hex = Array("0123456789abcdef".utf8)
        for c in bytes {
            switch c {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case ..<0x20, 0x7F: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]]
            default: out.append(c)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// Every byte value at every position of strings of 1 to 19 bytes (runs of
    /// eight and the tail), alone and next to a second escaped byte: the
    /// eight-byte test must find exactly the bytes the byte loop finds, no more
    /// (0x21, 0x23, 0x5B, 0x5D, 0x7E, 0x80 and 0xFF pass unescaped).
    @Test func everyByteAtEveryPosition() {
        for length in 1...19 {
            for position in 0..<length {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = UInt8(value)
                    if length > 9 { bytes[length - 1 - position / 2] = position % 2 == 0 ? 0x22 : UInt8(ascii: "z") }
                    let written: String = {
                        var w = JSONWriter(capacity: 8)
                        bytes.withUnsafeBufferPointer { w.string(utf8: $0) }
                        return String(decoding: w.bytes, as: UTF8.self)
                    }()
                    let expected = Self.escapedByByte(bytes)
                    if written != expected {
                        Issue.record("length \(length), byte \(value) at \(position): \(written) != \(expected)")
                        return
                    }
                }
            }
        }
    }
}
