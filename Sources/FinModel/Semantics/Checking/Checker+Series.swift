/// The types of the functions over the year and list axes: totals and averages, running sums
/// and last year's value, uplift from a base year, and apportionment across a list.
extension Checker {
    /// What `over:` names: every year, a range of years, or a list; without `over:`, the one axis
    /// the value has.
    func over(_ syntax: Expression?, for value: ValueType, function: String, span: SourceSpan) throws(Failure) -> AggregationAxis {
        let lastYear = Swift.max(1, model.years.count) - 1
        guard let syntax else {
            switch (value.shape.list, value.shape.hasYears) {
            case (nil, true): return .years(0...lastYear)
            case (let list?, false): return .list(list)
            case (let list?, true):
                throw fail(at: span, "\(function)(...) of a value for each of the \(list) in each year needs 'over:'",
                           help: "write \(function)(x, over: years) or \(function)(x, over: \(list))")
            case (nil, false):
                throw fail(at: span, "there is only one value to \(function == "total" ? "total" : "average")",
                           help: "\(function)(...) works on values that vary by year or by list member")
            }
        }
        switch syntax.kind {
        case .name("years"):
            guard value.shape.hasYears else { throw fail(at: syntax.span, "this value does not vary by year", help: "remove 'over: years'") }
            return .years(0...lastYear)
        case .yearRange(let first, let last):
            try requireInModel(first, at: syntax.span)
            try requireInModel(last, at: syntax.span)
            guard value.shape.hasYears else { throw fail(at: syntax.span, "this value does not vary by year", help: "remove the years") }
            return .years(model.years.firstIndex(of: first)!...model.years.lastIndex(of: last)!)
        case .name(let list) where model.lists[list] != nil:
            guard value.shape.list == list else {
                throw fail(at: syntax.span, "this value does not vary over the \(list)", help: "total over the axis the value has")
            }
            return .list(list)
        default:
            throw .reported(.unknown("axis", syntax.span.file.text(of: syntax.span), at: syntax.span, among: ["years"] + model.listOrder,
                                     help: "write over: years, over: 2019/20 to 2021/22, or over: a list's name"))
        }
    }

    /// `cumulative(x)`: the running sum over years. `prev(x, first:)`: last year's value.
    func shift(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        let function = bound.function.spelling
        let value = try number(bound["value"]!)
        guard value.shape.hasYears else {
            throw fail(at: bound["value"]!.span, "\(function)(...) needs a value for each \(model.periodNoun), but this is \(model.describe(value.shape))",
                       help: "use \(function)(...) on a line that varies by \(model.periodNoun)")
        }
        if let firstSyntax = bound["first"] {
            let opening = try number(firstSyntax)
            guard opening.kind == value.kind, !opening.shape.hasYears, opening.shape.list == nil || opening.shape.list == value.shape.list else {
                throw fail(at: firstSyntax.span, "the first \(model.periodNoun)'s value must be one figure in '\(value.kind.unit!)'", help: "write, for example, first: £0")
            }
        } else if bound.function.name == .prev {
            throw fail(at: span, "prev(...) has no value for \(model.firstPeriodLabel), the first \(model.periodNoun)",
                       help: "give the value before the first \(model.periodNoun): prev(x, first: £0)")
        }
        return value
    }

    /// `uplift(base, by: 2%, from: 2018/19, policy: each_year, rule: half_up, step: £0.01)`.
    func uplift(_ bound: BuiltinFunction.Bound) throws(Failure) -> ValueType {
        let base = try number(bound["base"]!)
        guard !base.shape.hasYears else {
            throw fail(at: bound["base"]!.span, "the base of an uplift is one year's figure, but this is \(model.describe(base.shape))",
                       help: "pick the base year's figure, as in expenses[2018/19]")
        }
        // One rate for every year, or a rate for each year (`3% | 1.7% | 1.67%`, a pay award).
        let rate = try number(bound["by"]!)
        guard rate.shape.list == nil else {
            throw fail(at: bound["by"]!.span, "the uplift rate must be one figure or one for each year, but this is \(model.describe(rate.shape))",
                       help: "write, for example, by: 2%, or by: a line of a rate for each year")
        }
        guard rate.kind.unit!.isNone else {
            throw fail(at: bound["by"]!.span, "the uplift rate must be a percentage, but this is in '\(rate.kind.unit!)'", help: "write, for example, by: 2%")
        }
        guard case .year(let from) = bound["from"]!.kind else {
            throw fail(at: bound["from"]!.span, "'from:' is the base year, such as 2018/19", help: "write from: 2018/19")
        }
        // In a model of months or quarters, a rate for each year has a figure for each period;
        // the evaluator takes each financial year's rate, and refuses one that changes inside a
        // year, which only the figures can show (`Evaluator.yearRates`).
        if rate.shape.hasYears, !model.years.contains(from) {
            throw fail(at: bound["from"]!.span, "an uplift by a rate for each year starts in one of the scenario's years, but \(from) is not one",
                       help: "the rates are known only for the scenario's years: start from \(model.years.first?.description ?? "the first year") or later")
        }
        _ = try word(bound["policy"]!, among: BuiltinFunction.compoundingPolicies, role: "compounding policy")
        _ = try rule(bound["rule"]!)
        try step(bound["step"]!, for: base)
        return ValueType(kind: base.kind, shape: ValueShape(list: base.shape.list, hasYears: true))
    }

    /// `apportion(amount, by: weights, step: £0.01)`: the amount's unit, over the weights' list.
    func apportion(_ bound: BuiltinFunction.Bound) throws(Failure) -> ValueType {
        let amount = try number(bound["amount"]!)
        let weights = try number(bound["by"]!)
        guard amount.shape.list == nil else {
            throw fail(at: bound["amount"]!.span, "the amount to apportion is already split over the \(amount.shape.list!)",
                       help: "apportion a total, such as total(cost, over: \(amount.shape.list!))")
        }
        guard let list = weights.shape.list else {
            throw fail(at: bound["by"]!.span, "the weights must vary over a list, such as list_size", help: "write by: list_size")
        }
        try step(bound["step"]!, for: amount)
        return ValueType(kind: amount.kind, shape: ValueShape(list: list, hasYears: amount.shape.hasYears || weights.shape.hasYears))
    }
}

/// What a total or an average runs over: a range of the model's years (by position), or a list.
enum AggregationAxis: Sendable, Hashable {
    case years(ClosedRange<Int>)
    case list(String)
}
