/// The built-in functions' figures: sums, rounding, totals over years or practices, uplift,
/// apportionment. Calls are bound through the registry, as the checker bound them.
extension Evaluator {
    func call(_ name: String, _ arguments: [Argument], expression: Expression) throws(Failure) -> Value {
        guard let function = BuiltinFunction.named(name) else { throw .dependencyFailed }  // the checker reported it
        if let bound = function.boundInOrder(arguments) { return try apply(bound, span: expression.span) }
        guard case .success(let bound) = function.bind(arguments, span: expression.span) else { throw .dependencyFailed }
        return try apply(bound, span: expression.span)
    }

    /// Each function's evaluation: the compiler checks that every function in the registry has one.
    private func apply(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        switch bound.function.name {
        case .min where bound.arguments.count == 1, .max where bound.arguments.count == 1: return try extreme(bound, span: span)
        case .count: return try count(bound, span: span)
        case .share: return try share(bound, span: span)
        case .total where bound["value"]!.isFiltered, .average where bound["value"]!.isFiltered: return try filteredTotal(bound, span: span)
        case .sum, .min, .max:
            let values = try bound.arguments.map { (argument) throws(Failure) in try compute(argument.value) }
            return try variadic(bound.function.name, values, span: span)
        case .abs:
            let value = try compute(bound["value"]!)
            if let fast = fixedMap(value, { $0 < 0 ? -$0 : $0 }) { return fast }
            return try map(value, span: span) { cell throws(ArithmeticError) in cell < .zero ? try cell.negated() : cell }
        case .round: return try round(bound, span: span)
        case .total, .average: return try aggregate(bound, span: span)
        case .cumulative: return try cumulative(bound, span: span)
        case .prev: return try previous(bound)
        case .proRata: return try proRata(bound, span: span)
        case .uplift: return try uplift(bound, span: span)
        case .yearly: return try yearly(bound)
        case .apportion: return try apportion(bound, span: span)
        case .phase: return try phase(bound, span: span)
        case .forecast, .yearToDate, .outturn, .variance, .variancePercent: return try actuals(bound, span: span)
        }
    }

    /// A single figure, such as a rounding step: its one cell.
    func scalar(_ syntax: Expression) throws(Failure) -> Exact {
        // A plain amount or number (`£0.01`, `12`) is its own figure: no value to build for it.
        switch syntax.kind {
        case .money(let amount, nil), .number(let amount, nil): return amount
        default: break
        }
        let value = try compute(syntax)
        if let failure = value.firstFailure { throw .reported(failure) }
        return value.figures[0]
    }

    /// A rounding step: a single figure above zero.
    func step(_ syntax: Expression) throws(Failure) -> Exact {
        let step = try scalar(syntax)
        guard step > .zero else {
            throw fail(at: syntax.span, "the step must be above zero", help: "write a step such as £0.01 or £1")
        }
        return step
    }

    func variadic(_ function: BuiltinFunction.Name, _ values: [Value], span: SourceSpan) throws(Failure) -> Value {
        if let fast = fixedVariadic(function, values) { return fast }
        return try zip(values, kind: values[0].kind, span: span) { cells throws(ArithmeticError) in
            var result = cells[0]
            for cell in cells.dropFirst() {
                switch function {
                case .min: result = Swift.min(result, cell)
                case .max: result = Swift.max(result, cell)
                default: result = try result.adding(cell)
                }
            }
            return result
        }
    }

    func round(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let value = try compute(bound["value"]!)
        let rule = try checker.rule(bound["rule"]!)
        let step = try step(bound["step"]!)
        if let fast = fixedRounded(value, rule: rule, step: step) { return fast }
        return try map(value, span: span) { cell throws(ArithmeticError) in try cell.rounded(rule, toMultipleOf: step) }
    }

    /// `yearly(£5,000)`: the same figure in every year of the scenario.
    func yearly(_ bound: BuiltinFunction.Bound) throws(Failure) -> Value {
        let value = try compute(bound["value"]!)
        let shape = Value.Shape(list: value.shape.list, hasYears: true)
        if value.failures.isEmpty, case .fixed(let column) = value.figures.storage {
            var units: [Int64] = []
            units.reserveCapacity(column.count * axes.yearCount)
            for unit in column.units { units += repeatElement(unit, count: axes.yearCount) }
            return Value(kind: value.kind, shape: shape, column: FixedColumn(denominator: column.denominator, units: units))
        }
        var cells: [Exact] = []
        cells.reserveCapacity(value.figures.count * axes.yearCount)
        for cell in value.figures { cells += repeatElement(cell, count: axes.yearCount) }
        var failures: [Int: Diagnostic] = [:]
        for (index, failure) in value.failures {
            for year in 0..<axes.yearCount { failures[index * axes.yearCount + year] = failure }
        }
        return Value(kind: value.kind, shape: shape, cells: cells, failures: failures)
    }

    func proRata(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let value = try compute(bound["value"]!)
        if let days = bound["days"] { return try proRata(value, days: days, span: span) }
        let months = try scalar(bound["months"]!)
        guard months >= .zero, months <= Exact(Int64(12)) else {
            throw fail(at: bound["months"]!.span, "the months must be a plain number from 0 to 12", help: "write pro_rata(amount, months: 9) for July to March")
        }
        let share = try arithmetic(span) { () throws(ArithmeticError) in try months.divided(by: Exact(Int64(12))) }
        if let fast = fixedProduct(value, share) { return fast }
        return try map(value, span: span) { cell throws(ArithmeticError) in try cell.multiplied(by: share) }
    }

    /// `pro_rata(value, days: 275)`: each year's figure × days ÷ the days of that financial year
    /// (365, or 366 when it holds 29 February). A failed cell stays that cell's failure.
    func proRata(_ value: Value, days daysSyntax: Expression, span: SourceSpan) throws(Failure) -> Value {
        let days = try scalar(daysSyntax)
        for year in model.years where days < .zero || days > Exact(Int64(year.dayCount)) {
            throw fail(at: daysSyntax.span, "the days must be from 0 to \(year.dayCount), the days of \(year)",
                       help: "write pro_rata(amount, days: 275) for 1 July to 31 March")
        }
        let shape = Value.Shape(list: value.shape.list, hasYears: true)
        return try perPeriod(value, kind: value.kind) { figure, column, index throws(Failure) in
            let yearDays = Exact(Int64(model.years[column].dayCount))
            return try arithmetic(span, where: place(of: index, in: shape)) { () throws(ArithmeticError) in
                try figure.multiplied(by: days).divided(by: yearDays)
            }
        }
    }
}
