import Testing
@testable import FinModel

/// Euclid's algorithm in 128 bits, the plainest gcd: the reference for `Exact.gcd`'s shortcuts.
private func euclid(_ a: UInt128, _ b: UInt128) -> UInt128 {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a
}

@Test func gcdAgreesWithEuclidForNarrowWideAndMixedOperands() {
    checkProperty(cases: 20_000) { g in
        func operand() -> UInt128 {
            switch Int.random(in: 0..<5, using: &g) {
            case 0: UInt128(UInt64.random(in: 0...200, using: &g))
            case 1: UInt128(UInt64.random(in: 0 ... .max, using: &g))
            case 2: UInt128(UInt64.random(in: 0 ... .max, using: &g)) << 64 | UInt128(UInt64.random(in: 0 ... .max, using: &g))
            case 3: UInt128(UInt64.random(in: 1...1_000_000, using: &g)) * 100
            default: UInt128(1) << UInt128(Int.random(in: 0...127, using: &g))
            }
        }
        let common = UInt128(UInt64.random(in: 1...1_000, using: &g))
        let (a, b) = (operand(), operand())
        // Some pairs share a factor on purpose, where it does not overflow.
        let (x, y) = Bool.random(using: &g) && a <= UInt128.max / common && b <= UInt128.max / common ? (a * common, b * common) : (a, b)
        return Exact.gcd(x, y) == euclid(x, y) ? nil : "gcd(\(x), \(y)) = \(Exact.gcd(x, y)), expected \(euclid(x, y))"
    }
}
