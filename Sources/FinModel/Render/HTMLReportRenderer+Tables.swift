/// The report's tables as HTML tables: the same cells as the terminal, from `ReportGrid`, with
/// figures right-aligned, negatives as `-£2,083`, and the checks' differences highlighted.
extension HTMLReportRenderer {
    /// Every table of the report, each under its title, with its display rounding noted.
    static func tables(_ report: Report) -> String {
        var out = ""
        for (index, table) in report.tables.enumerated() {
            let grid = ReportGrid(table, years: report.years, plain: false)
            out += "<h3 id=\"\(HTMLText.identifier(table.title, prefix: "table-\(index + 1)-"))\">\(HTMLText.escape(table.title))</h3>\n"
            out += figures(grid)
            if let display = table.display {
                let step = display.stepText
                out += "<p class=\"note\">Money shown to \(HTMLText.escape(step)), \(display.rule.scenarioName); totals are of exact values.</p>\n"
            }
        }
        return out
    }

    /// One grid as a table: a header row (two when a line's years are grouped under its label),
    /// a row per line or member, and the total row in the table's foot.
    static func figures(_ grid: ReportGrid) -> String {
        var out = "<div class=\"scroll\"><table class=\"figures\">\n<thead>"
        let grouped = grid.columns.contains { !$0.group.isEmpty }
        if grouped {
            out += "<tr><th scope=\"col\" rowspan=\"2\">\(HTMLText.escape(grid.corner))</th>"
            var index = 0
            while index < grid.columns.count {
                let column = grid.columns[index]
                if column.group.isEmpty {
                    out += "<th scope=\"col\" rowspan=\"2\" class=\"num\">\(HTMLText.escape(column.heading))</th>"
                    index += 1
                    continue
                }
                var span = 1
                while index + span < grid.columns.count, grid.columns[index + span].group == column.group { span += 1 }
                out += "<th scope=\"colgroup\" colspan=\"\(span)\" class=\"group\">\(HTMLText.escape(column.group))</th>"
                index += span
            }
            out += "</tr>\n<tr>"
            for column in grid.columns where !column.group.isEmpty {
                out += "<th scope=\"col\" class=\"num\">\(HTMLText.escape(column.heading))</th>"
            }
            out += "</tr>"
        } else {
            out += "<tr><th scope=\"col\">\(HTMLText.escape(grid.corner))</th>"
            out += grid.columns.map { "<th scope=\"col\" class=\"num\">\(HTMLText.escape($0.heading))</th>" }.joined()
            out += "</tr>"
        }
        out += "</thead>\n<tbody>\n"
        for (index, row) in grid.rows.enumerated() {
            let isTotal = grid.hasTotalRow && index == grid.rows.count - 1
            if isTotal { out += "</tbody>\n<tfoot>\n" }
            out += "<tr\(isTotal ? " class=\"total\"" : "")><th scope=\"row\">\(HTMLText.escape(row.label))</th>"
            out += row.cells.map(cell).joined()
            out += "</tr>\n"
            if isTotal { out += "</tfoot>\n" }
        }
        if !grid.hasTotalRow { out += "</tbody>\n" }
        return out + "</table></div>\n"
    }

    /// A figure cell: right-aligned; a negative figure is also marked, for colour.
    static func cell(_ text: String) -> String {
        "<td class=\"num\(text.hasPrefix("-") ? " neg" : "")\">\(HTMLText.escape(text))</td>"
    }

    /// The checks: a summary, then one row per check with stated, computed and difference. A
    /// failure is shown in red; a pass within tolerance is marked, with its difference, so a
    /// reviewer sees every pound a source rounded away.
    static func checks(_ report: Report) -> String {
        let failed = report.checks.filter { !$0.passed }.count
        let summary = CheckRenderer.summary(report.checks).trimmingTrailingNewline()
        var out = "<p class=\"summary \(failed > 0 ? "fail" : "pass")\">\(HTMLText.escape(summary))</p>\n"
        out += "<div class=\"scroll\"><table class=\"checks\">\n<thead><tr><th scope=\"col\">Check</th><th scope=\"col\" class=\"num\">Stated</th>"
        out += "<th scope=\"col\" class=\"num\">Computed</th><th scope=\"col\" class=\"num\">Difference</th><th scope=\"col\">Result</th><th scope=\"col\" class=\"num\">Line</th></tr></thead>\n<tbody>\n"
        for check in report.checks {
            let verdict = CheckRenderer.verdict(check)
            let kind = !check.passed ? "fail" : check.difference != .zero ? "within" : "pass"
            let difference = check.difference == .zero ? "" : CheckRenderer.signed(check.difference, check)
            out += "<tr class=\"\(kind)\"><th scope=\"row\">\(HTMLText.escape(CheckRenderer.name(check)))</th>"
            out += "<td class=\"num\">\(HTMLText.escape(CheckRenderer.figure(check.stated, check)))</td>"
            out += "<td class=\"num\">\(HTMLText.escape(CheckRenderer.figure(check.computed, check)))</td>"
            out += "<td class=\"num difference\">\(difference.isEmpty ? "" : "<mark>\(HTMLText.escape(difference))</mark>")</td>"
            out += "<td class=\"verdict\">\(HTMLText.escape(verdict))</td><td class=\"num\">\(check.line)</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// One table of the comparison: a row per line and option, the option's figures, its total
    /// and the change of the total from the base.
    static func comparisonTable(_ grid: ComparisonGrid) -> String {
        var out = "<h3>\(HTMLText.escape(grid.title))</h3>\n<div class=\"scroll\"><table class=\"figures comparison\">\n<thead><tr>"
        out += "<th scope=\"col\">Line</th><th scope=\"col\">Option</th>"
        out += grid.headings.map { "<th scope=\"col\" class=\"num\">\(HTMLText.escape($0))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        var previous: String?
        for row in grid.rows {
            let first = row.line != previous
            out += "<tr\(first ? " class=\"first\"" : "")><th scope=\"row\">\(first ? HTMLText.escape(row.line) : "")</th>"
            out += "<td><code>\(HTMLText.escape(row.variant))</code></td>" + row.cells.map(cell).joined() + "</tr>\n"
            previous = row.line
        }
        return out + "</tbody>\n</table></div>\n"
    }
}
