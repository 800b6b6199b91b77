import Testing
@testable import FinModel

/// The period axis: labels that read back unambiguously, months and quarters across the turn
/// of a financial year, and the columns each year totals.

private func month(_ text: String) -> FinancialMonth { try! FinancialMonth(parsing: text) }
private let fy2019 = FinancialYear(startYear: 2019)

@Test func eachKindOfPeriodHasItsOwnLabel() {
    #expect(Period.month(month("2019-07")).label == "2019-07")
    #expect(Period.month(month("2020-01")).label == "2020-01")
    #expect(Period.quarter(FinancialQuarter(year: fy2019, number: 2)).label == "2019/20 Q2")
    #expect(Period.year(fy2019).label == "2019/20")
}

@Test func aMonthlyAxisMayStartAndEndMidYear() {
    let axis = PeriodAxis(months: month("2019-07"), through: month("2021-03"))
    #expect(axis.count == 21)
    #expect(axis.periods.first?.label == "2019-07")
    #expect(axis.periods[8].label == "2020-03")
    #expect(axis.periods[9].label == "2020-04")
    #expect(axis.years == [fy2019, fy2019.next])
    #expect(axis.columnsByYear.map(\.columns) == [0..<9, 9..<21])
    #expect(axis.columnYears.count == 21)
    #expect(!axis.isYearly)
}

@Test func aQuarterlyAxisRunsQ1ToQ4AcrossYears() {
    let axis = PeriodAxis(quarters: FinancialQuarter(year: fy2019, number: 3), through: FinancialQuarter(year: fy2019.next, number: 2))
    #expect(axis.periods.map(\.label) == ["2019/20 Q3", "2019/20 Q4", "2020/21 Q1", "2020/21 Q2"])
    #expect(axis.columnsByYear.map(\.columns) == [0..<2, 2..<4])
}

@Test func aYearlyAxisHoldsOnePeriodAYear() {
    let axis = PeriodAxis(years: fy2019, through: fy2019.advanced(by: 2))
    #expect(axis.periods.map(\.label) == ["2019/20", "2020/21", "2021/22"])
    #expect(axis.isYearly)
    #expect(axis.columnYears == axis.years)
}

@Test func positionsWithinAPeriodAreItsMonthsOnTheAxis() {
    let axis = PeriodAxis(months: month("2019-07"), through: month("2020-06"))
    #expect(axis.positions(within: .year(fy2019)) == 0..<9)
    #expect(axis.positions(within: .quarter(FinancialQuarter(year: fy2019, number: 1))) == 0..<0)
    #expect(axis.positions(within: .quarter(FinancialQuarter(year: fy2019, number: 3))) == 3..<6)
    #expect(axis.position(of: .month(month("2019-12"))) == 5)
    #expect(axis.position(of: .month(month("2019-06"))) == nil)
}

@Test func periodsOrderByTime() {
    #expect(Period.month(month("2019-12")) < .month(month("2020-01")))
    #expect(Period.month(month("2020-03")) < .month(month("2020-04")))
    #expect(Period.year(fy2019) < .month(month("2019-04")))
}

/// A list attribute by month or quarter reads its periods back from CSV rows and headings: only
/// the kind asked for, so a year's heading is not a month's and a member's columns are skipped.
@Test func aPeriodReadsBackFromItsLabelAsTheKindAsked() {
    for period in [Period.month(month("2019-07")), .quarter(FinancialQuarter(year: fy2019, number: 2)), .year(fy2019)] {
        let kind: PeriodAxis.Granularity = switch period {
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        }
        #expect(Period(parsing: period.label, as: kind) == period)
    }
    #expect(Period(parsing: "2019/20 q4", as: .quarter)?.label == "2019/20 Q4")
    #expect(Period(parsing: "Jul 2019", as: .month)?.label == "2019-07")
    #expect(Period(parsing: "2019/20", as: .month) == nil)
    #expect(Period(parsing: "2019-07", as: .year) == nil)
    #expect(Period(parsing: "2019/20 Q5", as: .quarter) == nil)
    #expect(Period(parsing: "2019/20", as: .quarter) == nil)
    #expect(Period(parsing: "list_size", as: .month) == nil)
}
