/// A line's figures inside its `from … until …` months, and zero outside them.
extension Evaluator {
    /// `value` in each month from `window.start` through `window.end` (each end the model's own
    /// when not written), zero in the months outside; a failed cell outside the window is zero
    /// too, as the figure there is not used.
    func windowed(_ value: Value, _ window: PeriodWindowSyntax) -> Value {
        guard let axis = model.axis else { return value }  // the checker reported it
        let value = value.withExactFigures
        let first = window.start.flatMap { axis.position(of: .month($0)) } ?? 0
        let last = window.end.flatMap { axis.position(of: .month($0)) } ?? axis.count - 1
        let shape = Value.Shape(list: value.shape.list, hasYears: true)
        let count = axes.count(shape)
        var cells: [Exact] = []
        cells.reserveCapacity(count)
        var failures: [Int: Diagnostic] = [:]
        for index in 0..<count {
            let column = index % axes.yearCount
            let source = axes.sourceIndex(value, at: index, of: shape)
            guard column >= first, column <= last else {
                cells.append(.zero)
                continue
            }
            if let failure = value.failures[source] { failures[index] = failure }
            cells.append(value.figures[source])
        }
        return Value(kind: value.kind, shape: shape, cells: cells, failures: failures)
    }
}
