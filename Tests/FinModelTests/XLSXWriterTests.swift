import Foundation
import Testing
@testable import FinModel

/// The workbook's sheets before they are zipped: exact numbers, totals as formulas only where
/// they are sums, column totals for tables by list, and names a spreadsheet accepts.
@Suite struct XLSXWriterTests {
    static let source = """
        title "Workbook"
        years 2018/19 to 2020/21

        list practices (list_size patients):
          "Enderby"     6,254
          "Northfield" 11,490

        table "Income and expenditure" shown to £1 half_up:
          income "Income" = £106,494 | £151,570.40 | £172,977
          expenses "Expenses" = £101,797 | £150,111 | £175,060
          surplus "Surplus" = income - expenses
          third "A third" = yearly(£100 / 3)
          average_cost "Average cost" = £10 | £20 | £30 total: £20
          rate "Rate" = yearly(£3.34 per patient)

        table "Share" by practices:
          share "Share" = apportion(round(surplus, half_up, £1), by: list_size, step: £1)
          size "List size" = list_size

        """

    static func sheets() throws -> [XLSXSheet] {
        let (scenario, _) = Scenario.load(path: "test.scenario", text: source, files: .none)
        let (report, problems) = try #require(scenario).evaluate()
        return XLSXWriter.sheets(OutputDocument(report: try #require(report, "\(DiagnosticRenderer.render(problems))")))
    }

    @Test func totalsThatAreSumsAreFormulasWithTheirExactValue() throws {
        let sheet = try Self.sheets()[1]
        #expect(sheet.name == "Income and expenditure")
        #expect(sheet.cell(row: 1, column: 4) == .formula("SUM(B2:D2)", cached: try Exact(parsingDecimal: "431041.40"), XLSXStyle(format: .moneyPounds, bold: true)))
        #expect(sheet.cell(row: 3, column: 3) == .number(Exact(-2_083), XLSXStyle(format: .moneyPounds)))
        // Thirds of £100 add up to £100 exactly, so their total is a sum.
        #expect(sheet.cell(row: 4, column: 4) == .formula("SUM(B5:D5)", cached: Exact(100), XLSXStyle(format: .moneyPounds, bold: true)))
        // A total the scenario states another way is written as it is, not as a sum.
        #expect(sheet.cell(row: 5, column: 4) == .number(Exact(20), XLSXStyle(format: .moneyPounds, bold: true)))
    }

    @Test func figuresAreTheirExactDecimalsNotFloatingPoint() throws {
        let sheet = try Self.sheets()[1]
        let xml = sheet.xml()
        #expect(xml.contains("<c r=\"C2\" s=\"4\"><v>151570.4</v></c>"))
        // £100 ÷ 3 never ends: written to 15 places, more than a spreadsheet keeps.
        #expect(xml.contains("<v>33.333333333333333</v>"))
        #expect(xml.contains("<f>SUM(B2:D2)</f><v>431041.4</v>"))
        #expect(!xml.contains("e+") && !xml.contains("E+"))
        // A rate shows its decimals, and is not summed across years.
        #expect(sheet.cell(row: 6, column: 1) == .number(try Exact(parsingDecimal: "3.34"), XLSXStyle(format: .twoDecimals)))
        #expect(sheet.cell(row: 6, column: 4) == nil)
    }

    /// A spreadsheet's £ format rounds ties away from zero, as `half_up` does; a table shown to
    /// £1 under any other rule keeps its pence rather than show £3 where the table shows £2.
    @Test(arguments: [("half_up", XLSXStyle.Format.moneyPounds), ("half_even", .moneyPence), ("down", .moneyPence), ("up", .moneyPence)])
    func tablesShownToThePoundKeepTheirRoundingRule(_ rule: String, _ format: XLSXStyle.Format) throws {
        let source = "title \"T\"\nyears 2019/20 to 2020/21\ntable \"Costs\" shown to £1 \(rule):\n  cost \"Cost\" = £2.50 | £3.50\n"
        let (scenario, _) = Scenario.load(path: "test.scenario", text: source, files: .none)
        let (report, problems) = try #require(scenario).evaluate()
        let sheet = XLSXWriter.sheets(OutputDocument(report: try #require(report, "\(DiagnosticRenderer.render(problems))")))[1]
        #expect(sheet.cell(row: 1, column: 1) == .number(try Exact(parsingDecimal: "2.5"), XLSXStyle(format: format)))
        #expect(sheet.cell(row: 1, column: 3) == .formula("SUM(B2:C2)", cached: Exact(6), XLSXStyle(format: format, bold: true)))
    }

    @Test func tablesByListHaveColumnTotals() throws {
        let sheet = try Self.sheets()[2]
        #expect(sheet.cell(row: 0, column: 1) == .text("Share 2018/19", .heading))
        #expect(sheet.cell(row: 3, column: 0) == .text("Total", .heading))
        #expect(sheet.cell(row: 3, column: 1) == .formula("SUM(B2:B3)", cached: Exact(4_697), XLSXStyle(format: .moneyPence, bold: true)))
        // Each member's total over the years, and the grand total beneath them.
        #expect(sheet.cell(row: 1, column: 4) == .formula("SUM(B2:D2)", cached: Exact(1_435), XLSXStyle(format: .moneyPence)))
        #expect(sheet.cell(row: 3, column: 4) == .formula("SUM(E2:E3)", cached: Exact(4_073), XLSXStyle(format: .moneyPence, bold: true)))
        #expect(sheet.cell(row: 3, column: 5) == .formula("SUM(F2:F3)", cached: Exact(17_744), XLSXStyle(format: .whole, bold: true)))
    }

    @Test func inputsHaveASheetOfTheirOwn() throws {
        let sheets = try Self.sheets()
        #expect(sheets.map(\.name) == ["Inputs", "Income and expenditure", "Share"])
        #expect(sheets[0].cell(row: 0, column: 0) == .text("Input", .heading))
    }

    @Test(arguments: [
        ("Income", [], "Income"),
        ("Inputs", ["inputs"], "Inputs (2)"),
        ("Costs: 2018/19 [draft]?", [], "Costs  2018 19  draft"),
        ("Practice contributions as stated (no uplift)", [], "Practice contributions as…"),
        ("'quoted'", [], "quoted"),
        ("", [], "Sheet"),
        ("History", [], "History (2)"),
    ] as [(String, Set<String>, String)])
    func sheetNamesAreOnesASpreadsheetAccepts(_ title: String, _ taken: Set<String>, _ expected: String) {
        let name = XLSXSheet.sheetName(title, taken: taken)
        #expect(name == expected)
        #expect(name.count <= 31)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (701, "ZZ"), (702, "AAA")])
    func columnsAreLettered(_ index: Int, _ letters: String) {
        #expect(XLSXSheet.columnName(index) == letters)
    }

    @Test func theSameReportGivesTheSameWorkbook() throws {
        let (scenario, _) = Scenario.load(path: "test.scenario", text: Self.source, files: .none)
        let loaded = try #require(scenario)
        let report = try #require(loaded.evaluate().0)
        let document = OutputDocument(report: report)
        #expect(try XLSXWriter.write(document) == XLSXWriter.write(document))
    }
}
