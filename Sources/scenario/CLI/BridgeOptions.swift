import FinModel

/// `--bridge FIGURE [--from NAME] --to NAME`, as `compare` and `report` take them: one figure's
/// change from one option to another, shared between the inputs the two set differently.
///
/// Both commands read the options here, so they mean the same and fail alike: `--to` is needed,
/// `--from` defaults to the base, `base` names the model without a variant, and `--from` or
/// `--to` without `--bridge` is a mistake rather than something silently ignored.
///
///     scenario report FILE --output report.html --bridge 'total(surplus)' --from secured_fees --to all_streams
enum BridgeOptions {
    /// The three options, declared once for both commands' rows of the command table.
    static let specs: [OptionSpec] = [
        .option("bridge", kind: .figure, help: "explain one figure's change between two options, input by input", valueName: "FIGURE"),
        .option("from", kind: .variantName, help: "the option a bridge starts from (default: base)", valueName: "NAME"),
        .option("to", kind: .variantName, help: "the option a bridge ends at", valueName: "NAME"),
    ]

    /// The bridge the arguments ask for, or nil when they give no `--bridge`; a failure, with
    /// the message printed, when they are misused or the bridge cannot be made. Diagnostics in
    /// `printed` have been shown already and are not repeated.
    static func bridge(_ context: CommandContext, example: String, printed: [Diagnostic] = []) -> Result<Scenario.Bridge?, ExitStatus> {
        guard let figure = context.arguments.value("bridge") else {
            for option in ["from", "to"] where context.arguments.value(option) != nil {
                return .failure(ScenarioCommand.usage(UsageError(
                    message: "--\(option) names an option of a bridge, but there is no --bridge",
                    help: "name the figure to bridge as well: \(example)")))
            }
            return .success(nil)
        }
        guard let to = context.arguments.value("to") else {
            return .failure(ScenarioCommand.usage(UsageError(message: "--bridge needs --to, the option to bridge to", help: "write: \(example)")))
        }
        // "base" names the model without a variant, as compare's rows do.
        func option(_ name: String?) -> String? { name == "base" ? nil : name }
        let (found, diagnostics) = context.scenario.bridge(
            SourceText(figure, origin: "--bridge"), from: option(context.arguments.value("from")), to: option(to), overrides: context.overrides)
        Output.diagnostics(diagnostics.filter { !printed.contains($0) })
        guard let found else { return .failure(.badInput) }
        return .success(found)
    }
}
