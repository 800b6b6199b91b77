/// The help the tool prints: `scenario --help` and `scenario help SUBCOMMAND`.
enum HelpText {
    static let overview = """
        scenario: evaluate plain-text funding scenarios exactly

        Usage: scenario SUBCOMMAND [OPTIONS] FILE...

        Subcommands:
          run      evaluate a scenario and print its tables
          check    evaluate every check in one or more scenarios
          help     show help for a subcommand

        Options:
          --help     show this help
          --version  show the version

        Exit status: 0 success, 1 a check failed, 2 bad input or usage.
        The language is described in docs/language.md.

        """

    static func subcommand(_ name: String) -> String? {
        switch name {
        case "run": run
        case "check": check
        case "help": overview
        default: nil
        }
    }

    static let run = """
        Usage: scenario run FILE [--set NAME=VALUE]... [--format table|csv|json|markdown] [--table NAME]

        Evaluates FILE and prints every table, then a summary of its checks.

        Options:
          --set NAME=VALUE   override an input for this run, written as in the file: --set pay_uplift=3%
          --variant NAME     run one of the scenario's variants
          --format FORMAT    table (default), csv, json or markdown
          --table NAME       print only the table with this title
          --strict           exit 1 when a check fails (by default 'run' reports checks and exits 0)
          --allow-path DIR   let the scenario read files under DIR as well as its own folder

        Exit status: 0 evaluated, 1 a check failed (with --strict), 2 bad input or usage.

        """

    static let check = """
        Usage: scenario check FILE... [--set NAME=VALUE]... [--variant NAME]

        Evaluates every check in each FILE and prints one line per check: pass, pass within a
        stated tolerance (the difference is still shown), or FAIL. Failures are also described
        on standard error with the stated figure, the computed figure and the difference.

        Options:
          --set NAME=VALUE   override an input, as in 'scenario run'
          --variant NAME     check one of the scenario's variants
          --allow-path DIR   let scenarios read files under DIR as well as their own folders

        Exit status: 0 every check passed, 1 a check failed, 2 bad input or usage.

        """
}
