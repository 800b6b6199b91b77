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
    #expect(throws: ApportionmentError.arithmetic(.notAWholeMultiple)) {
        try Apportionment.split(x("15.05"), step: x("0.1"), weights: [Exact(1)])
    }
    #expect(throws: ApportionmentError.arithmetic(.notAWholeMultiple)) {
        try Apportionment.split(x("1.005"), step: x("0.01"), weights: [Exact(1)])
    }
    #expect(throws: ApportionmentError.arithmetic(.divisionByZero)) { try Apportionment.split(Exact(1), step: .zero, weights: [Exact(1)]) }
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
