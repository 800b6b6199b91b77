/// The figures of the functions over the year and list axes: totals, averages, running sums,
/// last year's value, uplift from a base year, and apportionment across a list.
extension Evaluator {
    func aggregate(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let value = try compute(bound["value"]!)
        let axis = try checker.over(bound["over"], for: ValueType(kind: value.kind, shape: value.shape),
                                    function: bound.function.spelling, span: span)
        let isAverage = bound.function.name == .average
        var shape = value.shape
        switch axis {
        case .years: shape.hasYears = false
        case .list: shape.list = nil
        }
        let members = value.shape.list.flatMap { axes.listSizes[$0] } ?? 1
        let years = value.shape.hasYears ? axes.yearCount : 1
        if let fast = fixedTotal(value, over: axis, members: members, years: years, average: isAverage, shape: shape) { return fast }
        let figures = value.figures.exactCells
        var cells: [Exact] = []
        // ExactSum adds over a common denominator and reduces once: the same exact total as
        // adding cell by cell, without two gcds per cell (a total over thousands of practices).
        func total(_ indices: some Sequence<Int>, count: Int) throws(Failure) -> Exact {
            var total = ExactSum()
            try arithmetic(span) { () throws(ArithmeticError) in
                for index in indices { try total.add(figures[index]) }
            }
            // A figure computed further must be exact: no rounded total here.
            let sum = try arithmetic(span) { () throws(ArithmeticError) in try total.exactValue() }
            guard isAverage else { return sum }
            return try arithmetic(span) { () throws(ArithmeticError) in try sum.divided(by: Exact(Int64(count))) }
        }
        switch axis {
        case .years(let range):
            for member in 0..<members {
                cells.append(try total(range.lazy.map { member * years + $0 }, count: range.count))
            }
        case .list:
            for year in 0..<years {
                cells.append(try total(stride(from: year, to: members * years, by: years), count: members))
            }
        }
        return Value(kind: value.kind, shape: shape, cells: cells)
    }

    /// `cumulative(x)`: the running sum over years.
    func cumulative(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let value = try compute(bound["value"]!)
        let years = axes.yearCount
        if let fast = fixedCumulative(value) { return fast }
        var cells = value.cells
        for memberStart in stride(from: 0, to: cells.count, by: years) {
            for year in 1..<years {
                let index = memberStart + year
                cells[index] = try arithmetic(span, where: place(of: index, in: value.shape)) { () throws(ArithmeticError) in
                    try cells[index - 1].adding(cells[index])
                }
            }
        }
        return Value(kind: value.kind, shape: value.shape, cells: cells)
    }

    /// `prev(x, first: £0)`: last year's value, and `first` before the first year.
    func previous(_ bound: BuiltinFunction.Bound) throws(Failure) -> Value {
        let value = try compute(bound["value"]!)
        let first = try compute(bound["first"]!)
        let years = axes.yearCount
        if let fast = fixedPrevious(value, first: first) { return fast }
        let figures = value.cells
        var cells = figures
        for memberStart in stride(from: 0, to: cells.count, by: years) {
            for year in stride(from: years - 1, to: 0, by: -1) { cells[memberStart + year] = figures[memberStart + year - 1] }
            cells[memberStart] = axes.cell(first, at: memberStart / years, of: Value.Shape(list: value.shape.list, hasYears: false))
        }
        return Value(kind: value.kind, shape: value.shape, cells: cells)
    }

    /// `uplift(base, by: 2%, from: 2018/19, policy: each_year, rule: half_up, step: £0.01)`:
    /// `base` in the `from` year, compounded by the rate each year after; nothing before it.
    func uplift(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let base = try compute(bound["base"]!)
        guard case .year(let from) = bound["from"]!.kind else { throw .dependencyFailed }
        let policyName = try checker.word(bound["policy"]!, among: BuiltinFunction.compoundingPolicies, role: "compounding policy")
        let rule = try checker.rule(bound["rule"]!)
        let step = try step(bound["step"]!)
        let policy: CompoundingPolicy = policyName == "once" ? .compoundExactlyRoundOnce(rule) : .roundEachYear(rule)
        let rates = try compute(bound["by"]!)
        if let failure = rates.firstFailure { throw .reported(failure) }
        if rates.shape.hasYears {
            return try uplift(base, byYear: rates, ratesAt: bound["by"]!.span, from: from, policy: policy, step: step, span: span)
        }
        let rate = rates.figures[0]
        let offsets = model.years.map { $0.startYear - from.startYear }
        if policyName != "once", let fast = fixedUplift(base, rate: rate, offsets: offsets, rule: rule, step: step) { return fast }
        // Only the model's own years are computed, however far back `from` is.
        let wanted = offsets.filter { $0 >= 0 }
        var cells: [Exact] = []
        for (member, baseCell) in base.cells.enumerated() {
            let series: [Exact]
            do {
                series = try Uplift.compound(base: baseCell, rate: Percentage(fraction: rate), atYears: wanted, policy: policy, step: step)
            } catch {
                throw fail(at: span, error.message + place(of: member, in: base.shape), help: "check the base and the rate")
            }
            var next = series.makeIterator()
            for offset in offsets { cells.append(offset < 0 ? .zero : next.next()!) }
        }
        return Value(kind: base.kind, shape: Value.Shape(list: base.shape.list, hasYears: true), cells: cells)
    }

    /// `apportion(amount, by: weights, step: £0.01)`: parts in whole steps that add up exactly
    /// (all but one, when the amount is not a whole number of steps).
    func apportion(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        let amount = try compute(bound["amount"]!).withExactFigures
        let weights = try compute(bound["by"]!).withExactFigures
        guard let list = weights.shape.list else { throw .dependencyFailed }
        let step = try step(bound["step"]!)
        let shape = Value.Shape(list: list, hasYears: amount.shape.hasYears || weights.shape.hasYears)
        let members = axes.listSizes[list]!
        let years = shape.hasYears ? axes.yearCount : 1
        var cells = [Exact](repeating: .zero, count: members * years)
        for year in 0..<years {
            // An amount that is not a whole number of steps leaves its part of a step on one part.
            let total = amount.shape.hasYears ? amount.figures[year] : amount.figures[0]
            let memberWeights = (0..<members).map { member in
                weights.shape.hasYears ? weights.figures[member * axes.yearCount + year] : weights.figures[member]
            }
            let parts: [Exact]
            do {
                parts = try Apportionment.split(total, step: step, weights: memberWeights)
            } catch {
                let where_ = shape.hasYears ? " in \(model.years[year])" : ""
                let help = if case .arithmetic = error { "check the amount and the weights" } else { "give weights of zero or more that are not all zero" }
                throw fail(at: span, error.message + where_, help: help)
            }
            for member in 0..<members { cells[member * years + year] = parts[member] }
        }
        return Value(kind: amount.kind, shape: shape, cells: cells)
    }
}
