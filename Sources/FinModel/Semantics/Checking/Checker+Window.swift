/// `from 2019-07 until 2021-03` on a line of a monthly or quarterly model: the line is its
/// formula in those periods and zero outside them, so it has a figure for each period.
///
///     months 2019-04 to 2021-03
///     locum = £4,000 per month from 2019-07 until 2020-12
///
///     quarters 2019/20 Q1 to 2020/21 Q4
///     contract = £3,000 per quarter from 2019-10 until 2020-06   // 2019/20 Q3 to 2020/21 Q1
///
/// Both months must lie within the model's periods: a start or an end outside it is a mistake
/// (a typed year, a model cut short), never silently a line that runs throughout. In a model of
/// quarters a line starts at a quarter's first month and stops at a quarter's last: a start in
/// August would need a part of a quarter, which no column of the model holds, so it is refused
/// with the months that would do, never rounded to a whole quarter.
extension Checker {
    func windowed(_ type: ValueType, _ window: PeriodWindowSyntax) throws(Failure) -> ValueType {
        let span = (window.startSpan ?? window.endSpan)!
        guard let axis = model.axis, !axis.isYearly else {
            throw fail(at: span, "'from' and 'until' take months, but this model counts in \(model.periodWord)",
                       help: "declare the months, as in: months 2019-04 to 2020-03")
        }
        guard case .number = type.kind else {
            throw fail(at: span, "only a figure can start or stop at a month, but this line is \(type.kind.description)",
                       help: "remove 'from' and 'until', or write them on the lines this one is computed from")
        }
        for (month, monthSpan, isStart) in [(window.start, window.startSpan, true), (window.end, window.endSpan, false)] {
            guard let month, let monthSpan else { continue }
            guard axis.position(holding: month) != nil else {
                throw fail(at: monthSpan, "\(Period.month(month)) is outside the scenario's \(model.periodWord) (\(axis))",
                           help: "use a month from \(axis), or widen the '\(model.periodWord)' line")
            }
            guard axis.granularity == .quarter else { continue }
            let quarter = month.quarter.months
            let edge = isStart ? quarter.first! : quarter.last!
            guard month == edge else {
                let (word, which) = isStart ? ("start", "first") : ("stop", "last")
                let months = "months \(Period.month(axis.periods.first!.months.first!)) to \(Period.month(axis.periods.last!.months.last!))"
                throw fail(at: monthSpan, "\(Period.month(month)) is inside \(month.quarter): in a model of quarters a line must \(word) at the \(which) month of a quarter",
                           label: "part of a quarter is no column of this model",
                           help: "\(word) at \(Period.month(edge)), the \(which) month of \(month.quarter), or declare the months: \(months)")
            }
        }
        return ValueType(kind: type.kind, shape: ValueShape(list: type.shape.list, hasYears: true))
    }
}
