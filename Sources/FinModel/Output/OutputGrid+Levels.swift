/// The decimals of a level averaged over its periods (`total: average`).
extension OutputGrid {
    /// As many decimals (at most four) as the most precise figure the grid shows for `line`,
    /// its averages over quarters, years and years to date included: an average of whole
    /// patients over seven months is 706,571.4286, and it is never shown rounded to 706,571
    /// without a rounding rule that says so. Other lines' figures are their cells' and totals'.
    ///
    /// `periods` is the number of the line's periods, and `periodYears` the financial year of each.
    static func places(_ line: ReportLine, periods: Int, periodYears: [FinancialYear],
                       grouping: [(label: String, year: FinancialYear, columns: Range<Int>)]?) -> Int {
        let most = places(line)
        guard line.rollUp == .average, line.hasYears, most < 4 else { return most }
        var figures = (0..<max(line.values.count / max(periods, 1), 1)).flatMap { memberValues(line, $0, periods: periods, grouping: grouping) }
        if line.memberTotals != nil { figures += columnTotals(line, periods: periods, grouping: grouping) }
        if line.list == nil {
            let summaries = periodSummaries(line, periodYears: periodYears, grouping: grouping)
            figures += summaries.toDate + summaries.years
        }
        var decimals = most
        for case let figure? in figures where decimals < 4 { decimals = max(decimals, min(figure.decimalPlaces ?? 4, 4)) }
        return decimals
    }
}
