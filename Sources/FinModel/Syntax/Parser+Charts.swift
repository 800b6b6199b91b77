/// The `chart` statement: what a report draws, by naming lines the scenario already defines.
///
///     chart "Income against expenditure" bars income, expenses line surplus
///     chart "Contribution by practice" bars contribution_as_stated[2018/19]
///
/// A chart names lines rather than computing anything, so every figure it draws is one a table
/// or `scenario explain` can trace; a figure worth drawing is worth a line of its own.
extension Parser {
    /// `chart "Title"` then one or more groups of `bars` or `line` followed by line names.
    mutating func parseChart() throws(Abandon) -> Statement {
        let header = advance()
        let example = "chart \"Income against expenditure\" bars income, expenses line surplus"
        let title = try expect(.string, "the chart's title in double quotes", help: "write: \(example)")
        var series: [ChartSeriesSyntax] = []
        repeat {
            guard current.kind == .identifier, let style = ChartSeriesSyntax.Style(rawValue: text(current)) else {
                guard let last = series.last else {
                    throw fail(
                        "expected 'bars' or 'line', found \(describe(current))",
                        help: "say how each line is drawn, then name the lines: \(example)")
                }
                throw fail(
                    "expected ',', 'bars' or 'line' after '\(last.name.name)', found \(describe(current))",
                    help: "a chart draws lines by name: to draw a formula, define it as a line first, as in surplus = income - expenses")
            }
            let styleToken = advance()
            repeat {
                series.append(try parseChartSeries(style, after: styleToken))
            } while accept(.comma) != nil
        } while !atLineEnd
        let end = span(tokens[max(0, position - 1)])
        try endStatement()
        return Statement(kind: .chart(title: text(title), series: series), span: span(header).through(end))
    }

    /// A line's name, optionally indexed: `surplus`, `contribution[2018/19]`, `cost["Enderby"]`.
    mutating func parseChartSeries(_ style: ChartSeriesSyntax.Style, after styleToken: Token) throws(Abandon) -> ChartSeriesSyntax {
        guard current.isName, peek().kind != .leftParen else {
            throw fail(
                "expected a line's name after '\(text(styleToken))', found \(describe(current))",
                help: "name the lines to draw, separated by commas: \(style.rawValue) income, expenses; to draw a formula, define it as a line first")
        }
        let nameToken = current
        let expression = try parsePostfix()
        return ChartSeriesSyntax(style: style, expression: expression, name: NameReference(name: text(nameToken), span: span(nameToken)))
    }
}
