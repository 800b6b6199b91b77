/// Evaluates a model's definitions in dependency order, cell by cell, exactly.
///
/// The same walk runs twice. First with `kindsOnly` set, when it works out every value's kind
/// (unit) and shape and no cell is computed, so unit mistakes in any line are reported before any
/// arithmetic runs; then for real. Keeping one walk for both means the checker and the evaluator
/// cannot disagree about what an expression means.
struct Evaluator {
    typealias Failure = ExpressionFailure

    let model: Model
    let axes: Axes
    let kindsOnly: Bool
    /// Values already evaluated; a nil entry means it failed.
    private(set) var values: [String: Value?] = [:]
    /// What each line is displayed in when its expression ends in `in unit`.
    private(set) var displays: [String: DisplayUnit] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Offsets of unknown names the resolver already reported, so they are not reported twice.
    let reportedNames: Set<Int>

    init(model: Model, kindsOnly: Bool, known: [String: Value?] = [:], reportedNames: Set<Int> = []) {
        self.model = model
        self.reportedNames = reportedNames
        self.axes = model.axes
        self.kindsOnly = kindsOnly
        self.values = known
    }

    /// Evaluates each named definition, in the order given (dependencies first).
    mutating func evaluate(_ order: [String]) {
        for name in order where values[name] == nil {
            guard let named = model.values[name] else { continue }
            do throws(Failure) {
                let value = try evaluate(named.definition.expression)
                switch named.definition.expression.kind {
                case .convert(_, let unit): displays[name] = try displayUnit(unit)
                case .percent: displays[name] = DisplayUnit(unit: .none, factor: .one, text: "%", isPercent: true)
                default: break
                }
                values[name] = value
            } catch {
                if case .reported(let diagnostic) = error { diagnostics.append(diagnostic) }
                values[name] = .some(nil)
            }
        }
    }

    func value(of name: String) -> Value? { values[name] ?? nil }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Expressions

    func evaluate(_ expression: Expression) throws(Failure) -> Value {
        switch expression.kind {
        case .number(let number, let unitSyntax):
            guard let unitSyntax else { return constant(number, .number(.none)) }
            let (unit, factor) = try resolve(unitSyntax)
            return constant(try arithmetic(expression.span) { () throws(ArithmeticError) in try number.multiplied(by: factor) }, .number(unit))
        case .money(let amount, let unitSyntax):
            guard let unitSyntax else { return constant(amount, .number(.money)) }
            let (unit, factor) = try resolve(unitSyntax)
            return constant(try arithmetic(expression.span) { () throws(ArithmeticError) in try amount.multiplied(by: factor) }, .number(Unit.money.multiplied(by: unit)))
        case .percent(let number):
            return constant(try arithmetic(expression.span) { () throws(ArithmeticError) in try number.divided(by: Exact(Int64(100))) }, .number(.none))
        case .year(let year):
            try requireInModel(year, at: expression.span)
            return constant(Exact(Int64(year.startYear)), .year)
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
            let value = try evaluate(inner)
            guard case .number = value.kind else {
                throw fail(at: expression.span, "cannot negate \(value.kind.description)", help: "'-' applies to numbers and amounts")
            }
            return try map(value, span: expression.span) { cell throws(ArithmeticError) in try cell.negated() }
        case .not(let inner):
            let value = try evaluate(inner)
            try requireBoolean(value, at: inner.span, role: "'not'")
            return try map(value, span: expression.span) { cell in cell == .zero ? .one : .zero }
        case .binary(let op, let left, let right):
            return try binary(op, left, right, expression: expression)
        case .call(let name, let arguments):
            return try call(name, arguments, expression: expression)
        case .index(let base, let indices):
            return try index(base, indices, expression: expression)
        case .conditional(let condition, let then, let otherwise):
            return try conditional(condition, then, otherwise, span: expression.span)
        case .convert(let inner, let unitSyntax):
            let value = try evaluate(inner)
            let display = try displayUnit(unitSyntax)
            guard value.unit == display.unit else {
                throw fail(at: unitSyntax.span, "cannot show \(value.kind.description) in '\(display.text)'",
                           label: display.unit.isNone ? "this is a plain number" : "this is in '\(display.unit)'", help: "convert only between units of the same kind, such as minutes and hours")
            }
            return value
        }
    }

    func constant(_ number: Exact, _ kind: Value.Kind) -> Value {
        Value(kind: kind, shape: .scalar, cells: kindsOnly ? [] : [number])
    }

    func resolve(_ syntax: UnitSyntax) throws(Failure) -> (Unit, Exact) {
        do {
            return try model.units.resolve(syntax)
        } catch {
            throw .reported(error)
        }
    }

    func displayUnit(_ syntax: UnitSyntax) throws(Failure) -> DisplayUnit {
        let (unit, factor) = try resolve(syntax)
        let text = syntax.words.map { word in
            word.exponent > 0 ? word.name : "per \(word.name)"
        }.joined(separator: " ")
        return DisplayUnit(unit: unit, factor: factor, text: text, isPercent: syntax.words.first?.name == "%")
    }

    func requireInModel(_ year: FinancialYear, at span: SourceSpan) throws(Failure) {
        guard model.years.contains(year) else {
            let range = model.years.isEmpty ? "no years" : "\(model.years.first!) to \(model.years.last!)"
            throw fail(at: span, "\(year) is outside the scenario's years (\(range))",
                       help: "use a year from \(range), or widen the 'years' line")
        }
    }

    func lookUp(_ name: String, at span: SourceSpan) throws(Failure) -> Value {
        if let entry = values[name] {
            guard let value = entry else { throw .dependencyFailed }
            return value
        }
        if let list = model.attributes[name], let unit = model.attributeUnits[name] {
            return Value(kind: .number(unit), shape: Value.Shape(list: list, hasYears: false),
                         cells: kindsOnly ? [] : model.lists[list]!.values[name]!)
        }
        if name == "year" {
            return Value(kind: .year, shape: Value.Shape(list: nil, hasYears: true),
                         cells: kindsOnly ? [] : model.years.map { Exact(Int64($0.startYear)) })
        }
        if model.values[name] != nil || reportedNames.contains(span.start) { throw .dependencyFailed }  // already reported
        if model.lists[name] != nil {
            throw fail(at: span, "'\(name)' is a list, not a value",
                       help: "use one of its attributes, such as \(model.lists[name]!.attributes.first.map(\.name) ?? "list_size")")
        }
        throw .reported(.unknown("name", name, at: span, among: model.knownNames,
                                 help: "names are defined by 'input', by a line 'name = ...', or by a list's attributes"))
    }

    func fail(at span: SourceSpan, _ message: String, label: String? = nil, help: String) -> Failure {
        .reported(Diagnostic(at: span, message, label: label, help: help))
    }

    /// Runs exact arithmetic, turning overflow and division by zero into a diagnostic at `span`.
    ///
    /// `place` (" in 2017/18 for 'Enderby'") is only worked out when there is an error to report:
    /// building it for every cell of a large list cost more than the arithmetic.
    func arithmetic<T>(_ span: SourceSpan, where place: @autoclosure () -> String = "", _ body: () throws(ArithmeticError) -> T) throws(Failure) -> T {
        do {
            return try body()
        } catch {
            let help: String = switch error {
            case .divisionByZero: "check that the divisor cannot be zero, or guard it with 'if ... then ... else ...'"
            case .overflow: "the figures are beyond what can be held exactly (about 10^38 in the smallest unit); check the units and magnitudes"
            case .notAWholeMultiple: "round the value first with round(value, rule, step)"
            }
            throw fail(at: span, error.message + place(), help: help)
        }
    }
}
