/// A running total of exact values, added over a common denominator and reduced once at the end.
///
/// `Exact.adding` reduces after every addition, which costs two gcds each time. A total of many
/// amounts (a line summed over thousands of practices) nearly always keeps one small common
/// denominator (amounts in pence share 100), so this adds numerators scaled to the least common
/// denominator seen so far and reduces once, when the total is read. The total is the same exact
/// value either way.
///
///     var total = ExactSum()
///     try total.add(Exact(parsingDecimal: "0.10"))   // 1/10
///     try total.add(Exact(parsingDecimal: "0.25"))   // 1/4: denominator 20 from here
///     total.value                                    // 7/20
///
/// - Important: If a scaled numerator would not fit 128 bits, the total carries on reducing after
///   every addition, as `Exact.adding` does, so it holds every total that a chain of `adding`
///   would hold; it never rounds.
struct ExactSum {
    /// The total so far is `numerator / denominator`, not necessarily in lowest terms.
    private var numerator: Int128 = 0
    private var denominator: Int128 = 1
    /// The last denominator added and what scales it to `denominator`: totals of money meet the
    /// same few denominators over and over.
    private var lastDenominator: Int128 = 1
    private var lastScale: Int128 = 1
    /// Set once scaling would overflow; from then on the total is kept reduced.
    private var reduced: Exact?

    /// Adds `value` to the total.
    ///
    /// - Throws: `.overflow` only when reducing after every addition would also overflow.
    mutating func add(_ value: Exact) throws(ArithmeticError) {
        if let reduced {
            self.reduced = try reduced.adding(value)
            return
        }
        if value.denominator == lastDenominator {
            let (scaled, o1) = value.numerator.multipliedReportingOverflow(by: lastScale)
            let (sum, o2) = numerator.addingReportingOverflow(scaled)
            if !o1 && !o2 {
                numerator = sum
                return
            }
        } else if widen(to: value.denominator) {
            return try add(value)
        }
        // Scaling overflowed: carry on from the exact total so far, reducing as `adding` does.
        reduced = try self.value.adding(value)
    }

    /// Makes `denominator` a multiple of `other` (their least common multiple) and remembers the
    /// scale for `other`; false when that does not fit.
    private mutating func widen(to other: Int128) -> Bool {
        // Usually the total's denominator is already a multiple (100 against 20): one division.
        if denominator.magnitude <= UInt128(UInt64.max) && other.magnitude <= UInt128(UInt64.max) {
            let (scale, remainder) = UInt64(truncatingIfNeeded: denominator).quotientAndRemainder(dividingBy: UInt64(truncatingIfNeeded: other))
            if remainder == 0 {
                (lastDenominator, lastScale) = (other, Int128(scale))
                return true
            }
        }
        // Denominators are positive; a gcd divides both exactly.
        let common = Int128(Exact.gcd(denominator.magnitude, other.magnitude))
        let growth = Int128(other.magnitude.dividedExactly(by: UInt128(common)))
        let (newDenominator, o1) = denominator.multipliedReportingOverflow(by: growth)
        let (newNumerator, o2) = numerator.multipliedReportingOverflow(by: growth)
        if o1 || o2 { return false }
        (numerator, denominator) = (newNumerator, newDenominator)
        lastDenominator = other
        lastScale = Int128(newDenominator.magnitude.dividedExactly(by: other.magnitude))
        return true
    }

    /// The total, in lowest terms.
    var value: Exact {
        reduced ?? Exact(numerator, over: denominator)
    }
}
