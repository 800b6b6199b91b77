/// How `explain` states a forecast: which months are actual and which forecast, and by what
/// rule, with the cut-off's month worked out rather than its name.
///
///     rounding: actual 2018-04 to 2018-09 (to cutoff), forecast 2018-10 to 2019-03 by the run rate
///               of the last 3 months of actuals, rounded half_up to £0.01
extension Explainer {
    /// The description of a call to a forecast function, or nil for any other call (or one whose
    /// cut-off cannot be worked out, which the catalogue's own words then describe).
    func forecastRule(_ bound: BuiltinFunction.Bound) -> String? {
        let readsActuals: Set<BuiltinFunction.Name> = [.forecast, .yearToDate, .outturn, .variance, .variancePercent]
        guard readsActuals.contains(bound.function.name), let axis = model.axis,
              let value = try? evaluator.evaluate(bound["to"]!), let ordinal = value.cells.first,
              case .month(let first)? = axis.periods.first, case .month(let last)? = axis.periods.last
        else { return nil }
        let cutoff = FinancialMonth(ordinal: Int(ordinal.roundedToInteger(.towardZero)))
        let texts = bound.texts
        let actual = "actual \(Period.month(first)) to \(Period.month(cutoff)) (to \(texts["to"] ?? "?"))"
        guard cutoff < last else { return actual + ", nothing forecast" }
        if bound.function.name == .yearToDate { return actual }
        let rule = if let months = texts["run_rate"] { "the run rate of the last \(months) months of actuals, rounded half_up to £0.01" }
            else if let with = texts["with"] { with } else { "the plan" }
        return "\(actual), forecast \(Period.month(cutoff.next)) to \(Period.month(last)) by \(rule)"
    }
}
