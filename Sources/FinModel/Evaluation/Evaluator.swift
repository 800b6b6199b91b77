/// Computes a checked scenario's figures, exactly, cell by cell, in dependency order.
///
/// Every kind, shape and unit was checked before evaluation starts (`Checker`), so this walk
/// only computes: it carries each value's kind and shape along with its cells, and reports only
/// what figures alone can show: overflow, division by zero, a rounding step of zero, months
/// outside a year, weights that cannot be apportioned by.
struct Evaluator {
    typealias Failure = ExpressionFailure

    let model: Model
    let axes: Axes
    /// What each line is displayed in, as the checker found it.
    let displays: [String: DisplayUnit]
    /// Answers the questions the checker already settled, such as which rule a word names.
    let checker: Checker
    /// Every line's type, for the shape of a branch of `if` that fails as a whole.
    let types: [String: ValueType]
    /// The lines that read their own last year, worked out year by year (`recurrence(_:_:)`).
    let recurrences: Set<String>
    /// The names each line reads (`uses(of:)`): a line that fails quietly must have one that
    /// failed first.
    let graph: DependencyGraph
    /// The list attributes that are whole numbers of a step, in fixed point.
    let attributeColumns: [String: FixedColumn]
    /// Values already evaluated; a nil entry means it failed.
    private(set) var values: [String: Value?] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// The diagnostics reported so far: a mistake outside the line itself (a month missing from
    /// the actuals file, which every forecast of that line meets) is reported once.
    private var reported: Set<Diagnostic> = []
    /// Whether a cell whose arithmetic fails is kept as a failure in the value (`Value.failures`)
    /// rather than stopping the evaluation: true inside a branch of `if`, where it is an error
    /// only if the condition chooses that cell. A strict evaluator never hands on a failed cell.
    var keepsFailures = false
    /// Whether figures are computed in fixed point where they can be (`Evaluator+FixedPoint.swift`);
    /// off only to check that the exact path gives the same figures and the same errors.
    var usesFixedPoint = true

    init(checked: CheckedScenario, known: [String: Value?] = [:]) {
        self.model = checked.model
        self.axes = checked.model.axes
        self.displays = checked.displays
        self.checker = Checker(model: checked.model)
        self.types = checked.types
        self.recurrences = checked.graph.recurrences
        self.graph = checked.graph
        self.values = known
        // Each list attribute in fixed point once, not once for every line that reads it.
        var columns: [String: FixedColumn] = [:]
        for (name, list) in checked.model.attributes {
            if let cells = checked.model.lists[list]?.values[name], let column = FixedColumn(exactly: cells) { columns[name] = column }
        }
        self.attributeColumns = columns
    }

    /// Evaluates each named definition, in the order given (dependencies first).
    ///
    /// A checked order names each line once (`DependencyOrder`), so only a line handed in as
    /// `known` can have its value already: an evaluator that starts with none does not look each
    /// name up before computing it. Nor is a name looked for among no recurrences. Each look-up
    /// hashes the name, and on a scenario of 10,000 streams these were a tenth of evaluating it.
    mutating func evaluate(_ order: [String]) {
        let startsWithValues = !values.isEmpty, hasRecurrences = !recurrences.isEmpty
        values.reserveCapacity(values.count + order.count)
        for name in order where !startsWithValues || values[name] == nil {
            guard let named = model.values[name] else { continue }
            do throws(Failure) {
                let value = hasRecurrences && recurrences.contains(name)
                    ? try recurrence(name, named.definition.expression)
                    : try compute(named.definition.expression)
                values[name] = named.definition.window.map { windowed(value, $0) } ?? value
            } catch {
                switch error {
                case .reported(let diagnostic):
                    if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
                case .dependencyFailed where !graph.uses(of: name).contains(where: failed):
                    // Quiet only when a line it reads failed, with its own message: otherwise the
                    // checker passed something this walk cannot compute, and the line must not vanish.
                    diagnostics.append(Diagnostic(
                        at: named.definition.expression.span, "'\(name)' could not be evaluated, though the checker accepted it",
                        help: "this is a fault in the tool, not in the file: please report it with the scenario"))
                case .dependencyFailed: break
                }
                values[name] = .some(nil)
            }
        }
    }

    /// Whether the line `name` was evaluated and failed.
    private func failed(_ name: String) -> Bool {
        if case .some(.none) = values[name] { true } else { false }
    }

    /// Takes `value` as the line `name`'s for what is evaluated next: a recurrence's years so far.
    mutating func assume(_ name: String, is value: Value) { values[name] = value }

    /// A line's value, with exact figures: what the report, checks and analyses read.
    func value(of name: String) -> Value? { (values[name] ?? nil)?.withExactFigures }

    /// A line's value as computed, in fixed point where it was: for asking its shape, its unit or
    /// how its figures are held without converting them. A fixed-point column of 780,000 cells
    /// costs nothing to ask, and a great deal to turn into exact fractions.
    func computedValue(of name: String) -> Value? { values[name] ?? nil }

    /// Whether the line `name` has the same figures here as in `other` (both evaluated, or
    /// both not), compared without converting fixed-point columns.
    func sameFigures(of name: String, as other: Evaluator) -> Bool {
        switch ((values[name] ?? nil), (other.values[name] ?? nil)) {
        case (nil, nil): true
        case (let mine?, let theirs?): mine.figures.sameFigures(as: theirs.figures)
        default: false
        }
    }

    // MARK: Expressions

    /// The value of `expression`, with exact figures: what the report, checks and analyses read.
    func evaluate(_ expression: Expression) throws(Failure) -> Value {
        try compute(expression).withExactFigures
    }

    /// The value of `expression`, in fixed point where it could be computed so; a strict
    /// evaluator reports the first failed cell (of an `if` that chose one) instead of handing it on.
    func compute(_ expression: Expression) throws(Failure) -> Value {
        let value = try cells(of: expression)
        if !keepsFailures, let failure = value.firstFailure { throw .reported(failure) }
        return value
    }

    private func cells(of expression: Expression) throws(Failure) -> Value {
        switch expression.kind {
        case .number(let number, let unitSyntax):
            guard let unitSyntax else { return constant(number, .number(.none)) }
            let (unit, factor) = try checker.resolve(unitSyntax)
            return constant(try arithmetic(expression.span) { () throws(ArithmeticError) in try number.multiplied(by: factor) }, .number(unit))
        case .money(let amount, let unitSyntax):
            guard let unitSyntax else { return constant(amount, .number(.money)) }
            let (unit, factor) = try checker.resolveMoney(unitSyntax)
            return constant(try arithmetic(expression.span) { () throws(ArithmeticError) in try amount.multiplied(by: factor) }, .number(unit))
        case .percent(let number):
            return constant(try arithmetic(expression.span) { () throws(ArithmeticError) in try number.divided(by: Exact(Int64(100))) }, .number(.none))
        case .year(let year):
            return constant(Exact(Int64(year.startYear)), .year)
        case .month(let month):
            return constant(Exact(Int64(month.ordinal)), .month)
        case .name(let name):
            return try lookUp(name)
        case .row(let items):
            return try row(items)
        case .negate(let inner):
            let value = try compute(inner)
            if let fast = fixedMap(value, { $0 == .min ? nil : -$0 }) { return fast }
            return try map(value, span: expression.span) { cell throws(ArithmeticError) in try cell.negated() }
        case .not(let inner):
            let value = try compute(inner)
            if let fast = fixedMap(value, kind: value.kind, denominator: 1, { $0 == 0 ? 1 : 0 }) { return fast }
            return try map(value, span: expression.span) { cell in cell == .zero ? .one : .zero }
        case .binary(let op, let left, let right):
            return try binary(op, left, right, expression: expression)
        case .call(let name, let arguments)
            where keepsFailures && (!Self.worksCellByCell(name) || BuiltinFunction.isAggregateExtreme(name, argumentCount: arguments.count)):
            // A function over the years or the list reads cells other than its own: inside a
            // branch it runs strictly, and if it fails the branch fails as a whole.
            var strict = self
            strict.keepsFailures = false
            return try strict.call(name, arguments, expression: expression)
        case .call(let name, let arguments):
            return try call(name, arguments, expression: expression)
        case .index(let base, let indices):
            return try index(base, indices)
        case .conditional(let condition, let then, let otherwise):
            return try conditional(condition, then, otherwise, span: expression.span)
        case .convert(let inner, _):
            return try compute(inner)
        case .yearRange, .text, .filtered:
            // The checker allows these only where a function reads them as words, filters, or as an index.
            throw .dependencyFailed
        }
    }

    func constant(_ number: Exact, _ kind: Value.Kind) -> Value {
        Value(kind: kind, shape: .scalar, cells: [number])
    }

    func lookUp(_ name: String) throws(Failure) -> Value {
        if let entry = values[name] {
            guard let value = entry else { throw .dependencyFailed }
            return value
        }
        if let list = model.attributes[name], let unit = model.attributeUnits[name] {
            let attribute = model.attribute(name)
            let shape = Value.Shape(list: list, hasYears: attribute?.hasPeriods ?? false)
            let kind: Value.Kind = switch attribute?.kind {
            case .text: .text
            case .flag: .boolean
            default: .number(unit)
            }
            if usesFixedPoint, let column = attributeColumns[name] { return Value(kind: kind, shape: shape, column: column) }
            return Value(kind: kind, shape: shape, cells: model.lists[list]!.values[name]!)
        }
        if name == "year" {
            return Value(kind: .year, shape: Value.Shape(list: nil, hasYears: true), cells: model.years.map { Exact(Int64($0.startYear)) })
        }
        throw .dependencyFailed  // unknown names were reported by the checker
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
