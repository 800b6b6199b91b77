import Testing
@testable import FinModel

/// One row: numerator / denominator and the result under each rule.
struct RoundingCase: Sendable, CustomTestStringConvertible {
    let numerator: Int128, denominator: Int128
    let halfEven: Int128, halfUp: Int128, towardZero: Int128, down: Int128, up: Int128
    var testDescription: String { "\(numerator)/\(denominator)" }

    func expected(_ rule: RoundingRule) -> Int128 {
        switch rule {
        case .halfEven: halfEven
        case .halfUp: halfUp
        case .towardZero: towardZero
        case .down: down
        case .up: up
        }
    }
}

/// Halfway and non-halfway cases, positive and negative, with the divisor's sign varied too.
let roundingTable: [RoundingCase] = [
    .init(numerator: 5, denominator: 2, halfEven: 2, halfUp: 3, towardZero: 2, down: 2, up: 3),      //  2.5
    .init(numerator: 7, denominator: 2, halfEven: 4, halfUp: 4, towardZero: 3, down: 3, up: 4),      //  3.5
    .init(numerator: -5, denominator: 2, halfEven: -2, halfUp: -3, towardZero: -2, down: -3, up: -2),  // -2.5
    .init(numerator: -7, denominator: 2, halfEven: -4, halfUp: -4, towardZero: -3, down: -4, up: -3),  // -3.5
    .init(numerator: 5, denominator: -2, halfEven: -2, halfUp: -3, towardZero: -2, down: -3, up: -2),  // -2.5
    .init(numerator: 1, denominator: 2, halfEven: 0, halfUp: 1, towardZero: 0, down: 0, up: 1),      //  0.5
    .init(numerator: -1, denominator: 2, halfEven: 0, halfUp: -1, towardZero: 0, down: -1, up: 0),   // -0.5
    .init(numerator: 12, denominator: 5, halfEven: 2, halfUp: 2, towardZero: 2, down: 2, up: 3),     //  2.4
    .init(numerator: 13, denominator: 5, halfEven: 3, halfUp: 3, towardZero: 2, down: 2, up: 3),     //  2.6
    .init(numerator: -12, denominator: 5, halfEven: -2, halfUp: -2, towardZero: -2, down: -3, up: -2), // -2.4
    .init(numerator: -13, denominator: 5, halfEven: -3, halfUp: -3, towardZero: -2, down: -3, up: -2), // -2.6
    .init(numerator: 6, denominator: 3, halfEven: 2, halfUp: 2, towardZero: 2, down: 2, up: 2),      //  2 exactly
    .init(numerator: -6, denominator: 3, halfEven: -2, halfUp: -2, towardZero: -2, down: -2, up: -2), // -2 exactly
    .init(numerator: 0, denominator: 7, halfEven: 0, halfUp: 0, towardZero: 0, down: 0, up: 0),
    .init(numerator: 1, denominator: 1000, halfEven: 0, halfUp: 0, towardZero: 0, down: 0, up: 1),  //  0.001
    .init(numerator: 1_829_647_445, denominator: 10_000, halfEven: 182_965, halfUp: 182_965,
          towardZero: 182_964, down: 182_964, up: 182_965),                                       // 182,964.7445
    .init(numerator: .max, denominator: 2, halfEven: Int128.max / 2 + 1, halfUp: Int128.max / 2 + 1,
          towardZero: Int128.max / 2, down: Int128.max / 2, up: Int128.max / 2 + 1),              // odd / 2 at the limit
    .init(numerator: .min, denominator: 3, halfEven: Int128.min / 3 - 1, halfUp: Int128.min / 3 - 1,
          towardZero: Int128.min / 3, down: Int128.min / 3 - 1, up: Int128.min / 3),              // -(q + 2/3) at the limit
]

@Test(arguments: roundingTable) func halfEvenRoundsTiesToTheEvenNeighbour(_ row: RoundingCase) {
    #expect(RoundingRule.halfEven.divide(row.numerator, by: row.denominator) == row.halfEven)
}

@Test(arguments: roundingTable) func halfUpRoundsTiesAwayFromZero(_ row: RoundingCase) {
    #expect(RoundingRule.halfUp.divide(row.numerator, by: row.denominator) == row.halfUp)
}

@Test(arguments: roundingTable) func towardZeroTruncates(_ row: RoundingCase) {
    #expect(RoundingRule.towardZero.divide(row.numerator, by: row.denominator) == row.towardZero)
}

@Test(arguments: roundingTable) func downRoundsTowardNegativeInfinity(_ row: RoundingCase) {
    #expect(RoundingRule.down.divide(row.numerator, by: row.denominator) == row.down)
}

@Test(arguments: roundingTable) func upRoundsTowardPositiveInfinity(_ row: RoundingCase) {
    #expect(RoundingRule.up.divide(row.numerator, by: row.denominator) == row.up)
}

/// A slow reference: the floor of n/d, then each rule decided from the exact fraction left over.
func referenceDivide(_ rule: RoundingRule, _ n: Int, _ d: Int) -> Int {
    let (n, d) = d < 0 ? (-n, -d) : (n, d)
    let floor = n >= 0 ? n / d : -((-n + d - 1) / d)
    let fraction = n - floor * d            // 0 <= fraction < d
    if fraction == 0 { return floor }
    switch rule {
    case .down: return floor
    case .up: return floor + 1
    case .towardZero: return n < 0 ? floor + 1 : floor
    case .halfUp:
        if 2 * fraction == d { return n < 0 ? floor : floor + 1 }
        return 2 * fraction < d ? floor : floor + 1
    case .halfEven:
        if 2 * fraction == d { return floor % 2 == 0 ? floor : floor + 1 }
        return 2 * fraction < d ? floor : floor + 1
    }
}

@Test(arguments: RoundingRule.allCases) func divideMatchesReferenceOnSmallDomain(_ rule: RoundingRule) {
    var mismatches = 0
    for n in -60...60 {
        for d in -13...13 where d != 0 {
            if rule.divide(Int128(n), by: Int128(d)) != Int128(referenceDivide(rule, n, d)) { mismatches += 1 }
        }
    }
    #expect(mismatches == 0)
}

@Test(arguments: [
    ("half_even", RoundingRule.halfEven), ("half_up", .halfUp), ("toward_zero", .towardZero),
    ("down", .down), ("up", .up), ("floor", .down), ("ceiling", .up),
])
func scenarioNamesAreReadIncludingAliases(_ name: String, _ rule: RoundingRule) {
    #expect(RoundingRule(scenarioName: name) == rule)
}

@Test(arguments: RoundingRule.allCases) func scenarioNameRoundTrips(_ rule: RoundingRule) {
    #expect(RoundingRule(scenarioName: rule.scenarioName) == rule)
    #expect(RoundingRule(rawValue: rule.rawValue) == rule)
}

@Test(arguments: ["halfUp", "HALF_UP", "half-up", "", "nearest"])
func unknownScenarioNamesAreRejected(_ name: String) {
    #expect(RoundingRule(scenarioName: name) == nil)
}

@Test func rawValuesAreTheSwiftCaseNames() {
    #expect(RoundingRule.allCases.map(\.rawValue) == ["halfEven", "halfUp", "towardZero", "down", "up"])
}

@Test func divisionByMinusOneNegates() {
    #expect(RoundingRule.halfEven.divide(Int128.max, by: -1) == -Int128.max)
}
