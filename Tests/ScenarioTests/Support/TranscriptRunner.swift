import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the commands of a transcript and records what they really print.
///
/// Each command is split with `ShellWords`; its first word must be a key of `executables` (for
/// the package's tests, `scenario` mapped to the built binary), so nothing else on the machine
/// can run by accident. Every command runs:
/// - in `workingDirectory` (the package root), with standard input from the `< FILE` named at
///   the end of the command, or else empty;
/// - with only `environment` plus `HOME` set to a fresh, empty temporary directory;
/// - for at most `timeoutSeconds`, after which it is killed and the run fails.
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

    /// The environment transcripts are recorded in: no colour, a dumb 100-column terminal.
    static let standardEnvironment = [
        "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "PATH": "/usr/local/bin:/usr/bin:/bin",
    ]

    /// Creates a runner; the defaults are those of the package's transcript tests.
    init(
        workingDirectory: URL, executables: [String: URL],
        environment: [String: String] = Self.standardEnvironment, timeoutSeconds: Int = 20
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
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("transcript-\(UUID().uuidString)", isDirectory: true)
        let home = scratch.appendingPathComponent("home", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create a temporary home: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }

        let process = Process()
        process.executableURL = program
        process.arguments = Array(words.words.dropFirst())
        process.currentDirectoryURL = workingDirectory
        process.environment = environment.merging(["HOME": home.path]) { _, new in new }
        let input: FileHandle
        if let file = words.standardInput {
            let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : workingDirectory.appendingPathComponent(file)
            guard let handle = FileHandle(forReadingAtPath: url.path) else {
                throw Failure(message: "'$ \(command)': cannot read '\(file)' for standard input")
            }
            input = handle
        } else {
            input = FileHandle.nullDevice
        }
        // Output goes to files, not pipes, so a chatty process can never block on a full pipe.
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              FileManager.default.createFile(atPath: errURL.path, contents: nil),
              let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL)
        else {
            throw Failure(message: "cannot create temporary output files")
        }
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        defer {
            try? input.close()
            try? out.close()
            try? err.close()
        }

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw Failure(message: "'$ \(command)': cannot start '\(program.path)': \(error)")
        }
        if finished.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            Self.signal(SIGTERM, toGroupOf: process.processIdentifier)
            if finished.wait(timeout: .now() + .seconds(2)) == .timedOut {
                Self.signal(SIGKILL, toGroupOf: process.processIdentifier)
                finished.wait()
            }
            throw Failure(message: "'$ \(command)' did not finish within \(timeoutSeconds) s and was killed")
        }
        process.waitUntilExit()

        let termination: Transcript.Termination = switch process.terminationReason {
        case .exit: .exit(process.terminationStatus)
        case .uncaughtSignal: .signal(process.terminationStatus)
        @unknown default: .exit(process.terminationStatus)
        }
        return Transcript.Block(
            command: command, stdout: Self.contents(of: outURL), stderr: Self.contents(of: errURL),
            termination: termination)
    }

    /// Sends `signal` to the process and, when it leads its own process group (as `Process`
    /// arranges), to the whole group: the end of a process is only reported once the children
    /// that inherited its files have gone too, so a shell's `sleep` must be stopped with it.
    private static func signal(_ signal: Int32, toGroupOf pid: Int32) {
        if getpgid(pid) == pid {
            kill(-pid, signal)
        } else {
            kill(pid, signal)
        }
    }

    /// A file's bytes as text; bytes that are not UTF-8 become U+FFFD, and show in a diff.
    private static func contents(of url: URL) -> String {
        let data = (try? Data(contentsOf: url)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
