import Foundation

/// The terminal format: aligned columns, £ with thousands separators, negatives as `-£2,083`.
///
///     Income and expenditure         2016/17     2017/18     2018/19         Total
///     CCG                         £98,923.00 £131,250.00 £119,827.00   £350,000.00
public enum TableRenderer {
    /// `changed` names lines to mark with `*` (the REPL marks what moved since the last show).
    public static func render(_ report: Report, tables: [ReportTable]? = nil, changed: Set<String> = []) -> String {
        var out = report.title + (report.variant.map { " (variant \($0))" } ?? "") + "\n"
        for table in tables ?? report.tables {
            out += "\n" + render(table, years: report.years, changed: changed)
        }
        if tables == nil, !report.checks.isEmpty {
            out += "\n" + CheckRenderer.summaryBlock(report.checks)
        }
        return out
    }

    public static func render(_ table: ReportTable, years: [FinancialYear], changed: Set<String> = []) -> String {
        let grid = ReportGrid(table, years: years, plain: false, marked: changed)
        var widths = grid.columns.map { max($0.heading.count, 1) }
        var labelWidth = max(grid.title.count, grid.corner.count)
        for row in grid.rows {
            labelWidth = max(labelWidth, row.label.count)
            for (index, cell) in row.cells.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        // A group label spans its columns; widen the last of them if it is longer.
        var groupStarts: [(start: Int, end: Int, label: String)] = []
        for (index, column) in grid.columns.enumerated() where !column.group.isEmpty {
            if let last = groupStarts.last, last.label == column.group, last.end == index - 1 {
                groupStarts[groupStarts.count - 1].end = index
            } else {
                groupStarts.append((index, index, column.group))
            }
        }
        for group in groupStarts {
            let span = (group.start...group.end).reduce(0) { $0 + widths[$1] } + 2 * (group.end - group.start)
            if group.label.count > span { widths[group.end] += group.label.count - span }
        }
        func line(_ label: String, _ cells: [String]) -> String {
            var text = label.padding(labelWidth)
            for (index, cell) in cells.enumerated() { text += "  " + cell.leftPadding(widths[index]) }
            return text.trimmingTrailingSpaces() + "\n"
        }
        var out = ""
        if !groupStarts.isEmpty {
            var text = grid.title.padding(labelWidth)
            var column = 0
            for group in groupStarts {
                while column < group.start {
                    text += "  " + grid.columns[column].heading.leftPadding(widths[column])
                    column += 1
                }
                let span = (group.start...group.end).reduce(0) { $0 + widths[$1] } + 2 * (group.end - group.start)
                text += "  " + group.label.padding(span)
                column = group.end + 1
            }
            out += text.trimmingTrailingSpaces() + "\n"
            out += line("", grid.columns.map { $0.group.isEmpty ? "" : $0.heading })
        } else {
            out += line(grid.title, grid.columns.map(\.heading))
        }
        for (index, row) in grid.rows.enumerated() {
            if grid.hasTotalRow, index == grid.rows.count - 1 {
                out += String(repeating: "-", count: labelWidth + widths.reduce(0) { $0 + $1 + 2 }) + "\n"
            }
            out += line(row.label, row.cells)
        }
        if let display = table.display {
            out += "(money shown to \(display.stepText), \(display.rule.scenarioName); totals are of exact values)\n"
        }
        return out
    }
}
