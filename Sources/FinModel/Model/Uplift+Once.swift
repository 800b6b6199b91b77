extension Uplift {
    /// `base × factor^n` rounded once to a multiple of `step`, for each year n of `years`
    /// (zero or more, in any order): the years of the `compoundExactlyRoundOnce` policy.
    ///
    /// While the exact compound fits 128 bits it is carried from year to year; past that, a
    /// `WideCompound` carries bounds on it. Each year stands alone, so only those asked for
    /// cost anything.
    ///
    ///     // base 175,860, factor 51/50, years [1, 2, 3], step £0.01, half up:
    ///     // 179,377.20 / 182,964.74 / 186,624.04
    static func compoundedOnce(
        base: Exact, factor: Exact, years: [Int], rule: RoundingRule, step: Exact
    ) throws(ArithmeticError) -> [Exact] {
        var reported: [Exact] = []
        reported.reserveCapacity(years.count)
        // The exact compound for `exactYear`, until it outgrows 128 bits; then nil for good.
        var exact: Exact? = base
        var exactYear = 0
        var wide = WideCompound(base: base, factor: factor, step: step)
        for year in years {
            if year < exactYear {
                exact = base
                exactYear = 0
            }
            while exactYear < year, let value = exact {
                exact = try? value.multiplied(by: factor)
                exactYear += 1
            }
            if let value = exact, let rounded = try? value.rounded(rule, toMultipleOf: step) {
                reported.append(rounded)
            } else {
                reported.append(try wide.rounded(atYear: year, rule))
            }
        }
        return reported
    }

    /// `base × factor^years` rounded to a multiple of `step`, beyond 128 bits: see
    /// `WideCompound`. `precision` is the bits its bounds keep; tests make it small to take the
    /// exact path.
    static func wideCompound(
        base: Exact, factor: Exact, years: Int, rule: RoundingRule, step: Exact, precision: Int = ScaledWide.precision
    ) throws(ArithmeticError) -> Exact {
        var wide = WideCompound(base: base, factor: factor, step: step, precision: precision)
        return try wide.rounded(atYear: years, rule)
    }

    /// `numerator ÷ denominator` rounded by `rule` to a whole number, for a value of the given
    /// sign; nil when that number does not fit 128 bits.
    static func roundedSteps(_ numerator: WideUInt, _ denominator: WideUInt, _ rule: RoundingRule, negative: Bool) -> UInt128? {
        guard let (steps, remainder) = numerator.quotient(dividingBy: denominator) else { return nil }
        let beyond = WideUInt.fractionClass(remainder: remainder, divisor: denominator)
        let away = rule.magnitudeStep(negative: negative, remainder: beyond.remainder, divisor: beyond.divisor, truncatedIsOdd: steps & 1 != 0)
        let (magnitude, overflow) = steps.addingReportingOverflow(away ? 1 : 0)
        return overflow ? nil : magnitude
    }
}
