/// Charts: each `chart` statement's lines evaluated and checked for one shape and one scale.
///
/// The same checks run twice, as for tables: with kinds only, so a chart of the wrong shape is
/// reported with every other mistake before any arithmetic, and then with figures.
extension ReportBuilder {
    /// The chart with its figures, or nil while only kinds are known.
    ///
    /// Every series must be a number with a figure for each year (bars and lines) or for each
    /// member of a list (bars only), and all series must share that shape and one unit, so the
    /// chart has one set of categories and one scale.
    func resolve(_ chart: Model.Chart) throws(Evaluator.Failure) -> OutputChart? {
        var first: (value: Value, text: String)?
        var series: [OutputChart.Series] = []
        for syntax in chart.series {
            // An unknown line was reported when the model was built.
            guard let named = model.values[syntax.name.name] else { throw .dependencyFailed }
            let text = syntax.expression.span.file.text(of: syntax.expression.span)
            let value = try evaluator.evaluate(syntax.expression)
            try checkShape(value, of: syntax, text: text)
            if let first {
                if first.value.shape != value.shape {
                    throw evaluator.fail(
                        at: syntax.expression.span,
                        "'\(text)' has \(value.shape.description), but '\(first.text)' has \(first.value.shape.description)",
                        help: "a chart draws series of one shape: give '\(text)' a chart of its own")
                }
                if first.value.kind != value.kind {
                    throw evaluator.fail(
                        at: syntax.expression.span, "'\(text)' is \(value.kind.description), but '\(first.text)' is \(first.value.kind.description)",
                        help: "a chart has one scale: draw lines of one unit together, and '\(text)' in a chart of its own")
                }
            } else {
                first = (value, text)
            }
            if evaluator.kindsOnly { continue }
            let display = evaluator.displays[syntax.name.name]
            let values = value.cells.map { cell in
                guard let display, !display.isPercent, display.factor != .one else { return cell }
                return (try? cell.divided(by: display.factor)) ?? cell
            }
            let baseLabel = named.definition.label ?? Self.label(for: syntax.name.name)
            let index = text.dropFirst(syntax.name.name.count).trimmingPrefix(while: { $0 == " " })
            let label = index.isEmpty ? baseLabel : "\(baseLabel) \(index)"
            series.append(OutputChart.Series(name: text, label: label, style: syntax.style == .bars ? .bars : .line, values: values))
        }
        guard !evaluator.kindsOnly, let first else { return nil }
        let display = evaluator.displays[chart.series[0].name.name]
        let categories = first.value.shape.list.flatMap { model.lists[$0]?.members } ?? model.years.map(\.description)
        return OutputChart(
            title: chart.title, list: first.value.shape.list, categories: categories,
            format: first.value.kind.format(display: display), series: series, line: chart.span.line)
    }

    /// A series is a number with a figure for each year, or (for bars) for each member of a list.
    private func checkShape(_ value: Value, of syntax: ChartSeriesSyntax, text: String) throws(Evaluator.Failure) {
        let span = syntax.expression.span
        guard case .number = value.kind else {
            throw evaluator.fail(at: span, "a chart draws amounts or numbers, but '\(text)' is \(value.kind.description)",
                                 help: "chart a line of money, counts or rates")
        }
        switch (value.shape.list, value.shape.hasYears) {
        case (nil, false):
            throw evaluator.fail(at: span, "'\(text)' is one figure; a chart draws a figure for each year or for each member of a list",
                                 help: "chart a line that varies by year, or one with a value for each practice")
        case (let list?, true):
            let year = model.years.first?.description ?? "2019/20"
            let member = model.lists[list]?.members.first.map { "\"\($0)\"" } ?? "\"Enderby\""
            throw evaluator.fail(at: span, "'\(text)' has \(value.shape.description); a chart draws one or the other",
                                 help: "pick a year, as in \(syntax.name.name)[\(year)], or a member, as in \(syntax.name.name)[\(member)]")
        case (let list?, false) where syntax.style == .line:
            throw evaluator.fail(at: span, "a line joins one figure per year, but '\(text)' has a value for each of the \(list)",
                                 help: "draw figures by list member as bars: bars \(text)")
        default:
            break
        }
    }
}
