/// A table by list `grouped by` a text attribute: the members' rows in groups, each group
/// followed by its subtotal, then the grand total.
///
/// Each row has two headers, the group's text and the member's name, so every format shows
/// which group a row is in without extra machinery: the text table writes the group once, at
/// its first row; CSV gets a column naming the group. A subtotal row's second header is
/// `Subtotal`, and the row is marked `isSubtotal`, so a program can tell it from a member:
///
///     Patients   Patients (patients)
///     Blaby   Enderby          6,254
///             Croft            7,100
///             Subtotal        13,354
///     Melton  Northfield      11,490
///             Subtotal        11,490
///     ------------------------------
///     Total                   24,844
///
/// Groups come in the order of their first member in the list (`ReportGroup`).
extension OutputGrid {
    /// The member rows `rows` (one per member, in list order, one header each) arranged by
    /// the table's groups, each group's rows followed by a subtotal row of `subtotal`'s cells.
    static func grouped(_ rows: [OutputRow], in table: ReportTable, subtotal: ([Int]) -> [OutputCell]) -> [OutputRow] {
        var arranged: [OutputRow] = []
        for group in table.groups {
            for member in group.members where member < rows.count {
                var row = rows[member]
                row.headers = [.text(group.text)] + row.headers
                arranged.append(row)
            }
            var row = OutputRow(headers: [.text(group.text), .text("Subtotal", plain: "")], cells: subtotal(group.members))
            row.isSubtotal = true
            arranged.append(row)
        }
        return arranged
    }

    /// A line's subtotals over `members`: a figure per column and the total over the years (as
    /// the line's member rows have them, from `values`), or one figure. A line whose members'
    /// figures do not add up (a rate, a figure the same for every member) has empty subtotals,
    /// as its total is; so has a line whose total the scenario states as something other than
    /// the members' sum (`total: average`), where a sum of part of the members would mean nothing.
    static func subtotals(of line: ReportLine, members: [Int], count: Int, values: (Int) -> [Exact?]) -> [Exact?] {
        guard line.hasYears else {
            let figures = (0..<count).map { line.values.indices.contains($0) ? line.values[$0] : nil }
            let adds = line.memberTotals != nil && line.memberTotals?.first == Self.sum(figures)
            return [adds ? Self.sum(members.map { figures[$0] }) : nil]
        }
        let rows = (0..<count).map(values)
        let columns = rows.first?.count ?? 0
        func sum(over members: [Int], column: Int) -> Exact? { Self.sum(members.map { column < rows[$0].count ? rows[$0][column] : nil }) }
        // Each period's total over the members is their sum: checked on the periods themselves.
        let periods = line.values.count / max(count, 1)
        let adds = line.memberTotals.map { totals in
            (0..<periods).allSatisfy { period in
                period < totals.count && Self.sum((0..<count).map { line.values.indices.contains($0 * periods + period) ? line.values[$0 * periods + period] : nil }) == totals[period]
            }
        } ?? false
        var cells: [Exact?] = (0..<columns).map { adds ? sum(over: members, column: $0) : nil }
        if let totals = line.totals {
            cells.append(adds ? Self.sum(members.map { totals.indices.contains($0) ? totals[$0] : nil }) : nil)
        }
        return cells
    }

    /// A member's figures of a line by year and list, a period each, or summed into the columns
    /// of `shown by quarter` or `by year` (blank where the line does not add up over periods).
    static func memberValues(_ line: ReportLine, _ member: Int, periods: Int, grouping: [(label: String, year: FinancialYear, columns: Range<Int>)]?) -> [Exact?] {
        let slice: [Exact?] = (0..<periods).map { line.values.indices.contains(member * periods + $0) ? line.values[member * periods + $0] : nil }
        guard let grouping else { return slice }
        return grouping.map { line.totals == nil ? nil : line.rollUp.combine(slice[$0.columns]) }
    }

    /// A line's totals over the members, a period each, or summed into the grouped columns.
    static func columnTotals(_ line: ReportLine, periods: Int, grouping: [(label: String, year: FinancialYear, columns: Range<Int>)]?) -> [Exact?] {
        guard let totals = line.memberTotals else { return Array(repeating: nil, count: grouping?.count ?? periods) }
        let slice: [Exact?] = (0..<periods).map { totals.indices.contains($0) ? totals[$0] : nil }
        guard let grouping else { return slice }
        return grouping.map { line.totals == nil ? nil : line.rollUp.combine(slice[$0.columns]) }
    }
}
