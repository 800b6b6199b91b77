import Testing
import TestSupport
@testable import FinModel

@Suite struct WideUIntTests {
    /// A random number of `bits` bits at most, from 32-bit digits.
    static func random(bits: Int, using g: inout SeededGenerator) -> WideUInt {
        var value = WideUInt(0)
        for _ in 0..<(bits + 31) / 32 {
            value = value.shiftedLeft(by: 32) + WideUInt(UInt128(UInt32.random(in: 0...UInt32.max, using: &g)))
        }
        return value.shiftedRight(by: (bits + 31) / 32 * 32 - bits)
    }

    @Test func quotientAndRemainderRebuildTheDividend() {
        // divisor × quotient + remainder, with remainder < divisor, divides back to the same
        // pair, whether the divisor has 20 bits (long division) or 5,000 (estimate, then fix).
        checkProperty(cases: 1_000) { g in
            let divisor = Self.random(bits: Int.random(in: 1...5_000, using: &g), using: &g) + WideUInt(1)
            let quotient = UInt128.random(in: 0...UInt128.max >> UInt128.random(in: 0...127, using: &g), using: &g)
            var remainder = Self.random(bits: divisor.bitWidth, using: &g)
            while !(remainder < divisor) { remainder = remainder.shiftedRight(by: 1) }
            let dividend = WideUInt(quotient) * divisor + remainder
            guard let (q, r) = dividend.quotient(dividingBy: divisor) else { return "nil for \(quotient)" }
            return q == quotient && !(r < remainder) && !(remainder < r) ? nil : "\(q) vs \(quotient), divisor of \(divisor.bitWidth) bits"
        }
    }

    @Test func aQuotientBeyondOneHundredAndTwentyEightBitsIsNil() {
        checkProperty(cases: 300) { g in
            let divisor = Self.random(bits: Int.random(in: 1...3_000, using: &g), using: &g) + WideUInt(1)
            let dividend = divisor.shiftedLeft(by: 128) + Self.random(bits: Int.random(in: 0...200, using: &g), using: &g)
            return dividend.quotient(dividingBy: divisor) == nil ? nil : "a quotient of 2^128 or more for a divisor of \(divisor.bitWidth) bits"
        }
    }

    @Test func shiftsAndLowBits() {
        let value = WideUInt(0b1011_0000)
        #expect(value.shiftedRight(by: 4).bitWidth == 4)
        #expect(value.shiftedLeft(by: 100).shiftedRight(by: 100).bitWidth == 8)
        #expect(!value.hasBits(below: 4) && value.hasBits(below: 5))
        #expect(value.shiftedLeft(by: 70).hasBits(below: 75) && !value.shiftedLeft(by: 70).hasBits(below: 74))
    }
}

@Suite struct WideUIntDivisionTests {
    @Test func dividingByAHundredAndTwentyEightBitsRebuildsTheDividend() {
        checkProperty(cases: 1_000) { g in
            let dividend = WideUIntTests.random(bits: Int.random(in: 0...2_000, using: &g), using: &g)
            let divisor = UInt128.random(in: 1...(UInt128.max >> UInt128.random(in: 0...127, using: &g)), using: &g)
            let (quotient, remainder) = dividend.quotientAndRemainder(dividingBy: divisor)
            let rebuilt = quotient * WideUInt(divisor) + WideUInt(remainder)
            return remainder < divisor && !(rebuilt < dividend) && !(dividend < rebuilt) ? nil : "\(divisor): remainder \(remainder)"
        }
    }

    @Test func theGreatestCommonDivisorDividesBothAndLeavesCoprimeQuotients() {
        checkProperty(cases: 300) { g in
            let common = WideUIntTests.random(bits: Int.random(in: 1...300, using: &g), using: &g) + WideUInt(1)
            let a = common * (WideUIntTests.random(bits: Int.random(in: 1...300, using: &g), using: &g) + WideUInt(1))
            let b = common * (WideUIntTests.random(bits: Int.random(in: 1...300, using: &g), using: &g) + WideUInt(1))
            let gcd = WideUInt.gcd(a, b)
            // gcd divides a and b, common divides gcd, and the quotients share no factor.
            let reducedA = WideUIntTests.exactQuotient(a, gcd), reducedB = WideUIntTests.exactQuotient(b, gcd)
            guard let reducedA, let reducedB, WideUIntTests.exactQuotient(gcd, common) != nil else { return "gcd does not divide" }
            let one = WideUInt.gcd(reducedA, reducedB)
            return !(one < WideUInt(1)) && !(WideUInt(1) < one) ? nil : "quotients not coprime"
        }
        #expect(WideUInt.gcd(WideUInt(84), WideUInt(36)).narrow == 12)
        #expect(WideUInt.gcd(WideUInt(0), WideUInt(5)).narrow == 5)
    }
}

extension WideUIntTests {
    /// `a ÷ b` when b divides a exactly, by long division one bit at a time; nil otherwise.
    static func exactQuotient(_ a: WideUInt, _ b: WideUInt) -> WideUInt? {
        var quotient = WideUInt(0), remainder = WideUInt(0)
        for index in stride(from: a.bitWidth - 1, through: 0, by: -1) {
            remainder = remainder.shiftedLeft(by: 1) + WideUInt(a.bit(index) ? 1 : 0)
            quotient = quotient.shiftedLeft(by: 1)
            if !(remainder < b) { remainder.subtract(b); quotient = quotient + WideUInt(1) }
        }
        return remainder.isZero ? quotient : nil
    }
}
