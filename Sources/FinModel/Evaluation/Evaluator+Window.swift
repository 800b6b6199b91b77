/// A line's figures inside its `from … until …` months (or quarters), and zero outside them.
extension Evaluator {
    /// `value` in each period from the one holding `window.start` through the one holding
    /// `window.end` (each end the model's own when not written), zero in the periods outside; a
    /// failed cell outside the window is zero too, as the figure there is not used. In a model
    /// of quarters the checker has made sure each end is a quarter's first or last month.
    func windowed(_ value: Value, _ window: PeriodWindowSyntax) -> Value {
        guard let axis = model.axis else { return value }  // the checker reported it
        let first = window.start.flatMap { axis.position(holding: $0) } ?? 0
        let last = window.end.flatMap { axis.position(holding: $0) } ?? axis.count - 1
        return perPeriod(value, kind: value.kind, includes: { $0 >= first && $0 <= last }) { figure, _, _ in figure }
    }
}
