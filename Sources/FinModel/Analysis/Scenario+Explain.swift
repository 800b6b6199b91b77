/// `explain`: the audit trail of one figure, its formula, the figures it uses and the roundings
/// applied, down to the inputs; and the figures that would move if it changed.
extension Scenario {
    /// One figure's audit trail: its value, formula, file and line, roundings, and the same for what it uses.
    public struct Explanation: Sendable {
        /// The line's or input's name: `surplus`.
        public let name: String
        /// The year and member the figure is for, as in `2019/20` or `Enderby 2019/20`.
        public let place: String
        /// The figure, or one per year where no year was asked for; already in the line's
        /// display unit, nil where the conversion does not fit.
        public let figures: [Exact?]
        /// How `figures` are shown: money, a quantity with its unit, a percentage.
        public let format: ValueFormat
        /// What a single figure adds up, as in `over 31 practices in 2019/20`.
        public let scope: String?
        /// Whether the figure is an assumption (`input`) rather than computed.
        public let isInput: Bool
        /// `file:line`, where the figure is defined.
        public let location: String
        /// The definition as written in the file: `income - expenses`.
        public let formula: String
        /// The note written after the definition: where the figure comes from.
        public let note: String?
        /// Each rounding in the formula, with its rule and step.
        public let roundings: [String]
        /// The explanations of the lines and inputs the formula uses, to the depth asked for.
        public let uses: [Explanation]
    }

    /// A line that would move if the explained figure changed, with where and how it is defined.
    public struct Dependent: Sendable {
        /// The dependent line's name.
        public let name: String
        /// `file:line` of its definition.
        public let location: String
        /// Its definition as written in the file.
        public let formula: String
    }

    /// Explains `figure` (`LINE`, `LINE[2019/20]`, `LINE["Enderby", 2019/20]`) to `depth` levels.
    ///
    /// The figure is given as typed, so a mistake in it is pointed at where it was typed:
    /// `SourceText("surplus[2019/20]", origin: "explain")` for a command-line argument.
    public func explain(_ figure: SourceText, depth: Int, overrides: [Override] = [], variant: String? = nil) -> (Explanation?, [Diagnostic]) {
        let (prepared, preparation) = prepare(overrides: overrides, variant: variant)
        guard let prepared else { return (nil, preparation) }
        let (evaluator, problems) = prepared.values()
        guard let evaluator else { return (nil, preparation + problems) }
        // A list's figure, `list_size["Enderby"]` or `list_size["Enderby", 2020/21]`: traced to
        // the list's row, or the CSV's row and column.
        if let named = Parser.parseListFigureName(figure), prepared.model.values[named.attribute.name] == nil,
           prepared.model.attributes[named.attribute.name] != nil {
            let (explanation, problems) = explainListFigure(
                attribute: named.attribute, member: named.member, period: named.period, at: figure.span, in: prepared, evaluator: evaluator)
            return (explanation, preparation + problems)
        }
        let (parsed, parseProblems) = Parser.parseStandaloneExpression(figure)
        guard let expression = parsed else { return (nil, preparation + parseProblems) }
        var base = expression
        var year: FinancialYear?
        var member: String?
        var month: FinancialMonth?
        var memberReference: NameReference?
        if case .index(let inner, let indices) = expression.kind {
            base = inner
            for index in indices {
                switch index.kind {
                case .year(let y): year = y
                case .month(let m): month = m
                case .text(let m):
                    member = m
                    memberReference = NameReference(name: m, span: index.span)
                default: break
                }
            }
        }
        // An attribute indexed some other way (`list_size[2020/21]`): the member is asked for.
        if case .name(let name) = base.kind, prepared.model.values[name] == nil, prepared.model.attributes[name] != nil {
            let (explanation, problems) = explainListFigure(
                attribute: NameReference(name: name, span: base.span), member: memberReference, at: expression.span,
                in: prepared, evaluator: evaluator)
            return (explanation, preparation + problems)
        }
        guard case .name(let name) = base.kind, prepared.model.values[name] != nil else {
            return (nil, preparation + [.unknown("line", base.span.file.text(of: base.span), at: base.span, among: prepared.model.names,
                                                  help: "explain a line or an input by name, as in surplus[2019/20]")])
        }
        if let year, !prepared.model.years.contains(year) {
            return (nil, preparation + [Diagnostic(at: expression.span, "\(year) is outside the scenario's years", help: "pick a year the scenario covers")])
        }
        if let member, let list = evaluator.computedValue(of: name)?.shape.list, !(prepared.model.lists[list]?.members.contains(member) ?? false) {
            return (nil, preparation + [Diagnostic(at: expression.span, "'\(member)' is not in the list '\(list)'", help: "name a member as written in the list")])
        }
        var explainer = Explainer(model: prepared.model, evaluator: evaluator)
        if let month {
            guard let axis = prepared.model.axis, let column = axis.position(of: .month(month)) else {
                let months = prepared.model.axis.map { "the scenario's months (\($0))" } ?? "the scenario, which counts in years"
                return (nil, preparation + [Diagnostic(at: expression.span, "\(Period.month(month)) is outside \(months)", help: "pick a month the scenario covers")])
            }
            explainer.column = column
        }
        return (explainer.node(name, year: year, member: member, depth: depth), preparation)
    }

    /// Every line that uses `name`, directly or through others, in evaluation order.
    public func dependents(of name: String) -> (dependents: [Dependent], diagnostics: [Diagnostic]) {
        let (prepared, preparation) = prepare()
        guard let prepared else { return ([], preparation) }
        guard prepared.model.values[name] != nil else {
            return ([], [Diagnostic(at: nil, "unknown line '\(name)'" + (NearestName.suggestion(for: name, among: prepared.model.names).map { ", did you mean '\($0)'?" } ?? ""),
                                    help: "name a line or an input of the scenario", path: file.path)])
        }
        let list = prepared.dependents(of: [name]).filter { $0 != name }.map { dependent in
            let definition = prepared.model.values[dependent]!.definition
            return Dependent(name: dependent, location: "\(file.path):\(definition.nameSpan.line)",
                             formula: definition.expression.span.file.text(of: definition.expression.span))
        }
        return (list, preparation)
    }
}

/// Builds explanation trees from evaluated values.
struct Explainer {
    let model: Model
    let evaluator: Evaluator
    /// The period asked about by its month (`rent[2020-04]`), in a monthly model; every line that
    /// varies by month is then shown in that month.
    var column: Int?

    func node(_ name: String, year: FinancialYear?, member: String?, depth: Int) -> Scenario.Explanation {
        let named = model.values[name]!
        let definition = named.definition
        let value = evaluator.value(of: name)!
        let format = value.kind.format(display: evaluator.displays[name])
        var (figures, scope, place) = describe(value, year: year, member: member, name: name)
        let kept = keptMembers(in: definition.expression, year: year)
        if !kept.isEmpty { scope = ([scope].compactMap { $0 } + kept).joined(separator: "; ") }
        var uses: [Scenario.Explanation] = []
        if depth > 0 {
            var seen: Set<String> = []
            var references: [String] = []
            DependencyOrder.references(in: definition.expression, model: model, into: &references)
            for reference in references where seen.insert(reference).inserted {
                // A line reading its own last year (`Recurrence`) uses that year's figure; the
                // first year uses the opening value, written in the formula.
                if reference == name {
                    guard let year, let index = model.years.firstIndex(of: year), index > 0 else { continue }
                    uses.append(node(name, year: model.years[index - 1], member: member, depth: depth - 1))
                    continue
                }
                let referenced = evaluator.value(of: reference)
                let sameList = referenced?.shape.list != nil && referenced?.shape.list == value.shape.list
                uses.append(node(reference, year: referenced?.shape.hasYears == true ? year : nil,
                                 member: sameList ? member : nil, depth: depth - 1))
            }
            // The period explained: the month asked for, or the year's column in a model by years.
            let period = column ?? year.flatMap { model.years.firstIndex(of: $0) }
            uses += listFigures(in: definition.expression, member: member, list: value.shape.list, column: period)
            uses += actualFigures(in: definition.expression)
        }
        return Scenario.Explanation(
            name: name, place: place, figures: figures, format: format, scope: scope, isInput: named.isInput,
            location: "\(definition.nameSpan.file.path):\(definition.nameSpan.line)",
            formula: definition.expression.span.file.text(of: definition.expression.span), note: model.sourceNote(of: definition),
            roundings: roundings(in: definition.expression), uses: uses)
    }

    /// The figure at the place asked (or each year's), or the total over a list's members
    /// with what it adds up; and the place.
    func describe(_ value: Value, year: FinancialYear?, member: String?, name: String) -> (figures: [Exact?], scope: String?, place: String) {
        let years = model.years
        let members = value.shape.list.flatMap { model.lists[$0]?.members } ?? []
        let labels = model.periodLabels
        let yearIndex = value.shape.hasYears ? column ?? year.flatMap { years.firstIndex(of: $0) } : nil
        let memberIndex = member.flatMap { members.firstIndex(of: $0) }
        let yearCount = value.shape.hasYears ? years.count : 1
        let figures = value.cells.map { scale($0, name: name) }
        switch (value.shape.list != nil, value.shape.hasYears) {
        case (false, false):
            return ([figures[0]], nil, "")
        case (false, true):
            if let yearIndex { return ([figures[yearIndex]], nil, labels[yearIndex]) }
            return (figures, nil, "")
        case (true, _):
            if let memberIndex {
                let row = Array(figures[(memberIndex * yearCount)..<(memberIndex * yearCount + yearCount)])
                if !value.shape.hasYears { return ([row[0]], nil, "\"\(members[memberIndex])\"") }
                if let yearIndex { return ([row[yearIndex]], nil, "\"\(members[memberIndex])\", \(labels[yearIndex])") }
                return (row, nil, "\"\(members[memberIndex])\"")
            }
            var total = Exact.zero
            for index in value.cells.indices where !value.shape.hasYears || yearIndex == nil || index % yearCount == yearIndex! {
                total = (try? total.adding(value.cells[index])) ?? total
            }
            let where_ = yearIndex.map { " in \(labels[$0])" } ?? ""
            return ([scale(total, name: name)], "over \(members.count) \(value.shape.list!)\(where_)", yearIndex.map { labels[$0] } ?? "")
        }
    }

    func scale(_ cell: Exact, name: String) -> Exact? {
        guard let display = evaluator.displays[name], !display.isPercent, display.factor != .one else { return cell }
        return try? cell.divided(by: display.factor)
    }

    /// `round half_up to £1`, `uplift by 2% a year from 2018/19, rounded each_year half_up to
    /// £0.01`: each rounding call as its function describes it, arguments bound as the
    /// evaluator binds them, so positional and labelled calls read the same.
    func roundings(in expression: Expression) -> [String] {
        var found: [String] = []
        expression.forEachValueNode { node in
            guard case .call(let name, let arguments) = node.kind, let function = BuiltinFunction.named(name),
                  let describe = function.rounding, case .success(let bound) = function.bind(arguments, span: node.span)
            else { return }
            found.append(forecastRule(bound) ?? describe(bound.texts))
        }
        return found
    }
}
