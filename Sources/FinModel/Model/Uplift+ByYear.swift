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
    ///   (`compound(base:rate:years:policy:step:)`). Different rates rounded once keep the exact
    ///   product as wide integers (`WideUInt`): rates of two decimals (1.67% is 167/10,000) add
    ///   about 14 bits a year, beyond 128 bits after nine years, and the product stays exact
    ///   however long; only a reported figure too large to hold throws `.overflow`.
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
            reported += try compoundedOnce(base: base, rates: rates, rule: rule, step: step)
        }
        return reported
    }

    /// Years 1...rates.count of `base × (1 + rates[0]) × …`, each rounded once to `step`.
    ///
    /// The compound in steps, |base| ÷ |step| × the factors, is carried as a wide numerator and
    /// denominator, so it is exact whatever its size; each year is one product and one rounded
    /// division (`roundedSteps`), as `compoundedOnce(base:factor:…)` rounds past 128 bits.
    ///
    ///     // base 175,860.35, rates 3%, 1.7%, step £0.01, half up:
    ///     // 18,113,616.05… steps → 181,136.16; 18,421,547.52… → 184,215.48
    static func compoundedOnce(base: Exact, rates: [Percentage], rule: RoundingRule, step: Exact) throws(ArithmeticError) -> [Exact] {
        let unit = step.signum < 0 ? try step.negated() : step
        var numerator = WideUInt(base.numerator.magnitude) * WideUInt(unit.denominator.magnitude)
        var denominator = WideUInt(base.denominator.magnitude) * WideUInt(unit.numerator.magnitude)
        var negative = base.signum < 0
        var reported: [Exact] = []
        reported.reserveCapacity(rates.count)
        for rate in rates {
            let factor = try rate.checkedGrowthFactor()
            numerator = numerator * WideUInt(factor.numerator.magnitude)
            denominator = denominator * WideUInt(factor.denominator.magnitude)
            if factor.signum < 0 { negative.toggle() }
            guard let steps = roundedSteps(numerator, denominator, rule, negative: negative),
                  let count = Int128(exactly: steps) else { throw .overflow }
            let magnitude = try Exact(count, over: 1).multiplied(by: unit)
            reported.append(negative ? try magnitude.negated() : magnitude)
        }
        return reported
    }
}
