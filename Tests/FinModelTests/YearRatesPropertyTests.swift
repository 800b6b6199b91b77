import Testing
import TestSupport
@testable import FinModel

/// Rates given once for each financial year in models of months and quarters: an uplift by them
/// gives each period its year's figure from the same years counted in years, the fast path and
/// the exact path agree (figures and errors), and a rate that changes inside a year is refused
/// by both alike.
@Suite struct YearRatesPropertyTests {
    /// A random model of months or quarters, its financial years, and for each period the
    /// position of its year among them.
    struct Periods {
        let header: String
        let years: [Int]
        let positions: [Int]
    }

    static func randomPeriods(using random: inout SeededGenerator) -> Periods {
        let startYear = 2019 + random.next(below: 2)
        if random.next(below: 3) == 0 {
            // Quarters from startYear's quarter `first`, running `span` more.
            let first = random.next(below: 4), span = random.next(below: 12)
            let last = first + span
            func label(_ quarter: Int) -> String {
                let year = startYear + quarter / 4
                return "\(year)/\(year - 1999) Q\(quarter % 4 + 1)"
            }
            let positions = (first...last).map { $0 / 4 - first / 4 }
            return Periods(header: "quarters \(label(first)) to \(label(last))",
                           years: (0...positions.last!).map { startYear + first / 4 + $0 }, positions: positions)
        }
        // Months from April of startYear, offset by `first`, running `span` more.
        let first = random.next(below: 12), span = random.next(below: 40)
        func label(_ offset: Int) -> String {
            let month = (3 + offset) % 12 + 1, year = startYear + (3 + offset) / 12
            return "\(year)-\(month < 10 ? "0" : "")\(month)"
        }
        let positions = (first...(first + span)).map { $0 / 12 - first / 12 }
        return Periods(header: "months \(label(first)) to \(label(first + span))",
                       years: (0...positions.last!).map { startYear + first / 12 + $0 }, positions: positions)
    }

    static func year(_ start: Int) -> String { "\(start)/\(start - 1999)" }

    /// A rate between -5% and 10%, to the hundredth of a percent; zero one time in five.
    static func rate(using random: inout SeededGenerator) -> String {
        if random.next(below: 5) == 0 { return "0%" }
        let hundredths = random.next(below: 1_500) - 500
        let sign = hundredths < 0 ? "-" : "", size = abs(hundredths)
        return "\(sign)\(size / 100).\(size % 100 < 10 ? "0" : "")\(size % 100)%"
    }

    /// The same members and awards in the model of `periods` and in a model by years of the
    /// same financial years, with the uplifted yearly amounts and, in the first, their phasing.
    static func scenarios(_ periods: Periods, awards: String, using random: inout SeededGenerator) -> (periods: String, years: String) {
        let members = 1 + random.next(below: 4)
        var periodList = "list practices (amount £ per year):\n", yearList = "list practices (amount £):\n"
        for member in 0..<members {
            // A list's attributes are zero or more.
            let pence = random.next(below: 6) == 0 ? 0 : Int64(random.next(below: 2_000_000_000))
            let amount = FixedPhasePropertyTests.pounds(pence, using: &random)
            periodList += "  \"P\(member)\" \(amount) per year\n"
            yearList += "  \"P\(member)\" \(amount)\n"
        }
        let from = year(periods.years[0])
        func uplifts(perYear: String) -> String {
            """
            each_raw = uplift(amount, by: awards, from: \(from), policy: each_year, rule: half_even, step: £0.01\(perYear))
            once_raw = uplift(amount, by: awards, from: \(from), policy: once, rule: half_up, step: £0.01\(perYear))

            """
        }
        let periodText = "title \"Awards\"\n\(periods.header)\n\n\(periodList)\ninput awards = \(awards)\n\n" + uplifts(perYear: " per year") + """

            table "Awarded" by practices:
              each_flat "Each year, flat" = phase(each_raw, flat)
              once_flat "Once, flat" = phase(once_raw, flat)

            """
        // The same figures year on year with `prev`, not by `uplift`: a reference that shares no
        // code with the uplift by a rate for each year.
        let reference = """
            each_ref = if year <= \(from) then round(amount, half_even, £0.01) else round(prev(each_ref, first: £0) * (1 + awards), half_even, £0.01)
            once_exact = if year <= \(from) then amount else prev(once_exact, first: £0) * (1 + awards)
            once_ref = round(once_exact, half_up, £0.01)

            """
        let yearText = "title \"Awards\"\nyears \(from) to \(year(periods.years.last!))\n\n\(yearList)\ninput awards = \(awards)\n\n"
            + uplifts(perYear: "") + reference
        return (periodText, yearText)
    }

    static func prepare(_ text: String) -> Scenario.Prepared? {
        Scenario.load(path: "awards.scenario", text: text, files: .none).0?.prepare().0
    }

    @Test func eachPeriodTakesItsYearsFigureFromTheModelByYears() {
        var compared = 0
        checkProperty(cases: 300) { random in
            let periods = Self.randomPeriods(using: &random)
            let awards = periods.years.map { _ in Self.rate(using: &random) }.joined(separator: " | ")
            let (periodText, yearText) = Self.scenarios(periods, awards: awards, using: &random)
            guard let monthly = Self.prepare(periodText) else { return "does not check\n\(periodText)" }
            guard let yearly = Self.prepare(yearText) else { return "does not check\n\(yearText)" }
            let fast = FixedPointPropertyTests.evaluate(monthly, fixedPoint: true)
            let exact = FixedPointPropertyTests.evaluate(monthly, fixedPoint: false)
            let byYear = FixedPointPropertyTests.evaluate(yearly, fixedPoint: true)
            guard fast.diagnostics.isEmpty, byYear.diagnostics.isEmpty else {
                return "errors: \(fast.diagnostics.map(\.message)) \(byYear.diagnostics.map(\.message))\n\(periodText)"
            }
            for name in monthly.order where fast.values[name] != exact.values[name] {
                return "line '\(name)': fixed point and exact differ\n\(periodText)"
            }
            let count = periods.positions.count, yearCount = periods.years.count
            for (name, referenceName) in [("each_raw", "each_ref"), ("once_raw", "once_ref")] {
                guard let cells = fast.values[name] ?? nil, let yearCells = byYear.values[referenceName] ?? nil,
                      byYear.values[name] == byYear.values[referenceName] else { return "'\(name)' missing or not the reference's\n\(yearText)" }
                for index in cells.indices {
                    let member = index / count, position = periods.positions[index % count]
                    guard cells[index] == yearCells[member * yearCount + position] else {
                        return "'\(name)' period \(index % count) of member \(member): \(cells[index]), by years \(yearCells[member * yearCount + position])\n\(periodText)"
                    }
                }
            }
            compared += 1
            return nil
        }
        #expect(compared == 300)
    }

    /// A rate written for each period that changes inside a year after the base year: both
    /// paths refuse it with the same message, naming the year; a change inside the base year,
    /// whose rate is not used, is no error.
    @Test func aRateThatChangesInsideAYearIsRefusedByBothPaths() {
        var refused = 0
        checkProperty(cases: 200) { random in
            let periods = Self.randomPeriods(using: &random)
            var rates = periods.years.map { _ in Self.rate(using: &random) }
            var perPeriod = periods.positions.map { rates[$0] }
            // Change one period that is not the first of its year: in the base year one time in
            // four, where there is such a period, else in a later year.
            let inside = periods.positions.indices.filter { $0 > 0 && periods.positions[$0] == periods.positions[$0 - 1] }
            let later = inside.filter { periods.positions[$0] > 0 }, base = inside.filter { periods.positions[$0] == 0 }
            let candidates = later.isEmpty || (!base.isEmpty && random.next(below: 4) == 0) ? base : later
            guard let changed = candidates.isEmpty ? nil : candidates[random.next(below: candidates.count)] else { return nil }
            rates[periods.positions[changed]] = perPeriod[changed] == "1%" ? "2%" : "1%"
            perPeriod[changed] = rates[periods.positions[changed]]
            guard perPeriod.count != periods.years.count else { return nil }
            let (periodText, _) = Self.scenarios(periods, awards: perPeriod.joined(separator: " | "), using: &random)
            guard let monthly = Self.prepare(periodText) else { return "does not check\n\(periodText)" }
            let fast = FixedPointPropertyTests.evaluate(monthly, fixedPoint: true)
            let exact = FixedPointPropertyTests.evaluate(monthly, fixedPoint: false)
            guard fast.diagnostics == exact.diagnostics else {
                return "errors differ: \(fast.diagnostics.map(\.message)) against \(exact.diagnostics.map(\.message))\n\(periodText)"
            }
            let year = Self.year(periods.years[periods.positions[changed]])
            let inBaseYear = periods.positions[changed] == 0
            let refusal = fast.diagnostics.contains { $0.message.contains("this rate changes inside \(year)") }
            guard refusal != inBaseYear else {
                return "change in \(year) (base year: \(inBaseYear)): \(fast.diagnostics.map(\.message))\n\(periodText)"
            }
            refused += refusal ? 1 : 0
            return nil
        }
        #expect(refused >= 100, "only \(refused) scenarios had a rate that changes inside a used year")
    }
}
