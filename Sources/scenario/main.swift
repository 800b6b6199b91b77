import FinModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exit status the command thread leaves for the main thread.
nonisolated(unsafe) var status = ExitStatus.success
let done = DispatchSemaphore(value: 0)
let arguments = Array(CommandLine.arguments.dropFirst())

// A reader that goes away (`scenario run X | head -1`) makes a write fail with EPIPE, which
// `Output` handles quietly; the default action of SIGPIPE would kill the process instead.
signal(SIGPIPE, SIG_IGN)

// Commands run on a thread with a large stack: evaluation recurses once per level of an
// expression (up to the parser's limits), and the main thread's 8 MB is not always enough.
let command = Thread {
    status = ScenarioCommand.run(arguments)
    Output.flush()
    if Output.failed { status = .badInput }
    InterruptCleanup.removeNow()
    done.signal()
}
command.stackSize = 512 << 20
command.start()
done.wait()
exit(status.rawValue)
