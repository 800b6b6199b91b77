/// Putting a variant's or `--set`'s list figures (`list_size["Enderby"] = 6,300 patients`) in
/// place on a checked scenario.
extension Scenario {
    /// `checked` with each list figure in `definitions` replaced by its value: the value is
    /// checked as an input's replacement is (a figure in the attribute's unit, one value, zero or
    /// more), and the figure's old value is kept in `Model.replacedListFigures` for the outputs
    /// to flag. Nothing about the checked scenario but the figures changes: a list's figures
    /// have no part in any line's type.
    ///
    ///     list_size["Enderby"] = 6,300 patients   → Enderby's list size is 6,300
    ///     list_size["Enderby"] = £6,300           → error: 'list_size' is in 'patients'
    func settingListFigures(_ definitions: [Definition], in checked: CheckedScenario) -> (CheckedScenario?, [Diagnostic]) {
        guard !definitions.isEmpty else { return (checked, []) }
        var model = checked.model
        var problems: [Diagnostic] = []
        let evaluator = Evaluator(checked: checked)
        for definition in definitions {
            guard let member = definition.member else { continue }
            let figure: ListFigure
            switch model.listFigure(attribute: NameReference(name: definition.name, span: definition.nameSpan), member: member,
                                    period: definition.memberPeriod) {
            case .success(let found): figure = found
            case .failure(let problem):
                problems.append(problem)
                continue
            }
            switch listFigureValue(definition.expression, for: figure, checked: checked, evaluator: evaluator) {
            case .success(let value):
                let fileValue = self.model.value(of: figure) ?? value
                model.replacedListFigures.removeAll { $0.figure == figure }
                model.replacedListFigures.append(ListFigureReplacement(figure: figure, fileValue: fileValue, definition: definition))
                model.setValue(value, of: figure)
            case .failure(let problem):
                problems.append(problem)
            }
        }
        if !problems.isEmpty { return (nil, problems) }
        return (CheckedScenario(model: model, order: checked.order, graph: checked.graph, types: checked.types, displays: checked.displays), [])
    }

    /// The value written for a list figure: a figure that uses no names, in the attribute's unit,
    /// one value, zero or more.
    private func listFigureValue(
        _ expression: Expression, for figure: ListFigure, checked: CheckedScenario, evaluator: Evaluator
    ) -> Result<Exact, Diagnostic> {
        let unit = checked.model.attributeUnits[figure.attribute] ?? .none
        let example = unit.isNone ? "6,300" : unit.isMoney ? "£6,300" : "6,300 \(unit)"
        var usesNames = false
        expression.forEachReference { _, _ in usesNames = true }
        if usesNames {
            return .failure(Diagnostic(
                at: expression.span, "a list figure is set to a value, not a formula",
                help: "write the figure of '\(figure.member)' as a number, as in \(example)"))
        }
        let (type, typeProblems) = checked.type(of: expression)
        guard let type else { return .failure(typeProblems.first!) }
        guard type.kind == .number(unit), type.shape == .scalar else {
            return .failure(Diagnostic(
                at: expression.span, "'\(figure.attribute)' is \(ValueKind.number(unit).description) (one value), but this is \(type.kind.description) (\(type.shape.description))",
                help: "write the figure in the attribute's unit, as in \(example)"))
        }
        let value: Exact
        do throws(Evaluator.Failure) {
            value = try evaluator.evaluate(expression).cells[0]
        } catch {
            if case .reported(let problem) = error { return .failure(problem) }
            return .failure(Diagnostic(at: expression.span, "cannot evaluate this figure", help: "write the figure as a number, as in \(example)"))
        }
        if value < .zero {
            return .failure(Diagnostic(
                at: expression.span, "'\(figure.attribute)' cannot be negative", help: "list sizes and other attributes are zero or more"))
        }
        return .success(value)
    }
}

extension Scenario {
    /// Every list member's figure, list by list, as `--set`, `seek --vary` and `explain` name
    /// them: `list_size["Enderby"]`, and for an attribute by period one for each of its periods,
    /// `list_size["Enderby", 2020/21]`.
    public var listFigureNames: [String] {
        model.listOrder.flatMap { name -> [String] in
            let list = model.lists[name]!
            return list.attributes.flatMap { attribute in
                let periods: [Period?] = attribute.period.map { model.attributePeriods($0) } ?? [nil]
                return list.members.flatMap { member in
                    periods.map { ListFigure(list: name, attribute: attribute.name, member: member, memberIndex: 0, period: $0).reference }
                }
            }
        }
    }

    /// The list figure `reference` names, as typed to `set` or `--set` (`list_size["Enderby"]`);
    /// or for an attribute by period `list_size["Croft", 2020/21]`; nil for an input's name or
    /// anything else.
    func listFigure(named reference: String) -> ListFigure? {
        guard reference.contains("["), let name = Parser.parseListFigureName(SourceText(SourceFile(path: "name", text: reference))) else { return nil }
        return try? model.listFigure(attribute: name.attribute, member: name.member, period: name.period).get()
    }

    /// A list figure as the file states it, with its unit: `6,254 patients`.
    func listFigureText(_ figure: ListFigure) -> String? {
        guard let value = model.value(of: figure) else { return nil }
        let unit = model.attributeUnits[figure.attribute] ?? .none
        return FigureText.withUnit(value, format: Value.Kind.number(unit).format(display: nil))
    }
}

extension CheckedScenario {
    /// The lines that read `attribute` directly: where a change to one of a list's figures
    /// starts, since attributes are not lines of the dependency graph.
    func lines(reading attribute: String) -> Set<String> {
        var users: Set<String> = []
        for name in model.names {
            guard let definition = model.values[name]?.definition else { continue }
            var uses = false
            definition.expression.forEachReference { reference, _ in if reference == attribute { uses = true } }
            if case .expression(let total)? = definition.total {
                total.forEachReference { reference, _ in if reference == attribute { uses = true } }
            }
            if uses { users.insert(name) }
        }
        return users
    }
}
