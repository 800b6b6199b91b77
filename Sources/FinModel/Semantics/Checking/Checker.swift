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
    /// Types worked out so far; a nil entry means the line failed and was reported.
    private(set) var types: [String: ValueType?] = [:]
    /// What each line is displayed in when its expression ends in `in unit` or is a percentage.
    private(set) var displays: [String: DisplayUnit] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// The diagnostics of lines reported so far: a mistake outside the line itself (a month
    /// missing from the actuals file, which every forecast of that line meets) is reported once.
    private var reported: Set<Diagnostic> = []
    /// Offsets of unknown names the resolver already reported, so they are not reported twice.
    let reportedNames: Set<Int>

    init(model: Model, reportedNames: Set<Int> = [], known: [String: ValueType?] = [:]) {
        self.model = model
        self.reportedNames = reportedNames
        self.types = known
    }

    /// Checks each named definition, in the order given (dependencies first); `recurrences` are
    /// the lines that read their own last year (`DependencyGraph.recurrences`).
    mutating func check(_ order: [String], recurrences: Set<String> = []) {
        // Room for every line at once: grown by doubling, the table rehashed every name 14 times.
        types.reserveCapacity(types.count + order.count)
        for name in order where types[name] == nil {
            guard let named = model.values[name] else { continue }
            do throws(Failure) {
                var type = recurrences.contains(name)
                    ? try recurrenceType(of: name, named.definition.expression)
                    : try type(of: named.definition.expression)
                if type.kind == .text {
                    throw fail(at: named.definition.expression.span, "a line cannot hold text",
                               help: "compare the text to make a condition, as in locality = \"Melton\"")
                }
                if let window = named.definition.window { type = try windowed(type, window) }
                switch named.definition.expression.kind {
                case .convert(_, let unit): displays[name] = try displayUnit(unit)
                case .percent: displays[name] = DisplayUnit(unit: .none, factor: .one, text: "%", isPercent: true)
                case .name(let attribute) where model.attribute(attribute)?.kind == .percent:
                    displays[name] = DisplayUnit(unit: .none, factor: .one, text: "%", isPercent: true)
                case .call(BuiltinFunction.Name.share.rawValue, _):
                    displays[name] = DisplayUnit(unit: .none, factor: .one, text: "%", isPercent: true)
                default: break
                }
                types[name] = type
            } catch {
                if case .reported(let diagnostic) = error, reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
                types[name] = .some(nil)
            }
        }
    }

    func type(ofLine name: String) -> ValueType? { types[name] ?? nil }

    /// Takes `type` as the line `name`'s while its own formula is checked: a recurrence.
    mutating func assume(_ name: String, is type: ValueType) { types[name] = type }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

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
        if let entry = types[name] {
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
