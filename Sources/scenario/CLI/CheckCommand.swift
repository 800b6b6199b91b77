import FinModel

/// The last scenario `check` loaded, never freed: the process ends straight after the command,
/// and freeing a large model node by node was a twentieth of checking a 4 MB scenario. Each
/// earlier one is freed when the next takes its place, so memory holds one model at a time.
nonisolated(unsafe) private var lastChecked: Scenario?
/// What the last scenario's checks were worked out from (every line's figures), kept to the
/// exit for the same reason; an earlier one is freed before the next scenario is evaluated.
nonisolated(unsafe) private var lastEvaluation: Any?

/// `scenario check FILE...`: one line per check; exit 0 when all pass, 1 when any fails.
enum CheckCommand {
    static func run(_ parsed: ParsedArguments) -> ExitStatus {
        guard !parsed.positionals.isEmpty else {
            return ScenarioCommand.usage(UsageError(message: "check needs at least one scenario file", help: "write: scenario check FILE..."))
        }
        let overrides: [Override]
        switch CommonOptions.overrides(parsed) {
        case .success(let list): overrides = list
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let options: RenderOptions
        switch CommonOptions.renderOptions(parsed) {
        case .success(let chosen): options = chosen
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let json = CommonOptions.outputFormat(parsed) == .json
        let loader = CommonOptions.loader(parsed)
        var badInput = false
        var allChecks: [CheckResult] = []
        var evaluatedAny = false
        for path in parsed.positionals {
            let scenario: Scenario
            switch loader.load(path) {
            case .success(let loaded): scenario = loaded
            case .failure(let failure):
                Output.diagnostics(failure.diagnostics)
                badInput = true
                continue
            }
            // The last scenario is kept until the process exits, which frees it all at once.
            defer { lastChecked = scenario }
            lastEvaluation = nil
            let (evaluated, diagnostics) = scenario.evaluateChecks(overrides: overrides, variant: parsed.value("variant"),
                                                                   keeping: &lastEvaluation)
            Output.diagnostics(diagnostics)
            guard let checks = evaluated else {
                badInput = true
                continue
            }
            evaluatedAny = true
            if !json {
                if checks.isEmpty { Output.out("\(ScenarioLoader.displayPath(path)): no checks\n") }
                Output.out(TextWriter.write(OutputDocument(checks: checks, summary: false), options: options))
            }
            let failures = TextWriter.failures(OutputChecks(checks, layout: .listing))
            if !failures.isEmpty { Output.error(failures) }
            allChecks += checks
        }
        // No summary when nothing was evaluated: "0 checks: 0 passed" would read as a pass.
        if evaluatedAny {
            Output.out(json ? JSONWriter.checks(allChecks.map(OutputCheck.init)) : TextWriter.write(OutputDocument(checks: allChecks, listing: false), options: options))
        }
        if badInput { return .badInput }
        return allChecks.allSatisfy(\.passed) ? .success : .checkFailed
    }
}
