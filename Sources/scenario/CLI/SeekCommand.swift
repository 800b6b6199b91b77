import FinModel

/// `scenario seek FILE --target 'LINE[PERIOD] = VALUE' --vary INPUT [--variant NAME] [--set ...]`
enum SeekCommand {
    static let options = [
        CommonOptions.set, CommonOptions.variant, CommonOptions.allowPath,
        OptionSpec(name: "target", takesValue: true, repeatable: false, allowedValues: nil,
                   help: "the figure and the value it should reach", valueName: "'LINE[PERIOD] = VALUE'"),
        OptionSpec(name: "vary", takesValue: true, repeatable: false, allowedValues: nil, help: "the input to change", valueName: "INPUT"),
    ]

    static func run(_ arguments: [String]) -> ExitStatus {
        guard let parsed = ScenarioCommand.parse(arguments, options: options, subcommand: "seek") else {
            return arguments.contains("--help") || arguments.contains("-h") ? .success : .badInput
        }
        guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
            return ScenarioCommand.usage(UsageError(message: "seek needs one scenario file", help: "write: scenario seek FILE --target 'surplus[2019/20] = 0' --vary practice_contribution"))
        }
        guard let target = parsed.value("target"), let vary = parsed.value("vary") else {
            return ScenarioCommand.usage(UsageError(message: "seek needs --target and --vary", help: "write: scenario seek FILE --target 'surplus[2019/20] = 0' --vary practice_contribution"))
        }
        let overrides: [Override]
        switch CommonOptions.overrides(parsed) {
        case .success(let list): overrides = list
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let scenario: Scenario
        switch CommonOptions.loader(parsed).load(path) {
        case .success(let loaded): scenario = loaded
        case .failure(let failure):
            Output.diagnostics(failure.diagnostics)
            return .badInput
        }
        let (found, diagnostics) = scenario.seek(target: target, vary: vary, overrides: overrides, variant: parsed.value("variant"))
        Output.diagnostics(diagnostics)
        guard let outcome = found else { return .badInput }
        Output.out(render(outcome))
        return .success
    }

    /// `practice_contribution = £0.52 per patient`, then what the target comes to, and one step back.
    static func render(_ outcome: Scenario.SeekOutcome) -> String {
        func input(_ value: Exact) -> String {
            outcome.inputFormat == .percent || outcome.unit.isEmpty || outcome.unit == "£"
                ? FigureText.text(value, format: outcome.unit == "£" ? .money : outcome.inputFormat)
                : FigureText.withUnit(value, format: .quantity(outcome.unit))
        }
        func figure(_ value: Exact) -> String { FigureText.text(value, format: outcome.format) }
        var text = "\(outcome.input) = \(input(outcome.value))\n"
        let residual = (try? outcome.achieved.subtracting(outcome.target)) ?? .zero
        text += "  \(outcome.targetText) = \(figure(outcome.achieved)) (target \(figure(outcome.target)), residual \(residual > .zero ? "+" : "")\(figure(residual)))\n"
        if let neighbour = outcome.neighbour, let achieved = outcome.neighbourAchieved {
            text += "  at \(input(neighbour)): \(outcome.targetText) = \(figure(achieved))\n"
        }
        return text
    }
}
