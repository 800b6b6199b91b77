import Foundation

/// The targets, judged on this run's medians. Each also shows the same ratio from the
/// fastest runs ("best"): on a shared machine other work only ever adds time, so the minimum is
/// the steadier estimate, and a goal met by the best runs but not the medians was missed by noise.
enum Goals {
    static func evaluate(_ results: [CaseResult], plan: Plan) -> [Goal] {
        func find(_ name: String) -> CaseResult? { results.first { $0.name == name && $0.timings != nil } }
        func format(_ value: Double) -> String { String(format: "%.2f×", value) }
        func both(_ median: Double, _ best: Double) -> String { String(format: "%.2f× (best %.2f×)", median, best) }
        func bestRate(_ result: CaseResult?) -> Double? {
            guard let result, let cells = result.cells, let best = result.timings?.min, best > 0 else { return nil }
            return Double(cells) / best
        }
        var goals: [Goal] = []
        let projection = find("projection")

        func speed(_ peer: String, _ label: String, _ factor: Double) {
            guard let projection, let rate = projection.cellsPerSecond, let other = find(peer)?.cellsPerSecond else {
                goals.append(Goal(name: "projection vs \(label)", target: "≥ \(factor)×", measured: "peer skipped or failed"))
                return
            }
            let best = (bestRate(projection) ?? rate) / (bestRate(find(peer)) ?? other)
            goals.append(Goal(name: "projection vs \(label)", target: "≥ \(format(factor)) the cells/s", measured: both(rate / other, best), met: rate / other >= factor))
        }
        speed("peer-c", "C", 1)
        speed("peer-numpy", "numpy", 2)
        speed("peer-python", "pure Python (per cell)", 20)

        if let projection, let limit = find("limit") {
            let ratio = projection.timings!.median / limit.timings!.median
            goals.append(Goal(name: "projection vs memory limit line", target: "≤ 2× its time",
                              measured: both(ratio, projection.timings!.min / limit.timings!.min), met: ratio <= 2))
        }
        if let projection, let peak = projection.peakResidentBytes, let cells = projection.figures["cell_bytes"] {
            let ratio = Double(peak) / cells
            goals.append(Goal(name: "projection peak memory", target: "≤ 1.25× the cells' bytes",
                              measured: String(format: "%.2f× (%.0f MiB for %.0f MiB of cells)", ratio, Double(peak) / 1_048_576, cells / 1_048_576),
                              met: ratio <= 1.25))
        }
        let sizes = plan.scaling
        if sizes.count == 3, let middle = find("scaling-\(sizes[1])"), let large = find("scaling-\(sizes[2])"),
           let middleRate = middle.cellsPerSecond, let largeRate = large.cellsPerSecond {
            let ratio = middleRate / largeRate
            let best = (bestRate(middle) ?? middleRate) / (bestRate(large) ?? largeRate)
            goals.append(Goal(name: "scaling: cost per cell at P=\(sizes[2]) vs P=\(sizes[1])", target: "≤ 1.3×", measured: both(ratio, best), met: ratio <= 1.3))
        }
        if let projection, let scenario = find("scenario") {
            let ratio = scenario.timings!.median / projection.timings!.median
            goals.append(Goal(name: "scenario end to end vs library projection", target: "≤ 3× its time",
                              measured: both(ratio, scenario.timings!.min / projection.timings!.min), met: ratio <= 3))
        }
        if let parse = find("parse"), let rate = parse.figures["mb_per_s"], let bytes = parse.figures["source_bytes"] {
            let best = bytes / 1e6 / parse.timings!.min
            goals.append(Goal(name: "parse throughput", target: "≥ 50 MB/s", measured: String(format: "%.1f MB/s (best %.1f MB/s)", rate, best), met: rate >= 50))
        }
        if let whatIf = find("what-if"), let ratio = whatIf.figures["ratio_to_full_evaluation"] {
            let best = whatIf.figures["full_evaluation_min_s"].map { whatIf.timings!.min / $0 } ?? ratio
            goals.append(Goal(name: "what-if: one input changed and re-evaluated", target: "≤ 10% of a full evaluation",
                              measured: String(format: "%.1f%% (best %.1f%%)", ratio * 100, best * 100), met: ratio <= 0.10))
        }
        if let seek = find("goal-seek") {
            let milliseconds = seek.timings!.median * 1000
            goals.append(Goal(name: "goal seek, federation options scenario", target: "< 10 ms",
                              measured: String(format: "%.2f ms (best %.2f ms)", milliseconds, seek.timings!.min * 1000), met: milliseconds < 10))
        }
        return goals
    }
}
