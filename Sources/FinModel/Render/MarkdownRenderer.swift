import Foundation

/// Markdown for a board paper: a heading per table and a pipe table with figures right-aligned.
public enum MarkdownRenderer {
    public static func render(_ report: Report, tables: [ReportTable]? = nil) -> String {
        var out = "# \(escape(report.title))\(report.variant.map { " (variant \(escape($0)))" } ?? "")\n"
        for table in tables ?? report.tables {
            let grid = ReportGrid(table, years: report.years, plain: false)
            out += "\n## \(escape(table.title))\n\n"
            let headings = [""] + grid.columns.map { $0.group.isEmpty ? $0.heading : "\($0.group) \($0.heading)" }
            out += "| " + headings.map(escape).joined(separator: " | ") + " |\n"
            out += "|" + ([":---"] + Array(repeating: "---:", count: grid.columns.count)).joined(separator: "|") + "|\n"
            for (index, row) in grid.rows.enumerated() {
                let isTotal = grid.hasTotalRow && index == grid.rows.count - 1
                let label = isTotal ? "**\(escape(row.label))**" : escape(row.label)
                out += "| " + ([label] + row.cells.map(escape)).joined(separator: " | ") + " |\n"
            }
            if let display = table.display {
                out += "\nMoney shown to \(display.stepText), \(display.rule.scenarioName); totals are of exact values.\n"
            }
        }
        if tables == nil, !report.checks.isEmpty {
            // As in the terminal: differences signed and shown only where there is one, and a
            // result other than a clean pass in bold, so a board paper's reader cannot miss it.
            out += "\n## Checks\n\n| Check | Stated | Computed | Difference | Result |\n|:---|---:|---:|---:|:---|\n"
            for check in report.checks {
                let difference = check.difference == .zero ? "" : CheckRenderer.signed(check.difference, check)
                let verdict = CheckRenderer.verdict(check)
                let result = check.passed && check.difference == .zero ? verdict : "**\(escape(verdict))**"
                out += "| \(escape(CheckRenderer.name(check))) | \(escape(CheckRenderer.figure(check.stated, check))) | \(escape(CheckRenderer.figure(check.computed, check))) | \(escape(difference)) | \(result) |\n"
            }
            out += "\n" + CheckRenderer.summary(report.checks)
        }
        return out
    }

    /// Escapes the characters Markdown gives meaning to inside a table cell or heading.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(character)"
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
