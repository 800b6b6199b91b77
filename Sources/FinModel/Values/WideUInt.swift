/// An unsigned integer of any size, for exact results whose intermediates outgrow 128 bits.
///
/// Compounding exactly for many years multiplies the growth factor's numerator and denominator
/// by themselves year after year: 2% is 51/50, and 50^23 no longer fits `Int128` even though the
/// uplifted amount is a few hundred thousand pounds. A total of eight yearly shares with eight
/// different denominators needs 136 bits. This type holds such intermediates so the final,
/// modest result can still be found exactly. It is deliberately small: add, subtract, multiply,
/// compare, shift, a division whose quotient must fit 128 bits, a division by a 128-bit number,
/// and a greatest common divisor (`WideUInt+Division.swift`).
///
///     let big = WideUInt(50).power(30) * WideUInt(175_860)
///     big.quotient(dividingBy: WideUInt(50).power(30))   // (175_860, remainder 0)
struct WideUInt: Comparable, Sendable {
    /// Base-2^32 digits, least significant first, with no zero digits at the top; zero is empty.
    private(set) var limbs: [UInt32]

    /// The value of a 128-bit magnitude.
    init(_ value: UInt128) {
        limbs = []
        var rest = value
        while rest != 0 {
            limbs.append(UInt32(truncatingIfNeeded: rest))
            rest = rest &>> 32
        }
    }

    init(limbs: [UInt32]) {
        self.limbs = limbs
        trim()
    }

    /// Drops zero digits at the top so each value has one representation.
    private mutating func trim() {
        while limbs.last == 0 { limbs.removeLast() }
    }

    /// The number of significant bits: 0 for zero.
    var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 32 - top.leadingZeroBitCount
    }

    /// Whether bit `index` (0 = least significant) is set.
    func bit(_ index: Int) -> Bool {
        let limb = index / 32
        return limb < limbs.count && (limbs[limb] >> UInt32(index % 32)) & 1 != 0
    }

    /// The product, by schoolbook multiplication; each digit product fits 64 bits with its carry.
    static func * (lhs: WideUInt, rhs: WideUInt) -> WideUInt {
        if lhs.limbs.isEmpty || rhs.limbs.isEmpty { return WideUInt(0) }
        var result = [UInt32](repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
        for (i, left) in lhs.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, right) in rhs.limbs.enumerated() {
                // (2^32 - 1)^2 + 2 × (2^32 - 1) = 2^64 - 1: no overflow.
                let sum = UInt64(left) * UInt64(right) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: sum)
                carry = sum >> 32
            }
            result[i + rhs.limbs.count] = UInt32(carry)
        }
        return WideUInt(limbs: result)
    }

    /// `self` raised to `exponent` by repeated squaring.
    func power(_ exponent: Int) -> WideUInt {
        var result = WideUInt(1), square = self, exponent = exponent
        while exponent > 0 {
            if exponent & 1 != 0 { result = result * square }
            exponent >>= 1
            if exponent > 0 { square = square * square }
        }
        return result
    }

    static func < (lhs: WideUInt, rhs: WideUInt) -> Bool {
        if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
        for index in lhs.limbs.indices.reversed() where lhs.limbs[index] != rhs.limbs[index] {
            return lhs.limbs[index] < rhs.limbs[index]
        }
        return false
    }

    /// Subtracts a value no larger than `self`.
    mutating func subtract(_ other: WideUInt) {
        var borrow: Int64 = 0
        for index in limbs.indices {
            var difference = Int64(limbs[index]) - borrow - Int64(index < other.limbs.count ? other.limbs[index] : 0)
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 1 << 32 }
            limbs[index] = UInt32(difference)
        }
        trim()
    }

    /// Doubles the value and adds `bit`.
    private mutating func shiftLeftOne(adding bit: Bool) {
        var carry: UInt32 = bit ? 1 : 0
        for index in limbs.indices {
            let top = limbs[index] >> 31
            limbs[index] = limbs[index] << 1 | carry
            carry = top
        }
        if carry != 0 { limbs.append(carry) }
    }

    /// The floor quotient and remainder; nil when the quotient does not fit 128 bits.
    /// `divisor` must not be zero.
    ///
    /// A quotient of 128 bits needs only the top bits of each operand to be found to within
    /// one: with both shifted right until the divisor keeps 192 bits, dividing the shortened
    /// numerator by the shortened divisor plus one gives an estimate at most the quotient and
    /// at most 1 below it, which one exact multiplication and subtraction settle. The work is
    /// a few passes over the digits, where long division took one pass per bit: with operands
    /// of 300,000 bits, 10,000 times faster.
    func quotient(dividingBy divisor: WideUInt) -> (quotient: UInt128, remainder: WideUInt)? {
        precondition(!divisor.limbs.isEmpty, "WideUInt division by zero")
        if self < divisor { return (0, self) }
        // self ≥ 2^(bitWidth − 1) ≥ divisor × 2^128 when the widths differ by more than 128.
        guard bitWidth - divisor.bitWidth <= 128 else { return nil }
        let shift = divisor.bitWidth - 192
        if shift <= 0 { return longQuotient(dividingBy: divisor) }
        // n ÷ (d + 1) ≤ self ÷ divisor < (n + 1) ÷ d, and the two bounds differ by less than one
        // since n ÷ d < 2^130 and d ≥ 2^191.
        guard let (estimate, _) = self.shiftedRight(by: shift)
            .longQuotient(dividingBy: divisor.shiftedRight(by: shift) + WideUInt(1)) else { return nil }
        var quotient = estimate
        var remainder = self
        remainder.subtract(WideUInt(quotient) * divisor)
        while !(remainder < divisor) {
            remainder.subtract(divisor)
            let (next, overflow) = quotient.addingReportingOverflow(1)
            if overflow { return nil }
            quotient = next
        }
        return (quotient, remainder)
    }

    /// The floor quotient and remainder by binary long division, one pass per bit: for small
    /// operands. nil when the quotient does not fit 128 bits.
    private func longQuotient(dividingBy divisor: WideUInt) -> (quotient: UInt128, remainder: WideUInt)? {
        var quotient: UInt128 = 0
        var remainder = WideUInt(0)
        for index in stride(from: bitWidth - 1, through: 0, by: -1) {
            remainder.shiftLeftOne(adding: bit(index))
            if !(remainder < divisor) {
                if index >= 128 { return nil }
                remainder.subtract(divisor)
                quotient |= 1 &<< UInt128(index)
            }
        }
        return (quotient, remainder)
    }

    /// The value divided by 2^`count`, rounded down.
    func shiftedRight(by count: Int) -> WideUInt {
        let whole = count / 32
        let bits = UInt32(count % 32)
        guard whole < limbs.count else { return WideUInt(0) }
        var result = [UInt32](repeating: 0, count: limbs.count - whole)
        for index in result.indices {
            let low = limbs[index + whole] >> bits
            let high = bits == 0 || index + whole + 1 >= limbs.count ? 0 : limbs[index + whole + 1] << (32 - bits)
            result[index] = low | high
        }
        return WideUInt(limbs: result)
    }

    /// The value times 2^`count`.
    func shiftedLeft(by count: Int) -> WideUInt {
        guard !limbs.isEmpty, count > 0 else { return self }
        let whole = count / 32
        let bits = UInt32(count % 32)
        var result = [UInt32](repeating: 0, count: limbs.count + whole + 1)
        for (index, limb) in limbs.enumerated() {
            result[index + whole] |= limb << bits
            if bits != 0 { result[index + whole + 1] = limb >> (32 - bits) }
        }
        return WideUInt(limbs: result)
    }

    /// Whether any of the lowest `count` bits is set: whether shifting right by `count` loses
    /// something.
    func hasBits(below count: Int) -> Bool {
        let whole = min(count / 32, limbs.count)
        if limbs[..<whole].contains(where: { $0 != 0 }) { return true }
        guard whole < limbs.count, count % 32 != 0 else { return false }
        return limbs[whole] & ((1 << UInt32(count % 32)) - 1) != 0
    }

    /// The sum.
    static func + (lhs: WideUInt, rhs: WideUInt) -> WideUInt {
        var result = [UInt32](repeating: 0, count: max(lhs.limbs.count, rhs.limbs.count) + 1)
        var carry: UInt64 = 0
        for index in result.indices {
            let sum = UInt64(index < lhs.limbs.count ? lhs.limbs[index] : 0)
                + UInt64(index < rhs.limbs.count ? rhs.limbs[index] : 0) + carry
            result[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        return WideUInt(limbs: result)
    }

    /// Where `remainder / divisor` lies against one half, as a small fraction in the same place,
    /// for `RoundingRule.magnitudeStep`: 0, 1/4 (below), 1/2 (tie) or 3/4 (above).
    static func fractionClass(remainder: WideUInt, divisor: WideUInt) -> (remainder: UInt128, divisor: UInt128) {
        if remainder.limbs.isEmpty { return (0, 2) }
        var doubled = remainder
        doubled.shiftLeftOne(adding: false)
        return doubled < divisor ? (1, 4) : divisor < doubled ? (3, 4) : (1, 2)
    }
}
