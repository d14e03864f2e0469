/// The days a calendar value covers, as day numbers (`CivilDate.dayNumber`):
/// `2019` is the whole year, `2019-04` the month, `2019-W14` (and its
/// weekend `2019-W14-WE`) the week, `2019-04-06` or `2019-04-06T14:00` the
/// day. Values without a calendar span (decades such as `195`, `PAST_REF`,
/// durations, seasons) give nil.
/// - Complexity: O(1).
enum EventDateSpan {
    static func days(of value: String?) -> ClosedRange<Int>? {
        guard let value else { return nil }
        let u = Array(value.utf8.prefix(11))
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count else { return nil }
            var v = 0
            for i in r { let d = Int(u[i]) - 48; guard d >= 0 && d <= 9 else { return nil }; v = v * 10 + d }
            return v
        }
        guard let y = num(0..<4) else { return nil }
        if u.count == 4 {
            guard let a = CivilDate(year: y, month: 1, day: 1), let b = CivilDate(year: y, month: 12, day: 31) else { return nil }
            return a.dayNumber...b.dayNumber
        }
        guard u.count >= 7, u[4] == UInt8(ascii: "-") else { return nil }
        if u[5] == UInt8(ascii: "W") {
            guard let w = num(6..<8), (1...53).contains(w), u.count == 8 || u[8] == UInt8(ascii: "-") else { return nil }
            let monday = CivilDate.mondayOf(isoYear: y, week: w).dayNumber
            return monday...(monday + 6)
        }
        guard let m = num(5..<7), (1...12).contains(m) else { return nil }
        if u.count == 7 {
            guard let a = CivilDate(year: y, month: m, day: 1),
                  let b = CivilDate(year: y, month: m, day: CivilDate.daysIn(month: m, year: y)) else { return nil }
            return a.dayNumber...b.dayNumber
        }
        guard let d = CivilDate(iso: value) else { return nil }
        return d.dayNumber...d.dayNumber
    }
}
