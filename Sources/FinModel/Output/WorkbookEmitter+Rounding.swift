/// Rounding by the scenario's rule and step, written with the spreadsheet functions that round
/// that way, and uplift year on year.
///
/// A spreadsheet computes in binary floating point, so a figure whose exact value is a tie
/// (£2.675 to the penny) may be held a hair below or above it. Each formula is chosen so that
/// such noise cannot move the result:
///
/// | rule          | step £0.01 (a power of ten)                          | any other step s                  |
/// |---------------|------------------------------------------------------|-----------------------------------|
/// | `half_up`     | `ROUND(x,2)`                                         | `ROUND(ROUND(x/s,6),0)*s`         |
/// | `half_up`, £1 | `ROUND(ROUND(x,6),0)`                                |                                   |
/// | `half_even`   | `IF(MOD(ROUND(x*100,6),1)=0.5,2*ROUND(x*100/2,0),ROUND(x*100,0))/100` | the same over `x/s`, times `s` |
/// | `toward_zero` | `TRUNC(x,2)`                                         | `TRUNC(x/s)*s`                    |
/// | `down`        | `FLOOR(x,0.01)`                                      | `FLOOR(x,s)`                      |
/// | `up`          | `CEILING(x,0.01)`                                    | `CEILING(x,s)`                    |
///
/// `ROUND`, `TRUNC`, `FLOOR` and `CEILING` to decimal places allow for binary noise in both
/// Excel and LibreOffice (they round the figure to 15 significant digits first); LibreOffice's
/// `ROUND` to no decimals does not, so there the figure is first rounded to six decimals, and
/// `half_even` recognises a tie the same way. A figure whose exact value lies within a
/// two-millionth of a step of a tie without being one would be taken for the tie: the workbook
/// writes such a figure as its value, with a comment (`hazard`), rather than a formula that
/// could round it the wrong way.
extension WorkbookEmitter {
    /// The decimals of a step that is a power of ten: 2 for £0.01, 0 for £1, -3 for £1,000; nil otherwise.
    static func decimals(of step: Exact) -> Int? {
        if step.isInteger {
            var n = step.numerator, k = 0
            while n > 1 && n % 10 == 0 { n /= 10; k -= 1 }
            return n == 1 ? k : nil
        }
        guard step.numerator == 1 else { return nil }
        var d = step.denominator, k = 0
        while d % 10 == 0 { d /= 10; k += 1 }
        return d == 1 ? k : nil
    }

    /// `x` rounded to a whole multiple of `step` by `rule`, as the table above writes it.
    func rounded(_ x: WorkbookFormula, rule: RoundingRule, step: WorkbookStep, member: Int, year: Int) throws(WorkbookUnsupported) -> WorkbookFormula {
        let s: WorkbookFormula, places: Int?
        switch step {
        case .constant(let value): (s, places) = (.number(value), Self.decimals(of: value))
        case .term(let term): (s, places) = (try formula(term, member: member, year: year), nil)
        }
        // The number of steps, and the way back from it, as simply as the step allows.
        let steps: WorkbookFormula, back: (WorkbookFormula) -> WorkbookFormula
        switch places {
        case 0?: (steps, back) = (x, { $0 })
        case let k? where k > 0:
            let scale = WorkbookFormula.number(Exact(Self.power(k)))
            (steps, back) = (.binary("*", x, scale, .multiplicative), { .binary("/", $0, scale, .multiplicative) })
        default:
            (steps, back) = (.binary("/", x, s, .multiplicative), { .binary("*", $0, s, .multiplicative) })
        }
        switch rule {
        case .halfUp:
            if let k = places, k != 0 { return .call("ROUND", [x.text, "\(k)"]) }
            return back(.call("ROUND", ["ROUND(\(steps.text),6)", "0"]))
        case .halfEven:
            let half = WorkbookFormula.binary("/", steps, .number(Exact(2)), .multiplicative)
            let even = "2*ROUND(\(half.text),0)"
            return back(.call("IF", ["MOD(ROUND(\(steps.text),6),1)=0.5", even, "ROUND(\(steps.text),0)"]))
        case .towardZero:
            if let k = places { return .call("TRUNC", [x.text, "\(k)"]) }
            return back(.call("TRUNC", [steps.text]))
        case .down:
            return .call("FLOOR", [x.text, s.text])
        case .up:
            return .call("CEILING", [x.text, s.text])
        }
    }

    static func power(_ k: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<k { result *= 10 }
        return result
    }

    /// Refuses a formula for a figure whose exact value is within a two-millionth of a step of
    /// a tie without being one: a formula that recognises ties to six decimals of a step would
    /// round it as the tie (see the type's notes). Only rules and steps that read ties that way.
    func hazard(_ exact: Value, member: Int, year: Int, rule: RoundingRule, step: WorkbookStep) throws(WorkbookUnsupported) {
        guard let index = Self.index(in: exact, member: member, year: year, yearCount: years.count) else { return }
        try hazard(exact.cells[index], rule: rule, step: step)
    }

    func hazard(_ x: Exact, rule: RoundingRule, step: WorkbookStep) throws(WorkbookUnsupported) {
        guard case .constant(let s) = step else { return }
        let readsTiesToSixPlaces = rule == .halfEven || (rule == .halfUp && (Self.decimals(of: s) ?? 0) == 0)
        guard readsTiesToSixPlaces, let q = try? x.divided(by: s) else { return }
        let half = Exact(1, over: 2)
        guard let magnitude = q.signum < 0 ? (try? q.negated()) : q,
              let fraction = try? magnitude.subtracting(Exact(magnitude.roundedToInteger(.down))),
              let offset = try? fraction.subtracting(half), let distance = offset.signum < 0 ? (try? offset.negated()) : offset else { return }
        if distance.signum != 0, distance <= Exact(1, over: 2_000_000) {
            throw WorkbookUnsupported(reason: "its exact figure is within a two-millionth of a step of a tie, nearer than a spreadsheet's binary arithmetic can be trusted to round it")
        }
    }

    /// The index of the cell of `value` for `member` and `year`, as the evaluator lines cells up.
    static func index(in value: Value, member: Int, year: Int, yearCount: Int) -> Int? {
        if value.cells.count == 1 { return 0 }
        let index = (value.shape.list == nil ? 0 : member) * (value.shape.hasYears ? yearCount : 1) + (value.shape.hasYears ? year : 0)
        return index < value.cells.count ? index : nil
    }

    /// `uplift(...)` in one year: nothing before the base year; the base rounded in it; after
    /// it, the year before uplifted and rounded (each year) or the base compounded and rounded
    /// once. A line that is an uplift reads its own previous year's cell, as a spreadsheet
    /// column does: `=ROUND(C2*(1+pay_uplift),2)`.
    func uplift(_ uplift: WorkbookUplift, member: Int, year: Int) throws(WorkbookUnsupported) -> WorkbookFormula {
        guard year < uplift.offsets.count else { throw WorkbookUnsupported(reason: "a year outside the model") }
        let years = uplift.offsets[year]
        if years < 0 { return .number(.zero) }
        let rate = try formula(uplift.rate, member: member, year: year)
        let growth = WorkbookFormula.binary("+", .number(.one), rate, .additive)
        func round(_ value: WorkbookFormula) throws(WorkbookUnsupported) -> WorkbookFormula {
            try rounded(value, rule: uplift.rule, step: uplift.step, member: member, year: year)
        }
        if !uplift.roundsEachYear {
            let base = try formula(uplift.base, member: member, year: year)
            if years == 0 { return try round(base) }
            let compound = WorkbookFormula.binary("^", growth, .number(Exact(Int64(years))), .power)
            return try round(.binary("*", base, compound, .multiplicative))
        }
        if let line = uplift.line, year > 0, years >= 1, uplift.offsets[year - 1] == years - 1, let place = places[line], place.factor == nil {
            if let exact = uplift.exactLine, let rates = uplift.exactRates,
               let rateIndex = Self.index(in: rates, member: 0, year: year, yearCount: self.years.count),
               case let rate = rates.cells[rateIndex],
               let index = Self.index(in: exact, member: member, year: year - 1, yearCount: self.years.count),
               let growth = try? Exact.one.adding(rate), let unrounded = try? exact.cells[index].multiplied(by: growth) {
                try hazard(unrounded, rule: uplift.rule, step: uplift.step)
            }
            let previous = WorkbookFormula.reference(place.cell(member: member, year: year - 1), from: sheet)
            return try round(.binary("*", previous, growth, .multiplicative))
        }
        if uplift.ratesByYear, years >= 1 {
            // In a model of months or quarters, a later period of a year repeats the year's
            // figure: the cell before it. Compounding the base by this year's rate alone would
            // skip the earlier years' rates, so with no cell to read there is no formula.
            if let line = uplift.line, year > 0, uplift.offsets[year - 1] == years, let place = places[line], place.factor == nil {
                return .reference(place.cell(member: member, year: year - 1), from: sheet)
            }
            throw WorkbookUnsupported(reason: "an uplift by a rate for each year whose year before cannot be read")
        }
        guard years <= 40 else {
            throw WorkbookUnsupported(reason: "the uplift compounds \(years) years from its base year, too many to write out in one formula")
        }
        var value = try round(try formula(uplift.base, member: member, year: year))
        for _ in 0..<years { value = try round(.binary("*", value, growth, .multiplicative)) }
        return value
    }
}
