/// How an exact value that falls between two representable results is made representable.
///
/// Every place FinModel turns an exact quotient into whole pence, whole pounds, tenths of a day
/// or a displayed figure names one of these rules; nothing rounds silently. The table shows each
/// rule rounding to a whole number:
///
/// | exact value | halfEven | halfUp | towardZero | down | up |
/// |-------------|----------|--------|------------|------|----|
/// |  2.5        |  2       |  3     |  2         |  2   |  3 |
/// |  3.5        |  4       |  4     |  3         |  3   |  4 |
/// |  2.4        |  2       |  2     |  2         |  2   |  3 |
/// |  2.6        |  3       |  3     |  2         |  2   |  3 |
/// | -2.5        | -2       | -3     | -2         | -3   | -2 |
/// | -2.6        | -3       | -3     | -2         | -3   | -2 |
/// |  2.0        |  2       |  2     |  2         |  2   |  2 |
///
/// Why each exists:
/// - `halfEven` sends ties to the even neighbour, so over many roundings the ties cancel out
///   rather than drifting upward; use it for long chains of accruals.
/// - `halfUp` sends ties away from zero. It is what spreadsheets' `ROUND` does, so it is the rule
///   that reproduces figures typed into board papers: 179,377.20 uplifted 2% is 182,964.744,
///   shown as 182,964.74; 0.125 is shown as 0.13.
/// - `towardZero` drops the fraction, the rule for "whole pence only, never overpay" in either
///   direction.
/// - `down` and `up` are floor and ceiling: a budget cap rounds `down`, a cost recovery `up`.
///
///     RoundingRule.halfUp.divide(5, by: 2)       // 3
///     RoundingRule.halfEven.divide(5, by: 2)     // 2
///     RoundingRule.down.divide(-5, by: 2)        // -3
public enum RoundingRule: String, Sendable, CaseIterable, Hashable {
    /// Banker's rounding: ties go to the even neighbour (2.5 → 2, 3.5 → 4).
    case halfEven
    /// Ties go away from zero (2.5 → 3, -2.5 → -3), as spreadsheets' `ROUND` does.
    case halfUp
    /// Truncation: the fraction is dropped (2.7 → 2, -2.7 → -2).
    case towardZero
    /// Floor: toward negative infinity (2.7 → 2, -2.1 → -3).
    case down
    /// Ceiling: toward positive infinity (2.1 → 3, -2.7 → -2).
    case up

    /// Reads the spelling the scenario language uses: `half_even`, `half_up`, `toward_zero`,
    /// `down`, `up`, and the aliases `floor` and `ceiling`.
    ///
    /// Returns nil for any other text, including the Swift case names.
    ///
    ///     RoundingRule(scenarioName: "half_up")   // .halfUp
    ///     RoundingRule(scenarioName: "ceiling")   // .up
    public init?(scenarioName: String) {
        switch scenarioName {
        case "half_even": self = .halfEven
        case "half_up": self = .halfUp
        case "toward_zero": self = .towardZero
        case "down", "floor": self = .down
        case "up", "ceiling": self = .up
        default: return nil
        }
    }

    /// Every spelling the scenario language reads, the aliases last: the one list that a rule
    /// written in `round(...)`, `uplift(...)` or a table's `shown to` is checked against.
    public static let scenarioNames: [String] = allCases.map(\.scenarioName) + ["floor", "ceiling"]

    /// The spelling the scenario language uses for this rule.
    ///
    /// The aliases `floor` and `ceiling` are read but never written.
    ///
    ///     RoundingRule.towardZero.scenarioName   // "toward_zero"
    public var scenarioName: String {
        switch self {
        case .halfEven: "half_even"
        case .halfUp: "half_up"
        case .towardZero: "toward_zero"
        case .down: "down"
        case .up: "up"
        }
    }

    /// The exact quotient `numerator / denominator` rounded to an integer under this rule.
    ///
    /// Works on the true quotient, not on a truncated one, so ties are recognised exactly.
    ///
    ///     RoundingRule.halfUp.divide(-7, by: 2)     // -4  (-3.5, tie away from zero)
    ///     RoundingRule.halfEven.divide(-7, by: 2)   // -4  (-3.5, tie to even)
    ///     RoundingRule.up.divide(7, by: -2)         // -3  (-3.5, ceiling)
    ///
    /// - Precondition: `denominator != 0`, and the quotient fits (only `Int128.min / -1` does
    ///   not). `Exact` only divides by positive denominators, so it never meets either limit.
    public func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(denominator != 0, "RoundingRule.divide: division by zero")
        if denominator == 1 { return numerator }
        // Nearly every quotient (pence, steps, rates) fits 64 bits, where division is one
        // instruction instead of a 128-bit library call; Int64.min is left to the wide path.
        if let narrowNumerator = Int64(exactly: numerator), narrowNumerator != .min,
           let narrowDenominator = Int64(exactly: denominator) {
            return Int128(divide(narrowNumerator, by: narrowDenominator))
        }
        if denominator == -1 {
            precondition(numerator != .min, "RoundingRule.divide: Int128.min / -1 does not fit")
            return -numerator
        }
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        let step = magnitudeStep(
            negative: (numerator < 0) != (denominator < 0),
            remainder: remainder.magnitude, divisor: denominator.magnitude,
            truncatedIsOdd: quotient & 1 != 0)
        // |quotient| <= 2^126 here, so one more step cannot overflow.
        if !step { return quotient }
        return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1
    }

    /// `divide(_:by:)` in 64 bits, with identical results.
    ///
    /// - Precondition: `denominator != 0` and `numerator != Int64.min`, so the quotient fits.
    func divide(_ numerator: Int64, by denominator: Int64) -> Int64 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        if remainder == 0 { return quotient }
        let negative = (numerator < 0) != (denominator < 0)
        let step = magnitudeStep(
            negative: negative, remainder: UInt128(remainder.magnitude), divisor: UInt128(denominator.magnitude),
            truncatedIsOdd: quotient & 1 != 0)
        // A non-zero remainder means |denominator| >= 2, so |quotient| < 2^62 and one more step fits.
        if !step { return quotient }
        return negative ? quotient - 1 : quotient + 1
    }

    /// Whether a truncated quotient's magnitude moves one step away from zero under this rule.
    ///
    /// `remainder / divisor` is the dropped fraction of the magnitude, `0 <= remainder < divisor`.
    /// Shared by integer division and decimal formatting so both round identically.
    func magnitudeStep(negative: Bool, remainder: UInt128, divisor: UInt128, truncatedIsOdd: Bool) -> Bool {
        if remainder == 0 { return false }
        switch self {
        case .towardZero: return false
        case .down: return negative
        case .up: return !negative
        case .halfUp, .halfEven:
            // remainder < divisor <= 2^128 - 1, so compare remainder with divisor - remainder
            // instead of doubling it, which could overflow.
            let rest = divisor - remainder
            if remainder != rest { return remainder > rest }
            return self == .halfUp || truncatedIsOdd
        }
    }
}
