/// Functions over the year and list axes: totals, averages, running sums, last year's value,
/// uplift from a base year, and apportionment across a list.
extension Evaluator {
    enum Over { case years(ClosedRange<Int>), list(String) }

    /// What `over:` names: `years`, a range of years, or a list.
    func over(_ syntax: Expression?, for value: Value, function: String, span: SourceSpan) throws(Failure) -> Over {
        guard let syntax else {
            switch (value.shape.list, value.shape.hasYears) {
            case (nil, true): return .years(0...(axes.yearCount - 1))
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
            return .years(0...(axes.yearCount - 1))
        case .yearRange(let first, let last):
            try requireInModel(first, at: syntax.span)
            try requireInModel(last, at: syntax.span)
            guard value.shape.hasYears else { throw fail(at: syntax.span, "this value does not vary by year", help: "remove the years") }
            return .years(model.years.firstIndex(of: first)!...model.years.firstIndex(of: last)!)
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

    func aggregate(_ function: String, _ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let value = try number(bound["value"]!)
        let axis = try over(bound["over"], for: value, function: function, span: span)
        var shape = value.shape
        switch axis {
        case .years: shape.hasYears = false
        case .list: shape.list = nil
        }
        if kindsOnly { return Value(kind: value.kind, shape: shape, cells: []) }
        let members = value.shape.list.flatMap { axes.listSizes[$0] } ?? 1
        let years = value.shape.hasYears ? axes.yearCount : 1
        var cells: [Exact] = []
        // ExactSum adds over a common denominator and reduces once: the same exact total as
        // adding cell by cell, without two gcds per cell (a total over thousands of practices).
        switch axis {
        case .years(let range):
            for member in 0..<members {
                var total = ExactSum()
                try arithmetic(span) { () throws(ArithmeticError) in
                    for year in range { try total.add(value.cells[member * years + year]) }
                }
                var sum = total.value
                if function == "average" {
                    sum = try arithmetic(span) { () throws(ArithmeticError) in try sum.divided(by: Exact(Int64(range.count))) }
                }
                cells.append(sum)
            }
        case .list:
            for year in 0..<years {
                var total = ExactSum()
                try arithmetic(span) { () throws(ArithmeticError) in
                    for member in 0..<members { try total.add(value.cells[member * years + year]) }
                }
                var sum = total.value
                if function == "average" {
                    sum = try arithmetic(span) { () throws(ArithmeticError) in try sum.divided(by: Exact(Int64(members))) }
                }
                cells.append(sum)
            }
        }
        return Value(kind: value.kind, shape: shape, cells: cells)
    }

    /// `cumulative(x)`: the running sum over years. `prev(x, first:)`: last year's value.
    func shift(_ function: String, _ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let value = try number(bound["value"]!)
        guard value.shape.hasYears else {
            throw fail(at: bound["value"]!.span, "\(function)(...) needs a value for each year, but this is \(value.shape.description)",
                       help: "use \(function)(...) on a line that varies by year")
        }
        var first: Value?
        if let firstSyntax = bound["first"] {
            let opening = try number(firstSyntax)
            guard opening.unit == value.unit, !opening.shape.hasYears, opening.shape.list == nil || opening.shape.list == value.shape.list else {
                throw fail(at: firstSyntax.span, "the first year's value must be one figure in '\(value.unit!)'", help: "write, for example, first: £0")
            }
            first = opening
        }
        if kindsOnly { return Value(kind: value.kind, shape: value.shape, cells: []) }
        let years = axes.yearCount
        var cells = value.cells
        for memberStart in stride(from: 0, to: cells.count, by: years) {
            if function == "cumulative" {
                for year in 1..<years {
                    let index = memberStart + year
                    cells[index] = try arithmetic(span, where: place(of: index, in: value.shape)) { () throws(ArithmeticError) in
                        try cells[index - 1].adding(cells[index])
                    }
                }
            } else {
                for year in stride(from: years - 1, to: 0, by: -1) { cells[memberStart + year] = value.cells[memberStart + year - 1] }
                guard let first else {
                    throw fail(at: span, "prev(...) has no value for \(model.years[0]), the first year",
                               help: "give the value before the first year: prev(x, first: £0)")
                }
                cells[memberStart] = axes.cell(first, at: memberStart / years, of: Value.Shape(list: value.shape.list, hasYears: false))
            }
        }
        return Value(kind: value.kind, shape: value.shape, cells: cells)
    }

    /// `uplift(base, by: 2%, from: 2018/19, policy: each_year, rule: half_up, step: £0.01)`:
    /// `base` in the `from` year, compounded by the rate each year after; nothing before it.
    func uplift(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let base = try number(bound["base"]!)
        guard !base.shape.hasYears else {
            throw fail(at: bound["base"]!.span, "the base of an uplift is one year's figure, but this is \(base.shape.description)",
                       help: "pick the base year's figure, as in expenses[2018/19]")
        }
        let (rate, rateUnit) = try scalar(bound["by"]!, role: "the uplift rate")
        guard rateUnit.isNone else {
            throw fail(at: bound["by"]!.span, "the uplift rate must be a percentage, but this is in '\(rateUnit)'", help: "write, for example, by: 2%")
        }
        guard case .year(let from) = bound["from"]!.kind else {
            throw fail(at: bound["from"]!.span, "'from:' is the base year, such as 2018/19", help: "write from: 2018/19")
        }
        let policyName = try word(bound["policy"]!, among: BuiltinFunction.compoundingPolicies, role: "compounding policy")
        let rule = try rule(bound["rule"]!)
        let step = try step(bound["step"]!, for: base)
        let shape = Value.Shape(list: base.shape.list, hasYears: true)
        if kindsOnly { return Value(kind: base.kind, shape: shape, cells: []) }
        let policy: CompoundingPolicy = policyName == "once" ? .compoundExactlyRoundOnce(rule) : .roundEachYear(rule)
        let offsets = model.years.map { $0.startYear - from.startYear }
        let horizon = Swift.max(0, offsets.max() ?? 0)
        var cells: [Exact] = []
        for (member, baseCell) in base.cells.enumerated() {
            let series: [Exact]
            do {
                series = try Uplift.compound(base: baseCell, rate: Percentage(fraction: rate), years: horizon, policy: policy, step: step)
            } catch {
                throw fail(at: span, error.message + place(of: member, in: base.shape), help: "check the base and the rate")
            }
            for offset in offsets { cells.append(offset < 0 ? .zero : series[offset]) }
        }
        return Value(kind: base.kind, shape: shape, cells: cells)
    }

    /// `apportion(amount, by: weights, step: £0.01)`: parts in whole steps that add up exactly.
    func apportion(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let amount = try number(bound["amount"]!)
        let weights = try number(bound["by"]!)
        guard amount.shape.list == nil else {
            throw fail(at: bound["amount"]!.span, "the amount to apportion is already split over the \(amount.shape.list!)",
                       help: "apportion a total, such as total(cost, over: \(amount.shape.list!))")
        }
        guard let list = weights.shape.list else {
            throw fail(at: bound["by"]!.span, "the weights must vary over a list, such as list_size", help: "write by: list_size")
        }
        let step = try step(bound["step"]!, for: amount)
        let shape = Value.Shape(list: list, hasYears: amount.shape.hasYears || weights.shape.hasYears)
        if kindsOnly { return Value(kind: amount.kind, shape: shape, cells: []) }
        let members = axes.listSizes[list]!
        let years = shape.hasYears ? axes.yearCount : 1
        var cells = [Exact](repeating: .zero, count: members * years)
        for year in 0..<years {
            let total = amount.shape.hasYears ? amount.cells[year] : amount.cells[0]
            if let ratio = try? total.divided(by: step), !ratio.isInteger {
                let where_ = shape.hasYears ? " in \(model.years[year])" : ""
                throw fail(at: bound["amount"]!.span,
                           "\(FigureText.plain(total, format: .plain)) is not a whole number of steps of \(FigureText.plain(step, format: .plain))\(where_)",
                           help: "round the amount to the step first: round(amount, half_up, step)")
            }
            let memberWeights = (0..<members).map { member in
                weights.shape.hasYears ? weights.cells[member * axes.yearCount + year] : weights.cells[member]
            }
            let parts: [Exact]
            do {
                parts = try Apportionment.split(total, step: step, weights: memberWeights)
            } catch {
                let where_ = shape.hasYears ? " in \(model.years[year])" : ""
                throw fail(at: span, error.message + where_, help: "round the amount to the step first, and give weights of zero or more that are not all zero")
            }
            for member in 0..<members { cells[member * years + year] = parts[member] }
        }
        return Value(kind: amount.kind, shape: shape, cells: cells)
    }
}
