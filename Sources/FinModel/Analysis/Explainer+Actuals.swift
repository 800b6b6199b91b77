/// How `explain` states a forecast: which months are actual and which forecast, and by what
/// rule, with the cut-off's month worked out rather than its name.
///
///     rounding: actual 2018-04 to 2018-09 (to cutoff), forecast 2018-10 to 2019-03 by the run rate
///               of the last 3 months of actuals, rounded half_up to £0.01
extension Explainer {
    /// The description of a call to a forecast function, or nil for any other call (or one whose
    /// cut-off cannot be worked out, which the catalogue's own words then describe).
    func forecastRule(_ bound: BuiltinFunction.Bound) -> String? {
        guard Self.readsActuals.contains(bound.function.name), let axis = model.axis,
              let value = try? evaluator.evaluate(bound["to"]!), let ordinal = value.cells.first,
              case .month(let first)? = axis.periods.first, case .month(let last)? = axis.periods.last
        else { return nil }
        let cutoff = FinancialMonth(ordinal: Int(ordinal.roundedToInteger(.towardZero)))
        let texts = bound.texts
        let actual = "actual \(Period.month(first)) to \(Period.month(cutoff)) (to \(texts["to"] ?? "?"))"
        guard cutoff < last else { return actual + ", nothing forecast" }
        if bound.function.name == .yearToDate { return actual }
        let rule = if let months = texts["run_rate"] { "the run rate of the last \(months) months of actuals, rounded half_up to £0.01" }
            else if let with = texts["with"] { with } else { "the plan" }
        return "\(actual), forecast \(Period.month(cutoff.next)) to \(Period.month(last)) by \(rule)"
    }

    static let readsActuals: Set<BuiltinFunction.Name> = [.forecast, .yearToDate, .outturn, .variance, .variancePercent]

    /// The actual figures the forecast calls in `expression` read for the figure explained, each
    /// traced to its row and column of the actuals file: a month's own actual where the month is
    /// one, the months of its run rate where it is forecast by one, and every month of the
    /// cut-off's year to the cut-off for a figure of the year (year to date, outturn, variance).
    ///
    ///     actuals[running_costs, 2018-07] = £14,875.10  (input)
    ///       ccg-forecast-review.csv:2: actuals = 14875.10
    ///       source: ccg-forecast-review.csv row 2, column 5: running_costs in 2018-07
    func actualFigures(in expression: Expression) -> [Scenario.Explanation] {
        guard let actuals = model.actuals, let axis = model.axis else { return [] }
        var positions: [String: Set<Int>] = [:]
        expression.forEachValueNode { node in
            guard case .call(let name, let arguments) = node.kind, let function = BuiltinFunction.named(name),
                  Self.readsActuals.contains(function.name), case .success(let bound) = function.bind(arguments, span: node.span),
                  case .name(let line) = bound["value"]!.kind, actuals.months(of: line) != nil,
                  let cutoffValue = try? evaluator.evaluate(bound["to"]!), let ordinal = cutoffValue.cells.first
            else { return }
            let cutoff = FinancialMonth(ordinal: Int(ordinal.roundedToInteger(.towardZero)))
            guard let last = axis.position(of: .month(cutoff)) else { return }
            var runRate: [Int] = []
            if case .number(let count, nil)? = bound["run_rate"]?.kind {
                let months = Int(count.roundedToInteger(.towardZero))
                if months >= 1, months <= last + 1 { runRate = Array((last - months + 1)...last) }
            }
            var used: [Int]
            if function.name == .forecast {
                if let column { used = column <= last ? [column] : runRate } else { used = Array(0...last) + runRate }
            } else {
                used = axis.positions(within: .year(cutoff.year)).filter { $0 <= last }
                if function.name != .yearToDate { used += runRate }
            }
            positions[line, default: []].formUnion(used)
        }
        var found: [Scenario.Explanation] = []
        for (line, used) in positions.sorted(by: { $0.key < $1.key }) {
            let given = actuals.months(of: line) ?? [:]
            for position in used.sorted() {
                guard case .month(let month) = axis.periods[position], let entry = given[month] else { continue }
                let file = entry.span.file
                found.append(Scenario.Explanation(
                    name: "actuals", place: "\(line), \(Period.month(month))", figures: [entry.amount], format: .money, scope: nil,
                    isInput: true, location: "\(file.path):\(entry.span.line)", formula: file.text(of: entry.span),
                    note: "\(file.path) row \(entry.span.line), column \(Self.field(of: entry.span)): \(line) in \(Period.month(month))",
                    roundings: [], uses: []))
            }
        }
        return found
    }

    /// The 1-based CSV field a span starts in: the commas before it on its row, outside quotes.
    static func field(of span: SourceSpan) -> Int {
        let file = span.file
        let rowStart = file.span(line: span.line, column: 1).start
        var field = 1, quoted = false
        for byte in file.bytes[rowStart..<span.start] {
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == UInt8(ascii: ","), !quoted { field += 1 }
        }
        return field
    }
}
