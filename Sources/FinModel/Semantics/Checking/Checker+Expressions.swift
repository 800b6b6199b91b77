/// The type of each kind of expression: literals, names, rows, conditions, indexing, `in unit`.
extension Checker {
    func type(of expression: Expression) throws(Failure) -> ValueType {
        switch expression.kind {
        case .number(_, let unitSyntax):
            guard let unitSyntax else { return ValueType(kind: .number(.none), shape: .scalar) }
            let (unit, _) = try resolve(unitSyntax)
            return ValueType(kind: .number(unit), shape: .scalar)
        case .money(_, let unitSyntax):
            guard let unitSyntax else { return ValueType(kind: .number(.money), shape: .scalar) }
            return ValueType(kind: .number(try resolveMoney(unitSyntax).unit), shape: .scalar)
        case .percent:
            return ValueType(kind: .number(.none), shape: .scalar)
        case .year(let year):
            try requireInModel(year, at: expression.span)
            return ValueType(kind: .year, shape: .scalar)
        case .month(let month):
            // A month is a value of its own, as an input a forecast reads: `input cutoff = 2018-09`.
            guard let axis = model.axis, axis.granularity == .month else {
                throw fail(at: expression.span, "a month is a value only in a model of months",
                           help: "declare the months, as in: months 2018-04 to 2019-03")
            }
            guard axis.position(of: .month(month)) != nil else {
                throw fail(at: expression.span, "\(Period.month(month)) is outside the scenario's months (\(axis))",
                           help: "pick a month the scenario covers")
            }
            return ValueType(kind: .month, shape: .scalar)
        case .yearRange:
            throw fail(at: expression.span, "a range of years is not a value here",
                       help: "use a range only in 'over:', as in average(cost, over: 2019/20 to 2021/22)")
        case .text(let text):
            throw fail(at: expression.span, "the text \"\(text)\" is not a value here",
                       help: "text picks a member of a list, as in cost[\"Enderby\"]")
        case .name(let name):
            return try lookUp(name, at: expression.span)
        case .row(let items):
            return try row(items, span: expression.span)
        case .negate(let inner):
            let type = try type(of: inner)
            guard case .number = type.kind else {
                throw fail(at: expression.span, "cannot negate \(type.kind.description)", help: "'-' applies to numbers and amounts")
            }
            return type
        case .not(let inner):
            let type = try type(of: inner)
            try requireBoolean(type, at: inner.span, role: "'not'")
            return type
        case .binary(let op, let left, let right):
            return try binary(op, left, right, expression: expression)
        case .call(let name, let arguments):
            return try call(name, arguments, expression: expression)
        case .index(let base, let indices):
            return try index(base, indices)
        case .conditional(let condition, let then, let otherwise):
            return try conditional(condition, then, otherwise, span: expression.span)
        case .filtered(_, let condition):
            throw fail(at: condition.span, "'where' keeps the members of a list that a total, average, min, max, count or share takes in",
                       label: "a filter outside an aggregate", help: "write it inside one, as in total(list_size where opted_in)")
        case .convert(let inner, let unitSyntax):
            let type = try type(of: inner)
            let display = try displayUnit(unitSyntax)
            guard type.kind.unit == display.unit else {
                throw fail(at: unitSyntax.span, "cannot show \(type.kind.description) in '\(display.text)'",
                           label: display.unit.isNone ? "this is a plain number" : "this is in '\(display.unit)'",
                           help: "convert only between units of the same kind, such as minutes and hours")
            }
            return type
        }
    }

    func requireBoolean(_ type: ValueType, at span: SourceSpan, role: String) throws(Failure) {
        guard type.kind == .boolean else {
            throw fail(at: span, "\(role) needs a yes/no condition, but this is \(type.kind.description)",
                       help: "compare values to make a condition, as in year >= 2019/20 or surplus < £0")
        }
    }

    func row(_ items: [Expression], span: SourceSpan) throws(Failure) -> ValueType {
        // In a model of months or quarters, one value for each period, or one for each financial
        // year the periods fall in, holding in every period of its year (`Model+FinancialYears`).
        if let axis = model.axis, items.count != axis.count, !model.isOnePerFinancialYear(items.count) {
            let word = axis.granularity.rawValue
            throw fail(at: span, "\(items.count) value\(items.count == 1 ? "" : "s") for \(axis.count) \(word)\(axis.count == 1 ? "" : "s") (\(axis))",
                       help: "give one value for each \(word), or one for each financial year (\(model.financialYearsDescription))")
        }
        guard items.count == model.years.count || model.isOnePerFinancialYear(items.count) else {
            let range = model.years.isEmpty ? "" : " (\(model.years.first!) to \(model.years.last!))"
            throw fail(at: span, "\(items.count) value\(items.count == 1 ? "" : "s") for \(model.years.count) year\(model.years.count == 1 ? "" : "s")\(range)",
                       help: "give one value for each year, separated by '|'")
        }
        var kind: ValueKind?
        for item in items {
            let type = try type(of: item)
            guard type.shape == .scalar else {
                throw fail(at: item.span, "each value in a row is one figure, but this is \(model.describe(type.shape))",
                           help: "write one figure for each year")
            }
            if let kind, kind != type.kind {
                throw fail(at: item.span, "this value is \(type.kind.description); the row's first value is \(kind.description)",
                           help: "write every value of a row in the same unit, such as £98,923 | £131,250")
            }
            kind = type.kind
        }
        return ValueType(kind: kind!, shape: ValueShape(list: nil, hasYears: true))
    }

    func conditional(_ conditionSyntax: Expression, _ thenSyntax: Expression, _ otherwiseSyntax: Expression, span: SourceSpan) throws(Failure) -> ValueType {
        let condition = try type(of: conditionSyntax)
        try requireBoolean(condition, at: conditionSyntax.span, role: "'if'")
        let then = try type(of: thenSyntax)
        let otherwise = try type(of: otherwiseSyntax)
        guard then.kind == otherwise.kind else {
            throw fail(at: otherwiseSyntax.span, "the 'else' value is \(otherwise.kind.description) but the 'then' value is \(then.kind.description)",
                       help: "both branches of an 'if' must be in the same unit")
        }
        let shape = try broadcast([condition.shape, then.shape, otherwise.shape], at: span)
        return ValueType(kind: then.kind, shape: shape)
    }

    func index(_ baseSyntax: Expression, _ indices: [Expression]) throws(Failure) -> ValueType {
        var type = try type(of: baseSyntax)
        for indexSyntax in indices {
            switch indexSyntax.kind {
            case .year(let year):
                try requireInModel(year, at: indexSyntax.span)
                if let axis = model.axis {
                    throw fail(at: indexSyntax.span, "'\(baseSyntax.describeForIndex)' has a value for each \(axis.granularity.rawValue), not one for \(year)",
                               help: "total the year's \(axis.granularity.plural): total(\(baseSyntax.describeForIndex), over: \(year) to \(year))")
                }
                guard type.shape.hasYears else {
                    throw fail(at: indexSyntax.span, "'\(baseSyntax.describeForIndex)' has no value per year to pick from",
                               help: "index by year only values that vary by year")
                }
                type.shape.hasYears = false
            case .month(let month):
                guard let axis = model.axis, axis.granularity == .month else {
                    throw fail(at: indexSyntax.span, "'\(baseSyntax.describeForIndex)' has no value for each month to pick from: this model counts in \(model.periodWord)",
                               help: "index by a month only in a model declared with 'months'")
                }
                guard axis.position(of: .month(month)) != nil else {
                    throw fail(at: indexSyntax.span, "\(Period.month(month)) is outside the scenario's months (\(axis))",
                               help: "use a month from \(axis)")
                }
                guard type.shape.hasYears else {
                    throw fail(at: indexSyntax.span, "'\(baseSyntax.describeForIndex)' has one value, not one for each month",
                               help: "index by month only values that vary by month")
                }
                type.shape.hasYears = false
            case .text(let member):
                guard let list = type.shape.list, let members = model.lists[list]?.members else {
                    throw fail(at: indexSyntax.span, "'\(baseSyntax.describeForIndex)' has no value per list member to pick from",
                               help: "index by name only values that vary by practice")
                }
                guard members.contains(member) else {
                    let near = NearestName.suggestion(for: member, among: members)
                    throw .reported(Diagnostic(
                        at: indexSyntax.span, "'\(member)' is not in the list '\(list)'", label: near.map { "did you mean '\($0)'?" },
                        help: "members are named exactly as in the list", fixIt: near.map { Diagnostic.FixIt(span: indexSyntax.span, replacement: "\"\($0)\"") }))
                }
                type.shape.list = nil
            default:
                throw fail(at: indexSyntax.span, "an index is a year such as 2017/18, a month such as 2019-07 or a member name such as \"Enderby\"",
                           help: "write income[2017/18] or cost[\"Enderby\"]")
            }
        }
        return type
    }
}

extension Expression {
    /// A short description of an indexed expression for messages.
    var describeForIndex: String {
        if case .name(let name) = kind { return name }
        return span.file.text(of: span)
    }
}
