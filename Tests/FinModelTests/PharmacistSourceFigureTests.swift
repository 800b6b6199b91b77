import Testing
@testable import FinModel

// NHS England clinical pharmacists in practice, four-year costing (seed 002, appendix B).
// Every figure below is stated in the source; the library must reproduce each one.

/// The 11 practices sharing the pharmacists, with list sizes and the source's per-practice columns:
/// days per week, cost in year 1, average cost of years 2–4, and % of time.
private struct Practice: Sendable, CustomTestStringConvertible {
    let name: String, listSize: Int64, days: String, yearOneCost: Int64, laterAverage: Int64, percentOfTime: Int
    var testDescription: String { name }
}

private let practices: [Practice] = [
    Practice(name: "Enderby", listSize: 6_254, days: "1.0", yearOneCost: 12_098, laterAverage: 12_575, percentOfTime: 7),
    Practice(name: "Northfield", listSize: 11_490, days: "1.8", yearOneCost: 22_227, laterAverage: 23_103, percentOfTime: 12),
    Practice(name: "Masharani", listSize: 6_000, days: "1.0", yearOneCost: 11_607, laterAverage: 12_064, percentOfTime: 6),
    Practice(name: "Croft", listSize: 9_130, days: "1.5", yearOneCost: 17_662, laterAverage: 18_358, percentOfTime: 10),
    Practice(name: "South Wigston", listSize: 8_701, days: "1.4", yearOneCost: 16_832, laterAverage: 17_496, percentOfTime: 9),
    Practice(name: "County", listSize: 11_918, days: "1.9", yearOneCost: 23_055, laterAverage: 23_964, percentOfTime: 13),
    Practice(name: "Oakham", listSize: 16_000, days: "2.6", yearOneCost: 30_952, laterAverage: 32_172, percentOfTime: 17),
    Practice(name: "Market Overton", listSize: 4_000, days: "0.6", yearOneCost: 7_738, laterAverage: 8_043, percentOfTime: 4),
    Practice(name: "Empingham", listSize: 6_460, days: "1.0", yearOneCost: 12_497, laterAverage: 12_989, percentOfTime: 7),
    Practice(name: "Billesdon", listSize: 6_939, days: "1.1", yearOneCost: 13_423, laterAverage: 13_953, percentOfTime: 7),
    Practice(name: "Long Clawson", listSize: 6_600, days: "1.1", yearOneCost: 12_768, laterAverage: 13_271, percentOfTime: 7),
]

private let listSizes = practices.map(\.listSize)
private let years = try! FinancialYearRange(parsing: "2018/19 to 2021/22")  // the source's Y1–Y4
private let wholePounds = MoneyFormat(scale: .pounds, symbol: false)

/// Grand total cost per year: pay (3 × £58,620, uplifted 2% a year) plus £5,000 support, not uplifted.
private func grandTotals(_ policy: CompoundingPolicy) throws -> Series<Money> {
    let pay = try upliftSeries(base: Money.pounds(58_620).multiplied(by: 3), rate: .percent(2), over: years, policy: policy)
    return try pay.adding(Series(years: years, repeating: Money.pounds(5_000)))
}

@Test func pharmacistListSizesTotalSeed002() throws {
    #expect(listSizes.reduce(0, +) == 93_492)
    #expect(try Money.pounds(58_620).multiplied(by: 3) == Money.pounds(175_860))
}

@Test(arguments: [CompoundingPolicy.roundEachYear(.halfUp), .compoundExactlyRoundOnce(.halfUp)])
func pharmacistGrandTotalsMatchSeed002(_ policy: CompoundingPolicy) throws {
    let totals = try grandTotals(policy)
    #expect(totals.values.map { $0.formatted(wholePounds) } == ["180,860", "184,377", "187,965", "191,624"])
    #expect(try totals.total().formatted(wholePounds) == "744,826")
}

@Test func pharmacistDaysSplitToTenthsMatchSeed002() throws {
    let days = try Apportionment.split(Exact(15), step: x("0.1"), weights: listSizes.map { Exact($0) })
    #expect(days.map { $0.decimalText(places: 1, rule: .halfUp, grouping: false) } == practices.map(\.days))
    #expect(try days.reduce(Exact.zero) { try $0.adding($1) } == Exact(15))
}

@Test(arguments: practices)
private func pharmacistPracticeCostsMatchSeed002(_ practice: Practice) throws {
    let totals = try grandTotals(.roundEachYear(.halfUp))
    let index = practices.firstIndex { $0.name == practice.name }!
    let yearOne = try totals.values[0].apportioned(byListSize: listSizes)[index]
    let laterAverage = try totals.average(over: FinancialYearRange(years[1], through: years[3]), rounding: .halfUp)
        .apportioned(byListSize: listSizes)[index]
    #expect(yearOne.formatted(wholePounds) == practice.yearOneCost.formatted)
    #expect(laterAverage.formatted(wholePounds) == practice.laterAverage.formatted)
    let share = try Exact(practice.listSize).divided(by: Exact(93_492))
    #expect(try share.multiplied(by: Exact(100)).roundedToInteger(.halfUp) == Int128(practice.percentOfTime))
}

@Test func enderbyMatchesSeed002() throws {
    // Enderby, 6,254 of 93,492 patients: 1.0 days, £12,098 in year 1, £12,575 average of years 2–4, 7% of time.
    let totals = try grandTotals(.roundEachYear(.halfUp))
    let days = try Apportionment.split(Exact(15), step: x("0.1"), weights: listSizes.map { Exact($0) })
    let yearOne = try totals.values[0].apportioned(byListSize: listSizes)[0]
    let laterAverage = try totals.average(over: FinancialYearRange(years[1], through: years[3]), rounding: .halfUp)
        .apportioned(byListSize: listSizes)[0]
    let time = try Percentage(fraction: Exact(6_254).divided(by: Exact(93_492)))
    #expect(days[0].decimalText(places: 1, rule: .halfUp, grouping: false) == "1.0")
    #expect(yearOne.formatted(MoneyFormat(scale: .pounds)) == "£12,098")
    #expect(laterAverage.formatted(MoneyFormat(scale: .pounds)) == "£12,575")
    #expect(try time.fraction.multiplied(by: Exact(100)).decimalText(places: 0, rule: .halfUp, grouping: false) + "%" == "7%")
}

@Test func pharmacistColumnTotalsMatchSeed002() throws {
    let totals = try grandTotals(.roundEachYear(.halfUp))
    let later = try FinancialYearRange(years[1], through: years[3])
    let average = try totals.average(over: later, rounding: .halfUp)
    #expect(average == Money(pence: 18_798_866))
    #expect(try Money.sum(totals.values[0].apportioned(byListSize: listSizes)).formatted(wholePounds) == "180,860")
    #expect(try Money.sum(average.apportioned(byListSize: listSizes)).formatted(wholePounds) == "187,989")
}

@Test func pharmacistCostPerPatientMatchesSeed002() throws {
    let totals = try grandTotals(.roundEachYear(.halfUp))
    let perPatient = try totals.values.map { try $0.exactPounds.divided(by: Exact(93_492)).decimalText(places: 2, rule: .halfUp, grouping: false) }
    #expect(perPatient == ["1.93", "1.97", "2.01", "2.05"])
    let overall = try totals.total().exactPounds.divided(by: Exact(Int64(4 * 93_492)))
    #expect(overall.decimalText(places: 2, rule: .halfUp, grouping: false) == "1.99")
}

@Test func statedContributionsOmitTheUpliftSeed002() throws {
    // The source subtracts NHSE funding from the year-1 cost in every year (known inconsistency 2).
    let nhse = try [87_000, 60_000, 33_000, 0].map { try Money.pounds($0) }
    let yearOne = try Money.pounds(180_860)
    let stated = try nhse.map { try yearOne.subtracting($0) }
    #expect(try Money.sum(stated) == Money.pounds(543_440))
    let enderby = try stated.map { try $0.apportioned(byListSize: listSizes)[0].formatted(wholePounds) }
    #expect(enderby == ["6,279", "8,085", "9,891", "12,098"])
    let withUplift = try zip(grandTotals(.roundEachYear(.halfUp)).values, nhse).map { try $0.subtracting($1) }
    #expect(withUplift.map { $0.formatted(wholePounds) } == ["93,860", "124,377", "154,965", "191,624"])
    #expect(try Money.sum(withUplift).formatted(wholePounds) == "564,826")
    #expect(try Money.sum(withUplift).subtracting(Money.sum(stated)).formatted(wholePounds) == "21,386")
}

private extension Int64 {
    /// The figure as the source prints it: "12,098".
    var formatted: String { Money(pence: self * 100).formatted(wholePounds) }
}
