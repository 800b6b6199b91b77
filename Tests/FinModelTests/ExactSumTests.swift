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
        // Whenever adding one by one holds the total, the running total gives exactly it.
        guard let chained else { return nil }
        return !failed && total.value == chained ? nil : "\(values): \(failed ? "overflow" : "\(total.value)") vs \(chained)"
    }
}

@Test func aTotalOfPenceKeepsItsDenominatorSmall() throws {
    var total = ExactSum()
    for pence in [1, 10, 25, 50, 99, 100] { try total.add(Exact(numerator: Int128(pence), denominator: 100)) }
    #expect(total.value == (try Exact(numerator: 285, denominator: 100)))
    #expect(ExactSum().value == .zero)
}
