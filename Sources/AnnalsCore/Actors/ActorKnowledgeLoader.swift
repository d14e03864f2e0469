/// Parsing and validation of the four actor knowledge files.
extension ActorKnowledge {
    public init(countries cf: DataFile, organizations of: DataFile, sectors sf: DataFile, people pf: DataFile) throws {
        var index: [String: [Entry]] = [:]
        var maxWords = 1
        func add(_ form: String, _ entry: Entry) {
            let key = ActorKnowledge.loadKey(form)
            // One entry per (kind, referent) and phrase: "the Kremlin" and "Kremlin" are one.
            if !(index[key]?.contains(where: { $0.kind == entry.kind && $0.index == entry.index }) ?? false) {
                index[key, default: []].append(entry)
            }
            maxWords = max(maxWords, ActorKnowledge.wordCount(key))
        }

        // countries.tsv
        var countries: [Country] = []
        var countryByKey: [String: Int] = [:]
        var countryLines: [DataFile.Line] = []
        var countryNameOwner: [String: String] = [:]
        for line in cf.lines {
            let f = line.fields
            guard f.count == 6 else {
                throw cf.error(line, "expected 6 tab-separated fields (key, country, kind, names, adjectives, metonyms), found \(f.count)")
            }
            let key = String(f[0])
            guard let kind = CountryKind(rawValue: String(f[2])) else {
                throw cf.error(line, "unknown kind '\(f[2])' (state, exception, dependency or disputed)")
            }
            switch kind {
            case .state, .exception, .dependency:
                guard PLOVERCodes.iso3166Alpha3.contains(key) || key == PLOVERCodes.kosovo else {
                    throw cf.error(line, "'\(key)' is not an ISO 3166-1 alpha-3 code")
                }
            case .disputed:
                guard PLOVERCodes.iso3166Alpha3.contains(key) || PLOVERCodes.isUserAssigned(key) else {
                    throw cf.error(line, "disputed entity key '\(key)' must be an ISO 3166-1 alpha-3 code or a user-assigned X.. code")
                }
            }
            guard countryByKey[key] == nil else { throw cf.error(line, "duplicate key '\(key)'") }
            let country = String(f[1])
            if kind == .state || kind == .exception, country != key {
                throw cf.error(line, "a \(kind.rawValue) is its own country: expected '\(key)' in field 2, found '\(country)'")
            }
            let names = try Self.list(f[3], cf, line, what: "name")
            guard !names.isEmpty else { throw cf.error(line, "no name") }
            let adjectives = try Self.list(f[4], cf, line, what: "adjective")
            var metonyms: [Metonym] = []
            for m in try Self.list(f[5], cf, line, what: "metonym") {
                let parts = m.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count <= 2, !parts[0].isEmpty else { throw cf.error(line, "bad metonym '\(m)' (form or form=SECTOR,SECTOR)") }
                let sectors = parts.count == 2 ? try Self.sectors(parts[1], cf, line) : ["GOV"]
                metonyms.append(Metonym(form: String(parts[0]), sectors: sectors))
            }
            for n in names + adjectives + metonyms.map(\.form) {
                let k = ActorKnowledge.loadKey(n)
                if let other = countryNameOwner[k], other != key {
                    throw cf.error(line, "name '\(n)' already used by '\(other)'")
                }
                countryNameOwner[k] = key
            }
            countryByKey[key] = countries.count
            countryLines.append(line)
            countries.append(Country(key: key, country: country, kind: kind, name: names[0], names: names,
                                     adjectives: adjectives, metonyms: metonyms))
        }
        // Second pass: the country a dependency or disputed entity folds into must be a state.
        for (i, c) in countries.enumerated() where c.kind == .dependency || c.kind == .disputed {
            guard let j = countryByKey[c.country], countries[j].kind == .state || countries[j].kind == .exception else {
                throw cf.error(countryLines[i], "'\(c.country)' is not a state or PLOVER territory of this file")
            }
        }
        for (i, c) in countries.enumerated() {
            let extra = c.extraSectors
            for n in c.names { add(n, Entry(kind: .countryName, form: n, index: i, country: c.country, sectors: extra)) }
            for n in c.adjectives {
                add(n, Entry(kind: .adjective, form: n, index: i, country: c.country, sectors: extra))
                // Regular plural of a demonym in -n or -i: Americans, Azerbaijanis.
                if let last = n.last, last == "n" || last == "i" {
                    add(n + "s", Entry(kind: .adjective, form: n + "s", index: i, country: c.country, sectors: extra))
                }
            }
            for m in c.metonyms {
                add(m.form, Entry(kind: .metonym, form: m.form, index: i, country: c.country, sectors: Self.merge(m.sectors, extra)))
            }
        }

        /// An entity as written in organizations.tsv or people.tsv → (PLOVER country, extra sectors).
        func entity(_ s: Substring, _ file: DataFile, _ line: DataFile.Line) throws -> (String, [String]) {
            if PLOVERCodes.nonStateCountries[String(s)] != nil { return (String(s), []) }
            guard let i = countryByKey[String(s)] else {
                throw file.error(line, "unknown country '\(s)' (a key of countries.tsv or one of \(PLOVERCodes.nonStateCountries.keys.sorted().joined(separator: ", ")))")
            }
            return (countries[i].country, countries[i].extraSectors)
        }

        // organizations.tsv
        var organizations: [Organization] = []
        var orgKeys = Set<String>()
        var orgNameOwner: [String: String] = [:]
        for line in of.lines {
            let f = line.fields
            guard f.count == 5 else {
                throw of.error(line, "expected 5 tab-separated fields (key, country, sectors, kind, names), found \(f.count)")
            }
            let key = String(f[0])
            guard !key.isEmpty, key.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 45 }) else {
                throw of.error(line, "key '\(key)' must be uppercase letters, digits and '-'")
            }
            guard orgKeys.insert(key).inserted else { throw of.error(line, "duplicate key '\(key)'") }
            let (country, extra) = try entity(f[1], of, line)
            let sectors = try Self.sectors(f[2], of, line)
            guard let kind = OrganizationKind(rawValue: String(f[3])) else {
                throw of.error(line, "unknown kind '\(f[3])' (\(OrganizationKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let names = try Self.list(f[4], of, line, what: "name")
            guard !names.isEmpty else { throw of.error(line, "no name") }
            for n in names {
                let k = ActorKnowledge.loadKey(n)
                if let other = orgNameOwner[k], other != key { throw of.error(line, "name '\(n)' already used by '\(other)'") }
                orgNameOwner[k] = key
            }
            let org = Organization(key: key, country: country, entity: String(f[1]), sectors: Self.merge(sectors, extra),
                                   kind: kind, name: names[0], names: names)
            for n in names {
                add(n, Entry(kind: .organization, form: n, index: organizations.count, country: country, sectors: org.sectors))
            }
            organizations.append(org)
        }

        // sectors.tsv
        var sectorWords: [SectorWord] = []
        var phrases = Set<String>()
        for line in sf.lines {
            let f = line.fields
            guard f.count == 3 || f.count == 4 else { throw sf.error(line, "expected 3 or 4 tab-separated fields (phrase, sectors, kind[, use]), found \(f.count)") }
            var use = SectorWordUse.free
            if f.count == 4 {
                guard let given = SectorWordUse(rawValue: String(f[3])), given != .free else {
                    throw sf.error(line, "unknown fourth field '\(f[3])' (bound, side, opponent or none)")
                }
                use = given
            }
            let phrase = String(f[0])
            guard !phrase.isEmpty, phrase == phrase.lowercased() else { throw sf.error(line, "phrase '\(phrase)' must be lowercase") }
            guard phrases.insert(ActorKnowledge.loadKey(phrase)).inserted else { throw sf.error(line, "duplicate phrase '\(phrase)'") }
            let sectors = try Self.sectors(f[1], sf, line)
            guard let kind = SectorWordKind(rawValue: String(f[2])) else {
                throw sf.error(line, "unknown kind '\(f[2])' (person, group or body)")
            }
            add(phrase, Entry(kind: .sectorWord, form: phrase, index: sectorWords.count, country: nil, sectors: sectors))
            sectorWords.append(SectorWord(phrase: phrase, sectors: sectors, kind: kind, use: use))
        }

        // people.tsv
        var names: [String] = []
        var aliases: [[String]] = []
        var roles: [[Role]] = []
        var personByName: [String: Int] = [:]
        var roleKeys = Set<String>()
        for line in pf.lines {
            let f = line.fields
            guard f.count == 7 else {
                throw pf.error(line, "expected 7 tab-separated fields (name, aliases, country, sectors, title, start, end), found \(f.count)")
            }
            let name = String(f[0])
            guard !name.isEmpty else { throw pf.error(line, "empty name") }
            let al = try Self.list(f[1], pf, line, what: "alias")
            let (country, extra) = try entity(f[2], pf, line)
            let sectors = try Self.sectors(f[3], pf, line)
            let title = String(f[4])
            guard !title.isEmpty else { throw pf.error(line, "empty title") }
            guard let start = Self.date(f[5], end: false) else {
                throw pf.error(line, "start '\(f[5])' is not a valid date (YYYY-MM-DD, or YYYY-MM when only the month is known)")
            }
            var end: CivilDate? = nil
            if !f[6].isEmpty {
                guard let e = Self.date(f[6], end: true) else {
                    throw pf.error(line, "end '\(f[6])' is not a valid date (YYYY-MM-DD, or YYYY-MM when only the month is known; empty when ongoing)")
                }
                guard start <= e else { throw pf.error(line, "start \(f[5]) is after end \(f[6])") }
                end = e
            }
            let nk = ActorKnowledge.loadKey(name)
            guard roleKeys.insert(nk + "\t" + title.lowercased() + "\t" + String(f[5])).inserted else {
                throw pf.error(line, "duplicate role: \(name), \(title), from \(f[5])")
            }
            let p: Int
            if let i = personByName[nk] { p = i } else {
                p = names.count
                personByName[nk] = p
                names.append(name); aliases.append([]); roles.append([])
            }
            for a in al where !aliases[p].contains(a) && a != name { aliases[p].append(a) }
            roles[p].append(Role(title: title, country: country, entity: String(f[2]), sectors: Self.merge(sectors, extra),
                                 start: start, end: end))
        }
        var people: [Person] = []
        for p in names.indices {
            people.append(Person(name: names[p], aliases: aliases[p], roles: roles[p]))
            add(names[p], Entry(kind: .person, form: names[p], index: p, country: nil, sectors: []))
            for a in aliases[p] { add(a, Entry(kind: .person, form: a, index: p, country: nil, sectors: [])) }
        }

        self.countries = countries
        self.organizations = organizations
        self.sectorWords = sectorWords
        self.people = people
        self.countryByKey = countryByKey
        self.personByName = personByName
        self.index = index
        self.maxPhraseWords = maxWords
    }

    /// `normalize(phrase)` for the loader: an ASCII phrase (most) is lowercased and
    /// its spaces collapsed in one pass over its bytes, with the same result.
    static func loadKey(_ phrase: String) -> String {
        let key: String? = phrase.utf8.withContiguousStorageIfAvailable { u -> String? in
            // the bytes `normalize` keeps of an ASCII phrase: A-Z lowercased, runs of
            // space, tab, LF and CR as one space between words, a leading "the " dropped
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count) { out -> String? in
                var n = 0
                var pendingSpace = false
                for b in u {
                    if b >= 0x80 { return nil }
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { pendingSpace = n > 0; continue }
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    out[n] = b.asciiLowercased
                    n += 1
                }
                var start = 0
                if n > 4, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out[3] == 0x20 { start = 4 }   // "the "
                return String(decoding: UnsafeBufferPointer(rebasing: out[start..<n]), as: UTF8.self)
            }
        } ?? nil
        return key ?? normalize(phrase)
    }

    /// The items of an ASCII field split at `separator`, each trimmed of spaces
    /// and tabs (as `split` and `trimmingSpaces` give them), read on the bytes;
    /// nil for a field with other bytes, which is split on Characters.
    static func asciiItems(_ field: Substring, _ separator: UInt8) -> [String]? {
        field.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            for c in b where c >= 0x80 { return nil }
            var out: [String] = []
            var s = 0
            for k in 0...b.count where k == b.count || b[k] == separator {
                var lo = s, hi = k
                while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
                while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self))
                s = k + 1
            }
            return out
        } ?? nil
    }

    /// A `|`-separated list; empty field = empty list; no empty or repeated items.
    static func list(_ field: Substring, _ file: DataFile, _ line: DataFile.Line, what: String) throws -> [String] {
        if field.isEmpty { return [] }
        var out: [String] = []
        let items = asciiItems(field, UInt8(ascii: "|"))
            ?? field.split(separator: "|", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
        for s in items {
            guard !s.isEmpty else { throw file.error(line, "empty \(what) in '\(field)'") }
            guard !out.contains(s) else { throw file.error(line, "\(what) '\(s)' listed twice") }
            out.append(s)
        }
        return out
    }

    /// A `,`-separated list of PLOVER sector codes, primary first.
    static func sectors(_ field: Substring, _ file: DataFile, _ line: DataFile.Line) throws -> [String] {
        var out: [String] = []
        let items = asciiItems(field, UInt8(ascii: ","))
            ?? field.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
        for s in items {
            guard PLOVERCodes.sectors.contains(s) else {
                throw file.error(line, "'\(s)' is not a PLOVER sector code (\(PLOVERCodes.sectors.sorted().joined(separator: " ")))")
            }
            guard !out.contains(s) else { throw file.error(line, "sector '\(s)' listed twice") }
            out.append(s)
        }
        return out
    }

    static func merge(_ a: [String], _ b: [String]) -> [String] { a + b.filter { !a.contains($0) } }

    /// `YYYY-MM-DD`, or `YYYY-MM` (the first day of the month for a start,
    /// the last for an end).
    static func date(_ s: Substring, end: Bool) -> CivilDate? {
        if s.utf8.count == 10 { return CivilDate(iso: s) }
        guard s.utf8.count == 7 else { return nil }
        let u = Array(s.utf8)
        guard u[4] == UInt8(ascii: "-"), u.enumerated().allSatisfy({ $0.offset == 4 || ($0.element >= 48 && $0.element <= 57) }) else { return nil }
        let y = Int(s.prefix(4))!, m = Int(s.suffix(2))!
        guard (1...12).contains(m) else { return nil }
        return CivilDate(year: y, month: m, day: end ? CivilDate.daysIn(month: m, year: y) : 1)
    }
}

extension ActorKnowledge {
    /// `key.split(separator: " ").count`, counted on the bytes when the key is
    /// ASCII (a Character split walks grapheme clusters: 5,700 instructions a key).
    static func wordCount(_ key: String) -> Int {
        var words = 0
        var inWord = false
        for b in key.utf8 {
            if b >= 0x80 { return key.split(separator: " ").count }
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words
    }
}
