/// The types of built-in function calls: arguments bound through the registry, each checked for
/// its kind, unit and shape, and the result's type worked out as the function defines it.
extension Checker {
    func call(_ name: String, _ arguments: [Argument], expression: Expression) throws(Failure) -> ValueType {
        let span = expression.span
        guard let function = BuiltinFunction.named(name) else {
            throw .reported(.unknown("function", name, at: span.file.span(line: span.line, column: span.column, length: name.count),
                                     among: BuiltinFunction.names,
                                     help: "the functions are \(BuiltinFunction.names.sorted().joined(separator: ", "))"))
        }
        let bound: BuiltinFunction.Bound
        do throws(Diagnostic) {
            bound = try function.bound(arguments, span: span)
        } catch {
            throw .reported(error)
        }
        switch function.name {
        case .min where bound.arguments.count == 1, .max where bound.arguments.count == 1: return try extreme(bound, span: span)
        case .sum, .min, .max: return try variadic(bound, span: span)
        case .count: return try count(bound, span: span)
        case .share: return try share(bound, span: span)
        case .abs: return try number(bound["value"]!)
        case .round:
            let value = try number(bound["value"]!)
            _ = try rule(bound["rule"]!)
            try step(bound["step"]!, for: value)
            return value
        case .total where bound["value"]!.isFiltered, .average where bound["value"]!.isFiltered:
            return try filteredTotal(bound, span: span)
        case .total, .average:
            let value = try number(bound["value"]!)
            var shape = value.shape
            switch try over(bound["over"], for: value, function: function.spelling, span: span) {
            case .years: shape.hasYears = false
            case .list: shape.list = nil
            }
            return ValueType(kind: value.kind, shape: shape)
        case .cumulative, .prev: return try shift(bound, span: span)
        case .proRata: return try proRata(bound, span: span)
        case .uplift: return try uplift(bound)
        case .yearly:
            let value = try number(bound["value"]!)
            guard !value.shape.hasYears else {
                throw fail(at: bound["value"]!.span, "this already has a value for each year", help: "remove yearly(...)")
            }
            return ValueType(kind: value.kind, shape: ValueShape(list: value.shape.list, hasYears: true))
        case .apportion: return try apportion(bound)
        case .phase: return try phase(bound, span: span)
        case .forecast, .yearToDate, .outturn, .variance, .variancePercent: return try actuals(bound, span: span)
        }
    }

    func number(_ syntax: Expression) throws(Failure) -> ValueType {
        let type = try type(of: syntax)
        guard case .number = type.kind else {
            throw fail(at: syntax.span, "expected a number or an amount, found \(type.kind.description)", help: "give a number or an amount here")
        }
        return type
    }

    /// A single figure (one value, not per year or per practice), such as a rounding step; its unit.
    func scalar(_ syntax: Expression, role: String) throws(Failure) -> Unit {
        let type = try number(syntax)
        guard type.shape == .scalar else {
            throw fail(at: syntax.span, "\(role) must be one figure, but this is \(model.describe(type.shape))", help: "write a single figure")
        }
        return type.kind.unit!
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

    /// A rounding step: one figure in the unit of the value it rounds.
    func step(_ syntax: Expression, for value: ValueType) throws(Failure) {
        let unit = try scalar(syntax, role: "the step")
        guard unit == value.kind.unit else {
            throw fail(at: syntax.span, "the step is in '\(unit)' but the value is in '\(value.kind.unit!)'",
                       help: "round to a step in the value's unit, such as £1 for amounts or 0.1 days for days")
        }
    }

    func variadic(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        let types = try bound.arguments.map { (argument) throws(Failure) in try type(of: argument.value) }
        for (type, argument) in Swift.zip(types, bound.arguments) {
            guard case .number = type.kind, type.kind == types[0].kind else {
                throw fail(at: argument.value.span, "\(bound.function.spelling)(...) needs values in one unit; this is \(type.kind.description), the first is \(types[0].kind.description)",
                           help: "give every value the same unit")
            }
        }
        return ValueType(kind: types[0].kind, shape: try broadcast(types.map(\.shape), at: span))
    }
}
