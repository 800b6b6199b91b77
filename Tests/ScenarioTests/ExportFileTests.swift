import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `report` and `export` write their file whole or not at all: a failure leaves what was there
/// before, no temporary file is left behind, and the scenario itself is never written over.
@Suite struct ExportFileTests {
    static let scenario = """
        title "Small"
        years 2018/19 to 2019/20

        table "Costs":
          cost "Cost" = £1,000 | £2,000

        chart "Costs" bars cost

        """

    /// A folder with the scenario in it, and the built `scenario`.
    static func setUp(_ name: String) throws -> (folder: URL, binary: URL) {
        let folder = try ExternalTool.temporaryFolder(name)
        try Data(scenario.utf8).write(to: folder.appendingPathComponent("small.scenario"))
        return (folder, try ExternalTool.scenario())
    }

    static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: [("report", "out.html"), ("export", "out.xlsx")])
    func aFailureLeavesTheOldFileAsItWas(_ subcommand: String, _ output: String) throws {
        let (folder, binary) = try Self.setUp("export-failure")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("bad = £1 + 1 patients\n".utf8).write(to: folder.appendingPathComponent("bad.scenario"))
        let old = Data("the report from last week".utf8)
        try old.write(to: folder.appendingPathComponent(output))
        for arguments in [["bad.scenario"], ["small.scenario", "--variant", "none_such"], ["small.scenario", "--set", "nothing=1"]] {
            let result = try ExternalTool.run(binary, [subcommand] + arguments + ["--output", output], in: folder)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(try Data(contentsOf: folder.appendingPathComponent(output)) == old)
        }
        #expect(Self.files(in: folder) == ["bad.scenario", output, "small.scenario"])
    }

    @Test(arguments: [("report", "out.html", "<!DOCTYPE html>"), ("export", "out.xlsx", "PK")])
    func aWrittenFileReplacesTheOldOneWhole(_ subcommand: String, _ output: String, _ start: String) throws {
        let (folder, binary) = try Self.setUp("export-replace")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old".utf8).write(to: folder.appendingPathComponent(output))
        let result = try ExternalTool.run(binary, [subcommand, "small.scenario", "--output", output], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Data(contentsOf: folder.appendingPathComponent(output))
        #expect(written.starts(with: Data(start.utf8)))
        #expect(Self.files(in: folder) == [output, "small.scenario"], "a temporary file was left behind")
    }

    @Test(arguments: ["report", "export"])
    func theScenarioIsNeverWrittenOverEvenThroughALink(_ subcommand: String) throws {
        let (folder, binary) = try Self.setUp("export-self")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.html").path, withDestinationPath: "small.scenario")
        for output in ["small.scenario", "./small.scenario", "link.html", folder.appendingPathComponent("small.scenario").path] {
            let result = try ExternalTool.run(binary, [subcommand, "small.scenario", "--output", output], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("is the scenario file itself"), "\(output): \(result.stderr)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("small.scenario"), encoding: .utf8) == Self.scenario)
    }

    /// Root may write anywhere, so this runs only for other users.
    @Test(.enabled(if: geteuid() != 0, "running as root, who may write into a read-only folder"))
    func aFolderThatCannotBeWrittenToIsRefusedBeforeAnyWork() throws {
        let (folder, binary) = try Self.setUp("export-readonly")
        let locked = folder.appendingPathComponent("locked", isDirectory: true)
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o555)
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let result = try ExternalTool.run(binary, ["report", "small.scenario", "--output", "locked/out.html"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write in the folder 'locked'"), "\(result.stderr)")
        #expect(Self.files(in: locked).isEmpty)
    }
}
