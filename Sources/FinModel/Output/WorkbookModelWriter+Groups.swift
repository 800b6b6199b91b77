/// A table `grouped by` a text attribute in the workbook, laid out as `scenario run --format
/// csv` lays it out: the group, the member and what the row is (`member`, `subtotal`,
/// `total`) down the left, then each line's columns.
///
/// A member's figure refers to its line's cell on the workings, where the members are one
/// under another in list order (a group's members need not be); each subtotal is the `SUM` of
/// its group's rows above it, and the total the `SUM` of the subtotals (or the total the
/// scenario states), so a figure changed in the workbook moves its subtotal and the total.
///
///     Patients  name        row        Patients
///     Blaby     Enderby     member     =Workings!B3
///     Blaby     Croft       member     =Workings!B6
///     Blaby                 subtotal   =SUM(D2:D3)
///     ...
///     Total                 total      =SUM(D4,D7)
extension WorkbookModelWriter {
    /// The headers before a grouped table's figures: the group, the member, the row's kind.
    static let groupedHeaderColumns = 3

    func writeGroupedTable(_ table: ReportTable, grid: OutputGrid, at origin: WorkbookCellReference, into sheet: inout OutputSheet) {
        let top = origin.row, first = Self.groupedHeaderColumns
        sheet.set(row: top, column: 0, .text(table.title, heading: true))
        sheet.set(row: top, column: 1, .text("name", heading: true))
        sheet.set(row: top, column: 2, .text("row", heading: true))
        for (index, column) in grid.columns.enumerated() {
            let heading = Self.text(column.heading)
            sheet.set(row: top, column: first + index, .text(column.group.map { "\($0.plain) \(heading)" } ?? column.line?.label ?? heading, heading: true))
        }
        // Each grid row's member (nil for a subtotal or the total), in the grid's order.
        var members: [Int?] = []
        for group in table.groups { members += group.members.map { Optional($0) } + [nil] }
        members.append(nil)
        // Shown by quarter or by year: the months each column covers, and how many columns a line's periods take.
        let spans = table.shownBy != nil && report.periodLabels != nil ? periodSpans(grid, shownBy: table.shownBy!) : nil
        let shown = spans?.shown ?? yearCount
        var subtotalRows: [Int] = []
        var groupStart = top + 1
        for (index, row) in grid.rows.enumerated() {
            let at = top + 1 + index
            let kind = row.isTotal ? "total" : row.isSubtotal ? "subtotal" : "member"
            let bold = row.isTotal || row.isSubtotal
            // As the CSV has them: a subtotal's member column is empty, its row says `subtotal`.
            for (header, cell) in row.headers.enumerated() where header < 2 {
                sheet.set(row: at, column: header, .text(bold && header == 0 ? Self.text(cell) : Self.plain(cell), heading: bold))
            }
            sheet.set(row: at, column: 2, .text(kind, heading: bold))
            var column = 0
            for line in table.lines {
                let width = line.hasYears ? shown + (line.totals != nil ? 1 : 0) : 1
                for offset in 0..<width where column + offset < row.cells.count && !row.cells[column + offset].isEmpty {
                    let cached = row.cells[column + offset]
                    let target = WorkbookCellReference(sheet: sheet.name, row: at, column: first + column + offset)
                    let isRowTotal = line.hasYears && offset == shown
                    func references(_ rows: [Int]) -> [WorkbookCellReference] {
                        rows.map { WorkbookCellReference(sheet: sheet.name, row: $0, column: target.column) }
                    }
                    let cell: OutputSheetCell
                    if row.isTotal {
                        cell = total(line, cached: cached, of: references(subtotalRows), year: isRowTotal ? 0 : offset, on: sheet.name, bold: true,
                                     stated: !isRowTotal && spans == nil)
                    } else if row.isSubtotal {
                        cell = total(line, cached: cached, of: references(Array(groupStart..<at)), year: 0, on: sheet.name, bold: true, stated: false)
                    } else if let member = members[index] {
                        if let spans, line.hasYears, let home = allPlaces[line.name] {
                            // Shown by quarter or year: the line's rule over the quarter's months on the workings.
                            let figures = spans.spans[offset].map { home.cell(member: member, year: $0) }
                            cell = total(line, cached: cached, of: figures, year: 0, on: sheet.name, bold: false, member: member, stated: isRowTotal,
                                         overPeriods: true)
                        } else if isRowTotal {
                            let figures = (0..<yearCount).map { WorkbookCellReference(sheet: sheet.name, row: at, column: first + column + $0) }
                            cell = total(line, cached: cached, of: figures, year: 0, on: sheet.name, bold: false, member: member, overPeriods: true)
                        } else {
                            cell = figureCell(line.name, member: member, year: offset, cached: cached, at: target)
                        }
                    } else {
                        continue
                    }
                    sheet.set(row: at, column: target.column, cell)
                }
                column += width
            }
            if row.isSubtotal {
                subtotalRows.append(at)
                groupStart = at + 1
            }
        }
    }
}
