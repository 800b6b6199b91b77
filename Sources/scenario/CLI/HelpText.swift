/// The help the tool prints, generated from the command table: `scenario --help`, and each
/// subcommand's help for `scenario help NAME` and `scenario NAME --help` alike.
///
/// A subcommand's help reads:
///
///     Usage: scenario fmt FILE... [--check] [--write]
///
///     Prints each FILE in the one canonical layout: ...
///
///     Options:
///       --check   print nothing; exit 1 when a file is not formatted
///       --write   rewrite the files in place
///
///     Example:
///       scenario fmt --check Scenarios/*.scenario
///
///     Exit status: 0 formatted, 1 a file is not formatted (with --check), 2 bad input or usage.
enum HelpText {
    /// What `scenario --help` prints: every subcommand and topic with its summary.
    static var overview: String {
        var text = "scenario: evaluate plain-text funding scenarios exactly\n\n"
        text += "Usage: scenario SUBCOMMAND [OPTIONS] FILE...\n\n"
        text += "Subcommands:\n" + summaries(CommandTable.subcommands.map { ($0.name, $0.summary) }) + "\n"
        if !CommandTable.topics.isEmpty {
            text += "Help topics:\n" + summaries(CommandTable.topics.map { ($0.name, $0.summary) }) + "\n"
        }
        return text + """
            Options:
              --help     show this help
              --version  show the version

            Exit status: 0 success, 1 a check failed, 2 bad input or usage.
            'scenario help language' describes the language; 'scenario help SUBCOMMAND' describes each subcommand.

            """
    }

    /// The help for a subcommand or another topic, or nil when there is no such name.
    static func topic(_ name: String) -> String? {
        if let subcommand = CommandTable.subcommand(named: name) { return self.subcommand(subcommand) }
        return CommandTable.topic(named: name)?.text()
    }

    /// A subcommand's help: usage, description, options, examples and exit status.
    static func subcommand(_ subcommand: Subcommand) -> String {
        var text = "Usage: \(subcommand.usage)\n\n\(subcommand.description)\n"
        if !subcommand.options.isEmpty {
            text += "\nOptions:\n" + optionList(subcommand.options)
        }
        if !subcommand.examples.isEmpty {
            text += "\n\(subcommand.examples.count == 1 ? "Example" : "Examples"):\n"
            text += subcommand.examples.flatMap { $0.split(separator: "\n") }.map { "  \($0)\n" }.joined()
        }
        return text + "\nExit status: \(subcommand.exitStatus)\n"
    }

    /// The option list: one line per option, the help aligned three spaces after the longest
    /// synopsis, and a choice's values listed with the default marked.
    ///
    ///     HelpText.optionList([CommonOptions.format, .flag("strict", help: "exit 1 when a check fails")])
    ///     //   --format FORMAT   how to print the tables: table (default), csv, json or markdown
    ///     //   --strict          exit 1 when a check fails
    static func optionList(_ options: [OptionSpec]) -> String {
        let synopses = options.map(\.synopsis)
        let width = synopses.map(\.count).max() ?? 0
        return zip(synopses, options).map { synopsis, option in
            var help = option.help
            if let choices = option.allowedValues, !choices.isEmpty {
                let marked = choices.map { $0 == option.defaultValue ? "\($0) (default)" : $0 }
                help += ": " + (marked.count == 1 ? marked[0] : marked.dropLast().joined(separator: ", ") + " or " + marked.last!)
            }
            return "  " + synopsis + String(repeating: " ", count: width - synopsis.count + 3) + help + "\n"
        }.joined()
    }

    /// `name  summary` lines, the summaries aligned two spaces after the longest name, then a
    /// blank line.
    private static func summaries(_ entries: [(name: String, summary: String)]) -> String {
        let width = entries.map(\.name.count).max() ?? 0
        return entries.map { "  \($0.name)\(String(repeating: " ", count: width - $0.name.count))  \($0.summary)\n" }.joined()
    }
}
