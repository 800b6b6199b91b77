import Foundation
import Testing

@testable import scenario

/// In a real terminal the REPL's help is wrapped to the terminal's own width, which the program
/// asks the terminal for: here a tmux pane 60 columns wide, whose COLUMNS is not set.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it (apt-get install tmux) to run the terminal tests"))
struct ReplHelpTerminalTests {
    @Test func helpIsWrappedToTheTerminalsWidth() throws {
        let tool = try #require(builtScenarioTool(), "the scenario tool is not built; run swift build first")
        let state = TemporaryFolder()
        let tmux = try TmuxSession(command: [tool, "repl"], environment: ["HOME": state.path, "TERM": "screen"], width: 60, height: 70)
        defer { tmux.kill() }
        try tmux.waitFor("scenario>")
        tmux.type("help")
        tmux.press("Enter")
        // Captured rows the terminal wrapped are joined again, so a line too wide shows as one.
        let pane = try tmux.waitFor("else 0.")
        let expected = ReplShell.commandList(width: 60).split(separator: "\n").map(String.init)
        let lines = pane.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "Commands:"), "\(pane)")
        #expect(Array(lines[start..<min(start + expected.count, lines.count)]) == expected.map { String($0.reversed().drop { $0 == " " }.reversed()) })
        for line in lines { #expect(DisplayWidth.columns(line) <= 60, "'\(line)' is wider than the terminal") }
        #expect(pane.contains("\n  info NAME             an input or a line: its value, unit,\n"), "\(pane)")
    }
}
