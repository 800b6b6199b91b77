/// Arithmetic, comparison and logic over values, cell by cell, with shapes broadcast.
extension Evaluator {
    /// The shape both operands fit: a value for each year and member that either has.
    func broadcast(_ shapes: [Value.Shape], at span: SourceSpan) throws(Failure) -> Value.Shape {
        var result = Value.Shape.scalar
        for shape in shapes {
            if let list = shape.list {
                if let other = result.list, other != list {
                    throw fail(at: span, "cannot combine a value for each of the \(other) with one for each of the \(list)",
                               help: "total one of them first, as in total(x, over: \(list))")
                }
                result.list = list
            }
            result.hasYears = result.hasYears || shape.hasYears
        }
        return result
    }

    /// Where a cell is, for messages: " in 2017/18 for 'Enderby'".
    func place(of index: Int, in shape: Value.Shape) -> String {
        let (year, member) = coordinates(of: index, in: shape)
        var parts: [String] = []
        if let year { parts.append("in \(year)") }
        if let member { parts.append("for '\(member)'") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: " ")
    }

    /// The year and member a cell stands for, where the shape has them.
    func coordinates(of index: Int, in shape: Value.Shape) -> (year: FinancialYear?, member: String?) {
        let member = shape.hasYears ? index / axes.yearCount : index
        let year = shape.hasYears && !model.years.isEmpty ? model.years[index % axes.yearCount] : nil
        var name: String?
        if let list = shape.list, let members = model.lists[list]?.members, member < members.count { name = members[member] }
        return (year, name)
    }

    func map(_ value: Value, span: SourceSpan, _ f: (Exact) throws(ArithmeticError) -> Exact) throws(Failure) -> Value {
        if kindsOnly { return value }
        var cells: [Exact] = []
        cells.reserveCapacity(value.cells.count)
        for (index, cell) in value.cells.enumerated() {
            cells.append(try arithmetic(span, where: place(of: index, in: value.shape)) { () throws(ArithmeticError) in try f(cell) })
        }
        return Value(kind: value.kind, shape: value.shape, cells: cells)
    }

    /// Combines cells of values of different shapes under one kind.
    func zip(_ operands: [Value], kind: Value.Kind, span: SourceSpan, _ f: ([Exact]) throws(ArithmeticError) -> Exact) throws(Failure) -> Value {
        let shape = try broadcast(operands.map(\.shape), at: span)
        if kindsOnly { return Value(kind: kind, shape: shape, cells: []) }
        let count = axes.count(shape)
        var cells: [Exact] = []
        cells.reserveCapacity(count)
        var arguments = [Exact](repeating: .zero, count: operands.count)
        for index in 0..<count {
            for (k, operand) in operands.enumerated() { arguments[k] = axes.cell(operand, at: index, of: shape) }
            cells.append(try arithmetic(span, where: place(of: index, in: shape)) { () throws(ArithmeticError) in try f(arguments) })
        }
        return Value(kind: kind, shape: shape, cells: cells)
    }

    func requireBoolean(_ value: Value, at span: SourceSpan, role: String) throws(Failure) {
        guard value.kind == .boolean else {
            throw fail(at: span, "\(role) needs a yes/no condition, but this is \(value.kind.description)",
                       help: "compare values to make a condition, as in year >= 2019/20 or surplus < £0")
        }
    }

    func binary(_ op: BinaryOperator, _ leftSyntax: Expression, _ rightSyntax: Expression, expression: Expression) throws(Failure) -> Value {
        let left = try evaluate(leftSyntax)
        let right = try evaluate(rightSyntax)
        let opSpan = expression.operatorSpan ?? expression.span
        switch op {
        case .and, .or:
            try requireBoolean(left, at: leftSyntax.span, role: "'\(op.rawValue)'")
            try requireBoolean(right, at: rightSyntax.span, role: "'\(op.rawValue)'")
            return try zip([left, right], kind: .boolean, span: opSpan) { cells in
                let truth = op == .and ? (cells[0] != .zero && cells[1] != .zero) : (cells[0] != .zero || cells[1] != .zero)
                return truth ? .one : .zero
            }
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            guard left.kind == right.kind, left.kind != .text else {
                throw fail(at: opSpan, "cannot compare \(left.kind.description) with \(right.kind.description)",
                           label: "'\(op.rawValue)' needs two values of the same kind", help: "compare amounts with amounts and years with years")
            }
            return try zip([left, right], kind: .boolean, span: opSpan) { cells in
                let (a, b) = (cells[0], cells[1])
                let truth = switch op {
                case .equal: a == b
                case .notEqual: a != b
                case .less: a < b
                case .lessEqual: a <= b
                case .greater: a > b
                default: a >= b
                }
                return truth ? .one : .zero
            }
        case .add, .subtract:
            guard let leftUnit = left.unit, let rightUnit = right.unit else {
                throw fail(at: opSpan, "cannot \(op == .add ? "add" : "subtract") \(left.kind.description) and \(right.kind.description)",
                           help: "'\(op.rawValue)' works on numbers and amounts")
            }
            guard leftUnit == rightUnit else {
                throw fail(at: opSpan, "cannot \(op == .add ? "add" : "subtract") '\(rightUnit.isNone ? "a plain number" : rightUnit.description)' \(op == .add ? "to" : "from") '\(leftUnit.isNone ? "a plain number" : leftUnit.description)'",
                           label: "the two sides have different units", help: unitHelp(leftUnit, rightUnit))
            }
            return try zip([left, right], kind: left.kind, span: opSpan) { cells throws(ArithmeticError) in
                op == .add ? try cells[0].adding(cells[1]) : try cells[0].subtracting(cells[1])
            }
        case .multiply, .divide:
            guard let leftUnit = left.unit, let rightUnit = right.unit else {
                throw fail(at: opSpan, "cannot \(op == .multiply ? "multiply" : "divide") \(left.kind.description) and \(right.kind.description)",
                           help: "'\(op.rawValue)' works on numbers and amounts")
            }
            let unit = op == .multiply ? leftUnit.multiplied(by: rightUnit) : leftUnit.divided(by: rightUnit)
            return try zip([left, right], kind: .number(unit), span: opSpan) { cells throws(ArithmeticError) in
                op == .multiply ? try cells[0].multiplied(by: cells[1]) : try cells[0].divided(by: cells[1])
            }
        }
    }

    /// Why two units do not add, and what usually fixes it.
    func unitHelp(_ a: Unit, _ b: Unit) -> String {
        if a.isNone || b.isNone {
            return "give the plain number its unit, as in £500 or 500 patients"
        }
        let rate = a.powers.values.contains { $0 < 0 } ? a : (b.powers.values.contains { $0 < 0 } ? b : nil)
        if let rate, let per = rate.powers.first(where: { $0.value < 0 }) {
            return "multiply the rate '\(rate)' by a number of \(per.key.plural) first"
        }
        return "only values in the same unit add up; check which line or input is in the wrong unit"
    }

    func row(_ items: [Expression], span: SourceSpan) throws(Failure) -> Value {
        guard items.count == model.years.count else {
            let range = model.years.isEmpty ? "" : " (\(model.years.first!) to \(model.years.last!))"
            throw fail(at: span, "\(items.count) value\(items.count == 1 ? "" : "s") for \(model.years.count) year\(model.years.count == 1 ? "" : "s")\(range)",
                       help: "give one value for each year, separated by '|'")
        }
        var kind: Value.Kind?
        var cells: [Exact] = []
        for item in items {
            let value = try evaluate(item)
            guard value.shape == .scalar else {
                throw fail(at: item.span, "each value in a row is one figure, but this is \(value.shape.description)",
                           help: "write one figure for each year")
            }
            if let kind, kind != value.kind {
                throw fail(at: item.span, "this value is \(value.kind.description); the row's first value is \(kind.description)",
                           help: "write every value of a row in the same unit, such as £98,923 | £131,250")
            }
            kind = value.kind
            cells.append(contentsOf: value.cells)
        }
        return Value(kind: kind!, shape: Value.Shape(list: nil, hasYears: true), cells: cells)
    }

    func conditional(_ conditionSyntax: Expression, _ thenSyntax: Expression, _ otherwiseSyntax: Expression, span: SourceSpan) throws(Failure) -> Value {
        let condition = try evaluate(conditionSyntax)
        try requireBoolean(condition, at: conditionSyntax.span, role: "'if'")
        let then = try evaluate(thenSyntax)
        let otherwise = try evaluate(otherwiseSyntax)
        guard then.kind == otherwise.kind else {
            throw fail(at: otherwiseSyntax.span, "the 'else' value is \(otherwise.kind.description) but the 'then' value is \(then.kind.description)",
                       help: "both branches of an 'if' must be in the same unit")
        }
        return try zip([condition, then, otherwise], kind: then.kind, span: span) { cells in
            cells[0] != .zero ? cells[1] : cells[2]
        }
    }

    func index(_ baseSyntax: Expression, _ indices: [Expression], expression: Expression) throws(Failure) -> Value {
        var value = try evaluate(baseSyntax)
        for indexSyntax in indices {
            switch indexSyntax.kind {
            case .year(let year):
                try requireInModel(year, at: indexSyntax.span)
                guard value.shape.hasYears else {
                    throw fail(at: indexSyntax.span, "'\(baseSyntax.describeForIndex)' has no value per year to pick from",
                               help: "index by year only values that vary by year")
                }
                let position = model.years.firstIndex(of: year)!
                value = pick(value, keepingYears: false) { member, _ in member * axes.yearCount + position }
            case .text(let member):
                guard let list = value.shape.list, let members = model.lists[list]?.members else {
                    throw fail(at: indexSyntax.span, "'\(baseSyntax.describeForIndex)' has no value per list member to pick from",
                               help: "index by name only values that vary by practice")
                }
                guard let position = members.firstIndex(of: member) else {
                    let near = NearestName.suggestion(for: member, among: members)
                    throw .reported(Diagnostic(
                        at: indexSyntax.span, "'\(member)' is not in the list '\(list)'", label: near.map { "did you mean '\($0)'?" },
                        help: "members are named exactly as in the list", fixIt: near.map { Diagnostic.FixIt(span: indexSyntax.span, replacement: "\"\($0)\"") }))
                }
                value = pick(value, keepingYears: true) { _, year in position * (value.shape.hasYears ? axes.yearCount : 1) + year }
                value.shape.list = nil
            default:
                throw fail(at: indexSyntax.span, "an index is a year such as 2017/18 or a member name such as \"Enderby\"",
                           help: "write income[2017/18] or cost[\"Enderby\"]")
            }
        }
        return value
    }

    /// Cells picked out of `value`: by member and year position in the result.
    private func pick(_ value: Value, keepingYears: Bool, _ source: (Int, Int) -> Int) -> Value {
        var shape = value.shape
        if !keepingYears { shape.hasYears = false }
        let resultMembers = keepingYears ? 1 : (value.shape.list.flatMap { axes.listSizes[$0] } ?? 1)
        let resultYears = keepingYears && value.shape.hasYears ? axes.yearCount : 1
        if kindsOnly { return Value(kind: value.kind, shape: shape, cells: []) }
        var cells: [Exact] = []
        for member in 0..<resultMembers {
            for year in 0..<resultYears { cells.append(value.cells[source(member, year)]) }
        }
        return Value(kind: value.kind, shape: shape, cells: cells)
    }
}
