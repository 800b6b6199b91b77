/// Checks: each stated figure against the computed one, cell by cell, with the difference kept
/// even when it is within tolerance, so a reviewer sees every pound the source rounded away.
extension ReportBuilder {
    func compare(_ check: Model.Check) throws(Evaluator.Failure) -> [CheckResult] {
        let computed = try evaluator.evaluate(check.computed)
        let stated = try evaluator.evaluate(check.stated)
        var tolerance = Exact.zero
        if let toleranceSyntax = check.tolerance {
            tolerance = try evaluator.scalar(toleranceSyntax)
            guard tolerance >= .zero else {
                throw evaluator.fail(at: toleranceSyntax.span, "the tolerance cannot be negative", help: "write, for example, within £1")
            }
        }
        let label = check.message ?? check.computed.span.file.text(of: check.computed.span)
        let span = check.span
        // A stated percentage is shown as one: `7%`, not `0.07`.
        let isPercent = if case .percent = check.stated.kind { true } else { false }
        let format = isPercent ? .percent : computed.kind.format(display: nil)
        var results: [CheckResult] = []
        for index in computed.cells.indices {
            let statedCell = evaluator.axes.cell(stated, at: index, of: computed.shape)
            let computedCell = computed.cells[index]
            let difference = try evaluator.arithmetic(check.computed.span) { () throws(ArithmeticError) in try computedCell.subtracting(statedCell) }
            let magnitude = difference < .zero ? ((try? difference.negated()) ?? difference) : difference
            let (year, member) = evaluator.coordinates(of: index, in: computed.shape)
            let place = [member, year?.description].compactMap { $0 }.joined(separator: " ")
            results.append(CheckResult(
                label: label, place: place, stated: statedCell, computed: computedCell, tolerance: tolerance, format: format,
                passed: magnitude <= tolerance, path: span.file.path, line: span.line, column: span.column, span: span))
        }
        return results
    }
}
