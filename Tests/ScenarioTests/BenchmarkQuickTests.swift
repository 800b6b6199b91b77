import Foundation
import Testing
import TestSupport

/// Runs the built `scenario-bench --quick` so the benchmark cannot rot: every case must run and
/// agree with the workload's reference values. Speed is the benchmark's business, never a test's;
/// this checks only that the figures are right.
@Suite struct BenchmarkQuickTests {
    /// The published reference for P = 100, S = 30, Y = 10 (Benchmarks/peers/check-peers.sh).
    static let grandTotalPence: Int64 = 318_241_028_585
    static let checksum: UInt64 = 1_272_941_080_591

    /// Every command of `scenario` on the by-practice model at the quick sizes; each checks its
    /// output against figures recomputed in plain integers.
    static let commandCases = ["run-table", "run-csv", "run-json", "run-markdown", "report", "export", "compare", "check", "explain",
                               "fmt", "repl-set-show"].flatMap { ["\($0)-50", "\($0)-500"] }

    /// The keys every case in the JSON must have.
    static let requiredKeys = ["name", "implementation", "median_s", "cells_per_s", "checksum", "peak_rss_bytes"]

    @Test func quickBenchmarkAgreesWithTheReferenceChecksums() throws {
        let (binary, searched) = TranscriptRunner.builtProduct(named: "scenario-bench")
        let built = try #require(binary, "the built 'scenario-bench' was not found (looked in \(searched.map(\.path))): run 'swift build' first")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bench-quick-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let json = scratch.appendingPathComponent("results.json")

        let (status, output) = try run(built, ["--quick", "--json", json.path])
        #expect(status == 0, "scenario-bench --quick exited \(status):\n\(output)")

        let data = try Data(contentsOf: json)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(object["cases"] as? [[String: Any]], "no \"cases\" array in \(json.path)")
        let byName = Dictionary(cases.map { (($0["name"] as? String) ?? "", $0) }, uniquingKeysWith: { first, _ in first })

        for name in ["projection", "peer-c", "peer-c-huge", "peer-c-openmp", "peer-numpy", "peer-python", "limit-huge", "limit",
                     "projection-rerun", "projection-array", "scaling-10", "scaling-100", "scaling-1000",
                     "scenario", "scenario-monthly", "parse", "what-if", "goal-seek"] + Self.commandCases {
            let entry = try #require(byName[name], "no case '\(name)' in the results")
            for key in Self.requiredKeys { #expect(entry.keys.contains(key), "case '\(name)' lacks '\(key)'") }
            if entry["skipped"] is String { continue }  // a peer whose tool is missing says why
            #expect(entry["ok"] as? Bool == true, "case '\(name)' did not agree with its reference: \(entry)")
        }

        // The projection, the scaling run at the same size and every peer that ran: to the penny.
        for name in ["projection", "projection-rerun", "projection-array", "scaling-100", "peer-c", "peer-c-huge", "peer-c-openmp",
                     "peer-numpy", "peer-python"] {
            guard let entry = byName[name], !(entry["skipped"] is String) else { continue }
            #expect(integer(entry["checksum"]) == Int64(Self.checksum), "\(name): checksum \(String(describing: entry["checksum"]))")
            #expect(integer(entry["grand_total_pence"]) == Self.grandTotalPence, "\(name): grand total \(String(describing: entry["grand_total_pence"]))")
        }
        // The scenario language's yearly totals add up to the same grand total.
        #expect(integer(byName["scenario"]?["grand_total_pence"]) == Self.grandTotalPence)
        // So do the monthly scenario's months (each of its 3,600 stream-month totals was compared
        // with the library projection's inside the case: "ok" above).
        #expect(integer(byName["scenario-monthly"]?["grand_total_pence"]) == Self.grandTotalPence)
    }

    private func integer(_ value: Any?) -> Int64? {
        (value as? NSNumber)?.int64Value
    }

    /// Runs `program` from the package root; its exit status and all it printed, stderr after stdout.
    private func run(_ program: URL, _ arguments: [String]) throws -> (Int32, String) {
        // Generous: the quick run takes seconds alone, but shares two cores with other builds.
        let outcome = try ProcessRunner(program, arguments, workingDirectory: TranscriptRunner.packageRoot, timeout: .seconds(600)).run()
        return (outcome.status, outcome.stdoutText + outcome.stderrText)
    }
}
