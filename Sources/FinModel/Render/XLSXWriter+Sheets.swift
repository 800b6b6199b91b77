/// The workbook's sheets: the inputs, then each grid laid out as its CSV block is, with the
/// grid's title in the corner cell and totals as `SUM` formulas where they are sums.
extension XLSXWriter {
    /// A sheet for the inputs (when the document has them) and one per grid, in order.
    static func sheets(_ document: OutputDocument) -> [XLSXSheet] {
        var taken: Set<String> = []
        func name(_ title: String) -> String {
            let name = XLSXSheet.sheetName(title, taken: taken)
            taken.insert(name.lowercased())
            return name
        }
        var sheets: [XLSXSheet] = []
        for section in document.sections where section.role != .charts && section.role != .checks {
            for case .grid(let grid) in section.blocks {
                var sheet = grid.arrangement == .inputs ? inputs(grid) : self.grid(grid)
                sheet.name = name(grid.arrangement == .inputs ? "Inputs" : grid.title)
                sheets.append(sheet)
            }
        }
        return sheets
    }

    /// Each input on a row: label, name, unit, a figure per year or one figure, and its source.
    static func inputs(_ grid: OutputGrid) -> XLSXSheet {
        var sheet = XLSXSheet(name: "Inputs")
        let years = grid.columns.filter { $0.role == .figure }.map { CellText.plain($0.heading) }
        let headings = ["Input", "Name", "Unit"] + years + ["Value", "Source"]
        for (column, heading) in headings.enumerated() { sheet.set(row: 0, column: column, .text(heading, .heading)) }
        let valueColumn = 3 + years.count
        var labels: [String] = []
        for (index, row) in grid.rows.enumerated() {
            guard let input = row.line else { continue }
            labels.append(input.label)
            sheet.set(row: index + 1, column: 0, .text(input.label, .text))
            sheet.set(row: index + 1, column: 1, .text(input.name, .text))
            sheet.set(row: index + 1, column: 2, .text(input.format == .percent ? "%" : input.unit, .text))
            if input.hasYears, input.list == nil {
                for (year, cell) in row.cells.prefix(years.count).enumerated() { sheet.set(row: index + 1, column: 3 + year, figure(cell)) }
            } else if let cell = input.list == nil ? row.cells.last : row.cells.first {
                sheet.set(row: index + 1, column: valueColumn, figure(cell))
            }
            if let source = input.sourceText { sheet.set(row: index + 1, column: valueColumn + 1, .text(source, .text)) }
            if row.status == .overridden { sheet.mark(row: index + 1, from: 3, comment: Self.setForThisRun) }
        }
        sheet.labelWidth = min(60, max(12, labels.map(\.count).max() ?? 0) + 2)
        return sheet
    }

    /// The grid's title in the corner, its headings along the top (a grouped column is headed
    /// `Share 2019/20`), a row per grid row, and each total as `SUM` where it is the sum of the
    /// figures it totals: across its line's columns, or down its column.
    static func grid(_ grid: OutputGrid) -> XLSXSheet {
        var sheet = XLSXSheet(name: grid.title)
        sheet.set(row: 0, column: 0, .text(grid.title, .heading))
        let offset = grid.headers.count
        for (index, column) in grid.columns.enumerated() {
            let heading = CellText.figure(column.heading)
            let text = column.group.map { "\($0.plain) \(heading)" } ?? column.line?.label ?? heading
            sheet.set(row: 0, column: offset + index, .text(text, .heading))
        }
        let bodyRows = grid.rows.filter { !$0.isTotal }.count
        // The sheet rows of a grouped table's subtotals, which its grand total adds up.
        let subtotalRows = grid.rows.indices.filter { grid.rows[$0].isSubtotal }.map { $0 + 1 }
        func figureValue(_ cell: XLSXSheet.Cell?) -> Exact? {
            switch cell {
            case .number(let value, _)?, .formula(_, let value, _)?: value
            default: nil
            }
        }
        for (index, row) in grid.rows.enumerated() {
            for (header, cell) in row.headers.enumerated() {
                sheet.set(row: index + 1, column: header, row.isTotal || row.isSubtotal ? .text(CellText.figure(cell), .heading) : .text(CellText.plain(cell), .text))
            }
            for (column, cell) in row.cells.enumerated() where !cell.isEmpty {
                let at = offset + column
                switch cell.total {
                case .ofRow?:
                    // The figures of the same line to the left: a total over years.
                    let line = column < grid.columns.count ? grid.columns[column].line?.name : nil
                    let columns = grid.columns.indices.filter { $0 < row.cells.count && grid.columns[$0].role == .figure && grid.columns[$0].line?.name == line }
                    let values = columns.compactMap { row.cells[$0].value }
                    let bold = column < grid.columns.count && grid.columns[column].group == nil
                    let range = columns.isEmpty ? "" : Self.range(row: index + 1, columns: (offset + columns.first!)...(offset + columns.last!))
                    sheet.set(row: index + 1, column: at, sum(cell, of: values, bold: bold, range: range))
                case .ofColumn? where !subtotalRows.isEmpty:
                    // In a grouped table, the sum of the group's subtotals above.
                    let values = subtotalRows.compactMap { figureValue(sheet.cell(row: $0, column: at)) }
                    let cells = subtotalRows.map { XLSXSheet.reference(row: $0, column: at) }.joined(separator: ",")
                    sheet.set(row: index + 1, column: at, sum(cell, of: values.count == subtotalRows.count ? values : [], bold: true, range: cells))
                case .ofColumn?:
                    // The figures above: a total over members, complete or not a sum.
                    let values = (0..<bodyRows).compactMap { figureValue(sheet.cell(row: $0 + 1, column: at)) }
                    sheet.set(row: index + 1, column: at, sum(cell, of: values.count == bodyRows ? values : [], bold: true,
                                                              range: Self.range(column: at, rows: 1...max(bodyRows, 1))))
                case .ofGroup?:
                    // The group's members above, since the previous subtotal.
                    let first = (grid.rows[..<index].lastIndex { $0.isSubtotal }.map { $0 + 1 } ?? 0) + 1
                    let values = (first..<(index + 1)).compactMap { figureValue(sheet.cell(row: $0, column: at)) }
                    sheet.set(row: index + 1, column: at, sum(cell, of: values.count == index + 1 - first ? values : [], bold: true,
                                                              range: Self.range(column: at, rows: first...max(index, first))))
                case nil:
                    sheet.set(row: index + 1, column: at, figure(cell))
                }
            }
            if row.status == .moved { sheet.mark(row: index + 1, from: offset, comment: Self.movedThisRun) }
        }
        let labels = grid.rows.filter { !$0.isTotal }.compactMap { $0.headers.first.map(CellText.plain) }
        sheet.labelWidth = min(60, max(12, ([grid.title] + labels).map(\.count).max() ?? 0) + 2)
        return sheet
    }

    /// The notes on a report's figures that this run set or moved, as the live workbook words
    /// them; the report's own note under its tables says which inputs and values.
    static let setForThisRun = "Set for this run: the scenario file has another value."
    static let movedThisRun = "Moved by the inputs set for this run."

    /// A figure as a number in its format, or as text for years and yes/no.
    static func figure(_ cell: OutputCell, bold: Bool = false) -> XLSXSheet.Cell {
        guard let value = cell.value else { return .text(CellText.figure(cell), .text) }
        switch cell.format {
        case .year, .month, .boolean: return .text(CellText.figure(OutputCell(.figure(value), format: cell.format)), .text)
        default:
            let style = XLSXStyle.figure(cell.format, places: cell.places ?? 0, rounding: cell.rounding, brackets: cell.negativesInBrackets)
            return .number(value, bold ? style.emphasised : style)
        }
    }

    /// The total as `SUM(range)` with its value when it is exactly the sum of `values`, else as a
    /// figure: a total the scenario states another way is shown as it is, not re-derived.
    static func sum(_ total: OutputCell, of values: [Exact], bold: Bool, range: String) -> XLSXSheet.Cell {
        guard let value = total.value, total.format != .year, total.format != .month, total.format != .boolean, !values.isEmpty else { return figure(total, bold: bold) }
        var sum = Exact.zero
        for next in values {
            guard let added = try? sum.adding(next) else { return figure(total, bold: bold) }
            sum = added
        }
        let style = XLSXStyle.figure(total.format, places: total.places ?? 0, rounding: total.rounding, brackets: total.negativesInBrackets)
        return sum == value ? .formula("SUM(\(range))", cached: value, bold ? style.emphasised : style) : figure(total, bold: bold)
    }

    static func range(row: Int, columns: ClosedRange<Int>) -> String {
        XLSXSheet.reference(row: row, column: columns.lowerBound) + ":" + XLSXSheet.reference(row: row, column: columns.upperBound)
    }

    static func range(column: Int, rows: ClosedRange<Int>) -> String {
        XLSXSheet.reference(row: rows.lowerBound, column: column) + ":" + XLSXSheet.reference(row: rows.upperBound, column: column)
    }
}
