import FinModel
import Foundation

/// Every command of `scenario`, run in this process through the library entry points the
/// command line calls, on the by-practice model at a given number of practices.
///
/// What each run covers is what the command does after reading its files: `Scenario.load` of
/// the scenario text (lexing, parsing, reading the CSV from memory), evaluation, and the output
/// in its format, as one string or the workbook's bytes. The REPL case opens a session once,
/// untimed, and times `set` of one input and `show`. Each output is then checked, untimed,
/// against figures recomputed in plain integers (`ByPracticeModel`): a case that printed a wrong
/// figure, or none, fails.
enum CommandCases {
    /// The commands measured, in the order of the table.
    static let all = [
        "run-table", "run-csv", "run-json", "run-markdown", "report", "export", "compare", "check", "explain", "fmt", "repl-set-show",
    ]

    /// What one run produced: the output, and anything the check needs besides it.
    struct Output {
        var text: String
        var problems: [Diagnostic] = []
        /// The figures the output must show, in pence.
        var mustShow: [Int64] = []
        /// Checks of the library's own result that text cannot show (every check passed).
        var agrees = true
    }

    enum Failure: Error, CustomStringConvertible {
        case diagnostics([Diagnostic])
        case unknown(String)
        var description: String {
            switch self {
            case .diagnostics(let problems): DiagnosticRenderer.render(problems)
            case .unknown(let command): "unknown command case '\(command)'"
            }
        }
    }

    static func run(_ command: String, practices: Int) -> CaseResult {
        let model = ByPracticeModel(practices: practices)
        let name = "\(command)-\(practices)"
        let size = "\(practices) practices"
        let implementation = SwiftCases.implementation + ", in process"
        do {
            let (timings, output) = try measure(command, model)
            let missing = output.mustShow.filter { !shows(output.text, pence: $0) }
            let ok = missing.isEmpty && output.agrees && !output.text.isEmpty
            var result = CaseResult(name: name, implementation: implementation, size: size, timings: timings, ok: ok)
            result.figures["practices"] = Double(practices)
            result.figures["output_bytes"] = Double(output.text.utf8.count)
            if !ok {
                result.note = missing.isEmpty ? "the library's result disagreed with the reference"
                    : "output lacks " + missing.map { NationalScenario.pounds($0) }.joined(separator: ", ")
            }
            return result
        } catch {
            return .failed(name, implementation, size: size, reason: "\(error)")
        }
    }

    /// Times the command's runs; returns the last run's output.
    static func measure(_ command: String, _ model: ByPracticeModel) throws -> (Timings, Output) {
        let source = model.source(inline: false), files = model.files
        let base = (ByPracticeModel.ratePence, ByPracticeModel.growthBasisPoints)
        let mustShow = [model.totalNet(ratePence: base.0, growthBasisPoints: base.1),
                        model.lastPracticeFunding(ratePence: base.0, growthBasisPoints: base.1)]

        /// Load and evaluate, as every evaluating command starts.
        func evaluated() throws -> Report {
            let (scenario, problems) = Scenario.load(path: ByPracticeModel.path, text: source, files: files)
            guard let scenario, !problems.contains(where: \.isError) else { throw Failure.diagnostics(problems) }
            let (report, more) = scenario.evaluate()
            guard let report else { throw Failure.diagnostics(more) }
            return report
        }
        func loaded() throws -> Scenario {
            let (scenario, problems) = Scenario.load(path: ByPracticeModel.path, text: source, files: files)
            guard let scenario, !problems.contains(where: \.isError) else { throw Failure.diagnostics(problems) }
            return scenario
        }

        switch command {
        case "run-table", "run-csv", "run-json", "run-markdown":
            let format = OutputFormat(name: String(command.dropFirst("run-".count)))!
            return try SwiftCases.repeated {
                Output(text: format.text(of: OutputDocument(report: try evaluated())) ?? "", mustShow: mustShow)
            }
        case "report":
            return try SwiftCases.repeated {
                let report = try evaluated()
                return Output(text: HTMLWriter.write(OutputDocument(report: report, comparison: nil, descriptions: [:])), mustShow: mustShow)
            }
        case "export":
            return try SwiftCases.repeated {
                let bytes = try XLSXWriter.write(OutputDocument(report: try evaluated()))
                return Output(text: String(decoding: bytes, as: UTF8.self), mustShow: mustShow)
            }
        case "compare":
            let nets = ByPracticeModel.variants.map { model.totalNet(ratePence: $0.ratePence, growthBasisPoints: $0.growthBasisPoints) }
            return try SwiftCases.repeated {
                let (comparison, problems) = try loaded().compare(variants: ByPracticeModel.variants.map(\.name))
                guard let comparison else { throw Failure.diagnostics(problems) }
                let text = OutputFormat.text.text(of: OutputDocument(comparison: comparison, changedOnly: false)) ?? ""
                return Output(text: text, mustShow: [mustShow[0]] + nets, agrees: comparison.reports.count == 3)
            }
        case "check":
            return try SwiftCases.repeated {
                let report = try evaluated()
                var text = TextWriter.write(OutputDocument(checks: report.checks, summary: false))
                text += TextWriter.failures(OutputChecks(report.checks, layout: .listing))
                text += TextWriter.write(OutputDocument(checks: report.checks, listing: false))
                // Five checks of the shares, one per year, and one of the funding over five years.
                return Output(text: text, agrees: report.checks.count == ByPracticeModel.years + 1 && report.checks.allSatisfy(\.passed))
            }
        case "explain":
            let last = ByPracticeModel.years - 1
            let net = model.fundingByYear(ratePence: base.0, growthBasisPoints: base.1)[last] - ByPracticeModel.costPence[last]
            return try SwiftCases.repeated {
                let (explanation, problems) = try loaded().explain(SourceText("total_net[2023/24]", origin: "explain"), depth: 10)
                guard let explanation else { throw Failure.diagnostics(problems) }
                return Output(text: TextWriter.write(OutputDocument(explanation: explanation)), mustShow: [net])
            }
        case "fmt":
            let inline = model.source(inline: true)
            let (timings, formatted) = try SwiftCases.repeated { () throws -> String in
                let (formatted, problems) = ScenarioFormatter.format(path: ByPracticeModel.path, text: inline)
                guard let formatted else { throw Failure.diagnostics(problems) }
                return formatted
            }
            // Layout may change (spacing, thousands separators); the words may not.
            func words(_ text: String) -> [Substring] { text.replacingOccurrences(of: ",", with: "").split(whereSeparator: \.isWhitespace) }
            return (timings, Output(text: formatted, agrees: words(formatted) == words(inline)))
        case "repl-set-show":
            return try replSetShow(model, scenario: loaded())
        default:
            throw Failure.unknown(command)
        }
    }

    /// An open session: `set rate = …` (a new rate each run, so each run changes something),
    /// then `show`, which redraws every table and marks the lines that moved since the last show.
    static func replSetShow(_ model: ByPracticeModel, scenario: Scenario) throws -> (Timings, Output) {
        let (opened, problems) = ScenarioSession.open(scenario)
        guard let session = opened else { throw Failure.diagnostics(problems) }
        var shown: [String: [Exact]] = [:]
        var rate = ByPracticeModel.ratePence
        let (timings, text) = try SwiftCases.repeated { () throws -> String in
            rate += 1
            let problems = session.set("rate", to: "\(NationalScenario.pounds(rate)) per patient", origin: "set rate")
            if problems.contains(where: \.isError) { throw Failure.diagnostics(problems) }
            let (report, more) = session.report()
            guard let report else { throw Failure.diagnostics(more) }
            var changed: Set<String> = []
            for line in report.tables.flatMap(\.lines) {
                if let before = shown[line.name], before != line.values { changed.insert(line.name) }
                shown[line.name] = line.values
            }
            return TextWriter.write(OutputDocument(report: report, tables: report.tables, changed: changed))
        }
        let g = ByPracticeModel.growthBasisPoints
        return (timings, Output(text: text, mustShow: [model.totalNet(ratePence: rate, growthBasisPoints: g),
                                                       model.lastPracticeFunding(ratePence: rate, growthBasisPoints: g)]))
    }
}
