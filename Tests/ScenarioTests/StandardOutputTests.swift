import Foundation
import Testing
import TestSupport

/// C1: standard output that cannot take what is written never crashes the tool. A full device
/// is reported once, with exit status 2; a reader that has gone (`| head -1`) ends the output
/// quietly, with no message and no backtrace. A shell sets up the redirections, as a user's
/// would.
@Suite struct StandardOutputTests {
    static func shell(_ script: String, in folder: URL) throws -> ExternalTool.Result {
        let sh = try #require(ExternalTool.find(["sh"]))
        return try ExternalTool.run(sh, ["-c", script, try ExternalTool.scenario().path], in: folder)
    }

    @Test(arguments: [
        "\"$0\" help > /dev/full",
        "\"$0\" run Scenarios/nhse-pharmacists.scenario > /dev/full",
        "\"$0\" report Scenarios/nhse-pharmacists.scenario --output - > /dev/full",
    ])
    func aFullStandardOutputIsReportedOnce(_ script: String) throws {
        let result = try Self.shell(script + "; echo \"status $?\" >&2", in: TranscriptRunner.packageRoot)
        #expect(result.stderr == """
            scenario: error: cannot write to standard output: no space left on device
              = help: free some space on the disk, or write somewhere else
            status 2

            """)
    }

    /// The output is far more than a pipe holds, so `head -c 1` is gone while it is written,
    /// whether SIGPIPE is left to its default or ignored (as a shell's `trap '' PIPE` or a
    /// parent that ignores it leaves it).
    @Test(arguments: ["", "trap '' PIPE; "])
    func aClosedPipeEndsTheOutputQuietly(_ trap: String) throws {
        let folder = try ExternalTool.temporaryFolder("stdout-closed")
        defer { try? FileManager.default.removeItem(at: folder) }
        var csv = "name,list_size\n"
        for index in 0..<2_000 { csv += "Practice number \(index),\(1_000 + index)\n" }
        try Data(csv.utf8).write(to: folder.appendingPathComponent("big.csv"))
        try Data("""
            title "Many practices"
            years 2019/20 to 2023/24
            list practices (list_size patients) from "big.csv"
            table "Sizes" by practices:
              size = list_size

            """.utf8).write(to: folder.appendingPathComponent("big.scenario"))
        let script = trap + "{ \"$0\" run big.scenario --format json 2> err.txt; echo $? > status.txt; } | head -c 1 > /dev/null"
        let result = try Self.shell(script, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("status.txt"), encoding: .utf8) == "0\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("err.txt"), encoding: .utf8) == "")
    }
}
