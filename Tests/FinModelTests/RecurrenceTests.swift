import Testing
import TestSupport
@testable import FinModel

/// A line that reads its own last year (`reserves = prev(reserves, first: …) + surplus`) is
/// worked out year by year, with the same figures on the fixed-point and the exact path, and
/// gives what writing each year out by hand gives.
@Suite struct RecurrenceTests {
    /// Every line's figures (nil for a line that failed) and the errors, with or without the
    /// fixed-point path.
    static func evaluate(_ text: String, fixedPoint: Bool = true) throws -> (values: [String: [Exact]], diagnostics: [String]) {
        let (loaded, problems) = Scenario.load(path: "recurrence.scenario", text: text, files: .none)
        try #require(problems.filter(\.isError).isEmpty, "\(problems.map(\.message))")
        let (checked, checkProblems) = try #require(loaded).prepare()
        let prepared = try #require(checked, "\(checkProblems.map(\.message))")
        var evaluator = Evaluator(checked: prepared)
        evaluator.usesFixedPoint = fixedPoint
        evaluator.evaluate(prepared.order)
        var values: [String: [Exact]] = [:]
        for name in prepared.order { values[name] = evaluator.value(of: name)?.cells }
        return (values, evaluator.diagnostics.map { "\($0.span.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" })
    }

    static func pounds(_ text: String) -> Exact { try! Exact(parsingDecimal: text) }

    @Test func aRunningBalanceAddsEachYearToTheYearBefore() throws {
        let (values, diagnostics) = try Self.evaluate("""
            years 2016/17 to 2018/19
            surplus = £752 | -£12,954 | -£48,733
            reserves = prev(reserves, first: £10,000) + surplus
            """)
        #expect(diagnostics.isEmpty)
        // 10,000 + 752; then - 12,954; then - 48,733.
        #expect(values["reserves"] == ["10752", "-2202", "-50935"].map(Self.pounds))
    }

    /// `prev(b, first: £0) + x` is the running total `cumulative(x)`, for random figures and
    /// random lists, whatever path computes it.
    @Test func aBalanceFromZeroIsTheCumulativeSum() throws {
        var random = SeededGenerator(seed: 12)
        for _ in 0..<40 {
            let years = Int.random(in: 2...6, using: &random)  // one figure is not a row
            let row = (0..<years).map { _ in
                "\(Bool.random(using: &random) ? "-" : "")£\(Int.random(in: 0...99_999, using: &random)).\(Int.random(in: 10...99, using: &random))"
            }
            let text = """
                years 2016/17 to \(FinancialYear(startYear: 2016 + years - 1))
                list practices (size patients):
                  "A" \(Int.random(in: 0...9_000, using: &random))
                  "B" \(Int.random(in: 0...9_000, using: &random))
                x = \(row.joined(separator: " | "))
                balance = prev(balance, first: £0) + x
                running = cumulative(x)
                by_practice = prev(by_practice, first: £0) + x * size / 1,000 patients
                by_practice_running = cumulative(x * size / 1,000 patients)
                """
            for fixedPoint in [true, false] {
                let (values, diagnostics) = try Self.evaluate(text, fixedPoint: fixedPoint)
                #expect(diagnostics.isEmpty)
                #expect(values["balance"] == values["running"], "\(text)")
                #expect(values["by_practice"] == values["by_practice_running"], "\(text)")
            }
        }
    }

    /// A balance kept above zero by `max` is not a sum; the fixed-point and exact paths agree.
    @Test func aFlooredBalanceIsTheSameOnBothPaths() throws {
        let text = """
            years 2016/17 to 2020/21
            surplus = £752.31 | -£12,954.02 | £48,733 | -£60,000 | £1.01
            kept = max(prev(kept, first: £10,000) + surplus, £0)
            halved = round(prev(halved, first: £1,001) / 2 + surplus, half_even, £0.01)
            """
        let fast = try Self.evaluate(text, fixedPoint: true)
        let exact = try Self.evaluate(text, fixedPoint: false)
        #expect(fast.values == exact.values)
        #expect(fast.values["kept"] == ["10752.31", "0", "48733", "0", "1.01"].map(Self.pounds))
        // 1,001 / 2 + 752.31 = 1,252.81; / 2 - 12,954.02 = -12,327.615 → -12,327.62 (half even: …615 → …62)
        #expect(fast.values["halved"].map { Array($0.prefix(2)) } == ["1252.81", "-12327.62"].map(Self.pounds))
    }

    /// A division by zero in a later year is reported in that year, as for any line.
    @Test func aFailureInALaterYearNamesThatYear() throws {
        let (values, diagnostics) = try Self.evaluate("""
            years 2016/17 to 2018/19
            divisor = 1 | 2 | 0
            share = prev(share, first: £100) / divisor
            """)
        #expect(values["share"] == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.contains("in 2018/19") == true, "\(diagnostics)")
    }
}
