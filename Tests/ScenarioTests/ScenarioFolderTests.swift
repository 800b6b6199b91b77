import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files a scenario reads are found as the kernel finds them, confined to its folder, and
/// read as streams where they are streams; links and FIFOs are built here, in a fresh folder,
/// as a fixture file cannot hold them.
@Suite struct ScenarioFolderTests {
    static let header = "title \"Files\"\nyears 2019/20 to 2019/20\n"
    static let practices = "name,list_size\nEnderby,6254\nCroft,9130\n"

    /// A folder holding `model/` (the scenario's folder) and `outside/`, a folder beside it.
    static func setUp(_ name: String) throws -> (root: URL, model: URL, outside: URL, binary: URL) {
        let root = try ExternalTool.temporaryFolder(name)
        let model = root.appendingPathComponent("model", isDirectory: true)
        let outside = root.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("sub"), withIntermediateDirectories: true)
        return (root, model, outside, try ExternalTool.scenario())
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// `include "e/../secret.scenario"` beside `e -> outside/sub` reads outside/secret.scenario to
    /// the kernel, though the text strikes out `e/..`; the same for a CSV list.
    @Test(arguments: [
        ("include \"e/../secret.scenario\"\n", "'e/../secret.scenario' is outside the scenario's folder"),
        ("list practices (list_size patients) from \"e/../secret.csv\"\n", "'e/../secret.csv' is outside the scenario's folder"),
    ])
    func aLinkedFolderAndDotDotCannotLeaveTheFolder(_ statement: String, _ message: String) throws {
        let (root, model, outside, binary) = try Self.setUp("folder-bypass")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write("secret_line = 1\n", to: outside.appendingPathComponent("secret.scenario"))
        try Self.write("name,list_size\nSecret,1\n", to: outside.appendingPathComponent("secret.csv"))
        try FileManager.default.createSymbolicLink(atPath: model.appendingPathComponent("e").path, withDestinationPath: outside.appendingPathComponent("sub").path)
        try Self.write(Self.header + statement, to: model.appendingPathComponent("bypass.scenario"))
        let result = try ExternalTool.run(binary, ["run", "bypass.scenario"], in: model)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("secret_line") && !result.stderr.contains("Secret"), "the file outside was read: \(result.stderr)")
    }

    /// A link inside the folder is followed; where it leads decides: inside is read, outside is not.
    @Test func aLinkIsJudgedByWhereItLeads() throws {
        let (root, model, outside, binary) = try Self.setUp("folder-links")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: model.appendingPathComponent("lists"), withIntermediateDirectories: true)
        try Self.write(Self.practices, to: model.appendingPathComponent("lists/practices.csv"))
        try Self.write(Self.practices, to: outside.appendingPathComponent("practices.csv"))
        try FileManager.default.createSymbolicLink(atPath: model.appendingPathComponent("inside.csv").path, withDestinationPath: "lists/practices.csv")
        try FileManager.default.createSymbolicLink(atPath: model.appendingPathComponent("away.csv").path, withDestinationPath: "../outside/practices.csv")
        // A linked folder whose `..` comes back inside is inside.
        try FileManager.default.createSymbolicLink(atPath: model.appendingPathComponent("l").path, withDestinationPath: "lists")
        let table = "table \"Sizes\" by practices:\n  size = list_size\n"
        for (file, allowed) in [("inside.csv", true), ("l/../lists/practices.csv", true), ("away.csv", false)] {
            try Self.write(Self.header + "list practices (list_size patients) from \"\(file)\"\n" + table, to: model.appendingPathComponent("m.scenario"))
            let result = try ExternalTool.run(binary, ["run", "m.scenario"], in: model)
            #expect(result.status == (allowed ? 0 : 2), "\(file): \(result.stderr)")
            #expect(result.stdout.contains("15,384") == allowed, "\(file): \(result.stdout)")
            if !allowed { #expect(result.stderr.contains("'\(file)' is outside the scenario's folder"), "\(result.stderr)") }
        }
    }

    /// `scenario run -` reads the scenario from a pipe; the files it names come from the current
    /// folder, and its messages name `<stdin>`.
    @Test func aScenarioPipedToStandardInputIsRead() throws {
        let (root, model, _, binary) = try Self.setUp("folder-stdin")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.practices, to: model.appendingPathComponent("practices.csv"))
        let text = Self.header + "list practices (list_size patients) from \"practices.csv\"\ntable \"Sizes\" by practices:\n  size = list_size\n"
        let piped = try ProcessRunner(binary, ["run", "-"], environment: TranscriptRunner.standardEnvironment,
                                      workingDirectory: model, input: .bytes(Array(text.utf8))).run()
        #expect(piped.termination == .exit(0), "\(piped.stderrText)")
        #expect(piped.stdoutText.contains("Croft              9,130") && piped.stdoutText.contains("15,384"), "\(piped.stdoutText)")
        let mistaken = try ProcessRunner(binary, ["check", "-"], environment: TranscriptRunner.standardEnvironment,
                                         workingDirectory: model, input: .bytes(Array((Self.header + "x = y\n").utf8))).run()
        #expect(mistaken.termination == .exit(2))
        #expect(mistaken.stderrText.hasPrefix("<stdin>:3:5: error: unknown name 'y'"), "\(mistaken.stderrText)")
    }

    /// A FIFO and /dev/stdin are streams: read to the end, never refused for a permission.
    @Test func aFifoAndDevStdinAreReadAsStreams() throws {
        let (root, model, _, binary) = try Self.setUp("folder-fifo")
        defer { try? FileManager.default.removeItem(at: root) }
        let text = Self.header + "table \"T\":\n  fund = yearly(£1,234)\n"
        let fifo = model.appendingPathComponent("model.scenario").path
        try FifoPeer.make(at: fifo)
        let writer = FifoPeer.writer(at: fifo, bytes: Array(text.utf8))
        let fromFifo = try ExternalTool.run(binary, ["run", "model.scenario"], in: model)
        _ = writer.finish()
        #expect(fromFifo.status == 0, "\(fromFifo.stderr)")
        #expect(fromFifo.stdout.contains("£1,234"), "\(fromFifo.stdout)")
        let fromStdin = try ProcessRunner(binary, ["run", "/dev/stdin"], environment: TranscriptRunner.standardEnvironment,
                                          workingDirectory: model, input: .bytes(Array(text.utf8))).run()
        #expect(fromStdin.termination == .exit(0), "\(fromStdin.stderrText)")
        #expect(fromStdin.stdoutText == fromFifo.stdout)
    }

    /// A stream longer than the limit is refused once the limit and one byte have come, not
    /// held whole.
    @Test func aStreamPastTheLimitIsRefused() throws {
        let binary = try ExternalTool.scenario()
        let comment = "#" + String(repeating: "x", count: 1 << 20) + "\n"
        let text = Self.header + String(repeating: comment, count: 65)
        let result = try ProcessRunner(binary, ["run", "-"], environment: TranscriptRunner.standardEnvironment,
                                       input: .bytes(Array(text.utf8))).run()
        #expect(result.termination == .exit(2))
        #expect(result.stderrText.contains("<stdin>: error: the input goes on past 64 MB, the largest read"), "\(result.stderrText)")
    }

    /// A file's size is checked before a byte is read: a sparse file of 16 GB, which holding
    /// whole would exhaust memory, is refused at once.
    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let (root, model, _, binary) = try Self.setUp("folder-huge")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = model.appendingPathComponent("huge.scenario").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(Self.header.utf8)))
        #expect(truncate(path, 16 << 30) == 0)
        try Self.write(Self.header + "list practices (list_size patients) from \"huge.scenario\"\n", to: model.appendingPathComponent("m.scenario"))
        let direct = try ExternalTool.run(binary, ["run", "huge.scenario"], in: model)
        #expect(direct.status == 2)
        #expect(direct.stderr.contains("huge.scenario: error: the file is 16384 MB; the largest read is 64 MB"), "\(direct.stderr)")
        let named = try ExternalTool.run(binary, ["run", "m.scenario"], in: model)
        #expect(named.status == 2)
        #expect(named.stderr.contains("error: huge.scenario: the file is 16384 MB; the largest read is 64 MB"), "\(named.stderr)")
    }
}
