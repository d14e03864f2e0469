/// Parsing and validation of the three event-ontology files. Every problem
/// is a `KnowledgeError` naming the file and line.
extension EventOntology {
    static func loadPLOVER(_ file: DataFile) throws -> ([PLOVEREvent], [String: Int]) {
        var events: [PLOVEREvent] = []
        var index: [String: Int] = [:]
        for line in file.lines {
            let f = line.fields.map(String.init)
            guard f.count == 4 else {
                throw file.error(line, "expected 4 tab-separated fields (event TYPE QUAD label, or mode TYPE MODE label), found \(f.count)")
            }
            let type = f[1], label = f[3]
            guard !label.isEmpty else { throw file.error(line, "empty label") }
            switch f[0] {
            case "event":
                guard !type.isEmpty, type.utf8.allSatisfy(\.isASCIIUpper) else {
                    throw file.error(line, "event type '\(type)' must be upper-case letters")
                }
                guard let quad = Int(f[2]), (1...4).contains(quad) else {
                    throw file.error(line, "quad '\(f[2])' must be 1, 2, 3 or 4")
                }
                guard index[type] == nil else { throw file.error(line, "duplicate event type '\(type)'") }
                index[type] = events.count
                events.append(PLOVEREvent(type: type, quad: quad, label: label, modes: [], modeLabels: [:]))
            case "mode":
                guard let i = index[type] else {
                    throw file.error(line, "mode for undeclared event type '\(type)' (declare it with an 'event' line first)")
                }
                let mode = f[2]
                guard !mode.isEmpty, mode != "-",
                      mode.utf8.allSatisfy({ $0.isASCIILower || $0 == 0x2D }) else {
                    throw file.error(line, "mode '\(mode)' must be lower-case letters and hyphens")
                }
                guard events[i].modeLabels[mode] == nil else {
                    throw file.error(line, "duplicate mode '\(mode)' of \(type)")
                }
                events[i].modes.append(mode)
                events[i].modeLabels[mode] = label
            default:
                throw file.error(line, "unknown line kind '\(f[0])' (event or mode)")
            }
        }
        return (events, index)
    }

    /// The pairs in file order.
    static func loadACLED(_ file: DataFile) throws -> [ACLEDView] {
        var pairs: [ACLEDView] = []
        var seen = Set<ACLEDView>()
        var subtypes = Set<String>()
        for line in file.lines {
            guard line.fields.count == 3 else {
                throw file.error(line, "expected 3 tab-separated fields (event type, sub-event type, label), found \(line.fields.count)")
            }
            let pair = ACLEDView(type: String(line.fields[0]), subtype: String(line.fields[1]))
            guard !pair.type.isEmpty, pair.type != "-" else { throw file.error(line, "empty event type") }
            guard !pair.subtype.isEmpty, pair.subtype != "-" else { throw file.error(line, "empty sub-event type") }
            guard !line.fields[2].isEmpty else { throw file.error(line, "empty label") }
            guard seen.insert(pair).inserted else { throw file.error(line, "duplicate pair \(pair)") }
            guard subtypes.insert(pair.subtype).inserted else {
                throw file.error(line, "sub-event type '\(pair.subtype)' is already listed under another event type")
            }
            pairs.append(pair)
        }
        return pairs
    }

    static func loadCAMEO(_ file: DataFile, plover: [PLOVEREvent], ploverIndex: [String: Int],
                          acled: Set<ACLEDView>) throws -> ([CAMEOCode], [String: Int]) {
        var codes: [CAMEOCode] = []
        var index: [String: Int] = [:]
        for line in file.lines {
            let f = line.fields.map(String.init)
            guard f.count == 9 else {
                throw file.error(line, "expected 9 tab-separated fields (code, goldstein, quad, plover type, plover mode, plover basis, acled type, acled subtype, label), found \(f.count)")
            }
            let code = f[0]
            guard (2...4).contains(code.count), isDigits(code) else {
                throw file.error(line, "code '\(code)' must be 2, 3 or 4 digits")
            }
            guard let root = Int(code.prefix(2)), let rootQuad = quad(ofRoot: root) else {
                throw file.error(line, "code '\(code)' has no CAMEO root (01 to 20)")
            }
            guard index[code] == nil else { throw file.error(line, "duplicate code '\(code)'") }

            guard isDecimal(f[1]), let goldstein = Double(f[1]) else {
                throw file.error(line, "Goldstein value '\(f[1])' is not a decimal number")
            }
            guard (-10.0...10.0).contains(goldstein) else {
                throw file.error(line, "Goldstein value \(f[1]) is outside -10 to 10")
            }
            guard let quad = Int(f[2]), (1...4).contains(quad) else {
                throw file.error(line, "quad '\(f[2])' must be 1, 2, 3 or 4")
            }
            guard quad == rootQuad else {
                throw file.error(line, "quad \(quad) of '\(code)' contradicts its root \(code.prefix(2)) (quad \(rootQuad))")
            }

            guard let basis = PLOVERBasis(rawValue: f[5]) else {
                throw file.error(line, "unknown PLOVER basis '\(f[5])' (crosswalk, cue, choice or deviation)")
            }
            let pType = f[3], pMode = f[4]
            var view: PLOVERView?
            if pType == "-" {
                guard pMode == "-" else { throw file.error(line, "PLOVER mode '\(pMode)' without a PLOVER type") }
                guard basis == .choice else {
                    throw file.error(line, "only a 'choice' line may leave the PLOVER type empty (basis is '\(basis.rawValue)')")
                }
            } else {
                guard let pi = ploverIndex[pType] else {
                    throw file.error(line, "unknown PLOVER event type '\(pType)' (not in events/plover.tsv)")
                }
                if pMode != "-" && !plover[pi].hasMode(pMode) {
                    let known = plover[pi].modes.isEmpty ? "none" : plover[pi].modes.joined(separator: ", ")
                    throw file.error(line, "unknown mode '\(pMode)' of \(pType) (modes: \(known))")
                }
                view = PLOVERView(type: pType, mode: pMode == "-" ? nil : pMode)
            }

            let aType = f[6], aSub = f[7]
            var acledView: ACLEDView?
            switch (aType == "-", aSub == "-") {
            case (true, true): break
            case (false, false):
                let pair = ACLEDView(type: aType, subtype: aSub)
                guard acled.contains(pair) else {
                    throw file.error(line, "unknown ACLED pair \(pair) (not in events/acled.tsv)")
                }
                acledView = pair
            default:
                throw file.error(line, "ACLED event type and sub-event type must both be given or both be '-'")
            }

            guard !f[8].isEmpty else { throw file.error(line, "empty label") }
            index[code] = codes.count
            codes.append(CAMEOCode(code: code, label: f[8], goldstein: goldstein, quad: quad,
                                   plover: view, ploverBasis: basis, acled: acledView))
        }
        // Parents are checked once every code is known, so the file may list a
        // child before its parent; the error still names the child's line.
        // Every line of the file produced one code, in order.
        for (line, c) in zip(file.lines, codes) {
            if let p = c.parent, index[p] == nil {
                throw file.error(line, "code '\(c.code)' has no parent '\(p)' in the file")
            }
        }
        return (codes, index)
    }

    /// "-9.5", "10", "0.0": an optional minus sign, digits, an optional
    /// fraction. No exponents, no "nan" or "inf", no plus sign.
    static func isDecimal(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "-" { u = u.dropFirst() }
        let parts = u.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ isDigits($0) }) else { return false }
        return true
    }
}
