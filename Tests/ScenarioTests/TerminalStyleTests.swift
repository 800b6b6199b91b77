import Foundation
import Testing

@testable import scenario

/// Colour and width as standard output and the environment decide them: the rules as a table,
/// then the built `scenario` at a real terminal (tmux), where `auto` means something.
@Suite struct TerminalStyleTests {
    @Test(arguments: [
        // flag, NO_COLOR, TERM, at a terminal → colour
        ("always", "1", "dumb", false, true),
        ("never", "", "xterm", true, false),
        ("auto", "", "xterm", true, true),
        ("auto", "1", "xterm", true, false),
        ("auto", "", "xterm", false, false),
        ("auto", "", "dumb", true, false),
        ("", "", "xterm", true, true),
    ])
    func colourFollowsTheFlagThenNoColorThenTheTerminal(_ flag: String, _ noColor: String, _ term: String, _ isTerminal: Bool, _ colour: Bool) {
        let environment = ["NO_COLOR": noColor, "TERM": term]
        #expect(TerminalStyle.colour(flag: flag.isEmpty ? nil : flag, environment: environment, isTerminal: isTerminal) == colour)
    }

    @Test(arguments: [
        // --width, COLUMNS, at a terminal, the terminal's columns → width (0 for no limit)
        (60, "100", true, 80, 60),
        (0, "100", true, 80, 0),
        (-1, "100", true, 80, 100),
        (-1, "", true, 80, 80),
        (-1, "abc", true, 80, 80),
        (-1, "100", false, 80, 0),
        (-1, "", false, 0, 0),
    ])
    func widthFollowsTheFlagThenColumnsAtATerminalThenTheTerminal(_ flag: Int, _ columns: String, _ isTerminal: Bool, _ terminal: Int, _ width: Int) {
        let found = TerminalStyle.width(
            flag: flag < 0 ? nil : flag, environment: ["COLUMNS": columns], isTerminal: isTerminal,
            terminalColumns: { terminal > 0 ? terminal : nil })
        #expect((found ?? 0) == width)
    }
}

/// `scenario` at a real terminal: colour by default unless NO_COLOR says not, and tables split
/// at the terminal's own width or COLUMNS.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it (apt-get install tmux) to run the terminal tests"))
final class TerminalOutputTests {
    private let home = TemporaryFolder()

    /// Runs `arguments` in a terminal `width` columns wide and returns the screen once it exits.
    private func screen(_ arguments: [String], environment: [String: String] = [:], width: Int = 100, attributes: Bool = false) throws -> String {
        let tool = try #require(builtScenarioTool(), "the scenario tool is not built; run swift build first")
        let root = TranscriptRunner.packageRoot.path
        let command = [tool] + arguments.map { $0.hasPrefix("Tests/") ? root + "/" + $0 : $0 }
        let base = ["HOME": home.path, "TERM": "xterm-256color", "NO_COLOR": "", "COLUMNS": ""]
        let tmux = try TmuxSession(command: command, environment: base.merging(environment) { $1 }, width: width, height: 40)
        defer { tmux.kill() }
        try tmux.waitForExit()
        // On a loaded machine the pane can report the command dead a moment before its last
        // output is drawn: read it again, for up to two seconds, until it shows something.
        let deadline = ContinuousClock.now + .seconds(2)
        var shown = attributes ? tmux.captureWithAttributes() : tmux.capture()
        while shown.allSatisfy(\.isWhitespace), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            shown = attributes ? tmux.captureWithAttributes() : tmux.capture()
        }
        return shown
    }

    static let colour = ["check", "Tests/Fixtures/render/colour.scenario"]

    @Test func failuresAreColouredAtATerminal() throws {
        let shown = try screen(Self.colour, attributes: true)
        #expect(shown.contains("\u{1B}[31mFAIL"), "\(shown)")
        #expect(shown.contains("\u{1B}[33mpass within"), "\(shown)")
    }

    @Test func noColorTurnsColourOffUnlessItIsAskedFor() throws {
        let off = try screen(Self.colour, environment: ["NO_COLOR": "1"], attributes: true)
        #expect(off.contains("FAIL") && !off.contains("\u{1B}[3"), "\(off)")
        let never = try screen(Self.colour + ["--color", "never"], attributes: true)
        #expect(never.contains("FAIL") && !never.contains("\u{1B}[3"), "\(never)")
        let always = try screen(Self.colour + ["--color", "always"], environment: ["NO_COLOR": "1"], attributes: true)
        #expect(always.contains("\u{1B}[31mFAIL"), "\(always)")
    }

    static let wide = ["run", "Tests/Fixtures/render/wide-table.scenario", "--table", "Income by year"]

    /// Every line fits; the table is in blocks, so the last year and the total are still there.
    static func expectSplit(_ shown: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        // tmux's own note under a finished command ("Pane is dead ...") is not the program's.
        let lines = shown.split(separator: "\n").filter { !$0.hasPrefix("Pane is dead") }
        #expect(lines.allSatisfy { $0.count <= width }, "\(shown)", sourceLocation: sourceLocation)
        #expect(lines.filter { $0.hasPrefix("Income by year") }.count > 1, "\(shown)", sourceLocation: sourceLocation)
        #expect(shown.contains("2024/25") && shown.contains("£11,111,111.01"), "\(shown)", sourceLocation: sourceLocation)
    }

    @Test func aWideTableIsSplitAtTheTerminalsWidth() throws {
        Self.expectSplit(try screen(Self.wide, width: 60), width: 60)
    }

    @Test func columnsSetsTheWidthAtATerminal() throws {
        Self.expectSplit(try screen(Self.wide, environment: ["COLUMNS": "45"], width: 100), width: 45)
    }

    @Test func widthZeroPrintsTheWholeTableEvenAtATerminal() throws {
        let shown = try screen(Self.wide + ["--width", "0"], width: 60)
        #expect(shown.split(separator: "\n").filter { $0.hasPrefix("Income by year") }.count == 1, "\(shown)")
    }
}
