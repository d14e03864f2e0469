import Foundation
import Testing
@testable import AnnalsCore

@Suite struct EventOntologyTests {
    /// Loaded once; a broken file fails `builtInFilesLoad` (and the tests
    /// below see an empty ontology) instead of crashing the test run.
    static let loaded = Result { try EventOntology.builtIn() }
    var o: EventOntology {
        (try? Self.loaded.get())
            ?? (try! EventOntology(cameo: DataFile(name: "", text: ""), plover: DataFile(name: "", text: ""),
                                   acled: DataFile(name: "", text: "")))
    }

    // MARK: The built-in files

    @Test func builtInFilesLoad() throws {
        _ = try Self.loaded.get()
    }

    @Test func cameoCountsByLevel() {
        let byLevel = Dictionary(grouping: o.cameoCodes, by: \.level).mapValues(\.count)
        #expect(byLevel[1] == 20)
        #expect(byLevel[2] == 149)
        #expect(byLevel[3] == 147)
        #expect(o.cameoCodes.count >= 250)
        #expect((1...20).allSatisfy { o.cameo(String(format: "%02d", $0)) != nil })
    }

    @Test func ploverTypesAndModes() {
        #expect(o.ploverEvents.map(\.type) == [
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
        ])
        #expect(o.plover("CONSULT")?.modes == ["visit", "third-party", "multilateral", "phone"])
        #expect(o.plover("AGREE")?.modes == [])
        #expect(o.plover("ASSAULT")?.modes.count == 15)
        #expect(o.plover("COERCE")?.hasMode("martial-law") == true)
        #expect(o.ploverEvents.reduce(0) { $0 + $1.modes.count } == 67)
        #expect(o.plover("FIGHT") == nil)
        #expect(o.plover("consult") == nil)
    }

    @Test(arguments: [
        ("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 1), ("CONCEDE", 1),
        ("COOPERATE", 2), ("AID", 2), ("RETREAT", 2),
        ("REQUEST", 3), ("ACCUSE", 3), ("REJECT", 3), ("THREATEN", 3),
        ("PROTEST", 4), ("SANCTION", 4), ("MOBILIZE", 4), ("COERCE", 4), ("ASSAULT", 4),
    ])
    func ploverQuad(type: String, quad: Int) {
        #expect(o.plover(type)?.quad == quad)
    }

    @Test func acledPairs() {
        #expect(o.acledEventTypes == ["Battles", "Explosions/Remote violence", "Violence against civilians",
                                      "Protests", "Riots", "Strategic developments"])
        #expect(o.acledPairs.count == 25)
        let count = Dictionary(grouping: o.acledPairs, by: \.type).mapValues(\.count)
        #expect(count == ["Battles": 3, "Explosions/Remote violence": 6, "Violence against civilians": 3,
                          "Protests": 3, "Riots": 2, "Strategic developments": 8])
        #expect(o.isACLEDPair(type: "Riots", subtype: "Violent demonstration"))
        #expect(o.isACLEDPair(type: "Strategic developments", subtype: "Looting/property destruction"))
        #expect(!o.isACLEDPair(type: "Protests", subtype: "Violent demonstration"))
        #expect(!o.isACLEDPair(type: "Strategic Developments", subtype: "Agreement"))
    }

    // MARK: Examples and counter-examples

    struct Example: Sendable, CustomTestStringConvertible {
        var code: String
        var plover: String?         // "TYPE" or "TYPE/mode"; nil = no PLOVER view
        var quad: Int
        var goldstein: Double
        var acled: String?          // "type/subtype"; nil = outside ACLED
        var testDescription: String { code }
    }

    @Test(arguments: [
        Example(code: "041", plover: "CONSULT/phone", quad: 1, goldstein: 1.0, acled: nil),
        Example(code: "042", plover: "CONSULT/visit", quad: 1, goldstein: 1.9, acled: nil),
        Example(code: "043", plover: "CONSULT/visit", quad: 1, goldstein: 2.8, acled: nil),
        Example(code: "046", plover: "CONSULT", quad: 1, goldstein: 7.0, acled: nil),   // talks: Agreement only by acled-rules.tsv (peace, armed sides)
        Example(code: "190", plover: "ASSAULT", quad: 4, goldstein: -10.0, acled: "Battles/Armed clash"),
        Example(code: "191", plover: "COERCE/restrict", quad: 4, goldstein: -9.5, acled: "Strategic developments/Other"),
        Example(code: "145", plover: "PROTEST/riot", quad: 4, goldstein: -7.5, acled: "Riots/Violent demonstration"),
        Example(code: "1451", plover: "PROTEST/riot", quad: 4, goldstein: -7.5, acled: "Riots/Violent demonstration"),
        Example(code: "141", plover: "PROTEST/demo", quad: 4, goldstein: -6.5, acled: "Protests/Peaceful protest"),
        Example(code: "144", plover: "PROTEST/obstruct", quad: 4, goldstein: -7.5, acled: "Protests/Peaceful protest"),
        Example(code: "175", plover: "ASSAULT", quad: 4, goldstein: -9.0, acled: "Protests/Protest with intervention"),
        Example(code: "173", plover: "COERCE/arrest", quad: 4, goldstein: -5.0, acled: "Strategic developments/Arrests"),
        Example(code: "1831", plover: "ASSAULT/suicide-attack", quad: 4, goldstein: -10.0, acled: "Explosions/Remote violence/Suicide bomb"),
        Example(code: "1952", plover: "ASSAULT/drone", quad: 4, goldstein: -10.0, acled: "Explosions/Remote violence/Air/drone strike"),
        Example(code: "181", plover: "ASSAULT/abduct", quad: 4, goldstein: -9.0, acled: "Violence against civilians/Abduction/forced disappearance"),
        Example(code: "2041", plover: "ASSAULT/unconventional", quad: 4, goldstein: -10.0, acled: "Explosions/Remote violence/Chemical weapon"),
        Example(code: "0874", plover: "RETREAT/disarm", quad: 2, goldstein: 10.0, acled: "Strategic developments/Non-violent transfer of territory"),
        Example(code: "0871", plover: "RETREAT/ceasefire", quad: 2, goldstein: 9.0, acled: "Strategic developments/Agreement"),
        Example(code: "081", plover: "CONCEDE", quad: 2, goldstein: 5.0, acled: nil),
        Example(code: "036", plover: "AGREE", quad: 1, goldstein: 4.0, acled: nil),
        Example(code: "0211", plover: "REQUEST/assist", quad: 1, goldstein: 3.4, acled: nil),
        Example(code: "026", plover: "REQUEST/meet", quad: 1, goldstein: 4.0, acled: nil),
        Example(code: "1042", plover: "REQUEST/change", quad: 3, goldstein: -5.0, acled: nil),
        Example(code: "112", plover: "ACCUSE/allege", quad: 3, goldstein: -2.0, acled: nil),
        Example(code: "093", plover: "ACCUSE/investigate", quad: 3, goldstein: -2.0, acled: nil),
        Example(code: "1246", plover: "REJECT/yield", quad: 3, goldstein: -5.0, acled: nil),
        Example(code: "1384", plover: "THREATEN/violence", quad: 3, goldstein: -7.0, acled: nil),
        Example(code: "163", plover: "SANCTION/discontinue", quad: 4, goldstein: -6.5, acled: nil),
        Example(code: "154", plover: "MOBILIZE/troops", quad: 4, goldstein: -7.2, acled: "Strategic developments/Other"),
        Example(code: "010", plover: nil, quad: 1, goldstein: 0.0, acled: nil),
        Example(code: "016", plover: "REJECT", quad: 1, goldstein: 3.4, acled: nil),
        Example(code: "018", plover: "SUPPORT", quad: 1, goldstein: 3.4, acled: nil),
    ])
    func example(_ e: Example) throws {
        let c = try #require(o.cameo(e.code))
        #expect(c.plover?.description == e.plover)
        #expect(c.quad == e.quad)
        #expect(c.goldstein == e.goldstein)
        #expect(c.acled?.description == e.acled)
        #expect(!c.label.isEmpty)
    }

    @Test(arguments: ["099", "21", "00", "1", "01234", "0a1", "", "1999", "2043", " 041", "41"])
    func notACode(_ code: String) {
        #expect(o.cameo(code) == nil)
    }

    @Test func hierarchy() throws {
        let c = try #require(o.cameo("0211"))
        #expect(c.parent == "021")
        #expect(c.level == 3)
        #expect(c.root == "02")
        #expect(o.cameo("021")?.parent == "02")
        #expect(o.cameo("02")?.parent == nil)
        #expect(o.children(of: "021").map(\.code) == ["0211", "0212", "0213", "0214"])
        #expect(o.children(of: "19").map(\.code) == ["190", "191", "192", "193", "194", "195", "196"])
        #expect(o.children(of: "195").map(\.code) == ["1951", "1952"])
        // Every code below a root has its parent, and shares the root's quad.
        for code in o.cameoCodes {
            if let p = code.parent { #expect(o.cameo(p) != nil, "\(code.code)") }
            #expect(code.quad == o.cameo(code.root)?.quad, "\(code.code)")
        }
    }

    @Test func fallbackToParent() throws {
        // Four-digit dictionary extensions fall back to their three-digit parent.
        #expect(o.resolveCAMEO("0110")?.code == "011")
        #expect(o.resolveCAMEO("1213")?.code == "121")
        #expect(o.resolveCAMEO("1641")?.code == "164")
        #expect(o.resolveCAMEO("0211")?.code == "0211")   // own entry first
        #expect(o.resolveCAMEO("190")?.code == "190")
        // No fallback for unknown roots or three-digit codes, or malformed codes.
        #expect(o.resolveCAMEO("099") == nil)
        #expect(o.resolveCAMEO("0995") == nil)
        #expect(o.resolveCAMEO("109") == nil)
        #expect(o.resolveCAMEO("21") == nil)
        #expect(o.resolveCAMEO("12a4") == nil)
    }

    @Test func everyViewIsWellFormed() {
        for c in o.cameoCodes {
            #expect((-10...10).contains(c.goldstein), "\(c.code)")
            if let p = c.plover {
                let event = o.plover(p.type)
                #expect(event != nil, "\(c.code)")
                if let m = p.mode { #expect(event?.hasMode(m) == true, "\(c.code)") }
            } else {
                #expect(c.root == "01" && c.ploverBasis == .choice, "\(c.code)")
            }
            if let a = c.acled { #expect(o.isACLEDPair(type: a.type, subtype: a.subtype), "\(c.code)") }
        }
        // Violence is always in ACLED's scope; verbal codes never are.
        for c in o.cameoCodes where ["18", "19", "20"].contains(c.root) && c.code != "184" {
            #expect(c.acled != nil, "\(c.code)")
        }
        for c in o.cameoCodes where ["01", "02", "03", "09", "10", "11", "12", "13"].contains(c.root) {
            #expect(c.acled == nil, "\(c.code)")
        }
        // Only CAMEO 01 and 02 are PLOVER "choice" lines.
        for c in o.cameoCodes where c.ploverBasis == .choice { #expect(["01", "02"].contains(c.root), "\(c.code)") }
    }

    // MARK: Validation errors

    static let ploverText = """
        # test
        event\tCONSULT\t1\tmeet
        mode\tCONSULT\tphone\tby phone
        event\tASSAULT\t4\tviolence
        mode\tASSAULT\tfirearms\tguns
        """
    static let acledText = """
        Battles\tArmed clash\tfighting
        Protests\tPeaceful protest\tgathering
        """

    func load(cameo: String, plover: String = ploverText, acled: String = acledText) throws -> EventOntology {
        try EventOntology(cameo: DataFile(name: "events/cameo.tsv", text: cameo),
                          plover: DataFile(name: "events/plover.tsv", text: plover),
                          acled: DataFile(name: "events/acled.tsv", text: acled))
    }

    static let goodCAMEO = """
        # header
        04\t1.0\t1\tCONSULT\t-\tcrosswalk\t-\t-\tconsult
        041\t1.0\t1\tCONSULT\tphone\tcrosswalk\t-\t-\tcall
        19\t-10.0\t4\tASSAULT\t-\tcrosswalk\tBattles\tArmed clash\tfight
        """

    @Test func minimalFilesLoad() throws {
        let x = try load(cameo: Self.goodCAMEO)
        #expect(x.cameoCodes.count == 3)
        #expect(x.cameo("041")?.plover == .init(type: "CONSULT", mode: "phone"))
        #expect(x.cameo("19")?.acled == .init(type: "Battles", subtype: "Armed clash"))
    }

    @Test(arguments: [
        ("041\t1.0\t1\tCONSULT\tphone\tcrosswalk\t-\t-", "expected 9 tab-separated fields (code, goldstein, quad, plover type, plover mode, plover basis, acled type, acled subtype, label), found 8"),
        ("41a\t1.0\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "code '41a' must be 2, 3 or 4 digits"),
        ("04123\t1.0\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "code '04123' must be 2, 3 or 4 digits"),
        ("21\t1.0\t4\tASSAULT\t-\tcrosswalk\t-\t-\tx", "code '21' has no CAMEO root (01 to 20)"),
        ("00\t1.0\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "code '00' has no CAMEO root (01 to 20)"),
        ("041\t1.0\t1\tCONSULT\tphone\tcrosswalk\t-\t-\tagain", "duplicate code '041'"),
        ("042\t12.5\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "Goldstein value 12.5 is outside -10 to 10"),
        ("042\t-10.5\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "Goldstein value -10.5 is outside -10 to 10"),
        ("042\tnan\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "Goldstein value 'nan' is not a decimal number"),
        ("042\t1e1\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "Goldstein value '1e1' is not a decimal number"),
        ("042\t1.9\t3\tCONSULT\t-\tcrosswalk\t-\t-\tx", "quad 3 of '042' contradicts its root 04 (quad 1)"),
        ("042\t1.9\t5\tCONSULT\t-\tcrosswalk\t-\t-\tx", "quad '5' must be 1, 2, 3 or 4"),
        ("042\t1.9\t1\tMEET\t-\tcrosswalk\t-\t-\tx", "unknown PLOVER event type 'MEET' (not in events/plover.tsv)"),
        ("042\t1.9\t1\tCONSULT\tvisit\tcrosswalk\t-\t-\tx", "unknown mode 'visit' of CONSULT (modes: phone)"),
        ("042\t1.9\t1\t-\tphone\tchoice\t-\t-\tx", "PLOVER mode 'phone' without a PLOVER type"),
        ("042\t1.9\t1\t-\t-\tcrosswalk\t-\t-\tx", "only a 'choice' line may leave the PLOVER type empty (basis is 'crosswalk')"),
        ("042\t1.9\t1\tCONSULT\t-\tmanual\t-\t-\tx", "unknown PLOVER basis 'manual' (crosswalk, cue, choice or deviation)"),
        ("042\t1.9\t1\tCONSULT\t-\tcrosswalk\tRiots\tMob violence\tx", "unknown ACLED pair Riots/Mob violence (not in events/acled.tsv)"),
        ("042\t1.9\t1\tCONSULT\t-\tcrosswalk\tProtests\tArmed clash\tx", "unknown ACLED pair Protests/Armed clash (not in events/acled.tsv)"),
        ("042\t1.9\t1\tCONSULT\t-\tcrosswalk\tBattles\t-\tx", "ACLED event type and sub-event type must both be given or both be '-'"),
        ("042\t1.9\t1\tCONSULT\t-\tcrosswalk\t-\t-\t", "empty label"),
        ("0421\t1.9\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "code '0421' has no parent '042' in the file"),
        ("051\t3.4\t1\tCONSULT\t-\tcrosswalk\t-\t-\tx", "code '051' has no parent '05' in the file"),
    ])
    func badCAMEOLine(line: String, message: String) {
        // The bad line is line 5: a comment and three good lines come first.
        do {
            _ = try load(cameo: Self.goodCAMEO + "\n" + line)
            Issue.record("accepted: \(line)")
        } catch let e as KnowledgeError {
            #expect(e.file == "events/cameo.tsv")
            #expect(e.line == 5)
            #expect(e.message == message)
            #expect(e.description == "events/cameo.tsv:5: \(message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func childBeforeParentIsFine() throws {
        let x = try load(cameo: "041\t1.0\t1\tCONSULT\tphone\tcrosswalk\t-\t-\tcall\n04\t1.0\t1\tCONSULT\t-\tcrosswalk\t-\t-\tconsult")
        #expect(x.cameo("041")?.parent == "04")
    }

    @Test(arguments: [
        ("event\tCONSULT\t1\tagain", 6, "duplicate event type 'CONSULT'"),
        ("event\tFight\t4\tx", 6, "event type 'Fight' must be upper-case letters"),
        ("event\tFIGHT\t0\tx", 6, "quad '0' must be 1, 2, 3 or 4"),
        ("mode\tCONSULT\tphone\tagain", 6, "duplicate mode 'phone' of CONSULT"),
        ("mode\tPROTEST\tdemo\tx", 6, "mode for undeclared event type 'PROTEST' (declare it with an 'event' line first)"),
        ("mode\tASSAULT\tHeavy weapons\tx", 6, "mode 'Heavy weapons' must be lower-case letters and hyphens"),
        ("mode\tASSAULT\t-\tx", 6, "mode '-' must be lower-case letters and hyphens"),
        ("context\tASSAULT\tmilitary\tx", 6, "unknown line kind 'context' (event or mode)"),
        ("event\tFIGHT\t4", 6, "expected 4 tab-separated fields (event TYPE QUAD label, or mode TYPE MODE label), found 3"),
        ("event\tFIGHT\t4\t", 6, "empty label"),
    ])
    func badPLOVERLine(line: String, lineNumber: Int, message: String) {
        do {
            _ = try load(cameo: Self.goodCAMEO, plover: Self.ploverText + "\n" + line)
            Issue.record("accepted: \(line)")
        } catch let e as KnowledgeError {
            #expect(e == KnowledgeError(file: "events/plover.tsv", line: lineNumber, message: message))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: [
        ("Battles\tArmed clash\tagain", "duplicate pair Battles/Armed clash"),
        ("Riots\tArmed clash\tx", "sub-event type 'Armed clash' is already listed under another event type"),
        ("Riots\tMob violence", "expected 3 tab-separated fields (event type, sub-event type, label), found 2"),
        ("Riots\tMob violence\tx\tBattles\tArmed clash", "expected 3 tab-separated fields (event type, sub-event type, label), found 5"),
        ("-\tMob violence\tx", "empty event type"),
        ("Riots\t\tx", "empty sub-event type"),
        ("Riots\tMob violence\t", "empty label"),
    ])
    func badACLEDLine(line: String, message: String) {
        do {
            _ = try load(cameo: Self.goodCAMEO, acled: Self.acledText + "\n" + line)
            Issue.record("accepted: \(line)")
        } catch let e as KnowledgeError {
            #expect(e == KnowledgeError(file: "events/acled.tsv", line: 3, message: message))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func cameoErrorsNameTheReferencedFiles() {
        // A PLOVER type that exists only in a different plover.tsv is rejected.
        #expect(throws: KnowledgeError.self) {
            try load(cameo: Self.goodCAMEO, plover: "event\tCONSULT\t1\tmeet")
        }
    }

    // MARK: Cross-check against ../shared (read at run time, skipped when absent)

    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/data/events").standardized

    /// Codes the Phoenix Goldstein table lists that CAMEO 1.1b3 does not
    /// (Phoenix dictionary extensions); they resolve to their parent or not at all.
    static let phoenixOnly: Set<String> = ["0110", "0357", "109", "1213", "1641", "1642", "1643"]

    @Test func crossCheckGoldstein() throws {
        let url = Self.shared.appendingPathComponent("cameo_goldstein_phoenix.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }   // ../shared absent
        var disagreements: [String] = [], missing: [String] = [], compared = 0
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t")
            guard f.count == 2, let value = Double(f[1]) else { continue }
            let code = String(f[0])
            guard let ours = o.cameo(code) else { missing.append(code); continue }
            compared += 1
            if ours.goldstein != value { disagreements.append("\(code): ours \(ours.goldstein), phoenix \(value)") }
        }
        #expect(compared >= 270)
        #expect(disagreements == [], "Goldstein disagreements: \(disagreements)")
        #expect(Set(missing) == Self.phoenixOnly, "codes of the Phoenix table we lack: \(missing)")
        for code in Self.phoenixOnly where code.count == 4 {
            #expect(o.resolveCAMEO(code) != nil, "\(code) should resolve to its parent")
        }
    }

    @Test func crossCheckPLOVERCrosswalk() throws {
        let url = Self.shared.appendingPathComponent("CAMEO2PLOVER-2021.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }   // ../shared absent
        // "041: CONSULT, phone,   # comment" or a root line "04: CONSULT".
        var crosswalk: [String: [EventOntology.PLOVERView]] = [:]
        for raw in text.split(separator: "\n") {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard let colon = line.firstIndex(of: ":") else { continue }
            let code = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard (2...4).contains(code.count), code.allSatisfy(\.isNumber) else { continue }
            let parts = line[line.index(after: colon)...].split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let mode = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            crosswalk[code, default: []].append(.init(type: parts[0], mode: mode))
        }
        #expect(crosswalk.count >= 270)

        var disagreements: [String] = [], deviations: [String] = []
        for c in o.cameoCodes {
            let theirs = crosswalk[c.code]
            switch c.ploverBasis {
            case .crosswalk:
                if theirs == nil || !theirs!.contains(where: { $0 == c.plover }) {
                    disagreements.append("\(c.code): ours \(c.plover?.description ?? "-"), crosswalk \(theirs?.map(\.description) ?? [])")
                }
            case .deviation:
                // A documented deviation must really differ from a crosswalk entry.
                if let theirs, !theirs.contains(where: { $0 == c.plover }) {
                    deviations.append("\(c.code): ours \(c.plover?.description ?? "-"), crosswalk \(theirs.map(\.description))")
                } else {
                    disagreements.append("\(c.code): marked deviation but crosswalk has \(theirs?.map(\.description) ?? [])")
                }
            case .cue, .choice:
                if theirs != nil {
                    disagreements.append("\(c.code): marked \(c.ploverBasis.rawValue) but the crosswalk lists it")
                }
                if c.ploverBasis == .cue {
                    // The type is the cue category's (crosswalk of the root).
                    #expect(crosswalk[c.root]?.contains(where: { $0.type == c.plover?.type }) == true, "\(c.code)")
                }
            }
        }
        #expect(disagreements == [], "PLOVER disagreements: \(disagreements)")
        #expect(deviations.count == o.cameoCodes.filter { $0.ploverBasis == .deviation }.count)
        print("CAMEO2PLOVER cross-check: \(deviations.count) documented deviations:\n  " + deviations.joined(separator: "\n  "))
        // Codes only the crosswalk has (CAMEO versions other than 1.1b3).
        let extra = crosswalk.keys.filter { o.cameo($0) == nil }.sorted()
        #expect(extra == ["1213", "1214"], "crosswalk codes not in CAMEO 1.1b3: \(extra)")
    }
}
