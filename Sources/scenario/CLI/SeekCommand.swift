import FinModel

/// `scenario seek FILE --target 'LINE[PERIOD] = VALUE' --vary INPUT [--within FROM..TO] [--variant NAME] [--set ...]`
enum SeekCommand {
    static let usage = "scenario seek FILE --target 'surplus[2019/20] = 0' --vary practice_contribution"

    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "seek", usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        guard let targetText = context.arguments.value("target"), let vary = context.arguments.value("vary") else {
            return ScenarioCommand.usage(UsageError(message: "seek needs --target and --vary", help: "write: \(usage)"))
        }
        // Each argument is its own one-line text, so a mistake is shown as '--target:1:COLUMN'.
        let target: Scenario.SeekTarget
        switch AnalysisArguments.seekTarget(SourceText(targetText, origin: "--target"), followedBy: "the end of the line") {
        case .success(let split): target = split
        case .failure(let problem):
            Output.diagnostics([problem])
            return .badInput
        }
        var bounds: Scenario.SeekBounds?
        if let within = context.arguments.value("within") {
            switch AnalysisArguments.seekBounds(SourceText(within, origin: "--within"), option: "--within") {
            case .success(let split): bounds = split
            case .failure(let problem):
                Output.diagnostics([problem])
                return .badInput
            }
        }
        let (found, diagnostics) = context.scenario.seek(
            target, varying: SourceText(vary, origin: "--vary"), within: bounds, overrides: context.overrides,
            variant: context.arguments.value("variant"))
        Output.diagnostics(diagnostics)
        guard let outcome = found else { return .badInput }
        Output.diagnostics(outcome.warnings)
        Output.out(CommonOptions.outputFormat(context.arguments).text(of: OutputDocument(seek: outcome)) ?? "")
        return .success
    }
}
