import FinModel
import Foundation

/// The cases FinModel runs, each in its own child process so its peak memory is its own.
///
/// Each runs once to warm up and then `Repetition.timed` times; the result of the last run is
/// checked (untimed) against the reference values.
enum SwiftCases {
    static let implementation: String = {
        #if DEBUG
        return "FinModel \(FinModel.version) (Swift, debug build)"
        #else
        return "FinModel \(FinModel.version) (Swift)"
        #endif
    }()

    /// Runs `body` once to warm up and then `Repetition.timed` times, keeping only the last
    /// result (earlier ones are released before the next run, so peak memory is one run's).
    static func repeated<T>(_ body: () throws -> T) rethrows -> (Timings, T) {
        var samples: [Double] = []
        var cpu: [Double] = []
        var last: T?
        for run in 0..<(Repetition.warmUps + Repetition.timed) {
            last = nil
            let cpuBefore = processorSeconds()
            let (seconds, value) = try Stopwatch.time(body)
            if run >= Repetition.warmUps {
                samples.append(seconds)
                cpu.append(processorSeconds() - cpuBefore)
            }
            last = value
        }
        lastProcessorSeconds = Timings(cpu)
        return (Timings(samples), last!)
    }

    /// The processor time (user and system) of the last `repeated` runs: on a shared machine a
    /// run can wait for a core, which counts in wall time but not here.
    nonisolated(unsafe) static var lastProcessorSeconds = Timings([])

    /// The projection with the library's types, materialising every monthly cell into one
    /// `[Money]` on one core: the array and the 4 KiB pages any Swift program gets by default.
    static func projectionInArray(_ sizes: Sizes, name: String) -> CaseResult {
        let expected = Checksums.reference(for: sizes) ?? PlainReference.run(sizes).checksums
        do {
            let (timings, outcome) = try repeated { try LibraryProjection.run(sizes) }
            // Untimed: the stored cells alone must give the same checksums.
            let stored = outcome.cells.withUnsafeBufferPointer { LibraryProjection.checksums(ofStored: $0) }
            let ok = outcome.checksums == expected && stored == expected && outcome.cells.count == sizes.cells
            var result = CaseResult(
                name: name, implementation: implementation + ", [Money], one core", size: sizes.description, timings: timings, cells: sizes.cells,
                checksum: outcome.checksums.checksum, grandTotalPence: outcome.checksums.grandTotalPence,
                expectedChecksum: expected.checksum, expectedGrandTotalPence: expected.grandTotalPence, ok: ok)
            result.figures["cell_bytes"] = Double(outcome.cells.count * MemoryLayout<Money>.stride)
            if Checksums.reference(for: sizes) == nil { result.note = "checked against a plain integer recomputation" }
            return result
        } catch {
            return .failed(name, implementation, size: sizes.description, reason: "\(error)")
        }
    }

    /// The projection at the machine's limit (`ParallelProjection`): every core, the cells in
    /// huge pages. With `rerun`, one buffer is kept across the runs, as an open session re-running
    /// the projection keeps it; otherwise each run maps a fresh buffer, as each peer's run does.
    static func projection(_ sizes: Sizes, name: String, rerun: Bool = false) -> CaseResult {
        let expected = Checksums.reference(for: sizes) ?? PlainReference.run(sizes).checksums
        let workers = Cores.available
        let implementation = implementation + ", \(workers) core\(workers == 1 ? "" : "s"), huge pages"
        do {
            let kept = rerun ? CellBuffer<Money>(count: sizes.cells) : nil
            let (timings, outcome) = try repeated { () throws -> (LibraryProjection.Outcome, CellBuffer<Money>) in
                guard let buffer = kept ?? CellBuffer<Money>(count: sizes.cells) else { throw CellBufferError.noMemory(sizes.cells) }
                let outcome = try ParallelProjection.run(sizes, into: buffer, workers: workers)
                return (outcome, buffer)
            }
            let hugePageBytes = CellBuffer<Money>.hugePageBytes()
            let (projected, buffer) = outcome
            let stored = LibraryProjection.checksums(ofStored: UnsafeBufferPointer(buffer.cells))
            let reference = PlainReference.run(sizes).streamYearTotals.flatMap { $0 }
            let ok = projected.checksums == expected && stored == expected && projected.streamYearTotals == reference
                && projected.practiceTotals.reduce(0, +) == expected.grandTotalPence
            var result = CaseResult(
                name: name, implementation: implementation, size: sizes.description, timings: timings, cells: sizes.cells,
                checksum: projected.checksums.checksum, grandTotalPence: projected.checksums.grandTotalPence,
                expectedChecksum: expected.checksum, expectedGrandTotalPence: expected.grandTotalPence, ok: ok)
            result.figures["cell_bytes"] = Double(sizes.cells * MemoryLayout<Money>.stride)
            result.figures["workers"] = Double(workers)
            result.figures["huge_page_bytes"] = hugePageBytes.map(Double.init)
            var notes: [String] = []
            if rerun { notes.append("one buffer kept across runs: only the warm-up run takes page faults") }
            notes.append(hugePageNote(advised: buffer.advised, bytes: hugePageBytes))
            if Checksums.reference(for: sizes) == nil { notes.append("checked against a plain integer recomputation") }
            result.note = notes.joined(separator: "; ")
            return result
        } catch {
            return .failed(name, implementation, size: sizes.description, reason: "\(error)")
        }
    }

    /// What the kernel gave: huge pages, or why not.
    static func hugePageNote(advised: Bool, bytes: Int?) -> String {
        let setting = CellBuffer<Money>.transparentHugePages.map { "transparent huge pages: \($0)" } ?? "no transparent huge pages"
        guard advised else { return "huge pages not available (\(setting)): ordinary pages" }
        return "\(setting); \(bytes.map { "\($0 >> 20) MiB" } ?? "an unknown amount") in huge pages after the last run"
    }

    enum CellBufferError: Error, CustomStringConvertible {
        case noMemory(Int)
        var description: String {
            switch self {
            case .noMemory(let count): "no memory for \(count) cells"
            }
        }
    }

    /// The memory line in huge pages on every core (`HugePageMemoryLimit`).
    static func hugePageLimit(_ sizes: Sizes) -> CaseResult {
        let workers = Cores.available
        // The last run's buffer is kept until its huge pages are counted.
        let (timings, (sum, buffer)) = repeated { HugePageMemoryLimit.run(cells: sizes.cells, workers: workers) }
        let bytes = CellBuffer<Int64>.hugePageBytes()
        let outcome = buffer == nil ? nil : sum
        let advised = buffer?.advised ?? false
        let count = Int64(sizes.cells)
        let expected = count % 2 == 0 ? (count / 2) &* (count &- 1) : count &* ((count &- 1) / 2)
        var result = CaseResult(name: "limit-huge", implementation: "Swift, huge pages, \(workers) core\(workers == 1 ? "" : "s") write + read",
                                size: "\(sizes.cells) cells", timings: timings, cells: sizes.cells, ok: outcome == expected)
        result.note = "writes 0, 1, 2, … into a fresh huge-page buffer on every core and sums them back; " + hugePageNote(advised: advised, bytes: bytes)
        return result
    }

    /// Writing and reading back as many 64-bit cells, with no arithmetic.
    static func limit(_ sizes: Sizes) -> CaseResult {
        let (timings, outcome) = repeated { MemoryLimit.run(cells: sizes.cells) }
        let count = Int64(sizes.cells)
        // The cells hold 0, 1, 2, …: their sum is n(n − 1)/2 (wrapping, as summed).
        let expected = count % 2 == 0 ? (count / 2) &* (count &- 1) : count &* ((count &- 1) / 2)
        var result = CaseResult(name: "limit", implementation: "Swift, [Int64] write + read", size: "\(sizes.cells) cells",
                                timings: timings, cells: sizes.cells, ok: outcome.sum == expected)
        result.note = "writes 0, 1, 2, … into a fresh array and sums them back"
        return result
    }

    /// The generated national scenario: loaded, evaluated, and its totals checked.
    static func scenario(_ sizes: Sizes) -> CaseResult {
        let inputs = WorkloadInputs(sizes)
        let csv = NationalScenario.csv(inputs), source = NationalScenario.source(sizes, inputs)
        let run = loadAndEvaluate(path: NationalScenario.path, source: source, csv: csv)
        let size = "\(sizes) (\(source.utf8.count + csv.utf8.count) bytes)"
        guard let report = run.report else {
            return .failed("scenario", implementation, size: size, reason: DiagnosticRenderer.render(run.problems))
        }
        let (matches, total) = compare(report, with: PlainReference.run(sizes).streamYearTotals)
        let expected = Checksums.reference(for: sizes)?.grandTotalPence ?? PlainReference.run(sizes).checksums.grandTotalPence
        var result = CaseResult(name: "scenario", implementation: implementation + ", scenario language", size: size, timings: run.timings,
                                cells: sizes.practices * sizes.streams * sizes.years, grandTotalPence: total,
                                expectedGrandTotalPence: expected, ok: matches && total == expected)
        (result.figures["load_median_s"], result.figures["evaluate_median_s"]) = (run.loadMedian, run.evaluateMedian)
        result.note = "yearly cells (a model of years: a twelfth of the projection's monthly cells); per-stream-year totals compared with the projection's"
        return result
    }

    /// A generated scenario loaded and evaluated as `repeated` times it, with the CSV of practices
    /// beside it: the timings, the last report (nil, with the diagnostics, where it failed), and
    /// the median seconds of loading and of evaluating in the timed runs.
    static func loadAndEvaluate(path: String, source: String, csv: String)
        -> (timings: Timings, report: Report?, problems: [Diagnostic], loadMedian: Double, evaluateMedian: Double) {
        let files = NationalScenario.files(csv: csv)
        var loadSeconds: [Double] = [], evaluateSeconds: [Double] = []
        let (timings, outcome) = repeated { () -> (Report?, [Diagnostic]) in
            let (loadTime, (scenario, problems)) = Stopwatch.time { Scenario.load(path: path, text: source, files: files) }
            guard let scenario, !problems.contains(where: \.isError) else { return (nil, problems) }
            let (evaluateTime, evaluated) = Stopwatch.time { scenario.evaluate() }
            loadSeconds.append(loadTime)
            evaluateSeconds.append(evaluateTime)
            return evaluated
        }
        func median(_ seconds: [Double]) -> Double { Timings(Array(seconds.suffix(Repetition.timed))).median }
        return (timings, outcome.0, outcome.1, median(loadSeconds), median(evaluateSeconds))
    }

    /// Whether every stream's national total per year equals `expected` (pence), and their sum.
    static func compare(_ report: Report, with expected: [[Int64]]) -> (Bool, Int64?) {
        guard let table = report.tables.first, table.lines.count == expected.count else { return (false, nil) }
        var total: Int64 = 0
        for (line, years) in zip(table.lines, expected) {
            guard line.values.count == years.count else { return (false, nil) }
            for (value, pence) in zip(line.values, years) {
                guard let money = try? Money(exactPounds: value), money.pence == pence else { return (false, nil) }
                total += pence
            }
        }
        return (true, total)
    }

    /// Parsing and building a large scenario: megabytes of source per second.
    static func parse(streams: Int) -> CaseResult {
        let source = NationalScenario.parseSource(streams: streams)
        let bytes = source.utf8.count
        let (timings, outcome) = repeated { Scenario.load(path: "parse.scenario", text: source, files: .none) }
        let ok = outcome.0 != nil && !outcome.1.contains(where: \.isError) && outcome.0?.lineNames.count == 2 * streams
        var result = CaseResult(name: "parse", implementation: implementation + ", Scenario.load", size: "\(bytes) bytes, \(streams) streams",
                                timings: timings, ok: ok)
        result.figures["mb_per_s"] = Double(bytes) / 1e6 / timings.median
        result.figures["source_bytes"] = Double(bytes)
        if !ok { result.note = DiagnosticRenderer.render(outcome.1) }
        return result
    }

    /// One stream's rate changed in an open national scenario (the REPL's `set`, then its report),
    /// against a full evaluation of the same scenario.
    static func whatIf(_ sizes: Sizes) -> CaseResult {
        let inputs = WorkloadInputs(sizes)
        let csv = NationalScenario.csv(inputs)
        let (loaded, problems) = Scenario.load(path: NationalScenario.path, text: NationalScenario.source(sizes, inputs), files: NationalScenario.files(csv: csv))
        let size = "\(sizes), 1 of \(sizes.streams) rates"
        guard let scenario = loaded, !problems.contains(where: \.isError) else {
            return .failed("what-if", implementation, size: size, reason: DiagnosticRenderer.render(problems))
        }
        let (full, fullReport) = repeated { scenario.evaluate().0 }
        let fullProcessor = lastProcessorSeconds
        guard fullReport != nil, let session = ScenarioSession.open(scenario).0 else {
            return .failed("what-if", implementation, size: size, reason: "the scenario does not evaluate")
        }
        let stream = sizes.streams / 2
        let input = "rate_\(NationalScenario.streamName(stream, of: sizes.streams))"
        var rate = inputs.ratePence[stream]
        var evaluatedLines = 0
        // A different rate every run, so every run changes something.
        // The REPL's `set`, then `show` of the summary table: the report and the table redrawn.
        let (timings, outcome) = repeated { () -> (Report?, [Diagnostic], String) in
            rate += 1
            let problems = session.set(input, to: "\(NationalScenario.pounds(rate)) per patient")
            evaluatedLines = session.lastEvaluatedCount
            if problems.contains(where: \.isError) { return (nil, problems, "") }
            let (report, more) = session.report()
            guard let report else { return (nil, more, "") }
            return (report, more, TextWriter.write(OutputDocument(report: report, tables: report.tables)))
        }
        guard let report = outcome.0 else {
            return .failed("what-if", implementation, size: size, reason: DiagnosticRenderer.render(outcome.1))
        }
        var expected = PlainReference.run(sizes).streamYearTotals
        expected[stream] = PlainReference.streamTotals(sizes, stream: stream, ratePence: rate)
        let (matches, _) = compare(report, with: expected)
        // The redrawn table shows the changed stream's new total over the years.
        let redrawn = shows(outcome.2, pence: expected[stream].reduce(0, +))
        var result = CaseResult(name: "what-if", implementation: implementation + ", ScenarioSession.set + report + table", size: size,
                                timings: timings, ok: matches && redrawn)
        result.figures["full_evaluation_median_s"] = full.median
        result.figures["full_evaluation_min_s"] = full.min
        result.figures["full_evaluation_cpu_median_s"] = fullProcessor.median
        result.figures["ratio_to_full_evaluation"] = timings.median / full.median
        result.figures["lines_evaluated"] = Double(evaluatedLines)
        result.note = "changes \(input), re-evaluates what depends on it, rebuilds the report and redraws its table; checked against the new totals"
        return result
    }

    /// The board's question on the shipped options scenario.
    static func goalSeek(scenarioPath: String?) -> CaseResult {
        let target = "surplus[2019/20] = 0", vary = "practice_contribution"
        let size = "federation-beyond-april-2019"
        guard let scenarioPath, let text = try? String(contentsOfFile: scenarioPath, encoding: .utf8) else {
            return .skipped("goal-seek", implementation, size: size, reason: "Scenarios/federation-beyond-april-2019.scenario not found")
        }
        let (scenario, problems) = Scenario.load(path: scenarioPath, text: text, files: .none)
        guard let scenario, !problems.contains(where: \.isError) else {
            return .failed("goal-seek", implementation, size: size, reason: DiagnosticRenderer.render(problems))
        }
        let goal = Scenario.SeekTarget(
            figure: SourceText("surplus[2019/20]", origin: "target"), value: SourceText("0", origin: "target"))
        let (timings, outcome) = repeated { scenario.seek(goal, varying: SourceText(vary, origin: "vary")) }
        // The README's answer: £0.52 per patient breaks even in 2019/20 with the secured contracts.
        let ok = outcome.0.map { $0.value == (try? Exact(numerator: 52, denominator: 100)) } ?? false
        var result = CaseResult(name: "goal-seek", implementation: implementation + ", Scenario.seek", size: size, timings: timings, ok: ok)
        result.figures["evaluations"] = outcome.0.map { Double($0.evaluations) }
        result.note = "seek '\(target)' varying \(vary): \(outcome.0.map { "£\($0.value) per patient" } ?? "no answer")"
        return result
    }
}
