/// The three event ontologies Annals codes every event in at once: CAMEO
/// (code, Goldstein value, quad class), PLOVER (event type and mode) and
/// ACLED (event type and sub-event type). Loaded from `Data/events/`:
///
/// - `cameo.tsv`: every CAMEO 1.1b3 code with its Goldstein value, quad
///   class, PLOVER view and ACLED view;
/// - `plover.tsv`: the PLOVER event types, their quad classes and modes;
/// - `acled.tsv`: ACLED's event types and sub-event types;
/// - `acled-rules.tsv`: the ACLED view an event takes from its sentence.
///
/// Every line is validated; a problem is a `KnowledgeError` naming the file
/// and line. The files' headers document the conventions (sources, the
/// CAMEO root-to-quad mapping, what PLOVER does with CAMEO 01 and 02, which
/// codes fall in ACLED's scope).
public struct EventOntology: Sendable {
    /// A PLOVER event type and, when it has one, its mode.
    public struct PLOVERView: Sendable, Hashable, CustomStringConvertible {
        public var type: String
        public var mode: String?
        public init(type: String, mode: String? = nil) { self.type = type; self.mode = mode }
        public var description: String { mode.map { "\(type)/\($0)" } ?? type }
    }

    /// An ACLED event type with one of its sub-event types.
    public struct ACLEDView: Sendable, Hashable, CustomStringConvertible {
        public var type: String
        public var subtype: String
        public init(type: String, subtype: String) { self.type = type; self.subtype = subtype }
        public var description: String { "\(type)/\(subtype)" }
    }

    /// Where a code's PLOVER view comes from (see the header of `cameo.tsv`).
    public enum PLOVERBasis: String, Sendable, CaseIterable {
        /// As in the 2021 CAMEO-to-PLOVER crosswalk.
        case crosswalk
        /// The code is not in the crosswalk; type from PLOVER's cue-category table.
        case cue
        /// CAMEO 01 and 02, which PLOVER drops: Annals' documented choice.
        case choice
        /// A deliberate, documented difference from the crosswalk.
        case deviation
    }

    /// One CAMEO event code with its three views.
    public struct CAMEOCode: Sendable, Equatable {
        public var code: String
        public var label: String
        public var goldstein: Double
        /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
        public var quad: Int
        /// Nil for the CAMEO 01 codes PLOVER has no event for.
        public var plover: PLOVERView?
        public var ploverBasis: PLOVERBasis
        /// Nil when events of this kind are outside ACLED's scope.
        public var acled: ACLEDView?

        /// 1 for a root (two digits), 2 for a three-digit code, 3 for a four-digit code.
        public var level: Int { code.count - 1 }
        /// The two-digit root ("19" for "193").
        public var root: String { String(code.prefix(2)) }
        /// The code one level up: the root of a three-digit code, the three-digit
        /// code of a four-digit one; nil for a root.
        public var parent: String? { EventOntology.parent(of: code) }
    }

    /// A PLOVER event type with its modes, in the order of `plover.tsv`.
    public struct PLOVEREvent: Sendable, Equatable {
        public var type: String
        public var quad: Int
        public var label: String
        public var modes: [String]
        public var modeLabels: [String: String]
        public func hasMode(_ mode: String) -> Bool { modeLabels[mode] != nil }
    }

    /// All CAMEO codes in file order (roots before their children).
    public let cameoCodes: [CAMEOCode]
    /// All PLOVER event types in file order.
    public let ploverEvents: [PLOVEREvent]
    /// All ACLED (event type, sub-event type) pairs in file order.
    public let acledPairs: [ACLEDView]
    /// The rules that give an event another ACLED view from its sentence
    /// (`acled-rules.tsv`): a grenade, a mob, an armed recipient, state forces
    /// taking ground, how a protest ended.
    public let acledRules: ACLEDRules
    /// The rules that give an event another PLOVER mode than its CAMEO
    /// code's (`plover-modes.tsv`): a strike, not a boycott; a withdrawal, not
    /// a surrender; a killing done from the air.
    public let ploverModes: PLOVERModeRules

    private let cameoIndex: [String: Int]
    private let ploverIndex: [String: Int]
    private let acledSet: Set<ACLEDView>

    /// ACLED's event types, in file order.
    public var acledEventTypes: [String] {
        var seen = Set<String>(), out: [String] = []
        for p in acledPairs where seen.insert(p.type).inserted { out.append(p.type) }
        return out
    }

    /// The entry of exactly this code, or nil.
    public func cameo(_ code: some StringProtocol) -> CAMEOCode? {
        cameoIndex[String(code)].map { cameoCodes[$0] }
    }

    /// The entry of this code or, for a well-formed four-digit code without an
    /// entry of its own (dictionary extensions such as "0110" or "1213"), the
    /// entry of its three-digit parent. Unknown roots and three-digit codes
    /// ("099") are not resolved: they are not CAMEO codes.
    public func resolveCAMEO(_ code: some StringProtocol) -> CAMEOCode? {
        let c = String(code)
        if let hit = cameo(c) { return hit }
        guard c.count == 4, EventOntology.isDigits(c), let p = EventOntology.parent(of: c) else { return nil }
        return cameo(p)
    }

    /// The direct children of a code, in file order.
    public func children(of code: some StringProtocol) -> [CAMEOCode] {
        let c = String(code)
        return cameoCodes.filter { $0.parent == c }
    }

    public func plover(_ type: some StringProtocol) -> PLOVEREvent? {
        ploverIndex[String(type)].map { ploverEvents[$0] }
    }

    public func isACLEDPair(type: String, subtype: String) -> Bool {
        acledSet.contains(ACLEDView(type: type, subtype: subtype))
    }

    /// The CAMEO quad class of a root: 01-05 verbal cooperation, 06-08 material
    /// cooperation, 09-13 verbal conflict, 14-20 material conflict.
    public static func quad(ofRoot root: Int) -> Int? {
        switch root {
        case 1...5: 1
        case 6...8: 2
        case 9...13: 3
        case 14...20: 4
        default: nil
        }
    }

    static func parent(of code: String) -> String? {
        switch code.count {
        case 3: String(code.prefix(2))
        case 4: String(code.prefix(3))
        default: nil
        }
    }

    static func isDigits(_ s: some StringProtocol) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    public static func builtIn() throws -> EventOntology {
        try EventOntology(cameo: .builtIn("events/cameo.tsv"), plover: .builtIn("events/plover.tsv"),
                          acled: .builtIn("events/acled.tsv"), acledRules: .builtIn("events/acled-rules.tsv"),
                          ploverModes: .builtIn("events/plover-modes.tsv"))
    }

    /// Without `acledRules`, every event keeps its CAMEO code's ACLED view;
    /// without `ploverModes`, its code's PLOVER mode.
    public init(cameo cameoFile: DataFile, plover ploverFile: DataFile, acled acledFile: DataFile,
                acledRules rulesFile: DataFile? = nil, ploverModes modesFile: DataFile? = nil) throws {
        let (events, pIndex) = try EventOntology.loadPLOVER(ploverFile)
        let pairs = try EventOntology.loadACLED(acledFile)
        ploverEvents = events
        ploverIndex = pIndex
        acledPairs = pairs
        acledSet = Set(pairs)
        (cameoCodes, cameoIndex) = try EventOntology.loadCAMEO(cameoFile, plover: events, ploverIndex: pIndex,
                                                              acled: acledSet)
        if let rulesFile {
            acledRules = try ACLEDRules(rulesFile, pairs: pairs, codes: Set(cameoIndex.keys), sectors: PLOVERCodes.sectors)
        } else {
            acledRules = .none
        }
        if let modesFile {
            ploverModes = try PLOVERModeRules(modesFile, plover: events, subtypes: Set(pairs.map(\.subtype)),
                                              codes: Set(cameoIndex.keys), sectors: PLOVERCodes.sectors)
        } else {
            ploverModes = .none
        }
    }
}
