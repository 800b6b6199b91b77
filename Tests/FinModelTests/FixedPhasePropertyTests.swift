import Testing
import TestSupport
@testable import FinModel

/// Monthly and quarterly models on the fast path: `phase(…, flat)` of pence, and `uplift` of a
/// yearly amount in a model of months, give the exact path's figures and errors, and are
/// computed in fixed point where they can be.
@Suite struct FixedPhasePropertyTests {
    /// A random model of months or quarters, starting and ending at any month of a year, with
    /// members whose yearly amounts are whole pence, parts of a penny or zero, and a budget that may be negative, phased
    /// flat (and by days, which stays exact) and uplifted each year before phasing.
    static func randomScenario(using random: inout SeededGenerator) -> String {
        let quarterly = random.next(below: 3) == 0
        let startYear = 2019 + random.next(below: 2)
        let header: String
        if quarterly {
            let first = 1 + random.next(below: 4), span = random.next(below: 12)
            let last = first + span
            header = "quarters \(startYear)/\(startYear - 1999) Q\(first) to \(startYear + (last - 1) / 4)/\(startYear + (last - 1) / 4 - 1999) Q\((last - 1) % 4 + 1)"
        } else {
            // Months from April of startYear, offset by `first`; calendar month labels.
            let first = random.next(below: 12), span = random.next(below: 40)
            func label(_ offset: Int) -> String {
                let month = (3 + offset) % 12 + 1, year = startYear + (3 + offset) / 12
                return "\(year)-\(month < 10 ? "0" : "")\(month)"
            }
            header = "months \(label(first)) to \(label(first + span))"
        }
        let members = 1 + random.next(below: 5)
        var text = "title \"Phasing\"\n\(header)\n\nlist practices (amount £ per year):\n"
        for member in 0..<members {
            let pence: Int64 = switch random.next(below: 6) {
            case 0: 0
            case 1: Int64(random.next(below: 1_000))
            case 2: Int64(random.next(below: 24))
            default: Int64(random.next(below: 2_000_000_000))
            }
            text += "  \"P\(member)\" \(pounds(pence, using: &random)) per year\n"
        }
        let rate = random.next(below: 500), from = startYear - random.next(below: 2)
        text += """

            input growth = \(rate / 100).\(rate % 100 < 10 ? "0" : "")\(rate % 100)%
            input budget = \(pounds(Int64(random.next(below: 2_000_000_000)) - 1_000_000_000, using: &random)) per year

            national "National" = total(phase(amount, flat), over: practices)
            whole "Budget, flat" = phase(budget, flat)

            table "Phased" by practices:
              flat "Flat" = phase(amount, flat)
              days "By days" = phase(amount, days)
              grown "Uplifted, flat" = phase(uplift(amount, by: growth, from: \(from)/\(from - 1999), policy: each_year, rule: half_even, step: £0.01 per year), flat)

            """
        return text
    }

    /// `pence` as pounds, `-£12.34`, with half a penny more one time in five (no whole pence).
    static func pounds(_ pence: Int64, using random: inout SeededGenerator) -> String {
        let sign = pence < 0 ? "-" : ""
        let whole = abs(pence) / 100, cents = abs(pence) % 100
        let part = random.next(below: 5) == 0 ? "5" : ""
        return "\(sign)£\(whole).\(cents < 10 ? "0" : "")\(cents)\(part)"
    }

    @Test func flatPhasingAndMonthlyUpliftsGiveTheExactPathsFigures() throws {
        var scenarios = 0, fixedLines = 0
        checkProperty(cases: 400) { random in
            let text = Self.randomScenario(using: &random)
            let (loaded, problems) = Scenario.load(path: "phasing.scenario", text: text, files: .none)
            guard let scenario = loaded, !problems.contains(where: \.isError) else { return "does not load: \(problems)\n\(text)" }
            let (prepared, checkProblems) = scenario.prepare()
            guard let prepared else { return "does not check: \(checkProblems)\n\(text)" }
            scenarios += 1
            let fast = FixedPointPropertyTests.evaluate(prepared, fixedPoint: true)
            let exact = FixedPointPropertyTests.evaluate(prepared, fixedPoint: false)
            fixedLines += fast.fixed
            for name in prepared.order where fast.values[name] != exact.values[name] {
                return "line '\(name)': fixed point \(String(describing: fast.values[name])), exact \(String(describing: exact.values[name]))\n\(text)"
            }
            if fast.diagnostics != exact.diagnostics {
                return "errors differ: \(fast.diagnostics.map(\.message)) against \(exact.diagnostics.map(\.message))\n\(text)"
            }
            return nil
        }
        #expect(scenarios == 400)
        // Not vacuous: flat phasing of whole pence, and most uplifts, are computed in fixed point.
        #expect(fixedLines >= 400, "only \(fixedLines) lines were computed in fixed point")
    }

    /// The shape of the monthly national scenario: each practice's yearly amount uplifted each
    /// year and phased flat, all in fixed point, the months adding up to the year exactly.
    @Test func anUpliftedYearlyAmountPhasedFlatIsFixedPointAndAddsUp() throws {
        let text = """
            title "National by month"
            months 2019-04 to 2021-03
            list practices (list_size patients):
              "Enderby"     6,254
              "Northfield" 11,491
            input rate = £1.23 per patient
            input growth = 1.5%
            stream = phase(uplift(rate * list_size * 1 per year, by: growth, from: 2019/20, policy: each_year, rule: half_even, step: £0.01 per year), flat)

            """
        let prepared = try #require(Scenario.load(path: "national.scenario", text: text, files: .none).0?.prepare().0)
        let fast = FixedPointPropertyTests.evaluate(prepared, fixedPoint: true)
        let exact = FixedPointPropertyTests.evaluate(prepared, fixedPoint: false)
        #expect(fast.diagnostics.isEmpty)
        #expect(fast.values == exact.values)
        #expect(fast.fixed >= 1)
        let months = try #require(fast.values["stream"] ?? nil)
        #expect(months.count == 48)
        // Enderby: £7,692.42 is 769,242 pence, 64,103 a month and 6 left: April to September
        // take £641.04, October to March £641.03.
        #expect(months[0] == (try Exact(parsingDecimal: "641.04")))
        #expect(months[5] == (try Exact(parsingDecimal: "641.04")))
        #expect(months[6] == (try Exact(parsingDecimal: "641.03")))
        #expect(try months[0..<12].reduce(Exact.zero) { try $0.adding($1) } == Exact(parsingDecimal: "7692.42"))
        // The second year, £7,807.81, adds up too.
        #expect(try months[12..<24].reduce(Exact.zero) { try $0.adding($1) } == Exact(parsingDecimal: "7807.81"))
    }
}
