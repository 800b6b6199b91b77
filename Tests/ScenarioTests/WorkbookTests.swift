import FinModel
import Foundation
import Testing

/// `scenario export` read back by an independent reader (`Tests/Tools/xlsx_cells.py`: Python's
/// zipfile and xml.etree, which check the ZIP's CRCs and parse the parts as a spreadsheet does),
/// and compared cell by cell with what `scenario run --format csv` prints for the same scenario:
/// each table's sheet (found by the title in its corner) holds the CSV's figures as the cached
/// values of its formulas, exactly; the inputs sheet is compared with the inputs of `--format
/// json`. `WorkbookRecalculationTests` has a spreadsheet engine recalculate the formulas.
@Suite struct WorkbookTests {
    static let python = ExternalTool.find(["python3"])
    static let reader = TranscriptRunner.packageRoot.appendingPathComponent("Tests/Tools/xlsx_cells.py")

    /// Every shipped scenario, and one variant, as `scenario` arguments.
    static let cases: [[String]] = {
        let folder = TranscriptRunner.packageRoot.appendingPathComponent("Scenarios")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".scenario") }.sorted()
        return files.map { ["Scenarios/" + $0] } + [["Scenarios/federation-beyond-april-2019.scenario", "--variant", "all_streams"]]
    }()

    @Test(.enabled(if: python != nil, "python3 not found: the workbook is not read back"), arguments: cases)
    func workbookCellsAndFormulaResultsMatchTheCSV(_ arguments: [String]) throws {
        let scenario = try ExternalTool.scenario()
        let folder = try ExternalTool.temporaryFolder("workbook")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("model.xlsx")
        let export = try ExternalTool.run(scenario, ["export"] + arguments + ["--output", workbook.path])
        try #require(export.status == 0, "export failed: \(export.stderr)")
        let csv = try ExternalTool.run(scenario, ["run"] + arguments + ["--format", "csv"])
        try #require(csv.status == 0, "run failed: \(csv.stderr)")

        let read = try ExternalTool.run(Self.python!, [Self.reader.path, workbook.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any], "reader printed: \(read.stdout)\(read.stderr)")
        let problems = json["problems"] as? [String] ?? []
        #expect(read.status == 0 && problems.isEmpty, "the reader found: \(problems) \(read.stderr)")
        let sheets = try #require(json["sheets"] as? [[String: Any]])

        try Self.expectInputs(sheets[0], arguments: arguments)
        #expect(sheets[0]["name"] as? String == "Inputs")
        let blocks = csv.stdout.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty }
        let titles = try Self.tableTitles(arguments)
        try #require(titles.count == blocks.count, "\(titles.count) tables for \(blocks.count) CSV blocks")
        var used: Set<Int> = []
        for (title, block) in zip(titles, blocks) {
            // The first sheet not yet matched whose corner holds the table's title.
            let index = try #require(sheets.indices.first { index in
                !used.contains(index) && ((sheets[index]["cells"] as? [String: [String: Any]])?["A1"]?["value"] as? String) == title
            }, "no sheet has '\(title)' in its corner")
            used.insert(index)
            let sheet = sheets[index]
            let table = try CSVReader.read(block)
            let cells = try #require(sheet["cells"] as? [String: [String: Any]])
            let name = sheet["name"] as? String ?? "?"
            // The workbook keeps units in its number formats: the CSV's unit column and headers' units are left out.
            let grid = Self.withoutUnits([table.header] + table.rows.map { $0.fields.map(\.text) })
            var compared = 0
            for (row, fields) in grid.enumerated() {
                for (column, expected) in fields.enumerated() {
                    let reference = Self.reference(row: row, column: column)
                    let cell = cells[reference]
                    if row == 0 {
                        // The corner holds the table's title; headings differ from the CSV's only in case.
                        if column > 0 { #expect((cell?["value"] as? String)?.lowercased() == expected.lowercased(), "\(name)!\(reference)") }
                        continue
                    }
                    compared += 1
                    guard !expected.isEmpty else {
                        #expect(cell == nil, "\(name)!\(reference) should be empty, is \(String(describing: cell))")
                        continue
                    }
                    if let fraction = Self.fraction(expected), cell?["type"] as? String == "n" {
                        // A figure whose decimals never end: the CSV has it exactly, the workbook to 15 places.
                        let stored = try #require(cell?["value"] as? String, "\(name)!\(reference) has no value")
                        #expect(try Self.isClose(stored, fraction, within: "0.0000000000000005"), "\(name)!\(reference) holds \(stored); the CSV says \(expected)")
                        if let recalculated = cell?["recalculated"] as? String {
                            #expect(try Self.isClose(recalculated, fraction, within: "0.000000000001"), "\(name)!\(reference) recalculates to \(recalculated); the CSV says \(expected)")
                        }
                        continue
                    }
                    guard let places = Self.decimalPlaces(expected) else {
                        // The CSV's total row is headed 'total'; the sheet's, 'Total'.
                        let text = cell?["value"] as? String
                        #expect(text == expected || (expected == "total" && text == "Total"), "\(name)!\(reference): \(String(describing: cell)) for '\(expected)'")
                        continue
                    }
                    #expect(cell?["type"] as? String == "n", "\(name)!\(reference) is not a number: \(String(describing: cell))")
                    let stored = try #require(cell?["value"] as? String, "\(name)!\(reference) has no value")
                    #expect(try Self.rounded(stored, places) == expected, "\(name)!\(reference) holds \(stored); the CSV says \(expected)")
                    if let recalculated = cell?["recalculated"] as? String {
                        #expect(try Self.rounded(recalculated, places) == expected,
                                "\(name)!\(reference): \(cell?["formula"] ?? "") recalculates to \(recalculated); the CSV says \(expected)")
                    }
                }
            }
            let extra = cells.keys.filter { key in
                let (row, column) = Self.coordinates(key)
                return row >= grid.count || column >= (grid.first?.count ?? 0)
            }
            #expect(extra.isEmpty, "\(name) has cells outside the CSV's grid: \(extra.sorted())")
            #expect(compared > 0)
            // A table with totals has them as formulas.
            if table.header.last == "total" || table.rows.last?.fields.first?.text == "total" {
                #expect(cells.values.contains { $0["formula"] != nil }, "\(name) has totals but no formula")
            }
        }
    }

    /// Half a penny is held as half a penny, as the CSV and JSON now carry it: the workbook was
    /// already exact for figures whose decimals end, and stays so.
    @Test(.enabled(if: python != nil, "python3 not found: the workbook is not read back"))
    func aFigureFinerThanAPennyIsHeldExactly() throws {
        let folder = try ExternalTool.temporaryFolder("workbook")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("model.xlsx")
        let export = try ExternalTool.run(try ExternalTool.scenario(), [
            "export", "Tests/Fixtures/render/machine-outputs-exact.scenario", "--output", workbook.path,
        ])
        try #require(export.status == 0, "export failed: \(export.stderr)")
        let read = try ExternalTool.run(Self.python!, [Self.reader.path, workbook.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
        let sheets = try #require(json["sheets"] as? [[String: Any]])
        func value(_ sheet: Int, _ reference: String) -> String? {
            ((sheets[sheet]["cells"] as? [String: [String: Any]])?[reference])?["value"] as? String
        }
        let fees = try #require(sheets.firstIndex { $0["name"] as? String == "Fees" })
        #expect(value(0, "F2") == "0.005")
        #expect(value(fees, "B2") == "0.005" && value(fees, "C2") == "0.005")
        #expect(value(fees, "D2") == "0.01")
    }

    /// Labels, member names, a title and a note holding characters XML 1.0 does not allow
    /// (U+FFFE, U+FFFF, U+FDD0, U+1FFFE, C0 controls): the workbook is still well-formed, each
    /// such character written as U+FFFD; once Python's parser, and Excel, refused it.
    @Test(.enabled(if: python != nil, "python3 not found: the workbook is not read back"))
    func charactersXMLDoesNotAllowAreReplacedSoTheWorkbookOpens() throws {
        let folder = try ExternalTool.temporaryFolder("workbook")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("model.xlsx")
        let export = try ExternalTool.run(try ExternalTool.scenario(), [
            "export", "Tests/Fixtures/render/xml-invalid-characters.scenario", "--output", workbook.path,
        ])
        try #require(export.status == 0, "export failed: \(export.stderr)")
        let read = try ExternalTool.run(Self.python!, [Self.reader.path, workbook.path])
        #expect(read.status == 0, "the reader could not parse the workbook: \(read.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
        let sheets = try #require(json["sheets"] as? [[String: Any]])
        let texts = sheets.flatMap { sheet in
            ((sheet["cells"] as? [String: [String: Any]]) ?? [:]).values.compactMap { $0["value"] as? String }
        }
        #expect(texts.contains("label \u{FFFD} here"), "\(texts)")
        #expect(texts.contains("Enderby \u{FFFD}\u{FFFD}"), "\(texts)")
        #expect(texts.contains("Bell \u{FFFD} \u{FFFD} and \u{FFFD}"), "\(texts)")
        #expect(sheets.map { $0["name"] as? String } == ["Inputs", "Lists", "T \u{FFFD}", "Split", "Workings"])
    }

    /// The inputs sheet against `scenario run --format json`: a row per input with its label,
    /// name, figures (one per year, or one) and source.
    static func expectInputs(_ sheet: [String: Any], arguments: [String]) throws {
        let run = try ExternalTool.run(try ExternalTool.scenario(), ["run"] + arguments + ["--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        let years = try #require(json["periods"] as? [String])
        let cells = try #require(sheet["cells"] as? [String: [String: Any]])
        for (index, input) in inputs.enumerated() {
            let row = index + 1
            func value(_ column: Int) -> String? { cells[reference(row: row, column: column)]?["value"] as? String }
            #expect(value(0) == input["label"] as? String)
            #expect(value(1) == input["name"] as? String)
            // The note, then the documents cited by title: `what it is (Title, place)`.
            let cited = (input["sources"] as? [[String: Any]] ?? []).map { citation in
                [citation["title"] as? String, citation["place"] as? String].compactMap { $0 }.joined(separator: ", ")
            }.joined(separator: "; ")
            let note = input["note"] as? String
            let source = cited.isEmpty ? note : note.map { "\($0) (\(cited))" } ?? cited
            #expect(value(4 + years.count) == source)
            var expected: [(column: Int, text: String)] = []
            if let single = input["value"] as? String { expected.append((3 + years.count, single)) }
            if let perYear = input["values"] as? [String: String] {
                for (offset, year) in years.enumerated() { if let text = perYear[year] { expected.append((3 + offset, text)) } }
            }
            #expect(!expected.isEmpty, "\(input["name"] ?? "?") has no figure in the JSON")
            for (column, text) in expected {
                let stored = try #require(value(column), "Inputs!\(reference(row: row, column: column)) is empty")
                // A month (`2018-09`) is text in both.
                if stored == text, decimalPlaces(text) == nil { continue }
                if let fraction = fraction(text) {
                    #expect(try isClose(stored, fraction, within: "0.0000000000000005"), "Inputs!\(reference(row: row, column: column)) holds \(stored); the JSON says \(text)")
                    continue
                }
                #expect(try rounded(stored, decimalPlaces(text) ?? 0) == text, "Inputs!\(reference(row: row, column: column)) holds \(stored); the JSON says \(text)")
            }
        }
    }

    /// The tables' titles, in order, as `scenario run --format json` gives them.
    static func tableTitles(_ arguments: [String]) throws -> [String] {
        let run = try ExternalTool.run(try ExternalTool.scenario(), ["run"] + arguments + ["--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return (json["tables"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
    }

    /// `B2` for row 1, column 1 (both from 0).
    static func reference(row: Int, column: Int) -> String {
        var name = ""
        var number = column + 1
        while number > 0 {
            name = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + name
            number = (number - 1) / 26
        }
        return "\(name)\(row + 1)"
    }

    static func coordinates(_ reference: String) -> (row: Int, column: Int) {
        let letters = reference.prefix { $0.isLetter }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return ((Int(reference.dropFirst(letters.count)) ?? 0) - 1, column)
    }

    /// The number of decimals a CSV figure is written with, or nil when it is not a number.
    static func decimalPlaces(_ text: String) -> Int? {
        guard (try? Exact(parsingDecimal: Substring(text))) != nil else { return nil }
        return text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    }

    /// A CSV figure written as a fraction (`325000/31`), as an exact value.
    static func fraction(_ text: String) -> Exact? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let numerator = Int128(parts[0]), let denominator = Int128(parts[1]) else { return nil }
        return try? Exact(numerator: numerator, denominator: denominator)
    }

    /// Whether a stored decimal is within `tolerance` of an exact value.
    static func isClose(_ text: String, _ value: Exact, within tolerance: String) throws -> Bool {
        let difference = try Exact(parsingDecimal: Substring(text)).subtracting(value)
        let magnitude = difference < .zero ? try difference.negated() : difference
        return magnitude <= (try Exact(parsingDecimal: Substring(tolerance)))
    }

    /// A stored figure rounded half up to the CSV's decimals, written as the CSV writes it.
    static func rounded(_ text: String, _ places: Int) throws -> String {
        try Exact(parsingDecimal: Substring(text)).decimalText(places: places, rule: .halfUp, grouping: false)
    }

    /// A CSV block without what the CSV adds for programs: its `unit` column, its `set for this
    /// run` column, and the unit after a heading (`Days a week (days)` → `Days a week`).
    static func withoutUnits(_ grid: [[String]]) -> [[String]] {
        guard let header = grid.first else { return grid }
        let unitColumn = header.firstIndex(of: "unit")
        // The workbook marks moved rows by a fill and a comment (WorkbookOverrideTests), not a column.
        let markColumn = header.last == "set for this run" ? header.count - 1 : nil
        return grid.enumerated().map { row, fields in
            var fields = fields
            if let markColumn, markColumn < fields.count { fields.remove(at: markColumn) }
            if let unitColumn, unitColumn < fields.count { fields.remove(at: unitColumn) }
            guard row == 0 else { return fields }
            return fields.map { heading in
                guard heading.hasSuffix(")"), let open = heading.range(of: " (", options: .backwards) else { return heading }
                return String(heading[..<open.lowerBound])
            }
        }
    }
}
