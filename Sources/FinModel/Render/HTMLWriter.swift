/// The HTML page: one self-contained document with the title, the assumptions, every table,
/// the charts, the options compared and the checks, for a board paper or a reviewer's screen.
///
/// Self-contained means no scripts, fonts, images or links to fetch: the styles are inline and
/// the charts are inline SVG drawn by `SVGChartWriter`, so the file can be mailed, opened
/// offline and archived as it is. It prints on A4 with a page break between sections (none
/// before the first, so the title shares its page), no chart split across pages and page
/// numbers, and reads on a phone (tables scroll sideways; chart text stays at least 10 px).
/// Under the title it gives the scenario file, its short hash and the date it is dated. Tables show the same cells as the terminal. Every name
/// and note from the scenario is escaped.
///
///     let html = HTMLWriter.write(document)
///     // "<!DOCTYPE html>\n<html lang=\"en-GB\">…"
public enum HTMLWriter {
    /// The document as one self-contained HTML page.
    public static func write(_ document: OutputDocument) -> String {
        let sections = document.sections.filter { !$0.isEmpty }
        let title = HTMLText.escape(document.title ?? document.heading ?? "")
        var out = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(HTMLText.escape(document.generator))">
            <title>\(title)</title>
            <style>
            \(HTMLStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>\(title)</h1>

            """
        out += "<p class=\"meta\">" + facts(document).map(HTMLText.escape).joined(separator: " · ") + "</p>\n"
        if sections.count > 1 {
            out += "<nav aria-label=\"Contents\"><ol>"
            out += sections.map { "<li><a href=\"#\($0.role.rawValue)\">\(HTMLText.escape($0.title))</a></li>" }.joined()
            out += "</ol></nav>\n"
        }
        out += "</header>\n<main>\n"
        for section in sections {
            out += "<section id=\"\(section.role.rawValue)\">\n<h2>\(HTMLText.escape(section.title))</h2>\n\(body(section))</section>\n"
        }
        out += "</main>\n<footer><p>Made by \(HTMLText.escape(document.generator))"
        out += document.source.map { " from \(HTMLText.escape($0))" } ?? ""
        out += document.sourceHash.map { " (sha256 \(HTMLText.escape($0)))" } ?? ""
        out += document.date.map { " on \(HTMLText.escape($0))" } ?? ""
        out += ". Figures are exact; money is rounded only for display, as each table says.</p></footer>\n</body>\n</html>\n"
        return out
    }

    /// What the page says under its title: the file and its short hash, the years, the variant,
    /// and the day it is dated, so a printed copy can be matched to its file.
    static func facts(_ document: OutputDocument) -> [String] {
        var facts = document.byline
        if let hash = document.sourceHash { facts.insert("sha256 \(hash)", at: min(1, facts.count)) }
        if let date = document.date { facts.append(date) }
        return facts
    }

    /// The section's blocks in order; tables of lines are numbered within the section for their ids.
    static func body(_ section: OutputSection) -> String {
        var out = ""
        var tableNumber = 0
        for block in section.blocks {
            switch block {
            case .grid(let grid):
                switch grid.arrangement {
                case .inputs: out += assumptions(grid)
                case .comparison: out += comparison(grid)
                case .optionInputs: out += optionInputs(grid)
                case .byYear, .byList, .dataTable, .bridge:
                    tableNumber += 1
                    out += table(grid, number: tableNumber)
                }
            case .checks(let checks): out += self.checks(checks)
            case .chart(let chart):
                out += "<figure class=\"chart\">\n<figcaption>\(HTMLText.escape(caption(chart)))</figcaption>\n" + SVGChartWriter.svg(chart) + "\n</figure>\n"
            case .chartPanels(let panels): out += self.panels(panels)
            case .waterfall(let waterfall):
                out += "<figure class=\"chart\">\n<figcaption>\(HTMLText.escape(caption(waterfall)))</figcaption>\n" + SVGWaterfallWriter.svg(waterfall) + "\n</figure>\n"
            case .options(let options):
                out += "<ul class=\"options\">"
                for option in options {
                    out += "<li><code>\(HTMLText.escape(option.name))</code>\(option.description.isEmpty ? "" : ": " + HTMLText.escape(option.description))</li>"
                }
                out += "</ul>\n"
            case .solution(let solution): out += "<pre>\(HTMLText.escape(TextWriter.solution(solution)))</pre>\n"
            case .trace(let trace): out += "<pre>\(HTMLText.escape(TextWriter.trace(trace, indent: 0)))</pre>\n"
            case .paragraph(let text): out += "<p class=\"note\">\(HTMLText.escape(text))</p>\n"
            case .list(let items): out += "<ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>\n"
            case .sources(let sources): out += self.sources(sources)
            }
        }
        return out
    }

    /// The chart's title, with the unit when the scale is not in pounds or percent.
    static func caption(_ chart: OutputChart) -> String {
        if case .quantity(let unit) = chart.format, !unit.isEmpty { return "\(chart.title) (\(unit))" }
        return chart.title
    }

    /// The waterfall's title, with the unit when the figure is not in pounds or percent.
    static func caption(_ waterfall: OutputWaterfall) -> String {
        if case .quantity(let unit) = waterfall.format, !unit.isEmpty { return "Waterfall of \(waterfall.title) (\(unit))" }
        return "Waterfall of \(waterfall.title)"
    }

    /// One chart per option, side by side on one scale, each captioned with its option.
    static func panels(_ panels: OutputChartPanels) -> String {
        let scale = SVGChartWriter.scale(for: panels.panels.map(\.chart))
        var out = "<h3>\(HTMLText.escape(caption(panels.chart)))</h3>\n<div class=\"multiples\">\n"
        for panel in panels.panels {
            out += "<figure class=\"chart\">\n<figcaption><code>\(HTMLText.escape(panel.name))</code></figcaption>\n"
            out += SVGChartWriter.svg(panel.chart, scale: scale, label: "\(panels.chart.title): \(panel.name)", width: SVGChartWriter.panelWidth) + "\n</figure>\n"
        }
        return out + "</div>\n"
    }
}
