import Foundation

/// CSV: one block per grid, each starting with its header row (`line,2016/17,...,total`),
/// blocks separated by a blank line, lines ended by CRLF (RFC 4180). Figures are plain numbers,
/// exact (`-2083.00`, `0.005`, and `1/3` where the decimals never end), so every total is the
/// exact sum of the figures it totals; spreadsheets read terminating figures as numbers (a
/// fraction reads as text there: `scenario export` writes a workbook for spreadsheets).
///
/// Only grids are written: checks, charts and sentences have no place in a table of figures,
/// and the inputs are the JSON's and the workbook's.
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

    /// The header row, then a row per grid row; a grouped column is headed `Share 2019/20`.
    static func block(_ grid: OutputGrid, guardsFormulas: Bool = true) -> String {
        func text(_ text: String) -> String { guardsFormulas ? guarded(text) : field(text) }
        func cell(_ cell: OutputCell) -> String {
            if case .text = cell.content { return text(CellText.plain(cell)) }
            return field(CellText.plain(cell))
        }
        let header = grid.headers.map { text($0.plain) } + grid.columns.map { column in
            column.group.map { text("\($0.plain) \(CellText.plain(column.heading))") } ?? cell(column.heading)
        }
        let rows = grid.rows.map { $0.headers.map(cell) + $0.cells.map(cell) }
        return ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
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
