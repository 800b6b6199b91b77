import FinModel

/// The REPL's commands and its `help`: the list of commands, and one command explained, wrapped
/// at word boundaries to the terminal's width (80 columns when it is not known).
///
/// At 80 columns the list reads:
///
///     Commands:
///       load FILE             open a scenario file
///       set NAME = VALUE      change an input for this session, with units: set
///                             pay_uplift = 3%
///       list [inputs|lines|variants]
///                             list the scenario's inputs with their values, its lines,
///                             or its variants; all three when none is named
///
/// A usage wider than the column (at most 28 columns, and a third of the width) gets a line of
/// its own, so one long usage does not push every summary to the right edge.
extension ReplShell {
    /// The name `ans` that stands for the value of the last expression shown.
    static let answerName = "ans"

    /// What `list` lists.
    static let listKinds = ["inputs", "lines", "variants"]

    static let commands: [(name: String, usage: String, summary: String)] = [
        ("load", "load FILE", "open a scenario file"),
        ("reload", "reload", "read the file again, keeping what you have set"),
        ("set", "set NAME = VALUE", "change an input for this session, with units: set pay_uplift = 3%"),
        ("unset", "unset NAME", "return an input to the file's value"),
        ("show", "show [TABLE|LINE]", "print the tables (or one), marking what changed since the last show"),
        ("diff", "diff", "list the inputs you have set, against the file"),
        ("list", "list [inputs|lines|variants]", "list the scenario's inputs with their values, its lines, or its variants; all three when none is named"),
        ("info", "info NAME", "an input or a line: its value, unit, note, definition, where it is defined, and what depends on it"),
        ("seek", "seek LINE[PERIOD] = VALUE by INPUT [within FROM..TO]", "find the input value that reaches a target"),
        ("sensitivity", "sensitivity LINE[PERIOD] vary INPUT=FROM..TO:STEP [vary ...]", "a data table of a figure against inputs"),
        ("explain", "explain LINE[PERIOD] [depth N]", "where a figure comes from"),
        ("variant", "variant NAME|base", "switch to a variant, or back to the base model"),
        ("variants", "variants", "list the scenario's variants"),
        ("compare", "compare [VARIANT...]", "the base and its variants side by side"),
        ("checks", "checks", "evaluate every check"),
        ("export", "export FILE", "write the tables to FILE: .csv, .json, .md, .txt, .html or .xlsx"),
        ("save", "save FILE", "write what you have set as a variant the scenario can include"),
        ("echo", "echo TEXT", "print TEXT, to label a script's output"),
        ("help", "help [COMMAND]", "list the commands, or explain one"),
        ("quit", "quit", "leave (Ctrl-D also leaves)"),
    ]

    /// What the help says after the list of commands.
    static let expressionHelp = """
        Anything else is evaluated as an expression, such as surplus[2019/20] or total(income), \
        and 'ans' is the value of the last one shown: ans * 2. In a script (standard input not a \
        terminal) the exit status is 2 if any line was a mistake, else 1 if a check failed, else 0.
        """

    /// The usage column is this wide at most, and a third of the width at most: a longer usage
    /// puts its summary on the next line, leaving the summaries room on a narrow terminal.
    static func usageColumnLimit(width: Int) -> Int { min(28, width / 3) }

    /// The help for `topic` (a command's name), or the whole list when it is empty, at `width`.
    static func helpText(_ topic: String, width: Int) -> String? {
        if topic.isEmpty { return commandList(width: width) }
        guard let command = commands.first(where: { $0.name == topic }) else { return nil }
        return command.usage + "\n" + "  " + WordWrap.hanging(command.summary, first: 2, indent: 2, width: width)
    }

    /// Every command, its summary aligned after the usages and wrapped, then how expressions work.
    static func commandList(width: Int) -> String {
        let longest = commands.map(\.usage.count).filter { $0 <= usageColumnLimit(width: width) }.max() ?? 0
        // Two spaces before the usage, two after it; too narrow a terminal puts summaries below.
        var column = 2 + longest + 2
        if width - column < 20 { column = 6 }
        var text = "Commands:\n"
        for command in commands {
            let usage = "  " + command.usage
            if usage.count + 2 <= column {
                text += usage + String(repeating: " ", count: column - usage.count)
                text += WordWrap.hanging(command.summary, first: column, indent: column, width: width)
            } else {
                // The usage on lines of its own (wrapped, indented 4 after the first), the summary below.
                let usageLines = WordWrap.lines(command.usage, width: max(width - 4, 1), firstWidth: max(width - 2, 1))
                text += usageLines.enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element + "\n" }.joined()
                text += String(repeating: " ", count: column) + WordWrap.hanging(command.summary, first: column, indent: column, width: width)
            }
        }
        return text + WordWrap.lines(expressionHelp, width: width).map { $0 + "\n" }.joined()
    }

    func help(_ topic: String) {
        if let text = Self.helpText(topic, width: Terminal.width) {
            Output.out(text)
        } else {
            let near = NearestName.suggestion(for: topic, among: Self.commands.map(\.name))
            reportError("error: no command '\(topic)'\n  = help: \(near.map { "did you mean '\($0)'?" } ?? "type help for the list")\n")
        }
    }
}
