import Foundation
import Testing
@testable import FinModel

/// The formulas the live workbook writes: each rounding rule with each kind of step, the refusal
/// of a figure too near a tie for floating point, names a spreadsheet accepts, and a small
/// scenario's workbook cell by cell. `WorkbookRecalculationTests` has LibreOffice recalculate them.
@Suite struct WorkbookFormulaTests {
    static func exact(_ text: String) -> Exact { try! Exact(parsingDecimal: text) }

    static let emitter = WorkbookEmitter(places: [:], rangeNames: [:], years: [], apportionments: [], sheet: "S")

    @Test(arguments: [
        (RoundingRule.halfUp, "0.01", "ROUND(x,2)"),
        (.halfUp, "1", "ROUND(ROUND(x,6),0)"),
        (.halfUp, "1000", "ROUND(x,-3)"),
        (.halfUp, "0.25", "ROUND(ROUND(x/0.25,6),0)*0.25"),
        (.halfEven, "0.01", "IF(MOD(ROUND(x*100,6),1)=0.5,2*ROUND(x*100/2,0),ROUND(x*100,0))/100"),
        (.halfEven, "1", "IF(MOD(ROUND(x,6),1)=0.5,2*ROUND(x/2,0),ROUND(x,0))"),
        (.halfEven, "1000", "IF(MOD(ROUND(x/1000,6),1)=0.5,2*ROUND(x/1000/2,0),ROUND(x/1000,0))*1000"),
        (.towardZero, "0.01", "TRUNC(x,2)"),
        (.towardZero, "0.25", "TRUNC(x/0.25)*0.25"),
        (.down, "0.01", "FLOOR(x,0.01)"),
        (.up, "0.5", "CEILING(x,0.5)"),
    ])
    func eachRuleIsWrittenWithTheFunctionsThatRoundThatWay(_ rule: RoundingRule, _ step: String, _ expected: String) throws {
        let formula = try Self.emitter.rounded(WorkbookFormula("x", .atom), rule: rule, step: .constant(Self.exact(step)), member: 0, year: 0)
        #expect(formula.text == expected)
    }

    /// A figure a two-millionth of a step off a tie would be read as the tie by a formula that
    /// recognises ties to six decimals of a step: it is refused, and a tie itself is not.
    @Test(arguments: [
        (RoundingRule.halfEven, "2.5000001", "1", true),
        (.halfEven, "-2.4999999", "1", true),
        (.halfEven, "2.5", "1", false),
        (.halfEven, "2.51", "1", false),
        (.halfEven, "2.675000001", "0.01", true),
        (.halfUp, "2.5000001", "1", true),
        (.halfUp, "2.675000001", "0.01", false),
        (.down, "2.5000001", "1", false),
    ])
    func aFigureJustOffATieIsRefusedAFormula(_ rule: RoundingRule, _ figure: String, _ step: String, _ refused: Bool) {
        var threw = false
        do throws(WorkbookUnsupported) {
            try Self.emitter.hazard(Self.exact(figure), rule: rule, step: .constant(Self.exact(step)))
        } catch {
            threw = true
        }
        #expect(threw == refused)
    }

    @Test(arguments: [("rate", "rate"), ("tax2019", "_tax2019"), ("r", "_r"), ("R1C1", "_R1C1"), ("xfd1", "_xfd1"), ("xfe1", "xfe1"), ("true", "_true")])
    func namesThatReadAsCellsAreChanged(_ name: String, _ expected: String) {
        #expect(WorkbookNames.spreadsheetName(name, taken: []) == expected)
    }

    @Test func aNameTakenIgnoringCaseGetsANumber() {
        #expect(WorkbookNames.spreadsheetName("Rate", taken: ["rate"]) == "Rate_2")
    }

    @Test func aNameLongerThanASpreadsheetAllowsIsCut() {
        let long = String(repeating: "practice_contribution_", count: 20)
        #expect(WorkbookNames.spreadsheetName(long, taken: []).count == 248)
        #expect(WorkbookNames.spreadsheetName(long, taken: [String(long.prefix(248))]).count <= 255)
    }

    @Test(arguments: [("Inputs", "Inputs"), ("Income and expenditure", "'Income and expenditure'"), ("ELR's split", "'ELR''s split'"), ("A1", "'A1'")])
    func sheetsAreQuotedWhereAReferenceNeedsIt(_ name: String, _ expected: String) {
        #expect(OutputSheet.quoted(name) == expected)
    }

    // MARK: A whole workbook

    static let source = """
        title "Workbook"
        years 2018/19 to 2020/21

        input salary = £58,620 "seed 002"
        input uplift_rate = 2%
        input funding = £87,000 | £60,000 | £33,000
        input days = 15 days

        list practices (list_size patients):
          "Enderby"     6,254
          "Northfield" 11,490

        table "Costs":
          pay "Pay" = uplift(salary, by: uplift_rate, from: 2018/19, policy: each_year, rule: half_up, step: £0.01)
          net "Net" = pay - funding
          over "Over" = net > £100,000
          when "Year" = year
          hours "Hours" = yearly(days * 7.5 hours per day) in minutes

        table "Share" by practices:
          share "Share" = apportion(net, by: list_size, step: £1)

        variant higher "Higher pay":
          salary = £60,000

        check total(pay) = £540,000 within £1,000 "Pay over three years"
        """

    static func workbook(options: Bool = false) throws -> OutputWorkbook {
        let (scenario, _) = Scenario.load(path: "test.scenario", text: source, files: .none)
        let (workbook, _, problems) = try #require(scenario).workbook(options: options)
        return try #require(workbook, "\(DiagnosticRenderer.render(problems))")
    }

    static func formula(_ workbook: OutputWorkbook, _ sheet: String, _ reference: String) -> String? {
        let (row, column) = XLSXComments.coordinates(reference)
        return workbook.sheet(named: sheet)?.cell(row: row, column: column)?.formula
    }

    @Test func theSheetsAreTheInputsTheListsEachTableTheWorkingsAndTheChecks() throws {
        #expect(try Self.workbook().sheets.map(\.name) == ["Inputs", "Lists", "Costs", "Share", "Workings", "Checks"])
        #expect(try Self.workbook(options: true).sheets.map(\.name).last == "Option higher")
    }

    @Test func inputsAndAttributesAreNamedAndFormulasUseTheNames() throws {
        let workbook = try Self.workbook()
        let names = Dictionary(workbook.names.map { ($0.name, "\($0.sheet)!\($0.range)") }, uniquingKeysWith: { a, _ in a })
        #expect(names["salary"] == "Inputs!$G$2")
        #expect(names["funding"] == "Inputs!$D$4:$F$4")
        #expect(names["list_size"] == "Lists!$B$2:$B$3")
        // The year's uplift reads the year before, as a spreadsheet column does.
        #expect(Self.formula(workbook, "Costs", "B2") == "ROUND(salary,2)")
        #expect(Self.formula(workbook, "Costs", "C2") == "ROUND(B2*(1+uplift_rate),2)")
        #expect(Self.formula(workbook, "Costs", "E2") == "SUM(B2:D2)")
        #expect(Self.formula(workbook, "Costs", "C3") == "C2-Inputs!E4")
        #expect(Self.formula(workbook, "Costs", "B4") == "IF(B3>100000,\"yes\",\"no\")")
        // Minutes shown, hours computed: × 60.
        #expect(Self.formula(workbook, "Costs", "B6") == "days*7.5*60")
    }

    @Test func aYearLineKeepsItsValueAndSaysWhy() throws {
        let cell = try #require(try Self.workbook().sheet(named: "Costs")?.cell(row: 4, column: 1))
        #expect(cell.formula == nil)
        #expect(cell.comment?.hasPrefix("No formula: a financial year is written as text") == true)
        #expect(cell.content == .figure(OutputCell.figure(Exact(2018), format: .year, places: 0)))
    }

    @Test func anApportionmentIsWrittenOutOnTheWorkings() throws {
        let workbook = try Self.workbook()
        #expect(Self.formula(workbook, "Share", "B2") == "Workings!G8")
        #expect(Self.formula(workbook, "Share", "B4") == "SUM(B2:B3)")
        #expect(Self.formula(workbook, "Workings", "B2") == "Costs!B3")
        #expect(Self.formula(workbook, "Workings", "B4") == "ROUND(ABS($B$2)/$B$3,6)")
        #expect(Self.formula(workbook, "Workings", "B8") == "Lists!B2")
        #expect(Self.formula(workbook, "Workings", "E8") == "MOD($B$4*B8,$B$5)/$B$5")
        #expect(Self.formula(workbook, "Workings", "G8") == "SIGN($B$2)*$B$3*(D8+IF(F8<=INT($B$6),1,IF(F8=INT($B$6)+1,$B$6-INT($B$6),0)))")
        // Every figure of the workings cached exactly: the part is the scenario's.
        let part = workbook.sheet(named: "Workings")?.cell(row: 7, column: 6)?.value
        #expect(part == Exact(-10_003))
    }

    @Test func checksAreFormulas() throws {
        let workbook = try Self.workbook()
        #expect(Self.formula(workbook, "Checks", "D2") == "SUM(Costs!B2:D2)")
        #expect(Self.formula(workbook, "Checks", "E2") == "D2-C2")
        #expect(Self.formula(workbook, "Checks", "G2") == "IF(ABS(ROUND(E2,6))<=F2,IF(ROUND(E2,6)=0,\"pass\",\"pass within tolerance\"),\"FAIL\")")
    }

    @Test func anOptionsInputsAreItsOwnWhereItSetsThemAndTheBasesElsewhere() throws {
        let workbook = try Self.workbook(options: true)
        let option = try #require(workbook.sheet(named: "Option higher"))
        // Row 3 is the inputs' headings; salary is the option's own, the rate the base's.
        #expect(option.cell(row: 3, column: 6)?.formula == nil && option.cell(row: 3, column: 6)?.value == Exact(60_000))
        #expect(option.cell(row: 4, column: 6)?.formula == "Inputs!G3")
        #expect(workbook.names.contains(OutputWorkbook.Name(name: "salary", sheet: "Option higher", range: "$G$4", scope: "Option higher")))
    }

    @Test func aWorkbookPrintsFittedToTheWidthWithItsHeadingsOnEveryPage() throws {
        let workbook = try Self.workbook()
        let sheet = XLSXWriter.sheet(try #require(workbook.sheet(named: "Costs")))
        let xml = sheet.xml()
        #expect(xml.contains(#"<pageSetUpPr fitToPage="1"/>"#))
        #expect(xml.contains(#"fitToWidth="1" fitToHeight="0""#))
        #expect(xml.contains(#"orientation="portrait""#))
        // Each column as wide as its widest figure or heading, and two more: once every column
        // but the first was 15 wide, and a long heading was cut ("Transformation f").
        #expect(sheet.widths?[1] == "-£28,380.00".count + 2)
        let bytes = try XLSXWriter.write(workbook)
        #expect(bytes.count > 1_000)
        #expect(XLSXWriter.workbook([sheet], names: [XLSXWriter.DefinedName(name: "_xlnm.Print_Titles", value: "Costs!$A:$A,Costs!$1:$1", sheet: 0)])
            .contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">Costs!$A:$A,Costs!$1:$1</definedName>"#))
    }

    @Test func aSheetWiderThanAPortraitPagePrintsLandscape() {
        var sheet = XLSXSheet(name: "Wide")
        sheet.printSetup = true
        sheet.widths = [30, 20, 20, 20, 20]
        #expect(sheet.xml().contains(#"orientation="landscape""#))
    }

    @Test func aFigureWithoutAFormulaHasANoteInTheWorkbook() throws {
        let workbook = try Self.workbook()
        let sheet = XLSXWriter.sheet(try #require(workbook.sheet(named: "Costs")))
        #expect(sheet.comments.map(\.reference) == ["B5", "C5", "D5"])
        #expect(XLSXComments.commentsPart(sheet.comments).contains(#"<comment ref="B5" authorId="0">"#))
        #expect(sheet.xml(legacyDrawing: "rId2").contains(#"<legacyDrawing r:id="rId2"/>"#))
    }

    @Test func theSameScenarioGivesTheSameWorkbook() throws {
        #expect(try XLSXWriter.write(Self.workbook()) == XLSXWriter.write(Self.workbook()))
    }
}

extension WorkbookFormulaTests {
    /// Seed 003's table of the transformation fund by CCG: once its headings were cut at 15
    /// characters ("Transformation f"); now each column is as wide as its heading.
    @Test func aLongHeadingFitsItsColumn() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios/llr-transformation-fund.scenario")
        let (scenario, _) = Scenario.load(path: path.path, text: try String(contentsOf: path, encoding: .utf8), files: .none)
        let loaded = try #require(scenario)
        let workbook = try #require(loaded.workbook().0)
        let source = try #require(workbook.sheet(named: "Transformation fund by CCG"))
        let sheet = XLSXWriter.sheet(source)
        for column in 0..<source.columnCount {
            guard case .text(let heading)? = source.cell(row: 0, column: column)?.content else { continue }
            #expect((sheet.widths?[column] ?? 0) > heading.count, "'\(heading)' in a column \(sheet.widths?[column] ?? 0) wide")
        }
        #expect(source.cell(row: 0, column: 1)?.content == .text("Transformation fund 2017/18"))
    }
}
