import FinModel
import Foundation

/// `scenario repl [FILE]`: an interactive session over a loaded scenario.
///
/// At a terminal it edits lines (cursor keys, history, Ctrl-R, Tab completion); when standard
/// input is not a terminal it reads one command a line with no prompt decoration, so scripts
/// and tests can drive it:
///
///     $ printf 'set pay_uplift = 3%%\nshow Costs\n' | scenario repl Scenarios/nhse-pharmacists.scenario
enum ReplCommand {
    static let prompt = "scenario> "

    /// Runs the session: 0 when it ends, 2 for bad arguments.
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
        return .success
    }
}
