/// What a table's footnote says about how its figures are shown: the roundings it states, its
/// brackets, and whether the figures shown add up to the totals shown.
///
/// Totals are always computed from exact values and then rounded for display, never made by
/// adding rounded figures: the sources' own tables do the same (seed 000's I&E shows a total
/// of 151,570 where its lines add to 151,571). So a rounded column need not add to its rounded
/// total, and where one does not the footnote says how many totals differ, so a reader is told
/// rather than left to find it:
///
/// | table                                          | footnote                                                                                   |
/// |------------------------------------------------|--------------------------------------------------------------------------------------------|
/// | `shown to £1 half_up`, adding up               | `money shown to £1, half_up; totals are of exact values`                                    |
/// | `shown in £000 half_up`, one total off by one  | `money in £000, rounded half_up to £1,000; totals are of exact values, and 1 differs from the sum of the figures shown` |
/// | `shown with negatives in brackets`             | `negatives in brackets`                                                                    |
extension OutputGrid {
    /// The footnote's text without brackets or a closing full stop, or nil for a table shown
    /// as it is (to the penny, counts with their own decimals).
    public var displayNote: String? {
        var parts = (rounding.map { [$0.footnoteText] } ?? []) + unitRoundings.map(\.footnoteText)
        let rounds = !parts.isEmpty
        if negativesInBrackets { parts.append("negatives in brackets") }
        guard !parts.isEmpty else { return nil }
        if rounds {
            let differing = totalsDifferingFromShownFigures
            parts.append("totals are of exact values"
                + (differing == 0 ? "" : ", and \(differing) \(differing == 1 ? "differs" : "differ") from the sum of the figures shown"))
        }
        return parts.joined(separator: "; ")
    }

    /// How many totals, rounded as shown, differ from the sum of the figures they total,
    /// each rounded as shown: a total over years is compared with the figures to its left in
    /// its line's columns, a total over members with the figures above it.
    var totalsDifferingFromShownFigures: Int {
        func shown(_ cell: OutputCell) -> Exact? {
            guard let value = cell.value else { return nil }
            return cell.rounding?.shownValue(value)
        }
        func differs(_ total: OutputCell, _ parts: [OutputCell], by rule: PeriodRollUp = .sum) -> Bool {
            guard let totalShown = shown(total) else { return false }
            guard rule == .sum else {
                // A level's opening or closing figure is one of the figures shown; its average
                // is over every period, which a quarter's or a year's average does not weigh.
                guard rule != .average else { return false }
                let figures = parts.filter { $0.value != nil }.map(shown)
                return rule.combine(figures).map { $0 != totalShown } ?? false
            }
            var sum = ExactSum()
            for part in parts where part.value != nil {
                guard let partShown = shown(part), (try? sum.add(partShown)) != nil else { return false }
            }
            return sum.value != totalShown
        }
        var count = 0
        for (rowIndex, row) in rows.enumerated() {
            for (index, cell) in row.cells.enumerated() {
                switch cell.total {
                case .ofRow?:
                    var parts: [OutputCell] = []
                    var before = index - 1
                    while before >= 0, before < columns.count, columns[before].role != .total,
                          columns[before].group == columns[index].group {
                        parts.append(row.cells[before])
                        before -= 1
                    }
                    if index >= columns.count { continue }
                    let rule = columns[index].line?.rollUp ?? row.line?.rollUp ?? .sum
                    if differs(cell, parts.reversed(), by: rule) { count += 1 }
                case .ofColumn?:
                    let parts = rows[..<rowIndex].filter { !$0.isTotal && !$0.isSubtotal && index < $0.cells.count }.map { $0.cells[index] }
                    if differs(cell, parts) { count += 1 }
                case .ofGroup?:
                    let start = rows[..<rowIndex].lastIndex { $0.isSubtotal }.map { $0 + 1 } ?? 0
                    let parts = rows[start..<rowIndex].filter { index < $0.cells.count }.map { $0.cells[index] }
                    if differs(cell, parts) { count += 1 }
                case nil: break
                }
            }
        }
        return count
    }
}
