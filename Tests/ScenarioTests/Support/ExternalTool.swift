import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Programs the export tests drive besides `scenario`: Python's standard library as an
/// independent XLSX reader, and a headless Chromium to load the HTML report.
///
/// A tool is looked for on the standard `PATH` first, then on the test's own, so a version
/// manager's shim (which needs its own environment) is the last resort. Output goes to files,
/// not pipes, so a chatty browser can never block on a full pipe; a run past its time is killed.
///
///     let python = ExternalTool.find(["python3"])
///     let result = try ExternalTool.run(python!, ["-c", "print(1)"])   // result.stdout == "1\n"
enum ExternalTool {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The first executable called one of `names`.
    static func find(_ names: [String]) -> URL? {
        let standard = TranscriptRunner.standardEnvironment["PATH"] ?? "/usr/bin:/bin"
        let own = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = (standard.split(separator: ":") + own.split(separator: ":")).map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Runs `tool` with `arguments` in `directory`, with `HOME` set to a fresh folder.
    static func run(_ tool: URL, _ arguments: [String], in directory: URL = TranscriptRunner.packageRoot,
                    timeoutSeconds: Int = 60) throws(Failure) -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)", isDirectory: true)
        let home = scratch.appendingPathComponent("home", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create a temporary home: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              FileManager.default.createFile(atPath: errURL.path, contents: nil),
              let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL)
        else { throw Failure(description: "cannot create temporary output files") }
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = TranscriptRunner.standardEnvironment
        environment["HOME"] = home.path
        environment["TMPDIR"] = scratch.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot start \(tool.path): \(error)")
        }
        if finished.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw Failure(description: "\(tool.lastPathComponent) \(arguments.joined(separator: " ")) did not finish within \(timeoutSeconds) s")
        }
        process.waitUntilExit()
        func text(_ url: URL) -> String { String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Result(status: process.terminationStatus, stdout: text(outURL), stderr: text(errURL))
    }

    /// The built `scenario`, or a failure that says to build it.
    static func scenario() throws(Failure) -> URL {
        guard let binary = TranscriptRunner.builtProduct(named: "scenario").0 else {
            throw Failure(description: "the built 'scenario' was not found: run 'swift build' first")
        }
        return binary
    }

    /// A fresh folder for one test's files, removed by the caller.
    static func temporaryFolder(_ name: String) throws(Failure) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(folder.path): \(error)")
        }
        return folder
    }
}
