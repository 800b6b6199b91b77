/// The forecast functions: a line's actuals to a cut-off month, and a forecast after it.
///
///     input cutoff = 2018-09
///     actuals from "forecast-actuals.csv"
///     staff_forecast = forecast(staff, to: cutoff, run_rate: 3)   // actuals April to September, then the run rate
///     spent = year_to_date(staff, to: cutoff)                     // April to September's actuals
///     over = variance(staff, to: cutoff, run_rate: 3)             // outturn less plan: an overspend is positive
///
/// The first argument names a line of the plan, by month in pounds, that the actuals file gives
/// figures for; `to:` is a month (an input, so `--set cutoff=2018-10` moves it). Every month of
/// the model up to the cut-off must have an actual: a gap is reported at the file's row after it.
extension Checker {
    func actuals(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        let spelling = bound.function.spelling
        guard let axis = model.axis, axis.granularity == .month else {
            throw fail(at: span, "\(spelling)(...) reads actuals by month, but this model counts in \(model.periodWord)",
                       help: "declare the months instead, as in: months 2018-04 to 2019-03")
        }
        let lineSyntax = bound["value"]!
        guard case .name(let line) = lineSyntax.kind else {
            throw fail(at: lineSyntax.span, "\(spelling)(...) takes the name of a line with actuals",
                       help: "name a line of the plan that the actuals file gives figures for, as in \(bound.function.usage)")
        }
        let plan = try number(lineSyntax)
        guard let actuals = model.actuals else {
            throw fail(at: lineSyntax.span, "\(spelling)(...) reads actuals, but the scenario reads none",
                       help: "name the file of actual figures by line and month: actuals from \"forecast-actuals.csv\"")
        }
        guard actuals.months(of: line) != nil else {
            throw fail(at: lineSyntax.span, "'\(line)' has no actuals in '\(actuals.file.path)'",
                       help: "add rows for '\(line)' to the actuals file, or name a line it gives")
        }
        guard plan.kind.unit == .money, plan.shape.list == nil else {
            throw fail(at: lineSyntax.span, "'\(line)' is \(plan.kind.description), \(model.describe(plan.shape)); actuals are pounds by month",
                       help: "name a line of the plan in pounds, such as one phased by month")
        }
        let cutoffSyntax = bound["to"]!
        let cutoff = try type(of: cutoffSyntax)
        guard cutoff.kind == .month, cutoff.shape == .scalar else {
            throw fail(at: cutoffSyntax.span, "'to:' is the cut-off month, but this is \(cutoff.kind.description)",
                       help: "give the last month of actuals, as an input: input cutoff = 2018-09")
        }
        var runRate: Int?
        if let months = bound["run_rate"] {
            guard case .number(let count, nil) = months.kind, count.isInteger, count >= .one, count <= Exact(Int64(axis.count)) else {
                throw fail(at: months.span, "'run_rate:' is a whole number of months, from 1 to \(axis.count)",
                           help: "write how many of the last months of actuals to average, as in run_rate: 3")
            }
            runRate = Int(count.roundedToInteger(.towardZero))
        }
        if let with = bound["with"] {
            guard runRate == nil else {
                throw fail(at: with.span, "\(spelling)(...) takes a run rate or a forecast 'with:', not both",
                           help: "write run_rate: 3 for the mean of the last three months, or with: and the figures")
            }
            let forecast = try number(with)
            guard forecast.kind.unit == .money, forecast.shape.list == nil else {
                throw fail(at: with.span, "the forecast is \(forecast.kind.description), \(model.describe(forecast.shape)); it should be pounds by month",
                           help: "give the months after the cut-off in pounds, as in with: staff * 105%")
            }
        }
        if let month = writtenMonth(cutoffSyntax) {
            try requireActuals(of: line, in: actuals, through: month, runRate: runRate, axis: axis, at: writtenSpan(of: cutoffSyntax))
        }
        switch bound.function.name {
        case .forecast: return ValueType(kind: .number(.money), shape: ValueShape(list: nil, hasYears: true))
        case .variancePercent: return ValueType(kind: .number(.none), shape: .scalar)
        // A figure of the cut-off's financial year: pounds a year, shown once, as a yearly amount is.
        default: return ValueType(kind: .number(.moneyPerYear), shape: .scalar)
        }
    }

    /// The cut-off month when it is written out, directly or as an input's whole formula (after
    /// any `--set`); nil when it is worked out, and the evaluator checks it.
    func writtenMonth(_ syntax: Expression) -> FinancialMonth? {
        switch syntax.kind {
        case .month(let month): return month
        case .name(let name):
            if case .month(let month)? = model.values[name]?.definition.expression.kind { return month }
            return nil
        default: return nil
        }
    }

    /// Where the cut-off's month is written: the input's formula when `to:` names one (the same
    /// for every forecast that names it, so a gap is reported once), else the argument.
    func writtenSpan(of syntax: Expression) -> SourceSpan {
        if case .name(let name) = syntax.kind, let input = model.values[name] { return input.definition.expression.span }
        return syntax.span
    }

    /// Every month of the model up to `cutoff` has an actual for `line`, and a run rate has the
    /// months it averages.
    func requireActuals(of line: String, in actuals: ActualFigures, through cutoff: FinancialMonth, runRate: Int?,
                        axis: PeriodAxis, at span: SourceSpan) throws(Failure) {
        guard case .month(let first)? = axis.periods.first, let position = axis.position(of: .month(cutoff)) else { return }
        if let gap = actuals.firstGap(in: line, from: first, through: cutoff) {
            let place = actuals.placeOfGap(in: line, gap: gap)
            throw .reported(Diagnostic(
                at: place.span, "'\(line)' has no actual for \(Period.month(gap))", label: place.label,
                help: "give '\(line)' an actual for \(Period.month(gap)): every month to the cut-off needs one",
                notes: [Diagnostic.Note(span: span, message: "the cut-off is \(Period.month(cutoff))")]))
        }
        if let runRate, runRate > position + 1 {
            throw fail(at: span, "a run rate of \(runRate) months needs \(runRate) months of actuals, but the cut-off \(Period.month(cutoff)) gives \(position + 1)",
                       help: "average fewer months, or move the cut-off later")
        }
    }
}
