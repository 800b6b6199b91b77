import Foundation
import Testing

/// The HTML report printed on A4 and read on a phone, as a board member would: Chromium prints
/// it to PDF, and the test counts its pages (`/Type /Page` objects) and reads each page's text.
///
/// - A report of one page per section prints exactly that many pages: the title shares the
///   first section's page, with no near-blank first page before it.
/// - The first page of every shipped report holds the title and the first section's heading.
/// - No chart is split across pages: each chart's caption is on the page of its last label
///   (read with `pdftotext`, skipped with a message where poppler-utils is missing).
/// - Chart text is at least 10 px on a 400 px wide screen.
/// - The report carries its date (from `SOURCE_DATE_EPOCH`), its file and the file's short hash.
///
/// Skipped, with a printed message, only where no Chromium can be found.
@Suite struct ReportPrintTests {
    static let chromium = ReportBrowserTests.chromium
    static let pdftotext: URL? = {
        let found = ExternalTool.find(["pdftotext"])
        if found == nil {
            print("ReportPrintTests: SKIPPED page text checks: no pdftotext found; install the Debian package 'poppler-utils' (.ci/run does)")
        }
        return found
    }()

    /// 2 December 2018, 00:00 UTC.
    static let epoch = ["SOURCE_DATE_EPOCH": "1543708800"]

    /// A small scenario whose four sections (assumptions, tables, checks, sources) each fit a page.
    static let fourSections = """
        title "Four sections"
        years 2018/19 to 2019/20

        source coo_2018 "ELR GP Federation, Chief Operating Officer report, April 2018"

        input salary = £58,620 "rate per pharmacist, year 1" from coo_2018 "appendix B"

        table "Costs":
          pay "Pay" = yearly(3 * salary)

        check pay = £175,860 | £175,860 "Pay"

        """

    @Test(.enabled(if: chromium != nil, "chromium not found"))
    func aReportOfOnePagePerSectionPrintsThatManyPages() throws {
        let folder = try ExternalTool.temporaryFolder("print-sections")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("four.scenario")
        try Data(Self.fourSections.utf8).write(to: scenario)
        let (pdf, text) = try Self.printed(["report", scenario.path], in: folder, name: "four")
        #expect(Self.pageCount(pdf) == 4, "four sections printed on \(Self.pageCount(pdf)) pages")
        guard let pages = text else { return }
        #expect(pages.count == 4)
        #expect(pages.first?.contains("Four sections") == true && pages.first?.contains("Assumptions") == true,
                "the first page holds the title and the first section: \(pages.first ?? "")")
        #expect(pages.last?.contains("ELR GP Federation, Chief Operating Officer report, April 2018") == true)
    }

    @Test(.enabled(if: chromium != nil, "chromium not found"), arguments: ReportBrowserTests.cases)
    func shippedReportsPrintWithoutABlankFirstPageOrASplitChart(_ testCase: ReportBrowserTests.Case) throws {
        let folder = try ExternalTool.temporaryFolder("print-\(testCase.name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (pdf, text) = try Self.printed(["report"] + testCase.arguments, in: folder, name: testCase.name)
        let html = try String(contentsOf: folder.appendingPathComponent("\(testCase.name).html"), encoding: .utf8)
        let charts = Self.charts(in: html)
        // Each section starts a page; at most the tables and the options run over more than one.
        let sections = html.components(separatedBy: "<section id=").count - 1
        #expect(Self.pageCount(pdf) >= sections && Self.pageCount(pdf) <= sections * 3, "\(Self.pageCount(pdf)) pages for \(sections) sections")
        guard let pages = text else { return }
        let title = Self.firstMatch("<h1>(.*?)</h1>", in: html).map(Self.unescaped) ?? ""
        let firstSection = Self.firstMatch("<h2>(.*?)</h2>", in: html).map(Self.unescaped) ?? ""
        let firstPage = Self.squashed(pages.first ?? "")
        #expect(firstPage.contains(Self.squashed(title)) && firstPage.contains(Self.squashed(firstSection)),
                "page 1 holds the title and the first section, '\(firstSection)': \(pages.first?.prefix(300) ?? "")")
        #expect(firstPage.contains("2December2018"), "page 1 carries the report's date")
        // Charts in page order: each caption is found after the last one, and the chart's last
        // label is on the caption's page.
        var cursor = (page: 0, offset: pages.first?.startIndex ?? "".startIndex)
        for chart in charts {
            if let heading = chart.heading { _ = Self.find(heading, in: pages, from: &cursor) }
            guard let captionPage = Self.find(chart.caption, in: pages, from: &cursor) else {
                Issue.record("no caption '\(chart.caption)' in the printed text after page \(cursor.page + 1)")
                return
            }
            var after = cursor
            guard let lastLabelPage = Self.find(chart.lastLabel, in: pages, from: &after) else {
                Issue.record("no label '\(chart.lastLabel)' of '\(chart.caption)' in the printed text")
                return
            }
            #expect(captionPage == lastLabelPage, "'\(chart.caption)' starts on page \(captionPage + 1) and ends on page \(lastLabelPage + 1)")
        }
    }

    @Test(.enabled(if: chromium != nil, "chromium not found"), arguments: ReportBrowserTests.cases.filter { !$0.bars.isEmpty })
    func chartTextIsAtLeastTenPixelsOnAFourHundredPixelScreen(_ testCase: ReportBrowserTests.Case) throws {
        let folder = try ExternalTool.temporaryFolder("phone-\(testCase.name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("\(testCase.name).html")
        let written = try ExternalTool.run(try ExternalTool.scenario(), ["report"] + testCase.arguments + ["--output", report.path])
        try #require(written.status == 0, "report failed: \(written.stderr)")
        let probe = try ReportBrowserTests.probe(report, in: folder, width: 400)
        let smallest = try #require(probe.smallestChartText)
        #expect(smallest >= 10, "chart text is \(smallest) px on a 400 px screen")
    }

    @Test func theReportCarriesItsDateFileAndShortHash() throws {
        let folder = try ExternalTool.temporaryFolder("print-facts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "Scenarios/nhse-pharmacists.scenario"
        let report = folder.appendingPathComponent("facts.html")
        let written = try ExternalTool.run(try ExternalTool.scenario(), ["report", path, "--output", report.path], extraEnvironment: Self.epoch)
        try #require(written.status == 0, "report failed: \(written.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        let bytes = try Data(contentsOf: TranscriptRunner.packageRoot.appendingPathComponent(path))
        let hash = try Self.sha256sum(bytes)
        #expect(html.contains("<p class=\"meta\">Scenario \(path) · sha256 \(hash.prefix(12)) · 2018/19 to 2021/22 · 2 December 2018</p>"))
        #expect(html.contains("from \(path) (sha256 \(hash.prefix(12))) on 2 December 2018."))
        let again = try ExternalTool.run(try ExternalTool.scenario(), ["report", path, "--output", report.path + ".again"], extraEnvironment: Self.epoch)
        try #require(again.status == 0)
        #expect(try Data(contentsOf: report) == Data(contentsOf: URL(fileURLWithPath: report.path + ".again")), "made twice, the report differs")
    }

    /// The hash is of the bytes the report was made from, read once: a scenario on standard
    /// input (which cannot be read again) and one starting with a byte-order mark hash as
    /// `sha256sum` hashes the file.
    @Test func theShortHashIsOfTheBytesReadFromStandardInput() throws {
        let folder = try ExternalTool.temporaryFolder("print-stdin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("bom.scenario")
        let bytes = Data([0xEF, 0xBB, 0xBF] + Array(Self.fourSections.utf8))
        try bytes.write(to: scenario)
        let report = folder.appendingPathComponent("stdin.html")
        let command = "'\(try ExternalTool.scenario().path)' report - --output '\(report.path)' < '\(scenario.path)'"
        let written = try ExternalTool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command], extraEnvironment: Self.epoch)
        try #require(written.status == 0, "report failed: \(written.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        let hash = try Self.sha256sum(bytes)
        #expect(html.contains("sha256 \(hash.prefix(12))"), "no 'sha256 \(hash.prefix(12))' in the report")
    }

    @Test func aSourceDateEpochThatIsNotWholeSecondsIsAUsageError() throws {
        let folder = try ExternalTool.temporaryFolder("print-epoch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("never.html")
        let written = try ExternalTool.run(
            try ExternalTool.scenario(), ["report", "Scenarios/nhse-pharmacists.scenario", "--output", report.path],
            extraEnvironment: ["SOURCE_DATE_EPOCH": "2 December 2018"])
        #expect(written.status == 2)
        #expect(written.stderr == """
            scenario: error: SOURCE_DATE_EPOCH must be whole seconds since 1970, found '2 December 2018'
              = help: set it to a date such as $(date +%s), or unset it to date the report today

            """)
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }
}
