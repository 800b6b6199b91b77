/// One subcommand of `scenario`, as the command table declares it: everything the tool says
/// about it and does with it comes from here.
///
/// The table drives parsing (`options`), the overview (`name`, `summary`), the subcommand's own
/// help (`usage`, `description`, `options`, `examples`, `exitStatus`), "did you mean" for a
/// mistyped name, and, being data, can drive shell completions and a manual page: `arguments`
/// and each option's `kind` say what may be typed where.
///
///     Subcommand(
///         name: "fmt", summary: "print scenario files in the canonical layout",
///         usage: "scenario fmt FILE... [--check] [--write]",
///         arguments: [.init(name: "FILE", kind: .scenarioFile, count: .oneOrMore)],
///         options: [.flag("check", help: "exit 1 when a file is not formatted")],
///         description: "Prints each FILE laid out ...", examples: [], exitStatus: "0 formatted, ...",
///         run: FmtCommand.run)
struct Subcommand: Sendable {
    /// A positional argument: what it is called in help, what it is, and how many are taken.
    struct Argument: Sendable {
        enum Count: Sendable { case one, optional, oneOrMore }

        /// The placeholder in the usage line: `FILE`, `'LINE[PERIOD]'`.
        let name: String
        let kind: ArgumentKind
        let count: Count
    }

    /// The word after `scenario`: `run`.
    let name: String
    /// One line for the overview, lower-case without a full stop.
    let summary: String
    /// The usage line, from `scenario` on, with the options most used.
    let usage: String
    /// The positional arguments, in order.
    let arguments: [Argument]
    /// Every option the subcommand accepts, in the order its help lists them.
    let options: [OptionSpec]
    /// What the subcommand does, in paragraphs wrapped at about 95 columns.
    let description: String
    /// Whole commands to copy, each line as it is shown (a long one ends in `\`).
    let examples: [String]
    /// What each exit status means for this subcommand.
    let exitStatus: String
    /// Does the work once the arguments have parsed and no help was asked for.
    let run: @Sendable (ParsedArguments) -> ExitStatus
}
