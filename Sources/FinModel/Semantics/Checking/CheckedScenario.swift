/// A scenario that checked cleanly: every name resolved, every line's kind, shape and display
/// unit known, an evaluation order, and the dependency graph both ways.
///
/// Evaluation, what-if sessions, seek and sensitivity all start from one of these, so none of
/// them checks anything again except an expression typed by the user.
struct CheckedScenario: Sendable {
    let model: Model
    /// Every definition, dependencies first.
    let order: [String]
    let graph: DependencyGraph
    let types: [String: ValueType]
    let displays: [String: DisplayUnit]

    func type(ofLine name: String) -> ValueType? { types[name] }

    /// The type of an expression written outside the file (a seek target, a REPL expression),
    /// or every problem with it: unknown names first, then kinds and shapes.
    func type(of expression: Expression) -> (ValueType?, [Diagnostic]) {
        let unknown = NameResolver(model: model).unknownNames(in: expression)
        if !unknown.isEmpty { return (nil, unknown) }
        let checker = Checker(model: model, known: types.mapValues { Optional($0) })
        do throws(ExpressionFailure) {
            return (try checker.type(of: expression), [])
        } catch {
            if case .reported(let diagnostic) = error { return (nil, [diagnostic]) }
            return (nil, [Diagnostic(at: expression.span, "cannot evaluate this", help: "check the names it uses")])
        }
    }

    /// The problems with the first of `expressions` that does not check, or none: what a user
    /// typed (a seek target and its value, a range's bounds) is checked before it is evaluated.
    func problems(in expressions: [Expression]) -> [Diagnostic] {
        for expression in expressions {
            let (type, problems) = type(of: expression)
            if type == nil { return problems }
        }
        return []
    }

    /// Every definition that uses one of `names`, directly or through others, in evaluation order.
    func dependents(of names: Set<String>) -> [String] {
        let affected = graph.dependents(of: names)
        return order.filter(affected.contains)
    }
}

extension CheckedScenario {
    /// The same scenario with one input's value replaced by a value that uses no other name and
    /// has the input's kind and shape: the order, the graph and every other type stay as they
    /// are, so a what-if change is checked without checking the whole file again. Nil when the
    /// change needs the whole check (it uses names, or its type differs, which that check reports).
    func replacingInput(with definition: Definition) -> CheckedScenario? {
        guard let existing = model.values[definition.name], existing.isInput, let type = types[definition.name] else { return nil }
        var usesNames = false
        definition.expression.forEachReference { _, _ in usesNames = true }
        guard !usesNames else { return nil }
        var model = model
        model.values[definition.name] = Model.NamedValue(
            definition: Definition(name: definition.name, nameSpan: definition.nameSpan, label: existing.definition.label,
                                   expression: definition.expression, total: nil, note: existing.definition.note,
                                   citations: definition.citations.isEmpty ? existing.definition.citations : definition.citations),
            isInput: true, original: existing.original ?? existing.definition)
        var checker = Checker(model: model)
        checker.check([definition.name])
        guard checker.type(ofLine: definition.name) == type else { return nil }
        var displays = displays
        displays[definition.name] = checker.displays[definition.name]
        return CheckedScenario(model: model, order: order, graph: graph, types: types, displays: displays)
    }
}

extension Checker {
    /// Checks a model: its order (and cycles), its names, every line's type, then the tables,
    /// totals, checks and charts. `replaced` holds the file's definitions of inputs that a variant
    /// or `--set` replaced: a replacement must keep the input's kind and shape.
    static func check(_ model: Model, replaced: [String: Definition] = [:]) -> (CheckedScenario?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let graph = DependencyGraph(model)
        let (order, cycles) = DependencyOrder.order(model, graph: graph)
        diagnostics += cycles
        let unknown = NameResolver(model: model).unknownNames(graph: graph)
        diagnostics += unknown
        var checker = Checker(model: model, graph: graph, reportedNames: Set(unknown.compactMap { $0.span?.start }))
        checker.check(order, graph: graph)
        // An override in the wrong unit makes every line that uses it wrong too: report it alone.
        let overrideProblems = checker.replacementProblems(replaced)
        if !overrideProblems.isEmpty { return (nil, diagnostics + overrideProblems) }
        checker.checkStatements()
        diagnostics += checker.diagnostics
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }
        // The lines that checked, by name, in a table sized once.
        var types: [String: ValueType] = [:]
        types.reserveCapacity(order.count)
        for number in order { if let type = checker.type(ofLineNumbered: number) { types[graph.names[number]] = type } }
        return (CheckedScenario(model: model, order: order.map { graph.names[$0] }, graph: graph, types: types, displays: checker.displays),
                diagnostics)
    }

    /// An input's replacement must have the kind and shape of the file's value.
    private func replacementProblems(_ replaced: [String: Definition]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (name, original) in replaced.sorted(by: { $0.key < $1.key }) {
            guard let new = type(ofLine: name), let old = try? type(of: original.expression) else { continue }
            if new != old {
                let span = model.values[name]!.definition.expression.span
                problems.append(Diagnostic(
                    at: span, "'\(name)' is \(old.kind.description) (\(model.describe(old.shape))), but this is \(new.kind.description) (\(model.describe(new.shape)))",
                    help: "write the value as in the file: \(original.expression.span.file.text(of: original.expression.span))"))
            }
        }
        return problems
    }
}
