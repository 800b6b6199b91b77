import Testing
@testable import FinModel

@Test func aRunningTotalEqualsAddingOneByOne() {
    checkProperty(cases: 5_000) { g in
        let count = Int.random(in: 0...40, using: &g)
        let values: [Exact] = (0..<count).map { _ in
            switch Int.random(in: 0..<4, using: &g) {
            // pence, whole pounds, awkward fractions, and values near the limits of Int128
            case 0: try! Exact(numerator: Int128(Int64.random(in: -10_000_000_000...10_000_000_000, using: &g)), denominator: 100)
            case 1: Exact(Int64.random(in: -1_000_000...1_000_000, using: &g))
            case 2: try! Exact(numerator: Int128(Int64.random(in: -1_000...1_000, using: &g)), denominator: Int128(Int64.random(in: 1...997, using: &g)))
            default: try! Exact(numerator: Int128.random(in: (Int128.min / 4)...(Int128.max / 4), using: &g), denominator: Int128(Int64.random(in: 1...3, using: &g)))
            }
        }
        var chained: Exact? = .zero
        for value in values { chained = chained.flatMap { try? $0.adding(value) } }
        var total = ExactSum()
        var failed = false
        for value in values where !failed {
            do { try total.add(value) } catch { failed = true }
        }
        // Whenever adding one by one holds the total, the running total gives exactly it; and
        // for display too, unless it is too near the limits to be rounded.
        guard let chained else { return nil }
        let roomy = chained.numerator.magnitude < WideSum.largestNumerator && UInt128(chained.denominator) < WideSum.largestNumerator
        let exact = try? total.exactValue()
        return !failed && exact == chained && (!roomy || total.value == chained) ? nil : "\(values): \(failed ? "overflow" : "\(String(describing: exact))") vs \(chained)"
    }
}

@Test func aTotalOfPenceKeepsItsDenominatorSmall() throws {
    var total = ExactSum()
    for pence in [1, 10, 25, 50, 99, 100] { try total.add(Exact(numerator: Int128(pence), denominator: 100)) }
    #expect(total.value == (try Exact(numerator: 285, denominator: 100)))
    #expect(ExactSum().value == .zero)
}

/// Enderby's share of £180,860 in each of eight years, by that year's list size.
private let eightYearlyShares: [Exact] = [93_492, 93_881, 94_307, 94_733, 95_119, 95_561, 96_003, 96_427].map {
    try! Exact(Int64(1_131_098_440)).divided(by: Exact(Int64($0)))  // £180,860 × 6,254
}

@Test func aTotalOfFiguresThatEachFitNeverFails() throws {
    // Each share is about £12,000; their exact total needs a numerator of 138 bits, so it was
    // "too large to hold exactly". It is held in wide integers now, and shown as it would be.
    var total = ExactSum()
    for share in eightYearlyShares { try total.add(share) }
    #expect(try total.value.rounded(.halfUp, toMultipleOf: x("0.01")) == x("95320.02"))
    #expect(try total.value.rounded(.halfUp, toMultipleOf: x("0.000001")) == x("95320.021148"))
    #expect(total.value.denominator == Int128(10).power(25))
    // A figure computed further must be exact, and this one is not an Exact.
    #expect(throws: ArithmeticError.overflow) { try total.exactValue() }
    // Without the last share the exact total fits again, and both accessors give it.
    var seven = ExactSum()
    for share in eightYearlyShares.prefix(2) { try seven.add(share) }
    #expect(try seven.exactValue() == (try eightYearlyShares[0].adding(eightYearlyShares[1])))
}

@Test func aTotalBeyondAnyExactIsStillAnOverflow() {
    var total = ExactSum()
    #expect(throws: ArithmeticError.overflow) {
        for _ in 0..<4 { try total.add(Exact(Int128.max / 3)) }
    }
}

/// The exact total of `values` as a sign and a fraction of wide integers over the product of
/// the denominators: a reference computed without `WideSum`.
private func referenceTotal(_ values: [Exact]) -> (negative: Bool, numerator: WideUInt, denominator: WideUInt) {
    let denominator = values.reduce(WideUInt(1)) { $0 * WideUInt(UInt128($1.denominator)) }
    var positive = WideUInt(0), negative = WideUInt(0)
    for value in values {
        let term = WideUInt(value.numerator.magnitude) * denominator.quotientAndRemainder(dividingBy: UInt128(value.denominator)).quotient
        if value.signum < 0 { negative = negative + term } else { positive = positive + term }
    }
    return negative < positive || !(positive < negative) ? (false, positive - negative, denominator) : (true, negative - positive, denominator)
}

@Test func aTotalTooFineToHoldIsShownAsTheExactTotalWouldBe() {
    // Values with unrelated denominators, so the exact total rarely fits. Rounded to a penny, a
    // tenth or a pound by any rule, the total's `value` gives what the exact total gives.
    let rules = RoundingRule.allCases
    checkProperty(cases: 500) { g in
        let values = (0..<Int.random(in: 2...10, using: &g)).map { _ in
            try! Exact(numerator: Int128(Int64.random(in: -10_000_000_000_000...10_000_000_000_000, using: &g)),
                       denominator: Int128(Int64.random(in: 1...1_000_000_000, using: &g)))
        }
        var total = ExactSum()
        for value in values { try! total.add(value) }
        let exact = referenceTotal(values)
        let value = total.value
        for step in [x("0.01"), x("0.1"), Exact(1), Exact(1000)] {
            for rule in rules {
                // Steps of the exact total: |total| ÷ step, rounded by the rule for its sign.
                let scaled = exact.numerator * WideUInt(UInt128(step.denominator))
                let over = exact.denominator * WideUInt(UInt128(step.numerator))
                let steps = Uplift.roundedSteps(scaled, over, rule, negative: exact.negative)!
                let expected = try! Exact(Int128(magnitude: steps, negative: exact.negative)).multiplied(by: step)
                let shown = try! value.rounded(rule, toMultipleOf: step)
                if shown != expected { return "\(values) to \(step) \(rule): \(shown) vs \(expected)" }
            }
        }
        return nil
    }
}

@Test(arguments: ["0.005", "0.01", "0.015", "-0.005", "-0.01", "2.5"])
func aTotalAHairFromARoundingBoundaryIsShownOnItsOwnSide(_ boundary: String) throws {
    // boundary ± 1/(p(p + 1)), about 10^−38: a total no Exact holds, nearer the boundary than
    // any grid it could be rounded to. Rounding it to nearest would land on the boundary, and
    // truncating it could too; rounded to odd, it shows as the exact total does, by every rule.
    let p = Int128(UInt64.max - 58)
    let tiny = x("1/1000000000000000000000000000000")  // a stand-in on the same side
    for side in [1, -1] {
        var total = ExactSum()
        try total.add(try x(boundary).adding(try Exact(numerator: Int128(side), denominator: p)))
        try total.add(try Exact(numerator: Int128(-side), denominator: p + 1))
        #expect(throws: ArithmeticError.overflow) { try total.exactValue() }
        let standIn = try x(boundary).adding(side > 0 ? tiny : tiny.negated())
        for rule in RoundingRule.allCases {
            for step in [x("0.01"), Exact(1)] {
                #expect(try total.value.rounded(rule, toMultipleOf: step) == (try standIn.rounded(rule, toMultipleOf: step)), "\(boundary) \(side > 0 ? "+" : "-") \(rule) \(step)")
            }
        }
    }
}
