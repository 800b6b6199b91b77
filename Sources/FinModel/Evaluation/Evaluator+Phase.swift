/// `phase(amount per year, flat | days | profile: …)`: each period's share of its year's amount,
/// in whole pence, so a year's months (and quarters) add back to the amount exactly.
///
/// A period takes the months of its financial year that it covers, of the year's spread
/// (`Phasing.share(of:in:)`): a model that starts in July shows July to March of the year's
/// twelve, and never spreads the whole amount over the months it happens to show.
extension Evaluator {
    func phase(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        guard let axis = model.axis else { throw .dependencyFailed }  // the checker reported it
        let computed = try compute(bound["value"]!)
        let phasing: Phasing
        if let by = bound["by"] {
            phasing = try checker.word(by, among: BuiltinFunction.phasings, role: "phasing") == "days" ? .days : .flat
        } else {
            phasing = .profile(try checker.profileWeights(bound["profile"]!))
        }
        if phasing == .flat, let fast = fixedFlatPhase(computed, periods: axis.periods) { return fast }
        let value = computed.withExactFigures
        let shape = Value.Shape(list: value.shape.list, hasYears: true)
        let count = axes.count(shape)
        var cells: [Exact] = []
        cells.reserveCapacity(count)
        var failures: [Int: Diagnostic] = [:]
        for index in 0..<count {
            let source = axes.sourceIndex(value, at: index, of: shape)
            if let failure = value.failures[source] {
                failures[index] = failure
                cells.append(.zero)
                continue
            }
            do {
                cells.append(try phasing.share(of: value.figures[source], in: axis.periods[index % axes.yearCount]))
            } catch {
                throw fail(at: span, error.message + place(of: index, in: shape), help: "check the amount and the profile's weights")
            }
        }
        return Value(kind: .number(.money), shape: shape, cells: cells, failures: failures)
    }
}
