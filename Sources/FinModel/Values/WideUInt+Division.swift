/// Division by a 128-bit number and the greatest common divisor, for exact totals in wide
/// integers (`WideSum`).
extension WideUInt {
    /// Whether the value is zero.
    var isZero: Bool { limbs.isEmpty }

    /// The value, when it fits 128 bits.
    var narrow: UInt128? {
        guard limbs.count <= 4 else { return nil }
        var value: UInt128 = 0
        for limb in limbs.reversed() { value = value << 32 | UInt128(limb) }
        return value
    }

    /// The difference; `rhs` must be no larger than `lhs`.
    static func - (lhs: WideUInt, rhs: WideUInt) -> WideUInt {
        var result = lhs
        result.subtract(rhs)
        return result
    }

    /// The floor quotient, of any size, and the remainder by a divisor of at most 128 bits.
    ///
    /// A divisor of 64 bits (every denominator of money and of list sizes) takes one step per
    /// 32-bit digit, as the remainder times 2^32 plus a digit fits 128 bits; a wider one takes
    /// one step per bit.
    ///
    ///     WideUInt(1_000_003).quotientAndRemainder(dividingBy: 10)   // (100,000, 3)
    func quotientAndRemainder(dividingBy divisor: UInt128) -> (quotient: WideUInt, remainder: UInt128) {
        precondition(divisor != 0, "WideUInt division by zero")
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder: UInt128 = 0
        if divisor <= UInt128(UInt64.max) {
            for index in limbs.indices.reversed() {
                // remainder < divisor < 2^64, so this is below 2^96.
                let current = remainder << 32 | UInt128(limbs[index])
                quotient[index] = UInt32(truncatingIfNeeded: current / divisor)
                remainder = current % divisor
            }
        } else {
            for index in stride(from: bitWidth - 1, through: 0, by: -1) {
                // remainder < divisor < 2^128: doubling may carry out of 128 bits, and then the
                // doubled remainder is certainly at least the divisor.
                let carry = remainder >> 127 != 0
                remainder = remainder << 1 | (bit(index) ? 1 : 0)
                if carry || remainder >= divisor {
                    remainder = remainder &- divisor
                    quotient[index / 32] |= 1 << UInt32(index % 32)
                }
            }
        }
        return (WideUInt(limbs: quotient), remainder)
    }

    /// The number of zero bits below the lowest set bit; 0 for zero.
    var trailingZeroBitCount: Int {
        guard let index = limbs.firstIndex(where: { $0 != 0 }) else { return 0 }
        return index * 32 + limbs[index].trailingZeroBitCount
    }

    /// The greatest common divisor, by Stein's binary algorithm: shifts and subtractions only.
    ///
    ///     WideUInt.gcd(WideUInt(84), WideUInt(36))   // 12
    static func gcd(_ a: WideUInt, _ b: WideUInt) -> WideUInt {
        if a.isZero { return b }
        if b.isZero { return a }
        let shift = min(a.trailingZeroBitCount, b.trailingZeroBitCount)
        var a = a.shiftedRight(by: a.trailingZeroBitCount)
        var b = b
        // a is odd from here on; the factor 2^shift common to both is restored at the end.
        while !b.isZero {
            b = b.shiftedRight(by: b.trailingZeroBitCount)
            if b < a { swap(&a, &b) }
            b.subtract(a)
        }
        return a.shiftedLeft(by: shift)
    }
}
