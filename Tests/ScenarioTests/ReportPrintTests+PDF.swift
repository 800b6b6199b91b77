import Foundation
import Testing

/// Printing a report to PDF with Chromium, and reading the PDF back: its pages, and their text.
extension ReportPrintTests {
    /// A chart as the page draws it: the caption above it and the last label drawn inside it.
    /// A panel of the options' charts also carries the heading of its group, searched first.
    struct PrintedChart {
        let heading: String?
        let caption: String
        let lastLabel: String
    }

    /// Writes the report (dated by `epoch`), prints it to `NAME.pdf` on A4 without the browser's
    /// own header and footer, and returns the PDF's bytes and, where `pdftotext` is found, the
    /// text of each page.
    static func printed(_ arguments: [String], in folder: URL, name: String) throws -> (pdf: Data, pages: [String]?) {
        let report = folder.appendingPathComponent("\(name).html")
        let written = try ExternalTool.run(try ExternalTool.scenario(), arguments + ["--output", report.path], extraEnvironment: epoch)
        try #require(written.status == 0, "report failed: \(written.stderr)")
        let pdf = folder.appendingPathComponent("\(name).pdf")
        let printed = try ExternalTool.run(chromium!, ReportBrowserTests.flags + [
            "--user-data-dir=" + folder.appendingPathComponent("profile-print").path, "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf.path, report.absoluteString,
        ], timeoutSeconds: 120)
        let bytes = try Data(contentsOf: pdf)
        try #require(!bytes.isEmpty, "chromium printed nothing (exit \(printed.status)): \(printed.stderr.suffix(500))")
        guard let pdftotext else { return (bytes, nil) }
        let text = try ExternalTool.run(pdftotext, ["-layout", pdf.path, "-"])
        try #require(text.status == 0, "pdftotext failed: \(text.stderr)")
        var pages = text.stdout.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return (bytes, pages.map { $0.replacingOccurrences(of: "\u{FB01}", with: "fi").replacingOccurrences(of: "\u{FB02}", with: "fl") })
    }

    /// The PDF's pages: its `/Type /Page` objects (not the `/Type /Pages` tree above them).
    static func pageCount(_ pdf: Data) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        var count = 0
        var searchFrom = text.startIndex
        while let found = text.range(of: "/Type /Page", range: searchFrom..<text.endIndex) {
            if found.upperBound == text.endIndex || text[found.upperBound] != "s" { count += 1 }
            searchFrom = found.upperBound
        }
        return count
    }

    /// Every chart in the page, in order: a figure's caption and the last category label in its SVG.
    static func charts(in html: String) -> [PrintedChart] {
        var charts: [PrintedChart] = []
        var heading: String?
        // A heading holds no tag: `[^<]*` keeps a match from running on from an earlier `<h3>`
        // (the options' inputs) to the charts' heading.
        let pattern = #"(<h3>([^<]*)</h3>\n<div class="multiples">)|<figure class="chart">\n<figcaption>(.*?)</figcaption>\n(<svg.*?</svg>)"#
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let whole = NSRange(html.startIndex..., in: html)
        for match in expression.matches(in: html, range: whole) {
            if let range = Range(match.range(at: 2), in: html) {
                heading = unescaped(String(html[range]))
                continue
            }
            guard let captionRange = Range(match.range(at: 3), in: html), let svgRange = Range(match.range(at: 4), in: html) else { continue }
            let caption = unescaped(String(html[captionRange]).replacingOccurrences(of: "<code>", with: "").replacingOccurrences(of: "</code>", with: ""))
            let labels = allMatches(#"<text class="category"[^>]*>(.*?)</text>"#, in: String(html[svgRange]))
            guard let last = labels.last else { continue }
            charts.append(PrintedChart(heading: heading, caption: caption, lastLabel: unescaped(last)))
            heading = nil
        }
        return charts
    }

    /// The page on which `needle` next occurs at or after `cursor`, ignoring white space (a
    /// caption may wrap); the cursor moves past it.
    static func find(_ needle: String, in pages: [String], from cursor: inout (page: Int, offset: String.Index)) -> Int? {
        let wanted = squashed(needle)
        var page = cursor.page
        var start: String.Index? = cursor.offset
        while page < pages.count {
            let text = squashed(pages[page])
            let from = start.map { min($0, text.endIndex) } ?? text.startIndex
            if let found = text.range(of: wanted, range: from..<text.endIndex) {
                cursor = (page, found.upperBound)
                return page
            }
            page += 1
            start = nil
        }
        return nil
    }

    /// The text without white space, so a line broken by the layout still matches.
    static func squashed(_ text: String) -> String { String(text.filter { !$0.isWhitespace }) }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? { allMatches(pattern, in: text).first }

    static func allMatches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The file's SHA-256 by `sha256sum`, an oracle independent of the tool's own.
    static func sha256sum(_ data: Data) throws -> String {
        let tool = try #require(ExternalTool.find(["sha256sum"]), "no sha256sum")
        let folder = try ExternalTool.temporaryFolder("sha256")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bytes")
        try data.write(to: file)
        let result = try ExternalTool.run(tool, [file.path])
        return String(result.stdout.prefix(64))
    }
}
