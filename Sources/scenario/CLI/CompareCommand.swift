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
        if let figure = context.arguments.value("bridge") { return bridge(figure, context, options: options) }
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

    /// The bridge of one figure from `--from` (the base unless given) to `--to`.
    static func bridge(_ figure: String, _ context: CommandContext, options: RenderOptions) -> ExitStatus {
        guard let to = context.arguments.value("to") else {
            return ScenarioCommand.usage(UsageError(message: "--bridge needs --to, the option to bridge to", help: "write: \(bridgeUsage)"))
        }
        // "base" names the model without a variant, as compare's rows do.
        func option(_ name: String?) -> String? { name == "base" ? nil : name }
        let (found, diagnostics) = context.scenario.bridge(
            SourceText(figure, origin: "--bridge"), from: option(context.arguments.value("from")), to: option(to), overrides: context.overrides)
        Output.diagnostics(diagnostics)
        guard let bridge = found else { return .badInput }
        Output.out(CommonOptions.outputFormat(context.arguments).text(of: OutputDocument(bridge: bridge), options: options) ?? "")
        return .success
    }
}
