import FinModel

/// `scenario SUBCOMMAND ...`: picks the subcommand and turns its outcome into an exit status.
enum ScenarioCommand {
    static let subcommands: [(name: String, summary: String)] = [
        ("run", "evaluate a scenario and print its tables"),
        ("check", "evaluate every check in one or more scenarios"),
        ("compare", "show the base model and its variants side by side"),
        ("seek", "find the input value that makes a figure reach a target"),
        ("sensitivity", "tabulate a figure against one or two inputs"),
        ("explain", "show where a figure comes from"),
        ("report", "write an HTML report with tables, charts and checks"),
        ("export", "write an Excel workbook with a sheet per table"),
        ("fmt", "print scenario files in the canonical layout"),
        ("repl", "an interactive session over a scenario"),
        ("help", "show help for a subcommand"),
    ]

    static func run(_ arguments: [String]) -> ExitStatus {
        guard let first = arguments.first else {
            Output.error(HelpText.overview)
            return .badInput
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h":
            Output.out(HelpText.overview)
            return .success
        case "--version":
            Output.out("scenario \(FinModel.version)\n")
            return .success
        case "help":
            guard let topic = rest.first else {
                Output.out(HelpText.overview)
                return .success
            }
            guard let text = HelpText.subcommand(topic) else { return usage(UsageError(message: "no help for '\(topic)'", help: nearSubcommand(topic))) }
            Output.out(text)
            return .success
        case "run": return RunCommand.run(rest)
        case "check": return CheckCommand.run(rest)
        case "seek": return SeekCommand.run(rest)
        case "compare": return CompareCommand.run(rest)
        case "sensitivity": return SensitivityCommand.run(rest)
        case "explain": return ExplainCommand.run(rest)
        case "report": return ReportCommand.run(rest)
        case "export": return ExportCommand.run(rest)
        case "fmt": return FmtCommand.run(rest)
        case "repl": return ReplCommand.run(rest)
        default:
            return usage(UsageError(message: "unknown subcommand '\(first)'", help: nearSubcommand(first)))
        }
    }

    static func nearSubcommand(_ word: String) -> String {
        if let near = NearestName.suggestion(for: word, among: subcommands.map(\.name)) { return "did you mean 'scenario \(near)'?" }
        return "the subcommands are \(subcommands.map(\.name).joined(separator: ", ")); see 'scenario --help'"
    }

    /// Prints a usage error and returns exit status 2.
    static func usage(_ error: UsageError) -> ExitStatus {
        var text = "scenario: error: \(error.message)\n"
        if let help = error.help { text += "  = help: \(help)\n" }
        Output.error(text)
        return .badInput
    }

    /// Parses a subcommand's arguments, printing help or a usage error as needed.
    static func parse(_ arguments: [String], options: [OptionSpec], subcommand: String) -> ParsedArguments? {
        if arguments.contains("--help") || arguments.contains("-h") {
            Output.out(HelpText.subcommand(subcommand) ?? HelpText.overview)
            return nil
        }
        do {
            return try ArgumentParser.parse(arguments, options: options)
        } catch {
            _ = usage(error)
            return nil
        }
    }
}
