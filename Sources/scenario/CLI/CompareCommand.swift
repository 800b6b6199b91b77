import FinModel

/// `scenario compare FILE [--variant A --variant B ...] [--changed] [--format ...]`, or
/// `scenario compare FILE --bridge FIGURE [--from NAME] --to NAME`.
enum CompareCommand {
    static let usage = "scenario compare FILE [--variant NAME]... [--changed] [--format table|csv|json|markdown]"
    static let bridgeUsage = "scenario compare FILE --bridge 'total(surplus)' --from secured_fees --to all_streams"

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
        switch BridgeOptions.bridge(context, example: bridgeUsage) {
        case .success(let bridge?):
            Output.out(CommonOptions.outputFormat(context.arguments).text(of: OutputDocument(bridge: bridge), options: options) ?? "")
            return .success
        case .success(nil): break
        case .failure(let status): return status
        }
        let (comparison, diagnostics) = context.scenario.compare(variants: context.arguments.values("variant"), overrides: context.overrides)
        Output.diagnostics(diagnostics)
        guard let comparison else { return .badInput }
        let format = CommonOptions.outputFormat(context.arguments)
        let against: String?
        switch CommonOptions.against(context.arguments, among: comparison.names) {
        case .success(let name): against = name
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let document = OutputDocument(comparison: comparison, changedOnly: context.arguments.has("changed"), against: against)
        Output.out(format.text(of: document, options: options) ?? "")
        return .success
    }
}
