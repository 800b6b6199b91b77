/// An amount of sterling held exactly as a whole number of pence.
///
/// Money is what reports show and totals check against. Calculations that need fractions of a
/// penny (rates, uplifts, shares) run in `Exact` pounds and come back to `Money` only through a
/// named `RoundingRule`, or through `init(exactPounds:)`, which refuses anything but whole pence.
///
///     let pay = try Money.pounds(58_620).multiplied(by: 3)        // £175,860.00
///     try Money(exactPounds: Exact(parsingDecimal: "1.005"))      // throws .notAWholeMultiple
///     try Money(exactPounds: Exact(parsingDecimal: "1.005"), rounding: .halfUp)   // £1.01
///
/// - Important: There is no way to make `Money` from a fraction of a penny without naming a
///   rounding rule. Arithmetic that would leave `Int64` pence throws `ArithmeticError.overflow`.
public struct Money: Sendable, Hashable {
    /// The amount in pence; negative for a deficit or a refund.
    public let pence: Int64

    /// The amount of `pence` pence.
    public init(pence: Int64) {
        self.pence = pence
    }

    /// No money: £0.00.
    public static let zero = Money(pence: 0)

    /// Whole pounds.
    ///
    ///     try Money.pounds(5_000)   // £5,000.00, 500,000 pence
    ///
    /// - Throws: `.overflow` when the pence do not fit `Int64` (beyond about £92 quadrillion).
    public static func pounds(_ pounds: Int64) throws(ArithmeticError) -> Money {
        let (pence, overflow) = pounds.multipliedReportingOverflow(by: 100)
        if overflow { throw .overflow }
        return Money(pence: pence)
    }

    /// Exact pounds that are a whole number of pence; never rounds.
    ///
    ///     try Money(exactPounds: Exact(parsingDecimal: "179377.20"))   // £179,377.20
    ///     try Money(exactPounds: Exact(numerator: 1, denominator: 3))  // throws .notAWholeMultiple
    ///
    /// - Throws: `.notAWholeMultiple` when the value has a fraction of a penny; `.overflow` when
    ///   the pence do not fit `Int64`.
    public init(exactPounds: Exact) throws(ArithmeticError) {
        let pence = try exactPounds.multiplied(by: Money.penceInAPound)
        guard pence.isInteger else { throw .notAWholeMultiple }
        guard let whole = Int64(exactly: pence.numerator) else { throw .overflow }
        self.init(pence: whole)
    }

    /// Exact pounds rounded to the penny under `rounding`.
    ///
    /// The value in pence is rounded as a whole, so ties are judged exactly:
    ///
    /// | exact pounds | halfEven | halfUp  | towardZero | down    | up      |
    /// |--------------|----------|---------|------------|---------|---------|
    /// |  1.005       |  1.00    |  1.01   |  1.00      |  1.00   |  1.01   |
    /// |  1.015       |  1.02    |  1.02   |  1.01      |  1.01   |  1.02   |
    /// | -1.005       | -1.00    | -1.01   | -1.00      | -1.01   | -1.00   |
    /// |  1/3         |  0.33    |  0.33   |  0.33      |  0.33   |  0.34   |
    ///
    ///     // 182,964.744 is 179,377.20 uplifted by 2%: the board paper shows 182,964.74.
    ///     try Money(exactPounds: Exact(parsingDecimal: "182964.744"), rounding: .halfUp)   // £182,964.74
    ///
    /// - Throws: `.overflow` when the pence do not fit `Int64`.
    public init(exactPounds: Exact, rounding: RoundingRule) throws(ArithmeticError) {
        let pence = try exactPounds.multiplied(by: Money.penceInAPound).roundedToInteger(rounding)
        guard let whole = Int64(exactly: pence) else { throw .overflow }
        self.init(pence: whole)
    }

    /// The amount in pounds, exactly: 12,345 pence is 123.45 (2469/20).
    public var exactPounds: Exact {
        Exact(Int128(pence), over: 100)
    }

    /// One hundred, as the exact ratio of pence to pounds.
    static let penceInAPound = Exact(100 as Int64)
}

extension Money: Comparable {
    /// Orders by amount: a deficit is less than zero.
    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.pence < rhs.pence
    }
}
