/// The command table's subcommands that write files, lay them out, open a session, or explain
/// the tool itself.
extension CommandTable {
    static let report = Subcommand(
        name: "report", summary: "write an HTML report with tables, charts and checks",
        usage: "scenario report FILE --output report.html [--variant NAME]... [--against NAME] [--bridge FIGURE [--from NAME] --to NAME] [--set NAME=VALUE]...",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .one)],
        options: [
            .option("output", kind: .outputFile(extensions: ["html"]),
                    help: "the HTML file (required), written whole or not at all; - is standard output", valueName: "FILE"),
            .option("variant", kind: .variantName, repeatable: true, help: "a variant to compare with the base; repeat for more", valueName: "NAME"),
            CommonOptions.against,
        ] + BridgeOptions.specs + [
            CommonOptions.set,
            CommonOptions.allowPath,
        ],
        description: """
            Writes one self-contained HTML page: the title, the assumptions with their sources, every
            table as the terminal shows it, the charts the scenario's 'chart' lines ask for, and the
            checks with every difference marked. With --variant, the base and each named variant are
            also compared side by side, in tables and in charts on one scale. The page needs no
            network, prints on A4 with a page per section, and reads on a phone. It ends with the
            sources list: each document the scenario's 'source' lines declare, with what cites it.

            With --bridge, a section after the options explains one figure's change from one
            option to another, as 'compare --bridge' does: the table of each input's share, and a
            waterfall chart whose bars run from the figure under --from (the base unless given),
            by one bar per input (up green, down red, labelled to the penny), to the figure under
            --to. Without --bridge the report has no bridge section.

            Under its title the page names the scenario file with the first 12 hex digits of its
            SHA-256 (as sha256sum prints them) and its date: today, or the day SOURCE_DATE_EPOCH
            (whole seconds since 1970, UTC) falls on when it is set, so a report made twice from
            one file is the same byte for byte.
            """,
        examples: [
            """
            scenario report Scenarios/federation-beyond-april-2019.scenario --output options.html \\
              --variant secured_fees --variant all_streams --bridge 'total(surplus)' --from secured_fees --to all_streams
            """,
        ],
        exitStatus: "0 written, 2 bad input or usage (nothing is written).",
        run: ReportCommand.run)

    static let export = Subcommand(
        name: "export", summary: "write an Excel workbook that is a live model of the scenario",
        usage: "scenario export FILE --output model.xlsx [--variant NAME] [--options] [--set NAME=VALUE]...",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .one)],
        options: [
            .option("output", kind: .outputFile(extensions: ["xlsx"]),
                    help: "the .xlsx file (required), written whole or not at all; - is standard output", valueName: "FILE"),
            CommonOptions.variant.described("export one of the scenario's variants"),
            .flag("options", help: "add a sheet for each variant, live over the base's inputs"),
            CommonOptions.set,
            CommonOptions.allowPath,
        ],
        description: """
            Writes a workbook that Excel and LibreOffice open and recalculate: the inputs as named
            cells on a sheet of their own, the lists' attributes, then one sheet per table in which
            every figure is a formula over the inputs and other lines (rounding, uplift year on
            year, apportionment written out on a workings sheet), so changing an input moves every
            figure that depends on it. Each formula's exact figure is cached beside it. A checks
            sheet compares stated and computed figures by formula. With --options, each variant
            has a sheet of its own. Sheets print on A4, fitted to the width.
            """,
        examples: ["scenario export Scenarios/nhse-pharmacists.scenario --output model.xlsx"],
        exitStatus: "0 written, 2 bad input or usage (nothing is written).",
        run: ExportCommand.run)

    static let fmt = Subcommand(
        name: "fmt", summary: "print scenario files in the canonical layout",
        usage: "scenario fmt FILE... [--check] [--write]",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .oneOrMore)],
        options: [
            .flag("check", help: "exit 1 when a file is not formatted, instead of printing it"),
            .flag("write", help: "rewrite the files in place"),
        ],
        description: """
            Prints each FILE in the one canonical layout: two-space block indents, single spaces
            around operators, numbers with thousands separators, years as 2016/17, values aligned
            within a block, and every comment kept where it was. Formatting never changes what a
            file evaluates to, and a file that does not parse is left alone.
            """,
        examples: ["scenario fmt --check Scenarios/*.scenario"],
        exitStatus: "0 formatted, 1 a file is not formatted (with --check), 2 bad input or usage.",
        run: FmtCommand.run)

    static let repl = Subcommand(
        name: "repl", summary: "an interactive session over a scenario",
        usage: "scenario repl [FILE] [--allow-path DIR]",
        arguments: [.init(name: "FILE", kind: .scenarioFile, count: .optional)],
        options: [CommonOptions.allowPath],
        description: """
            An interactive session over a scenario: set inputs (with units), show the tables (marking
            what changed since the last show), seek, tabulate, explain, compare variants, and export.
            Type 'help' in the session for its commands; anything else is evaluated as an expression.
            A change re-evaluates only the lines that depend on it; the file is reloaded when it
            changes on disk, keeping what you have set. A line with a mistake changes nothing.

            At a terminal: cursor keys, Home/End, Alt-b/Alt-f, Up/Down history (kept between
            sessions), Ctrl-R search, Tab completion, Ctrl-C cancels the line, Ctrl-D leaves.
            When standard input is not a terminal, commands are read one a line, with no prompt.
            """,
        examples: [],
        exitStatus: "0 when the session ends; for a script (standard input not a terminal), 2 if any line was a mistake, else 1 if a check failed, else 0; 2 bad usage.",
        run: ReplCommand.run)

    static let help = Subcommand(
        name: "help", summary: "show help for a subcommand",
        usage: "scenario help [SUBCOMMAND]",
        arguments: [.init(name: "SUBCOMMAND", kind: .helpTopic, count: .optional)],
        options: [.flag("man", help: "print the manual page scenario(1), in roff, as install.sh installs it")],
        description: """
            Shows the help for SUBCOMMAND, the same as 'scenario SUBCOMMAND --help', or for another
            topic the overview lists; with no name, the overview of every subcommand.
            """,
        examples: ["scenario help seek", "scenario help language | less"],
        exitStatus: "0 shown, 2 no such subcommand or topic.",
        run: HelpCommand.run)

    static let completion = Subcommand(
        name: "completion", summary: "print a shell completion script",
        usage: "scenario completion bash|zsh|fish",
        arguments: [.init(name: "SHELL", kind: .choice(CompletionCommand.shells), count: .one)],
        options: [
            .option("names", kind: .choice(CompletionCommand.nameKinds),
                    help: "instead, print the scenario FILE's names of this kind, one a line (the scripts call this)", valueName: "KIND"),
        ],
        description: """
            Prints a script that completes scenario's subcommands, options, scenario files, and the
            inputs, lines, variants and tables of the scenario file already on the command line. The
            script is made from the same table as this help, so it knows every option. To try it in
            the running bash: source <(scenario completion bash).
            """,
        examples: [
            "scenario completion bash > ~/.local/share/bash-completion/completions/scenario",
            "scenario completion zsh > \"${fpath[1]}/_scenario\"",
            "scenario completion fish > ~/.config/fish/completions/scenario.fish",
        ],
        exitStatus: "0 printed, 2 no such shell.",
        run: CompletionCommand.run)
}
