import Foundation
import Testing
@testable import FinModel

/// A workbook made from a report (`XLSXWriter.write(document)`) marks what the run changed as
/// the live workbook does: the figures of an input set for this run, and of every line it moved,
/// are filled (their number formats kept) and noted; no other figure is.
@Suite struct XLSXMarkTests {
    static let source = """
        title "Marks"
        years 2018/19 to 2019/20

        input rate = £2 per patient
        input patients = 1,000 patients
        input running_costs = £1,500

        table "Income":
          income "Income" = yearly(rate * patients)
          costs "Costs" = yearly(running_costs)
          surplus "Surplus" = income - costs

        """

    static func sheets(_ overrides: [Override]) throws -> [XLSXSheet] {
        let (scenario, _) = Scenario.load(path: "marks.scenario", text: source, files: .none)
        let (report, problems) = try #require(scenario).evaluate(overrides: overrides)
        return XLSXWriter.sheets(OutputDocument(report: try #require(report, "\(DiagnosticRenderer.render(problems))")))
    }

    /// Whether the cell is filled, and its style without the fill.
    static func style(_ cell: XLSXSheet.Cell?) -> XLSXStyle? {
        switch cell {
        case .number(_, let style)?, .formula(_, _, let style)?: style
        default: nil
        }
    }

    @Test func theInputSetAndTheLinesItMovedAreFilledAndNotedKeepingTheirFormats() throws {
        let marked = try Self.sheets([Override(name: "rate", value: "£3 per patient")])
        let plain = try Self.sheets([])
        try #require(marked.count == 2 && plain.count == 2)
        var filled: [String: Set<String>] = [:]
        for (sheet, unmarked) in zip(marked, plain) {
            for row in 0..<sheet.rows.count {
                for column in 0..<sheet.columnCount {
                    guard let style = Self.style(sheet.cell(row: row, column: column)) else { continue }
                    let unmarkedStyle = try #require(Self.style(unmarked.cell(row: row, column: column)))
                    #expect(XLSXStyle(format: style.format, bold: style.bold) == unmarkedStyle, "\(sheet.name) row \(row) column \(column)")
                    if style.flagged { filled[sheet.name, default: []].insert(XLSXSheet.reference(row: row, column: column)) }
                }
            }
        }
        // Rate's one figure on the inputs; income and surplus in each year and their totals.
        #expect(filled == ["Inputs": ["F2"], "Income": ["B2", "C2", "D2", "B4", "C4", "D4"]])
        #expect(marked[0].comments.map(\.reference) == ["F2"])
        #expect(marked[0].comments.first?.text == "Set for this run: the scenario file has another value.")
        #expect(Set(marked[1].comments.map(\.reference)) == filled["Income"])
        #expect(marked[1].comments.allSatisfy { $0.text == "Moved by the inputs set for this run." })
        #expect(plain.allSatisfy { $0.comments.isEmpty })
    }

    /// The styles part has a filled copy of every style after the plain ones, so the indices of
    /// the plain styles are unchanged, and the fill is the third (after the two every workbook has).
    @Test func everyStyleHasAFilledCopyAfterThePlainOnes() {
        let styles = XLSXStyle.stylesPart()
        let count = XLSXStyle.Format.allCases.count
        #expect(styles.contains("<cellXfs count=\"\(count * 4)\">"))
        #expect(styles.contains("<fills count=\"3\">") && styles.contains("<fgColor rgb=\"FFFFF2CC\"/>"))
        let money = XLSXStyle(format: .moneyPence)
        #expect(money.marked.index == money.index + count * 2)
        #expect(money.emphasised.marked.index == money.emphasised.index + count * 2)
        let xfs = styles.components(separatedBy: "<xf numFmtId=").dropFirst(2)  // the first is the cell style's own
        #expect(xfs.count == count * 4)
        #expect(xfs.prefix(count * 2).allSatisfy { $0.contains("fillId=\"0\"") })
        #expect(xfs.dropFirst(count * 2).allSatisfy { $0.contains("fillId=\"2\"") && $0.contains("applyFill=\"1\"") })
    }
}
