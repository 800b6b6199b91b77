import Testing
@testable import FinModel

/// A monthly model in the outputs that are not transcripts: the HTML report (tables and charts
/// by month) and the workbook (a column per month, formulas where the figures are formulas,
/// phased months as the values split to the penny).
@Suite struct PeriodOutputTests {
    static let source = """
        title "Costs by month"
        months 2019-10 to 2020-06

        input patients = 30,000 patients
        input licence = £1.20 per patient per year
        input rent = £100,000 per year

        table "Costs":
          licences "Licences" = licence * patients
          rent_flat "Rent" = phase(rent, flat)
          locum "Locum" = £4,000 per month from 2019-12 until 2020-03

        chart "Costs by month" bars rent_flat, locum
        """

    static func scenario() throws -> Scenario {
        let (scenario, problems) = Scenario.load(path: "x.scenario", text: source, files: .none)
        return try #require(scenario, "\(DiagnosticRenderer.render(problems))")
    }

    @Test func theHTMLReportHeadsItsColumnsAndChartByMonth() throws {
        let (evaluated, problems) = try Self.scenario().evaluate()
        let report = try #require(evaluated, "\(DiagnosticRenderer.render(problems))")
        let html = HTMLWriter.write(OutputDocument(report: report))
        #expect(html.contains("<th>2019-10</th>") || html.contains(">2019-10<"))
        #expect(html.contains("Total 2020/21"))
        #expect(html.contains("<svg"))
    }

    @Test func theWorkbookHasAColumnPerMonthAndKeepsFormulasWhereItCan() throws {
        let (made, _, problems) = try Self.scenario().workbook()
        let workbook = try #require(made, "\(DiagnosticRenderer.render(problems))")
        let sheet = try #require(workbook.sheet(named: "Costs"))
        #expect(sheet.cell(row: 0, column: 1)?.content == .text("2019-10"))
        #expect(sheet.cell(row: 0, column: 9)?.content == .text("2020-06"))
        // Licences: £0.10 per patient a month times the patients, as a formula.
        #expect(sheet.cell(row: 1, column: 1)?.formula == "licence*patients")
        #expect(sheet.cell(row: 1, column: 1)?.value == Exact(3_000))
        // The phased rent: the split to the penny, as values (April takes a remainder penny).
        #expect(sheet.cell(row: 2, column: 1)?.formula == nil)
        #expect(sheet.cell(row: 2, column: 1)?.value == x("8333.33"))
        #expect(sheet.cell(row: 2, column: 7)?.value == x("8333.34"))
        // The locum, from December to March: zero outside.
        #expect(sheet.cell(row: 3, column: 1)?.value == .zero)
        #expect(sheet.cell(row: 3, column: 3)?.value == Exact(4_000))
    }

    /// One figure in a model of months: money is a flow, drawn and totalled in every month; a
    /// count is a level, drawn in every month but never added up across them.
    static let levels = """
        title "Levels and flows"
        months 2019-10 to 2020-06

        table "Practice":
          registered "Registered patients" = 30,000 patients
          admin "Admin" = £250 per month

        chart "Admin" bars admin
        chart "Registered patients" line registered
        """

    @Test func aChartDrawsAOneFigureLineInEveryMonth() throws {
        let (loaded, loadProblems) = Scenario.load(path: "x.scenario", text: Self.levels, files: .none)
        let (evaluated, problems) = try #require(loaded, "\(DiagnosticRenderer.render(loadProblems))").evaluate()
        let report = try #require(evaluated, "\(DiagnosticRenderer.render(problems))")
        #expect(report.charts.map(\.categories.count) == [9, 9])
        #expect(report.charts[0].series[0].values == Array(repeating: Exact(250), count: 9))
        #expect(report.charts[1].series[0].values == Array(repeating: Exact(30_000), count: 9))
    }

    @Test func aOneFigureCountIsALevelThatNoTotalAddsUp() throws {
        let (loaded, loadProblems) = Scenario.load(path: "x.scenario", text: Self.levels, files: .none)
        let (evaluated, problems) = try #require(loaded, "\(DiagnosticRenderer.render(loadProblems))").evaluate()
        let table = try #require(evaluated, "\(DiagnosticRenderer.render(problems))").tables[0]
        let registered = try #require(table.lines.first { $0.name == "registered" })
        #expect(!registered.hasYears)
        #expect(registered.values == [Exact(30_000)])
        let admin = try #require(table.lines.first { $0.name == "admin" })
        #expect(admin.values == Array(repeating: Exact(250), count: 9))
        #expect(admin.totals == [Exact(2_250)])
    }
}
