import FinModel

/// `scenario compare FILE [--variant A --variant B ...] [--changed] [--format ...]`
enum CompareCommand {
    static let usage = "scenario compare FILE [--variant NAME]... [--changed] [--format table|csv|json|markdown]"

    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "compare", usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        if let misuse = CommonOptions.csvOnlyOptionsMisused(context.arguments, subcommand: "compare") { return ScenarioCommand.usage(misuse) }
        let options: RenderOptions
        switch CommonOptions.renderOptions(context.arguments) {
        case .success(let chosen): options = chosen
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let (comparison, diagnostics) = context.scenario.compare(variants: context.arguments.values("variant"), overrides: context.overrides)
        Output.diagnostics(diagnostics)
        guard let comparison else { return .badInput }
        let format = CommonOptions.outputFormat(context.arguments)
        let document = OutputDocument(comparison: comparison, changedOnly: context.arguments.has("changed"))
        Output.out(format.text(of: document, options: options) ?? "")
        return .success
    }
}
