import Foundation
import Testing
@testable import FinModel

/// The live workbook of a model of months with figures given once for each financial year: a
/// line of them has each month read its year's term, and an uplift by a rate for each year has
/// the first month of a year read the month before times that year's rate, and every later
/// month of the year repeat the month before, never compounding the base by one year's rate.
@Suite struct WorkbookYearRatesTests {
    static let source = """
        title "Awards by month"
        months 2020-02 to 2021-05

        input award = 0% | 3% | 2%
        input monthly = £2,500

        table "Pay":
          pay "Pay" = uplift(monthly, by: award, from: 2019/20, policy: each_year, rule: half_up, step: £0.01)
          scaled "Scaled" = monthly | monthly * 2 | monthly * 3
        """

    static func workbook() throws -> OutputWorkbook {
        let (scenario, _) = Scenario.load(path: "awards.scenario", text: source, files: .none)
        let (workbook, _, problems) = try #require(scenario).workbook(options: false)
        return try #require(workbook, "\(DiagnosticRenderer.render(problems))")
    }

    static func cell(_ workbook: OutputWorkbook, _ reference: String) -> OutputSheetCell? {
        let (row, column) = XLSXComments.coordinates(reference)
        return workbook.sheet(named: "Pay")?.cell(row: row, column: column)
    }

    /// The exact figure cached in a cell of the sheet "Pay".
    static func figure(_ workbook: OutputWorkbook, _ reference: String) -> Exact? {
        guard case .figure(let cell)? = cell(workbook, reference)?.content, case .figure(let value) = cell.content else { return nil }
        return value
    }

    @Test func anUpliftByYearlyRatesReadsTheMonthBeforeAndTheYearsRate() throws {
        let workbook = try Self.workbook()
        // Columns B to Q are 2020-02 to 2021-05: 2019/20 is B and C, 2020/21 D to O, 2021/22 P and Q.
        #expect(Self.cell(workbook, "B2")?.formula == "ROUND(monthly,2)")
        #expect(Self.cell(workbook, "C2")?.formula == "ROUND(monthly,2)")
        let april = try #require(Self.cell(workbook, "D2")?.formula)
        #expect(april.hasPrefix("ROUND(C2*(1+") && april.hasSuffix("),2)"), "\(april)")
        #expect(Self.cell(workbook, "E2")?.formula == "D2")
        #expect(Self.cell(workbook, "O2")?.formula == "N2")
        let nextApril = try #require(Self.cell(workbook, "P2")?.formula)
        #expect(nextApril.hasPrefix("ROUND(O2*(1+") && nextApril.hasSuffix("),2)"), "\(nextApril)")
        #expect(Self.cell(workbook, "Q2")?.formula == "P2")
        // The figures cached beside the formulas: £2,500, then 3% more, then 2% more.
        #expect(Self.figure(workbook, "B2") == Exact(2500))
        #expect(Self.figure(workbook, "O2") == Exact(2575))
        #expect(Self.figure(workbook, "Q2") == (try Exact(parsingDecimal: "2626.5")))
    }

    @Test func aLineOfOneTermForEachYearHasEachMonthReadItsYears() throws {
        let workbook = try Self.workbook()
        #expect(Self.cell(workbook, "C3")?.formula == "monthly")
        #expect(Self.cell(workbook, "D3")?.formula == "monthly*2")
        #expect(Self.cell(workbook, "O3")?.formula == "monthly*2")
        #expect(Self.cell(workbook, "Q3")?.formula == "monthly*3")
    }
}
