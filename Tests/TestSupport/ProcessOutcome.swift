/// What a child run by `ProcessRunner` did: how it ended, and all it wrote.
///
///     let outcome = try ProcessRunner(URL(fileURLWithPath: "/bin/sh"), ["-c", "echo hi; exit 3"]).run()
///     outcome.termination   // .exit(3)
///     outcome.stdoutText    // "hi\n"
public struct ProcessOutcome: Sendable, Equatable {
    /// How a child ended: it exited with a status, or a signal it did not handle ended it.
    public enum Termination: Sendable, Equatable, CustomStringConvertible {
        case exit(Int32)
        case signal(Int32)

        public var description: String {
            switch self {
            case .exit(let status): "exit \(status)"
            case .signal(let signal): "signal \(signal)"
            }
        }
    }

    public let termination: Termination
    /// Every byte the child wrote to stdout and to stderr, each kept apart.
    public let stdout: [UInt8]
    public let stderr: [UInt8]
    /// True when the child exited but something it started kept its stdout or stderr open past
    /// `ProcessRunner.outputGrace`, so the output stops there: a background process, a daemon.
    public let outputWasHeldOpen: Bool

    public init(termination: Termination, stdout: [UInt8], stderr: [UInt8], outputWasHeldOpen: Bool = false) {
        self.termination = termination
        self.stdout = stdout
        self.stderr = stderr
        self.outputWasHeldOpen = outputWasHeldOpen
    }

    /// The exit status, or the number of the signal that ended the child, as
    /// `Process.terminationStatus` gives it.
    public var status: Int32 {
        switch termination {
        case .exit(let status): status
        case .signal(let signal): signal
        }
    }

    /// stdout as text; bytes that are not UTF-8 become U+FFFD, and show in a diff.
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    /// stderr as text; bytes that are not UTF-8 become U+FFFD.
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}
