/// The report for the checks alone (`buildsLines` false): a line's figures are totalled and
/// converted only to find the first that fails, so a line that provably cannot fail is skipped
/// without converting its figures to exact fractions.
extension ReportBuilder {
    /// Whether totalling and showing the line `name` as `reportLine` does cannot fail, known from
    /// its shape and representation alone: then the checks need nothing from it.
    ///
    /// A total can fail only when its whole part is beyond any `Exact` (about 2^127, see
    /// `ExactSum.add`). A fixed-point column's every figure is within ±2^62 (`FixedColumn.limit`),
    /// so a total of its cells is within 2^62 times their count, far inside that. A line of one
    /// figure is not totalled at all. Everything else keeps the full path: a line shown in another
    /// unit (its conversion can overflow), a `total:` of its own (an expression, or a roll-up by a
    /// rule), exact figures over years or members, a figure broadcast over a table's list, and a
    /// figure repeated over the periods of a monthly model.
    func cannotFail(_ name: String, named: Model.NamedValue, broadcastOver list: String?) -> Bool {
        // A line not evaluated has no report line (`reportLine` returns nil).
        guard let value = evaluator.computedValue(of: name) else { return true }
        if let display = evaluator.displays[name], !display.isPercent, display.factor != .one { return false }
        switch named.definition.total {
        case .none?: return true
        case .expression?, .rollUp?: return false
        case nil: break
        }
        guard case .number = value.kind else { return true }
        if let list, value.shape.list == nil, evaluator.axes.listSizes[list] != nil { return false }
        if model.axis != nil, !named.isInput, !value.shape.hasYears { return false }
        if value.shape.list == nil, !value.shape.hasYears { return true }
        return value.figures.isFixed
    }
}
