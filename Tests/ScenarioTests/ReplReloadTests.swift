import Foundation
import Testing

@testable import scenario

/// The REPL reloads a scenario that changes on disk, keeping what was set, and keeps the previous
/// version when the new one has a mistake.
@Suite struct ReplReloadTests {
    static func write(_ text: String, to path: String, modified: Date) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
    }

    static func scenario(runningCosts costs: String) -> String {
        "title \"Reload\"\nyears 2019/20 to 2019/20\ninput contribution = £0.00 per patient\ninput patients = 1,000 patients\n"
            + "table \"I&E\":\n  surplus = yearly(contribution * patients - \(costs))\n"
    }

    @Test func aChangedFileIsReloadedKeepingWhatWasSet() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/reload.scenario"
        try Self.write(Self.scenario(runningCosts: "£500"), to: path, modified: Date(timeIntervalSince1970: 1_000_000))
        let shell = ReplShell(loader: ScenarioLoader())
        shell.load(path)
        #expect(shell.handle("set contribution = £1.00 per patient"))
        #expect(shell.current?.evaluate("surplus[2019/20]").0 == "£500.00")

        try Self.write(Self.scenario(runningCosts: "£800"), to: path, modified: Date(timeIntervalSince1970: 2_000_000))
        #expect(shell.handle("echo next command"))
        #expect(shell.current?.overrides == ["contribution": "£1.00 per patient"])
        #expect(shell.current?.evaluate("surplus[2019/20]").0 == "£200.00")
    }

    @Test func aChangeWithAMistakeKeepsThePreviousVersion() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/reload.scenario"
        try Self.write(Self.scenario(runningCosts: "£500"), to: path, modified: Date(timeIntervalSince1970: 1_000_000))
        let shell = ReplShell(loader: ScenarioLoader())
        shell.load(path)
        try Self.write(Self.scenario(runningCosts: "500 patients"), to: path, modified: Date(timeIntervalSince1970: 2_000_000))
        #expect(shell.handle("echo next command"))
        #expect(shell.current?.evaluate("surplus[2019/20]").0 == "-£500.00")
        // Half-written: the file is cut short mid-line.
        try Self.write("title \"Reload\"\nyears 2019/20 to", to: path, modified: Date(timeIntervalSince1970: 3_000_000))
        #expect(shell.handle("echo next command"))
        #expect(shell.current?.evaluate("surplus[2019/20]").0 == "-£500.00")
    }
}
