import Foundation
import Testing
@testable import FinModel

/// The HTML report on whole documents: escaping of every name the scenario gives, a page that
/// fetches nothing, charts only when asked for, bars proportional to their figures, and checks
/// marked by their result.
@Suite struct HTMLWriterTests {
    /// A scenario whose every name, label, note and title tries to inject markup.
    static let hostile = """
        title "<script>alert(1)</script> & co"
        years 2018/19 to 2019/20

        list practices (list_size patients):
          "<script>alert('m')</script>" 6,254
          "Enderby \\"East\\""            11,490

        source doc "<script>alert(6)</script> report"

        input rate = £3 per patient "<img src=x onerror=alert(2)>" from doc "<i>page 3</i>"

        table "<b>Income</b>":
          income "<script>alert(1)</script>" = yearly(rate * 1,000 patients)
          costs "Costs" = £2,000 | £4,000
          surplus "Surplus" = income - costs

        table "Share" by practices:
          share "<svg onload=alert(3)>" = apportion(surplus, by: list_size, step: £1)

        chart "<script>alert(4)</script>" bars income, costs line surplus
        chart "Share \\"quoted\\"" bars share[2018/19]

        check surplus = £1,000 | -£1,000 within £1 "<script>alert(5)</script>"

        """

    static func report(_ source: String) throws -> Report {
        let (scenario, problems) = Scenario.load(path: "test.scenario", text: source, files: .none)
        let errors = problems.filter(\.isError)
        #expect(errors.isEmpty, "\(DiagnosticRenderer.render(errors))")
        let (report, more) = try #require(scenario).evaluate()
        return try #require(report, "\(DiagnosticRenderer.render(more))")
    }

    /// Every character HTML counts as an error and XML 1.0 does not allow, in every kind of
    /// text a scenario gives, comes out as U+FFFD; tab and line breaks are kept.
    @Test func charactersNotAllowedInHTMLOrXMLAreReplaced() throws {
        let values: [UInt32] = [0x1, 0x8, 0xB, 0x1B, 0x7F, 0x85, 0x9B, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF]
        let bad = String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
        let source = """
            title "Title \(bad)"
            years 2018/19 to 2019/20
            list practices (list_size patients):
              "Member \(bad)" 6,254
            input rate = £3 per patient "note \(bad)"
            table "Table \(bad)":
              income "Label \(bad)" = yearly(rate * 1,000 patients)
            table "Share" by practices:
              share "Share" = apportion(income, by: list_size, step: £1)
            chart "Chart \(bad)" bars share[2018/19]
            check income = £3,000 | £3,001 "Check \(bad)"

            """
        let html = HTMLWriter.write(OutputDocument(report: try Self.report(source)))
        let refused = html.unicodeScalars.filter { !HTMLText.isAllowed($0) }
        #expect(refused.isEmpty, "\(refused.map { String($0.value, radix: 16) })")
        #expect(html.contains("Member \(String(repeating: "\u{FFFD}", count: 12))"))
        #expect(HTMLText.escape("a\tb\nc\r") == "a\tb\nc\r")
    }

    /// The options' inputs give each input's note, then each document it cites by its short name
    /// linked to the sources list (the full title in the link's title), escaped like the rest.
    @Test func optionInputsLinkEachCitedDocumentToTheSourcesList() throws {
        let source = """
            title "Options"
            years 2018/19 to 2019/20
            source coo_2018 "COO report <April 2018>"
            input rate = £2 per patient "scheme rate" from coo_2018 "appendix \\"B\\""
            input patients = 1,000 patients
            table "Income":
              income "Income" = yearly(rate * patients)
            variant dearer "Dearer":
              rate = £3 per patient

            """
        let (scenario, problems) = Scenario.load(path: "test.scenario", text: source, files: .none)
        #expect(problems.filter(\.isError).isEmpty, "\(DiagnosticRenderer.render(problems))")
        let (comparison, more) = try #require(scenario).compare(variants: ["dearer"])
        let document = OutputDocument(comparison: try #require(comparison, "\(DiagnosticRenderer.render(more))"), changedOnly: false)
        let html = HTMLWriter.write(document)
        #expect(html.contains("<td class=\"note\">scheme rate<br><span class=\"cited\"><a href=\"#source-coo_2018\" title=\"COO report &lt;April 2018&gt;, appendix &quot;B&quot;\"><code>coo_2018</code></a>, appendix &quot;B&quot;</span></td>"),
                "\(html)")
        // An input that cites nothing and has no note has an empty cell.
        #expect(html.contains("<td class=\"num\">1,000 patients</td><td class=\"note\"></td>"), "\(html)")
    }

    /// The text between `<svg` and `</svg>`, for each chart.
    static func svgs(_ html: String) -> [String] {
        html.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
    }

    @Test func everyNameFromTheScenarioIsShownAsText() throws {
        let html = HTMLWriter.write(OutputDocument(report: try Self.report(Self.hostile)))
        // Markup is harmless once its '<' is escaped; what must never arrive is a tag.
        for markup in ["<script", "<img", "<svg onload", "<b>", "'m')", "<i>"] {
            #expect(!html.contains(markup), "'\(markup)' reached the page unescaped")
        }
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>"))
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>"))
        #expect(html.contains("<h3 id=\"table-1-b-income-b\">&lt;b&gt;Income&lt;/b&gt;</h3>"))
        #expect(html.contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;"))
        #expect(html.contains("Enderby &quot;East&quot;"))
        #expect(html.contains("<a href=\"#source-doc\">&lt;script&gt;alert(6)&lt;/script&gt; report</a>, &lt;i&gt;page 3&lt;/i&gt;"))
    }

    /// Each input links to its document in the sources list, and the list links back to the
    /// input; a table's citation is noted under it; each document is listed once.
    @Test func theSourcesListLinksEachFigureToItsDocumentAndBack() throws {
        let report = try Self.report("""
            title "Sources"
            years 2018/19 to 2019/20
            source coo_2018 "ELR GP Federation, Chief Operating Officer report, April 2018"
            input salary = £58,620 "rate per pharmacist, year 1" from coo_2018 "appendix B"
            table "Costs" from coo_2018 "appendix B":
              pay "Pay" = yearly(salary) from coo_2018
            """)
        let html = HTMLWriter.write(OutputDocument(report: report))
        let title = "ELR GP Federation, Chief Operating Officer report, April 2018"
        #expect(html.contains("<tr id=\"input-salary\">"))
        #expect(html.contains("<td class=\"note\">rate per pharmacist, year 1<br><span class=\"cited\"><a href=\"#source-coo_2018\">\(title)</a>, appendix B</span></td>"))
        #expect(html.contains("<p class=\"note\">Source: <a href=\"#source-coo_2018\">\(title)</a>, appendix B.</p>"))
        #expect(html.contains("<section id=\"sources\">\n<h2>Sources</h2>\n<ol class=\"sources\">\n<li id=\"source-coo_2018\"><cite>\(title)</cite>"))
        #expect(html.contains("<li><a href=\"#input-salary\">Salary</a> <code>salary</code>: appendix B</li><li>Pay <code>pay</code></li><li>the table <q>Costs</q>: appendix B</li>"))
        #expect(html.components(separatedBy: "<li id=\"source-").count == 2, "the document is listed once")
    }

    /// The date and the file's short hash, when the document has them, under the title and in the footer.
    @Test func theDateAndShortHashAreUnderTheTitleAndInTheFooter() throws {
        var document = OutputDocument(report: try Self.report("title \"Dated\"\nyears 2018/19 to 2019/20\ninput x = £1\n"))
        #expect(!HTMLWriter.write(document).contains("sha256"))
        document.date = "2 December 2018"
        document.sourceHash = "0123456789ab"
        let html = HTMLWriter.write(document)
        #expect(html.contains("<p class=\"meta\">Scenario test.scenario · sha256 0123456789ab · 2018/19 to 2019/20 · 2 December 2018</p>"))
        #expect(html.contains("from test.scenario (sha256 0123456789ab) on 2 December 2018."))
    }

    @Test func namesInSVGTextAndAttributesAreEscaped() throws {
        let svgs = Self.svgs(HTMLWriter.write(OutputDocument(report: try Self.report(Self.hostile))))
        try #require(svgs.count == 2)
        // The chart's title, in an attribute and in the SVG's own <title>.
        #expect(svgs[0].contains("aria-label=\"&lt;script&gt;alert(4)&lt;/script&gt;\""))
        #expect(svgs[0].contains("<title>&lt;script&gt;alert(4)&lt;/script&gt;</title>"))
        // A series label in the legend's text, and in each bar's tooltip.
        #expect(svgs[0].contains(">&lt;script&gt;alert(1)&lt;/script&gt;</text>"))
        #expect(svgs[0].contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;, 2018/19: £3,000.00</title>"))
        // A member's name as a category, and a quote inside an attribute.
        #expect(svgs[1].contains(">&lt;script&gt;alert(&#39;m&#39;)&lt;/script&gt;</text>"))
        #expect(svgs[1].contains("aria-label=\"Share &quot;quoted&quot;\""))
        for svg in svgs { #expect(!svg.contains("<script") && !svg.contains("<svg onload")) }
    }

    @Test(arguments: ["src=", "url(", "@import", "<link", "http:", "https:", "<script", "<iframe", "<object"])
    func thePageFetchesNothing(_ reference: String) throws {
        let source = Self.hostile.replacingOccurrences(of: "<img src=x onerror=alert(2)>", with: "seed 000")
        let html = HTMLWriter.write(OutputDocument(report: try Self.report(source)))
        #expect(!html.lowercased().contains(reference))
        // Links only move within the page.
        for link in html.components(separatedBy: "href=\"").dropFirst() { #expect(link.hasPrefix("#")) }
    }

    @Test func aReportWithoutChartStatementsDrawsNoCharts() throws {
        let source = Self.hostile.components(separatedBy: "\n").filter { !$0.hasPrefix("chart ") }.joined(separator: "\n")
        let html = HTMLWriter.write(OutputDocument(report: try Self.report(source)))
        #expect(!html.contains("<svg"))
        #expect(!html.contains("id=\"charts\""))
    }

    @Test func barLengthsAreProportionalToTheirFigures() throws {
        let svgs = Self.svgs(HTMLWriter.write(OutputDocument(report: try Self.report(Self.hostile))))
        try #require(svgs.count == 2)
        // Chart by year: 2 bar series x 2 years, and the surplus line's 2 points.
        let years = Self.bars(svgs[0], length: "height")
        #expect(years.count == 4)
        #expect(svgs[0].components(separatedBy: "<circle").count - 1 == 2)
        Self.expectProportional(years)
        // Chart by practice: one horizontal bar per member, for the 2018/19 surplus of £1,000.
        let members = Self.bars(svgs[1], length: "width")
        #expect(members.map(\.value) == [352, 648])
        Self.expectProportional(members)
    }

    @Test func checksAreMarkedByTheirResult() throws {
        let source = Self.hostile.replacingOccurrences(of: "check surplus = £1,000 | -£1,000 within £1", with: "check surplus = £1,000.50 | -£999 within £0.50")
        let html = HTMLWriter.write(OutputDocument(report: try Self.report(source)))
        #expect(html.contains("<tr class=\"within\">"))
        #expect(html.contains("<tr class=\"fail\">"))
        #expect(html.contains("<mark>-£0.50</mark>"))
        #expect(html.contains("<mark>-£1.00</mark>"))
        #expect(html.contains("<td class=\"verdict\">FAIL</td>"))
        #expect(html.contains("<p class=\"summary fail\">2 checks: 1 passed (1 within tolerance), 1 failed</p>"))
        // Negative figures read as the terminal shows them, right-aligned and marked.
        #expect(html.contains("<td class=\"num neg\">-£1,000.00</td>"))
    }

    /// Each bar's figure (`data-value`) and its length on the page (`height` or `width`).
    static func bars(_ svg: String, length lengthName: String) -> [(value: Double, length: Double)] {
        svg.components(separatedBy: "<rect class=\"bar").dropFirst().compactMap { rect in
            func attribute(_ name: String) -> Double? {
                guard let start = rect.range(of: " \(name)=\"") else { return nil }
                return Double(rect[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let value = attribute("data-value"), let length = attribute(lengthName) else { return nil }
            return (value, length)
        }
    }

    /// Length ÷ |figure| is the same for every bar, to the 0.01 the coordinates are written to.
    static func expectProportional(_ bars: [(value: Double, length: Double)], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let largest = bars.max(by: { abs($0.value) < abs($1.value) }), largest.value != 0 else { return }
        let scale = largest.length / abs(largest.value)
        for bar in bars {
            #expect(abs(bar.length - abs(bar.value) * scale) <= 0.02, "a bar of \(bar.value) is \(bar.length) long, not \(abs(bar.value) * scale)",
                    sourceLocation: sourceLocation)
        }
    }
}
