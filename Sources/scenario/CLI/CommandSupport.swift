import FinModel

/// The steps every evaluating subcommand shares: parse options, read overrides, load the file.
struct CommandContext {
    let arguments: ParsedArguments
    let path: String
    let overrides: [Override]
    let scenario: Scenario

    /// Parses and loads, or returns the exit status to stop with (help printed, or an error).
    static func prepare(_ raw: [String], subcommand: String, options: [OptionSpec], usage: String) -> Result<CommandContext, ExitStatus> {
        guard let parsed = ScenarioCommand.parse(raw, options: options, subcommand: subcommand) else {
            return .failure(raw.contains("--help") || raw.contains("-h") ? .success : .badInput)
        }
        guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
            return .failure(ScenarioCommand.usage(UsageError(
                message: parsed.positionals.isEmpty ? "\(subcommand) needs a scenario file" : "\(subcommand) takes one scenario file, found \(parsed.positionals.count)",
                help: "write: \(usage)")))
        }
        let overrides: [Override]
        switch CommonOptions.overrides(parsed) {
        case .success(let list): overrides = list
        case .failure(let error): return .failure(ScenarioCommand.usage(error))
        }
        switch CommonOptions.loader(parsed).load(path) {
        case .success(let scenario): return .success(CommandContext(arguments: parsed, path: path, overrides: overrides, scenario: scenario))
        case .failure(let failure):
            Output.diagnostics(failure.diagnostics)
            return .failure(.badInput)
        }
    }
}

extension CommonOptions {
    static let format = OptionSpec(name: "format", takesValue: true, repeatable: false, allowedValues: OutputFormat.printedNames,
                                   help: "output format", valueName: "FORMAT")

    /// The format `--format` names; the terminal's table when it is not given.
    static func outputFormat(_ arguments: ParsedArguments) -> OutputFormat {
        arguments.value("format").flatMap(OutputFormat.init(name:)) ?? .text
    }
}
