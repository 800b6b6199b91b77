/// A list member's figure as what `seek` and `sensitivity` vary: `--vary 'list_size["Enderby"]'`
/// finds the list size that makes a stated total true, as `--vary practice_contribution` finds a rate.
extension Scenario {
    /// The figure `typed` names (`list_size["Enderby"]`), with its value now and the grid a
    /// search moves on; a mistake is pointed at where it was typed, with the nearest attribute
    /// or member suggested.
    ///
    /// The grid is the list's own precision: a penny for money, and otherwise the most decimal
    /// places any member's figure has: a whole patient for list sizes, which are whole. So the
    /// value found is the first figure on that grid at which the target is reached, and never
    /// a fraction of a patient.
    func seekableListFigure(_ typed: SourceText, in prepared: Prepared) -> (SeekableInput?, Diagnostic?) {
        let model = prepared.model
        guard let named = Parser.parseListFigureName(typed) else {
            return (nil, Diagnostic(
                at: typed.span, "'\(typed.text)' is not an input or one member's figure",
                help: "vary an input by name, or a list figure as in list_size[\"Enderby\"] (or list_size[\"Enderby\", 2020/21] for one year's)"))
        }
        let figure: ListFigure
        switch model.listFigure(attribute: named.attribute, member: named.member, period: named.period) {
        case .success(let found): figure = found
        case .failure(let problem): return (nil, problem)
        }
        let unit = model.attributeUnits[figure.attribute] ?? .none
        let cells = model.lists[figure.list]!.values[figure.attribute]!
        let step: Exact
        if unit.isMoney {
            step = try! Exact(numerator: 1, denominator: 100)
        } else {
            let places = min(cells.map { $0.decimalPlaces ?? 4 }.max() ?? 0, 4)
            step = try! Exact(numerator: 1, denominator: Int128(10).power(places))
        }
        let kind = Value.Kind.number(unit)
        let shape = Value.Shape(list: figure.list, hasYears: !figure.columns.isEmpty)
        return (SeekableInput(
            name: figure.reference, value: Value(kind: kind, shape: .scalar, cells: [model.value(of: figure) ?? .zero]), step: step,
            listFigure: figure, listValue: Value(kind: kind, shape: shape, cells: cells),
            listStride: figure.columns.isEmpty ? 1 : cells.count / max(model.lists[figure.list]!.members.count, 1)), nil)
    }
}

extension Scenario.SeekableInput {
    /// The names whose lines must be evaluated again when this changes: the input itself, or
    /// for a list figure every line that reads the attribute (attributes are not lines, so the
    /// dependency graph starts from the lines that name them).
    func dependencies(in prepared: Scenario.Prepared) -> Set<String> {
        guard let figure = listFigure else { return [name] }
        return prepared.lines(reading: figure.attribute)
    }

    /// The values to evaluate with when each input in `settings` takes its value: an input as
    /// one figure, a list figure as its attribute's figures with that member's replaced (two
    /// members of one attribute, as a data table's rows and columns may be, both replaced).
    static func injecting(_ settings: [(Self, Exact)]) -> [String: Value] {
        var injected: [String: Value] = [:]
        for (input, value) in settings {
            if let figure = input.listFigure, let all = input.listValue {
                var cells = (injected[figure.attribute] ?? all).cells
                // A figure by period holds in each of the model's periods within its own.
                for column in figure.columns.isEmpty ? [0] : figure.columns {
                    cells[figure.memberIndex * input.listStride + column] = value
                }
                injected[figure.attribute] = Value(kind: all.kind, shape: all.shape, cells: cells)
            } else {
                injected[input.name] = Value(kind: input.value.kind, shape: .scalar, cells: [value])
            }
        }
        return injected
    }
}
