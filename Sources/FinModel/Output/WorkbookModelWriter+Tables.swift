/// A table laid out cell for cell as `scenario run --format csv` lays it out, its title in the
/// corner: each figure its line's formula (or, where the line's first table is another, a
/// reference to its cell there), each total a `SUM` of the figures it totals, or the formula of
/// the total the scenario states (`total: …`).
extension WorkbookModelWriter {
    func writeTable(_ table: ReportTable, at origin: WorkbookCellReference, into sheet: inout OutputSheet) {
        let grid = OutputGrid(table: table, years: report.years, periods: report.periodLabels)
        if table.shownBy != nil, report.periodLabels != nil, !Self.isGrouped(table) { return writeShownByTable(table, grid: grid, at: origin, into: &sheet) }
        if Self.isGrouped(table) { return writeGroupedTable(table, grid: grid, at: origin, into: &sheet) }
        let top = origin.row
        writeHeadings(table, grid: grid, top: top, into: &sheet)
        if table.list == nil {
            for (index, line) in table.lines.enumerated() {
                writeYearRow(line, cells: grid.rows[index].cells, row: top + 1 + index, into: &sheet)
                writePeriodSummaries(line, columns: grid.columns, cells: grid.rows[index].cells, row: top + 1 + index, into: &sheet)
            }
        } else {
            writeMemberRows(table, grid: grid, top: top, into: &sheet)
        }
    }

    /// The title in the corner, each column's heading across and each row's down, as the CSV
    /// writes them.
    func writeHeadings(_ table: ReportTable, grid: OutputGrid, top: Int, into sheet: inout OutputSheet) {
        sheet.set(row: top, column: 0, .text(table.title, heading: true))
        for (index, column) in grid.columns.enumerated() {
            let heading = Self.text(column.heading)
            sheet.set(row: top, column: 1 + index, .text(column.group.map { "\($0.plain) \(heading)" } ?? column.line?.label ?? heading, heading: true))
        }
        for (index, row) in grid.rows.enumerated() {
            let header = row.headers.first.map { row.isTotal ? Self.text($0) : Self.plain($0) } ?? ""
            sheet.set(row: top + 1 + index, column: 0, .text(header, heading: row.isTotal))
        }
    }

    /// A heading's text as people read it; `plain` as machines do.
    static func text(_ cell: OutputCell) -> String {
        if case .text(let label) = cell.content { return label.text }
        return ""
    }

    static func plain(_ cell: OutputCell) -> String {
        if case .text(let label) = cell.content { return label.plain }
        return ""
    }

    /// A line of a table by year: a figure per year and its total, or its one figure under Total.
    private func writeYearRow(_ line: ReportLine, cells: [OutputCell], row: Int, into sheet: inout OutputSheet) {
        guard line.hasYears else {
            // Under Total, before any year-total columns of a table of months over two years.
            if let cached = yearCount < cells.count ? cells[yearCount] : cells.last, !cached.isEmpty {
                let target = WorkbookCellReference(sheet: sheet.name, row: row, column: 1 + yearCount)
                sheet.set(row: row, column: target.column, figureCell(line.name, member: 0, year: 0, cached: cached, at: target))
            }
            return
        }
        for year in 0..<yearCount where year < cells.count && !cells[year].isEmpty {
            let target = WorkbookCellReference(sheet: sheet.name, row: row, column: 1 + year)
            sheet.set(row: row, column: target.column, figureCell(line.name, member: 0, year: year, cached: cells[year], at: target))
        }
        guard yearCount < cells.count, !cells[yearCount].isEmpty else { return }
        let figures = (0..<yearCount).map { WorkbookCellReference(sheet: sheet.name, row: row, column: 1 + $0) }
        sheet.set(row: row, column: 1 + yearCount, total(line, cached: cells[yearCount], of: figures, year: 0, on: sheet.name, bold: true, overPeriods: true))
    }

    /// The year-to-date and year-total columns of a table of months or quarters, each a live
    /// `SUM` of the line's period cells on its row: a year to date from its year's first period
    /// through its own, a year total over that year's periods, so a changed input moves them too.
    private func writePeriodSummaries(_ line: ReportLine, columns: [OutputColumn], cells: [OutputCell], row: Int, into sheet: inout OutputSheet) {
        guard line.hasYears else { return }
        let labels = report.periodLabels ?? []
        let groups = OutputGrid.yearGroups(report.years)
        for (index, column) in columns.enumerated() where index < cells.count && !cells[index].isEmpty {
            let periods: Range<Int>?
            switch column.periodSummary {
            case .yearToDate(let period)?:
                periods = labels.firstIndex(of: period).flatMap { position in
                    groups.first { $0.contains(position) }.map { $0.lowerBound..<(position + 1) }
                }
            case .yearTotal(let year)?:
                periods = groups.first { report.years[$0.lowerBound].description == year }
            case nil:
                periods = nil
            }
            guard let periods else { continue }
            let figures = periods.map { WorkbookCellReference(sheet: sheet.name, row: row, column: 1 + $0) }
            sheet.set(row: row, column: 1 + index, total(line, cached: cells[index], of: figures, year: 0, on: sheet.name, bold: false, stated: false,
                                                         overPeriods: true))
        }
    }

    /// A table by list: a row per member, each line's columns (a year each and the member's
    /// total, or one), then the total row.
    private func writeMemberRows(_ table: ReportTable, grid: OutputGrid, top: Int, into sheet: inout OutputSheet) {
        let members = table.members.count
        let totalRow = top + 1 + members
        var column = 1
        for line in table.lines {
            let columns = line.hasYears ? yearCount : 1
            for member in 0..<members {
                let row = top + 1 + member
                let cells = grid.rows[member].cells
                for year in 0..<columns where column - 1 + year < cells.count && !cells[column - 1 + year].isEmpty {
                    let target = WorkbookCellReference(sheet: sheet.name, row: row, column: column + year)
                    sheet.set(row: row, column: target.column, figureCell(line.name, member: member, year: year, cached: cells[column - 1 + year], at: target))
                }
                if line.hasYears, line.totals != nil, column - 1 + yearCount < cells.count, !cells[column - 1 + yearCount].isEmpty {
                    let figures = (0..<yearCount).map { WorkbookCellReference(sheet: sheet.name, row: row, column: column + $0) }
                    sheet.set(row: row, column: column + yearCount,
                              total(line, cached: cells[column - 1 + yearCount], of: figures, year: 0, on: sheet.name, bold: false, member: member,
                                    overPeriods: true))
                }
            }
            // The total row: each column summed down, or the total the scenario states.
            let totals = grid.rows[members].cells
            let width = columns + (line.hasYears && line.totals != nil ? 1 : 0)
            for offset in 0..<width where column - 1 + offset < totals.count && !totals[column - 1 + offset].isEmpty {
                let figures = (0..<members).map { WorkbookCellReference(sheet: sheet.name, row: top + 1 + $0, column: column + offset) }
                let isGrand = line.hasYears && offset == yearCount
                sheet.set(row: totalRow, column: column + offset,
                          total(line, cached: totals[column - 1 + offset], of: figures, year: isGrand ? 0 : offset, on: sheet.name, bold: true,
                                stated: !isGrand))
            }
            column += width
        }
    }

    /// A total: the formula of the total the scenario states (`total: …`) where it states one
    /// and `stated` allows, else the `SUM` of `figures`; over a level's periods
    /// (`overPeriods`), their `AVERAGE`, or the first or last of them, as the line says.
    func total(_ line: ReportLine, cached: OutputCell, of figures: [WorkbookCellReference], year: Int, on sheet: String,
                       bold: Bool, member: Int = 0, stated: Bool = true, overPeriods: Bool = false) -> OutputSheetCell {
        if stated, let term = totalTerms[line.name] {
            return marked(cell(term, for: line.name, member: member, year: year, cached: cached, on: sheet, heading: bold), line.name)
        }
        let emitter = emitter(on: sheet)
        // The sum is made before the closure: capturing it there crashed the optimizer of Swift
        // 6.3.1 in release builds (copy propagation in `writeMemberRows`, where this is inlined).
        let parts = figures.map { WorkbookFormula.reference($0, from: sheet) }
        let sum = switch overPeriods ? line.rollUp : .sum {
        case .sum: emitter.sum(parts)
        case .average: emitter.average(parts)
        case .opening: parts.first ?? emitter.sum(parts)
        case .closing: parts.last ?? emitter.sum(parts)
        }
        return marked(emitter.cell(cached: cached, heading: bold) { () throws(WorkbookUnsupported) in sum }, line.name)
    }
}
