import Foundation

/// Renders a comparison in the four output formats.
public enum ComparisonRenderer {
    public static func render(_ comparison: Scenario.Comparison, format: String, changedOnly: Bool) -> String {
        let plain = format == "csv" || format == "json"
        let grids = ComparisonGrid.grids(comparison, plain: plain, changedOnly: changedOnly)
        let title = comparison.reports[0].title
        switch format {
        case "csv":
            return grids.map { grid in
                ([["line", "variant"] + grid.headings] + grid.rows.map { [$0.line, $0.variant] + $0.cells })
                    .map { $0.map(CSVRenderer.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
            }.joined(separator: "\r\n")
        case "json":
            let tables: [JSONValue] = grids.map { grid in
                .object([
                    ("title", .string(grid.title)),
                    ("columns", .array(grid.headings.map(JSONValue.string))),
                    ("rows", .array(grid.rows.map { row in
                        .object([("line", .string(row.line)), ("variant", .string(row.variant)),
                                 ("values", .array(row.cells.map { $0.isEmpty ? .null : .string($0) }))])
                    })),
                ])
            }
            return JSONValue.object([
                ("title", .string(title)), ("variants", .array(comparison.names.map(JSONValue.string))), ("tables", .array(tables)),
            ]).text() + "\n"
        case "markdown":
            var out = "# \(MarkdownRenderer.escape(title)): variants compared\n"
            for grid in grids {
                out += "\n## \(MarkdownRenderer.escape(grid.title))\n\n| Line | Variant | " + grid.headings.map(MarkdownRenderer.escape).joined(separator: " | ") + " |\n"
                out += "|:---|:---|" + Array(repeating: "---:", count: grid.headings.count).joined(separator: "|") + "|\n"
                for row in grid.rows {
                    out += "| \(MarkdownRenderer.escape(row.line)) | \(MarkdownRenderer.escape(row.variant)) | " + row.cells.map(MarkdownRenderer.escape).joined(separator: " | ") + " |\n"
                }
            }
            return out
        default:
            var out = "\(title): variants compared\n"
            for grid in grids {
                let lineWidth = max(grid.title.count, grid.rows.map(\.line.count).max() ?? 0)
                let variantWidth = grid.rows.map(\.variant.count).max() ?? 0
                var widths = grid.headings.map(\.count)
                for row in grid.rows { for (i, cell) in row.cells.enumerated() { widths[i] = max(widths[i], cell.count) } }
                func line(_ a: String, _ b: String, _ cells: [String]) -> String {
                    var text = a.padding(lineWidth) + "  " + b.padding(variantWidth)
                    for (i, cell) in cells.enumerated() { text += "  " + cell.leftPadding(widths[i]) }
                    return text.trimmingTrailingSpaces() + "\n"
                }
                out += "\n" + line(grid.title, "", grid.headings)
                var previous = ""
                for row in grid.rows {
                    out += line(row.line == previous ? "" : row.line, row.variant, row.cells)
                    previous = row.line
                }
            }
            return out
        }
    }
}
