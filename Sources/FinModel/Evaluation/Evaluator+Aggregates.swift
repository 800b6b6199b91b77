/// The figures of the aggregates over a list's members: `total` and `average` with `where`,
/// `min` and `max` of one value, `count` and `share`.
///
/// All are exact: a total is the exact sum, an average the exact sum divided by the number of
/// members kept (no rounding: `round(...)` it where a rule says so), a share the exact fraction
/// of the total. They read every member's figure, so a failed cell fails the whole call.
///
/// A filter that keeps no member gives `count` 0 and `total` 0 in the value's unit; `average`,
/// `min` and `max` of no member are errors at the call, naming the year where the filter is by
/// year, and so is `share` of a total of zero.
extension Evaluator {
    /// A value laid out in the shape it takes with its filter, and which of its cells the filter keeps.
    struct Kept {
        let value: Value
        /// For each cell of `value`, whether the filter keeps it (all, without a filter).
        let kept: [Bool]
        let list: String
        let members: Int
        let years: Int

        /// The cells of one year (of each year's column, `0` for a value with no years), member by member.
        func indices(year: Int) -> StrideTo<Int> { stride(from: year, to: members * years, by: years) }
    }

    /// The cells of `syntax` (a value by list, perhaps `value where condition`), broadcast to
    /// the shape the two make together.
    func kept(_ syntax: Expression) throws(Failure) -> Kept {
        var valueSyntax = syntax
        var condition: Value?
        if case .filtered(let base, let filter) = syntax.kind {
            valueSyntax = base
            condition = try strict(filter)
        }
        let value = try strict(valueSyntax)
        guard let list = value.shape.list else { throw .dependencyFailed }  // the checker insists on a list
        let shape = Value.Shape(list: list, hasYears: value.shape.hasYears || (condition?.shape.hasYears ?? false))
        let count = axes.count(shape)
        var cells: [Exact] = []
        cells.reserveCapacity(count)
        var kept: [Bool] = []
        kept.reserveCapacity(count)
        for index in 0..<count {
            cells.append(axes.cell(value, at: index, of: shape))
            kept.append(condition.map { axes.cell($0, at: index, of: shape) != .zero } ?? true)
        }
        return Kept(value: Value(kind: value.kind, shape: shape, cells: cells), kept: kept, list: list,
                    members: axes.listSizes[list] ?? 1, years: shape.hasYears ? axes.yearCount : 1)
    }

    /// A value computed with no failed cell handed on: these functions read every cell.
    private func strict(_ syntax: Expression) throws(Failure) -> Value {
        let value = try compute(syntax)
        if let failure = value.firstFailure { throw .reported(failure) }
        return value.withExactFigures
    }

    /// `total(x where c)` and `average(x where c)`.
    func filteredTotal(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let kept = try kept(bound["value"]!)
        let isAverage = bound.function.name == .average
        var cells: [Exact] = []
        for year in 0..<kept.years {
            let figures = kept.indices(year: year).filter { kept.kept[$0] }.map { kept.value.figures[$0] }
            if isAverage, figures.isEmpty { throw none("an average", kept: kept, year: year, span: span) }
            let sum = try sum(figures, span: span)
            cells.append(isAverage ? try arithmetic(span) { () throws(ArithmeticError) in try sum.divided(by: Exact(Int64(figures.count))) } : sum)
        }
        return Value(kind: kept.value.kind, shape: Value.Shape(list: nil, hasYears: kept.years > 1 || kept.value.shape.hasYears), cells: cells)
    }

    /// `min(x)`, `max(x)` of one value: over its members (those kept), or over its years.
    func extreme(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let argument = bound.arguments[0].value
        let isMin = bound.function.name == .min
        func pick(_ figures: [Exact]) -> Exact? { isMin ? figures.min() : figures.max() }
        if !argument.isFiltered {
            let value = try strict(argument)
            if value.shape.list == nil {  // over the years
                return Value(kind: value.kind, shape: .scalar, cells: [pick(Array(value.figures))!])
            }
        }
        let kept = try kept(argument)
        var cells: [Exact] = []
        for year in 0..<kept.years {
            let figures = kept.indices(year: year).filter { kept.kept[$0] }.map { kept.value.figures[$0] }
            guard let figure = pick(figures) else { throw none(isMin ? "a smallest" : "a largest", kept: kept, year: year, span: span) }
            cells.append(figure)
        }
        return Value(kind: kept.value.kind, shape: Value.Shape(list: nil, hasYears: kept.value.shape.hasYears), cells: cells)
    }

    /// `count(practices)`, `count(practices where c)`: the members kept, a plain number.
    func count(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        var argument = bound["list"]!
        var condition: Value?
        if case .filtered(let base, let filter) = argument.kind {
            argument = base
            condition = try strict(filter)
        }
        guard case .name(let list) = argument.kind, let members = axes.listSizes[list] else { throw .dependencyFailed }
        guard let condition else { return constant(Exact(Int64(members)), .number(.none)) }
        let shape = Value.Shape(list: list, hasYears: condition.shape.hasYears)
        let years = shape.hasYears ? axes.yearCount : 1
        var cells: [Exact] = []
        for year in 0..<years {
            let kept = stride(from: year, to: members * years, by: years).filter { axes.cell(condition, at: $0, of: shape) != .zero }
            cells.append(Exact(Int64(kept.count)))
        }
        return Value(kind: .number(.none), shape: Value.Shape(list: nil, hasYears: shape.hasYears), cells: cells)
    }

    /// `share(x)`: each member's figure over the total of the members kept; 0 for the others.
    func share(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let kept = try kept(bound["value"]!)
        var cells = Array(repeating: Exact.zero, count: kept.members * kept.years)
        for year in 0..<kept.years {
            let indices = kept.indices(year: year).filter { kept.kept[$0] }
            let total = try sum(indices.map { kept.value.figures[$0] }, span: span)
            guard total != .zero else {
                let when = kept.value.shape.hasYears && !model.years.isEmpty ? " in \(model.years[year])" : ""
                throw fail(at: span, "the total to share is zero\(when), so there are no shares",
                           help: "check the figures, or guard the share with 'if ... then ... else ...'")
            }
            for index in indices {
                cells[index] = try arithmetic(span, where: place(of: index, in: kept.value.shape)) { () throws(ArithmeticError) in
                    try kept.value.figures[index].divided(by: total)
                }
            }
        }
        return Value(kind: .number(.none), shape: kept.value.shape, cells: cells)
    }

    /// The exact sum of `figures`, adding over a common denominator.
    private func sum(_ figures: [Exact], span: SourceSpan) throws(Failure) -> Exact {
        var total = ExactSum()
        try arithmetic(span) { () throws(ArithmeticError) in
            for figure in figures { try total.add(figure) }
        }
        return try arithmetic(span) { () throws(ArithmeticError) in try total.exactValue() }
    }

    /// The error of an average, a smallest or a largest of no member.
    private func none(_ what: String, kept: Kept, year: Int, span: SourceSpan) -> Failure {
        let when = kept.value.shape.hasYears && !model.years.isEmpty ? " in \(model.years[year])" : ""
        return fail(at: span, "no member of '\(kept.list)' is kept by the filter\(when), so there is no \(what.dropFirst(what.hasPrefix("an ") ? 3 : 2))",
                    help: "check the condition after 'where', or guard the line with 'if count(\(kept.list) where ...) > 0 then ... else ...'")
    }
}
