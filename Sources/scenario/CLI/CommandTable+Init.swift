/// The command table's entry for `scenario init`, which starts a new scenario.
extension CommandTable {
    static let starter = Subcommand(
        name: "init", summary: "write a commented starter scenario to begin from",
        usage: "scenario init FILE [--with-practices]",
        arguments: [.init(name: "FILE", kind: .outputFile(extensions: ["scenario"]), count: .one)],
        options: [
            .flag("with-practices", help: "read the practices from \(StarterScenario.practicesFileName), written beside FILE"),
        ],
        description: """
            Writes FILE, a small scenario to change into your own: a fund of £3 per patient, uplifted 2%
            a year and split across 11 practices by list size, with a comment on every part. It has
            inputs with their sources, a table, a table by practice, checks, a variant and charts; it
            runs, passes 'scenario check', and is in the layout 'scenario fmt' prints. With
            --with-practices the practices are read from practices.csv beside FILE, a CSV file to
            replace with your own list. An existing file is never overwritten.
            """,
        examples: ["scenario init fund.scenario && scenario run fund.scenario"],
        exitStatus: "0 written, 2 FILE or \(StarterScenario.practicesFileName) exists already, or bad usage (nothing is written).",
        run: InitCommand.run)
}
