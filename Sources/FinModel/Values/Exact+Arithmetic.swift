/// Exact arithmetic: every result is reduced, and overflow throws rather than traps.
///
/// Each operation takes a fast path when the denominators are 1 or equal (the usual case for
/// money and whole counts) and otherwise cancels common factors before multiplying, so an
/// intermediate overflows only when the reduced result itself would come close to `Int128`.
///
///     let a = try Exact(parsingDecimal: "0.1"), b = try Exact(parsingDecimal: "0.2")
///     try a.adding(b)             // 0.3, exactly
///     try a.divided(by: b)        // 1/2
///
/// - Important: An operation may report `.overflow` when a huge intermediate does not fit even
///   though the reduced answer would; it never returns a wrong or rounded value.
extension Exact {
    /// The sum `self + other`.
    ///
    ///     try Exact(numerator: 1, denominator: 6).adding(Exact(numerator: 1, denominator: 3))   // 1/2
    public func adding(_ other: Exact) throws(ArithmeticError) -> Exact {
        try combined(with: other, subtracting: false)
    }

    /// The difference `self - other`.
    ///
    ///     try Exact(1).subtracting(Exact(numerator: 1, denominator: 3))   // 2/3
    public func subtracting(_ other: Exact) throws(ArithmeticError) -> Exact {
        try combined(with: other, subtracting: true)
    }

    /// Adds or subtracts, following Knuth (TAOCP 4.5.1): scale by the cofactors of the
    /// denominators' gcd, then cancel what the new numerator shares with that gcd.
    private func combined(with other: Exact, subtracting: Bool) throws(ArithmeticError) -> Exact {
        if denominator == other.denominator {
            let (sum, overflow) = subtracting
                ? numerator.subtractingReportingOverflow(other.numerator)
                : numerator.addingReportingOverflow(other.numerator)
            if overflow { throw .overflow }
            if denominator == 1 { return Exact(reduced: sum, 1) }
            return try Exact(numerator: sum, denominator: denominator)
        }
        let commonMagnitude = Exact.gcd(denominator.magnitude, other.denominator.magnitude)
        let common = Int128(commonMagnitude)
        // Denominators are positive, so their magnitudes are their values.
        let leftScale = Int128(other.denominator.magnitude.dividedExactly(by: commonMagnitude))
        let rightScale = Int128(denominator.magnitude.dividedExactly(by: commonMagnitude))
        let (left, o1) = numerator.multipliedReportingOverflow(by: leftScale)
        let (right, o2) = other.numerator.multipliedReportingOverflow(by: rightScale)
        let (sum, o3) = subtracting ? left.subtractingReportingOverflow(right) : left.addingReportingOverflow(right)
        if o1 || o2 || o3 { throw .overflow }
        // Any factor the sum shares with the reduced denominator divides `common`.
        let cancel = Exact.gcd(sum.magnitude, common.magnitude)
        let (newDenominator, o4) = rightScale.multipliedReportingOverflow(
            by: Int128(other.denominator.magnitude.dividedExactly(by: cancel)))
        if o4 { throw .overflow }
        // cancel divides the sum exactly, and the quotient keeps the sum's sign.
        if cancel == 1 { return Exact(reduced: sum, newDenominator) }
        let magnitude = sum.magnitude.dividedExactly(by: cancel)
        return Exact(reduced: sum < 0 ? -Int128(magnitude) : Int128(magnitude), newDenominator)
    }

    /// The product `self × other`.
    ///
    ///     try Exact(numerator: 2, denominator: 3).multiplied(by: Exact(numerator: 9, denominator: 4))   // 3/2
    public func multiplied(by other: Exact) throws(ArithmeticError) -> Exact {
        if denominator == 1 && other.denominator == 1 {
            let (product, overflow) = numerator.multipliedReportingOverflow(by: other.numerator)
            if overflow { throw .overflow }
            return Exact(reduced: product, 1)
        }
        return try Exact.product(
            numerator.magnitude, denominator.magnitude, other.numerator.magnitude, other.denominator.magnitude,
            negative: (numerator < 0) != (other.numerator < 0))
    }

    /// The quotient `self ÷ other`.
    ///
    ///     try Exact(1).divided(by: Exact(3))   // 1/3
    ///
    /// - Throws: `.divisionByZero` when `other` is zero.
    public func divided(by other: Exact) throws(ArithmeticError) -> Exact {
        guard other.numerator != 0 else { throw .divisionByZero }
        return try Exact.product(
            numerator.magnitude, denominator.magnitude, other.denominator.magnitude, other.numerator.magnitude,
            negative: (numerator < 0) != (other.numerator < 0))
    }

    /// `±(a/b) × (c/d)` from magnitudes of two reduced fractions, cross-cancelling first so the
    /// result is reduced without a further gcd.
    private static func product(
        _ a: UInt128, _ b: UInt128, _ c: UInt128, _ d: UInt128, negative: Bool
    ) throws(ArithmeticError) -> Exact {
        let g1 = gcd(a, d), g2 = gcd(c, b)
        let (n, o1) = a.dividedExactly(by: g1).multipliedReportingOverflow(by: c.dividedExactly(by: g2))
        let (m, o2) = b.dividedExactly(by: g2).multipliedReportingOverflow(by: d.dividedExactly(by: g1))
        if o1 || o2 { throw .overflow }
        guard let denominator = Int128(exactly: m) else { throw .overflow }
        return Exact(reduced: try Int128(magnitude: n, negative: negative), denominator)
    }

    /// The value with its sign flipped.
    ///
    /// - Throws: `.overflow` for a numerator of `Int128.min`, whose negation does not fit.
    public func negated() throws(ArithmeticError) -> Exact {
        guard numerator != .min else { throw .overflow }
        return Exact(reduced: -numerator, denominator)
    }

    /// The value raised to a whole power; a negative exponent gives the reciprocal's power.
    ///
    /// A reduced fraction's powers are already reduced, so only the two magnitudes are raised.
    ///
    ///     try Exact(parsingDecimal: "1.02").power(3)    // 1.061208
    ///     try Exact(2).power(-2)                        // 1/4
    ///     try Exact.zero.power(0)                       // 1
    ///
    /// - Throws: `.divisionByZero` for zero to a negative power; `.overflow` when it does not fit.
    public func power(_ exponent: Int) throws(ArithmeticError) -> Exact {
        var base = (numerator.magnitude, denominator.magnitude)
        if exponent < 0 {
            guard numerator != 0 else { throw .divisionByZero }
            base = (base.1, base.0)
        }
        let n = try Exact.power(base.0, exponent.magnitude)
        let d = try Exact.power(base.1, exponent.magnitude)
        guard let denominator = Int128(exactly: d) else { throw .overflow }
        return Exact(reduced: try Int128(magnitude: n, negative: numerator < 0 && exponent & 1 != 0), denominator)
    }

    /// `base` to the power `exponent` by repeated squaring, reporting overflow.
    private static func power(_ base: UInt128, _ exponent: UInt) throws(ArithmeticError) -> UInt128 {
        if base <= 1 { return exponent == 0 ? 1 : base }
        var result: UInt128 = 1, square = base, exponent = exponent
        while true {
            if exponent & 1 != 0 {
                let (next, overflow) = result.multipliedReportingOverflow(by: square)
                if overflow { throw .overflow }
                result = next
            }
            exponent >>= 1
            if exponent == 0 { return result }
            // A later bit will multiply this square in, so its overflow is the result's.
            let (next, overflow) = square.multipliedReportingOverflow(by: square)
            if overflow { throw .overflow }
            square = next
        }
    }
}
