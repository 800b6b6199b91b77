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

// Commands run on a thread with a large stack: evaluation recurses once per level of an
// expression (up to the parser's limits), and the main thread's 8 MB is not always enough.
let command = Thread {
    status = ScenarioCommand.run(arguments)
    Output.flush()
    done.signal()
}
command.stackSize = 512 << 20
command.start()
done.wait()
exit(status.rawValue)
