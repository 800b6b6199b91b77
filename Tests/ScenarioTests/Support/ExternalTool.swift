import Foundation
import TestSupport

/// Programs the export tests drive besides `scenario`: Python's standard library as an
/// independent XLSX reader, and a headless Chromium to load the HTML report.
///
/// A tool is looked for on the standard `PATH` first, then on the test's own, so a version
/// manager's shim (which needs its own environment) is the last resort. `ProcessRunner` runs
/// it, draining its output as it runs, so a chatty browser can never block on a full pipe; a
/// run past its time is killed with its process group.
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

    /// Runs `tool` with `arguments` in `directory`, with `HOME` and `TMPDIR` set to a fresh folder
    /// and `extraEnvironment` added to the transcripts' environment.
    static func run(_ tool: URL, _ arguments: [String], in directory: URL = TranscriptRunner.packageRoot,
                    timeoutSeconds: Int = 60, extraEnvironment: [String: String] = [:]) throws(Failure) -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)", isDirectory: true)
        let home = scratch.appendingPathComponent("home", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create a temporary home: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        var environment = TranscriptRunner.standardEnvironment
        environment["HOME"] = home.path
        environment["TMPDIR"] = scratch.path
        environment.merge(extraEnvironment) { _, new in new }
        let runner = ProcessRunner(
            tool, arguments, environment: environment, workingDirectory: directory, timeout: .seconds(timeoutSeconds))
        do {
            let outcome = try runner.run()
            return Result(status: outcome.status, stdout: outcome.stdoutText, stderr: outcome.stderrText)
        } catch {
            throw Failure(description: error.description)
        }
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
