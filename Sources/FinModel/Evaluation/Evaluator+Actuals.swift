/// `forecast`, `year_to_date`, `outturn`, `variance` and `variance_percent`: a line's actuals to
/// a cut-off month, then a forecast by a rule, and what they come to over the cut-off's year.
///
/// The months up to the cut-off are the actuals exactly as the file gives them; after it, the
/// plan (the line itself), the mean of the last `run_rate` months of actuals rounded half_up to
/// the penny, or the figures of `with:`. The outturn and the
/// variance add the months of the cut-off's financial year that the model covers, so a plan and
/// its outturn are compared over the same months.
///
///     // plan £10,000 a month; actuals April to September £9,500, £10,500, … ; cut-off 2018-09
///     forecast(staff, to: cutoff)           // actuals to September, £10,000 a month after
///     variance(staff, to: cutoff)           // the sum of (actual − plan) to September: + is an overspend
extension Evaluator {
    /// The step a run rate is rounded to.
    static let penny = try! Exact(numerator: 1, denominator: 100)

    func actuals(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        guard let axis = model.axis, let actuals = model.actuals, case .name(let line) = bound["value"]!.kind,
              let given = actuals.months(of: line) else { throw .dependencyFailed }  // the checker reported it
        let plan = try compute(bound["value"]!).withExactFigures
        let cutoffValue = try compute(bound["to"]!).withExactFigures
        let cutoff = FinancialMonth(ordinal: Int(cutoffValue.cells[0].roundedToInteger(.towardZero)))
        guard let last = axis.position(of: .month(cutoff)) else {
            throw fail(at: bound["to"]!.span, "the cut-off \(Period.month(cutoff)) is outside the scenario's months (\(axis))",
                       help: "pick a month the scenario covers")
        }
        let runRate = bound["run_rate"].flatMap { syntax -> Int? in
            if case .number(let count, nil) = syntax.kind { Int(count.roundedToInteger(.towardZero)) } else { nil }
        }
        // A cut-off the checker could not see (worked out, not written) is checked here.
        try checker.requireActuals(of: line, in: actuals, through: cutoff, runRate: runRate, axis: axis,
                                   at: checker.writtenSpan(of: bound["to"]!))
        let with = try bound["with"].map { (syntax) throws(Failure) in try compute(syntax).withExactFigures }
        let shape = Value.Shape(list: nil, hasYears: true)
        let months = axis.periods.map { period -> FinancialMonth in
            if case .month(let month) = period { month } else { cutoff }
        }
        // The mean of the last `runRate` months of actuals, to the cut-off.
        var rate = Exact.zero
        if let runRate {
            rate = try arithmetic(span) { () throws(ArithmeticError) in
                var sum = Exact.zero
                for position in (last - runRate + 1)...last { sum = try sum.adding(given[months[position]]!.amount) }
                // A month is spent in whole pence: the mean is rounded half_up to the penny, as
                // `explain` states, so the forecast's months add up in a spreadsheet too.
                return try sum.divided(by: Exact(Int64(runRate))).rounded(.halfUp, toMultipleOf: Self.penny)
            }
        }
        var cells: [Exact] = []
        cells.reserveCapacity(axis.count)
        for position in 0..<axis.count {
            if position <= last {
                cells.append(given[months[position]]!.amount)
            } else if runRate != nil {
                cells.append(rate)
            } else if let with {
                cells.append(axes.cell(with, at: position, of: shape))
            } else {
                cells.append(axes.cell(plan, at: position, of: shape))
            }
        }
        if bound.function.name == .forecast { return Value(kind: .number(.money), shape: shape, cells: cells) }
        // Over the months of the cut-off's financial year that the model covers.
        let year = axis.positions(within: .year(cutoff.year))
        return try arithmetic(span) { () throws(ArithmeticError) in
            var actual = Exact.zero, outturn = Exact.zero, planned = Exact.zero
            for position in year {
                if position <= last { actual = try actual.adding(cells[position]) }
                outturn = try outturn.adding(cells[position])
                planned = try planned.adding(axes.cell(plan, at: position, of: shape))
            }
            let variance = try outturn.subtracting(planned)
            return switch bound.function.name {
            case .yearToDate: constant(actual, .number(.moneyPerYear))
            case .outturn: constant(outturn, .number(.moneyPerYear))
            case .variance: constant(variance, .number(.moneyPerYear))
            default: constant(try variance.divided(by: planned), .number(.none))
            }
        }
    }
}
