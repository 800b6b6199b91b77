import FinModel
import Foundation

/// How the session's tables and checks are written: colour and width by the rules the
/// subcommands' `--color auto` and default width follow (`TerminalStyle`).
extension ReplShell {
    /// Read at each command rather than once, so a resized terminal gets tables split to its
    /// new width.
    var renderOptions: RenderOptions {
        let environment = ProcessInfo.processInfo.environment
        let isTerminal = TerminalStyle.standardOutputIsTerminal
        return RenderOptions(
            colour: TerminalStyle.colour(flag: nil, environment: environment, isTerminal: isTerminal),
            width: TerminalStyle.width(flag: nil, environment: environment, isTerminal: isTerminal, terminalColumns: TerminalStyle.terminalColumns))
    }

    /// A document as the session prints it.
    func written(_ document: OutputDocument) -> String {
        TextWriter.write(document, options: renderOptions)
    }
}
