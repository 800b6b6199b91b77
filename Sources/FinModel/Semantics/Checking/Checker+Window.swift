/// `from 2019-07 until 2021-03` on a line of a monthly model: the line is its formula in those
/// months and zero outside them, so it has a figure for each month.
///
///     months 2019-04 to 2021-03
///     locum = £4,000 per month from 2019-07 until 2020-12
///
/// Both months must lie within the model's months: a start or an end outside it is a mistake
/// (a typed year, a model cut short), never silently a line that runs throughout.
extension Checker {
    func windowed(_ type: ValueType, _ window: PeriodWindowSyntax) throws(Failure) -> ValueType {
        let span = (window.startSpan ?? window.endSpan)!
        guard let axis = model.axis, axis.granularity == .month else {
            throw fail(at: span, "'from' and 'until' take months, but this model counts in \(model.periodWord)",
                       help: "declare the months, as in: months 2019-04 to 2020-03")
        }
        guard case .number = type.kind else {
            throw fail(at: span, "only a figure can start or stop at a month, but this line is \(type.kind.description)",
                       help: "remove 'from' and 'until', or write them on the lines this one is computed from")
        }
        for (month, monthSpan) in [(window.start, window.startSpan), (window.end, window.endSpan)] {
            guard let month, let monthSpan, axis.position(of: .month(month)) == nil else { continue }
            throw fail(at: monthSpan, "\(Period.month(month)) is outside the scenario's months (\(axis))",
                       help: "use a month from \(axis), or widen the 'months' line")
        }
        return ValueType(kind: type.kind, shape: ValueShape(list: type.shape.list, hasYears: true))
    }
}
