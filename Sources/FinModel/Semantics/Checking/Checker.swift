/// Works out the kind and shape of every line, total, check and chart before any figure is
/// computed, and reports every mistake in them: units that do not add, shapes that do not fit,
/// functions called wrongly, years outside the model.
///
/// A line whose expression has a mistake is reported once, at its first mistake; lines that use
/// it stay quiet (`dependencyFailed`), so one typo does not bury the file in errors. Nothing here
/// depends on a figure: the evaluator runs only on a scenario that checked cleanly, and reports
/// only what figures alone can show (overflow, division by zero, a step of zero).
struct Checker {
    typealias Failure = ExpressionFailure

    let model: Model
    /// The definitions' numbers (`DependencyGraph.numbers`) when the whole model is checked;
    /// empty for a checker made to type an expression or a few lines by name.
    let numbers: [String: Int]
    /// number → its definition (`DependencyGraph.definitions`), beside `numbers`.
    let definitions: [Definition?]
    /// number → what is known of the line so far. Every line is typed, so a table indexed by
    /// its number is read and written without hashing its name, as a dictionary by name was.
    private var lines: [LineState]
    /// Types of the lines that are not numbered: given (`known`), or worked out by `check(_:)`;
    /// a nil entry means the line failed and was reported.
    private(set) var types: [String: ValueType?] = [:]
    /// What each line is displayed in when its expression ends in `in unit` or is a percentage.
    private(set) var displays: [String: DisplayUnit] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// The diagnostics of lines reported so far: a mistake outside the line itself (a month
    /// missing from the actuals file, which every forecast of that line meets) is reported once.
    private var reported: Set<Diagnostic> = []
    /// Offsets of unknown names the resolver already reported, so they are not reported twice.
    let reportedNames: Set<Int>
    /// The units written so far, resolved: shared by the copies of this checker (an evaluator's).
    let unitResolutions = UnitResolutions()

    /// What the checker knows of a numbered line.
    enum LineState {
        case unchecked
        /// The line failed and was reported.
        case failed
        case typed(ValueType)

        var type: ValueType? {
            if case .typed(let type) = self { return type }
            return nil
        }
    }

    init(model: Model, reportedNames: Set<Int> = [], known: [String: ValueType?] = [:]) {
        self.model = model
        self.reportedNames = reportedNames
        self.types = known
        self.numbers = [:]
        self.definitions = []
        self.lines = []
    }

    /// A checker for every line of `model`, numbered as `graph` numbers them.
    init(model: Model, graph: DependencyGraph, reportedNames: Set<Int>) {
        self.model = model
        self.reportedNames = reportedNames
        self.numbers = graph.numbers
        self.definitions = graph.definitions
        self.lines = [LineState](repeating: .unchecked, count: graph.names.count)
    }

    /// Checks each numbered definition, in the order given (dependencies first, as
    /// `DependencyOrder.order` gives them).
    mutating func check(_ order: [Int], graph: DependencyGraph) {
        var found: [(String, DisplayUnit)] = []
        for number in order {
            guard case .unchecked = lines[number], let definition = definitions[number] else { continue }
            let name = graph.names[number]
            if let (type, display) = lineType(name, definition, isRecurrence: graph.isRecurrence[number]) {
                lines[number] = .typed(type)
                if let display { found.append((name, display)) }
            } else {
                lines[number] = .failed
            }
        }
        // The table sized once: grown by doubling, it was rehashed a dozen times.
        displays.reserveCapacity(displays.count + found.count)
        for (name, display) in found { displays[name] = display }
    }

    /// Checks each named definition, in the order given (dependencies first); `recurrences` are
    /// the lines that read their own last year (`DependencyGraph.recurrences`).
    mutating func check(_ order: [String], recurrences: Set<String> = []) {
        for name in order where type(ofLineOrNil: name) == nil {
            guard let named = model.values[name] else { continue }
            let result = lineType(name, named.definition, isRecurrence: recurrences.contains(name))
            if let display = result?.display { displays[name] = display }
            record(name, result?.type)
        }
    }

    /// The type of the line `name` defines and what it is displayed in, or nil when it fails
    /// (reported here, once).
    private mutating func lineType(_ name: String, _ definition: Definition, isRecurrence: Bool) -> (type: ValueType, display: DisplayUnit?)? {
        do throws(Failure) {
            var type = isRecurrence
                ? try recurrenceType(of: name, definition.expression)
                : try type(of: definition.expression)
            if type.kind == .text {
                throw fail(at: definition.expression.span, "a line cannot hold text",
                           help: "compare the text to make a condition, as in locality = \"Melton\"")
            }
            if let window = definition.window { type = try windowed(type, window) }
            let display: DisplayUnit?
            switch definition.expression.kind {
            case .convert(_, let unit): display = try displayUnit(unit)
            case .percent: display = DisplayUnit(unit: .none, factor: .one, text: "%", isPercent: true)
            case .name(let attribute) where model.attribute(attribute)?.kind == .percent:
                display = DisplayUnit(unit: .none, factor: .one, text: "%", isPercent: true)
            case .call(BuiltinFunction.Name.share.rawValue, _):
                display = DisplayUnit(unit: .none, factor: .one, text: "%", isPercent: true)
            default: display = nil
            }
            return (type, display)
        } catch {
            if case .reported(let diagnostic) = error, reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
            return nil
        }
    }

    /// What is known of the line `name`: nil when it is not checked yet, `.some(nil)` when it failed.
    private func type(ofLineOrNil name: String) -> ValueType?? {
        if let number = numbers[name] {
            switch lines[number] {
            case .unchecked: return nil
            case .failed: return .some(nil)
            case .typed(let type): return type
            }
        }
        return types.isEmpty ? nil : types[name]
    }

    /// Records the line `name`'s type, or nil for a failure.
    private mutating func record(_ name: String, _ type: ValueType?) {
        if let number = numbers[name] {
            lines[number] = type.map { .typed($0) } ?? .failed
        } else {
            types[name] = .some(type)
        }
    }

    func type(ofLine name: String) -> ValueType? { type(ofLineOrNil: name) ?? nil }

    /// The type of the line numbered `number`; nil when it failed or was not checked.
    func type(ofLineNumbered number: Int) -> ValueType? { lines[number].type }

    /// The type of the line `name` (nil when it failed or is not checked) and its definition
    /// (nil when it has none), found with one look-up of the name.
    func line(named name: String) -> (type: ValueType?, definition: Definition?) {
        if let number = numbers[name] { return (lines[number].type, definitions[number]) }
        return (type(ofLine: name), model.values[name]?.definition)
    }

    /// Takes `type` as the line `name`'s while its own formula is checked: a recurrence.
    mutating func assume(_ name: String, is type: ValueType) { record(name, type) }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func resolve(_ syntax: UnitSyntax) throws(Failure) -> (Unit, Exact) {
        do {
            return try unitResolutions.resolve(syntax, isMoney: false, in: model.units)
        } catch {
            throw .reported(error)
        }
    }

    /// The unit of an amount of money written with `syntax` (`£3.17 per patient`), pounds times
    /// it, and the factor its figure is multiplied by: for the checker and the evaluator alike.
    func resolveMoney(_ syntax: UnitSyntax) throws(Failure) -> (unit: Unit, factor: Exact) {
        do {
            return try unitResolutions.resolve(syntax, isMoney: true, in: model.units)
        } catch {
            throw .reported(error)
        }
    }

    func displayUnit(_ syntax: UnitSyntax) throws(Failure) -> DisplayUnit {
        let (unit, factor) = try resolve(syntax)
        let text = syntax.words.map { word in
            word.exponent > 0 ? word.name : "per \(word.name)"
        }.joined(separator: " ")
        return DisplayUnit(unit: unit, factor: factor, text: text, isPercent: syntax.words.first?.name == "%",
                           placesCount: syntax.places?.places, placesRule: syntax.places?.rule ?? .halfUp)
    }

    func requireInModel(_ year: FinancialYear, at span: SourceSpan) throws(Failure) {
        guard model.years.contains(year) else {
            let range = model.years.isEmpty ? "no years" : "\(model.years.first!) to \(model.years.last!)"
            throw fail(at: span, "\(year) is outside the scenario's years (\(range))",
                       help: "use a year from \(range), or widen the 'years' line")
        }
    }

    func lookUp(_ name: String, at span: SourceSpan) throws(Failure) -> ValueType {
        if let entry = type(ofLineOrNil: name) {
            guard let type = entry else { throw .dependencyFailed }
            return type
        }
        if let list = model.attributes[name], let unit = model.attributeUnits[name] {
            let attribute = model.attribute(name)
            let kind: ValueKind = switch attribute?.kind {
            case .text: .text
            case .flag: .boolean
            default: .number(unit)
            }
            return ValueType(kind: kind, shape: ValueShape(list: list, hasYears: attribute?.hasPeriods ?? false))
        }
        if name == "year" { return ValueType(kind: .year, shape: ValueShape(list: nil, hasYears: true)) }
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
}
