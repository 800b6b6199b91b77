/// The types of arithmetic, comparison and logic: units multiply and divide, add only when they
/// match, and shapes broadcast to a value for each year and member that either side has.
extension Checker {
    /// The shape both operands fit: a value for each year and member that either has.
    func broadcast(_ shapes: [ValueShape], at span: SourceSpan) throws(Failure) -> ValueShape {
        var result = ValueShape.scalar
        for shape in shapes { try widen(&result, by: shape, at: span) }
        return result
    }

    /// `broadcast` of two shapes, without gathering them into an array: every operator of
    /// every line asks.
    func broadcast(_ first: ValueShape, _ second: ValueShape, at span: SourceSpan) throws(Failure) -> ValueShape {
        var result = first
        try widen(&result, by: second, at: span)
        return result
    }

    /// `result` widened to also fit `shape`.
    private func widen(_ result: inout ValueShape, by shape: ValueShape, at span: SourceSpan) throws(Failure) {
        if let list = shape.list {
            if let other = result.list, other != list {
                throw fail(at: span, "cannot combine a value for each of the \(other) with one for each of the \(list)",
                           help: "total one of them first, as in total(x, over: \(list))")
            }
            result.list = list
        }
        result.hasYears = result.hasYears || shape.hasYears
    }

    func binary(_ op: BinaryOperator, _ leftSyntax: Expression, _ rightSyntax: Expression, expression: Expression) throws(Failure) -> ValueType {
        if op == .equal || op == .notEqual, let compared = try textComparison(leftSyntax, rightSyntax) { return compared }
        let left = try type(of: leftSyntax)
        let right = try type(of: rightSyntax)
        let opSpan = expression.operatorSpan ?? expression.span
        let kind: ValueKind
        switch op {
        case .and, .or:
            try requireBoolean(left, at: leftSyntax.span, role: "'\(op.rawValue)'")
            try requireBoolean(right, at: rightSyntax.span, role: "'\(op.rawValue)'")
            kind = .boolean
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            guard left.kind == right.kind, left.kind != .text else {
                throw fail(at: opSpan, "cannot compare \(left.kind.description) with \(right.kind.description)",
                           label: "'\(op.rawValue)' needs two values of the same kind", help: "compare amounts with amounts and years with years")
            }
            kind = .boolean
        case .add, .subtract:
            guard let leftUnit = left.kind.unit, let rightUnit = right.kind.unit else {
                throw fail(at: opSpan, "cannot \(op == .add ? "add" : "subtract") \(left.kind.description) and \(right.kind.description)",
                           help: "'\(op.rawValue)' works on numbers and amounts")
            }
            guard leftUnit == rightUnit else {
                if let axis = model.axis, let yearly = leftUnit == rightUnit.perYear ? leftSyntax : rightUnit == leftUnit.perYear ? rightSyntax : nil {
                    let text = yearly.span.file.text(of: yearly.span)
                    throw fail(at: yearly.span, "'\(text)' is a yearly figure, but this model counts in \(axis.granularity.plural)",
                               label: "a yearly amount needs a phasing",
                               help: "spread it over the months to the penny: phase(\(text), flat), phase(\(text), days) or phase(\(text), profile: ...)")
                }
                throw fail(at: opSpan, "cannot \(op == .add ? "add" : "subtract") '\(rightUnit.isNone ? "a plain number" : rightUnit.description)' \(op == .add ? "to" : "from") '\(leftUnit.isNone ? "a plain number" : leftUnit.description)'",
                           label: "the two sides have different units", help: unitHelp(leftUnit, rightUnit))
            }
            kind = left.kind
        case .multiply, .divide:
            guard let leftUnit = left.kind.unit, let rightUnit = right.kind.unit else {
                throw fail(at: opSpan, "cannot \(op == .multiply ? "multiply" : "divide") \(left.kind.description) and \(right.kind.description)",
                           help: "'\(op.rawValue)' works on numbers and amounts")
            }
            kind = .number(op == .multiply ? leftUnit.multiplied(by: rightUnit) : leftUnit.divided(by: rightUnit))
        }
        return ValueType(kind: kind, shape: try broadcast(left.shape, right.shape, at: opSpan))
    }

    /// Why two units do not add, and what usually fixes it.
    func unitHelp(_ a: Unit, _ b: Unit) -> String {
        if a.isNone || b.isNone {
            return "give the plain number its unit, as in £500 or 500 patients"
        }
        let rate = a.powers.contains { $0.exponent < 0 } ? a : (b.powers.contains { $0.exponent < 0 } ? b : nil)
        if let rate, let per = rate.powers.first(where: { $0.exponent < 0 }) {
            return "multiply the rate '\(rate)' by a number of \(per.base.plural) first"
        }
        return "only values in the same unit add up; check which line or input is in the wrong unit"
    }
}
