/// An exact rational number: the numeric type scenarios compute with.
///
/// A value is held as `numerator / denominator` in lowest terms with a positive denominator, so
/// two equal values are always stored identically and `==` and hashing are structural. Every
/// operation that could overflow `Int128` throws `ArithmeticError.overflow` instead of trapping
/// or approximating.
///
///     let third = try Exact(numerator: 2, denominator: 6)   // 1/3
///     try third.multiplied(by: Exact(3))                    // 1
///     try Exact(parsingDecimal: "1.02").power(3)            // 1.061208
///
/// - Important: There is no floating point anywhere in an `Exact`. A value such as 1/3 stays
///   1/3 until a named `RoundingRule` turns it into a multiple of some step, for example a penny.
public struct Exact: Sendable, Hashable {
    /// The numerator, sharing no factor with `denominator`.
    public let numerator: Int128
    /// The denominator, always greater than zero.
    public let denominator: Int128

    /// Zero, stored as 0/1.
    public static let zero = Exact(0 as Int128)
    /// One, stored as 1/1.
    public static let one = Exact(1 as Int128)

    /// The whole number `integer`.
    public init(_ integer: Int64) {
        self.init(Int128(integer))
    }

    /// The whole number `integer`.
    public init(_ integer: Int128) {
        numerator = integer
        denominator = 1
    }

    /// Stores a pair already known to be in lowest terms with a positive denominator.
    init(reduced numerator: Int128, _ denominator: Int128) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The fraction `numerator / denominator`, reduced to lowest terms with a positive denominator.
    ///
    ///     try Exact(numerator: 6, denominator: -4)   // -3/2
    ///
    /// - Throws: `.divisionByZero` when `denominator` is zero; `.overflow` when normalising the
    ///   sign would need `-Int128.min`, as in `1 / Int128.min`.
    public init(numerator: Int128, denominator: Int128) throws(ArithmeticError) {
        guard denominator != 0 else { throw .divisionByZero }
        if denominator == 1 {
            self.init(reduced: numerator, 1)
            return
        }
        try self.init(
            numeratorMagnitude: numerator.magnitude, denominatorMagnitude: denominator.magnitude,
            negative: (numerator < 0) != (denominator < 0))
    }

    /// The fraction `numerator / denominator` reduced, for a denominator known to be positive.
    ///
    /// Reducing by a positive gcd can neither divide by zero nor overflow, so this cannot fail.
    init(_ numerator: Int128, over denominator: Int128) {
        precondition(denominator > 0, "Exact(_:over:) needs a positive denominator")
        if denominator == 1 {
            self.init(reduced: numerator, 1)
            return
        }
        let divisor = Exact.gcd(numerator.magnitude, denominator.magnitude)
        if divisor == 1 {
            self.init(reduced: numerator, denominator)
            return
        }
        // The divisor divides both exactly; the numerator keeps its sign.
        let magnitude = numerator.magnitude.dividedExactly(by: divisor)
        self.init(reduced: numerator < 0 ? -Int128(magnitude) : Int128(magnitude),
                  Int128(denominator.magnitude.dividedExactly(by: divisor)))
    }

    /// The fraction `±n / d` from magnitudes, reduced. `d` must not be zero.
    init(numeratorMagnitude n: UInt128, denominatorMagnitude d: UInt128, negative: Bool) throws(ArithmeticError) {
        let divisor = Exact.gcd(n, d)
        let n = n.dividedExactly(by: divisor), d = d.dividedExactly(by: divisor)
        guard let denominator = Int128(exactly: d) else { throw .overflow }
        self.numerator = try Int128(magnitude: n, negative: negative)
        self.denominator = denominator
    }

    /// True when the value is a whole number.
    public var isInteger: Bool { denominator == 1 }

    /// -1, 0 or 1 as the value is negative, zero or positive.
    public var signum: Int { Int(numerator.signum()) }

    /// The value rounded to a whole number under `rule`; never overflows.
    ///
    ///     try Exact(numerator: 5, denominator: 2).roundedToInteger(.halfEven)   // 2
    ///     try Exact(numerator: -5, denominator: 2).roundedToInteger(.halfUp)    // -3
    public func roundedToInteger(_ rule: RoundingRule) -> Int128 {
        rule.divide(numerator, by: denominator)
    }

    /// The value rounded to a whole multiple of `step` under `rule`.
    ///
    /// The value is divided by the step exactly, that quotient is rounded to an integer, and the
    /// integer is multiplied back, so ties are judged on the exact value. A negative step means
    /// the same multiples as its magnitude.
    ///
    ///     let x = try Exact(parsingDecimal: "182964.745")
    ///     try x.rounded(.halfUp, toMultipleOf: Exact(numerator: 1, denominator: 100))
    ///                                                          // 182964.75
    ///     try x.rounded(.halfEven, toMultipleOf: Exact(numerator: 1, denominator: 100))
    ///                                                          // 182964.74
    ///     try Exact(parsingDecimal: "1.05").rounded(.halfUp, toMultipleOf: Exact(numerator: 1, denominator: 10))
    ///                                                          // 1.1
    ///
    /// | value  | step | halfEven | halfUp | towardZero | down  | up    |
    /// |--------|------|----------|--------|------------|-------|-------|
    /// |  0.125 | 0.01 |  0.12    |  0.13  |  0.12      |  0.12 |  0.13 |
    /// | -0.125 | 0.01 | -0.12    | -0.13  | -0.12      | -0.13 | -0.12 |
    /// |  1,250 | 100  |  1,200   |  1,300 |  1,200     | 1,200 | 1,300 |
    ///
    /// - Throws: `.divisionByZero` for a zero step; `.overflow` when the multiple does not fit.
    public func rounded(_ rule: RoundingRule, toMultipleOf step: Exact) throws(ArithmeticError) -> Exact {
        guard step.numerator != 0 else { throw .divisionByZero }
        let step = step.signum < 0 ? try step.negated() : step
        if step == .one { return Exact(roundedToInteger(rule)) }
        let multiple = try divided(by: step).roundedToInteger(rule)
        return try Exact(multiple).multiplied(by: step)
    }

    /// The greatest common divisor of two magnitudes, by Stein's binary algorithm.
    ///
    /// gcd(0, x) == x. Binary gcd needs no 128-bit division, which is slow in software, and
    /// values that fit 64 bits (nearly all money and rates) take the 64-bit path.
    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        if a == 1 || b == 1 { return 1 }
        if a == 0 { return b }
        if b == 0 { return a }
        if a <= UInt128(UInt64.max) && b <= UInt128(UInt64.max) {
            var a = UInt64(truncatingIfNeeded: a), b = UInt64(truncatingIfNeeded: b)
            // A numerator of pence against a denominator of 100 would take the binary loop dozens
            // of steps; one remainder brings the larger down to the smaller's size first
            // (gcd(a, b) = gcd(a mod b, b)), after which a few steps finish.
            if a > b { a %= b } else { b %= a }
            if a == 0 { return UInt128(b) }
            if b == 0 { return UInt128(a) }
            return UInt128(binaryGCD(a, b))
        }
        // One wide, one narrow: the same first step leaves two 64-bit values.
        if a <= UInt128(UInt64.max) { return gcd(a, b % a) }
        if b <= UInt128(UInt64.max) { return gcd(a % b, b) }
        return binaryGCD(a, b)
    }

    /// Stein's algorithm on two non-zero magnitudes.
    private static func binaryGCD<T: FixedWidthInteger & UnsignedInteger>(_ a: T, _ b: T) -> T {
        var a = a, b = b
        let shift = (a | b).trailingZeroBitCount
        a >>= a.trailingZeroBitCount
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a  // stays even-free in a, shrinks b; gcd unchanged
        } while b != 0
        return a << shift
    }
}

extension Exact: ExpressibleByIntegerLiteral {
    /// A whole number written as a literal, so `Exact(5)` and `let x: Exact = 5` need no type hint.
    public init(integerLiteral value: Int64) {
        self.init(value)
    }
}

extension Exact: Comparable {
    /// Orders by value exactly, without overflow even at the limits of `Int128`.
    ///
    /// Cross products decide when they fit; otherwise the fractions are compared by their
    /// continued-fraction expansions, which needs only division of the magnitudes.
    public static func < (lhs: Exact, rhs: Exact) -> Bool {
        if lhs.denominator == rhs.denominator { return lhs.numerator < rhs.numerator }
        let (left, o1) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
        let (right, o2) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
        if !o1 && !o2 { return left < right }
        if lhs.signum != rhs.signum { return lhs.signum < rhs.signum }
        let l = (lhs.numerator.magnitude, lhs.denominator.magnitude)
        let r = (rhs.numerator.magnitude, rhs.denominator.magnitude)
        // Both negative: the larger magnitude is the smaller value.
        return lhs.signum < 0 ? magnitudeLess(r.0, r.1, l.0, l.1) : magnitudeLess(l.0, l.1, r.0, r.1)
    }

    /// Whether `a/b < c/d` for non-negative fractions with positive denominators.
    ///
    /// Compares whole parts; when they tie, `a/b < c/d` exactly when the reciprocals of the
    /// fractional parts compare the other way, so the comparison recurses like Euclid's algorithm.
    private static func magnitudeLess(_ a: UInt128, _ b: UInt128, _ c: UInt128, _ d: UInt128) -> Bool {
        var (a, b, c, d) = (a, b, c, d)
        while true {
            let (q1, r1) = a.quotientAndRemainder(dividingBy: b)
            let (q2, r2) = c.quotientAndRemainder(dividingBy: d)
            if q1 != q2 { return q1 < q2 }
            if r1 == 0 || r2 == 0 { return r1 == 0 && r2 != 0 }
            (a, b, c, d) = (d, r2, b, r1)
        }
    }
}

extension UInt128 {
    /// The quotient by a divisor known to divide this exactly, such as a gcd.
    ///
    /// Most values in a model fit 64 bits, where division is one instruction; 128-bit division
    /// is a library call, and dividing by a gcd of 1 (the usual case) needs no division at all.
    @inline(__always)
    func dividedExactly(by divisor: UInt128) -> UInt128 {
        if divisor == 1 { return self }
        if self <= UInt128(UInt64.max) && divisor <= UInt128(UInt64.max) {
            return UInt128(UInt64(truncatingIfNeeded: self) / UInt64(truncatingIfNeeded: divisor))
        }
        return self / divisor
    }
}

extension Int128 {
    /// The signed value with magnitude `magnitude`, or `.overflow` when it does not fit.
    ///
    /// A magnitude of 2^127 fits only when negative, as `Int128.min`.
    init(magnitude: UInt128, negative: Bool) throws(ArithmeticError) {
        if negative {
            guard magnitude <= Int128.min.magnitude else { throw .overflow }
            self = Int128(truncatingIfNeeded: 0 &- magnitude)
        } else {
            guard let value = Int128(exactly: magnitude) else { throw .overflow }
            self = value
        }
    }
}
