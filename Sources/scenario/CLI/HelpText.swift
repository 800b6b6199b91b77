import Foundation

/// The help the tool prints: `scenario --help` and `scenario help SUBCOMMAND`.
enum HelpText {
    static var overview: String {
        let width = ScenarioCommand.subcommands.map(\.name.count).max() ?? 0
        let list = ScenarioCommand.subcommands.map { "  \($0.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.summary)" }
        return """
            scenario: evaluate plain-text funding scenarios exactly

            Usage: scenario SUBCOMMAND [OPTIONS] FILE...

            Subcommands:
            \(list.joined(separator: "\n"))

            Options:
              --help     show this help
              --version  show the version

            Exit status: 0 success, 1 a check failed, 2 bad input or usage.
            The language is described in docs/language.md; 'scenario help SUBCOMMAND' describes each subcommand.

            """
    }

    static func subcommand(_ name: String) -> String? {
        switch name {
        case "run": run
        case "check": check
        case "seek": seek
        case "compare": compare
        case "sensitivity": sensitivity
        case "explain": explain
        case "repl": repl
        case "report": report
        case "export": export
        case "help": overview
        default: nil
        }
    }

    static let run = """
        Usage: scenario run FILE [--set NAME=VALUE]... [--variant NAME] [--format table|csv|json|markdown] [--table NAME] [--strict] [--bom]

        Evaluates FILE and prints every table, then a summary of its checks.

        Options:
          --set NAME=VALUE   override an input for this run, written as in the file: --set pay_uplift=3%
          --variant NAME     run one of the scenario's variants
          --format FORMAT    table (default), csv, json or markdown
          --table NAME       print only the table with this title
          --strict           exit 1 when a check fails (by default 'run' reports checks and exits 0)
          --bom              start CSV with a UTF-8 byte order mark, so Excel reads '£' right
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

    static let compare = """
        Usage: scenario compare FILE [--variant NAME]... [--changed] [--set NAME=VALUE]... [--format table|csv|json|markdown]

        Evaluates the base model and each variant (all of them unless named) and prints every
        table with a row per variant: its figure in each year, its total, and the change of the
        total from the base. --changed hides lines that no variant changes.

        Exit status: 0 compared, 2 bad input, an unknown variant, or a scenario with no variants.

        """

    static let sensitivity = """
        Usage: scenario sensitivity FILE --target 'LINE[PERIOD]' --vary INPUT=FROM..TO:STEP [--vary INPUT2=FROM..TO:STEP]
                                    [--variant NAME] [--set NAME=VALUE]... [--format table|csv|json|markdown]

        A data table, as in a spreadsheet: the target figure for each value of one input (one
        --vary), or of two inputs (rows and columns). Values are written with their units, as
        in the file: --vary 'practice_contribution=£0.40 per patient..£0.60 per patient:£0.05 per patient'.

        Exit status: 0 tabulated, 2 bad input (a range with step 0, the wrong unit, an unknown input).

        """

    static let explain = """
        Usage: scenario explain FILE 'LINE[PERIOD]' [--depth N] [--dependents] [--variant NAME] [--set NAME=VALUE]...

        The audit trail of one figure: its value, its formula as written with file and line, the
        roundings it applies (rule and step), and the same for every line and input it uses, to
        N levels (default 10). With --dependents, the lines that would move if it changed.
        A figure is a line or an input, with a year and a list member where it has them:
        surplus[2019/20], contribution["Enderby", 2019/20].

        Exit status: 0 explained, 2 bad input.

        """

    static let repl = """
        Usage: scenario repl [FILE] [--allow-path DIR]

        An interactive session over a scenario: set inputs (with units), show the tables (marking
        what changed since the last show), seek, tabulate, explain, compare variants, and export.
        Type 'help' in the session for its commands; anything else is evaluated as an expression.
        A change re-evaluates only the lines that depend on it; the file is reloaded when it
        changes on disk, keeping what you have set. A line with a mistake changes nothing.

        At a terminal: cursor keys, Home/End, Alt-b/Alt-f, Up/Down history (kept between
        sessions), Ctrl-R search, Tab completion, Ctrl-C cancels the line, Ctrl-D leaves.
        When standard input is not a terminal, commands are read one a line, with no prompt.

        """
}
