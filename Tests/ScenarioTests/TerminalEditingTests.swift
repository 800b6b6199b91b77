import Foundation
import Testing

/// The built `scenario` tool: beside the test bundle, or in the package's `.build/debug`.
///
/// SwiftPM puts executables in the same folder as the test bundle (on Linux the test bundle is
/// itself the running executable; on macOS it is loaded by `xctest`), so look there first.
func builtScenarioTool() -> String? {
    var folders: [URL] = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
    if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
    folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    folders.append(package.appendingPathComponent(".build/debug"))
    return folders.map { $0.appendingPathComponent("scenario").path }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// `scenario repl` in a real terminal (tmux, 100×30): the editor as a person meets it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it (apt-get install tmux) to run the terminal editing tests"))
final class TerminalEditingTests {
    private let state = TemporaryFolder()
    private let prompt = "scenario> "

    /// Starts the REPL with HOME and XDG_STATE_HOME in this test's folder; waits for the prompt.
    private func startRepl(sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxSession {
        let tmux = try TmuxSession(command: [try tool(sourceLocation), "repl"], environment: environment())
        try tmux.waitFor("scenario>", sourceLocation: sourceLocation)  // captures drop trailing spaces
        return tmux
    }

    private func tool(_ sourceLocation: SourceLocation) throws -> String {
        guard let tool = builtScenarioTool() else {
            Issue.record("the scenario tool is not built; run swift build first", sourceLocation: sourceLocation)
            throw TmuxError(message: "no scenario tool")
        }
        return tool
    }

    private func environment(term: String = "screen") -> [String: String] {
        ["HOME": state.path, "XDG_STATE_HOME": state.path + "/state", "TERM": term]
    }

    @Test func typingMovingAndInsertingInTheMiddleEditTheLine() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.type("cho show x")
        tmux.press("Home")
        tmux.type("e")
        tmux.press("End")
        tmux.type("y")
        tmux.press("Left")
        tmux.type("z")
        try tmux.waitForLine("scenario> echo show xzy")
        try tmux.waitForCursor(column: prompt.count + 12)
        tmux.press("Enter")
        try tmux.waitForLine("show xzy")
    }

    @Test func keysTypedAheadAreKeptForTheNextLine() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.type("echo one\recho two\rsen")  // arrives in one read: the rest outlives the first line
        try tmux.waitForLine("one")
        try tmux.waitForLine("two")
        try tmux.waitForLine("scenario> sen")
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.type("echo alpha beta")
        tmux.press("C-w")
        tmux.type("gamma")
        tmux.press("Enter")
        try tmux.waitForLine("alpha gamma")
    }

    @Test func upRecallsTheHistoryOfAPreviousSession() throws {
        try writeHistory(["echo first", "echo second"])
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.press("Up")
        try tmux.waitForLine("scenario> echo second")
        tmux.press("Up")
        try tmux.waitForLine("scenario> echo first")
        tmux.press("Enter")
        try tmux.waitForLine("first")
    }

    @Test func ctrlRFindsAnOlderCommand() throws {
        try writeHistory(["echo first", "echo second", "echo third"])
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.press("C-r")
        tmux.type("fir")
        try tmux.waitForLine("(reverse-i-search)`fir': echo first")
        tmux.press("Enter")
        try tmux.waitForLine("first")
    }

    @Test func tabCompletesAUniquePrefixAndListsSeveral() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.type("sen")
        tmux.press("Tab")
        try tmux.waitForLine("scenario> sensitivity")
        tmux.press("Enter")
        try tmux.waitForLine("error: sensitivity needs a target and a range")
        tmux.type("s")
        tmux.press("Tab", "Tab")
        try tmux.waitForLine("save         seek         sensitivity  set          show")
        try tmux.waitForLine("scenario> s")
    }

    @Test func aPasteIsInsertedLiterallyNotRunAsKeys() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.type("set ")
        tmux.paste("sen\tx\ry")
        try tmux.waitForLine("scenario> set sen^Ix^My")  // no completion, no Enter
        #expect(!tmux.capture().contains("error:"))
        tmux.type("!")
        try tmux.waitForLine("scenario> set sen^Ix^My!")
    }

    @Test func wideCharactersKeepTheCursorInItsColumn() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.type("echo 日本語")
        tmux.press("Left")
        tmux.type("x")
        try tmux.waitForLine("scenario> echo 日本x語")
        try tmux.waitForCursor(column: prompt.count + 10)
        tmux.press("Enter")
        try tmux.waitForLine("日本x語")
    }

    @Test func aLineLongerThanTheTerminalWrapsAndStillEdits() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        let long = "echo " + String(repeating: "abcdefghij", count: 15)  // 155 columns after a 10-column prompt
        tmux.type(long)
        try tmux.waitForLine(prompt + long)
        try tmux.waitForCursor(column: (prompt.count + long.count) % 100)
        tmux.press("Home")
        tmux.type("#")
        try tmux.waitForLine(prompt + "#" + long)
        try tmux.waitForCursor(column: prompt.count + 1)
        tmux.press("Home", "Delete", "End")
        tmux.type("!")
        tmux.press("Enter")
        try tmux.waitForLine(String(repeating: "abcdefghij", count: 15) + "!")
    }

    @Test func ctrlCCancelsTheLineAndCtrlDLeaves() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.type("never run")
        tmux.press("C-c")
        try tmux.waitForLine("scenario> never run^C")
        tmux.press("C-d")
        try tmux.waitForExit()
        #expect(!tmux.capture().contains("error:"))
    }

    @Test func ctrlLClearsTheScreenAndKeepsTheLine() throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        tmux.type("echo shown")
        tmux.press("Enter")
        try tmux.waitForLine("shown")
        tmux.type("half")
        tmux.press("Left", "C-l")
        try tmux.waitUntil("the line alone at the top") { $0.hasPrefix("scenario> half") }
        try tmux.waitForCursor(column: prompt.count + 3)
    }

    @Test func aDumbTerminalGetsPlainLinesWithoutAPrompt() throws {
        let tmux = try TmuxSession(command: [try tool(#_sourceLocation), "repl"], environment: environment(term: "dumb"))
        defer { tmux.kill() }
        tmux.type("echo shown")
        tmux.press("Enter")
        try tmux.waitForLine("shown")
        #expect(!tmux.capture().contains("scenario>"))
    }

    /// Signals that end the REPL while it edits a line must leave the terminal as they found it.
    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/task"), "needs /proc to find the REPL's process"),
        arguments: [SIGTERM, SIGHUP, SIGINT])
    func aSignalDuringEditingRestoresTheTerminal(_ signal: Int32) throws {
        // A shell records the terminal's settings, runs the REPL, and records them again.
        let script = "stty -g > before; \"$0\" repl; stty -g > after; echo; echo done"
        let tmux = try TmuxSession(command: ["sh", "-c", "cd '\(state.path)' && " + script, try tool(#_sourceLocation)], environment: environment())
        defer { tmux.kill() }
        try tmux.waitFor("scenario>")
        tmux.type("half a line")
        try tmux.waitFor("half a line")
        let shell = try #require(Int32(tmux.panePID()))
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let repl = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        kill(repl, signal)
        try tmux.waitForLine("done")
        let before = try String(contentsOfFile: state.path + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: state.path + "/after", encoding: .utf8)
        #expect(after == before)
    }

    /// Runs a first session that enters `lines` and leaves with Ctrl-D, saving them as history.
    private func writeHistory(_ lines: [String]) throws {
        let tmux = try startRepl()
        defer { tmux.kill() }
        for line in lines {
            tmux.type(line)
            tmux.press("Enter")
            try tmux.waitForLine(String(line.dropFirst("echo ".count)))
        }
        tmux.press("C-d")
        try tmux.waitForExit()
        let saved = try String(contentsOfFile: state.path + "/state/scenario/history", encoding: .utf8)
        #expect(saved == lines.map { $0 + "\n" }.joined())
    }
}
