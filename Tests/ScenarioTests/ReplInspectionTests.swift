import FinModel
import Foundation
import Testing
import TestSupport

@testable import scenario

/// The REPL's `ans`, `list` and `info`, its exit status for scripts, and its help wrapped to the
/// terminal's width. Whole sessions are in Tests/Fixtures/repl/inspection-session.expected;
/// these tests drive the shell itself where a transcript cannot (a file changed mid-session, a
/// width, Tab), and the built tool where the exit status is the point.
@Suite struct ReplInspectionTests {
    static let pharmacists = TranscriptRunner.packageRoot.appendingPathComponent("Scenarios/nhse-pharmacists.scenario").path

    /// Runs the built `scenario repl FILE` with `script` on a pipe, with no COLUMNS set.
    static func script(_ script: String, file: String = pharmacists) throws -> ProcessOutcome {
        let binary = try CompletionScriptTests.scenarioBinary()
        let folder = TemporaryFolder()
        return try ProcessRunner(binary, ["repl", file], environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"],
                                 input: .bytes(Array(script.utf8))).run()
    }

    @Test(arguments: [
        ("info pay_uplift\ntotal_cost[2019/20]\nans * 2\n", Int32(0)),
        ("set pay_uplift = 3%\nchecks\n", 1),
        ("checks\n", 0),
        ("nonsense\nchecks\n", 2),
        ("set pay_uplift = 3%\nchecks\ninfo nonsense\n", 2),
        ("set pay_uplift = 3%\nchecks\nquit\nnonsense\n", 1),
        ("list frobs\n", 2),
        ("help frobs\n", 2),
        ("unset pay_uplift\n", 2),
    ])
    func aScriptExitsTwoForAMistakeElseOneForAFailedCheck(_ script: String, _ status: Int32) throws {
        let outcome = try Self.script(script)
        #expect(outcome.termination == .exit(status), "\(outcome.stderrText)")
        #expect(outcome.stderrText.isEmpty == (status != 2), "a mistake, and only a mistake, is reported on stderr")
    }

    @Test func aScenarioThatDoesNotLoadMakesTheScriptExitTwo() throws {
        let outcome = try Self.script("echo still here\n", file: "no-such.scenario")
        #expect(outcome.stdoutText == "still here\n")
        #expect(outcome.termination == .exit(2))
    }

    @Test func helpWrapsAtEightyColumnsWhenTheWidthIsUnknown() throws {
        let outcome = try Self.script("help\n")
        let lines = outcome.stdoutText.split(separator: "\n").dropFirst()  // the line saying what loaded
        #expect(lines.first == "Commands:")
        #expect(outcome.stdoutText.contains("  set NAME = VALUE      change an input for this session, with units: set\n"
            + "                        pay_uplift = 3%\n"))
        for line in lines { #expect(DisplayWidth.columns(String(line)) <= 80, "\(line)") }
        #expect(String(lines.joined(separator: "\n")) == ReplShell.commandList(width: 80).dropLast())
    }

    /// At any width every line fits, or is one word too long to; no word is lost or split; and a
    /// wrapped summary starts in the summary column.
    @Test(arguments: [10, 20, 35, 36, 40, 56, 60, 80, 100, 132, 200])
    func helpFitsAnyWidthAndKeepsEveryWord(_ width: Int) {
        let text = ReplShell.commandList(width: width)
        for line in text.split(separator: "\n") where DisplayWidth.columns(String(line)) > width {
            #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "width \(width): '\(line)' could have wrapped")
        }
        let words = text.split(whereSeparator: \.isWhitespace)
        var expected = ["Commands:"]
        for command in ReplShell.commands { expected += (command.usage + " " + command.summary).split(separator: " ").map(String.init) }
        expected += ReplShell.expressionHelp.split(separator: " ").map(String.init)
        #expect(words.map(String.init) == expected)
    }

    @Test(arguments: ["", "one", "a b c", "a  b   c", "£3 per patient, 日本 and 👩‍⚕️ too", String(repeating: "word ", count: 40)])
    func wrappedLinesKeepTheWordsInOrderAndFit(_ text: String) {
        for width in 1...30 {
            let lines = WordWrap.lines(text, width: width, firstWidth: max(width - 3, 1))
            #expect(lines.joined(separator: " ").split(separator: " ") == text.split(separator: " "), "width \(width)")
            for (index, line) in lines.enumerated() {
                let room = index == 0 ? max(width - 3, 1) : width
                #expect(DisplayWidth.columns(line) <= room || !line.contains(" "), "width \(width): '\(line)'")
            }
        }
    }

    @Test func ansIsRefusedAfterAReloadChangesTheYears() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/years.scenario"
        func write(_ years: String, modified: TimeInterval) throws {
            try "title \"Years\"\nyears \(years)\ninput cost = £100\ntable \"T\":\n  spend = yearly(cost)\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: modified)], ofItemAtPath: path)
        }
        try write("2019/20 to 2020/21", modified: 1_000_000)
        let shell = ReplShell(loader: ScenarioLoader())
        shell.load(path)
        #expect(shell.handle("spend"))
        #expect(shell.answer?.text == "2019/20: £100.00  2020/21: £100.00")
        #expect(!shell.sawError)
        try write("2019/20 to 2021/22", modified: 2_000_000)
        #expect(shell.handle("ans * 2"))
        #expect(shell.sawError, "an answer over two years cannot be used in a model of three")
        #expect(shell.answer?.text == "2019/20: £100.00  2020/21: £100.00", "a failed line changes nothing")
        #expect(shell.handle("spend * 2"))
        #expect(shell.answer?.text == "2019/20: £200.00  2020/21: £200.00  2021/22: £200.00")
    }

    @Test func tabCompletesTheNewCommandsAndAnsOnceThereIsOne() {
        let shell = ReplShell(loader: ScenarioLoader())
        shell.load(Self.pharmacists)
        #expect(shell.complete("li", cursor: 2).candidates == ["list"])
        #expect(shell.complete("in", cursor: 2).candidates == ["info"])
        #expect(shell.complete("list ", cursor: 5).candidates == ["inputs", "lines", "variants"])
        #expect(shell.complete("info pay", cursor: 8).candidates == ["pay", "pay_uplift"])
        #expect(shell.complete("help in", cursor: 7).candidates == ["info"])
        #expect(shell.complete("an", cursor: 2).candidates == [])
        #expect(shell.handle("pay_uplift"))
        #expect(shell.complete("an", cursor: 2).candidates == ["ans"])
        #expect(shell.complete("total(a", cursor: 7).candidates.contains("ans"))
    }

    /// After `set`, `unset` and `info`, Tab completes a list member's figure, whose name may
    /// hold spaces, from the start of the attribute's name.
    @Test func tabCompletesListFiguresAfterSetUnsetAndInfo() {
        let shell = ReplShell(loader: ScenarioLoader())
        shell.load(TranscriptRunner.packageRoot.appendingPathComponent("Tests/Fixtures/language/list-grouped.scenario").path)
        let line = "set list_size[\"Market Ov"
        let completion = shell.complete(line, cursor: line.count)
        #expect(completion.start == 4)
        #expect(completion.candidates == ["list_size[\"Market Overton\"]"])
        #expect(shell.complete("info list_si", cursor: 12).candidates.count == 4)
        #expect(shell.complete("unset list_size[\"C", cursor: 18).candidates == ["list_size[\"Croft\"]"])
        #expect(shell.complete("info ra", cursor: 7).candidates == ["rate"])
    }
}
