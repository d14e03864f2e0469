import Foundation
import Testing
@testable import AnnalsCore

@Suite struct JSONReaderTests {
    static func parse(_ s: String) -> JSONValue? { try? JSONReader.parse(Array(s.utf8)) }

    @Test(arguments: [
        (#"{"a":"x"}"#, JSONValue.object(["a": .string("x")])),
        (#" { "a" : [1, -2.5e3, true, false, null] } "#, .object(["a": .array([.number(1), .number(-2500), .bool(true), .bool(false), .null])])),
        (#""tab\tnl\nq\"bs\\sl\/""#, .string("tab\tnl\nq\"bs\\sl/")),
        (#""\u00e9\u4e2d""#, .string("é中")),
        (#""\ud83d\ude00""#, .string("😀")),
        (#""\ud83d""#, .string("\u{FFFD}")),
        (#""caf\u00E9 au lait""#, .string("café au lait")),
        ("\"Karabakh’s\"", .string("Karabakh’s")),
        ("[]", .array([])),
        ("{}", .object([:])),
        ("0", .number(0)),
    ])
    func valid(_ text: String, _ expected: JSONValue) {
        #expect(Self.parse(text) == expected)
    }

    @Test(arguments: ["", "{", "{\"a\"}", "{\"a\":}", "[1,]", "{\"a\":1,}", "01", "1.", "-", "tru", "\"abc", "\"a\u{01}b\"",
                      "\"\\x\"", "\"\\u12\"", "{\"a\":1} x", "{'a':1}", "not json", "[1 2]", "{\"a\" 1}"])
    func invalid(_ text: String) {
        #expect(Self.parse(text) == nil)
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.parse(deep) == nil)
    }

    @Test func errorsGiveTheColumn() {
        do {
            _ = try JSONReader.parse(Array(#"{"id": 1, "text" "x"}"#.utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.column == 18)
            #expect(error.message == "expected ':'")
        }
    }

    /// The reader agrees with Foundation's on what every valid record means.
    @Test(arguments: [#"{"id":"r-1","date":"1987-02-26","text":"Line one.\nLine \"two\".","n":[1,{"x":null}]}"#])
    func agreesWithFoundation(_ text: String) throws {
        let ours = try #require(Self.parse(text))
        let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        guard case .object(let fields) = ours else { Issue.record("not an object"); return }
        #expect(fields["text"] == .string(theirs?["text"] as? String ?? ""))
        #expect(fields["id"] == .string(theirs?["id"] as? String ?? ""))
    }

    /// Strings are read eight bytes at a time: an escape, a quote or a control
    /// character is found wherever it falls in a word, after runs of every length,
    /// among multi-byte characters, and the error gives its column.
    @Test func specialBytesAtEveryOffset() throws {
        for pad in 0..<20 {
            let run = String(repeating: "a", count: pad)
            let wide = String(repeating: "é", count: pad / 2)
            #expect(Self.parse("\"\(run)\"") == .string(run))
            #expect(Self.parse("\"\(run)\\n\(wide)\\\"x\"") == .string(run + "\n" + wide + "\"x"))
            #expect(Self.parse("\"\(wide)\\u00e9\(run)\\t\"") == .string(wide + "é" + run + "\t"))
            #expect(Self.parse("\"\(run)\\n\(run)\u{7F}\(run)\"") == .string(run + "\n" + run + "\u{7F}" + run))
            #expect(Self.parse("\"\(run)") == nil)   // unterminated, in the run or after an escape
            #expect(Self.parse("\"\(run)\\n\(run)") == nil)
            for control: UInt8 in [0x00, 0x0A, 0x1F] {
                for escaped in [false, true] {
                    var bytes = Array("\"\(run)".utf8)
                    if escaped { bytes += Array("\\tb".utf8) }
                    let column = bytes.count + 1
                    bytes += [control] + Array("xyz\"".utf8)
                    do {
                        _ = try JSONReader.parse(bytes)
                        Issue.record("a control character was accepted")
                    } catch {
                        #expect(error.column == column)
                        #expect(error.message == "control character in a string")
                    }
                }
            }
        }
    }
}
