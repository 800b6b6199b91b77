/// The built-in functions: sums, rounding, totals over years or practices, uplift, apportionment.
extension Evaluator {
    func call(_ name: String, _ arguments: [Argument], expression: Expression) throws(Failure) -> Value {
        let span = expression.span
        guard let function = BuiltinFunction.named(name) else {
            throw .reported(.unknown("function", name, at: span.file.span(line: span.line, column: span.column, length: name.count),
                                     among: BuiltinFunction.names,
                                     help: "the functions are \(BuiltinFunction.names.sorted().joined(separator: ", "))"))
        }
        let bound: BuiltinFunction.Bound
        switch function.bind(arguments, span: span) {
        case .success(let arguments): bound = arguments
        case .failure(let problem): throw .reported(problem)
        }
        return try apply(bound, span: span)
    }

    /// Each function's evaluation: the compiler checks that every function in the registry has one.
    private func apply(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        switch bound.function.name {
        case .sum, .min, .max:
            let values = try bound.arguments.map { (argument) throws(Failure) in try evaluate(argument.value) }
            return try variadic(bound.function.name, values, arguments: bound.arguments, span: span)
        case .abs:
            let value = try number(bound["value"]!)
            return try map(value, span: span) { cell throws(ArithmeticError) in cell < .zero ? try cell.negated() : cell }
        case .round: return try round(bound, span: span)
        case .total, .average: return try aggregate(bound.function.spelling, bound, span: span)
        case .cumulative, .prev: return try shift(bound.function.spelling, bound, span: span)
        case .proRata: return try proRata(bound, span: span)
        case .uplift: return try uplift(bound, span: span)
        case .yearly: return try yearly(bound, span: span)
        case .apportion: return try apportion(bound, span: span)
        }
    }

    func number(_ syntax: Expression) throws(Failure) -> Value {
        let value = try evaluate(syntax)
        guard case .number = value.kind else {
            throw fail(at: syntax.span, "expected a number or an amount, found \(value.kind.description)", help: "give a number or an amount here")
        }
        return value
    }

    /// A single figure (one value, not per year or per practice), such as a rounding step.
    func scalar(_ syntax: Expression, role: String) throws(Failure) -> (value: Exact, unit: Unit) {
        let value = try number(syntax)
        guard value.shape == .scalar else {
            throw fail(at: syntax.span, "\(role) must be one figure, but this is \(value.shape.description)", help: "write a single figure")
        }
        return (kindsOnly ? .one : value.cells[0], value.unit!)
    }

    func word(_ syntax: Expression, among options: [String], role: String) throws(Failure) -> String {
        guard case .name(let word) = syntax.kind, options.contains(word) else {
            throw .reported(.unknown(role, syntax.span.file.text(of: syntax.span), at: syntax.span, among: options,
                                     help: "write one of: \(options.joined(separator: ", "))"))
        }
        return word
    }

    func rule(_ syntax: Expression) throws(Failure) -> RoundingRule {
        let name = try word(syntax, among: RoundingRule.scenarioNames, role: "rounding rule")
        return RoundingRule(scenarioName: name)!
    }

    func step(_ syntax: Expression, for value: Value) throws(Failure) -> Exact {
        let (step, unit) = try scalar(syntax, role: "the step")
        guard unit == value.unit else {
            throw fail(at: syntax.span, "the step is in '\(unit)' but the value is in '\(value.unit!)'",
                       help: "round to a step in the value's unit, such as £1 for amounts or 0.1 days for days")
        }
        guard kindsOnly || step > .zero else {
            throw fail(at: syntax.span, "the step must be above zero", help: "write a step such as £0.01 or £1")
        }
        return step
    }

    func variadic(_ function: BuiltinFunction.Name, _ values: [Value], arguments: [Argument], span: SourceSpan) throws(Failure) -> Value {
        for (value, argument) in Swift.zip(values, arguments) {
            guard case .number = value.kind, value.unit == values[0].unit else {
                throw fail(at: argument.value.span, "\(function.rawValue)(...) needs values in one unit; this is \(value.kind.description), the first is \(values[0].kind.description)",
                           help: "give every value the same unit")
            }
        }
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
        let value = try number(bound["value"]!)
        let rule = try rule(bound["rule"]!)
        let step = try step(bound["step"]!, for: value)
        return try map(value, span: span) { cell throws(ArithmeticError) in try cell.rounded(rule, toMultipleOf: step) }
    }

    /// `yearly(£5,000)`: the same figure in every year of the scenario.
    func yearly(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let value = try number(bound["value"]!)
        guard !value.shape.hasYears else {
            throw fail(at: bound["value"]!.span, "this already has a value for each year", help: "remove yearly(...)")
        }
        let shape = Value.Shape(list: value.shape.list, hasYears: true)
        if kindsOnly { return Value(kind: value.kind, shape: shape, cells: []) }
        var cells: [Exact] = []
        cells.reserveCapacity(value.cells.count * axes.yearCount)
        for cell in value.cells { cells += repeatElement(cell, count: axes.yearCount) }
        return Value(kind: value.kind, shape: shape, cells: cells)
    }

    func proRata(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let value = try number(bound["value"]!)
        let (months, unit) = try scalar(bound["months"]!, role: "the number of months")
        guard unit.isNone, kindsOnly || (months >= .zero && months <= Exact(Int64(12))) else {
            throw fail(at: bound["months"]!.span, "the months must be a plain number from 0 to 12", help: "write pro_rata(amount, months: 9) for July to March")
        }
        let share = try arithmetic(span) { () throws(ArithmeticError) in try months.divided(by: Exact(Int64(12))) }
        return try map(value, span: span) { cell throws(ArithmeticError) in try cell.multiplied(by: share) }
    }
}
