/// The live workbook (`OutputWorkbook`) as SpreadsheetML: each cell in its style, each column as
/// wide as its widest text, each sheet set to print on A4 fitted to the page's width (landscape
/// when wider than a portrait page) with its heading rows and label column on every page.
extension XLSXWriter {
    /// The workbook's bytes.
    public static func write(_ workbook: OutputWorkbook) throws(ZipArchiveError) -> [UInt8] {
        let sheets = workbook.sheets.map(sheet)
        let indices = Dictionary(workbook.sheets.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var names = workbook.names.map {
            DefinedName(name: $0.name, value: OutputSheet.quoted($0.sheet) + "!" + $0.range, sheet: $0.scope.flatMap { indices[$0] })
        }
        for (index, sheet) in workbook.sheets.enumerated() {
            let quoted = OutputSheet.quoted(sheet.name)
            var titles: [String] = []
            if sheet.headerColumns > 0 { titles.append("\(quoted)!$A:$\(OutputSheet.columnName(sheet.headerColumns - 1))") }
            if sheet.headerRows > 0 { titles.append("\(quoted)!$1:$\(sheet.headerRows)") }
            if !titles.isEmpty { names.append(DefinedName(name: "_xlnm.Print_Titles", value: titles.joined(separator: ","), sheet: index)) }
        }
        return try package(sheets, names: names, title: workbook.title, description: workbook.description, creator: workbook.generator)
    }

    /// One sheet: its cells, notes, column widths, frozen headings and page setup.
    static func sheet(_ source: OutputSheet) -> XLSXSheet {
        var sheet = XLSXSheet(name: source.name)
        sheet.headerRows = source.headerRows
        sheet.headerColumns = source.headerColumns
        sheet.printSetup = true
        var widths = [Int](repeating: 0, count: source.columnCount)
        for (rowIndex, row) in source.rows.enumerated() {
            for (columnIndex, cell) in row.enumerated() {
                guard let cell, let converted = self.cell(cell) else { continue }
                sheet.set(row: rowIndex, column: columnIndex, converted)
                // A title alone on its row runs on across the empty cells beside it.
                let isTitle = cell.isHeading && row.enumerated().allSatisfy { $0.offset == columnIndex || $0.element == nil }
                if !isTitle { widths[columnIndex] = max(widths[columnIndex], width(of: cell)) }
                if let comment = cell.comment {
                    sheet.comments.append((OutputSheet.reference(row: rowIndex, column: columnIndex), comment))
                }
            }
        }
        sheet.widths = widths.map { min(max($0 + 2, 8), maximumWidth) }
        return sheet
    }

    /// The widest a column is made, in characters: a longer label runs into the next column.
    static let maximumWidth = 80

    /// A cell as the sheet writes it; nil for an empty figure with no formula. An input set for
    /// this run, or a figure it moved, is filled (its number format kept).
    static func cell(_ cell: OutputSheetCell) -> XLSXSheet.Cell? {
        let isMarked = cell.status == .overridden || cell.status == .moved
        func marked(_ style: XLSXStyle) -> XLSXStyle { isMarked ? style.marked : style }
        switch cell.content {
        case .text(let text):
            let style = marked(cell.isHeading ? XLSXStyle.heading : .text)
            return cell.formula.map { .textFormula($0, cached: text, style) } ?? .text(text, style)
        case .figure(let figure):
            guard let value = figure.value else {
                return cell.formula.map { .textFormula($0, cached: "", marked(.text)) }
            }
            switch figure.format {
            case .year, .month, .boolean:
                let text = CellText.figure(figure)
                let style = marked(cell.isHeading ? XLSXStyle.heading : .text)
                return cell.formula.map { .textFormula($0, cached: text, style) } ?? .text(text, style)
            default:
                var style = XLSXStyle.figure(figure.format, places: figure.places ?? 0, rounding: figure.rounding, brackets: figure.negativesInBrackets)
                if cell.isHeading { style = style.emphasised }
                return cell.formula.map { .formula($0, cached: value, marked(style)) } ?? .number(value, marked(style))
            }
        }
    }

    /// About the characters a cell shows: its text, or its figure as its format shows it.
    static func width(of cell: OutputSheetCell) -> Int {
        let characters: Int
        switch cell.content {
        case .text(let text): characters = text.count
        case .figure(let figure):
            guard let value = figure.value else { return 0 }
            switch figure.format {
            case .percent: characters = value.decimalText(places: 2, rule: .halfUp, grouping: true, shiftingPointLeftBy: -2).count + 1
            case .money where figure.rounding.map({ $0.scale != .pounds }) ?? false:
                characters = CellText.figure(figure).count
            case .money:
                let pounds = XLSXStyle.figure(.money, places: 0, rounding: figure.rounding).format == .moneyPounds
                characters = FigureText.text(value, format: .money, display: pounds ? .pounds : .pence).count
            default: characters = CellText.figure(OutputCell(figure.content, format: figure.format, places: figure.places)).count
            }
        }
        // Bold text is about a tenth wider.
        return cell.isHeading ? characters + (characters + 9) / 10 : characters
    }
}
