/// When an uplifted value is rounded: after every year, or once from the exact compound.
///
/// The two agree most years and drift apart by at most about a penny per year of compounding
/// (at rates of a few percent), so a model must say which one its source used.
///
/// | year | round each year, half up | compound exactly, round once, half up |
/// |------|--------------------------|---------------------------------------|
/// | 0    | 175,860.00               | 175,860.00                            |
/// | 1    | 179,377.20               | 179,377.20                            |
/// | 2    | 182,964.74 (182,964.744) | 182,964.74 (182,964.744)              |
/// | 3    | 186,624.03 (186,624.0348)| 186,624.04 (186,624.03888)            |
public enum CompoundingPolicy: Sendable, Hashable {
    /// Each year's value is rounded to the step before the next uplift: what a spreadsheet does
    /// when each column refers to the rounded column before it.
    case roundEachYear(RoundingRule)
    /// Each year's value is `base × (1 + rate)^n` exactly, rounded once for reporting.
    case compoundExactlyRoundOnce(RoundingRule)

    /// The rounding rule, whichever the policy.
    var rule: RoundingRule {
        switch self {
        case .roundEachYear(let rule), .compoundExactlyRoundOnce(let rule): rule
        }
    }
}

/// Yearly percentage uplifts compounded over years: pay rises, inflation, growth in list size.
///
/// NHSE's clinical pharmacists cost 3 × £58,620 = £175,860 in year 1, uplifted 2% a year:
///
///     let pay = try Money.pounds(175_860)
///     try pay.uplifted(by: .percent(2), years: 3, policy: .roundEachYear(.halfUp))   // £186,624.03
///     try pay.uplifted(by: .percent(2), years: 3, policy: .compoundExactlyRoundOnce(.halfUp))   // £186,624.04
public enum Uplift {
    /// Values for years 0...years: year 0 is `base` unchanged; year n is base uplifted n times by
    /// `rate` under `policy`, each reported value a whole multiple of `step`.
    ///
    ///     // base 175,860, rate 2%, step £0.01, roundEachYear(.halfUp):
    ///     // 175,860.00 / 179,377.20 / 182,964.74 / 186,624.03
    ///
    /// - Important: Year 0 is rounded to `step` under the policy's rule like every other year, so
    ///   it is `base` unchanged only when `base` is already a whole multiple of `step` (as money
    ///   always is with a one-penny step).
    /// - Important: `compoundExactlyRoundOnce` keeps `base × (1 + rate)^n` exact. Its numerator
    ///   and denominator outgrow 128 bits after a decade or two (2% is 51/50); from then on each
    ///   year is found by `WideCompound`, still exactly, and only a reported value that itself
    ///   does not fit throws `.overflow`.
    /// - Precondition: `years >= 0`.
    public static func compound(
        base: Exact, rate: Percentage, years: Int, policy: CompoundingPolicy, step: Exact
    ) throws(ArithmeticError) -> [Exact] {
        precondition(years >= 0, "Uplift.compound needs a non-negative number of years")
        let factor = try rate.checkedGrowthFactor()
        let rule = policy.rule
        var reported = [try base.rounded(rule, toMultipleOf: step)]
        reported.reserveCapacity(years + 1)
        switch policy {
        case .roundEachYear:
            // Each year starts from last year's rounded figure, as a spreadsheet column does.
            var done = 0
            let unit = step.signum < 0 ? try step.negated() : step  // not zero: rounding to it worked
            if years > 0, let first = try? reported[0].divided(by: unit), first.isInteger,
               let steps = Int64(exactly: first.numerator) {
                done = try roundEachYearInSteps(from: steps, factor: factor, rule: rule, years: years) {
                    (k: Int64) throws(ArithmeticError) in reported.append(try Exact(k).multiplied(by: unit))
                }
            }
            for _ in done..<years {
                reported.append(try reported.last!.multiplied(by: factor).rounded(rule, toMultipleOf: step))
            }
        case .compoundExactlyRoundOnce:
            if years > 0 {
                reported += try compoundedOnce(base: base, factor: factor, years: Array(1...years), rule: rule, step: step)
            }
        }
        return reported
    }

    /// The values of `compound(base:rate:years:policy:step:)` for the given years only, in their
    /// order: year 0 is the base, year n the base uplifted n times.
    ///
    /// A model whose uplift starts centuries before its own years needs a handful of them, not
    /// every year since: rounding once, each year stands alone, so only those asked for are
    /// computed. Rounding each year needs every year before, so those are all computed.
    ///
    ///     // base 175,860, rate 2%, step £0.01, compoundExactlyRoundOnce(.halfUp), years [3, 0]:
    ///     // 186,624.04 / 175,860.00
    ///
    /// - Precondition: every year is zero or more.
    public static func compound(
        base: Exact, rate: Percentage, atYears years: [Int], policy: CompoundingPolicy, step: Exact
    ) throws(ArithmeticError) -> [Exact] {
        precondition(years.allSatisfy { $0 >= 0 }, "Uplift.compound needs years of zero or more")
        guard let last = years.max() else { return [] }
        switch policy {
        case .roundEachYear:
            let all = try compound(base: base, rate: rate, years: last, policy: policy, step: step)
            return years.map { all[$0] }
        case .compoundExactlyRoundOnce(let rule):
            let wanted = Array(Set(years)).sorted()
            let values = try compoundedOnce(base: base, factor: try rate.checkedGrowthFactor(), years: wanted, rule: rule, step: step)
            let byYear = Dictionary(uniqueKeysWithValues: zip(wanted, values))
            return years.map { byYear[$0]! }
        }
    }

    /// Round-each-year compounding counted in whole steps, while the counts fit 64 bits.
    ///
    /// With this year's value k × step, next year's is round(k × step × factor ÷ step) × step, and
    /// k × step × factor ÷ step is exactly k × factor: so the step drops out and each year is one
    /// integer multiplication and one rounded division, k ← round(k × factor). The values are the
    /// ones the exact loop gives; this only avoids fractions. Calls `body` with each year's count
    /// and returns how many years it did: fewer than `years` once a product leaves 64 bits (or the
    /// factor does not fit them), and the caller carries on exactly from there.
    ///
    ///     // £175,860.00 is 17,586,000 pence; 2% is 51/50; half up:
    ///     // 17,586,000 × 51 ÷ 50 = 17,937,720; × 51 ÷ 50 = 18,296,474.4 → 18,296,474
    @inline(__always)
    static func roundEachYearInSteps<E: Error>(
        from start: Int64, factor: Exact, rule: RoundingRule, years: Int, _ body: (Int64) throws(E) -> Void
    ) throws(E) -> Int {
        // The denominator is the same every year: prepare it once, then multiply instead of divide.
        guard let multiplier = Int64(exactly: factor.numerator), let narrow = UInt64(exactly: factor.denominator),
              let divisor = PreparedDivisor(narrow) else { return 0 }
        var steps = start
        for year in 0..<years {
            let (product, overflow) = steps.multipliedReportingOverflow(by: multiplier)
            // Int64.min is left to the exact path, which handles every magnitude.
            if overflow || product == .min { return year }
            steps = rule.divide(product, by: divisor)
            try body(steps)
        }
        return years
    }

    /// One penny in pounds: the step for uplifting money.
    static let penny = Exact(1, over: 100)
}

extension Money {
    /// The amount uplifted `years` times by `rate`, to the penny under `policy`.
    ///
    ///     try Money.pounds(175_860).uplifted(by: .percent(2), years: 1, policy: .roundEachYear(.halfUp))
    ///     // £179,377.20
    public func uplifted(by rate: Percentage, years: Int, policy: CompoundingPolicy) throws(ArithmeticError) -> Money {
        if case .roundEachYear(let rule) = policy, years >= 0 {
            // In whole pence, as `upliftSeries` does; falls through to the exact path if it cannot finish.
            var last = self
            let done = Uplift.roundEachYearInSteps(from: pence, factor: try rate.checkedGrowthFactor(), rule: rule, years: years) { pence in
                last = Money(pence: pence)
            }
            if done == years { return last }
        }
        let values = try Uplift.compound(base: exactPounds, rate: rate, years: years, policy: policy, step: Uplift.penny)
        return try Money(exactPounds: values.last!)
    }
}

/// A series starting at `base` in the first year and uplifted by `rate` each later year.
///
///     let years = try FinancialYearRange(parsing: "2018/19 to 2021/22")
///     try upliftSeries(base: .pounds(175_860), rate: .percent(2), over: years, policy: .roundEachYear(.halfUp))
///     // £175,860.00, £179,377.20, £182,964.74, £186,624.03
public func upliftSeries(
    base: Money, rate: Percentage, over years: FinancialYearRange, policy: CompoundingPolicy
) throws(ArithmeticError) -> Series<Money> {
    var money: [Money] = []
    try base.uplifted(by: rate, years: years.count - 1, policy: policy, appendingTo: &money)
    return Series(years: years, checkedValues: money)
}

extension Money {
    /// This amount, then its value uplifted once, twice, … `years` times under `policy`, all
    /// appended to `values`: the years of `upliftSeries` without a `Series` (and an array) per
    /// base, for filling large tables such as every practice's every stream.
    ///
    ///     var pay: [Money] = []
    ///     try Money.pounds(175_860).uplifted(by: .percent(2), years: 3, policy: .roundEachYear(.halfUp), appendingTo: &pay)
    ///     // £175,860.00, £179,377.20, £182,964.74, £186,624.03
    ///
    /// - Throws: `.overflow` when a value does not fit `Int64` pence; `values` is then unchanged.
    /// - Precondition: `years >= 0`.
    public func uplifted(by rate: Percentage, years: Int, policy: CompoundingPolicy, appendingTo values: inout [Money]) throws(ArithmeticError) {
        precondition(years >= 0, "Money.uplifted needs a non-negative number of years")
        let start = values.count
        if case .roundEachYear(let rule) = policy {
            // Money is whole pence, so each year is k ← round(k × factor) in pence (see
            // `Uplift.roundEachYearInSteps`): no fractions, and no array of them to convert. The
            // values go straight into the array's storage: appending year by year checked the
            // array every time, and Array(repeating:count:) and Array(unsafeUninitializedCapacity:)
            // allocate through an unspecialised path that looks up type metadata on every call.
            let factor = try rate.checkedGrowthFactor()
            var done = 0
            values.append(addingCapacity: years + 1) { (span: inout OutputSpan<Money>) in
                span.append(self)
                done = Uplift.roundEachYearInSteps(from: pence, factor: factor, rule: rule, years: years) { pence in
                    span.append(Money(pence: pence))
                }
            }
            if done == years { return }
            values.removeSubrange(start...)  // too large for 64-bit steps: the exact path decides
        }
        do {
            let exact = try Uplift.compound(base: exactPounds, rate: rate, years: years, policy: policy, step: Uplift.penny)
            values.reserveCapacity(start + exact.count)
            for value in exact { values.append(try Money(exactPounds: value)) }
        } catch {
            values.removeSubrange(start...)
            throw error
        }
    }
}
