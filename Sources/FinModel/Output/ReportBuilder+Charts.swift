/// Charts: each `chart` statement's lines evaluated, on one scale; the checker made sure they
/// share one shape and one unit.
extension ReportBuilder {
    /// The chart with its figures: one series per line drawn, one figure per category.
    func resolve(_ chart: Model.Chart) throws(Evaluator.Failure) -> OutputChart? {
        var first: Value?
        var series: [OutputChart.Series] = []
        for syntax in chart.series {
            guard let named = model.values[syntax.name.name] else { throw .dependencyFailed }
            let text = syntax.expression.span.file.text(of: syntax.expression.span)
            var value = try evaluator.evaluate(syntax.expression)
            // One figure in a model of months or quarters: the same figure in every period.
            if let axis = model.axis, value.shape.list == nil, !value.shape.hasYears, value.failures.isEmpty {
                value = Value(kind: value.kind, shape: ValueShape(list: nil, hasYears: true),
                              cells: Array(repeating: value.cells[0], count: axis.count))
            }
            first = first ?? value
            var values: [Exact] = []
            for cell in value.cells { values.append(try shown(cell, name: syntax.name.name)) }
            let baseLabel = named.definition.label ?? Self.label(for: syntax.name.name)
            let index = text.dropFirst(syntax.name.name.count).trimmingPrefix(while: { $0 == " " })
            let label = index.isEmpty ? baseLabel : "\(baseLabel) \(index)"
            series.append(OutputChart.Series(name: text, label: label, style: syntax.style == .bars ? .bars : .line, values: values))
        }
        guard let first else { return nil }
        let display = evaluator.displays[chart.series[0].name.name]
        let categories = first.shape.list.flatMap { model.lists[$0]?.members } ?? model.periodLabels
        return OutputChart(
            title: chart.title, list: first.shape.list, categories: categories,
            format: first.kind.format(display: display), series: series, line: chart.span.line)
    }
}
