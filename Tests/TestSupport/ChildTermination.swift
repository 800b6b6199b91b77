#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a child ended, read without reaping it, so `Process` can still reap it in its own time.
///
/// `Process` on Linux learns of an exit when a socket the child inherited closes, and every
/// process the child leaves running (a background `sleep`, a daemon) or that inherits the
/// socket by accident (another test's child started at the same moment) holds it open. So
/// `terminationHandler` can come long after the exit, or only when those have gone too.
/// `waitid` with `WNOWAIT` sees the exit itself, and leaves the child for `Process` to reap.
///
///     ChildTermination.peek(pid)   // nil while it runs; .exit(0) once it has exited 0
enum ChildTermination {
    /// How `pid` ended, if it has ended and not yet been reaped; nil while it runs, and nil
    /// once reaped (then `Process` knows).
    static func peek(_ pid: pid_t) -> ProcessOutcome.Termination? {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return nil }
        #if canImport(Glibc)
        let (reported, status) = (info._sifields._sigchld.si_pid, info._sifields._sigchld.si_status)
        #else
        let (reported, status) = (info.si_pid, info.si_status)
        #endif
        guard reported == pid else { return nil }  // still running: WNOHANG reports no one
        switch info.si_code {
        case Int32(CLD_EXITED): return .exit(status)
        case Int32(CLD_KILLED), Int32(CLD_DUMPED): return .signal(status)
        default: return nil
        }
    }
}
