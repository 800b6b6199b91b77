/// Charts: every series a number with a figure for each year (bars and lines) or for each
/// member of a list (bars only), all of one shape and one unit, so a chart has one set of
/// categories and one scale.
extension Checker {
    /// The type all the chart's series share.
    func chart(_ chart: Model.Chart) throws(Failure) -> ValueType? {
        var first: (type: ValueType, text: String)?
        for syntax in chart.series {
            // An unknown line was reported when the model was built.
            guard model.values[syntax.name.name] != nil else { throw .dependencyFailed }
            let text = syntax.expression.span.file.text(of: syntax.expression.span)
            let type = drawnInEachPeriod(try type(of: syntax.expression))
            try checkShape(type, of: syntax, text: text)
            if let first {
                if first.type.shape != type.shape {
                    throw fail(
                        at: syntax.expression.span,
                        "'\(text)' has \(model.describe(type.shape)), but '\(first.text)' has \(model.describe(first.type.shape))",
                        help: "a chart draws series of one shape: give '\(text)' a chart of its own")
                }
                if first.type.kind != type.kind {
                    throw fail(
                        at: syntax.expression.span, "'\(text)' is \(type.kind.description), but '\(first.text)' is \(first.type.kind.description)",
                        help: "a chart has one scale: draw lines of one unit together, and '\(text)' in a chart of its own")
                }
            } else {
                first = (type, text)
            }
        }
        return first?.type
    }

    /// In a model of months or quarters a line of one figure (`£250 per month`, `30,000
    /// patients`) is that figure in every period, as its table shows it, so a chart draws it in
    /// each period, beside the lines that vary.
    func drawnInEachPeriod(_ type: ValueType) -> ValueType {
        guard model.axis != nil, type.shape.list == nil, !type.shape.hasYears else { return type }
        return ValueType(kind: type.kind, shape: ValueShape(list: nil, hasYears: true))
    }

    private func checkShape(_ type: ValueType, of syntax: ChartSeriesSyntax, text: String) throws(Failure) {
        let span = syntax.expression.span
        guard case .number = type.kind else {
            throw fail(at: span, "a chart draws amounts or numbers, but '\(text)' is \(type.kind.description)",
                       help: "chart a line of money, counts or rates")
        }
        switch (type.shape.list, type.shape.hasYears) {
        case (nil, false):
            throw fail(at: span, "'\(text)' is one figure; a chart draws a figure for each year or for each member of a list",
                       help: "chart a line that varies by year, or one with a value for each practice")
        case (let list?, true):
            let year = model.years.first?.description ?? "2019/20"
            let member = model.lists[list]?.members.first.map { "\"\($0)\"" } ?? "\"Enderby\""
            throw fail(at: span, "'\(text)' has \(model.describe(type.shape)); a chart draws one or the other",
                       help: "pick a year, as in \(syntax.name.name)[\(year)], or a member, as in \(syntax.name.name)[\(member)]")
        case (let list?, false) where syntax.style == .line:
            throw fail(at: span, "a line joins one figure per year, but '\(text)' has a value for each of the \(list)",
                       help: "draw figures by list member as bars: bars \(text)")
        default:
            break
        }
    }
}
