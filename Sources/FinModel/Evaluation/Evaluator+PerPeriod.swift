/// A value laid out period by period: the one loop behind `phase`, `from … until …` and
/// `pro_rata(…, days:)`, each of which makes a cell for every period of the model (and every
/// member of the value's list) from the figure of its argument that lines up with it.
extension Evaluator {
    /// `value` over the model's periods, keeping its list: each cell is `cell(figure, column,
    /// index)`, where `figure` is the cell of `value` that lines up with it, `column` the period's
    /// position on the axis and `index` the cell's own (for messages, through `place(of:in:)`).
    ///
    /// A period that `includes` leaves out is zero, and a failure of `value` there is dropped, as
    /// that figure is not used. Elsewhere a failed cell of `value` stays that cell's failure (its
    /// figure zero) and `cell` is not asked for it, so the failure an `if` branch hands on is
    /// reported only where it is needed.
    ///
    ///     perPeriod(£1,200 per year, kind: .number(.money)) { figure, column, _ in figure / 12 }
    ///     // £100 in each month
    func perPeriod<Failed: Error>(
        _ value: Value, kind: Value.Kind,
        includes: (_ column: Int) -> Bool = { _ in true },
        _ cell: (_ figure: Exact, _ column: Int, _ index: Int) throws(Failed) -> Exact
    ) throws(Failed) -> Value {
        let value = value.withExactFigures
        let shape = Value.Shape(list: value.shape.list, hasYears: true)
        let count = axes.count(shape)
        var cells: [Exact] = []
        cells.reserveCapacity(count)
        var failures: [Int: Diagnostic] = [:]
        for index in 0..<count {
            let column = index % axes.yearCount
            guard includes(column) else {
                cells.append(.zero)
                continue
            }
            let source = axes.sourceIndex(value, at: index, of: shape)
            if let failure = value.failures[source] {
                failures[index] = failure
                cells.append(.zero)
                continue
            }
            cells.append(try cell(value.figures[source], column, index))
        }
        return Value(kind: kind, shape: shape, cells: cells, failures: failures)
    }
}
