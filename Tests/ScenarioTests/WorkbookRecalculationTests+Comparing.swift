import FinModel
import Foundation
import Testing

/// How `WorkbookRecalculationTests` compares a recalculated workbook with `scenario run`: each
/// table's block of cells with the CSV, each figure at the decimals `run` writes, each check
/// with the JSON.
extension WorkbookRecalculationTests {
    /// Each table of `scenario run … --format csv` against the block on the workbook's sheets
    /// headed by the table's title (its sheet's corner, or a row of an option's sheet).
    /// Returns what `scenario run … --format json` printed, for the checks.
    @discardableResult
    static func expectTables(_ sheets: [String: [[String]]], order: [String], match arguments: [String], label: String) throws -> [String: Any] {
        let scenario = try ExternalTool.scenario()
        let csv = try ExternalTool.run(scenario, ["run"] + arguments + ["--format", "csv"])
        try #require(csv.status == 0, "run failed: \(csv.stderr)")
        let run = try ExternalTool.run(scenario, ["run"] + arguments + ["--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let titles = try #require(json["tables"] as? [[String: Any]]).compactMap { $0["title"] as? String }
        // The workbook keeps units in its number formats: the CSV's unit column and headings' units are left out.
        let blocks = csv.stdout.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty }.map { WorkbookTests.withoutUnits(SpreadsheetEngine.rows($0)) }
        try #require(blocks.count == titles.count, "\(label): \(blocks.count) CSV blocks for \(titles.count) tables")
        var used: Set<String> = []
        var compared = 0
        for (title, expected) in zip(titles, blocks) {
            // The first sheet (or block) not yet used whose top-left cell is the title and whose
            // headings are the CSV's (an input may have the table's title as its label).
            let headings = (expected.first ?? []).dropFirst().map { $0.lowercased() }
            func headed(_ row: [String]) -> Bool {
                Array(row.dropFirst().prefix(headings.count)).map { $0.lowercased() } == headings
            }
            var found: (sheet: String, row: Int)?
            search: for name in order {
                guard let rows = sheets[name] else { continue }
                for (index, row) in rows.enumerated() where row.first == title && headed(row) && !used.contains("\(name)#\(index)") {
                    found = (name, index)
                    break search
                }
            }
            let (sheet, top) = try #require(found, "\(label): no sheet or block headed '\(title)'")
            used.insert("\(sheet)#\(top)")
            let rows = sheets[sheet]!
            for (offset, fields) in expected.enumerated() {
                let row = top + offset < rows.count ? rows[top + offset] : []
                for (column, text) in fields.enumerated() {
                    let got = column < row.count ? row[column] : ""
                    let place = "\(label): \(sheet) row \(top + offset + 1) column \(column + 1)"
                    if offset == 0 {
                        if column > 0 { #expect(got.lowercased() == text.lowercased(), "\(place): heading '\(got)', CSV '\(text)'") }
                        continue
                    }
                    compared += 1
                    expectFigure(got, text, place: place)
                }
            }
        }
        #expect(compared > 0, "\(label): nothing compared")
        return json
    }

    /// One figure: equal at the decimals `scenario run` writes, or within a billionth for a
    /// figure whose decimals never end (`1/3`); text equal; empty where the CSV is empty.
    static func expectFigure(_ got: String, _ expected: String, place: String) {
        // Text, such as a year (2019/20, which would read as a fraction) or yes.
        if got == expected, !expected.isEmpty { return }
        if expected.isEmpty {
            #expect(got.isEmpty, "\(place): '\(got)' where the CSV is empty")
            return
        }
        if let fraction = fraction(expected) {
            guard let value = SpreadsheetEngine.number(got), let difference = try? value.subtracting(fraction) else {
                Issue.record("\(place): '\(got)' is not the figure \(expected)")
                return
            }
            let magnitude = difference.signum < 0 ? ((try? difference.negated()) ?? difference) : difference
            #expect(magnitude <= (try! Exact(parsingDecimal: "0.000000001")), "\(place): \(got), CSV \(expected)")
            return
        }
        guard let places = decimalPlaces(expected) else {
            #expect(got == expected || (expected == "total" && got == "Total"), "\(place): '\(got)', CSV '\(expected)'")
            return
        }
        guard let value = SpreadsheetEngine.number(got) else {
            Issue.record("\(place): '\(got)' is not a number; the CSV says \(expected)")
            return
        }
        #expect(value.decimalText(places: places, rule: .halfUp, grouping: false) == expected, "\(place): recalculated \(got), CSV \(expected)")
    }

    /// The checks sheet against `scenario run --format json`: stated, computed and difference at
    /// the JSON's decimals, and the result.
    static func expectChecks(_ rows: [[String]]?, json: [String: Any], label: String) throws {
        let checks = json["checks"] as? [[String: Any]] ?? []
        guard !checks.isEmpty else { return }
        let rows = try #require(rows, "\(label): no Checks sheet")
        for (index, check) in checks.enumerated() {
            let row = index + 1 < rows.count ? rows[index + 1] : []
            let place = "\(label): Checks row \(index + 2)"
            try #require(row.count >= 7, "\(place) is missing")
            #expect(row[0] == check["label"] as? String, "\(place): '\(row[0])'")
            for (column, key) in [(2, "stated"), (3, "computed"), (4, "difference")] {
                expectFigure(row[column], check[key] as? String ?? "", place: "\(place) \(key)")
            }
            let passed = check["passed"] as? Bool ?? false
            // A difference whose decimals never end is written as a fraction: never zero.
            let difference = (check["difference"] as? String).flatMap { try? Exact(parsingDecimal: $0) }
            // Whether the comparison holds with no tolerance at all (for `=`: the figures are equal).
            let exact = difference.map { difference in
                switch check["comparison"] as? String ?? "=" {
                case ">=": difference >= .zero
                case "<=": difference <= .zero
                case ">": difference > .zero
                case "<": difference < .zero
                default: difference == .zero
                }
            } ?? false
            let result = if let status = check["status"] as? String {
                status == "expected discrepancy" ? "expected discrepancy" : "FAIL"
            } else {
                !passed ? "FAIL" : exact ? "pass" : "pass within tolerance"
            }
            #expect(row[6] == result, "\(place): '\(row[6])'")
        }
    }
}
