import FinModel

/// Every subcommand of `scenario`, and every other help topic: the one place each is declared.
///
/// Parsing, `scenario --help`, `scenario help NAME`, `scenario NAME --help` and the "did you
/// mean" for a mistyped subcommand all read this table, so they cannot disagree; shell
/// completions and a manual page can be generated from it too. The order is the overview's.
///
///     CommandTable.subcommands.map(\.name)  // ["run", "check", "compare", ..., "help"]
///     CommandTable.helpTopicNames           // the subcommands, then the other topics
enum CommandTable {
    static let subcommands: [Subcommand] = [
        run, check, compare, seek, sensitivity, explain, report, export, fmt, starter, repl, completion, help,
    ]

    /// Help topics that are not subcommands, listed after them in the overview.
    static let topics: [HelpTopic] = [
        HelpTopic(name: "functions", summary: "the built-in functions, their parameters and what they give",
                  text: { FunctionHelp.text }),
        HelpTopic(name: "language", summary: "the language manual: statements, units, functions, checks, variants",
                  text: { LanguageManual.text }),
    ]

    static func subcommand(named name: String) -> Subcommand? {
        subcommands.first { $0.name == name }
    }

    static func topic(named name: String) -> HelpTopic? {
        topics.first { $0.name == name }
    }

    /// Every name `scenario help` takes: the subcommands, then the other topics.
    static var helpTopicNames: [String] { subcommands.map(\.name) + topics.map(\.name) }

    static let run = Subcommand(
        name: "run", summary: "evaluate a scenario and print its tables",
        usage: "scenario run FILE [--set NAME=VALUE]... [--variant NAME] [--format table|csv|json|markdown] [--table NAME] [--output-dir DIR] [--strict] [--bom]",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .one)],
        options: [
            CommonOptions.set.described("override an input for this run, written as in the file: --set pay_uplift=3%; or one list member's figure: --set 'list_size[\"Enderby\"]=6,400 patients', naming the period of one by period: 'list_size[\"Enderby\", 2020-04]=6,400 patients'"),
            CommonOptions.variant.described("run one of the scenario's variants"),
            CommonOptions.format,
            .option("table", kind: .tableTitle, help: "print only the table with this title", valueName: "NAME"),
            .option("output-dir", kind: .folder, help: "with --format csv, write each table to its own file in DIR, named by its title", valueName: "DIR"),
            .flag("strict", help: "exit 1 when a check fails (by default 'run' reports checks and exits 0)"),
            .flag("bom", help: "start CSV with a UTF-8 byte order mark, so Excel reads '£' right"),
            CommonOptions.csvRawText,
            CommonOptions.color,
            CommonOptions.width,
            CommonOptions.allowPath,
        ],
        description: "Evaluates FILE and prints every table, then a summary of its checks.",
        examples: [],
        exitStatus: "0 evaluated, 1 a check failed (with --strict), 2 bad input or usage.",
        run: RunCommand.run)

    static let check = Subcommand(
        name: "check", summary: "evaluate every check in one or more scenarios",
        usage: "scenario check FILE... [--set NAME=VALUE]... [--variant NAME] [--format table|json]",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .oneOrMore)],
        options: [
            CommonOptions.set,
            CommonOptions.variant.described("check one of the scenario's variants"),
            CommonOptions.resultFormat,
            CommonOptions.color.described("colour each FAIL red and each pass within tolerance amber (auto: at a terminal, without NO_COLOR)"),
            CommonOptions.allowPath.described("let scenarios read files under DIR as well as their own folders"),
        ],
        description: """
            Evaluates every check in each FILE and prints one line per check: pass, pass within a
            stated tolerance (the difference is still shown), or FAIL. Failures are also described
            on standard error with the stated figure, the computed figure and the difference.
            """,
        examples: [],
        exitStatus: "0 every check passed, 1 a check failed, 2 bad input or usage.",
        run: CheckCommand.run)

    static let compare = Subcommand(
        name: "compare", summary: "show the base model and its variants side by side",
        usage: "scenario compare FILE [--variant NAME]... [--changed] [--against NAME] [--bridge FIGURE [--from NAME] --to NAME] [--set NAME=VALUE]... [--format table|csv|json|markdown]",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .one)],
        options: [
            .option("variant", kind: .variantName, repeatable: true, help: "a variant to compare; repeat for more (default: all)", valueName: "NAME"),
            .flag("changed", help: "hide lines no variant changes"),
            CommonOptions.against,
        ] + BridgeOptions.specs + [
            CommonOptions.set,
            CommonOptions.format,
            CommonOptions.csvRawText,
            CommonOptions.width,
            CommonOptions.allowPath,
        ],
        description: """
            Evaluates the base model and each variant (all of them unless named) and prints each
            option's inputs side by side (a value an option sets differently is marked), then every
            table with a row per variant: its figure in each year, its total, and the change of the
            total from the base, or from the option --against names. --changed hides lines that no
            variant changes.

            With --bridge, explains why one figure (a year's, as surplus[2020/21], or a total, as
            total(surplus)) differs between two options: a row per input the two set differently,
            with its value under each and its share of the change. The shares are Shapley values
            (each input's effect averaged over every order of changing them, so an interaction is
            shared evenly), exact, and shown to the penny so that they add up to the change.
            """,
        examples: [
            "scenario compare Scenarios/federation-beyond-april-2019.scenario --changed",
            "scenario compare Scenarios/federation-beyond-april-2019.scenario --bridge 'total(surplus)' --from secured_fees --to all_streams",
        ],
        exitStatus: "0 compared, 2 bad input, an unknown variant, or a scenario with no variants.",
        run: CompareCommand.run)

    static let seek = Subcommand(
        name: "seek", summary: "find the input value that makes a figure reach a target",
        usage: "scenario seek FILE --target 'LINE[PERIOD] = VALUE' --vary INPUT [--within FROM..TO] [--variant NAME] [--set NAME=VALUE]... [--format table|json]",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .one)],
        options: [
            .option("target", kind: .seekTarget, help: "the figure and the value it should reach (required)", valueName: "'LINE[PERIOD] = VALUE'"),
            .option("vary", kind: .inputName, help: "the input to change, or a list member's figure as list_size[\"Enderby\"] (required)", valueName: "INPUT"),
            .option("within", kind: .inputBounds, help: "look only from FROM to TO, in the input's unit", valueName: "FROM..TO"),
            CommonOptions.variant.described("seek in one of the scenario's variants"),
            CommonOptions.set,
            CommonOptions.resultFormat,
            CommonOptions.allowPath,
        ],
        description: """
            Finds the value of INPUT, to its precision (a penny for amounts, 0.01% for percentages),
            at which the target figure is reached, and shows the figure there and one step back.
            Money models are piecewise linear, so the answer is usually found in a few evaluations;
            where they are not, a bracketing search on the grid finds it. Any value that reaches the
            target is an answer; one on the other side of zero from the input's current value comes
            with a warning. --within keeps the search between two values (a plausible range), and
            says what the figure is at each end when the target lies outside them. INPUT may be one
            member's figure of a list, as list_size["Enderby"] (or list_size["Enderby", 2019/20] for
            one period's of an attribute by period): it moves on the list's own precision (whole
            patients for list sizes), never below zero.
            """,
        examples: [
            """
            scenario seek Scenarios/federation-beyond-april-2019.scenario \\
              --target 'surplus[2019/20] = 0' --vary practice_contribution
            """,
            """
            scenario seek Scenarios/federation-beyond-april-2019.scenario \\
              --target 'surplus[2019/20] = 0' --vary practice_contribution --within '£0.40 per patient..£0.60 per patient'
            """,
        ],
        exitStatus: "0 found, 2 bad input, no solution, or a target that does not depend on INPUT.",
        run: SeekCommand.run)

    static let sensitivity = Subcommand(
        name: "sensitivity", summary: "tabulate a figure against one or two inputs",
        usage: """
            scenario sensitivity FILE --target 'LINE[PERIOD]' --vary INPUT=FROM..TO:STEP [--vary INPUT2=FROM..TO:STEP]
                                        [--variant NAME] [--set NAME=VALUE]... [--format table|csv|json|markdown]
            """,
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .one)],
        options: [
            .option("target", kind: .figure, help: "the figure to tabulate (required)", valueName: "LINE[PERIOD]"),
            .option("vary", kind: .inputRange, repeatable: true,
                    help: "an input and its range (required); a second one makes the columns", valueName: "INPUT=FROM..TO:STEP"),
            CommonOptions.variant.described("tabulate one of the scenario's variants"),
            CommonOptions.set,
            CommonOptions.format,
            CommonOptions.csvRawText,
            CommonOptions.width,
            CommonOptions.allowPath,
        ],
        description: """
            A data table, as in a spreadsheet: the target figure for each value of one input (one
            --vary), or of two inputs (rows and columns). Values are written with their units, as
            in the file: --vary 'practice_contribution=£0.40 per patient..£0.60 per patient:£0.05 per patient'.
            An input may be one member's figure of a list: --vary 'list_size["Enderby"]=6,000 patients..6,400 patients:100 patients'.
            """,
        examples: [],
        exitStatus: "0 tabulated, 2 bad input (a range with step 0, the wrong unit, an unknown input).",
        run: SensitivityCommand.run)

    static let explain = Subcommand(
        name: "explain", summary: "show where a figure comes from",
        usage: "scenario explain FILE 'LINE[PERIOD]' [--depth N] [--dependents] [--variant NAME] [--set NAME=VALUE]... [--format table|json]",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .one), .init(name: "'LINE[PERIOD]'", kind: .figure, count: .one)],
        options: [
            .option("depth", kind: .wholeNumber, help: "how many levels of inputs to show (default 10)", valueName: "N"),
            .flag("dependents", help: "list what would move if it changed, instead"),
            CommonOptions.variant.described("explain the figure in one of the scenario's variants"),
            CommonOptions.set,
            CommonOptions.resultFormat,
            CommonOptions.allowPath,
        ],
        description: """
            The audit trail of one figure: its value, its formula as written with file and line, the
            roundings it applies (rule and step), and the same for every line and input it uses, to
            N levels (default 10). With --dependents, the lines that would move if it changed.
            A figure is a line or an input, with a year and a list member where it has them:
            surplus[2019/20], contribution["Enderby", 2019/20]. A list member's figure,
            list_size["Enderby"], or one period's of an attribute by period, list_size["Enderby",
            2020-04], population["ELR", 2019/20 Q3], is traced to the list's line, or to the CSV
            file's row and column, and to the --set or variant that replaced it.
            """,
        examples: [],
        exitStatus: "0 explained, 2 bad input.",
        run: ExplainCommand.run)
}
