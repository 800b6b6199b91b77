import Foundation
import Testing

/// An option's own list figures of attributes by period: a variant that sets one month's list
/// size, one quarter's population and one year's rent in a model of months has each written on
/// its sheet in the months it holds in, filled and noted, while every other month reads the
/// Lists sheet; the variant exported on its own marks the same cells on the Lists sheet, and
/// the lines they move name them.
extension WorkbookOverrideTests {
    static let byPeriod = "Tests/Fixtures/language/list-figures-by-period.scenario"

    @Test(.enabled(if: WorkbookTests.python != nil, "python3 not found: the workbook is not read back"))
    func anOptionsListFiguresByPeriodAreItsOwnInTheirMonthsAndMarked() throws {
        let sheets = try Self.export([Self.byPeriod, "--options"])
        let option = try #require(sheets.first { $0.name == "Option april_return" })
        // practices from row 3: Croft's list size set for April (column E, the fourth month) only.
        #expect(option.cells["A3"]?["value"] as? String == "practices")
        #expect(option.cells["E3"]?["value"] as? String == "list_size (patients) 2020-04")
        #expect(option.cells["E6"]?["value"] as? String == "7300")
        #expect(option.cells["E6"]?["formula"] == nil)
        #expect(option.cells["E6"]?["fill"] as? String == Self.fill)
        #expect(option.cells["E6"]?["comment"] as? String
            == "Set for this run by variant april_return: 7,300 patients; the scenario file has 7,050 patients.")
        #expect(option.cells["D6"]?["formula"] as? String == "Lists!D4")
        #expect(option.cells["F6"]?["formula"] as? String == "Lists!F4")
        #expect(option.cells["F6"]?["fill"] is NSNull || option.cells["F6"]?["fill"] == nil)
        // ccgs from row 8: City's population set for 2020/21 Q1 holds in April, May and June.
        for column in ["E", "F", "G"] {
            #expect(option.cells["\(column)10"]?["value"] as? String == "385000")
            #expect(option.cells["\(column)10"]?["fill"] as? String == Self.fill)
        }
        #expect(option.cells["D10"]?["formula"] as? String == "Lists!D8")
        // hubs from row 12: South's rent set for 2020/21, April to June; rooms, unchanged, not written.
        #expect(option.cells["G14"]?["value"] as? String == "1000")
        #expect(option.cells["G14"]?["comment"] as? String == "Set for this run by variant april_return: £1,000; the scenario file has £950.00.")
        #expect(option.cells["D14"]?["formula"] as? String == "Lists!D12")
        #expect(option.cells["H12"] == nil)
        // The option's funding in April reads its own list size.
        #expect(option.cells["E23"]?["formula"] as? String == "E6*rate")
        #expect(option.cells["E23"]?["value"] as? String == "730")
        let lists = try #require(sheets.first { $0.name == "Lists" })
        #expect(lists.cells.values.allSatisfy { $0["fill"] is NSNull || $0["fill"] == nil }, "the base's Lists sheet is marked")

        let exported = try Self.export([Self.byPeriod, "--variant", "april_return"])
        let variant = try #require(exported.first { $0.name == "Lists" })
        let marked = Set(variant.cells.filter { $0.value["fill"] as? String == Self.fill }.map(\.key))
        #expect(marked == ["E4", "E8", "F8", "G8", "E12", "F12", "G12"])
        // A line the figure moves names it as its cause, as it names an input set for the run.
        let support = try #require(exported.first { $0.name == "Support" })
        #expect(support.cells["E4"]?["comment"] as? String
            == "Moved by the inputs set for this run: list_size[\"Croft\", 2020-04] (variant april_return).")
    }
}
