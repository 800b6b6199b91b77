import Foundation

/// CSV: one block per grid, each starting with its header row (`line,2016/17,...,total`),
/// blocks separated by a blank line, lines ended by CRLF (RFC 4180). Figures are plain numbers
/// (`-2083.00`), so spreadsheets read them as numbers, not text.
///
/// Only grids are written: checks, charts and sentences have no place in a table of figures,
/// and the inputs are the JSON's and the workbook's.
public enum CSVWriter {
    /// With `byteOrderMark`, the text starts with U+FEFF, which tells Excel the file is UTF-8
    /// (without it, Excel reads `£` as Windows-1252 and garbles it).
    public static func write(_ document: OutputDocument, byteOrderMark: Bool = false) -> String {
        var blocks: [String] = []
        for section in document.sections where section.role != .assumptions {
            for case .grid(let grid) in section.blocks { blocks.append(block(grid)) }
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + blocks.joined(separator: "\r\n")
    }

    /// The header row, then a row per grid row; a grouped column is headed `Share 2019/20`.
    static func block(_ grid: OutputGrid) -> String {
        let header = grid.headers.map(\.plain) + grid.columns.map { column in
            column.group.map { "\($0.plain) \(CellText.plain(column.heading))" } ?? CellText.plain(column.heading)
        }
        let rows = grid.rows.map { $0.headers.map(CellText.plain) + $0.cells.map(CellText.plain) }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
