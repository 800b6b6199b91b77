#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The calling thread's signal mask, set as starting and feeding a child needs it.
///
/// A signal mask belongs to a thread, and a child starts with the mask of the thread that
/// spawned it: `Process` on Linux changes nothing. Test threads block most signals (a Swift
/// Testing thread's mask read `fffffffe3bfbea27`), so a child started from one would ignore
/// `kill -TERM`, and a tmux server `kill-server` (which signals itself), until it unblocked
/// them, which most programs never do. So a child is spawned with nothing blocked.
///
/// Feeding a child's stdin is the opposite case: writing to a pipe whose reader has gone (a
/// child that exited without reading all its input) raises SIGPIPE, whose default action ends
/// the whole test run without a word. With SIGPIPE blocked the write fails with EPIPE instead,
/// and the signal stays pending for this thread; it is taken off before the old mask comes
/// back, so it is never delivered.
///
///     try ThreadSignalMask.withNothingBlocked { try process.run() }
///     ThreadSignalMask.withBrokenPipeBlocked { pump.pumpOnce(waitingAtMost: .milliseconds(50)) }
enum ThreadSignalMask {
    /// Runs `body` with no signal blocked on the calling thread, then restores its mask.
    static func withNothingBlocked<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        var nothing = sigset_t()
        sigemptyset(&nothing)
        var previous = sigset_t()
        pthread_sigmask(SIG_SETMASK, &nothing, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    /// Runs `body` with SIGPIPE blocked on the calling thread, then takes any SIGPIPE left
    /// pending and restores the mask.
    static func withBrokenPipeBlocked<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var noWait = timespec(tv_sec: 0, tv_nsec: 0)
            while sigtimedwait(&pipeSignal, nil, &noWait) == SIGPIPE {}  // none may outlive the block
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return try body()
    }
}
