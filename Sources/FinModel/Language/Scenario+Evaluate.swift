/// Evaluating a scenario: overrides, dependency order, kinds first, then values, then checks.
extension Scenario {
    /// Evaluates every line, table and check; nil with diagnostics when anything is wrong, so a
    /// caller never shows a partial table.
    public func evaluate(overrides: [Override] = [], variant: String? = nil) -> (Report?, [Diagnostic]) {
        var model = self.model
        var diagnostics: [Diagnostic] = []
        var replaced: [String: Definition] = [:]

        if let variant {
            guard let chosen = model.variants[variant] else {
                let near = NearestName.suggestion(for: variant, among: model.variantOrder)
                let known = model.variantOrder.isEmpty ? "this scenario has no variants" : "the variants are \(model.variantOrder.joined(separator: ", "))"
                return (nil, [Diagnostic(at: nil, "unknown variant '\(variant)'" + (near.map { ", did you mean '\($0)'?" } ?? ""),
                                         help: known, path: file.path)])
            }
            for definition in chosen.overrides {
                if let problem = replace(definition, in: &model, replaced: &replaced, what: "variant '\(variant)'") {
                    diagnostics.append(problem)
                }
            }
        }
        for override in overrides {
            let overrideFile = SourceFile(path: override.origin, text: "\(override.name) = \(override.value)")
            let (syntax, parseProblems) = Parser.parse(overrideFile)
            diagnostics += parseProblems
            guard parseProblems.isEmpty, let statement = syntax.statements.first, case .line(let definition) = statement.kind else { continue }
            if let problem = replace(definition, in: &model, replaced: &replaced, what: "--set") { diagnostics.append(problem) }
        }
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }

        let (order, cycles) = DependencyOrder.order(model)
        diagnostics += cycles
        let unknown = NameResolver(model: model).unknownNames()
        diagnostics += unknown
        // Kinds and shapes of everything, before any arithmetic.
        var kinds = Evaluator(model: model, kindsOnly: true, reportedNames: Set(unknown.compactMap { $0.span?.start }))
        kinds.evaluate(order)
        diagnostics += kinds.diagnostics
        diagnostics += checkOverrideKinds(replaced, model: model, kinds: kinds)
        diagnostics += ReportBuilder(model: model, evaluator: kinds).checkKinds()
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }

        var values = Evaluator(model: model, kindsOnly: false)
        values.evaluate(order)
        diagnostics += values.diagnostics
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }
        let builder = ReportBuilder(model: model, evaluator: values)
        let (report, reportProblems) = builder.build(variant: variant)
        diagnostics += reportProblems
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }
        return (report, diagnostics)
    }

    /// Puts an override in place of an input, keeping the original to check its unit against.
    private func replace(_ definition: Definition, in model: inout Model, replaced: inout [String: Definition], what: String) -> Diagnostic? {
        guard let existing = model.values[definition.name] else {
            let inputs = model.names.filter { model.values[$0]!.isInput }
            return .unknown("input", definition.name, at: definition.nameSpan, among: inputs,
                            help: inputs.isEmpty ? "this scenario has no inputs to set" : "the inputs are \(inputs.joined(separator: ", "))")
        }
        guard existing.isInput else {
            return Diagnostic(at: definition.nameSpan, "'\(definition.name)' is a computed line, not an input",
                              help: "only inputs can be set; set the inputs it is computed from")
        }
        replaced[definition.name] = replaced[definition.name] ?? existing.definition
        model.values[definition.name] = Model.NamedValue(
            definition: Definition(name: definition.name, nameSpan: definition.nameSpan, label: existing.definition.label,
                                   expression: definition.expression, total: nil, note: existing.definition.note),
            isInput: true, original: replaced[definition.name])
        return nil
    }

    /// An override must have the unit and shape of the input it replaces.
    private func checkOverrideKinds(_ replaced: [String: Definition], model: Model, kinds: Evaluator) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (name, original) in replaced.sorted(by: { $0.key < $1.key }) {
            guard let new = kinds.value(of: name), let old = try? kinds.evaluate(original.expression) else { continue }
            if new.kind != old.kind || new.shape != old.shape {
                let span = model.values[name]!.definition.expression.span
                problems.append(Diagnostic(
                    at: span, "'\(name)' is \(old.kind.description) (\(old.shape.description)), but this is \(new.kind.description) (\(new.shape.description))",
                    help: "write the value as in the file: \(original.expression.span.file.text(of: original.expression.span))"))
            }
        }
        return problems
    }
}
