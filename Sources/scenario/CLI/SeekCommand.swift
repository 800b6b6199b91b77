import FinModel

/// `scenario seek FILE --target 'LINE[PERIOD] = VALUE' --vary INPUT [--variant NAME] [--set ...]`
enum SeekCommand {
    static let options = [
        CommonOptions.set, CommonOptions.variant, CommonOptions.allowPath,
        OptionSpec(name: "target", takesValue: true, repeatable: false, allowedValues: nil,
                   help: "the figure and the value it should reach", valueName: "'LINE[PERIOD] = VALUE'"),
        OptionSpec(name: "vary", takesValue: true, repeatable: false, allowedValues: nil, help: "the input to change", valueName: "INPUT"),
    ]

    static let usage = "scenario seek FILE --target 'surplus[2019/20] = 0' --vary practice_contribution"

    static func run(_ arguments: [String]) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "seek", options: options, usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        guard let target = context.arguments.value("target"), let vary = context.arguments.value("vary") else {
            return ScenarioCommand.usage(UsageError(message: "seek needs --target and --vary", help: "write: \(usage)"))
        }
        let (found, diagnostics) = context.scenario.seek(target: target, vary: vary, overrides: context.overrides, variant: context.arguments.value("variant"))
        Output.diagnostics(diagnostics)
        guard let outcome = found else { return .badInput }
        Output.out(TextWriter.write(OutputDocument(seek: outcome)))
        return .success
    }
}
