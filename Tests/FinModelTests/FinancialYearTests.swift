import Testing
@testable import FinModel

private func fy(_ start: Int) -> FinancialYear { FinancialYear(startYear: start) }

@Test(arguments: [
    "16/17", "2016/17", "FY2016/17", "FY16/17", "2016-17", "FY 2016/17", "fy16/17", "2016/2017", "2016–17",
    "  16/17 ", "FY2016-17", "16/2017",
])
func everyAcceptedSpellingReadsAs2016To17(_ text: String) throws {
    #expect(try FinancialYear(parsing: text[...]) == fy(2016))
}

@Test(arguments: [
    ("16/18", "'16/18' is not a financial year: the second year must follow the first, as in '16/17'"),
    ("2016/2018", "'2016/2018' is not a financial year: the second year must follow the first, as in '2016/2017'"),
    ("13/12", "'13/12' is not a financial year: the second year must follow the first, as in '13/14'"),
    ("2016/18", "'2016/18' is not a financial year: the second year must follow the first, as in '2016/17'"),
    ("FY 2019-21", "'FY 2019-21' is not a financial year: the second year must follow the first, as in 'FY 2019-20'"),
])
func nonConsecutiveYearsAreRejectedWithTheFix(_ text: String, _ message: String) {
    #expect {
        try FinancialYear(parsing: text[...])
    } throws: { error in
        let error = error as! FinancialYearError
        return error.reason == .notConsecutive && error.message == message && error.text == text
    }
}

@Test(arguments: [
    ("", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17'"),
    ("FY", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17', not 'FY'"),
    ("20161/17", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17', not '20161/17'"),
    ("2016", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17', not '2016'"),
    ("1/2", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17', not '1/2'"),
    ("16/17/18", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17', not '16/17/18'"),
    ("16 / 17", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17', not '16 / 17'"),
    ("FY16/17x", "expected a financial year such as '2016/17', '16/17' or 'FY2016/17', not 'FY16/17x'"),
    ("0999/00", "'0999/00' is out of range: financial years run from 1000/01 to 9998/99"),
    ("9999/00", "'9999/00' is out of range: financial years run from 1000/01 to 9998/99"),
])
func malformedYearsAreRejectedSayingWhatIsExpected(_ text: String, _ message: String) {
    #expect {
        try FinancialYear(parsing: text[...])
    } throws: { error in
        (error as! FinancialYearError).message == message
    }
}

@Test func twoDigitYearsAreInThe2000s() throws {
    #expect(try FinancialYear(parsing: "99/00") == fy(2099))
    #expect(try FinancialYear(parsing: "00/01") == fy(2000))
}

@Test func labelsAndNeighbours() {
    #expect(fy(2016).description == "2016/17")
    #expect(fy(2016).shortLabel == "16/17")
    #expect(fy(2099).description == "2099/00")
    #expect(fy(2009).shortLabel == "09/10")
    #expect(fy(2016).next == fy(2017) && fy(2016).previous == fy(2015))
    #expect(fy(2016).distance(to: fy(2019)) == 3 && fy(2019).advanced(by: -3) == fy(2016))
    #expect(Array(stride(from: fy(2016), through: fy(2018), by: 1)) == [fy(2016), fy(2017), fy(2018)])
    #expect(fy(2016) < fy(2017))
}

@Test(arguments: [
    (2016, 4, 1, 2016), (2017, 3, 31, 2016), (2017, 4, 1, 2017), (2020, 2, 29, 2019), (2019, 12, 31, 2019),
])
func eachYearRunsAprilToMarch(_ year: Int, _ month: Int, _ day: Int, _ start: Int) throws {
    #expect(try FinancialYear(containingYear: year, month: month, day: day) == fy(start))
}

@Test(arguments: [(2019, 2, 29), (2016, 13, 1), (2016, 0, 1), (2016, 4, 31), (2016, 4, 0), (2100, 2, 29)])
func impossibleDatesAreRejected(_ year: Int, _ month: Int, _ day: Int) {
    #expect {
        try FinancialYear(containingYear: year, month: month, day: day)
    } throws: { error in
        let error = error as! FinancialYearError
        return error.reason == .invalidDate && error.message.hasSuffix("is not a calendar date")
    }
}

@Test(arguments: [(2019, 366), (2016, 365), (2015, 366), (2099, 365), (2399, 366), (2017, 365)])
func dayCountIs366WhenTheYearHolds29February(_ start: Int, _ days: Int) {
    #expect(fy(start).dayCount == days)
}

@Test func monthsRunAprilToMarch() {
    let months = fy(2016).months
    #expect(months.count == 12)
    #expect(months.map(\.description) == [
        "Apr 2016", "May 2016", "Jun 2016", "Jul 2016", "Aug 2016", "Sep 2016", "Oct 2016", "Nov 2016", "Dec 2016",
        "Jan 2017", "Feb 2017", "Mar 2017",
    ])
    #expect(months.map(\.calendarMonth) == [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3])
    #expect(months.map(\.index) == Array(1...12))
    #expect(months == months.sorted())
}

@Test func quarterOneIsAprilToJune() {
    let quarters = fy(2016).quarters
    #expect(quarters.map(\.description) == ["2016/17 Q1", "2016/17 Q2", "2016/17 Q3", "2016/17 Q4"])
    #expect(quarters[0].months.map(\.description) == ["Apr 2016", "May 2016", "Jun 2016"])
    #expect(quarters[3].months.map(\.description) == ["Jan 2017", "Feb 2017", "Mar 2017"])
    #expect(fy(2016).months.map(\.quarter.number) == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4])
    #expect(quarters[3] < FinancialQuarter(year: fy(2017), number: 1))
}

@Test(arguments: [
    ("Apr 2016", 2016, 1), ("Mar 2017", 2016, 12), ("2017-01", 2016, 10), ("april 2016", 2016, 1),
    ("SEPT 2016", 2016, 6), ("December 2016", 2016, 9), (" 2016-04 ", 2016, 1),
])
func monthsParse(_ text: String, _ start: Int, _ index: Int) throws {
    #expect(try FinancialMonth(parsing: text[...]) == FinancialMonth(year: fy(start), index: index))
}

@Test(arguments: [
    ("2016-13", "'2016-13' is not a month: months run from 01 (January) to 12 (December)"),
    ("Apr 16", "expected a month such as 'Apr 2016' or '2016-04', not 'Apr 16'"),
    ("Apx 2016", "expected a month such as 'Apr 2016' or '2016-04', not 'Apx 2016'"),
    ("", "expected a month such as 'Apr 2016' or '2016-04'"),
    ("2016-4", "expected a month such as 'Apr 2016' or '2016-04', not '2016-4'"),
])
func malformedMonthsAreRejected(_ text: String, _ message: String) {
    #expect {
        try FinancialMonth(parsing: text[...])
    } throws: { error in
        (error as! FinancialYearError).message == message
    }
}
