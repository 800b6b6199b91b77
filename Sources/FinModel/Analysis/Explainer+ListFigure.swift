/// `explain` of a list member's figure: where the list states it (the list's row in the
/// scenario, or the CSV file's row and column), and the override when one is in force.
extension Explainer {
    /// The figure's explanation, an input of the model like any `input` line.
    ///
    ///     list_size["Enderby"] = 6,254 patients  (input)
    ///       practices.csv:2: list_size = 6,254 patients
    ///       source: practices.csv row 2, column 'list_size'
    func node(_ figure: ListFigure) -> Scenario.Explanation {
        let unit = model.attributeUnits[figure.attribute] ?? .none
        let format = Value.Kind.number(unit).format(display: nil)
        if figure.column == nil, let granularity = model.attribute(figure.attribute)?.period {
            return allPeriods(figure, granularity: granularity, format: format)
        }
        let value = model.value(of: figure)
        let list = model.lists[figure.list]!
        let place = model.place(of: figure) ?? list.span
        // A member read from a CSV file is in another file than the list statement; a figure by
        // period is in its period's row (long form) or column (wide form).
        let fromCSV = place.file.path != list.span.file.path
        let column = model.cellPlace(of: figure)?.column ?? figure.attribute
        let row = fromCSV ? "\(place.file.path) row \(place.line), column '\(column)'" : nil
        var stated = value.map { FigureText.withUnit($0, format: format) } ?? ""
        var note = row
        if let replaced = model.replacedListFigures.last(where: { $0.figure.covers(figure) }) {
            let expression = replaced.definition.expression
            let setIn = replaced.definition.nameSpan.file.path
            let origin = setIn == list.span.file.path
                ? "a variant at \(setIn):\(replaced.definition.nameSpan.line)"
                : setIn.hasPrefix("set ") ? "'set' in this session" : "--set"
            stated = expression.span.file.text(of: expression.span)
            note = "set by \(origin); the list has \(FigureText.withUnit(replaced.fileValue, format: format))" + (row.map { " (\($0))" } ?? "")
        }
        return Scenario.Explanation(
            name: figure.attribute, place: "\"\(figure.member)\"" + (figure.period.map { ", \($0.label)" } ?? ""), figures: [value], format: format, scope: nil, isInput: true,
            location: "\(place.file.path):\(place.line)", formula: stated, note: note, roundings: [], uses: [])
    }

    /// A member's figures of an attribute by period, one for each of the model's periods, for
    /// the explanation of the member's cells over every period (`funding["Croft"]`), where no
    /// one period's figure is meant: stated in the member's row of the list, or of its CSV file
    /// (the first of its rows in long form).
    ///
    ///     list_size["Croft"] = 7,080 patients | 7,070 patients | …  (input)
    ///       practices.csv:14: list_size = a figure for each month
    func allPeriods(_ figure: ListFigure, granularity: PeriodAxis.Granularity, format: ValueFormat) -> Scenario.Explanation {
        let list = model.lists[figure.list]!
        let values = list.values[figure.attribute] ?? []
        let stride = list.members.isEmpty ? 0 : values.count / list.members.count
        let row = values[(figure.memberIndex * stride)..<(figure.memberIndex * stride + stride)].map { Optional($0) }
        let place = list.memberSpans[figure.memberIndex]
        let set = model.replacedListFigures.filter { $0.figure.list == figure.list && $0.figure.attribute == figure.attribute && $0.figure.memberIndex == figure.memberIndex }
        let note = set.isEmpty ? nil : "set for this run: " + set.map { $0.figure.reference }.joined(separator: ", ")
        return Scenario.Explanation(
            name: figure.attribute, place: "\"\(figure.member)\"", figures: row, format: format, scope: nil, isInput: true,
            location: "\(place.file.path):\(place.line)", formula: "a figure for each \(granularity.rawValue)", note: note, roundings: [], uses: [])
    }

    /// The member's figures of the attributes `expression` reads, for the explanation of that
    /// member's cell of a line by the same list: `share["Enderby"]` uses `list_size["Enderby"]`.
    /// For an attribute by period, the figure of `column` (the period explained) is meant.
    func listFigures(in expression: Expression, member: String?, list: String?, column: Int?) -> [Scenario.Explanation] {
        guard let member, let list, let index = model.lists[list]?.memberIndex(of: member) else { return [] }
        var seen: Set<String> = []
        var found: [Scenario.Explanation] = []
        expression.forEachReference { name, _ in
            guard model.values[name] == nil, model.attributes[name] == list, seen.insert(name).inserted else { return }
            var figure = ListFigure(list: list, attribute: name, member: member, memberIndex: index)
            if let granularity = model.attribute(name)?.period, let column {
                figure.period = model.attributePeriod(granularity, column: column)
                figure.columns = [column]
            }
            found.append(node(figure))
        }
        return found
    }
}

extension Scenario {
    /// The explanation of `attribute[member]`, or the diagnostic for a name or member that is
    /// not there, with the nearest suggested.
    func explainListFigure(attribute: NameReference, member: NameReference?, period: PeriodReference? = nil, at span: SourceSpan,
                           in prepared: Prepared, evaluator: Evaluator) -> (Explanation?, [Diagnostic]) {
        guard let member else {
            let list = prepared.model.attributes[attribute.name] ?? "list"
            let first = prepared.model.lists[list]?.members.first ?? "Enderby"
            return (nil, [Diagnostic(
                at: span, "'\(attribute.name)' has a figure for each of the \(list)",
                help: "name one member's figure, as in \(attribute.name)[\"\(first)\"]")])
        }
        switch prepared.model.listFigure(attribute: attribute, member: member, period: period) {
        case .success(let figure): return (Explainer(model: prepared.model, evaluator: evaluator).node(figure), [])
        case .failure(let problem): return (nil, [problem])
        }
    }
}
