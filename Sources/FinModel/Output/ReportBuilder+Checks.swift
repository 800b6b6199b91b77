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
        let unit: Unit = if case .number(let unit) = computed.kind { unit } else { .none }
        let relative = check.toleranceIsRelative(figuresIn: unit)
        // Percentages are shown as percentages: `7%` or a row `10.1% | 9.8%`, not `0.101`.
        let format = showsAsPercent(check.stated) || showsAsPercent(check.computed) ? .percent : computed.kind.format(display: nil)
        var results: [CheckResult] = []
        for index in computed.cells.indices {
            let statedCell = evaluator.axes.cell(stated, at: index, of: computed.shape)
            let computedCell = computed.cells[index]
            let difference = try evaluator.arithmetic(check.computed.span) { () throws(ArithmeticError) in try computedCell.subtracting(statedCell) }
            var allowance = tolerance
            if relative {
                let size = statedCell < .zero ? ((try? statedCell.negated()) ?? statedCell) : statedCell
                allowance = try evaluator.arithmetic(check.tolerance!.span) { () throws(ArithmeticError) in try size.multiplied(by: tolerance) }
            }
            let (year, member) = evaluator.coordinates(of: index, in: computed.shape)
            let place = [member, year?.description].compactMap { $0 }.joined(separator: " ")
            results.append(CheckResult(
                label: label, place: place, stated: statedCell, computed: computedCell, tolerance: tolerance, format: format,
                comparison: check.comparison, toleranceIsRelative: relative,
                verdict: check.comparison.verdict(difference: difference, allowance: allowance), expected: check.expected?.note,
                list: computed.shape.list, path: span.file.path, line: span.line, column: span.column, span: span))
        }
        return results
    }

    /// Whether a check's figure is a percentage as written: `7%`, a row of them, or a line (or
    /// a year or member of one) shown in `%`.
    private func showsAsPercent(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .percent: true
        case .row(let items): items.allSatisfy(showsAsPercent)
        case .negate(let inner), .index(let inner, _): showsAsPercent(inner)
        case .convert(_, let unit): unit.words.first?.name == "%"
        case .name(let name): evaluator.displays[name]?.isPercent == true
        default: false
        }
    }
}
