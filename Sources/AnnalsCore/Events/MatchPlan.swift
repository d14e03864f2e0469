/// The event patterns as the coder matches them: every pattern's elements
/// in one flat array, each literal's words as numbers (`words`), and what
/// the coder asks of a pattern on every try (its rank, whether its words
/// before the trigger hold a literal) answered once at load.
///
/// A word number is a literal word's id in `table`; `EventCoder`
/// registers the words and keeps their numbers by word id, so a token's
/// number is two array reads, and a literal is tested by comparing
/// integers instead of strings. Matching walks index ranges of `elements`
/// and copies no array (no retain or release per step).
struct MatchPlan: Sendable {
    enum Kind: UInt8, Sendable { case src, tgt, star, not, literal, trigger }

    struct Element: Sendable {
        var kind: Kind
        var optional = false
        /// A literal whose words are all passive particles (`passive-particle`:
        /// "over", "down", "to"), which a passive keeps after its verb.
        var particle = false
        /// A required literal with a word that is no passive particle: a word
        /// of the object a passive's subject may hold.
        var content = false
        /// The literal's word numbers: `options[lo..<hi]`.
        var lo: Int32 = 0
        var hi: Int32 = 0
    }

    struct Pattern: Sendable {
        /// The pattern's elements: `elements[start..<end]`, the trigger at `trigger`.
        var start: Int32
        var trigger: Int32
        var end: Int32
        /// The literals after the trigger, without the slots and stars between
        /// them (a passive matches them alone): `elements[literalsStart..<literalsEnd]`.
        var literalsStart: Int32
        var literalsEnd: Int32
        /// Whether a literal stands before the trigger.
        var literalBefore: Bool
        /// Whether every literal after the trigger is optional (or there is none).
        var literalsOptional: Bool
        /// Whether the trigger is a verb (`EventPatterns.Pattern.isVerb`).
        var isVerb: Bool
        /// The sectors the actors bound as source and as target must have
        /// (`SRC:MIL|REB`), one bit each (`sectorBit`); 0: any actor or none.
        var srcSectors: UInt32 = 0
        var tgtSectors: UInt32 = 0
        /// Whether `TGT` stands before the trigger: the subject is what the act
        /// befell ("TGT @come under fire"), so it is not taken as the source.
        var targetBefore = false
        /// Whether the pattern is a counter-pattern (`EventPatterns.Pattern.codesNothing`).
        var codesNothing = false
    }

    /// PLOVER's sector codes in a fixed order: a sector's bit in a slot's mask.
    static let sectorOrder: [String] = PLOVERCodes.sectors.sorted()

    /// The bit of sector `code` (0 for nil or a code outside PLOVER's list).
    static func sectorBit(_ code: String?) -> UInt32 {
        guard let code, let k = sectorOrder.firstIndex(of: code) else { return 0 }
        return 1 << UInt32(k)
    }

    static func sectorMask(_ codes: [String]) -> UInt32 { codes.reduce(0) { $0 | sectorBit($1) } }

    private(set) var elements: [Element] = []
    private(set) var options: [Int32] = []
    private(set) var patterns: [Pattern] = []
    /// Each pattern's place in the order the coder tries patterns: heavier
    /// first (`EventPatterns.Pattern.weight`), then in file order.
    private(set) var rank: [Int32] = []
    /// The literal words and their numbers (a word's number is its id here):
    /// hashed with FNV-1a, cheaper at load than a `[String: Int32]`.
    private(set) var table = WordClasses()
    /// The number of literal words.
    var wordCount: Int { table.count }

    init(_ source: EventPatterns, particles: Set<String>) {
        // whether each word (by number) is a passive particle: asked once a word
        var isParticle: [Bool] = []
        elements.reserveCapacity(source.patterns.count * 6)
        options.reserveCapacity(source.patterns.count * 4)
        patterns.reserveCapacity(source.patterns.count)
        for p in source.patterns {
            let start = Int32(elements.count)
            var srcSectors: UInt32 = 0, tgtSectors: UInt32 = 0
            for e in p.elements {
                switch e {
                case .src(let sectors): elements.append(Element(kind: .src)); srcSectors = Self.sectorMask(sectors)
                case .tgt(let sectors): elements.append(Element(kind: .tgt)); tgtSectors = Self.sectorMask(sectors)
                case .star: elements.append(Element(kind: .star))
                case .not: elements.append(Element(kind: .not))
                case .trigger: elements.append(Element(kind: .trigger))
                case .literal(let words, let optional):
                    let lo = Int32(options.count)
                    var allParticles = true, someContent = false
                    for w in words {
                        let n = table.add(w, [])
                        if Int(n) == isParticle.count { isParticle.append(particles.contains(w)) }
                        options.append(n)
                        if !isParticle[Int(n)] { allParticles = false; someContent = true }
                    }
                    elements.append(Element(kind: .literal, optional: optional, particle: allParticles, content: !optional && someContent,
                                            lo: lo, hi: Int32(options.count)))
                }
            }
            let end = Int32(elements.count)
            let trigger = start + Int32(p.triggerAt)
            var literalBefore = false, targetBefore = false
            for k in Int(start)..<Int(trigger) {
                if elements[k].kind == .literal { literalBefore = true }
                if elements[k].kind == .tgt { targetBefore = true }
            }
            var literalsOptional = true
            for k in Int(trigger + 1)..<Int(end) where elements[k].kind == .literal {
                elements.append(elements[k])
                if !elements[k].optional { literalsOptional = false }
            }
            patterns.append(Pattern(start: start, trigger: trigger, end: end, literalsStart: end, literalsEnd: Int32(elements.count),
                                    literalBefore: literalBefore, literalsOptional: literalsOptional, isVerb: p.isVerb,
                                    srcSectors: srcSectors, tgtSectors: tgtSectors, targetBefore: targetBefore,
                                    codesNothing: p.codesNothing))
        }
        // ranked by counting: weights are small counts, each weight's patterns in file order
        let weights = source.patterns.map(\.weight)
        let heaviest = weights.max() ?? 0
        var first = [Int32](repeating: 0, count: heaviest + 2)   // the first rank of each weight, heaviest first
        for w in weights { first[heaviest - max(w, 0) + 1] += 1 }
        for k in 1..<first.count { first[k] += first[k - 1] }
        rank = [Int32](repeating: 0, count: weights.count)
        for (k, w) in weights.enumerated() {
            let slot = heaviest - max(w, 0)
            rank[k] = first[slot]
            first[slot] += 1
        }
    }
}
