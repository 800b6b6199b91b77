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
/// - Important: If a scaled numerator would not fit 128 bits, the total carries on in wide
///   integers (`WideSum`), so no total of values that each fit fails on the way. Its `exactValue`
///   is the exact total, or `.overflow` when that does not fit an `Exact`. Its `value`, for
///   display, is then the exact total rounded to odd on a grid of 10^−25 or so, which shows as
///   the exact total would, to any step of a penny or coarser and by any rule: eight yearly
///   shares with eight denominators once made a table's total "too large to hold exactly".
struct ExactSum {
    /// The total so far is `numerator / denominator`, not necessarily in lowest terms.
    private var numerator: Int128 = 0
    private var denominator: Int128 = 1
    /// The last denominator added and what scales it to `denominator`: totals of money meet the
    /// same few denominators over and over.
    private var lastDenominator: Int128 = 1
    private var lastScale: Int128 = 1
    /// Set once scaling would overflow; from then on the total is kept in wide integers.
    private var wide: WideSum?

    /// Adds `value` to the total.
    ///
    /// - Throws: `.overflow` only when the total's whole part is beyond any `Exact` (2^127).
    mutating func add(_ value: Exact) throws(ArithmeticError) {
        if wide != nil {
            wide!.add(value)
            if wide!.isBeyondExact { throw .overflow }
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
        // Scaling overflowed: carry on from the exact total so far in wide integers.
        var sum = WideSum(numerator: numerator, denominator: denominator)
        sum.add(value)
        wide = sum
        if sum.isBeyondExact { throw .overflow }
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

    /// The total for display: exact, in lowest terms, whenever it fits an `Exact` with room to
    /// be rounded (numerator and denominator below 10^30); otherwise rounded to odd on the finest
    /// decimal grid that leaves that room (`WideSum.roundedToOdd`), which any later rounding to
    /// a step of up to k − 2 decimal places treats as the exact total.
    var value: Exact {
        let exact = wide == nil ? Exact(numerator, over: denominator) : wide!.exact
        if let exact, exact.numerator.magnitude < WideSum.largestNumerator, UInt128(exact.denominator) < WideSum.largestNumerator {
            return exact
        }
        // `add` threw rather than let the whole part outgrow an Exact, so this holds it.
        return (wide ?? WideSum(numerator: numerator, denominator: denominator)).roundedToOdd!
    }

    /// The exact total in lowest terms, for figures computed further (`total(...)` in a line).
    ///
    /// - Throws: `.overflow` when the exact total does not fit an `Exact`.
    func exactValue() throws(ArithmeticError) -> Exact {
        guard let wide else { return Exact(numerator, over: denominator) }
        guard let exact = wide.exact else { throw .overflow }
        return exact
    }
}
