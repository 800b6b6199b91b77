/// An expression of the scenario as the workbook writes it: names resolved, functions bound,
/// steps and axes worked out once per line, so that writing the formula of each of the line's
/// cells (`WorkbookEmitter`) is a walk with no checking left to do.
///
///     pay = uplift(pharmacists * salary, by: pay_uplift, from: 2018/19, policy: each_year, rule: half_up, step: £0.01)
///     // .uplift(base: .operation(*, .name("pharmacists"), .name("salary")), rate: .name("pay_uplift"), …)
indirect enum WorkbookTerm: Sendable {
    /// A number, with its unit's factor applied: `45 minutes` is 0.75 (hours).
    case number(Exact)
    /// An input, a line or a list's attribute.
    case name(String)
    /// The financial year of the cell, as the calendar year it starts in: 2019 for 2019/20.
    case year
    /// One term per year: `£98,923 | £131,250`.
    case row([WorkbookTerm])
    case negate(WorkbookTerm)
    case not(WorkbookTerm)
    case operation(BinaryOperator, WorkbookTerm, WorkbookTerm)
    /// A spreadsheet function applied cell by cell: `SUM`, `MIN`, `MAX`, `ABS`.
    case function(String, [WorkbookTerm])
    /// `round(value, rule, step)`, with the exact value rounded where it is known, to refuse a
    /// formula for a figure too near a tie for floating point to tell (`WorkbookEmitter.hazard`).
    case round(WorkbookTerm, RoundingRule, WorkbookStep, exact: Value?)
    /// `total` or `average` over years or over a list's members.
    case aggregate(WorkbookTerm, WorkbookAxis, average: Bool)
    case cumulative(WorkbookTerm)
    case previous(WorkbookTerm, first: WorkbookTerm)
    case proRata(WorkbookTerm, months: WorkbookTerm)
    case uplift(WorkbookUplift)
    /// A part of an apportionment, read from its workings: the index of its block.
    case apportion(Int)
    /// `x[2018/19]`: the term in one year, by its index among the model's years.
    case atYear(WorkbookTerm, Int)
    /// `x["Enderby"]`: the term for one member, by its index in the list.
    case atMember(WorkbookTerm, Int)
    case conditional(WorkbookTerm, WorkbookTerm, WorkbookTerm)
    /// A line with `from … until …`: the term in the periods at these positions, 0 outside them.
    case window(WorkbookTerm, ClosedRange<Int>)
    /// A figure of a forecast, read from its block on the workings: the index of the block.
    case forecast(Int, WorkbookForecast.Figure)
    /// `count`, `share`, `min` or `max` of one value, or a `total` or `average` with `where`.
    case listAggregate(WorkbookListAggregate)
    /// Text compared with a text attribute: `"Melton"`.
    case text(String)
    /// Something the workbook writes as a figure, with the reason it has no formula.
    case unsupported(String)

    /// Whether the term is text, so that `=` compares it exactly.
    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}

/// A rounding step: a number known once and for all (`£0.01`), or a term (an input).
enum WorkbookStep: Sendable {
    case constant(Exact)
    case term(WorkbookTerm)
}

/// What `total` and `average` run over: a range of the model's years (by index), or every
/// member of a list.
enum WorkbookAxis: Sendable {
    case years(ClosedRange<Int>)
    case members(Int)
}

/// `uplift(...)` resolved: each model year's distance from the base year, and, where the call
/// is a whole line, the line, so each year's formula can read the year before it.
struct WorkbookUplift: Sendable {
    let base: WorkbookTerm
    let rate: WorkbookTerm
    /// For each of the model's years, the years since the base year; below zero before it.
    let offsets: [Int]
    let roundsEachYear: Bool
    /// Whether the rate is one for each year, so that a year's figure can only be the year
    /// before's times that year's rate: never the base compounded by one year's rate.
    let ratesByYear: Bool
    let rule: RoundingRule
    let step: WorkbookStep
    /// The line the call is the whole of, whose previous year's cell a year's formula reads.
    let line: String?
    /// The line's exact figures and the exact rate (one, or one for each year), to refuse a
    /// formula too near a tie.
    let exactLine: Value?
    let exactRates: Value?
}

/// Resolves a line's expression into a `WorkbookTerm`, collecting the apportionments it meets,
/// each of which the workbook writes out step by step on its workings.
struct WorkbookCompiler {
    let checked: CheckedScenario
    let evaluator: Evaluator
    private let checker: Checker
    /// Every apportionment met so far, in order; `.apportion(i)` names the i-th.
    private(set) var apportionments: [WorkbookApportionment] = []
    /// Every forecast block met so far, in order; `.forecast(i, …)` reads the i-th.
    var forecasts: [WorkbookForecast] = []
    /// What makes each forecast block: its line, cut-off and rule, as written.
    var forecastKeys: [String] = []

    init(checked: CheckedScenario, evaluator: Evaluator) {
        self.checked = checked
        self.evaluator = evaluator
        self.checker = Checker(model: checked.model)
    }

    var model: Model { checked.model }

    /// The term for a whole line: its uplift, if that is all it is, reads its own previous year.
    mutating func compile(line name: String, label: String) -> WorkbookTerm {
        guard let definition = model.values[name]?.definition else { return .unsupported("'\(name)' is not defined") }
        let term = compile(definition.expression, line: name, label: label)
        guard let window = definition.window else { return term }
        // The same periods as `Evaluator.windowed`: from the one holding the start through the
        // one holding the end, each the model's own where not written.
        guard let axis = model.axis else { return .unsupported("a line that starts or stops at a month") }
        let first = window.start.flatMap { axis.position(holding: $0) } ?? 0
        let last = window.end.flatMap { axis.position(holding: $0) } ?? axis.count - 1
        guard first <= last else { return .unsupported("a line that stops before it starts") }
        return .window(term, first...last)
    }

    /// The term for `expression`; `line` is set only where the expression is a whole line.
    mutating func compile(_ expression: Expression, line: String? = nil, label: String? = nil) -> WorkbookTerm {
        switch expression.kind {
        case .number, .money, .percent:
            guard let value = try? evaluator.evaluate(expression), value.cells.count == 1 else { return .unsupported("a number that does not evaluate") }
            return .number(value.cells[0])
        case .year(let year):
            return .number(Exact(Int64(year.startYear)))
        case .text(let text):
            return .text(text)
        case .yearRange, .month, .filtered:
            return .unsupported("a year range, a month, text or a filter is read only as an argument or an index")
        case .name(let name):
            if model.values[name] != nil || model.attributes[name] != nil { return .name(name) }
            return name == "year" ? .year : .unsupported("unknown name '\(name)'")
        case .row(let items):
            // One term for each financial year of a model of months or quarters holds in every
            // period of its year, as the evaluator spreads it.
            return .row(model.spreadOverPeriods(items.map { compile($0) }))
        case .negate(let inner):
            return .negate(compile(inner))
        case .not(let inner):
            return .not(compile(inner))
        case .binary(let op, let left, let right):
            return .operation(op, compile(left), compile(right))
        case .call(let name, let arguments):
            return call(name, arguments, expression: expression, line: line, label: label)
        case .index(let base, let indices):
            return index(base, indices)
        case .conditional(let condition, let then, let otherwise):
            return .conditional(compile(condition), compile(then), compile(otherwise))
        case .convert(let inner, _):
            // The unit a line is shown in is applied where its cells are written (`WorkbookPlace.factor`).
            return compile(inner, line: nil, label: label)
        }
    }

    private mutating func index(_ base: Expression, _ indices: [Expression]) -> WorkbookTerm {
        var term = compile(base)
        var list = checked.type(of: base).0?.shape.list
        for index in indices {
            switch index.kind {
            case .year(let year):
                guard let position = model.years.firstIndex(of: year) else { return .unsupported("\(year) is outside the model") }
                term = .atYear(term, position)
            case .month(let month):
                guard let position = model.axis?.position(of: .month(month)) else { return .unsupported("\(Period.month(month)) is outside the model") }
                term = .atYear(term, position)
            case .text(let member):
                guard let name = list, let position = model.lists[name]?.members.firstIndex(of: member) else {
                    return .unsupported("'\(member)' is not a member")
                }
                term = .atMember(term, position)
                list = nil
            default:
                return .unsupported("an index that is not a year or a member")
            }
        }
        return term
    }

    /// A step known once and for all when it uses no name, else a term.
    private mutating func step(_ syntax: Expression) -> WorkbookStep {
        var usesNames = false
        syntax.forEachReference { _, _ in usesNames = true }
        if !usesNames, let value = try? evaluator.scalar(syntax), value > .zero { return .constant(value) }
        return .term(compile(syntax))
    }

    private mutating func call(_ name: String, _ arguments: [Argument], expression: Expression, line: String?, label: String?) -> WorkbookTerm {
        guard let function = BuiltinFunction.named(name), case .success(let bound) = function.bind(arguments, span: expression.span) else {
            return .unsupported("unknown function '\(name)'")
        }
        switch function.name {
        case .min where bound.arguments.count == 1, .max where bound.arguments.count == 1:
            return listAggregate(function.name == .min ? .min : .max, bound.arguments[0].value)
        case .count:
            return listAggregate(.count, bound["list"]!)
        case .share:
            return listAggregate(.share, bound["value"]!)
        case .total where bound["value"]!.isFiltered, .average where bound["value"]!.isFiltered:
            return listAggregate(function.name == .total ? .total : .average, bound["value"]!)
        case .sum, .min, .max:
            return .function(name.uppercased(), bound.arguments.map { compile($0.value) })
        case .abs:
            return .function("ABS", [compile(bound["value"]!)])
        case .yearly:
            return compile(bound["value"]!)
        case .round:
            guard let rule = try? checker.rule(bound["rule"]!) else { return .unsupported("an unknown rounding rule") }
            return .round(compile(bound["value"]!), rule, step(bound["step"]!), exact: try? evaluator.evaluate(bound["value"]!))
        case .total, .average:
            let value = bound["value"]!
            guard let type = checked.type(of: value).0,
                  let axis = try? checker.over(bound["over"], for: type, function: name, span: expression.span) else {
                return .unsupported("\(name)(...) over an axis the value does not have")
            }
            switch axis {
            case .years(let range): return .aggregate(compile(value), .years(range), average: function.name == .average)
            case .list(let list): return .aggregate(compile(value), .members(model.lists[list]?.members.count ?? 0), average: function.name == .average)
            }
        case .cumulative:
            return .cumulative(compile(bound["value"]!))
        case .prev:
            guard let first = bound["first"] else { return .unsupported("prev(...) with no first value") }
            return .previous(compile(bound["value"]!), first: compile(first))
        case .proRata:
            return .proRata(compile(bound["value"]!), months: compile(bound["months"]!))
        case .uplift:
            return uplift(bound, line: line)
        case .apportion:
            return apportion(bound, expression: expression, label: label)
        case .phase:
            return .unsupported("phase(...), whose months are split to the penny by largest remainder")
        case .forecast, .yearToDate, .outturn, .variance, .variancePercent:
            return forecast(bound, expression: expression, label: label)
        }
    }

    private mutating func uplift(_ bound: BuiltinFunction.Bound, line: String?) -> WorkbookTerm {
        guard case .year(let from) = bound["from"]!.kind,
              let policy = try? checker.word(bound["policy"]!, among: BuiltinFunction.compoundingPolicies, role: "compounding policy"),
              let rule = try? checker.rule(bound["rule"]!) else {
            return .unsupported("an uplift whose base year, policy or rule is not a word")
        }
        // A rate for each year: each year's cell is the cell before times that year's rate, which
        // only a whole line rounded each year writes as such.
        let rateVaries = checked.type(of: bound["by"]!).0?.shape.hasYears ?? true
        if rateVaries, policy != "each_year" || line == nil {
            return .unsupported("an uplift by a rate for each year, rounded once or inside a larger formula")
        }
        return .uplift(WorkbookUplift(
            base: compile(bound["base"]!), rate: compile(bound["by"]!), offsets: model.years.map { $0.startYear - from.startYear },
            roundsEachYear: policy == "each_year", ratesByYear: rateVaries, rule: rule, step: step(bound["step"]!), line: line,
            exactLine: line.flatMap { evaluator.value(of: $0) }, exactRates: try? evaluator.evaluate(bound["by"]!)))
    }

    private mutating func apportion(_ bound: BuiltinFunction.Bound, expression: Expression, label: String?) -> WorkbookTerm {
        let amountSyntax = bound["amount"]!, weightsSyntax = bound["by"]!
        guard let amountType = checked.type(of: amountSyntax).0, let weightsType = checked.type(of: weightsSyntax).0,
              let list = weightsType.shape.list, let members = model.lists[list]?.members,
              let amount = try? evaluator.evaluate(amountSyntax), let weights = try? evaluator.evaluate(weightsSyntax),
              let parts = try? evaluator.evaluate(expression), let stepValue = try? evaluator.scalar(bound["step"]!) else {
            return .unsupported("an apportionment whose figures are not all known")
        }
        let text = expression.span.file.text(of: expression.span)
        let block = WorkbookApportionment(
            title: (label.map { "\($0): " } ?? "") + text, amount: compile(amountSyntax), weights: compile(weightsSyntax),
            step: step(bound["step"]!), members: members, hasYears: amountType.shape.hasYears || weightsType.shape.hasYears,
            amountFormat: amount.kind.format(display: nil), weightFormat: weights.kind.format(display: nil),
            figures: WorkbookApportionment.Figures(amount: amount, weights: weights, parts: parts, step: stepValue))
        apportionments.append(block)
        return .apportion(apportionments.count - 1)
    }
}
