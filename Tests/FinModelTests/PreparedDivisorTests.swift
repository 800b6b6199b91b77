import Testing
@testable import FinModel

@Test func preparedDivisionIsTheTrueQuotientAndRemainder() {
    // Divisors of every size class, including the powers of two and their neighbours where the
    // multiplier's rounding is tightest; numerators across the whole 64-bit range and its edges.
    var divisors: [UInt64] = [1, 2, 3, 7, 12, 50, 100, 200, 400, 10_000, 1 << 63]
    for bit in 1..<63 { divisors += [(1 << bit) - 1, 1 << bit, (1 << bit) + 1] }
    checkProperty(cases: 20_000) { g in
        let divisor = Bool.random(using: &g) ? divisors.randomElement(using: &g)! : UInt64.random(in: 1...(1 << 63), using: &g)
        let prepared = PreparedDivisor(divisor)!
        let numerators: [UInt64] = [0, 1, divisor - 1, divisor, divisor &+ 1, .max, .max - 1, UInt64.max / divisor * divisor,
                                    UInt64.random(in: 0 ... .max, using: &g), UInt64.random(in: 0...1_000_000_000_000, using: &g)]
        for n in numerators {
            let (q, r) = prepared.quotientAndRemainder(n)
            if q != n / divisor || r != n % divisor { return "\(n) / \(divisor): got \(q) r \(r)" }
        }
        return nil
    }
    #expect(PreparedDivisor(0) == nil)
    #expect(PreparedDivisor((1 << 63) + 1) == nil)
}

@Test func roundedDivisionByAPreparedDivisorMatchesPlainDivision() {
    checkProperty(cases: 20_000) { g in
        let rule = RoundingRule.allCases.randomElement(using: &g)!
        let divisor = Int64.random(in: 1...(Bool.random(using: &g) ? 20_000 : .max), using: &g)
        let numerator = Int64.random(in: (Int64.min + 1) ... .max, using: &g)
        let prepared = rule.divide(numerator, by: PreparedDivisor(UInt64(divisor))!)
        let plain = rule.divide(Int128(numerator), by: Int128(divisor))
        return Int128(prepared) == plain ? nil : "\(numerator) / \(divisor) \(rule): \(prepared) vs \(plain)"
    }
}
