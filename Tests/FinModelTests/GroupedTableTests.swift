import Foundation
import Testing
@testable import FinModel

/// `table … by practices grouped by locality` in the output model and in the writers a
/// transcript does not show: the groups' order, blank subtotals where a total would be
/// blank, the HTML report's group and subtotal rows, and the workbook's formulas.
@Suite struct GroupedTableTests {
    /// Croft is listed last but belongs to the first group met, Blaby; Rutland is a group of one.
    static let source = """
        title "Grouped"
        years 2018/19 to 2019/20

        input rate = £3.34 per patient | £6.00 per patient

        list practices (list_size patients, locality text):
          "Enderby"          6,254  "Blaby"
          "Northfield"      11,490  "Melton"
          "Oakham"           9,000  "Rutland"
          "Market Overton"   4,000  "Melton"
          "Croft"            7,100  "Blaby"

        table "Patients" by practices grouped by locality:
          patients "Patients" = list_size
          per_patient "Rate" = rate
          funding "Funding" = rate * list_size

        """

    static func grid() throws -> OutputGrid {
        let (scenario, problems) = Scenario.load(path: "test.scenario", text: source, files: .none)
        #expect(problems.filter(\.isError).isEmpty, "\(DiagnosticRenderer.render(problems))")
        let (report, more) = try #require(scenario).evaluate()
        let table = try #require(report, "\(DiagnosticRenderer.render(more))").tables[0]
        return OutputGrid(table: table, years: try #require(report).years)
    }

    /// Groups in the order of their first member; a group's members in list order; each group
    /// closed by its subtotal; the total last.
    @Test func groupsComeInTheOrderTheirFirstMemberIsListed() throws {
        let rows = try Self.grid().rows.map { $0.headers.map(CellText.figure).joined(separator: "/") }
        #expect(rows == [
            "Blaby/Enderby", "Blaby/Croft", "Blaby/Subtotal", "Melton/Northfield", "Melton/Market Overton", "Melton/Subtotal",
            "Rutland/Oakham", "Rutland/Subtotal", "Total/",
        ])
        let grid = try Self.grid()
        #expect(grid.rows.map(\.isSubtotal) == [false, false, true, false, false, true, false, true, false])
        #expect(grid.groupedBy == "locality")
    }

    /// A subtotal is the exact sum of its group's figures; a rate, whose total is blank, has
    /// blank subtotals; nothing rounded as shown differs from the figures it adds up.
    @Test func subtotalsAddUpTheirGroupAndStayBlankWhereTheTotalIs() throws {
        let grid = try Self.grid()
        let blaby = grid.rows[2].cells
        #expect(blaby[0].value == Exact(13_354))
        #expect(blaby[1].isEmpty && blaby[2].isEmpty)
        #expect(blaby[3].value == (try Exact(parsingDecimal: "44602.36")))
        #expect(blaby[5].value == (try Exact(parsingDecimal: "124726.36")))
        #expect(grid.rows[7].cells[0].value == Exact(9_000))
        #expect(grid.rows[8].cells[0].value == Exact(37_844))
        #expect(grid.totalsDifferingFromShownFigures == 0)
    }

    /// The HTML report heads each group once and marks its subtotal row, which the total row does not count.
    @Test func theHTMLReportHeadsEachGroupAndMarksItsSubtotal() throws {
        let document = OutputDocument(title: "Grouped", sections: [OutputSection(.tables, title: "Tables", blocks: [.grid(try Self.grid())])])
        let html = HTMLWriter.write(document)
        #expect(html.components(separatedBy: "<tr class=\"group\">").count - 1 == 3)
        #expect(html.contains("<th scope=\"rowgroup\" colspan=\"7\">Rutland</th>"))
        #expect(html.components(separatedBy: "<tr class=\"subtotal\">").count - 1 == 3)
        #expect(html.contains("<tr class=\"subtotal\"><th scope=\"row\">Subtotal Melton</th>"))
        #expect(html.contains("<tr class=\"total\"><th scope=\"row\">Total</th>"))
    }

    /// In a workbook of the grid, each subtotal sums its group's rows and the total sums the
    /// subtotals, never the members twice.
    @Test func theWorkbookSumsEachGroupAndTheSubtotals() throws {
        let sheet = XLSXWriter.grid(try Self.grid())
        // Header row 1; Blaby's members rows 2-3, its subtotal row 4; Melton 5-6, 7; Rutland 8, 9; total 10.
        guard case .formula(let blaby, let cached, _)? = sheet.cell(row: 3, column: 2) else {
            Issue.record("Blaby's subtotal is not a formula: \(String(describing: sheet.cell(row: 3, column: 2)))")
            return
        }
        #expect(blaby == "SUM(C2:C3)")
        #expect(cached == Exact(13_354))
        guard case .formula(let rutland, _, _)? = sheet.cell(row: 8, column: 2) else {
            Issue.record("Rutland's subtotal is not a formula")
            return
        }
        #expect(rutland == "SUM(C8:C8)")
        guard case .formula(let total, let all, _)? = sheet.cell(row: 9, column: 2) else {
            Issue.record("the total is not a formula")
            return
        }
        #expect(total == "SUM(C4,C7,C9)")
        #expect(all == Exact(37_844))
    }
}
