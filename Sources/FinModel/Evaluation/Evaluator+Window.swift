/// A line's figures inside its `from … until …` months, and zero outside them.
extension Evaluator {
    /// `value` in each month from `window.start` through `window.end` (each end the model's own
    /// when not written), zero in the months outside; a failed cell outside the window is zero
    /// too, as the figure there is not used.
    func windowed(_ value: Value, _ window: PeriodWindowSyntax) -> Value {
        guard let axis = model.axis else { return value }  // the checker reported it
        let first = window.start.flatMap { axis.position(of: .month($0)) } ?? 0
        let last = window.end.flatMap { axis.position(of: .month($0)) } ?? axis.count - 1
        return perPeriod(value, kind: value.kind, includes: { $0 >= first && $0 <= last }) { figure, _, _ in figure }
    }
}
