/// A positive number `mantissa × 2^exponent` whose mantissa keeps a fixed number of bits:
/// a bound, rounded down or up, on a product too long to carry exactly.
///
/// An exact power such as 1.000000000001^8,000 has numerator and denominator of 320,000 bits,
/// though the value is near 1. Rounding a compound to the penny rarely needs them: a lower and
/// an upper bound, each correct to about 250 bits, almost always round to the same penny, and
/// then that penny is the exact answer (rounding never goes down as its value goes up). Every
/// operation here rounds in a stated direction, so a bound stays a bound.
///
///     let low = ScaledWide.power(3, 5, roundingUp: false)   // exactly 243 (it fits)
///     low.mantissa, low.exponent                             // 243, 0
struct ScaledWide {
    /// The bits each mantissa keeps: each rounding is then within 2^−255 of the value, so even
    /// 20,000 of them (a bound carried year by year over 9,000 years, for a numerator and a
    /// denominator) leave a quotient below 2^128 within 2^−100 of the exact one.
    static let precision = 256

    var mantissa: WideUInt
    var exponent: Int

    /// The integer `value` exactly.
    init(_ value: WideUInt) {
        mantissa = value
        exponent = 0
    }

    private init(mantissa: WideUInt, exponent: Int) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// `mantissa × 2^exponent` cut to `precision` bits, rounded down or up.
    private static func truncated(_ mantissa: WideUInt, exponent: Int, roundingUp: Bool, precision: Int) -> ScaledWide {
        let extra = mantissa.bitWidth - precision
        guard extra > 0 else { return ScaledWide(mantissa: mantissa, exponent: exponent) }
        var kept = mantissa.shiftedRight(by: extra)
        // Rounding up may carry into a new top bit; the value is still a bound, one bit longer.
        if roundingUp, mantissa.hasBits(below: extra) { kept = kept + WideUInt(1) }
        return ScaledWide(mantissa: kept, exponent: exponent + extra)
    }

    /// The product, rounded down or up to `precision` bits.
    static func product(_ a: ScaledWide, _ b: ScaledWide, roundingUp: Bool, precision: Int = ScaledWide.precision) -> ScaledWide {
        truncated(a.mantissa * b.mantissa, exponent: a.exponent + b.exponent, roundingUp: roundingUp, precision: precision)
    }

    /// `base^exponent`, by repeated squaring, every product rounded down or up: a lower or an
    /// upper bound on the exact power, within about 2 × log2(exponent) roundings of it.
    static func power(_ base: UInt128, _ exponent: Int, roundingUp: Bool, precision: Int = ScaledWide.precision) -> ScaledWide {
        var result = ScaledWide(WideUInt(1)), square = ScaledWide(WideUInt(base)), exponent = exponent
        while exponent > 0 {
            if exponent & 1 != 0 { result = product(result, square, roundingUp: roundingUp, precision: precision) }
            exponent >>= 1
            if exponent > 0 { square = product(square, square, roundingUp: roundingUp, precision: precision) }
        }
        return result
    }

    /// `numerator ÷ denominator` as a fraction of two integers: the exponents become a shift of
    /// one or the other.
    static func ratio(_ numerator: ScaledWide, _ denominator: ScaledWide) -> (numerator: WideUInt, denominator: WideUInt) {
        let shift = numerator.exponent - denominator.exponent
        return shift >= 0
            ? (numerator.mantissa.shiftedLeft(by: shift), denominator.mantissa)
            : (numerator.mantissa, denominator.mantissa.shiftedLeft(by: -shift))
    }
}
