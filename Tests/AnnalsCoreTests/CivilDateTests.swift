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
}
