import FinModel

/// `scenario help [NAME]`: the overview, or the help for one subcommand or other topic in the
/// command table; a name it does not know is a usage error with the nearest name.
enum HelpCommand {
    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        if arguments.has("man") {
            Output.out(ManualPage.roff)
            return .success
        }
        guard let name = arguments.positionals.first else {
            Output.out(HelpText.overview)
            return .success
        }
        guard arguments.positionals.count == 1 else {
            return ScenarioCommand.usage(UsageError(
                message: "help takes one subcommand or topic, found \(arguments.positionals.count)",
                help: "write: scenario help \(name)"))
        }
        guard let text = HelpText.topic(name) else {
            return ScenarioCommand.usage(UsageError(message: "no help for '\(name)'", help: nearTopic(name)))
        }
        Output.out(text)
        return .success
    }

    /// "did you mean" the nearest subcommand or topic, or else the list of them.
    static func nearTopic(_ word: String) -> String {
        let names = CommandTable.helpTopicNames
        if let near = NearestName.suggestion(for: word, among: names) { return "did you mean 'scenario help \(near)'?" }
        return "there is help for \(names.joined(separator: ", ")); see 'scenario --help'"
    }
}
