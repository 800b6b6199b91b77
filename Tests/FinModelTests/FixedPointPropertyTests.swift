import Testing
import TestSupport
@testable import FinModel

/// The evaluator's fixed-point fast path changes nothing but speed: on random scenarios, every
/// line's figures and every error (message and place) are the same with it on and with it
/// forced off, when every figure is computed in `Exact`.
@Suite struct FixedPointPropertyTests {
    /// A random scenario that checks cleanly: lines the checker refuses are dropped, with the
    /// lines that use them, until none is left to drop.
    static func checkedScenario(using random: inout SeededGenerator) -> (String, Scenario.Prepared)? {
        var lines = RandomScenario.text(using: &random).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<8 {
            let text = lines.joined(separator: "\n")
            let (loaded, loadProblems) = Scenario.load(path: "random.scenario", text: text, files: .none)
            guard let scenario = loaded else { return nil }
            let problems = loadProblems.contains(where: \.isError) ? loadProblems : scenario.prepare().1
            let bad = Set(problems.filter(\.isError).compactMap { $0.span?.line })
            if bad.isEmpty {
                guard let prepared = scenario.prepare().0 else { return nil }
                return (text, prepared)
            }
            // Only lines that define a value may go; a broken header means no scenario.
            guard bad.allSatisfy({ lines[$0 - 1].hasPrefix("l") || lines[$0 - 1].hasPrefix("input") }) else { return nil }
            lines = lines.enumerated().filter { !bad.contains($0.offset + 1) }.map(\.element)
        }
        return nil
    }

    /// Every line's figures, as exact fractions, and the errors, evaluated with or without the fast path.
    static func evaluate(_ prepared: Scenario.Prepared, fixedPoint: Bool) -> (values: [String: [Exact]?], diagnostics: [Diagnostic], fixed: Int) {
        var evaluator = Evaluator(checked: prepared)
        evaluator.usesFixedPoint = fixedPoint
        evaluator.evaluate(prepared.order)
        var values: [String: [Exact]?] = [:]
        var fixed = 0
        for name in prepared.order {
            values[name] = evaluator.value(of: name)?.cells
            if case .some(.some(let value)) = evaluator.values[name], value.figures.isFixed { fixed += 1 }
        }
        return (values, evaluator.diagnostics, fixed)
    }

    @Test func theFastPathGivesTheExactPathsFiguresAndErrors() {
        var scenarios = 0, fixedLines = 0, failures = 0
        checkProperty(cases: 1_500) { random in
            guard let (text, prepared) = Self.checkedScenario(using: &random) else { return nil }
            scenarios += 1
            let fast = Self.evaluate(prepared, fixedPoint: true)
            let exact = Self.evaluate(prepared, fixedPoint: false)
            fixedLines += fast.fixed
            failures += exact.diagnostics.isEmpty ? 0 : 1
            #expect(exact.fixed == 0)
            for name in prepared.order where fast.values[name] != exact.values[name] {
                return "line '\(name)': fixed point \(String(describing: fast.values[name])), exact \(String(describing: exact.values[name]))\n\(text)"
            }
            if fast.diagnostics != exact.diagnostics {
                let describe = { (list: [Diagnostic]) in list.map { "\($0.span.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" } }
                return "errors differ: fixed point \(describe(fast.diagnostics)), exact \(describe(exact.diagnostics))\n\(text)"
            }
            return nil
        }
        // Not vacuous: many scenarios check, the fast path computes many lines, and some fail.
        #expect(scenarios >= 500, "only \(scenarios) random scenarios checked")
        #expect(fixedLines >= 1_000, "only \(fixedLines) lines were computed in fixed point")
        #expect(failures >= 20, "only \(failures) scenarios had an error to compare")
    }

    /// The national scenario's shape: a rate per patient times each practice's list size,
    /// uplifted each year to the penny, and totalled; every line in fixed point.
    @Test func aRateTimesListSizesUpliftedAndTotalledIsComputedInFixedPoint() throws {
        let text = """
            title "National"
            years 2019/20 to 2023/24
            list practices (list_size patients):
              "Enderby"     6,254
              "Northfield" 11,490
              "Empty"           0
            input rate = £1.23 per patient
            input growth = 1.5%
            stream = uplift(rate * list_size, by: growth, from: 2019/20, policy: each_year, rule: half_even, step: £0.01)
            table "Totals":
              national = total(stream, over: practices)
              share = round(national * 95%, half_up, £0.01)

            """
        let prepared = try #require(Scenario.load(path: "national.scenario", text: text, files: .none).0?.prepare().0)
        let fast = Self.evaluate(prepared, fixedPoint: true)
        let exact = Self.evaluate(prepared, fixedPoint: false)
        #expect(fast.diagnostics.isEmpty)
        #expect(fast.values == exact.values)
        #expect(fast.fixed == 3)
        // £1.23 × 6,254 = £7,692.42; plus 1.5% is £7,807.8063, to the penny half even £7,807.81.
        let enderby = try #require(fast.values["stream"] ?? nil)
        #expect(enderby[0] == (try Exact(parsingDecimal: "7692.42")))
        #expect(enderby[1] == (try Exact(parsingDecimal: "7807.81")))
    }
}

/// The column-wide uplift walks four members at a time and rounds without branching; each
/// member's counts must still be those `Uplift.roundEachYearInSteps` gives for it alone.
@Suite struct FixedColumnUpliftTests {
    @Test func fourLanesGiveEachMembersOwnSeries() {
        checkProperty(cases: 3_000) { random in
            let members = 1 + random.next(below: 9)
            // Half the columns are amounts of zero or more, which take the unsigned loop.
            let lowest: Int64 = random.next(below: 2) == 0 ? 0 : -1_000_000_000
            let starts = (0..<members).map { _ in lowest + Int64(random.next(below: 2_000_000_001)) }
            let multiplier = Int64(random.next(below: 30_000)) - 5_000, denominator = UInt64(1 + random.next(below: 20_000))
            let rule = RoundingRule.allCases[random.next(below: RoundingRule.allCases.count)]
            let firstOffset = random.next(below: 7) - 3, yearCount = 1 + random.next(below: 6)
            let factor = Exact(Int128(multiplier), over: Int128(denominator))
            guard let divisor = PreparedDivisor(UInt64(factor.denominator)), let reduced = Int64(exactly: factor.numerator) else { return nil }
            let column = FixedColumn.upliftedEachYear(
                starts, multiplier: reduced, divisor: divisor, rule: rule, firstOffset: firstOffset, yearCount: yearCount)
            var expected: [Int64] = []
            let last = firstOffset + yearCount - 1
            for start in starts {
                var series = [start]
                let done = Uplift.roundEachYearInSteps(from: start, factor: factor, rule: rule, years: Swift.max(0, last)) { series.append($0) }
                let complete = done == Swift.max(0, last)
                if !complete || (last >= 0 && series[Swift.max(0, firstOffset)...last].contains { !FixedColumn.within($0) }) {
                    // Past 64 bits or the column's bound: the column gives way to the exact path.
                    return column == nil ? nil : "a column past the bound was given: \(starts) × \(factor)"
                }
                expected += (0..<yearCount).map { position in
                    let offset = firstOffset + position
                    return offset < 0 ? 0 : series[offset]
                }
            }
            return column == expected ? nil : "\(starts) × \(factor) \(rule) from \(firstOffset): \(String(describing: column)) != \(expected)"
        }
    }
}
