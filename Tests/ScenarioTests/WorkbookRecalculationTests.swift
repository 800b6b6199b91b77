import FinModel
import Foundation
import Testing

/// The exported workbook as a live model, verified with a real spreadsheet engine: every
/// shipped scenario (and the fixtures under Tests/Fixtures/workbook, a guarded division and
/// figures whose decimals never end) is exported, its formulas'
/// cached values are removed, LibreOffice recalculates it, and every figure of every table is
/// compared with `scenario run --format csv`, and every check with `--format json`. Then inputs
/// are changed in the workbook's cells, as a user changes them, and the recalculated figures are
/// compared with `scenario run --set` of the same change. With `--options`, each option's sheet
/// is compared with `scenario run --variant`.
///
/// Figures are compared at the decimals `scenario run` writes them with (pennies for money):
/// the engine computes in binary floating point, so 179,377.2 may come back as
/// 179,377.19999999998, which is 179,377.20 to the penny.
@Suite(.serialized) struct WorkbookRecalculationTests {
    static let python = ExternalTool.find(["python3"])
    static let editor = TranscriptRunner.packageRoot.appendingPathComponent("Tests/Tools/xlsx_edit.py")
    static let reader = TranscriptRunner.packageRoot.appendingPathComponent("Tests/Tools/xlsx_cells.py")

    /// An input changed in the workbook: its cell (`year` for a figure by year) gets `cell`, and
    /// `scenario run` gets `--set NAME=set`.
    struct Change {
        let input: String
        var year: String?
        let cell: String
        let set: String
    }

    /// A workbook to export and the inputs to change in it.
    struct Case {
        let name: String
        let arguments: [String]
        var changes: [Change] = []
    }

    static let cases: [Case] = [
        Case(name: "extended-access", arguments: ["Scenarios/extended-access.scenario"], changes: [
            Change(input: "rate", year: "2019/20", cell: "6.5", set: "£3.34 per patient | £6.50 per patient"),
        ]),
        // Inputs set by a variant and by --set, and the figures they move, are filled and noted:
        // the marks change no recalculated figure.
        Case(name: "federation-marked", arguments: [
            "Scenarios/federation-beyond-april-2019.scenario", "--variant", "all_streams", "--set", "practice_contribution=£0.33 per patient",
        ], changes: [
            Change(input: "cost_uplift", cell: "0.031", set: "3.1%"),
        ]),
        Case(name: "federation-beyond-april-2019", arguments: ["Scenarios/federation-beyond-april-2019.scenario"], changes: [
            Change(input: "practice_contribution", cell: "0.52", set: "£0.52 per patient"),
            Change(input: "cost_uplift", cell: "0.031", set: "3.1%"),
            Change(input: "secured_contracts", cell: "123456.78", set: "£123,456.78"),
        ]),
        Case(name: "elr-primary-care-investment", arguments: ["Scenarios/elr-primary-care-investment.scenario"]),
        Case(name: "federation-income-expenditure", arguments: ["Scenarios/federation-income-expenditure.scenario"]),
        Case(name: "federation-income-streams", arguments: ["Scenarios/federation-income-streams.scenario"]),
        Case(name: "llr-transformation-fund", arguments: ["Scenarios/llr-transformation-fund.scenario"], changes: [
            Change(input: "rate", cell: "1.6", set: "£1.60 per patient"),
            Change(input: "federation_stated", cell: "180000", set: "£180,000"),
        ]),
        Case(name: "nhse-pharmacists", arguments: ["Scenarios/nhse-pharmacists.scenario"], changes: [
            Change(input: "pay_uplift", cell: "0.03", set: "3%"),
            Change(input: "pharmacist_days", cell: "16", set: "16 days"),
            Change(input: "salary", cell: "60000.5", set: "£60,000.50 per pharmacist"),
            Change(input: "nhse_funding", year: "2019/20", cell: "61000", set: "£87,000 | £61,000 | £33,000 | £0"),
        ]),
        // A division by zero in a branch 'if' does not choose, in a year and then not.
        Case(name: "if-guards-division", arguments: ["Tests/Fixtures/language/if-guards-division.scenario"], changes: [
            Change(input: "patients", year: "2020/21", cell: "0", set: "0 patients | 0 patients"),
        ]),
        // Floors, ceilings, relative tolerances and expected discrepancies, per year and per member.
        Case(name: "check-comparisons", arguments: ["Tests/Fixtures/checks/comparisons-and-tolerances.scenario"]),
        Case(name: "check-over-a-list", arguments: ["Tests/Fixtures/checks/list-failures.scenario"]),
        // Figures whose decimals never end.
        Case(name: "machine-outputs-exact", arguments: ["Tests/Fixtures/render/machine-outputs-exact.scenario"]),
        Case(name: "rounding-rules", arguments: ["Tests/Fixtures/workbook/rounding-rules.scenario"], changes: [
            Change(input: "amount", cell: "-2.5", set: "-£2.50"),
            Change(input: "rate", cell: "0.125", set: "12.5%"),
        ]),
        // A table grouped by a text attribute: members refer to the workings, subtotals and the
        // total are sums, and a changed rate moves them all.
        Case(name: "list-grouped", arguments: ["Tests/Fixtures/language/list-grouped.scenario"], changes: [
            Change(input: "rate", year: "2019/20", cell: "6.5", set: "£3.34 per patient | £6.50 per patient"),
        ]),
        Case(name: "every-construct", arguments: ["Tests/Fixtures/workbook/every-construct.scenario"], changes: [
            Change(input: "threshold", cell: "900", set: "£900"),
            Change(input: "growth", cell: "0.035", set: "3.5%"),
        ]),
        // Months: phased lines are figures, but the lines that read them, a line from … until …,
        // the year totals and the years to date are formulas that move with the inputs changed.
        Case(name: "monthly-model", arguments: ["Tests/Fixtures/workbook/monthly-model.scenario"], changes: [
            Change(input: "admin", cell: "300", set: "£300 per month"),
            Change(input: "locum_rate", cell: "4500", set: "£4,500 per month"),
        ]),
        // Aggregates over a list: counts, shares, the smallest and largest, and totals and
        // averages of the members a 'where' keeps; the threshold moves which members it keeps.
        Case(name: "list-aggregates", arguments: ["Tests/Fixtures/workbook/list-aggregates.scenario"], changes: [
            Change(input: "threshold", cell: "9000", set: "9,000 patients"),
            Change(input: "rate", year: "2020/21", cell: "1.75", set: "£1.50 per patient | £1.75 per patient"),
        ]),
        // Forecasts by plan, with a forecast of their own and by a run rate below zero: the cut-off
        // typed as text moves the months that are actual, and the financial year they add up.
        Case(name: "forecast-rules", arguments: ["Tests/Fixtures/workbook/forecast-rules.scenario"], changes: [
            Change(input: "cutoff", cell: "\"2019-05\"", set: "2019-05"),
            Change(input: "rent_rise", cell: "0.1", set: "10%"),
            Change(input: "rent_plan", cell: "2100", set: "£2,100 per month"),
        ]),
        // Levels: a list size's average over the months, its opening and closing figures, and
        // a running balance's closing figure, each total and year to date a formula of its months.
        Case(name: "level-roll-ups", arguments: ["Tests/Fixtures/workbook/level-roll-ups.scenario"], changes: [
            Change(input: "joiners", cell: "50", set: "50 patients"),
            Change(input: "opening_list", cell: "31000", set: "31,000 patients"),
        ]),
        // Tables shown by quarter and by year, one of them grouped by locality: each quarter a
        // formula over its months on the workings; list sizes by month from a CSV file.
        Case(name: "monthly-list-by-month", arguments: ["Tests/Fixtures/periods/monthly-list-by-month.scenario"], changes: [
            Change(input: "rate", cell: "0.2", set: "£0.20 per patient per month"),
        ]),
        Case(name: "ccg-forecast-review", arguments: ["Scenarios/ccg-forecast-review.scenario"], changes: [
            Change(input: "cutoff", cell: "\"2018-07\"", set: "2018-07"),
        ]),
    ]

    /// One workbook recalculated, and the `scenario run` arguments its figures must match.
    struct Workbook: Sendable {
        let file: URL
        let run: [String]
        let label: String
        /// Its sheets' names, in order.
        let sheets: [String]
    }

    /// Every workbook both tests compare, exported, edited and recalculated in one run of the
    /// engine, which takes seconds to start: the shipped scenarios and the fixtures, each as
    /// exported and with its inputs changed; and the options workbook, as exported and with a
    /// base input changed that no option sets.
    struct Batch: Sendable {
        let workbooks: [Workbook]
        let options: [Workbook]
        let recalculated: [URL: [String: [[String]]]]
        let folder: URL
    }

    /// Scenarios exported with `--options`, their variants, and a base input no variant sets
    /// (nil where every such input feeds figures the workbook holds as figures).
    static let optionCases: [(scenario: String, variants: [String], change: Change?)] = [
        ("Scenarios/federation-beyond-april-2019.scenario", ["contribution_only", "secured_fees", "all_streams"],
         Change(input: "cost_uplift", cell: "0.025", set: "2.5%")),
        ("Tests/Fixtures/workbook/every-construct.scenario", ["faster"], Change(input: "fee", cell: "0.45", set: "£0.45 per patient")),
        // A variant that sets one practice's list size: its sheet holds the option's list figures.
        ("Tests/Fixtures/language/list-figures.scenario", ["refreshed"], Change(input: "rate", cell: "6.5", set: "£6.50 per patient")),
        // An option that moves the cut-off: its sheet's forecasts read its own cut-off cell.
        // (Every input but the cut-off feeds a phased plan, whose months are figures: none is changed.)
        ("Scenarios/ccg-forecast-review.scenario", ["month_five"], nil),
    ]

    static let batch: Result<Batch, any Error> = Result { try makeBatch() }

    static func makeBatch() throws -> Batch {
        let scenario = try ExternalTool.scenario()
        let folder = try ExternalTool.temporaryFolder("recalculate")
        var workbooks: [Workbook] = []
        func exported(_ name: String, _ arguments: [String]) throws(ExternalTool.Failure) -> (URL, [(name: String, cells: [String: [String: Any]])]) {
            let file = folder.appendingPathComponent("\(name)-exported.xlsx")
            let export = try ExternalTool.run(scenario, ["export"] + arguments + ["--output", file.path])
            guard export.status == 0 else { throw ExternalTool.Failure(description: "export of \(name) failed: \(export.stderr)") }
            return (file, try read(file))
        }
        /// The workbook as exported, and with `changes` made, each with no cached value left.
        func prepare(_ name: String, _ arguments: [String], _ changes: [Change]) throws(ExternalTool.Failure) -> [Workbook] {
            let (file, sheets) = try exported(name, arguments)
            let names = sheets.map(\.name)
            let fresh = folder.appendingPathComponent("\(name).xlsx")
            try edit(file, into: fresh, [])
            var prepared = [Workbook(file: fresh, run: arguments, label: name, sheets: names)]
            guard !changes.isEmpty else { return prepared }
            let inputs = sheets.first { $0.name == "Inputs" }?.cells ?? [:]
            var edits: [String] = [], sets: [String] = []
            for change in changes {
                guard let reference = inputCell(change, in: inputs) else { throw ExternalTool.Failure(description: "\(name): no cell for \(change.input)") }
                edits.append("Inputs!\(reference)=\(change.cell)")
                sets += ["--set", "\(change.input)=\(change.set)"]
            }
            let changed = folder.appendingPathComponent("\(name)-changed.xlsx")
            try edit(file, into: changed, edits)
            prepared.append(Workbook(file: changed, run: arguments + sets, label: "\(name) with \(sets.joined(separator: " "))", sheets: names))
            return prepared
        }
        for test in cases { workbooks += try prepare(test.name, test.arguments, test.changes) }
        var options: [Workbook] = []
        for (index, test) in optionCases.enumerated() { options += try prepare("options-\(index)", [test.scenario, "--options"], test.change.map { [$0] } ?? []) }
        let all = workbooks + options
        let recalculated = try SpreadsheetEngine.recalculate(all.map(\.file), sheets: Dictionary(uniqueKeysWithValues: all.map { ($0.file, $0.sheets) }), in: folder)
        return Batch(workbooks: workbooks, options: options, recalculated: recalculated, folder: folder)
    }

    static let enabled = SpreadsheetEngine.office != nil && python != nil

    @Test(.enabled(if: enabled, "LibreOffice (soffice) or python3 not found: the workbooks are not recalculated; .ci/run installs libreoffice-calc-nogui"))
    func recalculatedWorkbooksMatchScenarioRunAndFollowAChangedInput() throws {
        let batch = try Self.batch.get()
        for workbook in batch.workbooks {
            let sheets = try #require(batch.recalculated[workbook.file])
            let json = try Self.expectTables(sheets, order: workbook.sheets, match: workbook.run, label: workbook.label)
            try Self.expectChecks(sheets["Checks"], json: json, label: workbook.label)
        }
    }

    @Test(.enabled(if: enabled, "LibreOffice (soffice) or python3 not found: the option sheets are not recalculated"))
    func eachOptionSheetRecalculatesToItsVariantAndFollowsTheBase() throws {
        let batch = try Self.batch.get()
        for workbook in batch.options {
            let scenario = workbook.run[0]
            let variants = try #require(Self.optionCases.first { $0.scenario == scenario }).variants
            #expect(workbook.sheets.suffix(variants.count) == variants.map { "Option \($0)" })
            let sheets = try #require(batch.recalculated[workbook.file])
            // The run's arguments less --options: the base, then each option with the same --set.
            let extra = Array(workbook.run.drop { $0 != "--options" }.dropFirst())
            try Self.expectTables(sheets, order: workbook.sheets, match: [scenario] + extra, label: "\(scenario) \(extra)")
            for variant in variants {
                let rows = try #require(sheets["Option \(variant)"])
                try Self.expectTables(["Option \(variant)": rows], order: ["Option \(variant)"], match: [scenario, "--variant", variant] + extra,
                                      label: "\(scenario) option \(variant) \(extra)")
            }
        }
    }

    // MARK: Workbooks

    /// The sheets of a workbook as the independent reader reads them.
    static func read(_ workbook: URL) throws(ExternalTool.Failure) -> [(name: String, cells: [String: [String: Any]])] {
        let read = try ExternalTool.run(python!, [reader.path, workbook.path])
        guard let json = (try? JSONSerialization.jsonObject(with: Data(read.stdout.utf8))) as? [String: Any] else {
            throw ExternalTool.Failure(description: "xlsx_cells.py could not read \(workbook.lastPathComponent): \(read.stderr)")
        }
        return (json["sheets"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["cells"] as? [String: [String: Any]] ?? [:]) }
    }

    /// A copy with every formula's cache removed and `edits` (`Inputs!H4=0.03`) made.
    static func edit(_ source: URL, into destination: URL, _ edits: [String]) throws(ExternalTool.Failure) {
        let run = try ExternalTool.run(python!, [editor.path, source.path, destination.path] + edits)
        guard run.status == 0 else { throw ExternalTool.Failure(description: "xlsx_edit.py: \(run.stderr)") }
    }

    /// The Inputs sheet's cell for a change: the row named by the input (column B), under Value
    /// or under the change's year.
    static func inputCell(_ change: Change, in cells: [String: [String: Any]]) -> String? {
        func text(_ reference: String) -> String? { cells[reference]?["value"] as? String }
        let header = (0..<30).map { WorkbookTests.reference(row: 0, column: $0) }
        guard let column = header.firstIndex(where: { text($0) == (change.year ?? "Value") }),
              let row = (1..<500).first(where: { text(WorkbookTests.reference(row: $0, column: 1)) == change.input }) else { return nil }
        return WorkbookTests.reference(row: row, column: column)
    }

    static func decimalPlaces(_ text: String) -> Int? { WorkbookTests.decimalPlaces(text) }
    static func fraction(_ text: String) -> Exact? { WorkbookTests.fraction(text) }
}
