import Foundation

/// CSV: one block per grid, each starting with its header row (`line,unit,2016/17,...,total`),
/// blocks separated by a blank line, lines ended by CRLF (RFC 4180). `scenario run --table NAME`
/// writes one table; `--output-dir DIR` writes each table to a file of its own (`tableFiles`).
///
/// Every figure's unit is in a header, so a program reading the file needs nothing else: a
/// table by year has a `unit` column after the line's label (`£`, `£ per patient`, `days`); a
/// table by list heads each line's columns with the unit (`Days a week (days)`,
/// `Contribution 2018/19 (£)`). Percentages are written as fractions (`0.07` for 7%), under the
/// unit `fraction`. Figures are plain numbers,
/// exact (`-2083.00`, `0.005`, and `1/3` where the decimals never end), so every total is the
/// exact sum of the figures it totals; spreadsheets read terminating figures as numbers (a
/// fraction reads as text there: `scenario export` writes a workbook for spreadsheets).
///
/// Only grids are written: checks, charts and sentences have no place in a table of figures,
/// and the inputs are the JSON's and the workbook's.
///
/// A grid with a row moved by the inputs set for this run (`--set`, a variant) ends each row
/// with a `set for this run` column: `moved` on those rows, empty on the others, so a program
/// can tell the file's own figures from a what-if's. Without such a row the column is left
/// out, and the file is as before.
///
/// A table `grouped by` a text attribute starts each row with the group's text, then the
/// member's name, then a `row` column saying `member`, `subtotal` (the name left empty) or
/// `total`, so a program can keep the members and leave the subtotals out.
///
/// Text cells (titles, labels, member names) are guarded against formulas, by the OWASP rule:
/// a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
/// return before one) as a formula, so a practice named `=HYPERLINK("http://…"&B2)` in a
/// CSV list would send the table away when a reviewer opens the export. Such a cell is
/// written with a `'` before it, quoted. Figures the tool writes itself (`-1200.50`, a change
/// of `+4.00`) are numbers and are never changed.
///
/// | cell                 | written          |
/// |----------------------|------------------|
/// | `=SUM(A1)` (text)    | `"'=SUM(A1)"`    |
/// | `-Practice` (text)   | `"'-Practice"`   |
/// | `Enderby, East`      | `"Enderby, East"`|
/// | -1200.5 (figure)     | `-1200.50`       |
public enum CSVWriter {
    /// With `byteOrderMark`, the text starts with U+FEFF, which tells Excel the file is UTF-8
    /// (without it, Excel reads `£` as Windows-1252 and garbles it). Without `guardsFormulas`,
    /// text cells are written as they are, for programs rather than spreadsheets.
    public static func write(_ document: OutputDocument, byteOrderMark: Bool = false, guardsFormulas: Bool = true) -> String {
        var blocks: [String] = []
        for section in document.sections where section.role != .assumptions {
            for case .grid(let grid) in section.blocks { blocks.append(block(grid, guardsFormulas: guardsFormulas)) }
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + blocks.joined(separator: "\r\n")
    }

    /// Each table of the document as its own CSV text, named by its title: what
    /// `--output-dir DIR` writes, one file per table. Names are made from the titles (`Income and
    /// expenditure` → `income-and-expenditure.csv`) and never repeat (`costs-2.csv`).
    public static func tableFiles(
        _ document: OutputDocument, byteOrderMark: Bool = false, guardsFormulas: Bool = true
    ) -> [(name: String, title: String, text: String)] {
        var files: [(name: String, title: String, text: String)] = []
        var taken: Set<String> = []
        for section in document.sections where section.role != .assumptions {
            for case .grid(let grid) in section.blocks {
                var stem = fileStem(grid.title)
                if stem.isEmpty { stem = "table-\(files.count + 1)" }
                var name = stem + ".csv", number = 1
                while taken.contains(name) {
                    number += 1
                    name = "\(stem)-\(number).csv"
                }
                taken.insert(name)
                files.append((name, grid.title, (byteOrderMark ? "\u{FEFF}" : "") + block(grid, guardsFormulas: guardsFormulas)))
            }
        }
        return files
    }

    /// A title as a file name: lower-case ASCII letters and digits, other runs as one `-`, at most 60 characters.
    static func fileStem(_ title: String) -> String {
        var stem = ""
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                stem.unicodeScalars.append(scalar)
            } else if !stem.isEmpty, !stem.hasSuffix("-") {
                stem += "-"
            }
        }
        stem = String(stem.prefix(60))
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem
    }

    /// The header row, then a row per grid row; a grouped column is headed `Share 2019/20 (£)`.
    static func block(_ grid: OutputGrid, guardsFormulas: Bool = true) -> String {
        func text(_ text: String) -> String { guardsFormulas ? guarded(text) : field(text) }
        func cell(_ cell: OutputCell) -> String {
            if case .text = cell.content { return text(CellText.plain(cell)) }
            return field(CellText.plain(cell))
        }
        // A table of lines by year, or of options, has a unit per row; a table by list, per column.
        let unitPerRow = switch grid.arrangement {
        case .byYear, .comparison: true
        default: false
        }
        let unitPerColumn = if case .byList = grid.arrangement { true } else { false }
        func headed(_ heading: String, _ column: Int) -> String {
            guard unitPerColumn, let unit = unitName(columnFormat(grid, column)), !unit.isEmpty else { return heading }
            return "\(heading) (\(unit))"
        }
        let marksMoved = grid.rows.contains { $0.status == .moved }
        var header = grid.headers.map { text($0.plain) }
        // A grouped table says what each row is, so a program can leave the subtotals out.
        let marksRows = grid.groupedBy != nil
        if marksRows { header.append(rowHeading) }
        if unitPerRow { header.append("unit") }
        header += grid.columns.enumerated().map { index, column in
            if let group = column.group { return text(headed("\(group.plain) \(CellText.plain(column.heading))", index)) }
            return unitPerColumn ? text(headed(CellText.plain(column.heading), index)) : cell(column.heading)
        }
        if marksMoved { header.append(movedHeading) }
        let rows = grid.rows.map { row in
            var cells = row.headers.map(cell) + (marksRows ? [row.isTotal ? "total" : row.isSubtotal ? "subtotal" : "member"] : []) + (unitPerRow ? [text(unitName(rowFormat(row)) ?? "")] : []) + row.cells.map(cell)
            // A short row is padded, so the mark stays under its own heading.
            if marksMoved {
                cells += Array(repeating: "", count: max(0, grid.columns.count - row.cells.count))
                cells.append(row.status == .moved ? "moved" : "")
            }
            return cells
        }
        return ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The heading of the column of a grouped table that says what each row is: `member`,
    /// `subtotal` (of the group named in the first column) or `total`.
    static let rowHeading = "row"

    /// The heading of the column that marks rows moved by the inputs set for this run.
    static let movedHeading = "set for this run"

    /// The unit a format's figures are written in: `£`, the quantity's unit, `fraction` for a
    /// percentage (written 0.07 for 7%); nil for plain numbers, years and yes/no.
    static func unitName(_ format: ValueFormat?) -> String? {
        switch format {
        case .money?: "£"
        case .quantity(let unit)?: unit.isEmpty ? nil : unit
        case .percent?: "fraction"
        default: nil
        }
    }

    /// A row's format: its line's, else its first figure's.
    static func rowFormat(_ row: OutputRow) -> ValueFormat? {
        row.line?.format ?? row.cells.first { !$0.isEmpty }?.format
    }

    /// A column's format: its line's, else its first figure's.
    static func columnFormat(_ grid: OutputGrid, _ column: Int) -> ValueFormat? {
        grid.columns[column].line?.format ?? grid.rows.lazy.compactMap { column < $0.cells.count && !$0.cells[column].isEmpty ? $0.cells[column] : nil }.first?.format
    }

    /// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return quoted(text)
    }

    /// A text cell a spreadsheet would run as a formula, neutralised: `'` before it, quoted;
    /// any other text as `field` writes it.
    static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return field(text) }
        return quoted("'" + text)
    }

    /// The characters that make a spreadsheet read a cell as a formula (OWASP's list).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
