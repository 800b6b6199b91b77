extension Uplift {
    /// A base uplifted by a different rate each year: pay awards of 3%, then 1.7%, then 1.67%.
    ///
    /// `rates[n]` is the uplift from year n to year n + 1, so the result has `rates.count + 1`
    /// values: year 0 is `base`, year n is `base × (1 + rates[0]) × … × (1 + rates[n-1])`.
    /// Under `roundEachYear` each year is rounded to `step` before the next year's rate is
    /// applied, as a spreadsheet column that reads the rounded cell before it; under
    /// `compoundExactlyRoundOnce` the product is kept exact and each year rounded once.
    ///
    ///     // base £175,860, rates 3%, 1.7%, 1.67%, step £0.01, half up:
    ///     // each year:  175,860.00 / 181,135.80 / 184,215.11 / 187,291.50
    ///     // once:       175,860.00 / 181,135.80 / 184,215.11 / 187,291.50 (…/187,291.50)
    ///
    /// - Important: Rates that are all the same are the one-rate uplift
    ///   (`compound(base:rate:years:policy:step:)`), exact however many years. Different rates
    ///   rounded once keep the exact product in 128 bits: with rates of two decimals (1.67% is
    ///   167/10,000) that is about nine years, after which `.overflow` is thrown, never a
    ///   rounded figure. Rounding each year has no such limit.
    public static func compound(
        base: Exact, rates: [Percentage], policy: CompoundingPolicy, step: Exact
    ) throws(ArithmeticError) -> [Exact] {
        if let first = rates.first, rates.allSatisfy({ $0 == first }) {
            return try compound(base: base, rate: first, years: rates.count, policy: policy, step: step)
        }
        let rule = policy.rule
        var reported = [try base.rounded(rule, toMultipleOf: step)]
        reported.reserveCapacity(rates.count + 1)
        switch policy {
        case .roundEachYear:
            for rate in rates {
                reported.append(try reported.last!.multiplied(by: try rate.checkedGrowthFactor()).rounded(rule, toMultipleOf: step))
            }
        case .compoundExactlyRoundOnce:
            // The exact compound, carried from year to year; only the reported figure is rounded.
            var exact = base
            for rate in rates {
                exact = try exact.multiplied(by: try rate.checkedGrowthFactor())
                reported.append(try exact.rounded(rule, toMultipleOf: step))
            }
        }
        return reported
    }
}
