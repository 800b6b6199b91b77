/// A line that reads its own last year (`Recurrence`), worked out one year at a time.
///
///     reserves = prev(reserves, first: £10,000) + surplus    // surplus £752 | -£12,954
///     // year 1: £10,000 + £752 = £10,752; year 2: £10,752 - £12,954 = -£2,202
///
/// The checker allows the line to read itself only through `prev(line, first: …)` reached cell
/// by cell, so year `k` of the formula reads only years before `k` of the line. The formula is
/// evaluated once for each year, with the years found so far in place of the line (later years
/// are zero and unused), and year `k` of the result is kept. The figures are those of writing
/// each year's formula out by hand, on the exact path; a cell that fails (a division by zero)
/// fails the line at that cell, as in any line.
extension Evaluator {
    func recurrence(_ name: String, _ expression: Expression) throws(Failure) -> Value {
        guard let type = types[name] else { throw .dependencyFailed }
        let shape = type.shape
        let years = axes.yearCount
        var cells = [Exact](repeating: .zero, count: axes.count(shape))
        var failures: [Int: Diagnostic] = [:]
        // Failures are kept cell by cell: a later year's cell, computed from a zero not yet
        // replaced, must not stop the year being worked out.
        var yearByYear = self
        yearByYear.keepsFailures = true
        for year in 0..<years {
            yearByYear.assume(name, is: Value(kind: type.kind, shape: shape, cells: cells, failures: failures))
            let value = try yearByYear.compute(expression)
            for index in stride(from: year, to: cells.count, by: years) {
                let source = axes.sourceIndex(value, at: index, of: shape)
                if let failure = value.failures[source] {
                    failures[index] = failure
                } else {
                    cells[index] = value.figures[source]
                }
            }
        }
        let result = Value(kind: type.kind, shape: shape, cells: cells, failures: failures)
        if !keepsFailures, let failure = result.firstFailure { throw .reported(failure) }
        return result
    }
}
