/// The second phase of normalization: turns an under-specified time (a
/// weekday, a month-day without a year, "last week") into a TIMEX3 value
/// against the publication date and the clause's tense. Without a
/// publication date, values stay under-specified (`XXXX-12-12`,
/// `XXXX-WXX-5`): the engine never reads the clock.
struct TimeResolver {
    let dct: CivilDate?

    typealias Tense = TimeLexicon.Tense

    // MARK: Formatting

    static func day(_ d: CivilDate) -> String { TimexFormat.day(d) }
    static func month(_ y: Int, _ m: Int) -> String { TimexFormat.month(y, m) }
    static func year(_ y: Int) -> String { TimexFormat.year(y) }
    static func week(_ d: CivilDate) -> String { TimexFormat.week(d) }
    static func quarterOf(_ m: Int) -> Int { (m - 1) / 3 + 1 }

    static func yearOrX(_ y: Int?) -> String { y.map(year) ?? "XXXX" }

    // MARK: Points without a year

    /// A month and day with no year: the occurrence before the publication
    /// date in a past clause, after it in a future clause, the nearest one
    /// otherwise.
    func monthDay(_ m: Int, _ d: Int, tense: Tense?) -> String {
        guard let dct else { return "XXXX-" + TimexFormat.pad(m, 2) + "-" + TimexFormat.pad(d, 2) }
        let y = yearFor(month: m, day: d, tense: tense, dct: dct)
        guard let date = CivilDate(year: y, month: m, day: d) else { return "XXXX-" + TimexFormat.pad(m, 2) + "-" + TimexFormat.pad(d, 2) }
        return Self.day(date)
    }

    /// The date of a month-day without a year, or nil.
    func monthDayDate(_ m: Int, _ d: Int, tense: Tense?) -> CivilDate? {
        guard let dct else { return nil }
        return CivilDate(year: yearFor(month: m, day: d, tense: tense, dct: dct), month: m, day: d)
    }

    /// The latest day with this month and day on or before the publication
    /// date: the last day of a period that "ended" then ("the quarter ended
    /// Oct. 31" in a report of Oct. 27 ended a year before). nil without a
    /// publication date.
    func endedDay(_ m: Int, _ d: Int) -> CivilDate? {
        guard let dct else { return nil }
        for y in stride(from: dct.year, through: dct.year - 8, by: -1) {
            if let x = CivilDate(year: y, month: m, day: d), x.dayNumber <= dct.dayNumber { return x }
        }
        return nil
    }

    /// News speaks mostly of the recent past and the near future: a past
    /// clause moves a day more than two months ahead of the publication
    /// date back a year, a future clause moves a day more than two months
    /// behind it forward; with no cue the day stays in the publication year
    /// unless it is more than four months ahead (then it is last year's) or
    /// nine months behind (then next year's: news speaks of the past more
    /// than of the future, so "In January," in an October article is this
    /// year's January).
    func yearFor(month m: Int, day d: Int, tense: Tense?, dct: CivilDate) -> Int {
        guard let here = CivilDate(year: dct.year, month: m, day: min(d, CivilDate.daysIn(month: m, year: dct.year))) else { return dct.year }
        let delta = here.dayNumber - dct.dayNumber
        switch tense {
        case .past: return delta > 61 ? dct.year - 1 : dct.year
        case .future: return delta < -61 ? dct.year + 1 : dct.year
        default:
            if delta > 122 { return dct.year - 1 }
            if delta < -275 { return dct.year + 1 }
            return dct.year
        }
    }

    /// A month with no year ("in March"), by the same rule as a month-day.
    func month(_ m: Int, tense: Tense?) -> String {
        guard let dct else { return "XXXX-" + TimexFormat.pad(m, 2) }
        let diff = m - dct.month
        let y: Int
        switch tense {
        case .future: y = diff < -2 ? dct.year + 1 : dct.year
        case .past: y = diff > 1 ? dct.year - 1 : dct.year
        default: y = diff > 3 ? dct.year - 1 : (diff < -9 ? dct.year + 1 : dct.year)
        }
        return Self.month(y, m)
    }

    /// A weekday: the most recent one on or before the publication date
    /// (past or no cue), the next one on or after it (future).
    func weekdayDate(_ w: Int, tense: Tense?) -> CivilDate? {
        guard let dct else { return nil }
        let delta = w - dct.weekday
        if tense == .future { return dct.adding(days: delta >= 0 ? delta : delta + 7) }
        return dct.adding(days: delta <= 0 ? delta : delta - 7)
    }

    /// "last Friday" (strictly before), "next Friday" (strictly after),
    /// "this Friday" (in the publication date's week).
    func weekdayDate(_ w: Int, shift: Int) -> CivilDate? {
        guard let dct else { return nil }
        let delta = w - dct.weekday
        switch shift {
        case -1: return dct.adding(days: delta < 0 ? delta : delta - 7)
        case 1: return dct.adding(days: delta > 0 ? delta : delta + 7)
        default: return dct.adding(days: delta)
        }
    }

    static func weekdayX(_ w: Int) -> String { "XXXX-WXX-" + String(w) }

    // MARK: Calendar units relative to the publication date

    /// The unit containing the publication date, moved by `n` units:
    /// "last week" is (week, -1).
    func relative(_ unit: TimeLexicon.Unit, _ n: Int) -> String? {
        guard let dct else {
            switch unit {
            case .day: return "XXXX-XX-XX"
            case .week: return "XXXX-WXX"
            case .weekend: return "XXXX-WXX-WE"
            case .month: return "XXXX-XX"
            case .quarter: return "XXXX-QX"
            case .year: return "XXXX"
            case .decade: return "XXX"
            case .century: return "XX"
            default: return nil
            }
        }
        switch unit {
        case .day: return Self.day(dct.adding(days: n))
        case .week: return Self.week(dct.adding(days: 7 * n))
        case .weekend: return Self.week(dct.adding(days: 7 * n)) + "-WE"
        case .fortnight: return Self.week(dct.adding(days: 14 * n))
        case .month: let d = dct.adding(months: n); return Self.month(d.year, d.month)
        case .quarter:
            let q0 = dct.year * 4 + Self.quarterOf(dct.month) - 1 + n
            let y = q0 >= 0 ? q0 / 4 : (q0 - 3) / 4
            return Self.year(y) + "-Q" + String(q0 - y * 4 + 1)
        case .year: return Self.year(dct.year + n)
        case .decade: return String((dct.year / 10) + n)
        case .century: return String((dct.year / 100) + n)
        default: return nil
        }
    }

    /// "N units ago" (n < 0) or "N units from now" (n > 0), at the unit's grain.
    func offset(_ unit: TimeLexicon.Unit, _ n: Int) -> String? {
        guard let dct else {
            switch unit {
            case .day, .week, .fortnight: return "XXXX-XX-XX"
            case .month: return "XXXX-XX"
            case .year, .quarter: return "XXXX"
            case .decade: return "XXX"
            default: return nil
            }
        }
        switch unit {
        case .day: return Self.day(dct.adding(days: n))
        case .week: return Self.day(dct.adding(days: 7 * n))
        case .fortnight: return Self.day(dct.adding(days: 14 * n))
        case .month: let d = dct.adding(months: n); return Self.month(d.year, d.month)
        case .quarter: let d = dct.adding(months: 3 * n); return Self.month(d.year, d.month)
        case .year: return Self.year(dct.year + n)
        case .decade: return Self.year(dct.year + 10 * n)
        case .century: return Self.year(dct.year + 100 * n)
        default: return nil
        }
    }

    // MARK: Holidays

    static func easter(_ y: Int) -> CivilDate {
        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: y, month: month, day: day)!
    }

    static func holiday(_ rule: TimeLexicon.HolidayRule, year y: Int) -> CivilDate? {
        switch rule {
        case .fixed(let m, let d): return CivilDate(year: y, month: m, day: d)
        case .nth(let m, let n, let w, let off):
            if n > 0 {
                let first = CivilDate(year: y, month: m, day: 1)!
                let delta = (w - first.weekday + 7) % 7
                return first.adding(days: delta + 7 * (n - 1) + off)
            }
            let last = CivilDate(year: y, month: m, day: CivilDate.daysIn(month: m, year: y))!
            return last.adding(days: -((last.weekday - w + 7) % 7) + off)
        case .easter(let off): return easter(y).adding(days: off)
        case .dates(let ds): return ds.first(where: { $0.year == y })
        }
    }
}
