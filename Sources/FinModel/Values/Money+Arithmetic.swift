/// Money arithmetic in whole pence: exact, and overflow throws instead of trapping.
///
///     let pay = try Money.pounds(175_860)
///     try pay.adding(Money.pounds(5_000))          // £180,860.00
///     try Money.sum([pay, Money.pounds(5_000)])    // £180,860.00
extension Money {
    /// The sum of two amounts.
    ///
    /// - Throws: `.overflow` when the total does not fit `Int64` pence.
    public func adding(_ other: Money) throws(ArithmeticError) -> Money {
        let (total, overflow) = pence.addingReportingOverflow(other.pence)
        if overflow { throw .overflow }
        return Money(pence: total)
    }

    /// The difference `self - other`.
    ///
    /// - Throws: `.overflow` when the difference does not fit `Int64` pence.
    public func subtracting(_ other: Money) throws(ArithmeticError) -> Money {
        let (difference, overflow) = pence.subtractingReportingOverflow(other.pence)
        if overflow { throw .overflow }
        return Money(pence: difference)
    }

    /// The amount with its sign flipped.
    ///
    /// - Throws: `.overflow` for `Int64.min` pence, whose negation does not fit.
    public func negated() throws(ArithmeticError) -> Money {
        guard pence != .min else { throw .overflow }
        return Money(pence: -pence)
    }

    /// The amount multiplied by a whole count, through a 128-bit intermediate.
    ///
    ///     try Money.pounds(58_620).multiplied(by: 3)   // £175,860.00
    ///
    /// - Throws: `.overflow` when the product does not fit `Int64` pence.
    public func multiplied(by count: Int64) throws(ArithmeticError) -> Money {
        // |pence × count| < 2^126: the 128-bit product cannot overflow.
        guard let product = Int64(exactly: Int128(pence) * Int128(count)) else { throw .overflow }
        return Money(pence: product)
    }

    /// The total of a sequence of amounts; zero when it is empty.
    ///
    /// Accumulates in 128 bits, so only a total that itself does not fit throws, whatever the
    /// order of the parts.
    ///
    ///     try Money.sum([Money(pence: .max), Money(pence: 1), Money(pence: -1)])   // Money(pence: .max)
    ///
    /// - Throws: `.overflow` when the total does not fit `Int64` pence.
    public static func sum<S: Sequence>(_ values: S) throws(ArithmeticError) -> Money where S.Element == Money {
        var total: Int128 = 0
        // Fewer than 2^63 parts of at most 2^63 each: the running total fits 128 bits.
        for value in values { total += Int128(value.pence) }
        guard let pence = Int64(exactly: total) else { throw .overflow }
        return Money(pence: pence)
    }

    /// The amount rounded to a whole multiple of `step` under `rule`, e.g. to the pound.
    ///
    /// | amount     | step | halfEven | halfUp   | towardZero | down     | up       |
    /// |------------|------|----------|----------|------------|----------|----------|
    /// |  £182,964.50 | £1 |  182,964 |  182,965 |  182,964   |  182,964 |  182,965 |
    /// |  £184,377.20 | £1 |  184,377 |  184,377 |  184,377   |  184,377 |  184,378 |
    /// | -£2,083.50   | £1 | -2,084   | -2,084   | -2,083     | -2,084   | -2,083   |
    ///
    ///     try Money(pence: 18_437_720).rounded(.halfUp, to: Money(pence: 100))   // £184,377.00
    ///
    /// A negative step means the same multiples as its magnitude.
    ///
    /// - Throws: `.divisionByZero` for a zero step; `.overflow` when the multiple does not fit.
    public func rounded(_ rule: RoundingRule, to step: Money) throws(ArithmeticError) -> Money {
        guard step.pence != 0 else { throw .divisionByZero }
        let unit = Int128(step.pence.magnitude)
        // |multiple × unit| <= |pence| + unit < 2^65: the 128-bit product cannot overflow.
        let multiple = rule.divide(Int128(pence), by: unit)
        guard let rounded = Int64(exactly: multiple * unit) else { throw .overflow }
        return Money(pence: rounded)
    }
}
