#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary file of an output being written when Ctrl-C, `kill` or a closed
/// terminal ends the process, so no hidden half-file is left beside the target.
///
/// An output is written to `.NAME.PID.tmp` beside it and renamed over it when whole (see
/// `PendingOutput`). While such a file exists its path is held here, and SIGINT, SIGTERM and SIGHUP
/// run a handler that unlinks it, puts back the action the signal had before, and raises the
/// signal again, so the process ends as it would have (by default, killed by that signal; a
/// signal that was ignored stays ignored, and the REPL's terminal handler still runs after).
///
/// A signal handler may only make async-signal-safe calls: `unlink`, `sigaction` and `raise`
/// are; allocating memory or taking a lock is not. So the path lives in memory allocated once,
/// before any handler is installed, and one flag says whether it holds a path. One output is
/// written at a time, so one slot is enough.
enum InterruptCleanup {
    /// The signals that end the process and so must not leave a temporary file.
    private static let chain = SignalChain([SIGINT, SIGTERM, SIGHUP])
    /// Room for the longest path the system allows, and its terminating zero.
    private static let capacity = Int(PATH_MAX) + 1

    nonisolated(unsafe) private static let path = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    nonisolated(unsafe) private static let armed: UnsafeMutablePointer<sig_atomic_t> = {
        let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        flag.initialize(to: 0)  // allocated memory holds anything: nothing is held until `hold`
        return flag
    }()

    /// Holds `temporary` (an absolute path) until `release()`, and removes it if a signal ends
    /// the process first. A path too long to hold is not held (it could not have been created).
    static func hold(_ temporary: String) {
        let bytes = Array(temporary.utf8)
        guard bytes.count < capacity else { return }
        release()
        for (index, byte) in bytes.enumerated() { path[index] = CChar(bitPattern: byte) }
        path[bytes.count] = 0
        armed.pointee = 1  // the path is whole before the flag says so
        chain.install { signal in InterruptCleanup.removeThenResignal(signal) }
    }

    /// The temporary file is gone (renamed or removed): signals do as they did before.
    static func release() {
        guard armed.pointee != 0 else { return }
        chain.uninstall()
        armed.pointee = 0
    }

    /// Removes the file held, if any, now: for an exit that is not by a signal.
    static func removeNow() {
        guard armed.pointee != 0 else { return }
        unlink(path)
        release()
    }

    /// The handler: remove the file, then hand the signal on to its old action.
    private static func removeThenResignal(_ signal: Int32) {
        if armed.pointee != 0 {
            unlink(path)
            armed.pointee = 0
        }
        chain.handOn(signal)
    }
}
