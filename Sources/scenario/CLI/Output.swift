import FinModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, buffered and written in whole pieces.
///
/// Output goes through here so that nothing is interleaved and tests see exactly what a user sees.
/// Writing standard output can fail, and never crashes the tool:
/// - the reader has gone (`scenario run X | head -1`): SIGPIPE is ignored (`main.swift`), the
///   write fails with `EPIPE`, and the rest of the output is dropped without a word, as the
///   reader asked; the command still ends with its own exit status;
/// - any other failure (a full disk, `> /dev/full`): one message on standard error naming the
///   cause, the rest of the output dropped, and exit status 2 (`failed`).
///
/// A failure to write standard error is ignored: there is nowhere left to say so.
enum Output {
    /// Whether standard output still takes what is written.
    enum State: Equatable {
        case open
        /// The reader closed its end: output is dropped, quietly.
        case readerGone
        /// A write failed for another reason, reported once.
        case failed(SystemError)
    }

    nonisolated(unsafe) private static var buffer: [UInt8] = []
    nonisolated(unsafe) private(set) static var state = State.open

    static func out(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    /// Bytes as they are, such as a workbook written with `--output -`.
    static func bytes(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count > 1 << 16 { flush() }
    }

    static func error(_ text: String) {
        flush()
        _ = SystemCall.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard state == .open else { return }
        guard let error = SystemCall.writeAll(buffer, to: STDOUT_FILENO) else { return }
        if error.code == EPIPE {
            state = .readerGone
            return
        }
        state = .failed(error)
        _ = SystemCall.writeAll(
            Array("scenario: error: cannot write to standard output: \(error.reason)\n  = help: \(error.helpForWriting)\n".utf8),
            to: STDERR_FILENO)
    }

    /// Whether writing standard output failed in a way the exit status must show.
    static var failed: Bool {
        if case .failed = state { return true }
        return false
    }

    static func diagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticRenderer.render(diagnostics))
    }
}
