/// The help the tool prints: `scenario --help` and `scenario help SUBCOMMAND`.
enum HelpText {
    static let overview = """
        scenario: evaluate plain-text funding scenarios exactly

        Usage: scenario SUBCOMMAND [OPTIONS] FILE...

        Subcommands:
          run      evaluate a scenario and print its tables
          check    evaluate every check in one or more scenarios
          seek     find the input value that makes a figure reach a target
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
        case "seek": seek
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

    static let seek = """
        Usage: scenario seek FILE --target 'LINE[PERIOD] = VALUE' --vary INPUT [--variant NAME] [--set NAME=VALUE]...

        Finds the value of INPUT, to its precision (a penny for amounts, 0.01% for percentages),
        at which the target figure is reached, and shows the figure there and one step back.
        Money models are piecewise linear, so the answer is usually found in a few evaluations;
        where they are not, a bracketing search on the grid finds it.

        Example:
          scenario seek Scenarios/federation-beyond-april-2019.scenario \\
            --target 'surplus[2019/20] = 0' --vary practice_contribution

        Exit status: 0 found, 2 bad input, no solution, or a target that does not depend on INPUT.

        """
}
