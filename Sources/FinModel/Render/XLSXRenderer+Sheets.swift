/// The workbook's sheets: the inputs, then each table laid out as its CSV block is, with the
/// table's title in the corner cell and totals as `SUM` formulas where they are sums.
extension XLSXRenderer {
    static func sheets(_ report: Report) -> [XLSXSheet] {
        var taken: Set<String> = []
        func name(_ title: String) -> String {
            let name = XLSXSheet.sheetName(title, taken: taken)
            taken.insert(name.lowercased())
            return name
        }
        var sheets = [inputs(report, name: name("Inputs"))]
        for table in report.tables {
            var sheet = table.list == nil ? byYear(table, years: report.years) : byList(table, years: report.years)
            sheet.name = name(table.title)
            sheets.append(sheet)
        }
        return sheets
    }

    /// Each input on a row: label, name, unit, a figure per year or one figure, and its source.
    static func inputs(_ report: Report, name: String) -> XLSXSheet {
        var sheet = XLSXSheet(name: name)
        let headings = ["Input", "Name", "Unit"] + report.years.map(\.description) + ["Value", "Source"]
        for (column, heading) in headings.enumerated() { sheet.set(row: 0, column: column, .text(heading, .heading)) }
        let valueColumn = 3 + report.years.count
        for (index, input) in report.inputs.enumerated() {
            let row = index + 1
            let style = XLSXStyle.figure(input.format, places: ReportGrid.places(input), rounding: nil)
            sheet.set(row: row, column: 0, .text(input.label, .text))
            sheet.set(row: row, column: 1, .text(input.name, .text))
            sheet.set(row: row, column: 2, .text(input.format == .percent ? "%" : input.unit, .text))
            if input.hasYears, input.values.count == report.years.count {
                for (year, value) in input.values.enumerated() { sheet.set(row: row, column: 3 + year, figure(value, input.format, style)) }
            } else if let value = input.values.first {
                sheet.set(row: row, column: valueColumn, figure(value, input.format, style))
            }
            if let note = input.note { sheet.set(row: row, column: valueColumn + 1, .text(note, .text)) }
        }
        sheet.labelWidth = min(60, max(12, report.inputs.map(\.label.count).max() ?? 0) + 2)
        return sheet
    }

    /// A row per line, a column per year, and the total: `=SUM(B2:D2)` when it is the sum.
    static func byYear(_ table: ReportTable, years: [FinancialYear]) -> XLSXSheet {
        var sheet = XLSXSheet(name: table.title)
        sheet.set(row: 0, column: 0, .text(table.title, .heading))
        for (index, year) in years.enumerated() { sheet.set(row: 0, column: index + 1, .text(year.description, .heading)) }
        let totalColumn = years.count + 1
        sheet.set(row: 0, column: totalColumn, .text("Total", .heading))
        for (index, line) in table.lines.enumerated() {
            let row = index + 1
            let style = XLSXStyle.figure(line.format, places: ReportGrid.places(line), rounding: table.display)
            sheet.set(row: row, column: 0, .text(line.label, .text))
            guard line.hasYears else {
                if let value = line.values.first { sheet.set(row: row, column: totalColumn, figure(value, line.format, style)) }
                continue
            }
            for (year, value) in line.values.enumerated() { sheet.set(row: row, column: year + 1, figure(value, line.format, style)) }
            if let total = line.totals?.first {
                sheet.set(row: row, column: totalColumn, sum(total, of: line.values, format: line.format, style: style.emphasised,
                                                             range: range(row: row, columns: 1...years.count)))
            }
        }
        sheet.labelWidth = min(60, max(12, ([table.title] + table.lines.map(\.label)).map(\.count).max() ?? 0) + 2)
        return sheet
    }

    /// A row per member and a total row; columns per line (per year and total where the line
    /// has years). Column totals are `=SUM(B2:B12)` where they are sums.
    static func byList(_ table: ReportTable, years: [FinancialYear]) -> XLSXSheet {
        var sheet = XLSXSheet(name: table.title)
        let members = table.members.count
        let yearCount = years.count
        let totalRow = members + 1
        sheet.set(row: 0, column: 0, .text(table.title, .heading))
        for (index, member) in table.members.enumerated() { sheet.set(row: index + 1, column: 0, .text(member, .text)) }
        sheet.set(row: totalRow, column: 0, .text("Total", .heading))
        var column = 1
        for line in table.lines {
            let style = XLSXStyle.figure(line.format, places: ReportGrid.places(line), rounding: table.display)
            func columnTotal(_ total: Exact?, at column: Int) {
                guard let total else { return }
                let values = (0..<members).compactMap { member -> Exact? in
                    if case .number(let value, _)? = sheet.cell(row: member + 1, column: column) { return value }
                    if case .formula(_, let value, _)? = sheet.cell(row: member + 1, column: column) { return value }
                    return nil
                }
                let complete = values.count == members ? values : []
                sheet.set(row: totalRow, column: column, sum(total, of: complete, format: line.format, style: style.emphasised,
                                                             range: range(column: column, rows: 1...max(members, 1))))
            }
            guard line.hasYears else {
                sheet.set(row: 0, column: column, .text(line.label, .heading))
                for member in 0..<members where member < line.values.count {
                    sheet.set(row: member + 1, column: column, figure(line.values[member], line.format, style))
                }
                columnTotal(line.memberTotals?.first, at: column)
                column += 1
                continue
            }
            for (index, year) in years.enumerated() {
                sheet.set(row: 0, column: column + index, .text("\(line.label) \(year)", .heading))
                for member in 0..<members where member * yearCount + index < line.values.count {
                    sheet.set(row: member + 1, column: column + index, figure(line.values[member * yearCount + index], line.format, style))
                }
                columnTotal(line.memberTotals?[index], at: column + index)
            }
            if let totals = line.totals {
                let totalColumn = column + yearCount
                sheet.set(row: 0, column: totalColumn, .text("\(line.label) Total", .heading))
                for member in 0..<members where member < totals.count {
                    let values = Array(line.values[(member * yearCount)..<min(line.values.count, (member + 1) * yearCount)])
                    sheet.set(row: member + 1, column: totalColumn, sum(totals[member], of: values, format: line.format, style: style,
                                                                        range: range(row: member + 1, columns: column...(column + yearCount - 1))))
                }
                columnTotal(line.grandTotal, at: totalColumn)
                column += 1
            }
            column += yearCount
        }
        sheet.labelWidth = min(60, max(12, ([table.title] + table.members).map(\.count).max() ?? 0) + 2)
        return sheet
    }

    /// A figure as a number, or as text for years and yes/no.
    static func figure(_ value: Exact, _ format: ValueFormat, _ style: XLSXStyle) -> XLSXSheet.Cell {
        switch format {
        case .year, .boolean: .text(FigureText.text(value, format: format), .text)
        default: .number(value, style)
        }
    }

    /// The total as `SUM(range)` with its value when it is exactly the sum of `values`, else as a
    /// figure: a total the scenario states another way is shown as it is, not re-derived.
    static func sum(_ total: Exact, of values: [Exact], format: ValueFormat, style: XLSXStyle, range: String) -> XLSXSheet.Cell {
        guard format != .year, format != .boolean, !values.isEmpty else { return figure(total, format, style) }
        var sum = Exact.zero
        for value in values {
            guard let next = try? sum.adding(value) else { return figure(total, format, style) }
            sum = next
        }
        return sum == total ? .formula("SUM(\(range))", cached: total, style) : figure(total, format, style)
    }

    static func range(row: Int, columns: ClosedRange<Int>) -> String {
        XLSXSheet.reference(row: row, column: columns.lowerBound) + ":" + XLSXSheet.reference(row: row, column: columns.upperBound)
    }

    static func range(column: Int, rows: ClosedRange<Int>) -> String {
        XLSXSheet.reference(row: rows.lowerBound, column: column) + ":" + XLSXSheet.reference(row: rows.upperBound, column: column)
    }
}
