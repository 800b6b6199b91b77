import FinModel
import Foundation

/// `scenario explain FILE 'LINE[PERIOD]' [--depth N] [--dependents]`
enum ExplainCommand {
    static let usage = "scenario explain FILE 'surplus[2019/20]' [--depth N] [--dependents]"

    static func run(_ parsed: ParsedArguments) -> ExitStatus {
        guard parsed.positionals.count == 2 else {
            return ScenarioCommand.usage(UsageError(message: "explain needs a scenario file and a figure", help: "write: \(usage)"))
        }
        // Reuse the common loading with the figure taken off the positionals.
        var fileArguments = parsed
        fileArguments.positionals = [parsed.positionals[0]]
        let context: CommandContext
        switch CommandContext.prepare(fileArguments, subcommand: "explain", usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        let figure = parsed.positionals[1]
        var depth = 10
        if let text = parsed.value("depth") {
            guard let number = Int(text), number >= 0 else {
                return ScenarioCommand.usage(UsageError(message: "--depth takes a whole number of 0 or more, found '\(text)'", help: "write, for example, --depth 2"))
            }
            depth = number
        }
        if parsed.has("dependents") {
            let name = String(figure.prefix { $0 != "[" }).trimmingCharacters(in: .whitespaces)
            let (dependents, diagnostics) = context.scenario.dependents(of: name)
            Output.diagnostics(diagnostics)
            if diagnostics.contains(where: \.isError) { return .badInput }
            Output.out(CommonOptions.outputFormat(parsed).text(of: OutputDocument(dependents: dependents, of: name)) ?? "")
            return .success
        }
        let (explanation, diagnostics) = context.scenario.explain(
            SourceText(figure, origin: "explain"), depth: depth, overrides: context.overrides, variant: context.arguments.value("variant"))
        Output.diagnostics(diagnostics)
        guard let explanation else { return .badInput }
        Output.out(CommonOptions.outputFormat(parsed).text(of: OutputDocument(explanation: explanation)) ?? "")
        return .success
    }
}
