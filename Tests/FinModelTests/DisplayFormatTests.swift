import Testing

@testable import FinModel

/// A table's display formats (`shown in £000`, `with negatives in brackets`, a step in any
/// unit, `in % to 2 places`) change only what is shown: every writer shows the same figures,
/// the machine formats keep the exact values, and a workbook shows them through its number
/// formats.
struct DisplayFormatTests {
    static let source = """
        title "Board paper"
        years 2016/17 to 2018/19

        input expenses = £101,797 | £150,111 | £175,060

        table "Income and expenditure" shown in £000 half_up with negatives in brackets:
          ccg "CCG" = £98,923 | £131,250 | £119,827
          surplus "Surplus / deficit" = ccg - expenses
          margin "Margin" = surplus / ccg in % to 2 places

        table "Millions" shown in £m to 1 place half_even:
          big "Funding" = £1,050,000 | £1,150,000 | £2,250,000

        table "Sessions" shown to 15 minutes half_up, to 1 appointment down:
          hours "Clinic time" = yearly(243.8 hours)
          appointments "Appointments" = yearly(1,234.6 appointments)
        """

    static func report() throws -> Report {
        let (scenario, problems) = Scenario.load(path: "board.scenario", text: source, files: .none)
        #expect(!problems.contains { $0.isError }, "\(DiagnosticRenderer.render(problems))")
        let (report, more) = try #require(scenario).evaluate()
        return try #require(report, "\(DiagnosticRenderer.render(more))")
    }

    static func grid(_ index: Int) throws -> OutputGrid {
        let report = try report()
        return OutputGrid(table: report.tables[index], years: report.years)
    }

    @Test func thousandsAreShownBareUnderALabelThatNamesTheScaleWithNegativesInBrackets() throws {
        let grid = try Self.grid(0)
        #expect(grid.rows[0].headers[0] == OutputCell(.text(OutputLabel("CCG (£000)", plain: "CCG"))))
        #expect(grid.rows[0].cells.map(CellText.figure) == ["99", "131", "120", "350"])
        #expect(grid.rows[1].cells.map(CellText.figure) == ["(3)", "(19)", "(55)", "(77)"])
        // The machines' text stays exact.
        #expect(grid.rows[1].cells.map(CellText.plain) == ["-2874.00", "-18861.00", "-55233.00", "-76968.00"])
    }

    @Test func aPercentageToTwoPlacesKeepsItsTrailingZero() throws {
        let margin = try Self.grid(0).rows[2].cells
        // -2,874 / 98,923 = -2.905...%; -18,861 / 131,250 = -14.370...%.
        #expect(margin.prefix(2).map(CellText.figure) == ["(2.91%)", "(14.37%)"])
        let share = OutputCell.figure(try Exact(parsingDecimal: "0.075"), format: .percent,
                                      rounding: DisplayRounding(step: try Exact(parsingDecimal: "0.0001"), rule: .halfUp))
        #expect(CellText.figure(share) == "7.50%")
        #expect(CellText.figure(OutputCell.figure(try Exact(parsingDecimal: "0.075"), format: .percent)) == "7.5%")
    }

    @Test func millionsRoundByTheTablesRuleOnTheExactValue() throws {
        // half_even: £1.05m is 1.0, £1.15m is 1.2, £2.25m is 2.2; the total £4.45m is 4.4.
        #expect(try Self.grid(1).rows[0].cells.map(CellText.figure) == ["1.0", "1.2", "2.2", "4.4"])
    }

    @Test func aStepInAnotherUnitRoundsTheLinesInThatUnit() throws {
        let grid = try Self.grid(2)
        #expect(grid.rows[0].cells.map(CellText.figure) == ["243.75", "243.75", "243.75", "731.50"])
        #expect(grid.rows[1].cells.map(CellText.figure) == ["1,234", "1,234", "1,234", "3,703"])
        #expect(grid.displayNote == "hours shown to 0.25, half_up; appointments shown to 1, down; totals are of exact values, "
            + "and 2 differ from the sum of the figures shown")
    }

    @Test func theFootnoteStatesTheScaleTheRuleAndTheBrackets() throws {
        #expect(try Self.grid(0).displayNote == "money in £000, rounded half_up to £1,000; negatives in brackets; totals are of exact values")
        #expect(try Self.grid(1).displayNote == "money in £m, rounded half_even to £0.1m; totals are of exact values")
    }

    @Test func htmlAndMarkdownShowWhatTheTerminalShows() throws {
        let document = OutputDocument(report: try Self.report())
        let html = HTMLWriter.write(document)
        #expect(html.contains(">(19)<"))
        #expect(html.contains("Money in £000, rounded half_up to £1,000; negatives in brackets; totals are of exact values."))
        let markdown = MarkdownWriter.write(document)
        #expect(markdown.contains("| Surplus / deficit (£000) | (3) | (19) | (55) | (77) |"))
    }

    @Test func jsonKeepsTheExactValueAndStatesTheDisplay() throws {
        let json = JSONWriter.write(OutputDocument(report: try Self.report()))
        let lines = json.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }
        let display = try #require(lines.firstIndex { $0 == #""display": {"# })
        #expect(lines[(display + 1)...(display + 4)].map(String.init)
            == [#""step": "1000","#, #""rule": "half_up","#, #""scale": "£000","#, #""negatives": "brackets""#])
        #expect(lines.contains(#""2017/18": "-18861.00","#))
        #expect(lines.contains(#""2017/18": "(19)","#))
        #expect(json.contains(#""units": ["#))
    }

    @Test func theWorkbookKeepsExactValuesAndShowsThemThroughItsNumberFormats() throws {
        let (scenario, _) = Scenario.load(path: "board.scenario", text: Self.source, files: .none)
        let (workbook, _, problems) = try #require(scenario).workbook()
        let book = try #require(workbook, "\(DiagnosticRenderer.render(problems))")
        let sheet = XLSXWriter.sheet(try #require(book.sheet(named: "Income and expenditure")))
        guard case .formula(_, let cached, let style)? = sheet.cell(row: 2, column: 2) else {
            Issue.record("no formula for the 2017/18 surplus")
            return
        }
        #expect(cached == Exact(-18861))
        #expect(style.format == .thousandsBrackets)
        #expect(style.format.code == ##""£"#,##0,"k";("£"#,##0,"k")"##)
        // A format rounds half up only: the half_even millions keep their pence rather than show a figure the table would not.
        #expect(XLSXStyle.figure(.money, places: 0, rounding: .scaled(millions: true, places: 1, rule: .halfEven)).format == .moneyPence)
        #expect(XLSXStyle.figure(.money, places: 0, rounding: .scaled(millions: true, places: 1, rule: .halfUp)).format.code
            == ##""£"#,##0.0,,"m";\-"£"#,##0.0,,"m""##)
        #expect(XLSXStyle.figure(.percent, places: 0, rounding: DisplayRounding(step: try Exact(parsingDecimal: "0.001"), rule: .halfUp)).format.code
            == "0.0%")
    }
}
