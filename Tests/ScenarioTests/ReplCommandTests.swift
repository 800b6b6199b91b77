import Foundation
import Testing
import TestSupport

@testable import scenario

/// Runs the built `scenario` with `arguments`, feeding `input` on stdin (a pipe, not a terminal).
private func runScenario(_ arguments: [String], input: [UInt8]) throws -> (status: Int32, stdout: String, stderr: String) {
    let tool = try #require(builtScenarioTool(), "the scenario tool is not built; run swift build first")
    let folder = TemporaryFolder()
    let outcome = try ProcessRunner(
        URL(fileURLWithPath: tool), arguments, environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"],
        input: .bytes(input), timeout: .seconds(30)
    ).run()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "a script must leave no history")
    return (outcome.status, outcome.stdoutText, outcome.stderrText)
}

@Suite struct ReplCommandTests {
    @Test func aScriptIsAnsweredLineByLineWithoutAPrompt() throws {
        let result = try runScenario(["repl"], input: Array("echo show x\n\n  \nhelp\necho set y\r\nquit\necho not reached\n".utf8))
        #expect(result.stdout.hasPrefix("show x\nCommands:\n"))
        #expect(result.stdout.hasSuffix("set y\n"))
        #expect(!result.stdout.contains("not reached"))
        #expect(!result.stdout.contains("scenario>"))
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test(arguments: [
        (Array("echo ".utf8) + [0xFF, 0x61, 0x0A], "\u{FFFD}a\n"),
        (Array("echo ".utf8) + [0x61, 0x00, 0x62, 0x0A], "a^@b\n"),  // a control is shown, not sent to the terminal
        ([0x65, 0x78, 0x69, 0x74], ""),  // exit without a final newline
        (Array("echo ".utf8) + [0x61, 0xE6, 0x97], "a\u{FFFD}\n"),  // cut off mid-character at end of input
        ([], ""),
    ] as [([UInt8], String)])
    func anyBytesOnStdinAreAnsweredWithoutCrashing(_ input: [UInt8], _ output: String) throws {
        let result = try runScenario(["repl"], input: input)
        #expect(result.stdout == output)
        #expect(result.status == 0)
    }

    @Test func junkIsAnErrorAndTheSessionGoesOn() throws {
        let result = try runScenario(["repl"], input: [0xFF, 0x0A] + Array("echo still here\n".utf8))
        #expect(result.stdout == "still here\n")
        #expect(result.stderr == "error: no scenario is loaded\n  = help: load one with: load FILE\n")
        #expect(result.status == 2, "a script with a mistake exits 2, after every line")
    }

    @Test func twoFilesAreAUsageError() throws {
        let result = try runScenario(["repl", "a.scenario", "b.scenario"], input: [])
        #expect(result.status == 2)
        #expect(result.stderr == "scenario: error: repl takes at most one scenario file\n  = help: write: scenario repl [FILE]\n")
    }

    @Test(arguments: [("quit", false), ("  exit ", false), ("echo x", true), ("", true), ("# a comment", true)])
    func onlyQuitAndExitLeave(_ line: String, _ goesOn: Bool) {
        #expect(ReplShell(loader: ScenarioLoader()).handle(line) == goesOn)
    }

    @Test func aPastedBlockIsHandledLineByLineUntilQuit() {
        #expect(ReplShell(loader: ScenarioLoader()).handle("echo one\nquit\necho never") == false)
    }
}

@Suite struct ReplLoopTests {
    /// Runs a loop over `outcomes`, handling lines with `handle`; returns the lines handled.
    private func run(_ outcomes: [LineEditor.Outcome], handle: @escaping (String) -> Bool = { _ in true }) -> [String] {
        var remaining = outcomes
        var handled: [String] = []
        let loop = ReplLoop(read: { remaining.isEmpty ? .endOfInput : remaining.removeFirst() }) { line in
            handled.append(line)
            return handle(line)
        }
        loop.run()
        return handled
    }

    @Test func ctrlCCancelsOnlyTheLineAndTheLoopGoesOn() {
        #expect(run([.line("a"), .interrupted, .line("b"), .endOfInput, .line("never")]) == ["a", "b"])
    }

    @Test func aHandlerReturningFalseEndsTheLoop() {
        #expect(run([.line("a"), .line("stop"), .line("never")]) { $0 != "stop" } == ["a", "stop"])
    }
}
