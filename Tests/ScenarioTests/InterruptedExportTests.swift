import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// D3: Ctrl-C (SIGINT) or `kill` (SIGTERM) during an export leaves no hidden temporary file
/// beside the target, and the old file as it was.
///
/// The temporary file is created before the model is evaluated, so the test waits for it to
/// appear (then the export is certainly under way: evaluating a thousand practices takes far
/// longer than the wait), sends the signal, and checks that the process died of that signal
/// and took its temporary file with it. Nothing is timed: the wait ends when the file appears.
@Suite struct InterruptedExportTests {
    /// A model big enough that its export is still running when the signal comes.
    static func writeBigModel(in folder: URL, practices: Int) throws {
        var csv = "name,list_size\n"
        for index in 0..<practices { csv += "P\(index),\(1_000 + (index * 7_919) % 29_000)\n" }
        try Data(csv.utf8).write(to: folder.appendingPathComponent("big.csv"))
        try Data("""
            title "Big list"
            years 2019/20 to 2023/24
            list practices (list_size patients) from "big.csv"
            input cost = £180,860.00 | £184,377.20 | £187,964.74 | £191,624.03 | £195,456.51
            table "P" by practices:
              share = apportion(cost, by: list_size, step: £0.01)

            """.utf8).write(to: folder.appendingPathComponent("big.scenario"))
    }

    static func hiddenFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") }
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalDuringAnExportLeavesNoTemporaryFile(_ signal: Int32) throws {
        let folder = try ExternalTool.temporaryFolder("export-interrupted")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeBigModel(in: folder, practices: 1_000)
        try Data("last week's workbook".utf8).write(to: folder.appendingPathComponent("model.xlsx"))

        let process = Process()
        process.executableURL = try ExternalTool.scenario()
        process.arguments = ["export", "big.scenario", "--output", "model.xlsx"]
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // A child starts with its parent thread's signal mask, and test threads block most
        // signals: unblock them for the spawn, as a shell would start it.
        var nothing = sigset_t(), previous = sigset_t()
        sigemptyset(&nothing)
        pthread_sigmask(SIG_SETMASK, &nothing, &previous)
        try process.run()
        pthread_sigmask(SIG_SETMASK, &previous, nil)

        var temporaries: [String] = []
        while process.isRunning, temporaries.isEmpty {
            temporaries = Self.hiddenFiles(in: folder)
            if temporaries.isEmpty { usleep(2_000) }
        }
        #expect(temporaries.count == 1 && temporaries[0].hasPrefix(".model.xlsx."), "\(temporaries)")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()

        #expect(process.terminationReason == .uncaughtSignal, "the export ended before the signal came")
        #expect(process.terminationStatus == signal)
        #expect(Self.hiddenFiles(in: folder).isEmpty, "a temporary file was left behind")
        #expect(try String(contentsOf: folder.appendingPathComponent("model.xlsx"), encoding: .utf8) == "last week's workbook")
    }
}
