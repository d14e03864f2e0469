/// Running the engine with analysts' dictionaries: events come from the
/// `DictionaryCoder` instead of the built-in coder, and the actors they
/// name are added to the analysis with their CAMEO actor codes
/// (`Analysis.actorCodes`).
extension Annals {
    /// Analyzes one article as `analyze(_:capabilities:)` does, except that
    /// events (when asked for) are coded with `dictionaries`.
    public func analyze(_ article: Article, capabilities: Capabilities = .all, dictionaries: DictionaryCoder) -> Analysis {
        var a = analyze(article, capabilities: capabilities.subtracting(.events))
        guard capabilities.contains(.events) else { return a }
        let coded = dictionaries.code(a.document)
        var codes: [String?] = [String?](repeating: nil, count: a.actors.count)
        var byCode: [String: Int] = [:]
        func actor(_ code: String?, _ tokens: Range<Int>?) -> [Int] {
            guard let code, let tokens else { return [] }
            if let k = byCode[code] {
                if !a.actors[k].mentions.contains(tokens) { a.actors[k].mentions.append(tokens) }
                return [k]
            }
            let name = a.document.text(ofTokens: tokens)
            let country = code.count >= 3 && code.prefix(3).allSatisfy({ $0.isLetter }) ? String(code.prefix(3)) : nil
            a.actors.append(Actor(name: name, kind: code.count == 3 ? .country : .organization, country: country, sector: nil,
                                  title: nil, mentions: [tokens], known: true))
            codes.append(code)
            byCode[code] = a.actors.count - 1
            return [a.actors.count - 1]
        }
        let publication = Event.EventDate(value: a.document.date.map(TimexFormat.day), time: nil, basis: .publication)
        for c in coded {
            let cameo = dictionaries.ontology.cameo(c.code)
                ?? EventOntology.CAMEOCode(code: c.code, label: "", goldstein: .nan, quad: 0, plover: nil, ploverBasis: .choice, acled: nil)
            a.events.append(Event(cameo: cameo, sources: actor(c.source, c.sourceTokens), targets: actor(c.target, c.targetTokens),
                                  date: publication, negated: false, modality: nil, confidence: 0.8,
                                  evidence: [Event.Evidence(sentence: c.sentence, trigger: c.verbTokens)], rule: c.rule))
        }
        a.actorCodes = codes
        return a
    }
}
