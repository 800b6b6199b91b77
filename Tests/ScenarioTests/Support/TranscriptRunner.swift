import Foundation
import TestSupport

/// Runs the commands of a transcript and records what they really print.
///
/// Each command is split with `ShellWords`; its first word must be a key of `executables` (for
/// the package's tests, `scenario` mapped to the built binary), so nothing else on the machine
/// can run by accident. Every command runs:
/// - in `workingDirectory` (the package root), with standard input from the `< FILE` named at
///   the end of the command, or else empty;
/// - with only `environment` plus `HOME` set to a fresh, empty temporary directory;
/// - for at most `timeoutSeconds`, after which it is killed with its process group and the
///   run fails: a guard against a hang, not a speed check, so it is generous enough for a debug
///   build on a busy two-core machine (a hundred thousand lines once took over 20 s there);
/// - by `ProcessRunner`, which drains its output as it runs, so no amount of it can block.
///
///     let runner = TranscriptRunner(workingDirectory: root, executables: ["echo": echo])
///     try runner.run(command: "echo 'a  b'").stdout   // "a  b\n"
struct TranscriptRunner: Sendable {
    /// Why a command could not be run to the end; the test fails with `message`.
    struct Failure: Error, CustomStringConvertible {
        let message: String

        var description: String { message }
    }

    /// The directory commands run in, against which input files are found.
    var workingDirectory: URL
    /// The programs a command may name as its first word, and the file each one runs.
    var executables: [String: URL]
    /// The whole environment of each command, apart from `HOME`.
    var environment: [String: String]
    /// How long one command may run before it is killed.
    var timeoutSeconds: Int

    /// The environment transcripts are recorded in: no colour, a dumb 100-column terminal, and
    /// `SOURCE_DATE_EPOCH` dating every HTML report 2 December 2018, so a transcript of one is
    /// the same on any day.
    static let standardEnvironment = [
        "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "PATH": "/usr/local/bin:/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1543708800",
    ]

    /// Creates a runner; the defaults are those of the package's transcript tests.
    init(
        workingDirectory: URL, executables: [String: URL],
        environment: [String: String] = Self.standardEnvironment, timeoutSeconds: Int = 90
    ) {
        self.workingDirectory = workingDirectory
        self.executables = executables
        self.environment = environment
        self.timeoutSeconds = timeoutSeconds
    }

    /// The package root: three directories above this file's folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // ScenarioTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// A runner for the package: the package root, with `scenario` mapped to the built binary.
    static func forPackage() throws(Failure) -> TranscriptRunner {
        let (binary, searched) = builtProduct(named: "scenario")
        guard let binary else {
            let places = searched.map(\.path).joined(separator: ", ")
            throw Failure(message: "the built 'scenario' was not found (looked in \(places)): run 'swift build' first")
        }
        return TranscriptRunner(workingDirectory: packageRoot, executables: ["scenario": binary])
    }

    /// The executable `name` among the products built with this test bundle, and the folders
    /// searched: beside the `.xctest` bundle (macOS), beside the running test binary (Linux),
    /// then `.build/debug` in the package.
    static func builtProduct(named name: String) -> (URL?, searched: [URL]) {
        var folders: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            folders.append(executable.deletingLastPathComponent())
        }
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        let found = folders.lazy.map { $0.appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return (found, folders)
    }

    /// Runs every command of `transcript` in order and returns what they printed.
    func run(_ transcript: Transcript) throws(Failure) -> Transcript {
        var blocks: [Transcript.Block] = []
        for block in transcript.blocks {
            blocks.append(try run(command: block.command))
        }
        return Transcript(blocks: blocks)
    }

    /// Runs one command line and returns its block.
    func run(command: String) throws(Failure) -> Transcript.Block {
        let words: ShellCommand
        do {
            words = try ShellWords.split(command)
        } catch {
            throw Failure(message: "cannot split '$ \(command)': \(error)")
        }
        guard let program = executables[words.words[0]] else {
            let known = executables.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            throw Failure(message: "'$ \(command)' runs '\(words.words[0])', but transcripts may only run \(known)")
        }
        let home = FileManager.default.temporaryDirectory
            .appendingPathComponent("transcript-home-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create a temporary home: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: home) }

        let input: ProcessRunner.Input
        if let file = words.standardInput {
            let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : workingDirectory.appendingPathComponent(file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw Failure(message: "'$ \(command)': cannot read '\(file)' for standard input")
            }
            input = .file(url)
        } else {
            input = .nothing
        }
        let runner = ProcessRunner(
            program, Array(words.words.dropFirst()), environment: environment.merging(["HOME": home.path]) { _, new in new },
            workingDirectory: workingDirectory, input: input, timeout: .seconds(timeoutSeconds))
        let outcome: ProcessOutcome
        do {
            outcome = try runner.run()
        } catch {
            switch error {
            case .timedOut:
                throw Failure(message: "'$ \(command)' did not finish within \(timeoutSeconds) s and was killed")
            case .cannotReadInput:
                throw Failure(message: "'$ \(command)': cannot read '\(words.standardInput ?? "")' for standard input")
            case .cannotStart(_, let reason):
                throw Failure(message: "'$ \(command)': cannot start '\(program.path)': \(reason)")
            }
        }

        let termination: Transcript.Termination = switch outcome.termination {
        case .exit(let status): .exit(status)
        case .signal(let signal): .signal(signal)
        }
        return Transcript.Block(command: command, stdout: outcome.stdoutText, stderr: outcome.stderrText, termination: termination)
    }
}
