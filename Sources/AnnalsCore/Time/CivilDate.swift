/// A day of the proleptic Gregorian calendar, with the arithmetic the time
/// normalizer needs. Pure integer code: no `Calendar`, no `DateFormatter`,
/// no time zone, no clock.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int   // 1...12
    public var day: Int     // 1...31

    /// A checked date; `nil` when the day does not exist (2022-13-45, 2023-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly (a trailing `T…` or ` …` time part is ignored).
    /// - Complexity: O(1).
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8.prefix(11))
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        if u.count == 11, u[10] != UInt8(ascii: "T"), u[10] != UInt8(ascii: " ") { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { let d = Int(u[i]) - 48; guard d >= 0 && d <= 9 else { return nil }; v = v * 10 + d }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm, inverted).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7   // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the target month's length.
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDate(unchecked: y, m, min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CivilDate(unchecked: thursday.year, 1, 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The Monday of an ISO week.
    public static func mondayOf(isoYear: Int, week: Int) -> CivilDate {
        let jan4 = CivilDate(unchecked: isoYear, 1, 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    public var description: String { TimexFormat.day(self) }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// Zero-padded TIMEX3 value formatting without `String(format:)`.
public enum TimexFormat {
    /// `v` in decimal, zero-padded to `width` digits, a minus sign first when negative.
    @inline(__always) static func pad(_ v: Int, _ width: Int) -> String {
        var b = ValueBytes()
        b.number(v, width)
        return b.string
    }
    public static func year(_ y: Int) -> String { pad(y, 4) }
    public static func month(_ y: Int, _ m: Int) -> String {
        var b = ValueBytes()
        b.number(y, 4); b.byte(UInt8(ascii: "-")); b.number(m, 2)
        return b.string
    }
    public static func day(_ d: CivilDate) -> String {
        var b = ValueBytes()
        b.number(d.year, 4); b.byte(UInt8(ascii: "-")); b.number(d.month, 2); b.byte(UInt8(ascii: "-")); b.number(d.day, 2)
        return b.string
    }
    public static func week(_ d: CivilDate) -> String {
        let w = d.isoWeek
        var b = ValueBytes()
        b.number(w.year, 4); b.byte(UInt8(ascii: "-")); b.byte(UInt8(ascii: "W")); b.number(w.week, 2)
        return b.string
    }

    /// A value's bytes written digit by digit into 48 bytes held inline, then
    /// made a `String` once (at most 15 ASCII bytes are stored in the string
    /// itself, no allocation). Before, `String(v)`, a padding string and four
    /// concatenations cost about 2,800 instructions per day value
    /// (docs/performance.md, 2026-11-30, night).
    struct ValueBytes {
        private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        private var count = 0

        @inline(__always) mutating func byte(_ c: UInt8) {
            let k = count
            withUnsafeMutableBytes(of: &storage) { $0[k] = c }
            count += 1
        }

        /// `v` zero-padded to `width` digits (at most 20 digits and a sign).
        mutating func number(_ v: Int, _ width: Int) {
            if v < 0 { byte(UInt8(ascii: "-")) }
            var m = v.magnitude
            var len = 1
            var t = m
            while t >= 10 { t /= 10; len += 1 }
            len = max(len, min(width, 20))
            let end = count + len
            precondition(end <= 48, "TimexFormat: value longer than 48 bytes")
            withUnsafeMutableBytes(of: &storage) { p in
                var k = end
                repeat {
                    k -= 1
                    p[k] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10)
                    m /= 10
                } while k > end - len
            }
            count = end
        }

        var string: String {
            let n = count
            return withUnsafeBytes(of: storage) {
                String(decoding: UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n), as: UTF8.self)
            }
        }
    }
}
