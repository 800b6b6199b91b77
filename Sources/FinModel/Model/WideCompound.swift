/// `base × factor^n` rounded to a multiple of a step, for compounds whose exact fraction
/// outgrows 128 bits, year after year.
///
/// It finds the whole number of steps k = round(|base| × |factor|^n ÷ |step|) from a lower
/// and an upper bound on that quotient, powers of the factor's numerator and denominator
/// carried to `precision` bits (`ScaledWide`). When both bounds round to the same k, k is
/// exact, since rounding never goes down as its value goes up; when even the lower bound has
/// too many steps to hold, the result is an overflow. Only a compound within about 2^−100 of a
/// rounding boundary, where the bounds disagree, is found from the exact powers.
///
/// Raising the exact powers afresh every year made a horizon of n years cost about n³: an
/// uplift from 1000/01 to 9000/01 at 0.0000000001% (powers of 320,000 bits) did not finish in
/// a minute. The bounds for the next year asked for are this year's times the factor's power
/// for the gap between them, so consecutive years cost one short product each.
///
///     var wide = WideCompound(base: Exact(100), factor: 1000000000001/1000000000000, step: £0.01)
///     try wide.rounded(atYear: 8_000, .halfUp)   // 100 (100.0000008…)
struct WideCompound {
    private let factor: Exact
    private let step: Exact
    private let baseIsNegative: Bool
    private let precision: Int
    /// |base| × |step's denominator| and |base's denominator| × |step's numerator|: the compound
    /// for year 0 is above ÷ below.
    private let above: WideUInt
    private let below: WideUInt
    /// The year the bounds are for, and bounds on |factor's numerator|^year and its
    /// denominator^year: `low` ≤ the exact power ≤ `high`.
    private var year = 0
    private var numeratorPower: (low: ScaledWide, high: ScaledWide)
    private var denominatorPower: (low: ScaledWide, high: ScaledWide)

    init(base: Exact, factor: Exact, step: Exact, precision: Int = ScaledWide.precision) {
        self.factor = factor
        self.step = step
        self.precision = precision
        baseIsNegative = base.signum < 0
        above = WideUInt(base.numerator.magnitude) * WideUInt(step.denominator.magnitude)
        below = WideUInt(base.denominator.magnitude) * WideUInt(step.numerator.magnitude)
        let one = ScaledWide(WideUInt(1))
        numeratorPower = (one, one)
        denominatorPower = (one, one)
    }

    /// The compound for `target` rounded by `rule` to a whole number of steps, times the step.
    ///
    /// - Throws: `.divisionByZero` for a step of zero; `.overflow` when the number of steps,
    ///   or the value, does not fit.
    mutating func rounded(atYear target: Int, _ rule: RoundingRule) throws(ArithmeticError) -> Exact {
        guard step.signum != 0 else { throw .divisionByZero }
        move(to: target)
        let negative = baseIsNegative != (factor.signum < 0 && target & 1 != 0)
        let low = ScaledWide.ratio(
            ScaledWide.product(ScaledWide(above), numeratorPower.low, roundingUp: false, precision: precision),
            ScaledWide.product(ScaledWide(below), denominatorPower.high, roundingUp: true, precision: precision))
        guard var steps = Uplift.roundedSteps(low.numerator, low.denominator, rule, negative: negative) else { throw .overflow }
        let high = ScaledWide.ratio(
            ScaledWide.product(ScaledWide(above), numeratorPower.high, roundingUp: true, precision: precision),
            ScaledWide.product(ScaledWide(below), denominatorPower.low, roundingUp: false, precision: precision))
        if Uplift.roundedSteps(high.numerator, high.denominator, rule, negative: negative) != steps {
            // The bounds straddle a rounding boundary: only the exact powers can tell.
            let numerator = above * WideUInt(factor.numerator.magnitude).power(target)
            let denominator = below * WideUInt(UInt128(factor.denominator)).power(target)
            guard let exactSteps = Uplift.roundedSteps(numerator, denominator, rule, negative: negative) else { throw .overflow }
            steps = exactSteps
        }
        let unit = step.signum < 0 ? try step.negated() : step
        return try Exact(try Int128(magnitude: steps, negative: negative)).multiplied(by: unit)
    }

    /// Carries the bounds on the powers to `target`: forward by the gap, or afresh from year 0.
    private mutating func move(to target: Int) {
        if target < year {
            let one = ScaledWide(WideUInt(1))
            (numeratorPower, denominatorPower, year) = ((one, one), (one, one), 0)
        }
        let gap = target - year
        guard gap > 0 else { return }
        func times(_ bounds: (low: ScaledWide, high: ScaledWide), _ base: UInt128) -> (low: ScaledWide, high: ScaledWide) {
            (ScaledWide.product(bounds.low, ScaledWide.power(base, gap, roundingUp: false, precision: precision), roundingUp: false, precision: precision),
             ScaledWide.product(bounds.high, ScaledWide.power(base, gap, roundingUp: true, precision: precision), roundingUp: true, precision: precision))
        }
        numeratorPower = times(numeratorPower, factor.numerator.magnitude)
        denominatorPower = times(denominatorPower, UInt128(factor.denominator))
        year = target
    }
}
