import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to the end, or until its time is up, and collects everything it writes.
///
/// Every test that starts a process goes through here, so each gets the same care:
/// - stdout and stderr are drained while the child runs, and stdin is fed meanwhile
///   (`StreamPump`), so a child writing megabytes to either, or answering as it reads, never
///   blocks on a full pipe;
/// - the child starts with no signal blocked, whatever the test thread blocks
///   (`ThreadSignalMask`), so `kill -TERM` and friends work on it as in a shell;
/// - the child leads its own process group (`Process` arranges it), and at the timeout the
///   whole group is sent SIGTERM, then SIGKILL `terminationGrace` later, so a shell's `sleep`
///   dies with the shell; the run then throws `ProcessRunError.timedOut`;
/// - the exit is seen when it happens (`ChildTermination`), and output still held open after
///   it by something the child left running (a background job, a daemon) is read for at most
///   `outputGrace`, then cut off and flagged.
///
/// The environment is exactly `environment` when given, else this process's own.
///
///     let sh = URL(fileURLWithPath: "/bin/sh")
///     let outcome = try ProcessRunner(sh, ["-c", "tr a-z A-Z"], input: .bytes(Array("hi\n".utf8))).run()
///     outcome.stdoutText   // "HI\n"
public struct ProcessRunner: Sendable {
    /// What the child reads on stdin.
    public enum Input: Sendable, Equatable {
        /// Nothing: stdin is /dev/null, so a read sees end of file at once.
        case nothing
        /// These bytes, through a pipe closed after the last one.
        case bytes([UInt8])
        /// This file, opened for reading, as a shell's `< FILE` gives it.
        case file(URL)
    }

    /// The program to run: an absolute path, since no `PATH` is searched.
    public var executable: URL
    public var arguments: [String]
    /// The child's whole environment, or nil for this process's own.
    public var environment: [String: String]?
    /// The directory the child starts in, or nil for this process's own.
    public var workingDirectory: URL?
    public var input: Input
    /// How long the child may run before it is killed.
    public var timeout: Duration
    /// How long output may stay open once the child has exited.
    public var outputGrace: Duration
    /// How long a timed-out child has between SIGTERM and SIGKILL.
    public var terminationGrace: Duration

    public init(
        _ executable: URL, _ arguments: [String] = [], environment: [String: String]? = nil,
        workingDirectory: URL? = nil, input: Input = .nothing, timeout: Duration = .seconds(60),
        outputGrace: Duration = .seconds(2), terminationGrace: Duration = .seconds(1)
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.input = input
        self.timeout = timeout
        self.outputGrace = outputGrace
        self.terminationGrace = terminationGrace
    }

    /// The command as one line, for messages: `/bin/sh -c 'sleep 30'`.
    public var commandLine: String {
        ([executable.path] + arguments).map { word in
            word.isEmpty || word.contains(where: { " \t\n'\"\\$`".contains($0) })
                ? "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" : word
        }.joined(separator: " ")
    }

    /// Starts the child, feeds and drains it until it exits, and returns what it did.
    public func run() throws(ProcessRunError) -> ProcessOutcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        var inputPipe: Pipe?
        var inputBytes: [UInt8] = []
        var inputFile: FileHandle?
        switch input {
        case .nothing:
            process.standardInput = FileHandle.nullDevice
        case .bytes(let bytes):
            inputPipe = Pipe()
            inputBytes = bytes
            process.standardInput = inputPipe
        case .file(let url):
            guard let handle = FileHandle(forReadingAtPath: url.path) else { throw .cannotReadInput(path: url.path) }
            inputFile = handle
            process.standardInput = handle
        }
        defer { try? inputFile?.close() }  // the child has its own copy

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try ThreadSignalMask.withNothingBlocked { try process.run() }  // the child inherits this thread's mask
        } catch {
            throw .cannotStart(command: commandLine, reason: "\(error)")
        }
        var pump = StreamPump(input: inputBytes, inputPipe: inputPipe, outputPipe: outputPipe, errorPipe: errorPipe)
        let ending = ThreadSignalMask.withBrokenPipeBlocked {
            watch(process, exited: exited, pump: &pump)
        }
        guard let termination = ending.termination, !ending.wasKilled else {
            throw .timedOut(command: commandLine, limit: timeout, stdout: pump.stdout, stderr: pump.stderr)
        }
        return ProcessOutcome(
            termination: termination, stdout: pump.stdout, stderr: pump.stderr, outputWasHeldOpen: ending.outputWasHeldOpen)
    }

    /// How the watch over a child ended.
    private struct Ending {
        /// How the child ended, once it has; nil if it outlived even SIGKILL's grace.
        var termination: ProcessOutcome.Termination?
        var wasKilled = false
        var outputWasHeldOpen = false
    }

    /// Pumps the child's pipes until it has exited and its output has closed, signalling its
    /// process group when `timeout` passes.
    ///
    /// The exit is seen either way it shows: `Process`'s handler, or `ChildTermination.peek`,
    /// which sees it even while something the child left running delays the handler.
    private func watch(_ process: Process, exited: DispatchSemaphore, pump: inout StreamPump) -> Ending {
        let pid = process.processIdentifier
        let clock = ContinuousClock()
        var ending = Ending()
        var deadline = clock.now + timeout
        var exitTime: ContinuousClock.Instant?
        var signalsSent = 0
        func noteExit(_ termination: ProcessOutcome.Termination) {
            ending.termination = termination
            exitTime = clock.now
            pump.abandonInput()
        }
        func lookForExit(waitingAtMost wait: Duration = .zero) {
            guard ending.termination == nil else { return }
            if exited.wait(timeout: .now() + .nanoseconds(Int(wait / .nanoseconds(1)))) == .success {
                noteExit(Self.termination(of: process))
            } else if let termination = ChildTermination.peek(pid) {
                noteExit(termination)
            }
        }
        while true {
            lookForExit()
            if ending.termination != nil, pump.outputsAreClosed { return ending }
            let now = clock.now
            if let exitTime, now >= min(exitTime + outputGrace, deadline) {
                ending.outputWasHeldOpen = true  // exited, but something it started holds the pipes
                return ending
            }
            if now >= deadline {
                guard signalsSent < 2 else { return ending }  // even SIGKILL has not ended it
                signalsSent += 1
                ending.wasKilled = true
                Self.signal(signalsSent == 1 ? SIGTERM : SIGKILL, toGroupOf: pid)  // not reaped: pid is still the child's
                deadline = now + (signalsSent == 1 ? terminationGrace : .seconds(5))
                continue
            }
            var wait = min(deadline - now, .milliseconds(50))
            if let exitTime { wait = min(wait, exitTime + outputGrace - now) }
            if pump.isFinished {
                lookForExit(waitingAtMost: wait)  // nothing to move: just wait for the exit
            } else {
                pump.pumpOnce(waitingAtMost: wait)
            }
        }
    }

    /// How a child `Process` has seen end, once its termination handler has run.
    private static func termination(of process: Process) -> ProcessOutcome.Termination {
        process.waitUntilExit()  // returns at once after the handler; settles the fields
        return switch process.terminationReason {
        case .exit: .exit(process.terminationStatus)
        case .uncaughtSignal: .signal(process.terminationStatus)
        @unknown default: .exit(process.terminationStatus)
        }
    }

    /// Sends `signal` to the child's process group, which `Process` makes it lead, or to the
    /// child alone if it has left that group: children that inherited its pipes go with it.
    ///
    /// - Precondition: the child has not been reaped, so `pid` is still its own.
    private static func signal(_ signal: Int32, toGroupOf pid: pid_t) {
        if getpgid(pid) == pid {
            kill(-pid, signal)
        } else {
            kill(pid, signal)
        }
    }
}
