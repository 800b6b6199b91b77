import Foundation

/// CSV: one block per table, each starting with its header row (`line,2016/17,...,total`), blocks
/// separated by a blank line. Figures are plain numbers (`-2083.00`), so spreadsheets read them
/// as numbers, not text.
public enum CSVRenderer {
    public static func render(_ report: Report, tables: [ReportTable]? = nil, byteOrderMark: Bool = false) -> String {
        var blocks: [String] = []
        for table in tables ?? report.tables {
            let grid = ReportGrid(table, years: report.years, plain: true)
            var lines = [([grid.corner] + grid.columns.map { $0.group.isEmpty ? $0.heading : "\($0.group) \($0.heading)" }).map(field).joined(separator: ",")]
            for row in grid.rows { lines.append(([row.label] + row.cells).map(field).joined(separator: ",")) }
            blocks.append(lines.joined(separator: "\r\n") + "\r\n")
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + blocks.joined(separator: "\r\n")
    }

    /// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
