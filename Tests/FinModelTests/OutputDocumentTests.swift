import Testing
@testable import FinModel

/// The builders: each kind of result becomes a document of sections and grids whose cells keep
/// exact values, with the format, display rounding and status each writer needs.
@Suite struct OutputDocumentTests {
    static let source = """
        title "Practices"
        years 2019/20 to 2020/21

        list practices (list_size patients):
          "Enderby"     6,254
          "Northfield" 11,490

        input rate = £2 per patient "seed 003"
        input uplift = 2%

        table "Income" shown to £1 half_up:
          income "Income" = yearly(rate * 17,744 patients)
          costs "Costs" = £30,000.50 | £36,000
          surplus "Surplus" = income - costs

        table "Share" by practices:
          share "Share" = apportion(round(surplus, half_up, £1), by: list_size, step: £1)
          size "List size" = list_size

        check surplus = £5,488 | -£514 within £1 "Surplus"

        variant dearer "Dearer":
          rate = £2.50 per patient

        """

    static func scenario() throws -> Scenario {
        let (scenario, problems) = Scenario.load(path: "practices.scenario", text: source, files: .none)
        #expect(!problems.contains { $0.isError }, "\(DiagnosticRenderer.render(problems))")
        return try #require(scenario)
    }

    static func report() throws -> Report {
        let (report, problems) = try scenario().evaluate()
        return try #require(report, "\(DiagnosticRenderer.render(problems))")
    }

    static func grid(_ block: OutputBlock?) throws -> OutputGrid {
        guard case .grid(let grid)? = block else { throw GridMissing() }
        return grid
    }

    struct GridMissing: Error {}

    @Test func aReportHasItsInputsTablesChartsAndChecksInThatOrder() throws {
        let document = OutputDocument(report: try Self.report())
        #expect(document.sections.map(\.role) == [.assumptions, .tables, .charts, .checks])
        #expect(document.heading == "Practices")
        #expect(document.periods == ["2019/20", "2020/21"])
        #expect(document.byline == ["Scenario practices.scenario", "2019/20 to 2020/21"])
        // One table asked for: that table, and no checks.
        let one = OutputDocument(report: try Self.report(), tables: [try Self.report().tables[1]])
        #expect(one.sections.map(\.role) == [.assumptions, .tables, .charts])
    }

    @Test func cellsKeepExactValuesWithTheTablesRoundingAndTheirTotals() throws {
        let income = try Self.grid(OutputDocument(report: try Self.report()).section(.tables)?.blocks[0])
        #expect(income.arrangement == .byYear)
        #expect(income.rounding == .pounds)
        #expect(income.columns.map(\.role) == [.figure, .figure, .total])
        let costs = income.rows[1]
        #expect(costs.line?.name == "costs")
        #expect(costs.cells[0] == .figure(x("30000.50"), format: .money, rounding: .pounds, places: 1))
        #expect(costs.cells[2] == .figure(x("66000.50"), format: .money, rounding: .pounds, places: 1, total: .ofRow))
    }

    @Test func aTableByListHasAColumnGroupPerLineAndATotalRow() throws {
        let share = try Self.grid(OutputDocument(report: try Self.report()).section(.tables)?.blocks[1])
        #expect(share.arrangement == .byList("practices"))
        #expect(share.columns.map { $0.group?.text } == ["Share", "Share", "Share", nil])
        #expect(share.columns.map { CellText.figure($0.heading) } == ["2019/20", "2020/21", "Total", "List size (patients)"])
        #expect(share.rows.map { CellText.plain($0.headers[0]) } == ["Enderby", "Northfield", "total"])
        #expect(share.rows[2].isTotal)
        #expect(share.rows[2].cells.allSatisfy { $0.total == .ofColumn })
    }

    @Test func linesThatMovedAreMarkedAndTheNoteSaysWhatTheMarkMeans() throws {
        let report = try Self.report()
        let document = OutputDocument(report: report, tables: [report.tables[0]], changed: ["costs"])
        #expect(TextWriter.write(document) == """
            Practices

            Income   2019/20  2020/21    Total
            Income   £35,488  £35,488  £70,976
            Costs *  £30,001  £36,000  £66,001
            Surplus   £5,488    -£512   £4,976
            (money shown to £1, half_up; totals are of exact values)
            (* changed since the last show)

            """)
    }

    @Test func inputsSetForTheRunAreMarkedAndKeepTheirSource() throws {
        let document = OutputDocument(report: try Self.report(), overridden: ["uplift"])
        let inputs = try Self.grid(document.section(.assumptions)?.blocks.first)
        #expect(inputs.rows.map { $0.line?.name } == ["rate", "uplift"])
        #expect(inputs.rows.map(\.status) == [nil, .overridden])
        #expect(inputs.rows[0].cells.last == OutputCell(.figure(Exact(2)), format: .quantity("£ per patient"), places: 0, note: "seed 003"))
        #expect(inputs.rows[1].cells.last?.status == .overridden)
    }

    @Test func checksCarryTheirStatus() throws {
        let checks = OutputDocument(report: try Self.report()).section(.checks)?.blocks.first
        guard case .checks(let found)? = checks else { Issue.record("no checks"); return }
        #expect(found.results.map(\.status) == [.withinTolerance, .fail])
        #expect(found.results.map(\.computed.status) == [.withinTolerance, .fail])
        #expect(found.results[1].difference == .figure(x("2"), format: .money, showsSign: true))
    }

    @Test func comparedOptionsShareALineLabelAndShowTheirChangeWithItsSign() throws {
        let (comparison, problems) = try Self.scenario().compare(variants: [])
        let document = OutputDocument(comparison: try #require(comparison, "\(problems)"), changedOnly: true)
        #expect(document.heading == "Practices: variants compared")
        #expect(TextWriter.write(document) == """
            Practices: variants compared

            Each option's inputs               base               dearer  Source
            Rate                  £2.00 per patient  £2.50 per patient *  seed 003
            (* set differently from base)

            Income           2019/20  2020/21    Total  Change from base
            Income   base    £35,488  £35,488  £70,976
                     dearer  £44,360  £44,360  £88,720          +£17,744
            Surplus  base     £5,488    -£512   £4,976
                     dearer  £14,360   £8,360  £22,720          +£17,744

            Share            Enderby  Northfield       Total  Change from base
            Share  base    £1,754.00   £3,222.00   £4,976.00
                   dearer  £8,008.00  £14,712.00  £22,720.00       +£17,744.00

            """)
        #expect(CSVWriter.write(document).hasPrefix("input,base,dearer,source\r\nrate,2.00,2.50,seed 003\r\n\r\nline,variant,unit,2019/20,2020/21,total,change\r\nIncome,base,£,35488.00,35488.00,70976.00,\r\nIncome,dearer,£,44360.00,44360.00,88720.00,+17744.00\r\n"))
    }

    @Test func aDataTableRightAlignsItsInputValuesAndStatesItsTarget() throws {
        let (table, problems) = try Self.scenario().sensitivity(
            of: SourceText("surplus[2019/20]", origin: "--target"),
            varying: [Scenario.SensitivityRange(
                input: SourceText("rate", origin: "--vary"), from: SourceText("£2 per patient", origin: "--vary"),
                to: SourceText("£3 per patient", origin: "--vary"), step: SourceText("£0.50 per patient", origin: "--vary"))])
        let document = OutputDocument(sensitivity: try #require(table, "\(problems)"))
        #expect(document.heading == nil)
        #expect(TextWriter.write(document) == """
            surplus[2019/20]

                         rate  surplus[2019/20]
            £2.00 per patient         £5,487.50
            £2.50 per patient        £14,359.50
            £3.00 per patient        £23,231.50

            """)
        #expect(CSVWriter.write(document) == "rate,surplus[2019/20]\r\n2.00,5487.50\r\n2.50,14359.50\r\n3.00,23231.50\r\n")
        #expect(MarkdownWriter.write(document).hasPrefix("| rate | surplus\\[2019/20\\] |\n|---:|---:|\n| £2.00 per patient | £5,487.50 |\n"))
    }

    @Test func aSeekShowsTheInputWithItsUnitAndTheResidualWithItsSign() throws {
        let (outcome, problems) = try Self.scenario().seek(
            Scenario.SeekTarget(figure: SourceText("surplus[2020/21]", origin: "--target"), value: SourceText("0", origin: "--target")),
            varying: SourceText("rate", origin: "--vary"))
        let text = TextWriter.write(OutputDocument(seek: try #require(outcome, "\(problems)")))
        #expect(text == """
            rate = £2.03 per patient
              surplus[2020/21] = £20.32 (target £0.00, residual +£20.32)
              at £2.02 per patient: surplus[2020/21] = -£157.12

            """)
    }

    @Test func anExplanationTracesTheFigureToItsInputs() throws {
        let (explanation, problems) = try Self.scenario().explain(SourceText("income[2019/20]", origin: "explain"), depth: 1)
        let text = TextWriter.write(OutputDocument(explanation: try #require(explanation, "\(problems)")))
        #expect(text == """
            income[2019/20] = £35,488.00
              practices.scenario:12: income = yearly(rate * 17,744 patients)
              rate = £2.00 per patient  (input)
                practices.scenario:8: rate = £2 per patient
                source: seed 003

            """)
        let dependents = OutputDocument(dependents: try Self.scenario().dependents(of: "rate").dependents, of: "rate")
        #expect(TextWriter.write(dependents) == """
            changing 'rate' moves:
              income (practices.scenario:12): yearly(rate * 17,744 patients)
              surplus (practices.scenario:14): income - costs
              share (practices.scenario:17): apportion(round(surplus, half_up, £1), by: list_size, step: £1)

            """)
    }

    @Test(arguments: [
        ("table", OutputFormat.text), ("csv", .csv), ("markdown", .markdown), ("MD", .markdown), ("json", .json), ("htm", .html), ("xlsx", .xlsx),
    ])
    func formatsAreNamedOnce(_ name: String, _ format: OutputFormat) {
        #expect(OutputFormat(name: name) == format)
    }

    @Test(arguments: [("board.md", "markdown"), ("out/model.XLSX", "xlsx"), ("report.html", "html"), ("tables.txt", "text"), ("a.scenario", nil), (".csv", nil), ("csv", nil)] as [(String, String?)])
    func aFilesExtensionNamesItsFormat(_ path: String, _ format: String?) {
        #expect(OutputFormat(path: path)?.rawValue == format)
    }
}
