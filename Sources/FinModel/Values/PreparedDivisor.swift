/// A positive divisor prepared once so that dividing many numerators by it needs a multiplication
/// instead of a hardware division: a growth factor's denominator, applied year after year.
///
/// Granlund and Montgomery, "Division by invariant integers using multiplication" (PLDI 1994),
/// figure 4.1: with ℓ = ⌈log₂ d⌉ and m = ⌊2⁶⁴ (2^ℓ − d) / d⌋ + 1, for every 64-bit n
///
///     t = ⌊m n / 2⁶⁴⌋,  ⌊n / d⌋ = (t + ⌊(n − t) / 2⌋) >> (ℓ − 1)
///
/// exactly, with no rounding anywhere: the quotient is the true floor, and the remainder follows
/// as n − q d. Preparing costs one division; each use costs a multiply-high, a few additions and
/// shifts, several times cheaper than a 64-bit `div`.
///
///     let fifty = PreparedDivisor(50)!
///     fifty.quotientAndRemainder(896_886_000)   // (17_937_720, 0)
struct PreparedDivisor: Sendable {
    let divisor: UInt64
    private let multiplier: UInt64
    private let shift: UInt64

    /// Prepares `divisor`; nil unless 1 <= divisor <= 2^63.
    init?(_ divisor: UInt64) {
        guard divisor >= 1, divisor <= 1 << 63 else { return nil }
        self.divisor = divisor
        if divisor == 1 {
            (multiplier, shift) = (0, 0)
            return
        }
        let log = UInt64(64 - (divisor - 1).leadingZeroBitCount)  // ⌈log₂ d⌉, 1...63
        // 2^ℓ − d < d, so the 128-by-64-bit quotient fits 64 bits.
        let (quotient, _) = divisor.dividingFullWidth((high: (1 << log) &- divisor, low: 0))
        multiplier = quotient &+ 1
        shift = log - 1
    }

    /// ⌊n / d⌋ and n mod d, exactly.
    @inline(__always)
    func quotientAndRemainder(_ numerator: UInt64) -> (quotient: UInt64, remainder: UInt64) {
        if divisor == 1 { return (numerator, 0) }
        let high = multiplier.multipliedFullWidth(by: numerator).high
        let quotient = (high &+ ((numerator &- high) &>> 1)) &>> shift  // shift < 63
        return (quotient, numerator &- quotient &* divisor)
    }
}

extension RoundingRule {
    /// `divide(_:by:)` for a prepared positive divisor: the same results, without a division.
    ///
    /// - Precondition: `numerator != Int64.min`.
    @inline(__always)
    func divide(_ numerator: Int64, by divisor: PreparedDivisor) -> Int64 {
        let negative = numerator < 0
        let (quotient, remainder) = divisor.quotientAndRemainder(numerator.magnitude)
        // |numerator| < 2^63, so the truncated quotient and one more step fit.
        var magnitude = quotient
        if remainder != 0 && magnitudeStep(
            negative: negative, remainder: UInt128(remainder), divisor: UInt128(divisor.divisor), truncatedIsOdd: quotient & 1 != 0) {
            magnitude += 1
        }
        return negative ? -Int64(magnitude) : Int64(magnitude)
    }
}
