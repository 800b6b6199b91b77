import Foundation
import FinModel

/// One row of the benchmark: a case run by one implementation, its timings and its check.
///
/// Child processes send these to the parent as JSON; the parent adds the ratios to the C peer
/// and writes them all with `--json`.
struct CaseResult: Codable {
    /// What was measured: `projection`, `peer-c`, `scaling-65000`, `what-if`, …
    var name: String
    /// Who did the work: FinModel in Swift, C, numpy, pure Python.
    var implementation: String
    /// The workload's sizes or the input, for the table: `P=6500 S=30 Y=10`.
    var size: String
    var timings: Timings?
    /// Cells produced per run (monthly cells for the projection workload, yearly cells for the
    /// scenario), for throughput; nil where counting cells means nothing.
    var cells: Int?
    var checksum: UInt64?
    var grandTotalPence: Int64?
    var expectedChecksum: UInt64?
    var expectedGrandTotalPence: Int64?
    /// Whether the result was checked and agreed (to the penny, or as the case says).
    var ok: Bool
    var peakResidentBytes: Int64?
    /// Why the case did not run, when it did not.
    var skipped: String?
    /// Further figures a case reports, such as `mb_per_s` or `ratio_to_full_evaluation`.
    var figures: [String: Double] = [:]
    var note: String?
    /// Throughput relative to the C peer (cells per second ÷ C's), filled in by the parent.
    var speedRatioToC: Double?
    /// Median seconds ÷ the C peer's median seconds, filled in by the parent.
    var timeRatioToC: Double?

    var cellsPerSecond: Double? {
        guard let cells, let median = timings?.median, median > 0 else { return nil }
        return Double(cells) / median
    }

    static func skipped(_ name: String, _ implementation: String, size: String, reason: String) -> CaseResult {
        CaseResult(name: name, implementation: implementation, size: size, ok: true, skipped: reason)
    }

    static func failed(_ name: String, _ implementation: String, size: String, reason: String) -> CaseResult {
        CaseResult(name: name, implementation: implementation, size: size, ok: false, note: reason)
    }
}

/// A benchmark target and whether this run met it.
struct Goal {
    var name: String
    var target: String
    var measured: String
    var met: Bool?
}

/// The report: the table on standard output and the JSON file.
enum ReportWriter {
    static func table(_ results: [CaseResult]) -> String {
        let header = ["case", "implementation", "size", "median s", "min s", "max s", "cells/s", "peak MiB", "vs C speed", "vs C time", "check"]
        var rows: [[String]] = []
        for result in results {
            if let reason = result.skipped {
                rows.append([result.name, result.implementation, result.size, "skipped: \(reason)", "", "", "", "", "", "", ""])
                continue
            }
            guard let timings = result.timings else {
                rows.append([result.name, result.implementation, result.size, "failed", "", "", "", "", "", "", result.note ?? ""])
                continue
            }
            rows.append([
                result.name, result.implementation, result.size,
                seconds(timings.median), seconds(timings.min), seconds(timings.max),
                result.cellsPerSecond.map(rate) ?? "",
                result.peakResidentBytes.map { String(format: "%.0f", Double($0) / 1_048_576) } ?? "",
                result.speedRatioToC.map { String(format: "%.2f×", $0) } ?? "",
                result.timeRatioToC.map(ratio) ?? "",
                result.ok ? "ok" : "FAIL",
            ])
        }
        return format([header] + rows, rightAligned: Set(3...9))
    }

    static func goals(_ goals: [Goal]) -> String {
        let rows = goals.map { goal in
            [goal.met.map { $0 ? "met" : "NOT MET" } ?? "n/a", goal.name, goal.target, goal.measured]
        }
        return format([["result", "goal", "target", "measured"]] + rows, rightAligned: [])
    }

    /// Columns padded to their widest cell; the `rightAligned` columns' figures to the right.
    static func format(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            var line = row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                let figure = index > 0 && rightAligned.contains(column) && cell.first.map { $0.isNumber } == true
                return figure ? pad + cell : cell + pad
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    static func seconds(_ value: Double) -> String {
        value >= 10 ? String(format: "%.1f", value) : value >= 0.01 ? String(format: "%.3f", value) : String(format: "%.5f", value)
    }

    static func rate(_ value: Double) -> String {
        value >= 1e9 ? String(format: "%.2fG", value / 1e9) : value >= 1e6 ? String(format: "%.1fM", value / 1e6) : String(format: "%.0fk", value / 1e3)
    }

    static func ratio(_ value: Double) -> String {
        value >= 0.1 ? String(format: "%.2f×", value) : String(format: "%.4f×", value)
    }

    /// `{"cases": [...]}` with the required key names first in each case, and the goals.
    static func json(_ results: [CaseResult], goals: [Goal], quick: Bool, machine: String) -> String {
        var cases: [String] = []
        for result in results {
            var fields: [(String, String)] = [
                ("name", string(result.name)),
                ("implementation", string(result.implementation)),
                ("median_s", number(result.timings?.median)),
                ("cells_per_s", number(result.cellsPerSecond)),
                ("checksum", result.checksum.map { String($0) } ?? "null"),
                ("peak_rss_bytes", result.peakResidentBytes.map { String($0) } ?? "null"),
                ("size", string(result.size)),
                ("min_s", number(result.timings?.min)),
                ("max_s", number(result.timings?.max)),
                ("samples_s", result.timings.map { "[" + $0.samples.map { number($0) }.joined(separator: ", ") + "]" } ?? "null"),
                ("cells", result.cells.map { String($0) } ?? "null"),
                ("grand_total_pence", result.grandTotalPence.map { String($0) } ?? "null"),
                ("expected_checksum", result.expectedChecksum.map { String($0) } ?? "null"),
                ("expected_grand_total_pence", result.expectedGrandTotalPence.map { String($0) } ?? "null"),
                ("ok", result.ok ? "true" : "false"),
                ("ratio_to_c", number(result.speedRatioToC)),
                ("time_ratio_to_c", number(result.timeRatioToC)),
                ("skipped", result.skipped.map(string) ?? "null"),
                ("note", result.note.map(string) ?? "null"),
            ]
            for key in result.figures.keys.sorted() { fields.append((key, number(result.figures[key]))) }
            cases.append("    {" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}")
        }
        let goalList = goals.map { goal in
            "    {\"goal\": \(string(goal.name)), \"target\": \(string(goal.target)), \"measured\": \(string(goal.measured)), \"met\": \(goal.met.map { $0 ? "true" : "false" } ?? "null")}"
        }
        return """
        {
          "quick": \(quick),
          "machine": \(string(machine)),
          "cases": [
        \(cases.joined(separator: ",\n"))
          ],
          "goals": [
        \(goalList.joined(separator: ",\n"))
          ]
        }

        """
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return String(format: "%.9g", value)
    }

    /// A JSON string, quoted by the library's own JSON writer.
    static func string(_ text: String) -> String {
        JSONValue.string(text).text()
    }
}
