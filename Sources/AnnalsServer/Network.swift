import AnnalsStore

/// The actor network of `GET /api/network`, merged from the store's dyad
/// rows (one per source/target name with their country and sector).
struct Network {
    struct Node { var events = 0; var countries: [String: Int] = [:]; var sectors: [String: Int] = [:] }
    struct Edge { var events = 0; var goldsteinSum = 0.0; var goldsteinCount = 0 }

    var nodes: [String: Node] = [:]
    var edges: [String: [String: Edge]] = [:]

    init(_ r: ResultSet) {
        let col = Dictionary(uniqueKeysWithValues: r.columns.enumerated().map { ($1, $0) })
        func get(_ row: [StoreValue], _ name: String) -> StoreValue { col[name].map { row[$0] } ?? .null }
        for row in r.rows {
            guard let source = get(row, "source").string, let target = get(row, "target").string else { continue }
            let n = get(row, "events").int ?? 0
            for (name, country, sector) in [(source, get(row, "source_country").string, get(row, "source_sector").string),
                                            (target, get(row, "target_country").string, get(row, "target_sector").string)] {
                var node = nodes[name] ?? Node()
                node.events += n
                if let country { node.countries[country, default: 0] += n }
                if let sector { node.sectors[sector, default: 0] += n }
                nodes[name] = node
            }
            guard source != target else { continue }
            var e = edges[source, default: [:]][target] ?? Edge()
            e.events += n
            e.goldsteinSum += get(row, "goldstein_sum").double ?? 0
            e.goldsteinCount += get(row, "goldstein_count").int ?? 0
            edges[source, default: [:]][target] = e
        }
    }

    /// The most frequent key, the smallest on a tie.
    static func mode(_ counts: [String: Int]) -> String? {
        counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    func json(minEvents: Int, limit: Int, offset: Int) -> String {
        var kept: [(String, String, Edge)] = []
        for (s, targets) in edges { for (t, e) in targets where e.events >= minEvents { kept.append((s, t, e)) } }
        kept.sort { a, b in
            if a.2.events != b.2.events { return a.2.events > b.2.events }
            return a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
        }
        let total = kept.count
        let page = kept.dropFirst(offset).prefix(limit)
        var names = Set<String>()
        for (s, t, _) in page { names.insert(s); names.insert(t) }
        var out = JSONText()
        out.raw("{\"nodes\":[")
        for (i, name) in names.sorted().enumerated() {
            let node = nodes[name] ?? Node()
            if i > 0 { out.raw(",") }
            out.raw("{\"id\":"); out.string(name)
            out.raw(",\"name\":"); out.string(name)
            out.raw(",\"country\":"); out.string(Network.mode(node.countries))
            out.raw(",\"sector\":"); out.string(Network.mode(node.sectors))
            out.raw(",\"events\":"); out.int(node.events)
            out.raw("}")
        }
        out.raw("],\"edges\":[")
        for (i, (s, t, e)) in page.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw("{\"source\":"); out.string(s)
            out.raw(",\"target\":"); out.string(t)
            out.raw(",\"events\":"); out.int(e.events)
            out.raw(",\"goldstein_mean\":")
            out.raw(e.goldsteinCount > 0 ? JSON.number(e.goldsteinSum / Double(e.goldsteinCount)) : "null")
            out.raw("}")
        }
        out.raw("],\"limit\":\(limit),\"offset\":\(offset),\"next_offset\":")
        out.raw(offset + limit < total ? String(offset + limit) : "null")
        out.raw("}")
        return out.s
    }
}
