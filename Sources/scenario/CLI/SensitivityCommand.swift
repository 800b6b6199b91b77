import FinModel

/// `scenario sensitivity FILE --target LINE[PERIOD] --vary INPUT=FROM..TO:STEP [--vary INPUT2=...]`
enum SensitivityCommand {
    static let usage = "scenario sensitivity FILE --target 'surplus[2019/20]' --vary practice_contribution=£0.40..£0.60:£0.05"

    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "sensitivity", usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        if let misuse = CommonOptions.csvOnlyOptionsMisused(context.arguments, subcommand: "sensitivity") { return ScenarioCommand.usage(misuse) }
        let options: RenderOptions
        switch CommonOptions.renderOptions(context.arguments) {
        case .success(let chosen): options = chosen
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let varied = context.arguments.values("vary")
        guard let target = context.arguments.value("target"), !varied.isEmpty else {
            return ScenarioCommand.usage(UsageError(message: "sensitivity needs --target and --vary", help: "write: \(usage)"))
        }
        guard varied.count <= 2 else {
            Output.diagnostics([Diagnostic.file(context.path, "sensitivity takes one or two --vary ranges, found \(varied.count)",
                                                help: "write --vary INPUT=FROM..TO:STEP, once or twice")])
            return .badInput
        }
        // Each argument is its own one-line text, so a mistake is shown as '--vary:1:COLUMN'.
        var ranges: [Scenario.SensitivityRange] = []
        for text in varied {
            switch AnalysisArguments.sensitivityRange(SourceText(text, origin: "--vary"), option: "--vary") {
            case .success(let range): ranges.append(range)
            case .failure(let problem):
                Output.diagnostics([problem])
                return .badInput
            }
        }
        let (table, diagnostics) = context.scenario.sensitivity(
            of: SourceText(target, origin: "--target"), varying: ranges, overrides: context.overrides,
            variant: context.arguments.value("variant"))
        Output.diagnostics(diagnostics)
        guard let table else { return .badInput }
        let format = CommonOptions.outputFormat(context.arguments)
        Output.out(format.text(of: OutputDocument(sensitivity: table), options: options) ?? "")
        return .success
    }
}
