import Foundation
import Testing

/// Each shipped scenario's HTML report loaded in headless Chromium: the page raises no error,
/// fits a phone's width (its tables scroll inside their own boxes), and its SVG charts have the
/// expected bars with lengths proportional to their figures. A screenshot of each report is
/// saved under `.build/report-screenshots/` for a person to look at.
///
/// The test copies the report and injects a small script that records `window.onerror`,
/// resource errors, `console.error` and `alert` calls, then measures every bar and point as laid
/// out and writes it all into the page; `chromium --dump-dom` prints the page, and the test reads
/// the record back. Skipped, with a printed message, only where no Chromium can be found.
@Suite struct ReportBrowserTests {
    static let chromium: URL? = {
        let found = ExternalTool.find(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"])
        if found == nil {
            print("ReportBrowserTests: SKIPPED: no chromium found; install the Debian package 'chromium' (.ci/run does) to load the HTML reports")
        }
        return found
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        /// Bars in each chart, in page order; charts side by side come after the report's own.
        let bars: [Int]
        /// Points on lines, in each chart.
        let points: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "extended-access", arguments: ["Scenarios/extended-access.scenario"], bars: [], points: []),
        Case(name: "federation-beyond-april-2019", arguments: ["Scenarios/federation-beyond-april-2019.scenario"], bars: [6, 0], points: [3, 3]),
        Case(name: "federation-beyond-april-2019-options",
             arguments: ["Scenarios/federation-beyond-april-2019.scenario", "--variant", "contribution_only", "--variant", "secured_fees", "--variant", "all_streams"],
             bars: [6, 0, 6, 6, 6, 6, 0, 0, 0, 0], points: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
        Case(name: "federation-beyond-april-2019-bridge",
             arguments: ["Scenarios/federation-beyond-april-2019.scenario", "--variant", "secured_fees", "--variant", "all_streams",
                         "--bridge", "total(surplus)", "--from", "secured_fees", "--to", "all_streams"],
             bars: [6, 0, 6, 6, 6, 0, 0, 0, 6], points: [3, 3, 3, 3, 3, 3, 3, 3, 0]),
        Case(name: "federation-income-expenditure", arguments: ["Scenarios/federation-income-expenditure.scenario"], bars: [6], points: [3]),
        Case(name: "federation-income-streams", arguments: ["Scenarios/federation-income-streams.scenario"], bars: [], points: []),
        Case(name: "llr-transformation-fund", arguments: ["Scenarios/llr-transformation-fund.scenario"], bars: [], points: []),
        Case(name: "nhse-pharmacists", arguments: ["Scenarios/nhse-pharmacists.scenario"], bars: [8, 11, 11], points: [4, 0, 0]),
    ]

    @Test(.enabled(if: chromium != nil, "chromium not found"), arguments: cases)
    func reportLoadsWithoutErrorsAndDrawsBarsToScale(_ testCase: Case) throws {
        let folder = try ExternalTool.temporaryFolder("report-\(testCase.name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("\(testCase.name).html")
        let written = try ExternalTool.run(try ExternalTool.scenario(), ["report"] + testCase.arguments + ["--output", report.path])
        try #require(written.status == 0, "report failed: \(written.stderr)")
        let probe = try Self.probe(report, in: folder)

        #expect(probe.problems.isEmpty, "the page reported: \(probe.problems)")
        #expect(probe.pageWidth <= probe.viewportWidth, "the page is \(probe.pageWidth) px wide on a \(probe.viewportWidth) px phone")
        #expect(probe.charts.map(\.bars.count) == testCase.bars)
        #expect(probe.charts.map(\.points.count) == testCase.points)
        for chart in probe.charts {
            Self.expectProportional(chart.bars.map { ($0.value, chart.kind == "years" ? $0.height : $0.width) }, chart.label)
            Self.expectLinear(chart.points, chart.label)
        }
        try Self.screenshot(report, in: folder, name: testCase.name)
    }

    /// A scenario whose names are all markup: the browser must run none of it.
    @Test(.enabled(if: chromium != nil, "chromium not found"))
    func namesThatAreMarkupRunNothingInTheBrowser() throws {
        let folder = try ExternalTool.temporaryFolder("report-hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("hostile.scenario")
        try Data(Self.hostile.utf8).write(to: scenario)
        let report = folder.appendingPathComponent("hostile.html")
        let written = try ExternalTool.run(try ExternalTool.scenario(), ["report", scenario.path, "--output", report.path])
        try #require(written.status == 0, "report failed: \(written.stderr)")
        let probe = try Self.probe(report, in: folder)
        #expect(probe.problems.isEmpty, "the page ran: \(probe.problems)")
        #expect(probe.title == "<script>alert(1)</script> <img src=x onerror=alert(2)>")
        #expect(probe.charts.map(\.label) == ["<script>alert(3)</script>"])
        #expect(probe.charts.first?.bars.count == 2)
        #expect(probe.scripts == 1, "only the test's own script is in the page")
    }

    /// The probe itself: on a page with a missing image, a console error and a script error,
    /// it records all three, so a clean record of a report means something.
    @Test(.enabled(if: chromium != nil, "chromium not found"))
    func probeRecordsEachKindOfError() throws {
        let folder = try ExternalTool.temporaryFolder("report-broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("broken.html")
        let broken = "<!DOCTYPE html><html><head><title>t</title></head><body><img src=\"missing.png\">"
            + "<script>console.error('logged'); undefinedFunction();</script></body></html>"
        try Data(broken.utf8).write(to: page)
        let problems = try Self.probe(page, in: folder).problems
        #expect(problems.contains { $0.hasPrefix("error: <img") }, "\(problems)")
        #expect(problems.contains("console.error: logged"), "\(problems)")
        #expect(problems.contains { $0.contains("undefinedFunction") }, "\(problems)")
    }

    static let hostile = """
        title "<script>alert(1)</script> <img src=x onerror=alert(2)>"
        years 2018/19 to 2019/20

        source doc "<script>alert(8)</script>"

        input cost "<svg onload=alert(4)>" = £1,000 | £2,000 "<iframe src=javascript:alert(5)>" from doc "<img src=x onerror=alert(9)>"

        table "<script>alert(6)</script>":
          line "<script>alert(7)</script>" = cost

        chart "<script>alert(3)</script>" bars line

        """
}
