/// A data table in the four output formats: rows for the first input's values, columns for the
/// second's (or one column for a one-way table).
public enum SensitivityRenderer {
    public static func render(_ table: Scenario.SensitivityTable, format: String) -> String {
        let plain = format == "csv" || format == "json"
        func input(_ value: Exact, _ valueFormat: ValueFormat, _ unit: String) -> String {
            if plain { return FigureText.plain(value, format: unit.hasPrefix("£") ? .money : valueFormat) }
            if unit.hasPrefix("£") { return value.formattedAsPounds() + (unit.count > 1 ? " " + unit.dropFirst(2) : "") }
            return FigureText.text(value, format: valueFormat) + (valueFormat == .percent || unit.isEmpty ? "" : " \(unit)")
        }
        func figure(_ value: Exact) -> String { plain ? FigureText.plain(value, format: table.format) : FigureText.text(value, format: table.format) }
        let corner = table.columnInput.map { "\(table.rowInput) \\ \($0)" } ?? table.rowInput
        let headings = table.columnInput == nil ? [table.targetText] : table.columnValues.map { input($0, table.columnFormat, table.columnUnit) }
        let rows = table.rowValues.enumerated().map { index, value in
            (input(value, table.rowFormat, table.rowUnit), table.cells[index].map(figure))
        }
        switch format {
        case "csv":
            return ([[corner] + headings] + rows.map { [$0.0] + $0.1 }).map { $0.map(CSVRenderer.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        case "json":
            return JSONValue.object([
                ("target", .string(table.targetText)),
                ("rows", .object([("input", .string(table.rowInput)), ("values", .array(rows.map { .string($0.0) }))])),
                ("columns", table.columnInput.map { name in .object([("input", .string(name)), ("values", .array(headings.map(JSONValue.string)))]) } ?? .null),
                ("cells", .array(rows.map { .array($0.1.map(JSONValue.string)) })),
            ]).text() + "\n"
        case "markdown":
            var out = "| \(MarkdownRenderer.escape(corner)) | " + headings.map(MarkdownRenderer.escape).joined(separator: " | ") + " |\n"
            out += "|---:|" + Array(repeating: "---:", count: headings.count).joined(separator: "|") + "|\n"
            for row in rows { out += "| \(MarkdownRenderer.escape(row.0)) | " + row.1.map(MarkdownRenderer.escape).joined(separator: " | ") + " |\n" }
            return out
        default:
            var widths = headings.map(\.count)
            var first = corner.count
            for row in rows {
                first = max(first, row.0.count)
                for (i, cell) in row.1.enumerated() { widths[i] = max(widths[i], cell.count) }
            }
            func line(_ label: String, _ cells: [String]) -> String {
                (label.leftPadding(first) + cells.enumerated().map { "  " + $1.leftPadding(widths[$0]) }.joined()).trimmingTrailingSpaces() + "\n"
            }
            var out = "\(table.targetText)\n\n" + line(corner, headings)
            for row in rows { out += line(row.0, row.1) }
            return out
        }
    }
}
