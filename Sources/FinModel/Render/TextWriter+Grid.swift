/// Grids in aligned columns: row headers left-aligned (right-aligned when they are figures, as
/// a data table's input values are), figures right-aligned, two spaces between columns, and no
/// line ending in blanks.
///
///     Income and expenditure          2019/20    2020/21    2021/22      Total
///     Admin fees on contracts (5%)    £10,000    £10,000    £10,000    £30,000
///
/// Columns grouped under a line's label get a heading row of their own; a total row is ruled
/// off; a table's display rounding is noted beneath it; a line that moved is marked `*`.
extension TextWriter {
    static func grid(_ grid: OutputGrid) -> String {
        let isDataTable = if case .dataTable = grid.arrangement { true } else { false }
        // The title heads the first header column, unless it stands above the grid.
        let headerHeadings = isDataTable ? grid.headers.map(\.text) : [grid.title] + grid.headers.dropFirst().map { _ in "" }
        var previous: [String] = []
        let rows = grid.rows.map { row in
            var labels = row.headers.map(CellText.figure)
            if let first = labels.first, row.status == .changed { labels[0] = first + " *" }
            // With a line and an option per row, the line's label is written once for its options.
            let shown = labels.count > 1 && labels.first == previous.first ? [""] + labels.dropFirst() : labels
            previous = labels
            return (labels: shown, cells: row.cells.map(CellText.figure))
        }
        let headings = grid.columns.map { column in
            CellText.figure(column.heading) + (column.group == nil && column.status == .changed ? " *" : "")
        }
        let groups = grid.columns.map { column in column.group.map { $0.text + (column.status == .changed ? " *" : "") } ?? "" }

        var labelWidths = headerHeadings.map(\.count)
        var widths = headings.map { max($0.count, 1) }
        for row in rows {
            for (index, label) in row.labels.enumerated() where index < labelWidths.count { labelWidths[index] = max(labelWidths[index], label.count) }
            for (index, cell) in row.cells.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        // A group label spans its columns; widen the last of them if it is longer.
        var spans: [(start: Int, end: Int, label: String)] = []
        for (index, group) in groups.enumerated() where !group.isEmpty {
            if let last = spans.last, last.label == group, last.end == index - 1 {
                spans[spans.count - 1].end = index
            } else {
                spans.append((index, index, group))
            }
        }
        func width(of span: (start: Int, end: Int, label: String)) -> Int {
            (span.start...span.end).reduce(0) { $0 + widths[$1] } + 2 * (span.end - span.start)
        }
        for span in spans where span.label.count > width(of: span) { widths[span.end] += span.label.count - width(of: span) }

        func line(_ labels: [String], _ cells: [String]) -> String {
            var text = zip(labels, labelWidths).map { isDataTable ? $0.leftPadding($1) : $0.padding($1) }.joined(separator: "  ")
            for (index, cell) in cells.enumerated() { text += "  " + cell.leftPadding(index < widths.count ? widths[index] : 0) }
            return text.trimmingTrailingSpaces() + "\n"
        }
        var out = isDataTable ? "\(grid.title)\n\n" : ""
        if spans.isEmpty {
            out += line(headerHeadings, headings)
        } else {
            var text = zip(headerHeadings, labelWidths).map { $0.padding($1) }.joined(separator: "  ")
            var column = 0
            for span in spans {
                while column < span.start {
                    text += "  " + headings[column].leftPadding(widths[column])
                    column += 1
                }
                text += "  " + span.label.padding(width(of: span))
                column = span.end + 1
            }
            // Columns after the last group (a line with one figure per member) keep their headings.
            while column < headings.count {
                text += "  " + headings[column].leftPadding(widths[column])
                column += 1
            }
            out += text.trimmingTrailingSpaces() + "\n"
            out += line(headerHeadings.map { _ in "" }, zip(groups, headings).map { $0.isEmpty ? "" : $1 })
        }
        for (row, source) in zip(rows, grid.rows) {
            if source.isTotal {
                let ruled = labelWidths.reduce(0, +) + 2 * (labelWidths.count - 1) + widths.reduce(0) { $0 + $1 + 2 }
                out += String(repeating: "-", count: ruled) + "\n"
            }
            out += line(row.labels, row.cells)
        }
        if let rounding = grid.rounding {
            out += "(money shown to \(rounding.stepText), \(rounding.rule.scenarioName); totals are of exact values)\n"
        }
        return out
    }
}
