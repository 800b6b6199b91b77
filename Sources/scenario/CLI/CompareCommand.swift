import FinModel

/// `scenario compare FILE [--variant A --variant B ...] [--changed] [--format ...]`
enum CompareCommand {
    static let usage = "scenario compare FILE [--variant NAME]... [--changed] [--format table|csv|json|markdown]"
    static let options = [
        CommonOptions.set, CommonOptions.allowPath, CommonOptions.format,
        OptionSpec(name: "variant", takesValue: true, repeatable: true, allowedValues: nil, help: "a variant to compare (default: all)", valueName: "NAME"),
        OptionSpec(name: "changed", takesValue: false, repeatable: false, allowedValues: nil, help: "hide lines no variant changes", valueName: ""),
    ]

    static func run(_ arguments: [String]) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "compare", options: options, usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        let (comparison, diagnostics) = context.scenario.compare(variants: context.arguments.values("variant"), overrides: context.overrides)
        Output.diagnostics(diagnostics)
        guard let comparison else { return .badInput }
        let format = CommonOptions.outputFormat(context.arguments)
        Output.out(format.text(of: OutputDocument(comparison: comparison, changedOnly: context.arguments.has("changed"))) ?? "")
        return .success
    }
}
