import Testing
@testable import AnnalsCore

@Suite struct CivilDateTests {
    @Test(arguments: [
        ("2022-12-25", 7), ("2022-12-23", 5), ("1970-01-01", 4), ("2000-02-29", 2), ("1987-02-26", 4),
    ])
    func weekday(_ iso: String, _ expected: Int) throws {
        #expect(try #require(CivilDate(iso: iso)).weekday == expected)
    }

    @Test(arguments: ["2022-13-45", "2023-02-29", "1900-02-29", "2022-00-10", "2022-04-31", "20221225", "2022/12/25"])
    func impossible(_ iso: String) { #expect(CivilDate(iso: iso) == nil) }

    @Test func arithmetic() throws {
        let d = try #require(CivilDate(iso: "2022-12-25"))
        #expect(d.adding(days: -13).description == "2022-12-12")
        #expect(d.adding(days: 7).description == "2023-01-01")
        #expect(CivilDate(iso: "2022-01-31")!.adding(months: 1).description == "2022-02-28")
        #expect(CivilDate(iso: "2022-01-15")!.adding(months: -13).description == "2020-12-15")
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
    }

    @Test(arguments: [("2022-12-25", "2022-W51"), ("2021-01-03", "2020-W53"), ("2020-12-31", "2020-W53"), ("2019-12-30", "2020-W01")])
    func isoWeek(_ iso: String, _ week: String) { #expect(TimexFormat.week(CivilDate(iso: iso)!) == week) }

    @Test func mondayOfWeek() {
        #expect(CivilDate.mondayOf(isoYear: 2020, week: 1).description == "2019-12-30")
    }

    /// TIMEX3 numbers as `String(v)` padded with zeros wrote them: width is a
    /// minimum, the sign goes before the zeros.
    @Test(arguments: [
        (0, 4, "0000"), (7, 2, "07"), (12, 2, "12"), (123, 2, "123"), (1989, 4, "1989"), (999, 4, "0999"),
        (12345, 4, "12345"), (-44, 4, "-0044"), (-2000, 4, "-2000"), (5, 1, "5"), (Int.max, 4, "9223372036854775807"),
    ] as [(Int, Int, String)])
    func padded(_ v: Int, _ width: Int, _ text: String) { #expect(TimexFormat.pad(v, width) == text) }

    @Test func timexValues() {
        #expect(TimexFormat.day(CivilDate(year: 2022, month: 12, day: 5)!) == "2022-12-05")
        #expect(TimexFormat.day(CivilDate(year: 33, month: 1, day: 31)!) == "0033-01-31")
        #expect(TimexFormat.month(1989, 3) == "1989-03")
        #expect(TimexFormat.month(-12, 11) == "-0012-11")
        #expect(TimexFormat.year(10_000) == "10000")
        #expect(TimexFormat.year(-1_000_000_000_000) == "-1000000000000")
    }
}
