/// The built-in functions: sums, rounding, totals over years or practices, uplift, apportionment.
extension Evaluator {
    /// Parameter names of each function; arguments bind by position, then by label.
    static let signatures: [String: (parameters: [String], required: Int, usage: String)] = [
        "abs": (["value"], 1, "abs(value)"),
        "apportion": (["amount", "by", "step"], 3, "apportion(£12,000, by: list_size, step: £0.01)"),
        "average": (["value", "over"], 1, "average(cost, over: 2019/20 to 2021/22)"),
        "cumulative": (["value"], 1, "cumulative(surplus)"),
        "prev": (["value", "first"], 1, "prev(income, first: £0)"),
        "pro_rata": (["value", "months"], 2, "pro_rata(£12,000, months: 9)"),
        "round": (["value", "rule", "step"], 3, "round(cost, half_up, £1)"),
        "total": (["value", "over"], 1, "total(cost, over: practices)"),
        "yearly": (["value"], 1, "yearly(£5,000)"),
        "uplift": (["base", "by", "from", "policy", "rule", "step"], 6,
                   "uplift(£175,860, by: 2%, from: 2018/19, policy: each_year, rule: half_up, step: £0.01)"),
    ]
    static let variadic: Set<String> = ["sum", "min", "max"]

    func call(_ name: String, _ arguments: [Argument], expression: Expression) throws(Failure) -> Value {
        let span = expression.span
        if Self.variadic.contains(name) {
            guard !arguments.isEmpty, arguments.allSatisfy({ $0.label == nil }) else {
                throw fail(at: span, "\(name)(...) takes one or more values without labels", help: "write \(name)(a, b, c)")
            }
            let values = try arguments.map { (argument) throws(Failure) in try evaluate(argument.value) }
            return try variadic(name, values, arguments: arguments, span: span)
        }
        guard let signature = Self.signatures[name] else {
            throw .reported(.unknown("function", name, at: span.file.span(line: span.line, column: span.column, length: name.count),
                                     among: Array(Self.signatures.keys) + Self.variadic,
                                     help: "the functions are \((Array(Self.signatures.keys) + Self.variadic).sorted().joined(separator: ", "))"))
        }
        let bound = try bind(arguments, to: signature, function: name, span: span)
        switch name {
        case "abs":
            let value = try number(bound["value"]!)
            return try map(value, span: span) { cell throws(ArithmeticError) in cell < .zero ? try cell.negated() : cell }
        case "round": return try round(bound, span: span)
        case "total", "average": return try aggregate(name, bound, span: span)
        case "cumulative", "prev": return try shift(name, bound, span: span)
        case "pro_rata": return try proRata(bound, span: span)
        case "uplift": return try uplift(bound, span: span)
        case "yearly": return try yearly(bound, span: span)
        default: return try apportion(bound, span: span)
        }
    }

    func bind(_ arguments: [Argument], to signature: (parameters: [String], required: Int, usage: String), function: String,
              span: SourceSpan) throws(Failure) -> [String: Expression] {
        var bound: [String: Expression] = [:]
        var position = 0
        for argument in arguments {
            let parameter: String
            if let label = argument.label {
                guard signature.parameters.contains(label) else {
                    throw .reported(.unknown("argument of \(function)(...)", label, at: argument.labelSpan!, among: signature.parameters,
                                             help: "write \(signature.usage)"))
                }
                parameter = label
            } else {
                guard position < signature.parameters.count else {
                    throw fail(at: argument.value.span, "too many arguments to \(function)(...)", help: "write \(signature.usage)")
                }
                parameter = signature.parameters[position]
                position += 1
            }
            guard bound[parameter] == nil else {
                throw fail(at: argument.value.span, "'\(parameter)' is given twice", help: "write \(signature.usage)")
            }
            bound[parameter] = argument.value
        }
        for parameter in signature.parameters.prefix(signature.required) where bound[parameter] == nil {
            throw fail(at: span, "\(function)(...) needs '\(parameter)'", help: "write \(signature.usage)")
        }
        return bound
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
        let name = try word(syntax, among: RoundingRule.allCases.map(\.scenarioName), role: "rounding rule")
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

    func variadic(_ name: String, _ values: [Value], arguments: [Argument], span: SourceSpan) throws(Failure) -> Value {
        for (value, argument) in Swift.zip(values, arguments) {
            guard case .number = value.kind, value.unit == values[0].unit else {
                throw fail(at: argument.value.span, "\(name)(...) needs values in one unit; this is \(value.kind.description), the first is \(values[0].kind.description)",
                           help: "give every value the same unit")
            }
        }
        return try zip(values, kind: values[0].kind, span: span) { cells throws(ArithmeticError) in
            var result = cells[0]
            for cell in cells.dropFirst() {
                switch name {
                case "sum": result = try result.adding(cell)
                case "min": result = Swift.min(result, cell)
                default: result = Swift.max(result, cell)
                }
            }
            return result
        }
    }

    func round(_ bound: [String: Expression], span: SourceSpan) throws(Failure) -> Value {
        let value = try number(bound["value"]!)
        let rule = try rule(bound["rule"]!)
        let step = try step(bound["step"]!, for: value)
        return try map(value, span: span) { cell throws(ArithmeticError) in try cell.rounded(rule, toMultipleOf: step) }
    }

    /// `yearly(£5,000)`: the same figure in every year of the scenario.
    func yearly(_ bound: [String: Expression], span: SourceSpan) throws(Failure) -> Value {
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

    func proRata(_ bound: [String: Expression], span: SourceSpan) throws(Failure) -> Value {
        let value = try number(bound["value"]!)
        let (months, unit) = try scalar(bound["months"]!, role: "the number of months")
        guard unit.isNone, kindsOnly || (months >= .zero && months <= Exact(Int64(12))) else {
            throw fail(at: bound["months"]!.span, "the months must be a plain number from 0 to 12", help: "write pro_rata(amount, months: 9) for July to March")
        }
        let share = try arithmetic(span) { () throws(ArithmeticError) in try months.divided(by: Exact(Int64(12))) }
        return try map(value, span: span) { cell throws(ArithmeticError) in try cell.multiplied(by: share) }
    }
}
