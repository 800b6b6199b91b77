import Testing
@testable import FinModel

/// Largest remainder written out the plainest way, in 128 bits with a full sort: the oracle the
/// prepared `Apportioner` (64-bit divisions, an equal-weights loop) must agree with exactly.
private func plainLargestRemainder(_ total: Int64, integerWeights weights: [UInt128]) -> [Int64]? {
    let sum = weights.reduce(0, +)
    let units = UInt128(total.magnitude)
    var parts: [UInt128] = [], remainders: [UInt128] = []
    for weight in weights {
        let (product, overflow) = units.multipliedReportingOverflow(by: weight)
        if overflow { return nil }
        parts.append(product / sum)
        remainders.append(product % sum)
    }
    let leftover = Int(units - parts.reduce(0, +))
    let order = weights.indices.sorted { a, b in
        remainders[a] != remainders[b] ? remainders[a] > remainders[b] : weights[a] != weights[b] ? weights[a] > weights[b] : a < b
    }
    for index in order.prefix(leftover) { parts[index] += 1 }
    return parts.map { total < 0 ? Int64(truncatingIfNeeded: 0 &- UInt64($0)) : Int64($0) }
}

@Test func twelveEqualMonthsGiveTheLeftoverPenniesToTheFirstMonths() throws {
    let months = try Apportioner(weights: Array(repeating: Exact.one, count: 12))
    #expect(months.count == 12)
    #expect(try months.split(1_000_003) == Array(repeating: 83_334, count: 7) + Array(repeating: 83_333, count: 5))
    #expect(try months.split(-25) == Array(repeating: -3, count: 1) + Array(repeating: -2, count: 11))
    #expect(try months.split(0) == Array(repeating: 0, count: 12))
}

@Test func splittingAppendsCellsAfterThoseAlreadyThere() throws {
    let months = try Apportioner(weights: Array(repeating: Exact(7), count: 12))
    var cells = [Money(pence: 42)]
    try months.split(Money(pence: 1_205), appendingTo: &cells)
    try months.split(Money(pence: -13), appendingTo: &cells)
    #expect(cells.map(\.pence) == [42] + [101, 101, 101, 101, 101] + Array(repeating: 100, count: 7) + [-2] + Array(repeating: -1, count: 11))
    let shares = try Apportioner(weights: [Exact(1), Exact(3)])
    try shares.split(Money(pence: 2), appendingTo: &cells)
    #expect(cells.suffix(2).map(\.pence) == [0, 2])
}

@Test func aPreparedSplitMatchesPlainLargestRemainder() {
    checkProperty(cases: 5_000) { g in
        let count = Int.random(in: 1...14, using: &g)
        // Small weights (64-bit path), equal weights, or weights beyond 64 bits (128-bit path).
        let kind = Int.random(in: 0..<3, using: &g)
        var integers: [UInt128] = (0..<count).map { _ in
            switch kind {
            case 0: UInt128(UInt64.random(in: 0...40_000, using: &g))
            case 1: 5
            default: UInt128(UInt64.random(in: 0...UInt64.max, using: &g)) << 40
            }
        }
        if integers.allSatisfy({ $0 == 0 }) { integers[0] = 1 }
        let total = Bool.random(using: &g) ? Int64.random(in: -10_000...10_000, using: &g) : Int64.random(in: .min ... .max, using: &g)
        let weights = integers.map { Exact(Int128($0)) }
        let divisor = integers.reduce(UInt128(0)) { Exact.gcd($0, $1) }
        let expected = plainLargestRemainder(total, integerWeights: integers.map { $0 / divisor })
        let apportioner = try! Apportioner(weights: weights)
        let split = try? apportioner.split(total)
        var cells: [Money] = []
        let appended = (try? apportioner.split(Money(pence: total), appendingTo: &cells)) != nil ? cells.map(\.pence) : nil
        return split == expected && appended == expected ? nil : "\(total) by \(integers): \(String(describing: split)), expected \(String(describing: expected))"
    }
}

@Test func preparingRejectsTheSameWeightsAsLargestRemainder() {
    #expect(throws: ApportionmentError.noWeights) { try Apportioner(weights: []) }
    #expect(throws: ApportionmentError.negativeWeight(index: 2)) { try Apportioner(weights: [.one, .one, Exact(-1)]) }
    #expect(throws: ApportionmentError.allWeightsZero) { try Apportioner(weights: [.zero]) }
    var cells: [Money] = []
    #expect(throws: ApportionmentError.arithmetic(.overflow)) {
        try Apportioner(weights: [Exact(Int128.max), .one]).split(Money(pence: .max), appendingTo: &cells)
    }
    #expect(cells.isEmpty)
}

/// Splitting into memory the caller owns (a part of a large buffer, as the benchmark's threads
/// fill one) writes exactly the parts appending gives, after what the span already holds.
@Test func splittingIntoASpanWritesWhatAppendingGives() throws {
    let buffer = UnsafeMutableBufferPointer<Money>.allocate(capacity: 40)
    defer { buffer.deallocate() }
    for weights in [Array(repeating: Exact.one, count: 12), [Exact(1), Exact(3), Exact(2)]] {
        let apportioner = try Apportioner(weights: weights)
        let amounts = [Money(pence: 1_205), Money(pence: -13), Money(pence: 0)]
        var expected: [Money] = []
        try apportioner.split(amounts, appendingTo: &expected)
        var cells = OutputSpan(buffer: buffer, initializedCount: 0)
        cells.append(Money(pence: 42))
        try apportioner.split(amounts, into: &cells)
        let written = cells.finalize(for: buffer)
        #expect(Array(buffer[0..<written]).map(\.pence) == [42] + expected.map(\.pence))
    }
}

@Test func aSplitIntoASpanThatOverflowsLeavesItAsItWas() throws {
    let buffer = UnsafeMutableBufferPointer<Money>.allocate(capacity: 8)
    defer { buffer.deallocate() }
    let apportioner = try Apportioner(weights: [Exact(Int128.max), .one])
    var cells = OutputSpan(buffer: buffer, initializedCount: 0)
    cells.append(Money(pence: 7))
    #expect(throws: ApportionmentError.arithmetic(.overflow)) {
        try apportioner.split([Money(pence: 1), Money(pence: .max)], into: &cells)
    }
    #expect(cells.finalize(for: buffer) == 1)
    #expect(buffer[0].pence == 7)
}
