/// Preparing a scenario to evaluate: a variant and overrides put in place, then checked.
extension Scenario {
    /// A scenario with its overrides in place, checked: ready to evaluate as many times as a goal
    /// seek or a data table needs.
    typealias Prepared = CheckedScenario

    /// The scenario with `variant` and `overrides` in place, checked; and every other variant
    /// checked too, so that a mistake in one is reported whichever is run (see
    /// `variantProblems`).
    func prepare(overrides: [Override] = [], variant: String? = nil) -> (Prepared?, [Diagnostic]) {
        let (prepared, diagnostics) = prepareOne(overrides: overrides, variant: variant)
        guard let prepared else { return (nil, diagnostics) }
        let variantProblems = variantProblems(checkedAgainst: prepared, except: variant)
        if variantProblems.isEmpty { return (prepared, diagnostics) }
        return (nil, diagnostics + variantProblems)
    }

    /// The scenario with `variant` and `overrides` in place, checked; other variants unchecked.
    func prepareOne(overrides: [Override] = [], variant: String? = nil) -> (Prepared?, [Diagnostic]) {
        var model = self.model
        var diagnostics: [Diagnostic] = []
        var replaced: [String: Definition] = [:]
        // A member's figure (`list_size["Enderby"] = ...`) is put in place once the file checks.
        var listFigures: [Definition] = []

        if let variant {
            guard let chosen = model.variants[variant] else {
                let near = NearestName.suggestion(for: variant, among: model.variantOrder)
                let known = model.variantOrder.isEmpty ? "this scenario has no variants" : "the variants are \(model.variantOrder.joined(separator: ", "))"
                return (nil, [Diagnostic(at: nil, "unknown variant '\(variant)'" + (near.map { ", did you mean '\($0)'?" } ?? ""),
                                         help: known, path: file.path)])
            }
            for definition in chosen.overrides {
                if definition.member != nil {
                    listFigures.append(definition)
                    continue
                }
                if let problem = replace(definition, in: &model, replaced: &replaced, what: "variant '\(variant)'") {
                    diagnostics.append(problem)
                }
            }
        }
        for override in overrides {
            let (definition, parseProblems) = override.parsed()
            diagnostics += parseProblems
            guard let definition else { continue }
            if definition.member != nil {
                listFigures.append(definition)
                continue
            }
            if let problem = replace(definition, in: &model, replaced: &replaced, what: "--set") { diagnostics.append(problem) }
        }
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }

        let (checked, problems) = Checker.check(model, replaced: replaced)
        guard let checked else { return (nil, diagnostics + problems) }
        let (withFigures, figureProblems) = settingListFigures(listFigures, in: checked)
        return (withFigures, diagnostics + problems + figureProblems)
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
                                   expression: definition.expression, total: nil, note: existing.definition.note,
                                   citations: definition.citations.isEmpty ? existing.definition.citations : definition.citations),
            isInput: true, original: replaced[definition.name])
        return nil
    }
}

extension CheckedScenario {
    /// Evaluates every line; `injected` values replace inputs without re-parsing, and
    /// `reusing` supplies lines already known not to change. `fixedPoint: false` computes every
    /// figure in `Exact`, to check that the fast path changes nothing but speed.
    func values(injected: [String: Value] = [:], reusing: [String: Value?] = [:], fixedPoint: Bool = true) -> (Evaluator?, [Diagnostic]) {
        var known = reusing
        for (name, value) in injected { known[name] = value }
        var evaluator = Evaluator(checked: self, known: known)
        evaluator.usesFixedPoint = fixedPoint
        evaluator.evaluate(order)
        return evaluator.diagnostics.contains(where: \.isError) ? (nil, evaluator.diagnostics) : (evaluator, evaluator.diagnostics)
    }
}

extension Override {
    /// The override as a definition, `name = value` (or `attribute["member"] = value`), parsed
    /// as a variant's line would be.
    func parsed() -> (Definition?, [Diagnostic]) {
        let (definition, problems) = Parser.parseOverride(SourceFile(path: origin, text: "\(name) = \(value)"))
        guard problems.isEmpty, let definition else { return (nil, problems) }
        return (definition, problems)
    }
}
