import Testing
@testable import FinModel

// MARK: Construction

@Test func poundsAreHundredsOfPence() throws {
    #expect(try Money.pounds(58_620).pence == 5_862_000)
    #expect(try Money.pounds(-3).pence == -300)
    #expect(throws: ArithmeticError.overflow) { try Money.pounds(.max / 10) }
    #expect(Money.zero.pence == 0)
}

@Test(arguments: [("179377.20", Int64(17_937_720)), ("-0.01", -1), ("3", 300), ("1/4", 25), ("0", 0)])
func wholePenceConvertExactly(_ pounds: String, _ pence: Int64) throws {
    #expect(try Money(exactPounds: x(pounds)).pence == pence)
    #expect(try Money(exactPounds: x(pounds)).exactPounds == x(pounds))
}

@Test(arguments: ["1.005", "1/3", "0.001", "-182964.744"])
func fractionsOfAPennyAreNeverSilentlyRounded(_ pounds: String) {
    #expect(throws: ArithmeticError.notAWholeMultiple) { try Money(exactPounds: x(pounds)) }
}

@Test(arguments: [
    ("1.005", RoundingRule.halfEven, Int64(100)), ("1.005", .halfUp, 101), ("1.005", .towardZero, 100),
    ("1.005", .down, 100), ("1.005", .up, 101), ("1.015", .halfEven, 102), ("1.015", .halfUp, 102),
    ("-1.005", .halfEven, -100), ("-1.005", .halfUp, -101), ("-1.005", .towardZero, -100),
    ("-1.005", .down, -101), ("-1.005", .up, -100), ("1/3", .up, 34), ("2/3", .down, 66),
    ("182964.744", .halfUp, 18_296_474), ("186624.03888", .halfUp, 18_662_404),
])
func roundingToThePennyFollowsTheNamedRule(_ pounds: String, _ rule: RoundingRule, _ pence: Int64) throws {
    #expect(try Money(exactPounds: x(pounds), rounding: rule).pence == pence)
}

@Test func conversionOverflowIsReported() {
    #expect(throws: ArithmeticError.overflow) { try Money(exactPounds: Exact(Int128(Int64.max))) }
    #expect(throws: ArithmeticError.overflow) { try Money(exactPounds: Exact(Int128.max / 10), rounding: .halfUp) }
}

// MARK: Arithmetic

@Test func arithmeticIsInWholePence() throws {
    let pay = try Money.pounds(58_620).multiplied(by: 3)
    #expect(pay == (try Money.pounds(175_860)))
    #expect(try pay.adding(Money.pounds(5_000)) == (try Money.pounds(180_860)))
    #expect(try pay.subtracting(Money.pounds(175_861)) == Money(pence: -100))
    #expect(try Money(pence: 5).negated() == Money(pence: -5))
    #expect(try Money.sum([Money(pence: 1), Money(pence: 2), Money(pence: -4)]) == Money(pence: -1))
    #expect(try Money.sum([Money]()) == .zero)
    #expect(Money(pence: -1) < .zero)
}

@Test func overflowIsReportedNotTrapped() {
    #expect(throws: ArithmeticError.overflow) { try Money(pence: .max).adding(Money(pence: 1)) }
    #expect(throws: ArithmeticError.overflow) { try Money(pence: .min).subtracting(Money(pence: 1)) }
    #expect(throws: ArithmeticError.overflow) { try Money(pence: .min).negated() }
    #expect(throws: ArithmeticError.overflow) { try Money(pence: .max / 2 + 1).multiplied(by: 2) }
    #expect(throws: ArithmeticError.overflow) { try Money(pence: .min).multiplied(by: -1) }
    #expect(throws: ArithmeticError.overflow) { try Money.sum([Money(pence: .max), Money(pence: 1)]) }
    #expect(throws: ArithmeticError.overflow) { try Money(pence: .max).rounded(.up, to: Money(pence: 100)) }
}

@Test func sumOnlyFailsWhenTheTotalDoesNotFit() throws {
    #expect(try Money.sum([Money(pence: .max), Money(pence: 1), Money(pence: -1)]) == Money(pence: .max))
}

@Test(arguments: [
    (Int64(18_296_450), RoundingRule.halfEven, Int64(18_296_400)), (18_296_450, .halfUp, 18_296_500),
    (18_437_720, .halfUp, 18_437_700), (18_437_720, .up, 18_437_800), (-208_350, .halfEven, -208_400),
    (-208_350, .halfUp, -208_400), (-208_350, .towardZero, -208_300), (-208_350, .down, -208_400),
    (-208_350, .up, -208_300), (-208_349, .halfUp, -208_300),
])
func roundingToThePoundFollowsTheRule(_ pence: Int64, _ rule: RoundingRule, _ rounded: Int64) throws {
    #expect(try Money(pence: pence).rounded(rule, to: Money(pence: 100)) == Money(pence: rounded))
    #expect(try Money(pence: pence).rounded(rule, to: Money(pence: -100)) == Money(pence: rounded))
}

@Test func roundingToAZeroStepIsDivisionByZero() {
    #expect(throws: ArithmeticError.divisionByZero) { try Money(pence: 1).rounded(.halfUp, to: .zero) }
}

@Test func addingThenSubtractingMoneyReturnsTheOriginal() {
    checkProperty { g in
        let a = Money(pence: Int64.random(in: .min / 2 ... .max / 2, using: &g))
        let b = Money(pence: g.next() & 1 == 0 ? Int64.random(in: -100_000_00...100_000_00, using: &g) : Int64(bitPattern: g.next()))
        guard let sum = try? a.adding(b) else { return nil }   // overflow reported: skip
        let back = try? sum.subtracting(b)
        return back == a ? nil : "\(a) + \(b) - \(b) == \(String(describing: back))"
    }
}
