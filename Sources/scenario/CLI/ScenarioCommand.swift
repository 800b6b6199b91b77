import FinModel

/// `scenario SUBCOMMAND ...`: finds the subcommand in the command table, answers `--help`,
/// parses its options, runs it, and turns its outcome into an exit status.
enum ScenarioCommand {
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
        default:
            break
        }
        guard let subcommand = CommandTable.subcommand(named: first) else {
            return usage(UsageError(message: "unknown subcommand '\(first)'", help: nearSubcommand(first)))
        }
        // Help wins over any mistake on the line: whoever asks for it is finding out how to write it.
        if ArgumentParser.asksForHelp(rest, options: subcommand.options) {
            Output.out(HelpText.subcommand(subcommand))
            return .success
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(rest, options: subcommand.options)
        } catch {
            return usage(error)
        }
        return subcommand.run(parsed)
    }

    /// "did you mean" the nearest subcommand, or else the list of them.
    static func nearSubcommand(_ word: String) -> String {
        let names = CommandTable.subcommands.map(\.name)
        if let near = NearestName.suggestion(for: word, among: names) { return "did you mean 'scenario \(near)'?" }
        return "the subcommands are \(names.joined(separator: ", ")); see 'scenario --help'"
    }

    /// Prints a usage error and returns exit status 2; names it quotes from the command line or
    /// the scenario (a table's title) are shown with their controls visible.
    static func usage(_ error: UsageError) -> ExitStatus {
        var text = "scenario: error: \(TerminalText.visible(error.message))\n"
        if let help = error.help { text += "  = help: \(TerminalText.visible(help))\n" }
        Output.error(text)
        return .badInput
    }
}
