import Foundation
import Testing

/// The live workbook marks what a run changed, as the terminal and the HTML report do: every
/// cell of an input set by `--set` or by a variant, and every cell of a line those inputs moved,
/// is filled light yellow (its number format kept) and carries a note saying what set or moved
/// it; no other cell is. Read back by the independent reader (`Tests/Tools/xlsx_cells.py`), which
/// resolves each cell's fill and number format through the styles part and finds its note in
/// the sheet's comments part; which inputs and lines to expect comes from `scenario run --format
/// json` of the same arguments (`"overridden": true`, `"moved": true`).
@Suite struct WorkbookOverrideTests {
    static let fill = "FFFFF2CC"
    static let federation = "Scenarios/federation-beyond-april-2019.scenario"
    typealias Sheet = (name: String, cells: [String: [String: Any]])

    @Test(.enabled(if: WorkbookTests.python != nil, "python3 not found: the workbook is not read back"))
    func exactlyTheCellsSetOrMovedForThisRunAreFilledAndNoted() throws {
        let arguments = [Self.federation, "--variant", "all_streams", "--set", "practice_contribution=£0.33 per patient"]
        let marked = try Self.export(arguments)
        // The same figures written into the file itself: a workbook with nothing to mark.
        let plain = try Self.exportWritten([
            "input potential_contracts   = £0 ": "input potential_contracts   = £180,000 ",
            "input demand_management     = £0 ": "input demand_management     = £33,000 ",
            "input fees_for_service      = £0 ": "input fees_for_service      = £20,000 ",
            "input practice_contribution = £0.00 per patient": "input practice_contribution = £0.33 per patient",
        ])
        let json = try Self.runJSON(arguments)
        let overridden = Set((json["inputs"] as? [[String: Any]] ?? []).filter { $0["overridden"] as? Bool == true }.compactMap { $0["name"] as? String })
        #expect(overridden == ["potential_contracts", "demand_management", "fees_for_service", "practice_contribution"])

        // Where each mark is expected: an input's figures on its row, a moved line's on its row.
        var expected: [String: Set<String>] = [:]
        let inputs = try #require(marked.first { $0.name == "Inputs" })
        for (reference, cell) in inputs.cells where reference.hasPrefix("B") && overridden.contains(cell["value"] as? String ?? "") {
            let row = reference.dropFirst()
            expected["Inputs", default: []].formUnion(inputs.cells.filter { $0.key.dropFirst() == row && $0.value["type"] as? String == "n" }.map(\.key))
        }
        for table in json["tables"] as? [[String: Any]] ?? [] {
            let title = table["title"] as? String ?? ""
            let sheet = try #require(marked.first { $0.cells["A1"]?["value"] as? String == title }, "no sheet for '\(title)'")
            let moved = Set((table["lines"] as? [[String: Any]] ?? []).filter { $0["moved"] as? Bool == true }.compactMap { $0["label"] as? String })
            for (reference, cell) in sheet.cells where reference.hasPrefix("A") && moved.contains(cell["value"] as? String ?? "") {
                let row = reference.dropFirst()
                expected[sheet.name, default: []].formUnion(sheet.cells.filter { $0.key.dropFirst() == row && $0.value["type"] as? String == "n" }.map(\.key))
            }
        }
        #expect(expected["Inputs"]?.count == 4, "one figure for each of the four inputs set: \(expected["Inputs"] ?? [])")
        #expect(expected["Income and expenditure"]?.count == 6 * 4 + 3, "seven lines moved, in three years and the total (the cumulative surplus has none)")

        for sheet in marked {
            let plainCells = plain.first { $0.name == sheet.name }?.cells ?? [:]
            #expect(Set(sheet.cells.keys) == Set(plainCells.keys), "\(sheet.name) has other cells than the file with the figures written in")
            for (reference, cell) in sheet.cells {
                let place = "\(sheet.name)!\(reference)"
                #expect(cell["value"] as? String == plainCells[reference]?["value"] as? String, "\(place) holds another figure")
                let comment = cell["comment"] as? String ?? ""
                if expected[sheet.name]?.contains(reference) == true {
                    #expect(cell["fill"] as? String == Self.fill, "\(place) is not filled")
                    #expect(comment.hasPrefix(sheet.name == "Inputs" ? "Set for this run by " : "Moved by the inputs set for this run: "), "\(place): '\(comment)'")
                    #expect(cell["numFmt"] as? Int == plainCells[reference]?["numFmt"] as? Int, "\(place) lost its number format")
                } else {
                    #expect(cell["numFmt"] as? Int == plainCells[reference]?["numFmt"] as? Int, "\(place) changed its number format")
                    #expect(cell["fill"] is NSNull || cell["fill"] == nil, "\(place) is filled but was not set or moved")
                    #expect(!comment.hasPrefix("Set for this run") && !comment.hasPrefix("Moved by"), "\(place): '\(comment)'")
                }
            }
        }

        // The wording, on the input set by --set and on a line every input set moves.
        let contribution = try #require(inputs.cells.first { $0.key.hasPrefix("B") && $0.value["value"] as? String == "practice_contribution" }?.key.dropFirst())
        let setCell = try #require(inputs.cells.first { $0.key.dropFirst() == contribution && $0.value["comment"] != nil })
        #expect(setCell.value["comment"] as? String == "Set for this run by --set: £0.33 per patient; the scenario file has £0.00 per patient.")
        let table = try #require(marked.first { $0.name == "Income and expenditure" })
        let surplus = try #require(table.cells.first { $0.key.hasPrefix("A") && $0.value["value"] as? String == "Surplus / deficit" }?.key.dropFirst())
        #expect(table.cells["B\(surplus)"]?["comment"] as? String == "Moved by the inputs set for this run: potential_contracts (variant all_streams), "
            + "demand_management (variant all_streams), fees_for_service (variant all_streams), practice_contribution (--set).")
    }

    /// With `--options` and `--set`, every option still has its sheet; on each, the inputs its
    /// variant sets and the one `--set` sets are marked, as `run --variant NAME --set` marks them.
    @Test(.enabled(if: WorkbookTests.python != nil, "python3 not found: the workbook is not read back"))
    func eachOptionSheetMarksTheInputsItsVariantAndTheRunSet() throws {
        let set = ["--set", "cost_uplift=2.5%"]
        let sheets = try Self.export([Self.federation, "--options"] + set)
        let variants = ["contribution_only", "secured_fees", "all_streams"]
        #expect(sheets.map(\.name) == ["Inputs", "Income and expenditure", "Checks"] + variants.map { "Option \($0)" })
        #expect(Self.markedInputs(try #require(sheets.first { $0.name == "Inputs" })) == ["cost_uplift": "Set for this run by --set: 2.5%; the scenario file has 2%."])
        for variant in variants {
            let sheet = try #require(sheets.first { $0.name == "Option \(variant)" })
            let json = try Self.runJSON([Self.federation, "--variant", variant] + set)
            let overridden = Set((json["inputs"] as? [[String: Any]] ?? []).filter { $0["overridden"] as? Bool == true }.compactMap { $0["name"] as? String })
            let marked = Self.markedInputs(sheet)
            #expect(Set(marked.keys) == overridden, "Option \(variant)")
            for (name, comment) in marked where name != "cost_uplift" {
                #expect(comment.hasPrefix("Set for this run by variant \(variant): "), "Option \(variant), \(name): '\(comment)'")
            }
            #expect(marked["cost_uplift"] == "Set for this run by --set: 2.5%; the scenario file has 2%.")
            #expect(sheet.cells.values.contains { ($0["comment"] as? String)?.hasPrefix("Moved by ") == true }, "Option \(variant) marks no moved figure")
        }
    }

    /// A variant that sets one member's list size: its option sheet holds that figure, filled and
    /// noted, and reads every other member's from the Lists sheet, which is left unmarked; the
    /// variant exported on its own marks the figure on the Lists sheet.
    @Test(.enabled(if: WorkbookTests.python != nil, "python3 not found: the workbook is not read back"))
    func anOptionsListFigureIsItsOwnAndMarked() throws {
        let scenario = "Tests/Fixtures/language/list-figures.scenario"
        let note = "Set for this run by variant refreshed: 9,246 patients; the scenario file has 9,100 patients."
        let sheets = try Self.export([scenario, "--options"])
        let option = try #require(sheets.first { $0.name == "Option refreshed" })
        // The block of the list's changed attribute: Kibworth (the first member) in row 4.
        #expect(option.cells["A3"]?["value"] as? String == "practices")
        #expect(option.cells["A4"]?["value"] as? String == "Kibworth Medical Centre")
        #expect(option.cells["B4"]?["value"] as? String == "9246")
        #expect(option.cells["B4"]?["formula"] == nil)
        #expect(option.cells["B4"]?["fill"] as? String == Self.fill)
        #expect(option.cells["B4"]?["comment"] as? String == note)
        #expect(option.cells["B5"]?["formula"] as? String == "Lists!B3")
        #expect(option.cells["B5"]?["fill"] is NSNull || option.cells["B5"]?["fill"] == nil)
        // The option's funding reads its own list size, not the Lists sheet's 9,100.
        let funding = try #require(option.cells.first { $0.value["formula"] as? String == "B4*rate" })
        #expect(funding.value["value"] as? String == "55476")
        let lists = try #require(sheets.first { $0.name == "Lists" })
        #expect(lists.cells.values.allSatisfy { $0["fill"] is NSNull || $0["fill"] == nil }, "the base's Lists sheet is marked")

        let variant = try #require(try Self.export([scenario, "--variant", "refreshed"]).first { $0.name == "Lists" })
        #expect(variant.cells["B2"]?["value"] as? String == "9246")
        #expect(variant.cells["B2"]?["fill"] as? String == Self.fill)
        #expect(variant.cells["B2"]?["comment"] as? String == note)
    }

    /// The inputs on `sheet` (by the name in column B) whose figure is filled, with its note.
    static func markedInputs(_ sheet: Sheet) -> [String: String] {
        var marked: [String: String] = [:]
        for (reference, cell) in sheet.cells where cell["fill"] as? String == fill && cell["type"] as? String == "n" {
            let row = reference.drop { $0.isLetter }
            guard let name = sheet.cells["B\(row)"]?["value"] as? String, let comment = cell["comment"] as? String,
                  !comment.hasPrefix("Moved") else { continue }
            marked[name] = comment
        }
        return marked
    }

    static func export(_ arguments: [String]) throws -> [Sheet] {
        let folder = try ExternalTool.temporaryFolder("workbook-overrides")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("model.xlsx")
        let export = try ExternalTool.run(try ExternalTool.scenario(), ["export"] + arguments + ["--output", workbook.path])
        try #require(export.status == 0, "export failed: \(export.stderr)")
        let read = try ExternalTool.run(WorkbookTests.python!, [WorkbookTests.reader.path, workbook.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any], "reader printed: \(read.stdout)\(read.stderr)")
        #expect((json["problems"] as? [String] ?? []).isEmpty && read.status == 0, "the reader found: \(json["problems"] ?? "") \(read.stderr)")
        return (json["sheets"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["cells"] as? [String: [String: Any]] ?? [:]) }
    }

    /// The shipped federation scenario with `replacing`'s texts replaced, in a folder of its own, exported.
    static func exportWritten(_ replacing: [String: String]) throws -> [Sheet] {
        var text = try String(contentsOf: TranscriptRunner.packageRoot.appendingPathComponent(federation), encoding: .utf8)
        for (old, new) in replacing {
            try #require(text.contains(old), "the scenario no longer has '\(old)'")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let folder = try ExternalTool.temporaryFolder("workbook-written")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("written.scenario")
        try Data(text.utf8).write(to: file)
        return try export([file.path])
    }

    static func runJSON(_ arguments: [String]) throws -> [String: Any] {
        let run = try ExternalTool.run(try ExternalTool.scenario(), ["run"] + arguments + ["--format", "json"])
        try #require(run.status == 0, "run failed: \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }
}
