// Shared by the unit tests and the libFuzzer harness (Fuzz/run.sh compiles this file into the
// fuzzer together with the library's sources, as one module).
#if canImport(FinModel)
@testable import FinModel
#endif

/// What must hold for any input bytes whatsoever; a broken promise is described, not trapped on,
/// so the tests can report it and the fuzzer can stop on it.
enum FuzzOracle {
    static func violations(_ bytes: [UInt8]) -> [String] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let diagnostic = Diagnostic.notUTF8(path: "fuzz.scenario", bytes: bytes)
            return spanProblems([diagnostic], size: nil)
        }
        let file = SourceFile(path: "fuzz.scenario", text: text)
        let (scenario, problems) = Scenario.load(path: "fuzz.scenario", text: text, files: .none)
        var found = spanProblems(problems, size: file.bytes.count)
        _ = DiagnosticRenderer.render(problems)
        guard let scenario, !problems.contains(where: \.isError) else { return found }
        let (report, evaluation) = scenario.evaluate()
        found += spanProblems(evaluation, size: file.bytes.count)
        _ = DiagnosticRenderer.render(evaluation)
        if let report {
            found += checkArithmetic(report)
            let document = OutputDocument(report: report)
            for format in OutputFormat.allCases { _ = try? format.bytes(of: document) }
        }
        found += formatting(text, report: report, diagnostics: evaluation)
        return found
    }

    /// Every span lies inside its file, and starts no later than it ends.
    static func spanProblems(_ diagnostics: [Diagnostic], size: Int?) -> [String] {
        diagnostics.compactMap { diagnostic in
            guard let span = diagnostic.span else { return nil }
            let limit = span.file.bytes.count
            if span.start < 0 || span.start > span.end || span.end > limit { return "bad span \(span.start)..\(span.end) of \(limit) for '\(diagnostic.message)'" }
            return nil
        }
    }

    /// A check's difference is computed − stated; it holds exactly when that is within the
    /// allowance its comparison gives (the tolerance, or that share of the stated figure), and
    /// it passes when it holds, or when it fails as an expected discrepancy says it does.
    static func checkArithmetic(_ report: Report) -> [String] {
        report.checks.compactMap { check in
            guard let difference = try? check.computed.subtracting(check.stated) else { return nil }
            if check.difference != difference { return "check '\(check.label)' difference is not computed − stated" }
            let size = check.stated < .zero ? ((try? check.stated.negated()) ?? check.stated) : check.stated
            guard let allowance = check.toleranceIsRelative ? try? size.multiplied(by: check.tolerance) : check.tolerance,
                  let lowest = try? allowance.negated() else { return nil }
            let holds = switch check.comparison {
            case .equal: difference >= lowest && difference <= allowance
            case .atLeast: difference >= lowest
            case .atMost: difference <= allowance
            case .above: difference > lowest
            case .below: difference < allowance
            }
            if (check.verdict != .fails) != holds { return "check '\(check.label)' pass/fail disagrees with its tolerance" }
            if check.passed != (holds == (check.expected == nil)) { return "check '\(check.label)' expected discrepancy counted wrongly" }
            return nil
        }
    }

    /// Formatting succeeds on a file that parses, is stable, and keeps what the file means.
    static func formatting(_ text: String, report: Report?, diagnostics: [Diagnostic]) -> [String] {
        let (formatted, problems) = ScenarioFormatter.format(path: "fuzz.scenario", text: text)
        guard let formatted else { return ["a file that parses does not format: \(problems.first?.message ?? "")"] }
        let (again, _) = ScenarioFormatter.format(path: "fuzz.scenario", text: formatted)
        var found: [String] = []
        if again != formatted { found.append("formatting is not idempotent") }
        let (reformed, reformProblems) = Scenario.load(path: "fuzz.scenario", text: formatted, files: .none)
        guard let reformed, !reformProblems.contains(where: \.isError) else {
            return found + ["the formatted file does not parse: \(reformProblems.first?.message ?? "")"]
        }
        let (newReport, newDiagnostics) = reformed.evaluate()
        switch (report, newReport) {
        case (let old?, let new?):
            let text = { (report: Report) in OutputFormat.text.text(of: OutputDocument(report: report))! + CSVWriter.write(OutputDocument(report: report)) }
            if text(old) != text(new) {
                found.append("the formatted file evaluates differently")
            }
        case (nil, nil):
            // Messages quote source text, whose spacing the formatter may change.
            let squeeze = { (list: [Diagnostic]) in list.map { $0.message.filter { $0 != " " } } }
            if squeeze(diagnostics) != squeeze(newDiagnostics) { found.append("the formatted file fails differently") }
        default:
            found.append("the formatted file \(newReport == nil ? "fails" : "evaluates") where the original \(report == nil ? "fails" : "evaluates")")
        }
        return found
    }
}
