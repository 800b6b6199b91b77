import Testing
import TestSupport
@testable import FinModel

/// Total, weights, parts: each row from the table in `largestRemainder`'s documentation, plus limits.
private let largestRemainderCases: [(Int64, [Int64], [Int64])] = [
    (100, [1, 1, 1], [34, 33, 33]), (10, [1, 2], [3, 7]), (5, [1, 1, 2], [1, 1, 3]), (3, [1, 3], [1, 2]),
    (2, [1, 1, 2], [1, 0, 1]), (-100, [1, 1, 1], [-34, -33, -33]), (7, [0, 1, 0], [0, 7, 0]), (0, [3, 4], [0, 0]),
    (1, [2, 3], [0, 1]), (1, [3, 3], [1, 0]), (Int64.min, [1, 1], [Int64.min / 2, Int64.min / 2]),
    (Int64.max, [1, 1], [Int64.max / 2 + 1, Int64.max / 2]),
]

@Test(arguments: largestRemainderCases)
func largestRemainderGivesLeftoversToLargestFractions(_ total: Int64, _ weights: [Int64], _ parts: [Int64]) throws {
    #expect(try Apportionment.largestRemainder(total, weights: weights.map { Exact($0) }) == parts)
}

@Test func tiesGoToTheLargerWeightBeforeTheEarlierPosition() throws {
    // Weights 1 and 3 share 2 units as 0.5 and 1.5: equal remainders of ½, so the larger weight wins.
    #expect(try Apportionment.largestRemainder(2, weights: [Exact(1), Exact(3)]) == [0, 2])
    #expect(try Apportionment.largestRemainder(2, weights: [Exact(3), Exact(1)]) == [2, 0])
}

@Test func fractionalWeightsSplitByTheirRatios() throws {
    #expect(try Apportionment.largestRemainder(100, weights: [x("1/3"), x("2/3")]) == [33, 67])
    #expect(try Apportionment.largestRemainder(100, weights: [x("0.25"), x("0.75")]) == [25, 75])
}

@Test func badWeightsAreRejected() {
    #expect(throws: ApportionmentError.noWeights) { try Apportionment.largestRemainder(1, weights: []) }
    #expect(throws: ApportionmentError.negativeWeight(index: 1)) { try Apportionment.largestRemainder(1, weights: [Exact(1), Exact(-1)]) }
    #expect(throws: ApportionmentError.allWeightsZero) { try Apportionment.largestRemainder(1, weights: [.zero, .zero]) }
    #expect(throws: ApportionmentError.arithmetic(.overflow)) {
        try Apportionment.largestRemainder(.max, weights: [Exact(Int128.max), Exact(1)])
    }
    #expect(ApportionmentError.negativeWeight(index: 1).message == "weight 2 is negative: weights such as list sizes must be zero or more")
}

@Test func splitWorksInWholeSteps() throws {
    #expect(try Apportionment.split(Exact(1), step: x("1/100"), weights: [Exact(1), Exact(1), Exact(1)]) == ["0.34", "0.33", "0.33"].map(x))
    #expect(throws: ApportionmentError.arithmetic(.divisionByZero)) { try Apportionment.split(Exact(1), step: .zero, weights: [Exact(1)]) }
}

/// Units, weights, parts: each row from the table in `splitLeavingPartOfAStep`'s documentation.
private let partOfAStepCases: [(String, [Int64], [String])] = [
    ("10000.5", [6_254, 11_490], ["3524.5", "6476"]), ("2.5", [1, 1, 1], ["1", "1", "0.5"]), ("0.25", [1, 3], ["0", "0.25"]),
    ("-2.5", [1, 1, 1], ["-1", "-1", "-0.5"]), ("15.5", [1], ["15.5"]), ("1.5", [0, 2, 0, 1], ["0", "1", "0", "0.5"]),
]

@Test(arguments: partOfAStepCases)
func thePartOfAStepLeftOverGoesToTheNextInLine(_ units: String, _ weights: [Int64], _ parts: [String]) throws {
    #expect(try Apportionment.splitLeavingPartOfAStep(x(units), unit: .one, weights: weights.map { Exact($0) }) == parts.map(x))
}

@Test func anAmountThatIsNotAWholeNumberOfStepsIsStillSplitExactly() throws {
    // Once refused as 'not a whole number of steps'; now every part but one is whole.
    #expect(try Apportionment.split(x("100.005"), step: x("0.01"), weights: [Exact(6_254), Exact(11_490)]) == ["35.245", "64.76"].map(x))
    #expect(try Apportionment.split(x("15.05"), step: x("0.1"), weights: [Exact(1)]) == [x("15.05")])
    // 33⅓ pennies: 16⅔ each; the whole penny left goes to the first, the third of one to the second.
    #expect(try Apportionment.split(x("1/3"), step: x("-0.01"), weights: [Exact(1), Exact(1)]) == [x("0.17"), x("49/300")])
    #expect(throws: ApportionmentError.allWeightsZero) { try Apportionment.split(x("1.005"), step: x("0.01"), weights: [.zero]) }
    #expect(throws: ApportionmentError.negativeWeight(index: 0)) { try Apportionment.split(x("1.005"), step: x("0.01"), weights: [Exact(-1)]) }
}

@Test func moneyApportionsInWholePence() throws {
    #expect(try Money.pounds(1).apportioned(byListSize: [1, 1, 1]).map(\.pence) == [34, 33, 33])
    #expect(try Money.pounds(1).apportioned(byWeights: [x("1/2"), x("1/2")]).map(\.pence) == [50, 50])
    #expect(throws: ApportionmentError.negativeWeight(index: 0)) { try Money.pounds(1).apportioned(byListSize: [-1]) }
}

// MARK: Properties

/// Random weights: list-size-like integers, zeros, repeats and fractions.
private func randomWeights(_ g: inout SeededGenerator) -> [Exact] {
    let count = Int.random(in: 1...12, using: &g)
    var weights = (0..<count).map { _ -> Exact in
        switch Int.random(in: 0..<10, using: &g) {
        case 0: .zero
        case 1: try! Exact(numerator: Int128(Int.random(in: 1...50, using: &g)), denominator: Int128(Int.random(in: 1...12, using: &g)))
        default: Exact(Int64.random(in: 1...20_000, using: &g))
        }
    }
    if count > 2 && Bool.random(using: &g) { weights[count - 1] = weights[0] }  // a repeated weight
    if weights.allSatisfy({ $0 == .zero }) { weights[0] = .one }
    return weights
}

private func randomTotal(_ g: inout SeededGenerator) -> Int64 {
    Bool.random(using: &g) ? Int64.random(in: -1_000...1_000, using: &g) : Int64.random(in: -100_000_000_000...100_000_000_000, using: &g)
}

@Test func apportionedPartsAlwaysSumToTheWhole() {
    checkProperty { g in
        let total = randomTotal(&g), weights = randomWeights(&g)
        let parts = try! Apportionment.largestRemainder(total, weights: weights)
        return parts.reduce(0, +) == total && parts.count == weights.count ? nil : "\(total) by \(weights) gave \(parts)"
    }
}

@Test func eachPartIsWithinOneUnitOfItsExactShare() {
    checkProperty { g in
        let total = randomTotal(&g), weights = randomWeights(&g)
        let parts = try! Apportionment.largestRemainder(total, weights: weights)
        let sum = weights.reduce(Exact.zero) { try! $0.adding($1) }
        for (part, weight) in zip(parts, weights) {
            let share = try! Exact(total).multiplied(by: weight).divided(by: sum)
            let gap = try! Exact(part).subtracting(share)
            if gap >= .one || gap <= Exact(-1) { return "\(total) by \(weights): part \(part) vs share \(share)" }
            if weight == .zero && part != 0 { return "zero weight got \(part)" }
        }
        return nil
    }
}

@Test func theSameWeightsInAnyOrderGiveTheSamePartPerWeight() {
    checkProperty { g in
        let total = randomTotal(&g), weights = randomWeights(&g)
        let shuffled = weights.shuffled(using: &g)
        let a = zip(weights, try! Apportionment.largestRemainder(total, weights: weights)).map { "\($0.0):\($0.1)" }.sorted()
        let b = zip(shuffled, try! Apportionment.largestRemainder(total, weights: shuffled)).map { "\($0.0):\($0.1)" }.sorted()
        return a == b ? nil : "\(total) by \(weights) vs \(shuffled)"
    }
}

@Test func scalingAllWeightsByAPositiveIntegerDoesNotChangeTheSplit() {
    checkProperty { g in
        let total = randomTotal(&g), weights = randomWeights(&g)
        let scale = Exact(Int64.random(in: 2...1_000_000, using: &g))
        let scaled = weights.map { try! $0.multiplied(by: scale) }
        let a = Result { () throws(ApportionmentError) in try Apportionment.largestRemainder(total, weights: weights) }
        let b = Result { () throws(ApportionmentError) in try Apportionment.largestRemainder(total, weights: scaled) }
        return a == b ? nil : "\(total) by \(weights) ×\(scale): \(a) vs \(b)"
    }
}

@Test func partsOfAnyAmountSumToItWithAtMostOnePartOfAStep() {
    // Amounts of any fraction of a unit: the parts add up exactly, all but one are whole, each
    // is within one unit of its exact share, and zero weights get zero.
    checkProperty(cases: 3_000) { g in
        let units = try! Exact(numerator: Int128(randomTotal(&g)), denominator: Int128(Int64.random(in: 1...1_000, using: &g)))
        let weights = randomWeights(&g)
        let parts = try! Apportionment.splitLeavingPartOfAStep(units, unit: .one, weights: weights)
        let sum = weights.reduce(Exact.zero) { try! $0.adding($1) }
        if parts.reduce(Exact.zero, { try! $0.adding($1) }) != units { return "\(units) by \(weights) gave \(parts)" }
        if parts.filter({ !$0.isInteger }).count > (units.isInteger ? 0 : 1) { return "more than one part of a unit: \(parts)" }
        for (part, weight) in zip(parts, weights) {
            let gap = try! part.subtracting(try! units.multiplied(by: weight).divided(by: sum))
            if gap >= .one || gap <= Exact(-1) { return "\(units) by \(weights): part \(part) too far from its share" }
            if weight == .zero && part != .zero { return "zero weight got \(part)" }
        }
        return nil
    }
}

@Test func aWholeNumberOfUnitsIsSplitAsLargestRemainderSplitsIt() {
    checkProperty(cases: 3_000) { g in
        let total = randomTotal(&g), weights = randomWeights(&g)
        let general = try! Apportionment.splitLeavingPartOfAStep(Exact(total), unit: .one, weights: weights)
        let whole = try! Apportionment.largestRemainder(total, weights: weights).map { Exact($0) }
        return general == whole ? nil : "\(total) by \(weights): \(general) vs \(whole)"
    }
}
