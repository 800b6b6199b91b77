import Testing
import TestSupport
@testable import FinModel

private func q(_ n: Int128, _ d: Int128 = 1) -> Exact { try! Exact(numerator: n, denominator: d) }

// MARK: Construction and reduction

@Test(arguments: [
    (Int128(6), Int128(4), Int128(3), Int128(2)), (6, -4, -3, 2), (-6, -4, 3, 2), (0, -5, 0, 1),
    (100, 100, 1, 1), (Int128.min, Int128.min, 1, 1), (Int128.max, Int128.max, 1, 1),
    (Int128.min, 2, Int128.min / 2, 1),
])
func fractionsAreStoredReducedWithPositiveDenominator(_ n: Int128, _ d: Int128, _ rn: Int128, _ rd: Int128) throws {
    let value = try Exact(numerator: n, denominator: d)
    #expect(value.numerator == rn)
    #expect(value.denominator == rd)
}

@Test func zeroDenominatorIsDivisionByZero() {
    #expect(throws: ArithmeticError.divisionByZero) { try Exact(numerator: 1, denominator: 0) }
}

@Test func normalisingTheSignOfMinDenominatorOverflows() {
    #expect(throws: ArithmeticError.overflow) { try Exact(numerator: 1, denominator: .min) }
}

@Test func equalValuesAreStructurallyEqualAndHashEqual() {
    #expect(q(2, 4) == q(-3, -6))
    #expect(q(2, 4).hashValue == q(-3, -6).hashValue)
    #expect(Set([q(1, 2), q(2, 4), q(50, 100)]).count == 1)
}

@Test func integerInitialisersAgree() {
    #expect(Exact(Int64(-42)) == Exact(Int128(-42)))
    #expect(Exact.zero == q(0, 9) && Exact.one == q(7, 7))
    #expect(Exact(5).isInteger && !q(5, 2).isInteger)
    #expect([q(-1, 3).signum, Exact.zero.signum, q(1, 3).signum] == [-1, 0, 1])
}

// MARK: Arithmetic

@Test(arguments: [
    ("1/6", "1/3", "1/2"), ("0.1", "0.2", "0.3"), ("2", "3", "5"), ("1/4", "1/4", "1/2"),
    ("3/7", "-3/7", "0"), ("-1/6", "1/4", "1/12"),
])
func additionIsExactAndReduced(_ a: String, _ b: String, _ sum: String) throws {
    #expect(try x(a).adding(x(b)) == x(sum))
    #expect(try x(sum).subtracting(x(b)) == x(a))
}

@Test(arguments: [
    ("2/3", "9/4", "3/2"), ("-2/3", "3/2", "-1"), ("0", "5/7", "0"), ("1.02", "1.02", "1.0404"), ("7", "-6", "-42"),
])
func multiplicationCancelsAcross(_ a: String, _ b: String, _ product: String) throws {
    #expect(try x(a).multiplied(by: x(b)) == x(product))
    #expect(try x(product).divided(by: x(b)) == x(a))
}

@Test func divisionIsExact() throws {
    #expect(try q(1).divided(by: q(3)) == q(1, 3))
    #expect(try q(1, 3).divided(by: q(-2, 3)) == q(-1, 2))
    #expect(try q(Int128.min).divided(by: q(Int128.min)) == .one)
    #expect(throws: ArithmeticError.divisionByZero) { try q(1).divided(by: .zero) }
}

@Test(arguments: [
    ("1.02", 3, "1.061208"), ("2", -2, "1/4"), ("-2/3", 3, "-8/27"), ("-2/3", 2, "4/9"), ("-2/3", -3, "-27/8"),
    ("0", 0, "1"), ("5/7", 0, "1"), ("-1", 1001, "-1"),
    ("2", 126, "\(Int128(1) << 126)"), ("-2", 127, "\(Int128.min)"),
])
func powersAreExact(_ base: String, _ exponent: Int, _ result: String) throws {
    #expect(try x(base).power(exponent) == x(result))
}

@Test func negatingFlipsTheSign() throws {
    #expect(try q(3, 4).negated() == q(-3, 4))
    #expect(try Exact.zero.negated() == .zero)
}

// MARK: Overflow is reported, never trapped

@Test func overflowAtInt128LimitsIsReported() {
    let max = Exact(Int128.max), min = Exact(Int128.min)
    #expect(throws: ArithmeticError.overflow) { try max.adding(.one) }
    #expect(throws: ArithmeticError.overflow) { try min.subtracting(.one) }
    #expect(throws: ArithmeticError.overflow) { try min.negated() }
    #expect(throws: ArithmeticError.overflow) { try max.multiplied(by: Exact(2)) }
    #expect(throws: ArithmeticError.overflow) { try min.multiplied(by: Exact(-1)) }
    #expect(throws: ArithmeticError.overflow) { try min.divided(by: Exact(-1)) }
    #expect(throws: ArithmeticError.overflow) { try Exact(2).power(127) }
    #expect(throws: ArithmeticError.overflow) { try Exact(Int128(1) << 64).power(2) }
    #expect(throws: ArithmeticError.overflow) { try q(1, Int128.max).adding(q(1, Int128.max - 1)) }
    #expect(throws: ArithmeticError.overflow) { try q(1, 3).power(-81) }
    #expect(throws: ArithmeticError.divisionByZero) { try Exact.zero.power(-1) }
}

@Test func resultsAtTheLimitsStillFit() throws {
    #expect(try Exact(Int128.max).subtracting(.one).adding(.one) == Exact(Int128.max))
    #expect(try Exact(Int128.min).adding(Exact(Int128.max)) == Exact(-1))
    #expect(try Exact(Int128.min).subtracting(Exact(Int128.min)) == .zero)
    #expect(try q(1, Int128.max).multiplied(by: Exact(Int128.max)) == .one)
}

@Test func comparisonNeverOverflows() {
    #expect(!(q(Int128.max, Int128.max - 1) > q(Int128.max - 1, Int128.max - 2)))
    #expect(!(q(Int128.max - 1, Int128.max) < q(Int128.max - 2, Int128.max - 1)))
    #expect(q(Int128.min) < q(Int128.max, 3))
    #expect(q(-1, 3) < q(-1, 4))
    #expect(q(1, 3) > q(1, 4))
    #expect([q(1, 2), q(-7), q(1, 3), .zero].sorted() == [q(-7), .zero, q(1, 3), q(1, 2)])
}

// MARK: Rounding to a step

private let penny = q(1, 100)

@Test(arguments: [
    ("0.125", RoundingRule.halfEven, "0.12"), ("0.125", .halfUp, "0.13"), ("0.125", .towardZero, "0.12"),
    ("0.125", .down, "0.12"), ("0.125", .up, "0.13"),
    ("-0.125", .halfEven, "-0.12"), ("-0.125", .halfUp, "-0.13"), ("-0.125", .towardZero, "-0.12"),
    ("-0.125", .down, "-0.13"), ("-0.125", .up, "-0.12"),
    ("0.135", .halfEven, "0.14"), ("0.134", .halfUp, "0.13"), ("-0.136", .halfEven, "-0.14"), ("-0.131", .up, "-0.13"),
    ("182964.744", .halfUp, "182964.74"), ("182964.745", .halfEven, "182964.74"),
    ("1/3", .halfUp, "0.33"), ("2/3", .halfUp, "0.67"), ("-2/3", .towardZero, "-0.66"), ("5", .up, "5"),
])
func roundingToThePennyFollowsTheRule(_ value: String, _ rule: RoundingRule, _ expected: String) throws {
    #expect(try x(value).rounded(rule, toMultipleOf: penny) == x(expected))
}

@Test func roundingToTenthsOfADayAndToHundreds() throws {
    #expect(try x("1.05").rounded(.halfUp, toMultipleOf: q(1, 10)) == x("1.1"))
    #expect(try x("1.05").rounded(.halfEven, toMultipleOf: q(1, 10)) == x("1.0"))
    #expect(try Exact(1250).rounded(.halfEven, toMultipleOf: Exact(100)) == Exact(1200))
    #expect(try Exact(1250).rounded(.halfUp, toMultipleOf: Exact(-100)) == Exact(1300))
    #expect(try q(7, 2).rounded(.halfEven, toMultipleOf: .one) == Exact(4))
    #expect(throws: ArithmeticError.divisionByZero) { try Exact.one.rounded(.halfUp, toMultipleOf: .zero) }
}

@Test(arguments: RoundingRule.allCases) func roundedToIntegerAgreesWithDivide(_ rule: RoundingRule) {
    for n in Int128(-25)...25 {
        for d in Int128(1)...8 {
            #expect(q(n, d).roundedToInteger(rule) == rule.divide(n, by: d))
        }
    }
}

// MARK: Properties

/// A random exact value: mostly money-like decimals, sometimes arbitrary fractions.
func randomExact(_ g: inout SeededGenerator) -> Exact {
    let numerator = Int128(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &g))
    let denominators: [Int128] = [1, 2, 3, 7, 10, 12, 100, 365, 366, 1000, 93_492, 1_000_000]
    let denominator = Bool.random(using: &g) ? denominators.randomElement(using: &g)! : Int128(Int64.random(in: 1...1_000_000_007, using: &g))
    return try! Exact(numerator: numerator, denominator: denominator)
}

@Test func addingThenSubtractingReturnsTheOriginal() {
    checkProperty { g in
        let a = randomExact(&g), b = randomExact(&g)
        guard let sum = try? a.adding(b), let back = try? sum.subtracting(b) else { return nil }  // overflow: skip
        return back == a ? nil : "\(a) + \(b) - \(b) == \(back)"
    }
}

@Test func multiplyingThenDividingReturnsTheOriginal() {
    checkProperty { g in
        let a = randomExact(&g), b = randomExact(&g)
        guard b != .zero, let product = try? a.multiplied(by: b), let back = try? product.divided(by: b) else { return nil }
        return back == a && product.denominator > 0 ? nil : "\(a) × \(b) ÷ \(b) == \(back)"
    }
}

@Test func orderAgreesWithSubtraction() {
    checkProperty { g in
        let a = randomExact(&g), b = randomExact(&g)
        guard let difference = try? a.subtracting(b) else { return nil }
        return (a < b) == (difference.signum < 0) ? nil : "\(a) < \(b) disagrees with \(difference)"
    }
}
