import Testing
@testable import FinModel

private func fy(_ start: Int) -> FinancialYear { FinancialYear(startYear: start) }

@Test(arguments: [
    ("2016/17 to 2018/19", 2016, 2018), ("2016/17..2018/19", 2016, 2018), ("16/17-18/19", 2016, 2018),
    ("2016/17 – 2018/19", 2016, 2018), ("FY16/17 TO FY18/19", 2016, 2018), ("2016/17", 2016, 2016),
    ("2016-17", 2016, 2016), (" 16/17 to 16/17 ", 2016, 2016),
])
func unambiguousRangesParse(_ text: String, _ first: Int, _ last: Int) throws {
    let range = try FinancialYearRange(parsing: text[...])
    #expect(range.first == fy(first) && range.last == fy(last))
}

@Test(arguments: [
    ("2016-17-2018-19", "expected a range of financial years such as '2016/17 to 2018/19' or '2016/17..2018/19', not '2016-17-2018-19'"),
    ("2018/19 to 2016/17", "'2018/19 to 2016/17' runs backwards: the first period must not come after the last"),
    ("2016/17 to 16/18", "'16/18' is not a financial year: the second year must follow the first, as in '16/17'"),
    ("", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17'"),
])
func ambiguousOrBackwardRangesAreRejected(_ text: String, _ message: String) {
    #expect {
        try FinancialYearRange(parsing: text[...])
    } throws: { error in
        (error as! FinancialYearError).message == message
    }
}

@Test func aRangeIsACollectionOfItsYears() throws {
    let years = try FinancialYearRange(fy(2016), through: fy(2019))
    #expect(years.count == 4)
    #expect(Array(years) == [fy(2016), fy(2017), fy(2018), fy(2019)])
    #expect(years.map(\.shortLabel) == ["16/17", "17/18", "18/19", "19/20"])
    #expect(years[2] == fy(2018))
    #expect(years.index(of: fy(2018)) == 2 && years.index(of: fy(2020)) == nil && years.index(of: fy(2015)) == nil)
    #expect(years.description == "2016/17 to 2019/20")
    #expect(try FinancialYearRange(fy(2016), through: fy(2016)).description == "2016/17")
    #expect(years.reversed().first == fy(2019))
}

@Test func aRangeMayNotRunBackwards() {
    #expect(throws: FinancialYearError.self) { try FinancialYearRange(fy(2017), through: fy(2016)) }
}

// MARK: Pro rata

@Test func julyToMarchIsThreeQuartersByMonths() throws {
    let share = try ProRata.months(from: FinancialMonth(parsing: "Jul 2016"), through: FinancialMonth(parsing: "Mar 2017"))
    #expect(share == x("3/4"))
}

@Test(arguments: [("Apr 2016", "Mar 2017", "1"), ("Jun 2016", "Jun 2016", "1/12"), ("Oct 2016", "Mar 2018", "3/2")])
func monthSharesCountMonthsOverTwelve(_ from: String, _ through: String, _ share: String) throws {
    #expect(try ProRata.months(from: FinancialMonth(parsing: from), through: FinancialMonth(parsing: through)) == x(share))
}

@Test func backwardMonthsAreRejected() {
    #expect(throws: FinancialYearError.self) {
        try ProRata.months(from: FinancialMonth(parsing: "Aug 2016"), through: FinancialMonth(parsing: "Jul 2016"))
    }
}

@Test(arguments: [
    (2016, 4, 1, 2017, 3, 31, "1"), (2016, 7, 1, 2017, 3, 31, "274/365"), (2019, 10, 1, 2020, 3, 31, "61/122"),
    (2019, 4, 1, 2019, 4, 1, "1/366"), (2020, 2, 29, 2020, 3, 1, "1/183"),
])
func daySharesCountDaysOverTheYearsDayCount(_ y1: Int, _ m1: Int, _ d1: Int, _ y2: Int, _ m2: Int, _ d2: Int, _ share: String) throws {
    #expect(try ProRata.days(fromYear: y1, month: m1, day: d1, throughYear: y2, month: m2, day: d2) == x(share))
}

@Test func daySpansMustStayInOneYearAndRunForwards() {
    #expect {
        try ProRata.days(fromYear: 2016, month: 7, day: 1, throughYear: 2017, month: 4, day: 1)
    } throws: { error in
        (error as! FinancialYearError).message == "'2016-07-01 to 2017-04-01' crosses financial years: both dates must lie in one year, 1 April to 31 March"
    }
    #expect(throws: FinancialYearError.self) { try ProRata.days(fromYear: 2016, month: 7, day: 2, throughYear: 2016, month: 7, day: 1) }
    #expect(throws: FinancialYearError.self) { try ProRata.days(fromYear: 2019, month: 2, day: 29, throughYear: 2019, month: 3, day: 1) }
}
