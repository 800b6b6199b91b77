/// Why `ProcessRunner` has no outcome to give: the child never started, or ran out of time.
public enum ProcessRunError: Error, Sendable, CustomStringConvertible {
    /// The file meant for the child's stdin cannot be opened.
    case cannotReadInput(path: String)
    /// The executable could not be started: missing, not executable, or a bad working directory.
    case cannotStart(command: String, reason: String)
    /// The child ran past `limit` and was killed, with its process group; `stdout` and `stderr`
    /// hold what it wrote before then, which often says where it was stuck.
    case timedOut(command: String, limit: Duration, stdout: [UInt8], stderr: [UInt8])

    public var description: String {
        switch self {
        case .cannotReadInput(let path):
            return "cannot read '\(path)' for standard input"
        case .cannotStart(let command, let reason):
            return "cannot start '\(command)': \(reason)"
        case .timedOut(let command, let limit, _, let stderr):
            let message = "'\(command)' did not finish within \(Self.spoken(limit)) and was killed"
            guard !stderr.isEmpty else { return message }
            return message + "; its stderr ended:\n" + String(decoding: stderr.suffix(1_000), as: UTF8.self)
        }
    }

    /// A limit as people write it: `1 s`, `20 s`, or `250 ms` when not whole seconds.
    static func spoken(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 { return "\(seconds) s" }
        return "\(seconds * 1_000 + attoseconds / 1_000_000_000_000_000) ms"
    }
}
