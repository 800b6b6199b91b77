import FinModel

/// `scenario sensitivity FILE --target LINE[PERIOD] --vary INPUT=FROM..TO:STEP [--vary INPUT2=...]`
enum SensitivityCommand {
    static let usage = "scenario sensitivity FILE --target 'surplus[2019/20]' --vary practice_contribution=£0.40..£0.60:£0.05"
    static let options = [
        CommonOptions.set, CommonOptions.variant, CommonOptions.allowPath, CommonOptions.format,
        OptionSpec(name: "target", takesValue: true, repeatable: false, allowedValues: nil, help: "the figure to tabulate", valueName: "LINE[PERIOD]"),
        OptionSpec(name: "vary", takesValue: true, repeatable: true, allowedValues: nil, help: "an input and its range", valueName: "INPUT=FROM..TO:STEP"),
    ]

    static func run(_ arguments: [String]) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "sensitivity", options: options, usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        guard let target = context.arguments.value("target"), !context.arguments.values("vary").isEmpty else {
            return ScenarioCommand.usage(UsageError(message: "sensitivity needs --target and --vary", help: "write: \(usage)"))
        }
        let (table, diagnostics) = context.scenario.sensitivity(
            target: target, vary: context.arguments.values("vary"), overrides: context.overrides, variant: context.arguments.value("variant"))
        Output.diagnostics(diagnostics)
        guard let table else { return .badInput }
        let format = CommonOptions.outputFormat(context.arguments)
        Output.out(format.text(of: OutputDocument(sensitivity: table)) ?? "")
        return .success
    }
}
