/// A table `shown by quarter` or `by year` in the workbook, laid out as `scenario run --format
/// csv` lays it out: its lines' months live on the workings (or in the first table that shows
/// them month by month), and each quarter, year, year total, year to date and Total the table
/// shows is a formula over those months, by the line's rule: their `SUM` for a flow, their
/// `AVERAGE`, or the first or last of them, for a level (`total: average`). A changed input
/// then moves every quarter as it moves the months.
///
///     Support  Share 2019/20 Q3            Share 2019/20 Q4            Share total
///     Enderby  =SUM(Workings!B3:D3)        =SUM(Workings!E3:G3)        =SUM(Workings!B3:G3)
///     Total    =SUM(B2:B3)                 =SUM(C2:C3)                 =SUM(D2:D3)
extension WorkbookModelWriter {
    func writeShownByTable(_ table: ReportTable, grid: OutputGrid, at origin: WorkbookCellReference, into sheet: inout OutputSheet) {
        let top = origin.row
        writeHeadings(table, grid: grid, top: top, into: &sheet)
        let (spans, shown) = periodSpans(grid, shownBy: table.shownBy ?? .year)
        if table.list == nil {
            for (index, line) in table.lines.enumerated() {
                writeShownCells(line, member: 0, cells: grid.rows[index].cells, spans: spans, totalAt: shown, row: top + 1 + index, first: 1, into: &sheet)
            }
            return
        }
        let members = table.members.count
        var column = 1
        for line in table.lines {
            // A line's columns: its quarters or years, then its Total (`spans` has it next).
            let width = line.hasYears ? shown + (line.totals != nil ? 1 : 0) : 1
            for member in 0..<members {
                let cells = Array(grid.rows[member].cells.dropFirst(column - 1).prefix(width))
                writeShownCells(line, member: member, cells: cells, spans: Array(spans.prefix(width)), totalAt: shown,
                                row: top + 1 + member, first: column, into: &sheet)
            }
            // The total row: each column summed down the members; a total the scenario states
            // for each month has no quarter of its own to refer to, so it is the figure.
            let totals = grid.rows[members].cells
            for offset in 0..<width where column - 1 + offset < totals.count && !totals[column - 1 + offset].isEmpty {
                let cached = totals[column - 1 + offset]
                guard totalTerms[line.name] == nil else {
                    sheet.set(row: top + 1 + members, column: column + offset,
                              marked(.figure(cached, heading: true, comment: WorkbookEmitter.note("a total the scenario states, shown by \(table.shownBy?.rawValue ?? "year")")), line.name))
                    continue
                }
                let figures = (0..<members).map { WorkbookCellReference(sheet: sheet.name, row: top + 1 + $0, column: column + offset) }
                sheet.set(row: top + 1 + members, column: column + offset,
                          total(line, cached: cached, of: figures, year: 0, on: sheet.name, bold: true, stated: false))
            }
            column += width
        }
    }

    /// Every period of the model: a line's Total.
    var whole: Range<Int> { 0..<yearCount }

    /// One row of a line's cells from column `first`: each cell with periods the line's rule
    /// over them (the cell at `totalAt` is the Total, which may be the one the scenario
    /// states), a cell of one figure its formula.
    private func writeShownCells(_ line: ReportLine, member: Int, cells: [OutputCell], spans: [Range<Int>], totalAt: Int, row: Int, first: Int,
                                 into sheet: inout OutputSheet) {
        for (index, cached) in cells.enumerated() where !cached.isEmpty {
            let target = WorkbookCellReference(sheet: sheet.name, row: row, column: first + index)
            guard line.hasYears, index < spans.count, let home = allPlaces[line.name] else {
                sheet.set(row: row, column: target.column, figureCell(line.name, member: member, year: 0, cached: cached, at: target))
                continue
            }
            let figures = spans[index].map { home.cell(member: member, year: $0) }
            let isTotal = index == totalAt
            sheet.set(row: row, column: target.column, total(line, cached: cached, of: figures, year: 0, on: sheet.name, bold: isTotal, member: member,
                                                             stated: isTotal, overPeriods: true))
        }
    }

    /// The model's periods each of the grid's columns covers, in a line by year: a quarter's or
    /// a year's months, then every month for the Total, then each year to date and year total;
    /// and how many quarters or years are shown.
    func periodSpans(_ grid: OutputGrid, shownBy: PeriodAxis.Granularity) -> (spans: [Range<Int>], shown: Int) {
        let labels = report.periodLabels ?? report.years.map(\.description)
        let groups = OutputGrid.periodGroups(labels, years: report.years, by: shownBy)
        let years = OutputGrid.yearGroups(report.years)
        var spans = groups.map(\.columns) + [whole]
        for column in grid.columns {
            switch column.periodSummary {
            case .yearToDate(let label)?:
                guard let group = groups.first(where: { $0.label == label }), let year = years.first(where: { $0.contains(group.columns.lowerBound) }) else { continue }
                spans.append(year.lowerBound..<group.columns.upperBound)
            case .yearTotal(let label)?:
                guard let year = years.first(where: { report.years[$0.lowerBound].description == label }) else { continue }
                spans.append(year)
            case nil:
                continue
            }
        }
        return (spans, groups.count)
    }
}
