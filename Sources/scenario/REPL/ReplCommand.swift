import FinModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `scenario repl [FILE]`: an interactive session over a loaded scenario.
///
/// At a terminal it edits lines (cursor keys, history, Ctrl-R, Tab completion); when standard
/// input is not a terminal it reads one command a line with no prompt decoration, so scripts
/// and tests can drive it:
///
///     $ printf 'set pay_uplift = 3%%\nshow Costs\n' | scenario repl Scenarios/nhse-pharmacists.scenario
enum ReplCommand {
    static let prompt = "scenario> "

    /// Runs the session. At a terminal it ends with 0; a script (standard input not a terminal)
    /// ends with 2 when any line was a mistake, else 1 when a check failed, else 0, so that a
    /// script of REPL commands can stop a CI job as `scenario check` does. Bad arguments are 2.
    static func run(_ parsed: ParsedArguments) -> ExitStatus {
        guard parsed.positionals.count <= 1 else {
            return ScenarioCommand.usage(UsageError(message: "repl takes at most one scenario file", help: "write: scenario repl [FILE]"))
        }
        let shell = ReplShell(loader: CommonOptions.loader(parsed))
        if let file = parsed.positionals.first { shell.load(file) }
        Output.flush()
        // Only a person at a terminal makes history; a script's lines are not worth keeping.
        let file = Terminal.isInteractive ? HistoryFile.standard(environment: ProcessInfo.processInfo.environment) : nil
        let history = History.loaded(from: file)
        ReplLoop(prompt: prompt, history: history, completer: { shell.complete($0, cursor: $1) }, handle: shell.handle).run()
        Output.flush()
        return isatty(STDIN_FILENO) == 1 ? .success : shell.scriptStatus
    }
}
