/// The types of the aggregates over a list: `total` and `average` with `where`, `min` and `max`
/// of one value, `count` and `share`.
///
/// A filter (`list_size where opted_in`) keeps the members its condition holds for: the
/// condition is a yes/no for each member of the value's list (or for each member in each year),
/// or one yes/no for all. What is left is aggregated over the list's members, so the result has
/// no list; it keeps the years that the value or the condition has.
extension Checker {
    /// `total(x where c)`, `average(x where c)`: over the list's members that the filter keeps.
    func filteredTotal(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        let (value, list) = try filtered(bound["value"]!, function: bound.function.spelling)
        if let over = bound["over"] {
            guard case .name(list) = over.kind else {
                throw fail(at: over.span, "with 'where', \(bound.function.spelling)(...) is over the \(list)",
                           help: "write over: \(list), or leave 'over:' out")
            }
        }
        return ValueType(kind: value.kind, shape: ValueShape(list: nil, hasYears: value.shape.hasYears))
    }

    /// `min(x)`, `max(x)` of one value: over its list's members (those a filter keeps), or over
    /// its years when it has no list.
    func extreme(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        let argument = bound.arguments[0].value
        if argument.isFiltered {
            let (value, _) = try filtered(argument, function: bound.function.spelling)
            return ValueType(kind: value.kind, shape: ValueShape(list: nil, hasYears: value.shape.hasYears))
        }
        let value = try number(argument)
        switch (value.shape.list, value.shape.hasYears) {
        case (_?, let hasYears): return ValueType(kind: value.kind, shape: ValueShape(list: nil, hasYears: hasYears))
        case (nil, true): return ValueType(kind: value.kind, shape: .scalar)
        case (nil, false):
            throw fail(at: argument.span, "there is only one value to take the \(bound.function.name == .min ? "smallest" : "largest") of",
                       help: "give \(bound.function.spelling)(...) two or more values, or one that varies by list member or by year")
        }
    }

    /// `count(practices)`, `count(practices where opted_in)`: how many members, a plain number.
    func count(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        var argument = bound["list"]!
        var condition: Expression?
        if case .filtered(let base, let filter) = argument.kind { (argument, condition) = (base, filter) }
        guard case .name(let list) = argument.kind, model.lists[list] != nil else {
            throw fail(at: argument.span, "count(...) counts the members of a list",
                       help: "write count(\(model.listOrder.first ?? "practices")) or count(\(model.listOrder.first ?? "practices") where opted_in)")
        }
        var hasYears = false
        if let condition { hasYears = try filter(condition, list: list).hasYears }
        return ValueType(kind: .number(.none), shape: ValueShape(list: nil, hasYears: hasYears))
    }

    /// `share(x)`: each member's part of the total over the list, a plain number shown in %.
    func share(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        let argument = bound["value"]!
        if argument.isFiltered {
            let (value, list) = try filtered(argument, function: "share")
            return ValueType(kind: .number(.none), shape: ValueShape(list: list, hasYears: value.shape.hasYears))
        }
        let value = try number(argument)
        guard value.shape.list != nil else {
            throw fail(at: argument.span, "share(...) needs a value for each member of a list, but this is \(model.describe(value.shape))",
                       help: "take the share of a figure by list member, as in share(list_size)")
        }
        return ValueType(kind: .number(.none), shape: value.shape)
    }

    /// The value of `x where c` with the shape that the value and its filter make together, and
    /// the list it is over.
    func filtered(_ syntax: Expression, function: String) throws(Failure) -> (ValueType, String) {
        guard case .filtered(let valueSyntax, let condition) = syntax.kind else { throw .dependencyFailed }
        var value = try number(valueSyntax)
        guard let list = value.shape.list else {
            throw fail(at: valueSyntax.span, "'where' keeps members of a list, but this is \(model.describe(value.shape))",
                       help: "filter a figure by list member, as in \(function)(list_size where opted_in)")
        }
        let conditionShape = try filter(condition, list: list)
        value.shape.hasYears = value.shape.hasYears || conditionShape.hasYears
        return (value, list)
    }

    /// A filter's condition: yes or no for each member of `list` (and year), or one for all.
    func filter(_ syntax: Expression, list: String) throws(Failure) -> ValueShape {
        let condition = try type(of: syntax)
        try requireBoolean(condition, at: syntax.span, role: "'where'")
        if let other = condition.shape.list, other != list {
            throw fail(at: syntax.span, "this condition is for each of the \(other), but the value is for each of the \(list)",
                       help: "filter by a condition on the \(list), such as one of their attributes")
        }
        return condition.shape
    }
}

extension Expression {
    /// Whether this is `value where condition`.
    var isFiltered: Bool {
        if case .filtered = kind { return true }
        return false
    }
}
