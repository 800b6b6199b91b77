/// The HTML report: one self-contained page with the title, the assumptions, every table, the
/// charts, the options compared and the checks, for a board paper or a reviewer's screen.
///
/// Self-contained means no scripts, fonts, images or links to fetch: the styles are inline and
/// the charts are inline SVG drawn by `SVGChartRenderer`, so the file can be mailed, opened
/// offline and archived as it is. It prints on A4 with a page break between sections and reads
/// on a phone (tables scroll sideways). Tables show the same cells as the terminal, from the
/// same `ReportGrid`. Every name and note from the scenario is escaped.
///
///     let html = HTMLReportRenderer.render(report)
///     // "<!DOCTYPE html>\n<html lang=\"en-GB\">…"
public enum HTMLReportRenderer {
    /// The page for `report`; with `comparison`, an extra section shows the base and each
    /// variant side by side, described by `descriptions` (variant name → description).
    public static func render(_ report: Report, comparison: Scenario.Comparison? = nil, descriptions: [String: String] = [:]) -> String {
        var sections: [(id: String, title: String, body: String)] = []
        if !report.inputs.isEmpty { sections.append(("assumptions", "Assumptions", assumptions(report))) }
        if !report.tables.isEmpty { sections.append(("tables", "Tables", tables(report))) }
        if !report.charts.isEmpty { sections.append(("charts", "Charts", charts(report))) }
        if let comparison, comparison.reports.count > 1 {
            sections.append(("options", "Options compared", options(comparison, descriptions: descriptions)))
        }
        if !report.checks.isEmpty { sections.append(("checks", "Checks", checks(report))) }

        let title = HTMLText.escape(report.title)
        var out = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="scenario \(FinModel.version)">
            <title>\(title)</title>
            <style>
            \(HTMLStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>\(title)</h1>

            """
        out += "<p class=\"meta\">" + meta(report).map(HTMLText.escape).joined(separator: " · ") + "</p>\n"
        if sections.count > 1 {
            out += "<nav aria-label=\"Contents\"><ol>"
            out += sections.map { "<li><a href=\"#\($0.id)\">\($0.title)</a></li>" }.joined()
            out += "</ol></nav>\n"
        }
        out += "</header>\n<main>\n"
        for section in sections {
            out += "<section id=\"\(section.id)\">\n<h2>\(section.title)</h2>\n\(section.body)</section>\n"
        }
        out += "</main>\n<footer><p>Made by scenario \(FinModel.version) from \(HTMLText.escape(report.path)). "
        out += "Figures are exact; money is rounded only for display, as each table says.</p></footer>\n</body>\n</html>\n"
        return out
    }

    /// The scenario file, its years, and the variant when one was run.
    static func meta(_ report: Report) -> [String] {
        var items = ["Scenario \(report.path)"]
        if let first = report.years.first, let last = report.years.last {
            items.append(first == last ? "\(first)" : "\(first) to \(last)")
        }
        if let variant = report.variant { items.append("variant \(variant)") }
        return items
    }

    /// Each input with its figures, units and source note: what the model assumes, and why.
    static func assumptions(_ report: Report) -> String {
        var out = "<div class=\"scroll\"><table class=\"inputs\">\n<thead><tr><th scope=\"col\">Input</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n"
        for input in report.inputs {
            out += "<tr><th scope=\"row\">\(HTMLText.escape(input.label))<br><code>\(HTMLText.escape(input.name))</code></th><td class=\"num\">"
            if input.hasYears, input.values.count == report.years.count {
                out += zip(report.years, input.values).map { year, value in
                    "<span class=\"year\">\(year)</span> \(HTMLText.escape(FigureText.withUnit(value, format: input.format)))"
                }.joined(separator: "<br>")
            } else {
                out += input.values.map { HTMLText.escape(FigureText.withUnit($0, format: input.format)) }.joined(separator: "<br>")
            }
            out += "</td><td class=\"note\">\(HTMLText.escape(input.note ?? ""))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// Every chart, each in a figure with its caption.
    static func charts(_ report: Report) -> String {
        report.charts.map { chart in
            "<figure class=\"chart\">\n<figcaption>\(HTMLText.escape(caption(chart)))</figcaption>\n" + SVGChartRenderer.svg(chart) + "\n</figure>\n"
        }.joined()
    }

    /// The chart's title, with the unit when the scale is not in pounds or percent.
    static func caption(_ chart: OutputChart) -> String {
        if case .quantity(let unit) = chart.format, !unit.isEmpty { return "\(chart.title) (\(unit))" }
        return chart.title
    }

    /// The base and each variant: the comparison tables, then each chart drawn once per option
    /// on one scale, side by side.
    static func options(_ comparison: Scenario.Comparison, descriptions: [String: String]) -> String {
        var out = "<ul class=\"options\">"
        for name in comparison.names {
            let description = name == "base" ? "the scenario as written" : descriptions[name] ?? ""
            out += "<li><code>\(HTMLText.escape(name))</code>\(description.isEmpty ? "" : ": " + HTMLText.escape(description))</li>"
        }
        out += "</ul>\n"
        let base = comparison.reports[0]
        for (index, chart) in base.charts.enumerated() {
            let panels = comparison.reports.compactMap { index < $0.charts.count ? $0.charts[index] : nil }
            guard panels.count == comparison.reports.count else { continue }
            let scale = SVGChartRenderer.scale(for: panels)
            out += "<h3>\(HTMLText.escape(caption(chart)))</h3>\n<div class=\"multiples\">\n"
            for (name, panel) in zip(comparison.names, panels) {
                out += "<figure class=\"chart\">\n<figcaption><code>\(HTMLText.escape(name))</code></figcaption>\n"
                out += SVGChartRenderer.svg(panel, scale: scale, label: "\(chart.title): \(name)", width: SVGChartRenderer.panelWidth) + "\n</figure>\n"
            }
            out += "</div>\n"
        }
        out += "<p class=\"note\">Lines that no option changes are left out. Each option's change is its total less the base's.</p>\n"
        for grid in ComparisonGrid.grids(comparison, plain: false, changedOnly: true) where !grid.rows.isEmpty {
            out += comparisonTable(grid)
        }
        return out
    }
}
