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

    /// A line's subtotals over `members`: a figure per year and the total over the years (as
    /// the line's member rows have them), or one figure. A line whose members' figures do not
    /// add up (a rate, a figure the same for every member) has empty subtotals, as its total is;
    /// so has a line whose total the scenario states as something other than the members' sum
    /// (`total: average`), where a sum of part of the members would mean nothing.
    static func subtotals(of line: ReportLine, members: [Int], years: Int) -> [Exact?] {
        let all = Array(0..<(line.hasYears ? line.values.count / max(years, 1) : line.values.count))
        let adds = line.memberTotals.map { totals in
            line.hasYears
                ? (0..<years).allSatisfy { year in year < totals.count && sum(all.map { line.values[$0 * years + year] }) == totals[year] }
                : totals.first == sum(all.map { line.values[$0] })
        } ?? false
        guard line.hasYears else {
            return [adds ? sum(members.map { line.values.indices.contains($0) ? line.values[$0] : nil }) : nil]
        }
        var cells: [Exact?] = (0..<years).map { year in
            adds ? sum(members.map { line.values.indices.contains($0 * years + year) ? line.values[$0 * years + year] : nil }) : nil
        }
        if let totals = line.totals {
            cells.append(adds ? sum(members.map { totals.indices.contains($0) ? totals[$0] : nil }) : nil)
        }
        return cells
    }
}
