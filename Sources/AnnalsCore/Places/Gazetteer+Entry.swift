extension Gazetteer {
    /// What the place recognizer reads of a candidate entry: its kind, population, point,
    /// country and first-level area, decoded from the line's last seven fields. No `String`
    /// and no `Place` is built, and the names (a country's line has hundreds of alternates)
    /// are not read: an article looks at about twelve candidates for each place it keeps,
    /// and builds the kept one's `Place` (`summary`) alone. The value holds no reference,
    /// so arrays of entries are copied and freed without retains or releases.
    struct Entry: Sendable {
        /// The record (line) index: two entries are the same place when their records are equal.
        var record: Int32
        var kind: Place.Feature
        private var flags: UInt8
        var population: Int
        /// The point (decimal degrees); 0 when `hasPoint` is false.
        var latitude: Double
        var longitude: Double
        /// The country's bytes packed as `pack` packs them (0 when the country is empty).
        var country: UInt64
        /// "country.admin1" packed as `pack` packs it; `noArea` when admin1 is empty,
        /// `longArea` when the key is longer than 8 bytes (about 2,300 lines).
        var area: UInt64

        private static let idFlag: UInt8 = 1, pointFlag: UInt8 = 2, capitalFlag: UInt8 = 4, adm1Flag: UInt8 = 8, adm2Flag: UInt8 = 16

        /// The line has a GeoNames id (the hand-made regions have none).
        var hasID: Bool { flags & Entry.idFlag != 0 }
        var hasPoint: Bool { flags & Entry.pointFlag != 0 }
        /// Feature code PPLC (a country's capital), ADM1 or ADM2, whatever the class.
        var isCapitalCode: Bool { flags & Entry.capitalFlag != 0 }
        var isADM1Code: Bool { flags & Entry.adm1Flag != 0 }
        var isADM2Code: Bool { flags & Entry.adm2Flag != 0 }

        /// A first-level area key for an empty admin1.
        static let noArea: UInt64 = 0
        /// A "country.admin1" key longer than 8 bytes: compared and numbered by its string.
        static let longArea = UInt64.max

        /// Decodes fields 0 (whether there is an id) and 4 to 10 of a line whose 11 fields
        /// the load checked: the tabs are found from the line's end, past no name.
        init(record: Int, line: UnsafeBufferPointer<UInt8>) {
            self = withUnsafeTemporaryAllocation(of: Int.self, capacity: 8) { tabs in
                // tabs[k - 4] is the tab before field k (4 ... 10); tabs[7] stands for the line's end
                tabs[7] = line.count
                var n = 7
                var k = line.count - 1
                while n > 0 {
                    if line[k] == 0x09 { n -= 1; tabs[n] = k }
                    k -= 1
                }
                return Entry(record: record, line: line, tabs: tabs)
            }
        }

        private init(record: Int, line: UnsafeBufferPointer<UInt8>, tabs: UnsafeMutableBufferPointer<Int>) {
            func field(_ f: Int) -> Range<Int> { tabs[f - 4] + 1 ..< tabs[f - 3] }
            let countryField = field(4), admin1Field = field(5), codeField = field(7)
            var flags: UInt8 = line.count > 0 && line[0] != 0x09 ? Entry.idFlag : 0
            // (a code of more than 8 bytes is none of these)
            let code = codeField.count <= 8 ? Entry.pack(line, codeField, to: 0) : UInt64.max
            let code3 = codeField.count >= 3 ? Entry.pack(line, codeField.lowerBound ..< codeField.lowerBound + 3, to: 0) : UInt64.max
            if code == Entry.pplc { flags |= Entry.capitalFlag }
            if code == Entry.adm1 { flags |= Entry.adm1Flag }
            if code == Entry.adm2 { flags |= Entry.adm2Flag }
            let kind = Entry.kind(class: line[field(6).lowerBound], code: code, code3: code3)
            var population = 0
            for k in field(10) { population = population &* 10 &+ Int(line[k] &- 0x30) }
            let lat = field(8), lon = field(9)
            if !lat.isEmpty { flags |= Entry.pointFlag }
            // (the load checked the country is empty or three letters)
            let country = Entry.pack(line, countryField, to: 0)
            var area = Entry.noArea
            if !admin1Field.isEmpty {
                area = countryField.count + 1 + admin1Field.count <= 8
                    ? Entry.pack(line, admin1Field, to: country << 8 | UInt64(UInt8(ascii: "."))) : Entry.longArea
            }
            self.record = Int32(record)
            self.kind = kind
            self.flags = flags
            self.population = population
            self.latitude = lat.isEmpty ? 0 : Gazetteer.decimal(line, lat)!
            self.longitude = lon.isEmpty ? 0 : Gazetteer.decimal(line, lon)!
            self.country = country
            self.area = area
        }

        /// The kind of place of GeoNames class `cls` and feature code `code`: `Place.kind`
        /// asks this, and each entry as it is read.
        static func kind(class cls: UInt8, code: some Collection<UInt8>) -> Place.Feature {
            var packed: UInt64 = 0, packed3: UInt64 = 0
            for (k, b) in code.enumerated() {
                packed = packed << 8 | UInt64(b)
                if k == 2 { packed3 = packed }
            }
            return kind(class: cls, code: code.count <= 8 ? packed : .max, code3: code.count >= 3 ? packed3 : .max)
        }

        /// `kind(class:code:)` on the code packed as `pack` packs it (`UInt64.max` for a code of
        /// more than 8 bytes) and its first three bytes packed (`UInt64.max` for a shorter code).
        @inline(__always)
        static func kind(class cls: UInt8, code: UInt64, code3: UInt64) -> Place.Feature {
            switch cls {
            case UInt8(ascii: "A"): return code3 == pcl ? .country : code == adm1 ? .admin1 : code3 == adm ? .admin2 : .region
            case UInt8(ascii: "P"): return .city
            case UInt8(ascii: "L"): return code == cont ? .continent : .region
            case UInt8(ascii: "H"): return .water
            case UInt8(ascii: "T"): return .landform
            case UInt8(ascii: "R"): return .route
            default: return .site
            }
        }

        /// `v` shifted left by a byte for each byte of `line[r]`, which is added. The caller
        /// keeps the result to 8 bytes: distinct strings of at most 8 bytes without NUL then
        /// pack to distinct integers, none of them `longArea` (0xFF is no UTF-8 byte), and only
        /// the empty string to 0.
        @inline(__always)
        static func pack(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, to v: UInt64) -> UInt64 {
            var v = v
            for k in r { v = v << 8 | UInt64(line[k]) }
            return v
        }

        /// Feature codes packed as `pack` packs them ("PPLC" is 0x50_50_4C_43), written out so that
        /// no lazy global is looked up per entry.
        private static var pplc: UInt64 { 0x5050_4C43 }
        private static var adm1: UInt64 { 0x4144_4D31 }
        private static var adm2: UInt64 { 0x4144_4D32 }
        private static var cont: UInt64 { 0x434F_4E54 }
        private static var pcl: UInt64 { 0x50_434C }
        private static var adm: UInt64 { 0x41_444D }
    }

    /// The entry of record `r` (`Entry`).
    func entry(_ r: Int) -> Entry {
        let rec = records[r]
        return texts[Int(rec.file)].text.utf8.withContiguousStorageIfAvailable { u in
            Entry(record: r, line: UnsafeBufferPointer(rebasing: u[Int(rec.start) ..< Int(rec.start) + Int(rec.length)]))
        }!
    }
}
