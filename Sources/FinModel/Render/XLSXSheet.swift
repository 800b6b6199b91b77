/// One worksheet of an exported workbook: a grid of cells and its SpreadsheetML.
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
struct XLSXSheet: Sendable {
    enum Cell: Sendable, Equatable {
        case text(String, XLSXStyle)
        case number(Exact, XLSXStyle)
        case formula(String, cached: Exact, XLSXStyle)
    }

    var name: String
    private(set) var rows: [[Cell?]] = []
    /// Width of the first column in characters; the others are `figureWidth`.
    var labelWidth = 30
    var figureWidth = 15
    /// Keep the first row and column in view while scrolling.
    var freezeHeader = true

    init(name: String) { self.name = name }

    mutating func set(row: Int, column: Int, _ cell: Cell?) {
        while rows.count <= row { rows.append([]) }
        while rows[row].count <= column { rows[row].append(nil) }
        rows[row][column] = cell
    }

    func cell(row: Int, column: Int) -> Cell? {
        row < rows.count && column < rows[row].count ? rows[row][column] : nil
    }

    /// `A`, `B`, … `Z`, `AA`: the column's letters, from 0.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// `B2` for row 1, column 1 (both from 0).
    static func reference(row: Int, column: Int) -> String { "\(columnName(column))\(row + 1)" }

    /// The worksheet part, `xl/worksheets/sheetN.xml`.
    func xml() -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if freezeHeader, rows.count > 1 {
            out += #"<sheetViews><sheetView workbookViewId="0"><pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>"#
        }
        let columns = rows.map(\.count).max() ?? 0
        out += "<cols><col min=\"1\" max=\"1\" width=\"\(labelWidth)\" customWidth=\"1\"/>"
        if columns > 1 { out += "<col min=\"2\" max=\"\(columns)\" width=\"\(figureWidth)\" customWidth=\"1\"/>" }
        out += "</cols><sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            out += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                guard let cell else { continue }
                let reference = Self.reference(row: rowIndex, column: columnIndex)
                switch cell {
                case .text(let text, let style):
                    out += "<c r=\"\(reference)\" s=\"\(style.index)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(HTMLText.escape(text))</t></is></c>"
                case .number(let value, let style):
                    out += "<c r=\"\(reference)\" s=\"\(style.index)\"><v>\(Self.decimal(value))</v></c>"
                case .formula(let formula, let cached, let style):
                    out += "<c r=\"\(reference)\" s=\"\(style.index)\"><f>\(HTMLText.escape(formula))</f><v>\(Self.decimal(cached))</v></c>"
                }
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>\n"
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
        var base = String(title.map { "[]:*?/\\".contains($0) ? " " : $0 }.filter { !$0.isNewline })
        while base.hasPrefix("'") || base.hasPrefix(" ") { base.removeFirst() }
        while base.hasSuffix("'") || base.hasSuffix(" ") { base.removeLast() }
        if base.isEmpty { base = "Sheet" }
        // A long title is cut at a word and marked, rather than mid-word.
        if base.count > 31 {
            var cut = String(base.prefix(30))
            if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= 15 { cut = String(cut[..<space]) }
            while cut.hasSuffix(" ") || cut.hasSuffix(",") { cut.removeLast() }
            base = cut + "…"
        }
        var candidate = base
        var number = 2
        while taken.contains(candidate.lowercased()) || candidate.lowercased() == "history" {
            let suffix = " (\(number))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }
}
