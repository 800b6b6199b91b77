import Foundation
import Testing

/// The report's bridge as Chromium lays it out: the waterfall's bars, measured on the page, walk
/// from the start to the end, and the figures written beside them add up to the penny.
///
/// The bars are measured as drawn (their bounding boxes), not read from the SVG's attributes,
/// so a mistake in the scale, the rounding of coordinates or the page's CSS shows up here.
extension ReportBrowserTests {
    /// A bridge with four steps, up and down, crossing zero: from secured_fees to all_streams.
    static let bridgeArguments = [
        "Scenarios/federation-beyond-april-2019.scenario", "--bridge", "total(surplus)", "--from", "secured_fees", "--to", "all_streams",
    ]

    /// A bridge whose two inputs interact (the Shapley shares split the interaction), from a fixture.
    static let interactionArguments = ["Tests/Fixtures/language/bridge-interaction.scenario", "--bridge", "surplus", "--to", "growth"]

    @Test(.enabled(if: chromium != nil, "chromium not found"), arguments: [bridgeArguments, interactionArguments])
    func waterfallBarsWalkFromStartToEndAndTheirLabelsAddUpToThePenny(_ arguments: [String]) throws {
        let folder = try ExternalTool.temporaryFolder("report-waterfall")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("waterfall.html")
        let written = try ExternalTool.run(try ExternalTool.scenario(), ["report"] + arguments + ["--output", report.path])
        try #require(written.status == 0, "report failed: \(written.stderr)")
        let probe = try Self.probe(report, in: folder)
        #expect(probe.problems.isEmpty, "the page reported: \(probe.problems)")
        let waterfall = try #require(probe.charts.first { $0.kind == "waterfall" }, "no waterfall in the report")
        let bars = waterfall.bars
        try #require(bars.count >= 3, "a waterfall has a start, a step and an end: \(bars.map(\.role))")
        #expect(bars.first?.role == "start" && bars.last?.role == "end" && bars.dropFirst().dropLast().allSatisfy { $0.role == "step" })

        // In pixels: a bar's signed length is its width, negative for a figure below zero or a
        // step down; the start's plus the steps' is the end's.
        func signed(_ bar: Bar) -> Double { bar.value < 0 ? -bar.width : bar.width }
        let walked = bars.dropLast().map(signed).reduce(0, +)
        #expect(abs(walked - signed(bars[bars.count - 1])) <= 0.5, "start + steps = \(walked) px, but the end is \(signed(bars[bars.count - 1])) px")
        // Each bar starts where the one before it ended: the running figure's edge.
        func endEdge(_ bar: Bar) -> Double { bar.value < 0 ? bar.left : bar.right }
        for index in 1..<(bars.count - 1) {
            let startEdge = bars[index].value < 0 ? bars[index].right : bars[index].left
            #expect(abs(startEdge - endEdge(bars[index - 1])) <= 0.5, "step \(index) starts at \(startEdge) px, not at \(endEdge(bars[index - 1])) px")
        }
        #expect(abs(endEdge(bars[bars.count - 2]) - endEdge(bars[bars.count - 1])) <= 0.5, "the last step does not end where the end bar does")

        // In pence: the figures beside the steps add up to the end's less the start's, which is
        // the exact change (the bars' data-value) to the penny.
        let pence = try waterfall.figures.map { try #require(Self.pence($0), "'\($0)' is not an amount of money") }
        try #require(pence.count == bars.count)
        #expect(pence.dropFirst().dropLast().reduce(0, +) == pence[pence.count - 1] - pence[0],
                "steps \(waterfall.figures.dropFirst().dropLast()) do not add up to \(waterfall.figures.last ?? "") less \(waterfall.figures.first ?? "")")
        let exactChange = try Self.decimalPence(report, role: "end") - Self.decimalPence(report, role: "start")
        #expect(pence[pence.count - 1] - pence[0] == exactChange, "the labels' difference is not the exact change \(exactChange)p")
    }

    /// `+£27,000.00`, `-£9,468.69`, `£35,000.00` in pence; nil for anything else.
    static func pence(_ label: String) -> Int? {
        var text = Substring(label)
        var sign = 1
        if text.first == "+" { text = text.dropFirst() } else if text.first == "-" { (sign, text) = (-1, text.dropFirst()) }
        guard text.first == "£" else { return nil }
        let digits = text.dropFirst().replacingOccurrences(of: ",", with: "")
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let pounds = Int(parts[0]), let pennies = Int(parts[1]) else { return nil }
        return sign * (pounds * 100 + pennies)
    }

    /// The exact figure of the waterfall's bar with `role`, from its `data-value` (a decimal of
    /// whole pence here), in pence.
    static func decimalPence(_ report: URL, role: String) throws -> Int {
        let html = try String(contentsOf: report, encoding: .utf8)
        let value = try #require(ReportPrintTests.firstMatch(#"data-role="\#(role)" data-value="([^"]*)""#, in: html))
        let decimal = try #require(Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")))
        let scaled = decimal * 100
        try #require(scaled == Decimal(NSDecimalNumber(decimal: scaled).intValue), "\(value) is not a whole number of pence")
        return NSDecimalNumber(decimal: scaled).intValue
    }
}
