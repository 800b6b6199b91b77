/// One worksheet of an exported workbook: a grid of cells, how it prints, and its SpreadsheetML.
///
/// Cells are text, exact numbers, or formulas with their cached result. A number is written as
/// the exact decimal text of its value (`175860`, `-2083`, `182964.74`), never through a binary
/// floating-point value, so the file holds what the model computed; a spreadsheet reads it as
/// the nearest number it can hold. A formula carries its value too, so a reader that does not
/// calculate (or a reviewer before recalculating) sees the same figure.
///
///     var sheet = XLSXSheet(name: "Income")
///     sheet.set(row: 0, column: 1, .number(Exact(98923), .moneyPence))
///     sheet.set(row: 0, column: 4, .formula("SUM(B1:D1)", cached: Exact(350000), .moneyPence))
///
/// Printing: every sheet fits the width of an A4 page (`fitToWidth`), turned landscape when its
/// columns are wider than a portrait page; its heading rows and label columns are repeated on
/// every page and kept in view while scrolling.
struct XLSXSheet: Sendable {
    enum Cell: Sendable, Equatable {
        case text(String, XLSXStyle)
        case number(Exact, XLSXStyle)
        case formula(String, cached: Exact, XLSXStyle)
        /// A formula whose result is text, such as `yes` or `pass`.
        case textFormula(String, cached: String, XLSXStyle)
    }

    var name: String
    private(set) var rows: [[Cell?]] = []
    /// Width of the first column in characters; the others are `figureWidth`, unless `widths` says.
    var labelWidth = 30
    var figureWidth = 15
    /// Each column's width in characters, when the sheet sizes them one by one.
    var widths: [Int]?
    /// Rows at the top and columns at the left kept in view, and repeated on each printed page.
    var headerRows = 1
    var headerColumns = 1
    /// Keep the header rows and columns in view while scrolling.
    var freezeHeader = true
    /// Whether the page setup (A4, fit to width, landscape when wide) is written.
    var printSetup = false
    /// Notes on cells, by reference (`B2`).
    var comments: [(reference: String, text: String)] = []

    init(name: String) { self.name = name }

    mutating func set(row: Int, column: Int, _ cell: Cell?) {
        while rows.count <= row { rows.append([]) }
        while rows[row].count <= column { rows[row].append(nil) }
        rows[row][column] = cell
    }

    /// Fills the figures of `row` from `column` on (their formats kept) and notes each with
    /// `comment`: the figures of an input set for this run, or of a line it moved.
    mutating func mark(row: Int, from column: Int, comment: String) {
        guard row < rows.count, column < rows[row].count else { return }
        for index in column..<rows[row].count {
            switch rows[row][index] {
            case .number(let value, let style)?: rows[row][index] = .number(value, style.marked)
            case .formula(let formula, let cached, let style)?: rows[row][index] = .formula(formula, cached: cached, style.marked)
            default: continue
            }
            comments.append((Self.reference(row: row, column: index), comment))
        }
    }

    func cell(row: Int, column: Int) -> Cell? {
        row < rows.count && column < rows[row].count ? rows[row][column] : nil
    }

    /// `A`, `B`, … `Z`, `AA`: the column's letters, from 0.
    static func columnName(_ index: Int) -> String { OutputSheet.columnName(index) }

    /// `B2` for row 1, column 1 (both from 0).
    static func reference(row: Int, column: Int) -> String { OutputSheet.reference(row: row, column: column) }

    var columnCount: Int { rows.map(\.count).max() ?? 0 }

    /// Characters across a portrait A4 page between the default margins, in column-width units.
    static let portraitWidth = 94

    /// Whether the sheet prints landscape: its columns are wider than a portrait page.
    var isWide: Bool {
        let total = widths.map { $0.reduce(0, +) } ?? (labelWidth + max(columnCount - 1, 0) * figureWidth)
        return total > Self.portraitWidth
    }

    /// The worksheet part, `xl/worksheets/sheetN.xml`; `legacyDrawing` names the comments' drawing.
    func xml(legacyDrawing: String? = nil) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        if printSetup { out += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"# }
        out += sheetView()
        let columns = columnCount
        if let widths {
            out += "<cols>"
            for (index, width) in widths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        } else {
            out += "<cols><col min=\"1\" max=\"1\" width=\"\(labelWidth)\" customWidth=\"1\"/>"
            if columns > 1 { out += "<col min=\"2\" max=\"\(columns)\" width=\"\(figureWidth)\" customWidth=\"1\"/>" }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            out += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                guard let cell else { continue }
                out += Self.xml(cell, at: Self.reference(row: rowIndex, column: columnIndex))
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if printSetup {
            out += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
            out += "<pageSetup paperSize=\"9\" orientation=\"\(isWide ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        }
        if let legacyDrawing { out += "<legacyDrawing r:id=\"\(legacyDrawing)\"/>" }
        return out + "</worksheet>\n"
    }

    /// The frozen pane below the header rows and right of the header columns.
    private func sheetView() -> String {
        let (down, across) = (headerRows, headerColumns)
        guard freezeHeader, rows.count > 1, down > 0 || across > 0 else { return "" }
        let pane = down > 0 && across > 0 ? "bottomRight" : down > 0 ? "bottomLeft" : "topRight"
        var attributes = across > 0 ? " xSplit=\"\(across)\"" : ""
        if down > 0 { attributes += " ySplit=\"\(down)\"" }
        return "<sheetViews><sheetView workbookViewId=\"0\"><pane\(attributes) topLeftCell=\"\(Self.reference(row: down, column: across))\""
            + " activePane=\"\(pane)\" state=\"frozen\"/></sheetView></sheetViews>"
    }

    private static func xml(_ cell: Cell, at reference: String) -> String {
        switch cell {
        case .text(let text, let style):
            "<c r=\"\(reference)\" s=\"\(style.index)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(HTMLText.escape(text))</t></is></c>"
        case .number(let value, let style):
            "<c r=\"\(reference)\" s=\"\(style.index)\"><v>\(decimal(value))</v></c>"
        case .formula(let formula, let cached, let style):
            "<c r=\"\(reference)\" s=\"\(style.index)\"><f>\(HTMLText.escape(formula))</f><v>\(decimal(cached))</v></c>"
        case .textFormula(let formula, let cached, let style):
            "<c r=\"\(reference)\" s=\"\(style.index)\" t=\"str\"><f>\(HTMLText.escape(formula))</f><v>\(HTMLText.escape(cached))</v></c>"
        }
    }

    /// The exact decimal text of a value; one whose decimals never end is written to 15 places,
    /// more than a spreadsheet keeps.
    static func decimal(_ value: Exact) -> String {
        value.decimalText(places: value.decimalPlaces ?? 15, rule: .halfUp, grouping: false)
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not blank, and not
    /// starting or ending with an apostrophe; `taken` names (compared ignoring case) get ` (2)`.
    ///
    ///     sheetName("Practice contributions as stated (no uplift)", taken: [])  // "Practice contributions as…"
    ///     sheetName("Inputs", taken: ["inputs"])                                // "Inputs (2)"
    static func sheetName(_ title: String, taken: Set<String>) -> String {
        OutputSheet.name(for: title, taken: taken)
    }
}
