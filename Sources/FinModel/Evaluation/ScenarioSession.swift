/// A scenario held open for what-if work: inputs set and unset, a variant chosen, and only the
/// lines that depend on a change evaluated again.
///
/// Every change is all-or-nothing: a change with a mistake returns its diagnostics and leaves the
/// session exactly as it was.
public final class ScenarioSession {
    /// The scenario as loaded (or reloaded); the session's changes are held beside it, not in it.
    public private(set) var scenario: Scenario
    /// Inputs set in this session, by name, as written (`£0.52 per patient`).
    public private(set) var overrides: [String: String] = [:]
    /// The variant chosen, or nil for the base model.
    public private(set) var variant: String?
    private(set) var prepared: Scenario.Prepared
    private(set) var evaluator: Evaluator
    /// The file's own figures, to flag what the session's changes moved: those the session
    /// opened with, and worked out again only after a reload.
    var fileFigures: Evaluator?
    /// How many lines the last change evaluated, for the curious and for the benchmark.
    public private(set) var lastEvaluatedCount = 0

    /// Opens a scenario; nil with diagnostics when it does not evaluate.
    public static func open(_ scenario: Scenario) -> (ScenarioSession?, [Diagnostic]) {
        let (prepared, problems) = scenario.prepare()
        guard let prepared else { return (nil, problems) }
        let (evaluator, more) = prepared.values()
        guard let evaluator else { return (nil, problems + more) }
        return (ScenarioSession(scenario: scenario, prepared: prepared, evaluator: evaluator), problems + more)
    }

    private init(scenario: Scenario, prepared: Scenario.Prepared, evaluator: Evaluator) {
        self.scenario = scenario
        self.prepared = prepared
        self.evaluator = evaluator
        self.fileFigures = evaluator
        self.lastEvaluatedCount = prepared.order.count
    }

    /// The inputs set, as overrides in name order: what a full evaluation needs to give the same figures.
    public var overrideList: [Override] { list(overrides) }

    private func list(_ values: [String: String]) -> [Override] {
        values.keys.sorted().map { Override(name: $0, value: values[$0]!, origin: origins[$0]) }
    }

    /// Sets an input for this session, with the same syntax and unit checks as the file.
    /// `origin` names where the value came from in messages, such as `set pay_uplift`.
    public func set(_ typed: String, to value: String, origin: String? = nil) -> [Diagnostic] {
        // A list figure is kept under the name `--set` gives it, however it was spaced, so
        // `unset list_size["Croft",2020-04]` undoes `set list_size["Croft", 2020-04] = …`.
        let name = scenario.listFigure(named: typed)?.reference ?? typed
        var next = overrides
        next[name] = value
        if let origin { origins[name] = origin }
        if let definition = Override(name: name, value: value, origin: origins[name]).parsed().0,
           let checked = prepared.replacingInput(with: definition) {
            return apply(checked, overrides: next, variant: variant, changed: [name])
        }
        return apply(overrides: next, variant: variant, changed: changedLines([name]))
    }

    /// The names to evaluate again from: an input's own name, or for a list figure
    /// (`list_size["Enderby"]`, or a variant's `list_size`) the lines that read its attribute.
    private func changedLines(_ names: [String]) -> Set<String> {
        var changed: Set<String> = []
        for name in names {
            if let figure = scenario.listFigure(named: name) {
                changed.formUnion(prepared.lines(reading: figure.attribute))
            } else if scenario.model.attributes[name] != nil {
                changed.formUnion(prepared.lines(reading: name))
            } else {
                changed.insert(name)
            }
        }
        return changed
    }

    private var origins: [String: String] = [:]

    /// Returns an input to the file's value.
    public func unset(_ typed: String) -> [Diagnostic] {
        let name = scenario.listFigure(named: typed)?.reference ?? typed
        guard overrides[name] != nil else {
            return [Diagnostic.usage("'\(name)' is not set in this session", help: overrides.isEmpty ? "nothing is set" : "set inputs are \(overrides.keys.sorted().joined(separator: ", "))")]
        }
        var next = overrides
        next[name] = nil
        return apply(overrides: next, variant: variant, changed: changedLines([name]))
    }

    /// Chooses a variant (nil for the base model).
    public func choose(variant name: String?) -> [Diagnostic] {
        let changed = changedLines((name.flatMap { scenario.model.variants[$0] }?.overrides ?? []).map(\.name)
            + (variant.flatMap { scenario.model.variants[$0] }?.overrides ?? []).map(\.name))
        return apply(overrides: overrides, variant: name, changed: changed)
    }

    /// Swaps in a new version of the file (reload), keeping the session's overrides when they still apply.
    public func replace(with newScenario: Scenario) -> [Diagnostic] {
        let (newPrepared, problems) = newScenario.prepare(overrides: overrideList, variant: variant)
        guard let newPrepared else { return problems }
        let (newEvaluator, more) = newPrepared.values()
        guard let newEvaluator else { return problems + more }
        scenario = newScenario
        prepared = newPrepared
        evaluator = newEvaluator
        fileFigures = overrides.isEmpty && variant == nil ? newEvaluator : nil
        lastEvaluatedCount = newPrepared.order.count
        return problems + more
    }

    private func apply(overrides next: [String: String], variant nextVariant: String?, changed: Set<String>) -> [Diagnostic] {
        let (newPrepared, problems) = scenario.prepare(overrides: list(next), variant: nextVariant)
        guard let newPrepared else { return problems }
        return problems + apply(newPrepared, overrides: next, variant: nextVariant, changed: changed)
    }

    /// Evaluates again only what depends on `changed`, and keeps the change if that succeeds.
    private func apply(_ newPrepared: Scenario.Prepared, overrides next: [String: String], variant nextVariant: String?,
                       changed: Set<String>) -> [Diagnostic] {
        // Keep every value that does not depend on what changed.
        let affected = Set(newPrepared.dependents(of: changed))
        let reused = evaluator.values.filter { !affected.contains($0.key) }
        let (newEvaluator, more) = newPrepared.values(reusing: reused)
        guard let newEvaluator else { return more }
        overrides = next
        variant = nextVariant
        prepared = newPrepared
        evaluator = newEvaluator
        lastEvaluatedCount = affected.count
        return more
    }

    /// Evaluates an expression typed at the prompt, such as `surplus[2019/20] * 2`, as text with its unit.
    public func evaluate(_ text: String) -> (String?, [Diagnostic]) {
        let (parsed, problems) = Parser.parseStandaloneExpression(SourceFile(path: "input", text: text))
        guard let expression = parsed else { return (nil, problems) }
        let (type, typeProblems) = prepared.type(of: expression)
        guard type != nil else { return (nil, typeProblems) }
        do throws(Evaluator.Failure) {
            let value = try evaluator.evaluate(expression)
            return (describe(value), [])
        } catch {
            if case .reported(let diagnostic) = error { return (nil, [diagnostic]) }
            return (nil, [Diagnostic(at: expression.span, "cannot evaluate this", help: "check the names it uses")])
        }
    }

    /// The figures of `value` with their unit, in `display` when the line is shown in another
    /// unit: one figure, or each year's, on one line per list member.
    func describe(_ value: Value, display: DisplayUnit? = nil) -> String {
        let format = value.kind.format(display: display)
        func figure(_ cell: Exact) -> String { FigureText.withUnit(cell, format: format) }
        let years = prepared.model.years
        let members = value.shape.list.flatMap { prepared.model.lists[$0]?.members } ?? [""]
        let yearCount = value.shape.hasYears ? years.count : 1
        var lines: [String] = []
        for (m, member) in members.enumerated() {
            let cells = value.cells[(m * yearCount)..<(m * yearCount + yearCount)]
            let text = value.shape.hasYears
                ? zip(prepared.model.periodLabels, cells).map { "\($0): \(figure($1))" }.joined(separator: "  ")
                : figure(cells.first!)
            lines.append(member.isEmpty ? text : "\(member): \(text)")
        }
        return lines.joined(separator: "\n")
    }

    /// Names for completion.
    public var inputNames: [String] { scenario.inputNames }
    /// The computed lines' names, for completion.
    public var lineNames: [String] { scenario.lineNames }
    /// Every list member's figure (`list_size["Enderby"]`), for completion after `set`, `unset` and `info`.
    public var listFigureNames: [String] { scenario.listFigureNames }
    /// The tables' titles, for completion.
    public var tableTitles: [String] { scenario.tableTitles }
    /// The variants' names, for completion.
    public var variantNames: [String] { scenario.variantNames }
}
