import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `--output` and `fmt --write` write to, built in a fresh folder: a replaced file keeps
/// its mode and owner; a device, a FIFO or a link to one is written as a stream and stays what
/// it is; a link to a file replaces the file and stays a link; `-` is standard output; a full
/// device says it is full; and no file the model reads is ever written over.
@Suite struct OutputTargetTests {
    static let scenario = """
        title "Small"
        years 2018/19 to 2019/20

        list practices (list_size patients) from "practices.csv"

        table "Costs":
          cost "Cost" = £1,000 | £2,000

        table "Sizes" by practices:
          size = list_size

        """

    /// A folder with the scenario and its CSV list in it, and the built `scenario`.
    static func setUp(_ name: String) throws -> (folder: URL, binary: URL) {
        let folder = try ExternalTool.temporaryFolder(name)
        try Data(scenario.utf8).write(to: folder.appendingPathComponent("small.scenario"))
        try Data("name,list_size\nEnderby,6254\n".utf8).write(to: folder.appendingPathComponent("practices.csv"))
        return (folder, try ExternalTool.scenario())
    }

    static func status(_ path: String) -> stat {
        var status = stat()
        lstat(path, &status)
        return status
    }

    static func kind(_ path: String) -> mode_t { status(path).st_mode & S_IFMT }

    /// S4: `report`, `export` and `fmt --write` keep the mode of what they replace.
    @Test(arguments: [
        (["report", "small.scenario", "--output", "out.html"], "out.html", mode_t(0o600)),
        (["export", "small.scenario", "--output", "out.xlsx"], "out.xlsx", mode_t(0o640)),
        (["fmt", "--write", "messy.scenario"], "messy.scenario", mode_t(0o604)),
    ])
    func aReplacedFileKeepsItsMode(_ arguments: [String], _ name: String, _ mode: mode_t) throws {
        let (folder, binary) = try Self.setUp("output-mode")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data("title   \"Messy\"\nyears 2019/20 to 2019/20\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, mode) == 0)
        let result = try ExternalTool.run(binary, arguments, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.status(path).st_mode & 0o7777 == mode)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != Data("title   \"Messy\"\nyears 2019/20 to 2019/20\n".utf8), "not rewritten")
    }

    /// Only root may give a file to another user, so this runs only as root.
    @Test(.enabled(if: geteuid() == 0, "only root may keep another user's ownership"))
    func aReplacedFileKeepsItsOwner() throws {
        let (folder, binary) = try Self.setUp("output-owner")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.html").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
        #expect(chown(path, 4321, 8765) == 0)
        let result = try ExternalTool.run(binary, ["report", "small.scenario", "--output", "out.html"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.status(path).st_uid == 4321 && Self.status(path).st_gid == 8765)
    }

    /// A file its owner made read-only is refused, not replaced by a writable copy. Root may
    /// write anything, so this runs only for other users.
    @Test(.enabled(if: geteuid() != 0, "running as root, who may write a read-only file"))
    func aReadOnlyFileIsRefusedNotReplaced() throws {
        let (folder, binary) = try Self.setUp("output-read-only")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.html").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("kept".utf8)))
        #expect(chmod(path, 0o444) == 0)
        let result = try ExternalTool.run(binary, ["report", "small.scenario", "--output", "out.html"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write 'out.html': permission denied"), "\(result.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept")
    }

    /// D1: a FIFO is written as a stream to whoever reads it, and stays a FIFO, also through a link.
    @Test(arguments: ["pipe", "link-to-pipe"])
    func aFifoIsWrittenAsAStream(_ name: String) throws {
        let (folder, binary) = try Self.setUp("output-fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        try FifoPeer.make(at: fifo)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link-to-pipe").path, withDestinationPath: "pipe")
        let reader = FifoPeer.reader(at: fifo)
        let result = try ExternalTool.run(binary, ["report", "small.scenario", "--output", name], in: folder)
        let received = String(decoding: reader.finish(), as: UTF8.self)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote \(name): 2 tables, 0 charts, 0 checks\n")
        #expect(received.hasPrefix("<!DOCTYPE html>") && received.hasSuffix("</html>\n"), "\(received.prefix(100))")
        #expect(Self.kind(fifo) == S_IFIFO)
        #expect(Self.kind(folder.appendingPathComponent("link-to-pipe").path) == S_IFLNK)
    }

    /// D1: a character device is written as a stream and stays a device: /dev/null itself, a
    /// link to it, and (as root, who may make one) a null device made in the folder.
    @Test func aCharacterDeviceStaysADevice() throws {
        let (folder, binary) = try Self.setUp("output-device")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("null-link").path, withDestinationPath: "/dev/null")
        var targets = ["/dev/null", "null-link"]
        let made = folder.appendingPathComponent("null").path
        if geteuid() == 0, mknod(made, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 { targets.append("null") }
        for target in targets {
            let result = try ExternalTool.run(binary, ["export", "small.scenario", "--output", target], in: folder)
            #expect(result.status == 0, "\(target): \(result.stderr)")
            #expect(result.stdout == "wrote \(target): 4 sheets\n")  // two tables, Inputs and Checks
        }
        #expect(Self.kind("/dev/null") == S_IFCHR)
        #expect(Self.kind(folder.appendingPathComponent("null-link").path) == S_IFLNK)
        if targets.contains("null") { #expect(Self.kind(made) == S_IFCHR) }
    }

    /// A link to a regular file replaces the file it points to, physically resolved; the link stays.
    @Test func aLinkToAFileReplacesTheFileAndStaysALink() throws {
        let (folder, binary) = try Self.setUp("output-link")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: folder.appendingPathComponent("reports/latest.html"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("latest.html").path, withDestinationPath: "reports/latest.html")
        let result = try ExternalTool.run(binary, ["report", "small.scenario", "--output", "latest.html"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind(folder.appendingPathComponent("latest.html").path) == S_IFLNK)
        let written = try String(contentsOf: folder.appendingPathComponent("reports/latest.html"), encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path) == ["latest.html"])
    }

    /// `--output -` writes to standard output exactly the bytes a file would hold.
    @Test(arguments: [("report", "out.html"), ("export", "out.xlsx")])
    func aDashWritesToStandardOutput(_ subcommand: String, _ file: String) throws {
        let (folder, binary) = try Self.setUp("output-dash")
        defer { try? FileManager.default.removeItem(at: folder) }
        let toFile = try ExternalTool.run(binary, [subcommand, "small.scenario", "--output", file], in: folder)
        #expect(toFile.status == 0, "\(toFile.stderr)")
        let toStdout = try ProcessRunner(binary, [subcommand, "small.scenario", "--output", "-"], environment: TranscriptRunner.standardEnvironment,
                                         workingDirectory: folder).run()
        #expect(toStdout.termination == .exit(0), "\(toStdout.stderrText)")
        let written = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
        if subcommand == "report" {
            #expect(toStdout.stdout == written)
        } else {
            // A workbook holds the time it was made: compare its size and its zip signature.
            #expect(toStdout.stdout.count == written.count && toStdout.stdout.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        }
        #expect(toStdout.stderr.isEmpty)
    }

    /// C1: a device that is full says so, with exit status 2; a full disk is not a permission problem.
    @Test func aFullDeviceIsReportedAsFull() throws {
        let (folder, binary) = try Self.setUp("output-full")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ExternalTool.run(binary, ["export", "small.scenario", "--output", "/dev/full"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "scenario: error: cannot write '/dev/full': no space left on device\n  = help: free some space on the disk, or write somewhere else\n")
        #expect(Self.kind("/dev/full") == S_IFCHR)
    }

    /// A full file system is reported as full, and the old file is kept. Mounting a small one
    /// needs root; elsewhere this does not run.
    @Test(.enabled(if: geteuid() == 0, "mounting a small file system needs root"))
    func aFullDiskIsReportedAsFullAndTheOldFileKept() throws {
        let (folder, binary) = try Self.setUp("output-full-disk")
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = folder.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard "size=64k".withCString({ mount("tmpfs", disk, "tmpfs", 0, $0) }) == 0 else { return }  // no mounting here (a container)
        defer { umount(disk) }
        try Data("old".utf8).write(to: URL(fileURLWithPath: disk + "/r.html"))
        try Data(repeating: 0, count: 56 << 10).write(to: URL(fileURLWithPath: disk + "/filler"))
        let result = try ExternalTool.run(binary, ["report", "small.scenario", "--output", disk + "/r.html"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write '\(disk)/r.html': no space left on device"), "\(result.stderr)")
        #expect(!result.stderr.contains("permission"))
        #expect(try String(contentsOfFile: disk + "/r.html", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).sorted() == ["filler", "r.html"])
    }

    /// D2: no output replaces a file the model reads, reached by any path.
    @Test(arguments: ["report", "export"])
    func aFileTheModelReadsIsNeverWrittenOver(_ subcommand: String) throws {
        let (folder, binary) = try Self.setUp("output-inputs")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.out").path, withDestinationPath: "practices.csv")
        for output in ["practices.csv", "./practices.csv", "link.out", folder.appendingPathComponent("practices.csv").path] {
            let result = try ExternalTool.run(binary, [subcommand, "small.scenario", "--output", output], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("a file the scenario reads"), "\(output): \(result.stderr)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("practices.csv"), encoding: .utf8) == "name,list_size\nEnderby,6254\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.out", "practices.csv", "small.scenario"])
    }
}
