import Foundation
import Testing
@testable import FinModel

/// The formulas of the aggregates over a list: a `where` on a yes/no attribute, on text (compared
/// exactly, as the scenario compares it), and on an input; `#N/A` where a smallest keeps no
/// member; and the note on a filter over more members than a cell's formula can hold.
/// `WorkbookRecalculationTests` has LibreOffice recalculate them (Tests/Fixtures/workbook/list-aggregates.scenario).
@Suite struct WorkbookAggregateFormulaTests {
    static func source(members: [String]) -> String {
        """
        title "Aggregates"
        years 2019/20 to 2019/20

        list practices (list_size patients, locality text, opted_in yes/no):
        \(members.joined(separator: "\n"))

        input threshold = 7,000 patients

        table "Aggregates":
          in_melton "In Melton" = count(practices where locality = "Melton")
          elsewhere "Elsewhere" = count(practices where locality != "Melton")
          mean "Mean opted in" = average(list_size where opted_in)
          smallest "Smallest large list" = min(list_size where list_size >= threshold)
          largest "Largest list" = max(list_size)

        table "Shares" by practices:
          part "Share opted in" = share(list_size where opted_in)
          whole "Share" = share(list_size)
        """
    }

    static let members = [#"  "Enderby" 6,254 "Blaby" yes"#, #"  "Northfield" 11,490 "Melton" no"#, #"  "Oakham" 9,333 "melton" yes"#]

    static func workbook(_ members: [String] = members) throws -> OutputWorkbook {
        let (scenario, _) = Scenario.load(path: "test.scenario", text: source(members: members), files: .none)
        let (workbook, _, problems) = try #require(scenario).workbook()
        return try #require(workbook, "\(DiagnosticRenderer.render(problems))")
    }

    static func cell(_ workbook: OutputWorkbook, _ sheet: String, _ reference: String) -> OutputSheetCell? {
        let (row, column) = XLSXComments.coordinates(reference)
        return workbook.sheet(named: sheet)?.cell(row: row, column: column)
    }

    @Test func textIsComparedExactlyAsTheScenarioComparesIt() throws {
        let workbook = try Self.workbook()
        // "melton" is not "Melton": a spreadsheet's = would count Oakham too.
        #expect(Self.cell(workbook, "Aggregates", "C2")?.formula
            == #"SUM(IF(EXACT(Lists!C2,"Melton"),1,0),IF(EXACT(Lists!C3,"Melton"),1,0),IF(EXACT(Lists!C4,"Melton"),1,0))"#)
        #expect(Self.cell(workbook, "Aggregates", "C2")?.value == Exact(1))
        #expect(Self.cell(workbook, "Aggregates", "C3")?.formula?.hasPrefix(#"SUM(IF(NOT(EXACT(Lists!C2,"Melton")),1,0),"#) == true)
    }

    @Test func anAverageOfTheKeptIsTheirTotalOverTheirCount() throws {
        let workbook = try Self.workbook()
        #expect(Self.cell(workbook, "Aggregates", "C4")?.formula
            == #"SUM(IF(Lists!D2="yes",Lists!B2,0),IF(Lists!D3="yes",Lists!B3,0),IF(Lists!D4="yes",Lists!B4,0))/SUM(IF(Lists!D2="yes",1,0),IF(Lists!D3="yes",1,0),IF(Lists!D4="yes",1,0))"#)
    }

    @Test func theSmallestOfTheKeptLeavesTheOthersAtTheFarEndAndNoneIsAnError() throws {
        let workbook = try Self.workbook()
        let formula = try #require(Self.cell(workbook, "Aggregates", "C5")?.formula)
        #expect(formula.hasPrefix("IF(SUM(IF(Lists!B2>=threshold,1,0),"))
        #expect(formula.contains("=0,NA(),MIN(IF(Lists!B2>=threshold,Lists!B2,1E+307),"))
        #expect(Self.cell(workbook, "Aggregates", "C5")?.value == Exact(9_333))
        #expect(Self.cell(workbook, "Aggregates", "C6")?.formula == "MAX(list_size)")
    }

    @Test func aShareIsTheMembersFigureOverTheKeptTotal() throws {
        let workbook = try Self.workbook()
        #expect(Self.cell(workbook, "Shares", "B3")?.formula
            == #"IF(Lists!D3="yes",Lists!B3,0)/SUM(IF(Lists!D2="yes",Lists!B2,0),IF(Lists!D3="yes",Lists!B3,0),IF(Lists!D4="yes",Lists!B4,0))"#)
        #expect(Self.cell(workbook, "Shares", "B3")?.value == .zero)
        #expect(Self.cell(workbook, "Shares", "C2")?.formula == "Lists!B2/SUM(list_size)")
    }

    @Test func aFilterOverMoreMembersThanACellHoldsIsAFigureWithANote() throws {
        let many = (0...WorkbookListAggregate.mostMembers).map { #"  "Practice \#($0)" 7,000 "\#($0 == 0 ? "Melton" : "Blaby")" yes"# }
        let workbook = try Self.workbook(many)
        let cell = try #require(Self.cell(workbook, "Aggregates", "C4"))
        #expect(cell.formula == nil)
        #expect(cell.comment?.hasPrefix("No formula: a filter over 601 members") == true)
        #expect(cell.value == Exact(7_000))
        // Without a filter, a range: any number of members.
        #expect(Self.cell(workbook, "Aggregates", "C6")?.formula == "MAX(list_size)")
    }
}
