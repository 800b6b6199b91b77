import FinModel

/// The steps every evaluating subcommand shares: read overrides, load the one scenario file.
struct CommandContext {
    let arguments: ParsedArguments
    let path: String
    let overrides: [Override]
    let scenario: Scenario
    /// Every regular file the scenario's load read, which no output may replace.
    let filesRead: FilesRead
    /// The short SHA-256 of the scenario file as read.
    let sourceHash: String

    /// Loads the scenario the arguments name, or returns the exit status to stop with after
    /// printing the error.
    static func prepare(_ parsed: ParsedArguments, subcommand: String, usage: String) -> Result<CommandContext, ExitStatus> {
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
        switch CommonOptions.loader(parsed).loadNotingFiles(path) {
        case .success(let loaded):
            return .success(CommandContext(arguments: parsed, path: path, overrides: overrides, scenario: loaded.scenario, filesRead: loaded.filesRead,
                                           sourceHash: loaded.shortHash))
        case .failure(let failure):
            Output.diagnostics(failure.diagnostics)
            return .failure(.badInput)
        }
    }
}

extension CommonOptions {
    /// The format `--format` names; the terminal's table when it is not given.
    static func outputFormat(_ arguments: ParsedArguments) -> OutputFormat {
        arguments.value("format").flatMap(OutputFormat.init(name:)) ?? .text
    }

    /// A usage error when an option that only changes CSV is given with another format.
    static func csvOnlyOptionsMisused(_ arguments: ParsedArguments, subcommand: String) -> UsageError? {
        guard outputFormat(arguments) != .csv else { return nil }
        for name in ["bom", "csv-raw-text"] where arguments.has(name) {
            return UsageError(message: "--\(name) applies only to --format csv", help: "write: scenario \(subcommand) FILE --format csv --\(name)")
        }
        if arguments.value("output-dir") != nil {
            return UsageError(message: "--output-dir applies only to --format csv", help: "write: scenario \(subcommand) FILE --format csv --output-dir DIR")
        }
        return nil
    }
}
