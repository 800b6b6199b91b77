/// One figure in a model of months or quarters: a flow shown in every period, or a figure shown
/// once, under the Total.
extension ReportBuilder {
    /// In a model of months or quarters, an amount of money with one figure (`£250 per month`) is
    /// that figure in every period, so it is shown in each period's column and totalled, not
    /// shown once under the total as a yearly model shows a constant.
    ///
    /// A count with one figure (`30,000 patients`) is a level, not a flow: the list size in
    /// every month is 30,000, and twelve months of it are not 360,000 patients. It stays one
    /// figure, shown once under the total as in a yearly model, so no total, year total or year
    /// to date adds it up. Rates stay as they are.
    ///
    /// A figure made from the periods' figures (`total(costs)`, `costs[2019-07]`, an outturn) is
    /// not a flow either: it is about the periods, not in each of them, so it too is shown once
    /// (`summarisesPeriods(_:)`); twelve months of a year's total would count the year twelve times.
    static func repeated(_ value: Value, over periods: Int) -> Value {
        guard !value.shape.hasYears, value.unit?.isMoney == true, value.failures.isEmpty else { return value }
        var cells: [Exact] = []
        cells.reserveCapacity(value.cells.count * periods)
        for cell in value.cells { cells += repeatElement(cell, count: periods) }
        return Value(kind: value.kind, shape: ValueShape(list: value.shape.list, hasYears: true), cells: cells)
    }

    /// Whether the line `name` reads, directly or through lines of one figure, a line with a
    /// figure for each period: then its one figure summarises periods (a total, a month's
    /// figure, an outturn) and is never repeated in each of them.
    func summarisesPeriods(_ name: String) -> Bool {
        if let definition = model.values[name]?.definition, readsPeriodsInline(definition.expression) { return true }
        var seen: Set<String> = [name]
        var pending = evaluator.graph.uses(of: name)
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            if evaluator.computedValue(of: next)?.shape.hasYears == true { return true }
            pending += evaluator.graph.uses(of: next)
        }
        return false
    }

    /// Whether an expression of one figure is made, within itself, from a value with a figure
    /// for each period: one month of a phasing (`phase(rent, flat)[2019-12]`), or a total over
    /// the periods of a formula. Such a figure summarises periods as a named line's would.
    private func readsPeriodsInline(_ expression: Expression) -> Bool {
        func hasPeriods(_ part: Expression) -> Bool { (try? evaluator.checker.type(of: part))?.shape.hasYears == true }
        switch expression.kind {
        case .index(let base, let indices):
            return hasPeriods(base) || readsPeriodsInline(base) || indices.contains(where: readsPeriodsInline)
        case .call(_, let arguments):
            return arguments.contains { hasPeriods($0.value) || readsPeriodsInline($0.value) }
        case .negate(let inner), .not(let inner), .convert(let inner, _):
            return readsPeriodsInline(inner)
        case .binary(_, let left, let right):
            return readsPeriodsInline(left) || readsPeriodsInline(right)
        case .conditional(let condition, let then, let otherwise):
            return readsPeriodsInline(condition) || readsPeriodsInline(then) || readsPeriodsInline(otherwise)
        case .filtered(let inner, let condition):
            return readsPeriodsInline(inner) || readsPeriodsInline(condition)
        case .row(let items):
            return items.contains(where: readsPeriodsInline)
        case .number, .money, .percent, .year, .yearRange, .month, .text, .name:
            return false
        }
    }
}
