import Testing
import TestSupport
@testable import FinModel

private let penny = x("1/100")

@Test func pharmacistPayUpliftedTwoPercentRoundingEachYear() throws {
    let values = try Uplift.compound(base: Exact(175_860), rate: .percent(2), years: 3, policy: .roundEachYear(.halfUp), step: penny)
    #expect(values == ["175860", "179377.20", "182964.74", "186624.03"].map(x))
}

@Test func pharmacistPayUpliftedTwoPercentRoundingOnce() throws {
    let values = try Uplift.compound(
        base: Exact(175_860), rate: .percent(2), years: 3, policy: .compoundExactlyRoundOnce(.halfUp), step: penny)
    #expect(values == ["175860", "179377.20", "182964.74", "186624.04"].map(x))
}

@Test func moneyUpliftUsesAOnePennyStep() throws {
    let pay = try Money.pounds(175_860)
    #expect(try pay.uplifted(by: .percent(2), years: 0, policy: .roundEachYear(.halfUp)) == pay)
    #expect(try pay.uplifted(by: .percent(2), years: 3, policy: .roundEachYear(.halfUp)) == Money(pence: 18_662_403))
    #expect(try pay.uplifted(by: .percent(2), years: 3, policy: .compoundExactlyRoundOnce(.halfUp)) == Money(pence: 18_662_404))
}

@Test func upliftSeriesStartsAtTheBaseInTheFirstYear() throws {
    let years = try FinancialYearRange(parsing: "2018/19 to 2021/22")
    let series = try upliftSeries(base: .pounds(175_860), rate: .percent(2), over: years, policy: .roundEachYear(.halfUp))
    #expect(series.years == years)
    #expect(series.values.map(\.pence) == [17_586_000, 17_937_720, 18_296_474, 18_662_403])
}

@Test func stepsOtherThanThePennyAndYearZeroRounding() throws {
    let values = try Uplift.compound(base: x("100.4"), rate: .percent(10), years: 2, policy: .roundEachYear(.halfUp), step: .one)
    #expect(values == [Exact(100), Exact(110), Exact(121)])
    let down = try Uplift.compound(base: Exact(1000), rate: .percent(-5), years: 2, policy: .compoundExactlyRoundOnce(.up), step: Exact(10))
    #expect(down == [Exact(1000), Exact(950), Exact(910)])
}

@Test func exactCompoundingCarriesOnPastOneHundredAndTwentyEightBits() throws {
    // 175,860 × 1.02^40 = 388,305.8552…: 51^40 and 50^40 are far beyond Int128.
    let values = try Uplift.compound(
        base: Exact(175_860), rate: .percent(2), years: 40, policy: .compoundExactlyRoundOnce(.halfUp), step: penny)
    #expect(values.count == 41)
    #expect(values[40] == x("388305.86"))
    let each = try Uplift.compound(base: Exact(175_860), rate: .percent(2), years: 200, policy: .roundEachYear(.halfUp), step: penny)
    #expect(each.count == 201)
}

@Test func aReportedValueTooLargeToHoldIsStillAnOverflow() {
    #expect(throws: ArithmeticError.overflow) {
        try Uplift.compound(base: Exact(Int128.max / 1000), rate: .percent(100), years: 20, policy: .compoundExactlyRoundOnce(.halfUp), step: penny)
    }
    #expect(throws: ArithmeticError.overflow) {
        try Money(pence: .max / 2).uplifted(by: .percent(2), years: 50, policy: .roundEachYear(.halfUp))
    }
}

@Test func wideCompoundingAgreesWithTheExactPath() {
    let rules = RoundingRule.allCases
    checkProperty(cases: 2_000) { g in
        let rule = rules.randomElement(using: &g)!
        let factor = try! Exact(numerator: Int128(Int64.random(in: -2_000...3_000, using: &g)), denominator: Int128(Int64.random(in: 1...1_000, using: &g)))
        let base = try! Exact(numerator: Int128(Int64.random(in: -1_000_000_000...1_000_000_000, using: &g)), denominator: Int128(Int64.random(in: 1...400, using: &g)))
        let step = [x("1/100"), x("1/10"), Exact(1), Exact(1000), x("1/3")].randomElement(using: &g)!
        let years = Int.random(in: 0...4, using: &g)
        guard let exact = try? base.multiplied(by: factor.power(years)).rounded(rule, toMultipleOf: step) else { return nil }
        let wide = try? Uplift.wideCompound(base: base, factor: factor, years: years, rule: rule, step: step)
        return wide == exact ? nil : "\(base) × \(factor)^\(years) to \(step) \(rule): \(exact) vs \(String(describing: wide))"
    }
}

@Test func roundEachYearAndRoundOnceDifferByAtMostAPennyPerYear() {
    let rules = RoundingRule.allCases
    checkProperty { g in
        let rule = rules.randomElement(using: &g)!
        let halfway = rule == .halfUp || rule == .halfEven
        // Error grows like the sum of (1 + r)^k, so the bound of n pence holds for modest rates.
        let maxBasisPoints: Int64 = halfway ? 1000 : 200
        let rate = try! Percentage.percent(Exact(numerator: Int128(Int64.random(in: -maxBasisPoints...maxBasisPoints, using: &g)), denominator: 100))
        let base = Money(pence: Int64.random(in: 0...1_000_000_000, using: &g))
        let years = Int.random(in: 1...10, using: &g)
        guard let each = try? Uplift.compound(base: base.exactPounds, rate: rate, years: years, policy: .roundEachYear(rule), step: penny),
            let once = try? Uplift.compound(base: base.exactPounds, rate: rate, years: years, policy: .compoundExactlyRoundOnce(rule), step: penny)
        else { return "overflow for \(base) at \(rate) over \(years) years" }
        for n in 0...years {
            let gap = try! each[n].subtracting(once[n])
            if gap.signum != 0 && (try! gap.multiplied(by: Exact(100))).roundedToInteger(.towardZero).magnitude > UInt128(n) {
                return "\(base) at \(rate), \(rule): year \(n) each \(each[n]) once \(once[n])"
            }
        }
        return nil
    }
}

@Test func roundEachYearInWholeStepsMatchesTheExactLoop() {
    // The whole-steps path (k ← round(k × factor)) must give exactly what rounding the exact
    // product each year gives, for any step, rule and sign, and hand over cleanly when it overflows.
    let rules = RoundingRule.allCases
    checkProperty(cases: 3_000) { g in
        let rule = rules.randomElement(using: &g)!
        let rate = try! Percentage.percent(Exact(numerator: Int128(Int64.random(in: -3_000...3_000, using: &g)), denominator: 100))
        let base = Bool.random(using: &g)
            ? try! Exact(numerator: Int128(Int64.random(in: -1_000_000_000...1_000_000_000, using: &g)), denominator: Int128(Int64.random(in: 1...400, using: &g)))
            : Exact(Int128(Int64.random(in: Int64.max / 4 ... Int64.max / 2, using: &g)))
        let step = [x("1/100"), x("1/10"), Exact(1), Exact(1000), x("1/3"), x("-1/100")].randomElement(using: &g)!
        let years = Int.random(in: 0...12, using: &g)
        var expected: [Exact]? = []
        if let first = try? base.rounded(rule, toMultipleOf: step) {
            expected = [first]
            for _ in 0..<years {
                guard let next = try? expected!.last!.multiplied(by: rate.growthFactor).rounded(rule, toMultipleOf: step) else { expected = nil; break }
                expected!.append(next)
            }
        } else {
            expected = nil
        }
        let computed = try? Uplift.compound(base: base, rate: rate, years: years, policy: .roundEachYear(rule), step: step)
        return computed == expected ? nil : "\(base) at \(rate) to \(step), \(rule), \(years) years: \(String(describing: computed)) vs \(String(describing: expected))"
    }
}

@Test func moneyUpliftsInPenceAgreeWithExactUplifts() throws {
    let rules = RoundingRule.allCases
    let years = try FinancialYearRange(parsing: "2019/20 to 2028/29")
    checkProperty(cases: 2_000) { g in
        let rule = rules.randomElement(using: &g)!
        let rate = try! Percentage.percent(Exact(numerator: Int128(Int64.random(in: -2_000...2_000, using: &g)), denominator: 100))
        let base = Money(pence: Int64.random(in: -10_000_000_000...10_000_000_000, using: &g))
        let exact = try! Uplift.compound(base: base.exactPounds, rate: rate, years: 9, policy: .roundEachYear(rule), step: x("1/100"))
        let series = try! upliftSeries(base: base, rate: rate, over: years, policy: .roundEachYear(rule))
        let last = try! base.uplifted(by: rate, years: 9, policy: .roundEachYear(rule))
        let matches = series.values.map(\.exactPounds) == exact && last.exactPounds == exact.last!
        return matches ? nil : "\(base) at \(rate), \(rule): \(series.values) vs \(exact)"
    }
}

@Test func upliftingAppendsTheSeriesYearsAfterWhatIsThere() throws {
    var values = [Money(pence: 1)]
    try Money.pounds(175_860).uplifted(by: .percent(2), years: 3, policy: .roundEachYear(.halfUp), appendingTo: &values)
    try Money.pounds(175_860).uplifted(by: .percent(2), years: 3, policy: .compoundExactlyRoundOnce(.halfUp), appendingTo: &values)
    #expect(values.map(\.pence) == [1, 17_586_000, 17_937_720, 18_296_474, 18_662_403, 17_586_000, 17_937_720, 18_296_474, 18_662_404])
    try Money.pounds(5).uplifted(by: .percent(2), years: 0, policy: .roundEachYear(.halfUp), appendingTo: &values)
    #expect(values.last == (try Money.pounds(5)) && values.count == 10)
}

@Test func upliftingThatOverflowsLeavesTheValuesUnchanged() {
    var values = [Money(pence: 7)]
    #expect(throws: ArithmeticError.overflow) {
        try Money(pence: .max / 2).uplifted(by: .percent(2), years: 50, policy: .roundEachYear(.halfUp), appendingTo: &values)
    }
    #expect(throws: ArithmeticError.overflow) {
        try Money(pence: .max / 2).uplifted(by: .percent(2), years: 50, policy: .compoundExactlyRoundOnce(.halfUp), appendingTo: &values)
    }
    #expect(values == [Money(pence: 7)])
}

@Test func roundingOnceFromFarBackTakesOnlyTheYearsNeeded() throws {
    // £100 uplifted by 0.0000000001% a year for 8,000 years: the factor's powers have 320,000
    // bits. Once raised from scratch every year (about n³), it did not finish in a minute.
    let rate = try Percentage.percent(x("0.0000000001"))
    let far = try Uplift.compound(base: Exact(100), rate: rate, atYears: [8_000, 7_999], policy: .compoundExactlyRoundOnce(.halfUp), step: penny)
    #expect(far == [Exact(100), Exact(100)])
    // Every year of a long series costs one short product more than the year before it.
    let all = try Uplift.compound(base: Exact(100), rate: rate, years: 1_000, policy: .compoundExactlyRoundOnce(.halfUp), step: penny)
    #expect(all.count == 1_001 && all.last == Exact(100))
    // 1.02^8,000 pounds is far beyond any amount: an overflow, found from the lower bound at once.
    #expect(throws: ArithmeticError.overflow) {
        try Uplift.compound(base: Exact(100), rate: .percent(2), atYears: [8_000], policy: .compoundExactlyRoundOnce(.halfUp), step: penny)
    }
}

@Test func chosenYearsAreThoseOfTheWholeSeries() {
    let rules = RoundingRule.allCases
    checkProperty(cases: 500) { g in
        let rule = rules.randomElement(using: &g)!
        let policy: CompoundingPolicy = Bool.random(using: &g) ? .roundEachYear(rule) : .compoundExactlyRoundOnce(rule)
        let rate = try! Percentage.percent(Exact(numerator: Int128(Int64.random(in: -2_000...2_000, using: &g)), denominator: 100))
        let base = try! Exact(numerator: Int128(Int64.random(in: -1_000_000_000...1_000_000_000, using: &g)), denominator: 100)
        let years = (0..<Int.random(in: 0...6, using: &g)).map { _ in Int.random(in: 0...60, using: &g) }
        let chosen = try? Uplift.compound(base: base, rate: rate, atYears: years, policy: policy, step: penny)
        let whole = try? Uplift.compound(base: base, rate: rate, years: years.max() ?? 0, policy: policy, step: penny)
        let expected = whole.map { all in years.map { all[$0] } }
        return chosen == expected ? nil : "\(base) at \(rate), \(policy), years \(years): \(String(describing: chosen)) vs \(String(describing: expected))"
    }
}

@Test func boundsOnTheCompoundRoundAsTheExactPowersDo() {
    // The wide path rounds from a lower and an upper bound, and falls back to the exact powers
    // when they disagree. With 8 bits the bounds disagree often, with 256 almost never: every
    // precision must give the exact answer, and an overflow exactly when the exact one does.
    let rules = RoundingRule.allCases
    checkProperty(cases: 400) { g in
        let rule = rules.randomElement(using: &g)!
        let factor = try! Exact(
            numerator: Int128(Int64.random(in: -(1 << 40)...(1 << 40), using: &g)), denominator: Int128(Int64.random(in: 1...(1 << 40), using: &g)))
        let base = try! Exact(numerator: Int128(Int64.random(in: -1_000_000_000...1_000_000_000, using: &g)), denominator: Int128(Int64.random(in: 1...400, using: &g)))
        let step = [x("1/100"), x("1/10"), Exact(1), Exact(1000), x("1/3"), x("-1/100")].randomElement(using: &g)!
        let years = Int.random(in: 0...150, using: &g)
        let negative = (base.signum < 0) != (factor.signum < 0 && years & 1 != 0)
        let numerator = WideUInt(base.numerator.magnitude) * WideUInt(factor.numerator.magnitude).power(years) * WideUInt(step.denominator.magnitude)
        let denominator = WideUInt(base.denominator.magnitude) * WideUInt(factor.denominator.magnitude).power(years) * WideUInt(step.numerator.magnitude)
        let expected = Uplift.roundedSteps(numerator, denominator, rule, negative: negative).flatMap { steps in
            try? Exact(Int128(magnitude: steps, negative: negative)).multiplied(by: step.signum < 0 ? step.negated() : step)
        }
        for precision in [8, 64, ScaledWide.precision] {
            let wide = try? Uplift.wideCompound(base: base, factor: factor, years: years, rule: rule, step: step, precision: precision)
            if wide != expected {
                return "\(base) × \(factor)^\(years) to \(step) \(rule), \(precision) bits: \(String(describing: wide)) vs \(String(describing: expected))"
            }
        }
        return nil
    }
}

/// A rate for each year that is the same every year gives the one-rate uplift, under both
/// policies, for random bases, rates and steps.
@Test func ratesByYearThatAreAllTheSameAreTheOneRateUplift() throws {
    var random = SeededGenerator(seed: 7)
    for _ in 0..<200 {
        let base = Exact(Int128(Int64.random(in: -10_000_000...10_000_000, using: &random)), over: 100)
        let rate = Percentage(fraction: Exact(Int128(Int64.random(in: -500...1_000, using: &random)), over: 10_000))
        let step = [Exact(1, over: 100), .one, Exact(Int64(1000))].randomElement(using: &random)!
        let years = Int.random(in: 0...12, using: &random)
        for policy in [CompoundingPolicy.roundEachYear(.halfUp), .compoundExactlyRoundOnce(.halfEven)] {
            let byYear = try Uplift.compound(base: base, rates: Array(repeating: rate, count: years), policy: policy, step: step)
            let oneRate = try Uplift.compound(base: base, rate: rate, years: years, policy: policy, step: step)
            #expect(byYear == oneRate, "base \(base), rate \(rate), \(years) years, \(policy)")
        }
    }
}

/// Pay awards of 3%, 1.7% and 1.67%: each year from the one before, rounded each year or once.
@Test func payAwardsThatChangeByYear() throws {
    let rates = [300, 170, 167].map { Percentage(fraction: Exact(Int128($0), over: 10_000)) }  // 3%, 1.7%, 1.67%
    let base = Exact(17_586_035, over: 100)  // £175,860.35
    let each = try Uplift.compound(base: base, rates: rates, policy: .roundEachYear(.halfUp), step: Exact(1, over: 100))
    let once = try Uplift.compound(base: base, rates: rates, policy: .compoundExactlyRoundOnce(.halfUp), step: Exact(1, over: 100))
    // 175,860.35 × 1.03 = 181,136.1605 → 181,136.16; × 1.017 = 184,215.47472 → 184,215.47;
    // once: 181,136.1605 × 1.017 = 184,215.4752285 → 184,215.48.
    #expect(each.prefix(3) == [base, Exact(18_113_616, over: 100), Exact(18_421_547, over: 100)])
    #expect(once.prefix(3) == [base, Exact(18_113_616, over: 100), Exact(18_421_548, over: 100)])
}

/// Different rates rounded once: the wide product gives what the exact fractions give while
/// they fit, and carries on exactly past 128 bits (thirty years of two-decimal rates), within
/// a step a year of rounding each year.
@Test func differentRatesRoundedOnceAreExactForAnyHorizon() throws {
    var random = SeededGenerator(seed: 11)
    for _ in 0..<200 {
        let base = Exact(Int128(Int64.random(in: -10_000_000...10_000_000, using: &random)), over: 100)
        let rates = (0..<Int.random(in: 1...5, using: &random)).map { _ in
            Percentage(fraction: Exact(Int128(Int64.random(in: -300...900, using: &random)), over: 10_000))
        }
        let step = [Exact(1, over: 100), .one].randomElement(using: &random)!
        let rule = [RoundingRule.halfUp, .halfEven, .down, .up, .towardZero].randomElement(using: &random)!
        var exact = base
        var expected: [Exact] = []
        for rate in rates {
            exact = try exact.multiplied(by: try rate.checkedGrowthFactor())
            expected.append(try exact.rounded(rule, toMultipleOf: step))
        }
        let found = try Uplift.compound(base: base, rates: rates, policy: .compoundExactlyRoundOnce(rule), step: step)
        #expect(Array(found.dropFirst()) == expected, "base \(base), rates \(rates), \(rule)")
    }
    let awards = (0..<30).map { Percentage(fraction: Exact($0 % 2 == 0 ? 167 : 170, over: 10_000)) }
    let penny = Exact(1, over: 100)
    let once = try Uplift.compound(base: Exact(17_586_035, over: 100), rates: awards, policy: .compoundExactlyRoundOnce(.halfUp), step: penny)
    let each = try Uplift.compound(base: Exact(17_586_035, over: 100), rates: awards, policy: .roundEachYear(.halfUp), step: penny)
    for (year, (a, b)) in zip(once, each).enumerated() {
        let gap = try a.subtracting(b)
        #expect(gap <= Exact(Int128(year), over: 100) && gap >= Exact(-Int128(year), over: 100), "year \(year): \(a) against \(b)")
    }
}
