import Testing
@testable import FinModel

private func range(_ text: String) -> FinancialYearRange { try! FinancialYearRange(parsing: text) }
private func pounds(_ values: [Int64]) -> [Money] { values.map { try! Money.pounds($0) } }

@Test func ccgStartUpFundingTotalsThreeHundredAndFiftyThousand() throws {
    let ccg = try Series(years: range("2016/17 to 2018/19"), values: pounds([98_923, 131_250, 119_827]))
    #expect(try ccg.total() == Money.pounds(350_000))
    #expect(ccg[FinancialYear(startYear: 2017)] == (try Money.pounds(131_250)))
    #expect(ccg[FinancialYear(startYear: 2019)] == nil)
}

@Test func surplusIsIncomeLessExpensesYearByYear() throws {
    let years = range("2016/17 to 2018/19")
    let income = try Series(years: years, values: pounds([106_494, 151_570, 172_977]))
    let expenses = try Series(years: years, values: pounds([101_797, 150_111, 175_060]))
    let surplus = try income.subtracting(expenses)
    #expect(surplus.values == pounds([4_697, 1_459, -2_083]))
    #expect(try surplus.total() == Money.pounds(4_073))
    #expect(try surplus.adding(expenses) == income)
}

@Test func countMustMatchTheYears() {
    #expect(throws: SeriesError.countMismatch(expected: 3, actual: 2)) {
        try Series(years: range("2016/17 to 2018/19"), values: pounds([1, 2]))
    }
    #expect(SeriesError.countMismatch(expected: 3, actual: 2).message == "expected 3 values, one per year, but found 2")
}

@Test func periodsMustMatchExactly() throws {
    let a = try Series(years: range("2016/17 to 2018/19"), values: pounds([1, 2, 3]))
    let b = try Series(years: range("2017/18 to 2019/20"), values: pounds([1, 2, 3]))
    #expect(throws: SeriesError.periodMismatch(left: a.years, right: b.years)) { try a.adding(b) }
    #expect(SeriesError.periodMismatch(left: a.years, right: b.years).message == "the years do not match: 2016/17 to 2018/19 against 2017/18 to 2019/20")
}

@Test func arithmeticFailuresAreWrapped() throws {
    let years = range("2016/17")
    let a = Series(years: years, repeating: Money(pence: .max))
    #expect(throws: SeriesError.arithmetic(.overflow)) { try a.adding(a) }
    #expect(throws: ArithmeticError.overflow) { try a.map { m throws(ArithmeticError) in try m.multiplied(by: 2) } }
}

@Test func mapKeepsTheYears() throws {
    let a = try Series(years: range("2016/17 to 2017/18"), values: pounds([1, 2]))
    let doubled = try a.map { m throws(ArithmeticError) in try m.multiplied(by: 2) }
    #expect(doubled.years == a.years && doubled.values == pounds([2, 4]))
    let exact = try a.map { m throws(ArithmeticError) in m.exactPounds }
    #expect(try exact.total() == Exact(3))
}

@Test func averagesAreExactThenRoundedOnce() throws {
    let years = range("2018/19 to 2021/22")
    let costs = try Series(years: years, values: [18_086_000, 18_437_720, 18_796_474, 19_162_403].map(Money.init(pence:)))
    let later = range("2019/20 to 2021/22")
    #expect(try costs.average(over: later, rounding: .halfUp) == Money(pence: 18_798_866))
    #expect(try costs.average(over: later, rounding: .down) == Money(pence: 18_798_865))
    let exact = try costs.map { m throws(ArithmeticError) in m.exactPounds }
    #expect(try exact.average(over: later) == x("56396597/300"))
    #expect(throws: SeriesError.yearOutside(FinancialYear(startYear: 2022), years)) {
        try costs.average(over: range("2021/22 to 2022/23"), rounding: .halfUp)
    }
}
